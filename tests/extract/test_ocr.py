"""OCR: a report printed and scanned (its pages as images only) reads like its text version."""

from __future__ import annotations

import shutil
from pathlib import Path

import numpy as np
import pymupdf
import pytest
from pdf_builder import build_report, sample_spec

from extract.ocr import repeated_in_margins
from extract.ocr_text import clean_cell, clean_word
from extract.pdf import ocr_available, read_pdf
from extract.pipeline import ExtractedReport, extract_report

NO_OCR = "tesseract with Swedish (tesseract-ocr-swe) is not installed"


def scan(source: Path, target: Path, dpi: int = 200, skew_degrees: float = 0.4) -> Path:
    """``source``'s pages as grey images only, a little askew and dusty, as a scanner gives them."""
    rng = np.random.default_rng(7)
    out = pymupdf.open()
    with pymupdf.open(source) as doc:
        for page in doc:
            pix = page.get_pixmap(dpi=dpi, colorspace=pymupdf.csGRAY)
            gray = np.frombuffer(pix.samples, dtype=np.uint8).reshape(pix.height, pix.stride)[:, : pix.width]
            skewed = np.full_like(gray, 255)
            slope = np.tan(np.radians(skew_degrees))
            for x in range(0, gray.shape[1], 8):  # a shear: each strip of columns a little lower
                shift = int(round(x * slope))
                skewed[shift:, x : x + 8] = gray[: gray.shape[0] - shift, x : x + 8]
            noisy = skewed.astype(np.int16) - 12 + rng.integers(-8, 9, size=skewed.shape)
            noisy[rng.random(skewed.shape) < 0.0005] = 0  # dust
            image = np.clip(noisy, 0, 255).astype(np.uint8)
            scanned = pymupdf.Pixmap(pymupdf.csGRAY, pix.width, pix.height, image.tobytes(), False)
            new = out.new_page(width=page.rect.width, height=page.rect.height)
            new.insert_image(new.rect, stream=scanned.tobytes("png"))
    out.save(target)
    out.close()
    return target


@pytest.fixture(scope="module")
def both(tmp_path_factory: pytest.TempPathFactory) -> tuple[ExtractedReport, ExtractedReport, Path]:
    if shutil.which("tesseract") is None or not ocr_available():
        pytest.skip(NO_OCR)
    folder = tmp_path_factory.mktemp("ocr")
    text = build_report(folder / "alingsas-sn-2024-05.pdf", sample_spec())
    (folder / "skannad").mkdir()
    scanned = scan(text, folder / "skannad" / text.name)  # the same name: the same report, scanned
    return extract_report(text), extract_report(scanned), scanned


@pytest.mark.slow
def test_a_scanned_report_gives_the_explanations_and_amounts_of_its_text_version(
    both: tuple[ExtractedReport, ExtractedReport, Path],
) -> None:
    text, scanned, _ = both
    assert text.ocr_pages == () and scanned.ocr_pages == (1,)
    assert all("ocr" in e.flags for e in scanned.explanations)
    causes = [e for e in text.explanations if e.kind == "cause"]
    assert len(causes) >= 3
    for cause in causes:
        words = set(cause.text.lower().split())
        twin = max(scanned.explanations, key=lambda e: len(words & set(e.text.lower().split())))
        assert len(words & set(twin.text.lower().split())) >= 0.8 * len(words), (cause.text, twin.text)
        assert twin.kind == "cause", twin
        assert twin.amount_sek == cause.amount_sek, (cause.text, twin.text)
        assert twin.direction == cause.direction


@pytest.mark.slow
def test_scanned_lines_keep_headings_table_cells_and_numbers(
    both: tuple[ExtractedReport, ExtractedReport, Path],
) -> None:
    _, scanned, path = both
    doc = read_pdf(path)
    lines = {ln.text: ln for ln in doc.pages[0].lines}
    body = [ln for ln in lines.values() if ln.text.startswith("Personalkostnaderna prognostiseras")][0]
    assert not body.bold
    headings = [ln for ln in doc.pages[0].lines if ln.text in ("Personalkostnader", "Lokalhyror", "Åtgärder")]
    assert sum(ln.bold and ln.size > body.size for ln in headings) == 3  # headings, not table labels
    for cell in ("-158 695", "-160 695", "-2 000", "-17 416", "500", "-5 500", "Avvikelse"):
        assert cell in lines, cell  # each cell its own line, thousands spaces and minus signs kept
    assert {row.label: row.values[-1] for row in scanned.table_rows}["Köp av tjänster"] == -4_000_000


@pytest.mark.parametrize(
    ("read", "meant"),
    [
        ("1131 226", "1 131 226"),  # a thousands space lost
        ("-1264 583", "-1 264 583"),
        ("3 136/", "3 136"),  # a table rule beside the number
        ("5 000,", "5 000"),
        ("–896", "-896"),
        ("18.349", "18 349"),
        ("-5.7", "-5,7"),  # a decimal comma read as a point
        ("1 092.2", "1 092,2"),
        ("1O 5l2", "10 512"),  # letters for digits
        ("(1 234)", "(1 234)"),
        ("1,4", "1,4"),
        ("Budget 2026", "Budget 2026"),  # words stay words
        ("B1", "B1"),
        ("Köp av tjänster", "Köp av tjänster"),
    ],
)
def test_misread_numbers_in_cells_are_mended(read: str, meant: str) -> None:
    assert clean_cell(read) == meant


@pytest.mark.parametrize(
    ("read", "meant"),
    [
        ("Awv.", "Avv."),  # a double v read with a "w"
        ("Avwv.", "Avv."),
        ("Awvikelse", "Avvikelse"),
        ("AWV", "AVV"),
        ("www.alingsas.se", "www.alingsas.se"),
        ("Swedbank", "Swedbank"),
        ("ﬁnansiering", "finansiering"),
        ("kostnader|", "kostnader"),
        ("2O24", "2024"),  # a letter for a digit
        ("l5,5", "15,5"),
        ("lO", "lO"),
        ("Ol", "Ol"),
    ],
)
def test_misread_words_are_mended(read: str, meant: str) -> None:
    assert clean_word(read) == meant


@pytest.mark.parametrize(
    ("read", "following", "meant"),
    [
        ("O", "miljoner", "0"),
        ("l", "mnkr", "1"),
        ("O", "kronor.", "0"),
        ("I", "budget", "I"),
        ("o", "och", "o"),
    ],
)
def test_a_letter_alone_before_a_unit_is_a_digit(read: str, following: str, meant: str) -> None:
    assert clean_word(read, following) == meant


def test_a_running_line_read_a_little_differently_on_each_page_is_one_line() -> None:
    pages = [
        {"Alingsås kommun - Vård- och omsorgsnämnden - Uppföljning per maj ####", "#"},
        {"Alingsås kommun -: Vård- och omsorgsnämnden - Uppföljning per maj ####"},
        {"Alingsas kommun · Vård- och omsorgsnämnden  Uppföljning per maj ####", "Bilaga #"},
    ]
    found = repeated_in_margins(pages)
    assert len(found) == 3 and not any(key in found for key in ("#", "Bilaga #"))
