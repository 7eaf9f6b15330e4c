"""Bad files: each gives one clear line (file, reason, what to do), the rest of the batch is ingested, the
exit code says that some failed, and `avvik ingest --report failures.csv` lists them."""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

import bad_files
import pytest
from pdf_builder import build_report, sample_spec

import extract.pdf
from extract.errors import DamagedPdf, EmptyFile, EncryptedPdf, NotAPdf, NoTextLayer, TooLarge
from extract.pdf import Line, garbled, ocr_available
from extract.pipeline import extract_report

from .conftest import FIGURES, avvik, check_json, stderr_lines

NO_OCR = "tesseract-ocr with Swedish is not installed: scanned and garbled pages are reported, not read"
ADVICE = ("get a fresh copy", "save", "download", "install", "check", "split", "retry")


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_report(tmp_path_factory.mktemp("sample") / "alingsas-sn-2024-05.pdf", sample_spec())


@pytest.fixture(scope="module")
def thousand_pages(tmp_path_factory: pytest.TempPathFactory, sample: Path) -> Path:
    return bad_files.many_pages(tmp_path_factory.mktemp("big") / "bokslut-1000-sidor.pdf", sample, 1000)


def _one_clear_line(message: str, name: str) -> None:
    assert "\n" not in message and "\r" not in message
    assert name in message, message
    reason, _, advice = message.partition("; ")
    assert reason and advice and any(word in advice for word in ADVICE), message


@pytest.mark.parametrize(
    ("name", "make", "error", "words"),
    [
        ("tom.pdf", lambda p, s: bad_files.empty(p), EmptyFile, "empty"),
        ("sida.pdf", lambda p, s: bad_files.html_page(p), NotAPdf, "not a PDF"),
        ("låst.pdf", lambda p, s: bad_files.encrypted(p), EncryptedPdf, "password"),
        ("avbruten.pdf", lambda p, s: bad_files.truncated(p, s, 0.6), DamagedPdf, "cut off"),
        ("halv.pdf", lambda p, s: bad_files.truncated(p, s, 0.05), DamagedPdf, "damaged"),
        (bad_files.ODD_NAME, lambda p, s: bad_files.html_page(p), NotAPdf, "not a PDF"),
    ],
)
def test_a_bad_file_is_one_clear_line(tmp_path: Path, sample: Path, name, make, error, words) -> None:  # type: ignore[no-untyped-def]
    path = make(tmp_path / name, sample)
    with pytest.raises(error) as info:
        extract_report(path)
    assert words in str(info.value)
    _one_clear_line(str(info.value), path.name)


def test_an_owner_password_alone_does_not_stop_a_report(tmp_path: Path, sample: Path) -> None:
    path = bad_files.owner_password_only(tmp_path / "skyddad-utskrift.pdf", sample)
    assert {e.area for e in extract_report(path).explanations} == {
        e.area for e in extract_report(sample).explanations
    }


def test_a_thousand_pages_are_read(thousand_pages: Path) -> None:
    result = extract_report(thousand_pages)
    assert result.report.n_pages == 1000 and result.failed_pages == ()
    assert any(e.area == "Personalkostnader" for e in result.explanations)


def test_more_pages_than_the_limit_is_one_clear_line(
    thousand_pages: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(extract.pdf, "MAX_PAGES", 500)
    with pytest.raises(TooLarge) as info:
        extract_report(thousand_pages)
    _one_clear_line(str(info.value), thousand_pages.name)


def test_a_page_of_50000_words_is_skipped_and_the_rest_read(tmp_path: Path, sample: Path) -> None:
    path = bad_files.dense_page(tmp_path / "bilaga.pdf", sample, 50_000)
    result = extract_report(path)
    assert result.failed_pages == (2,)
    assert any(e.area == "Personalkostnader" for e in result.explanations)
    only = tmp_path / "bara-bilaga.pdf"
    import pymupdf

    doc = pymupdf.open(path)
    doc.select([1])
    doc.save(only)
    with pytest.raises(TooLarge) as info:
        extract_report(only)
    _one_clear_line(str(info.value), only.name)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Personalkostnaderna avviker negativt med 2,0 mnkr på grund av vikarier.", False),
        ("1FSTPOBMLPTUOBEFSOB\x01BWWJLFS\x01OFHBUJWU\x01NFE\x01\x13\r\x11\x01NOLS\x01QÌ\x01HSVOE", True),
        (
            "Pe\ufffd\ufffdonalkos\ufffdnade\ufffdna av\ufffdike\ufffd nega\ufffdiv\ufffd med 2,0 mnk\ufffd",
            True,
        ),
        ("\ue000\ue001\ue002\ue003 \ue004\ue005\ue006 Personalkostnader", True),
        ("Tabell 1: 31 417 31 417 0 -158 695 -160 695 -2 000", False),
    ],
)
def test_a_garbage_text_layer_is_recognised(text: str, expected: bool) -> None:
    assert garbled([Line(1, text, (0, 0, 100, 10), 10.0, False)]) is expected


def test_a_font_without_unicode_map_is_read_by_ocr_or_reported(tmp_path: Path) -> None:
    path = bad_files.broken_font(tmp_path / "trasigt-typsnitt.pdf")
    if not ocr_available():
        with pytest.raises(NoTextLayer) as info:
            extract_report(path)
        _one_clear_line(str(info.value), path.name)
        pytest.skip(NO_OCR)
    result = extract_report(path)
    assert result.ocr_pages == (1,)
    assert any("vikariekostnader" in e.text for e in result.explanations)


def _bad_batch(folder: Path, sample: Path, thousand_pages: Path) -> dict[str, str]:
    """The files of a messy folder, each with what should become of it."""
    folder.mkdir()
    (folder / "underkatalog").mkdir()
    plan = {
        "lerum-son-2024-05.pdf": "ingested",
        bad_files.ODD_NAME: "ingested",
        "underkatalog/borås-kf-2024-06.pdf": "ingested",
        "skyddad-utskrift.pdf": "ingested",
        "bokslut-1000-sidor.pdf": "ingested",
        "bilaga-50000-ord.pdf": "ingested",
        "låst.pdf": "failed",
        "avbruten.pdf": "failed",
        "tom.pdf": "failed",
        "404-sida.pdf": "failed",
        "trasig\nrad ✓.pdf": "failed",
        "skannad.pdf": "ingested" if ocr_available() else "failed",
        "trasigt-typsnitt.pdf": "ingested" if ocr_available() else "failed",
    }
    build_report(folder / "lerum-son-2024-05.pdf", sample_spec(municipality="Lerum"))
    build_report(folder / bad_files.ODD_NAME, sample_spec(municipality="Öckerö", month="april"))
    build_report(
        folder / "underkatalog/borås-kf-2024-06.pdf", sample_spec(municipality="Borås", month="juni")
    )
    bad_files.owner_password_only(folder / "skyddad-utskrift.pdf", sample)
    shutil.copyfile(thousand_pages, folder / "bokslut-1000-sidor.pdf")
    bad_files.dense_page(
        folder / "bilaga-50000-ord.pdf", build_report(folder.parent / "s.pdf", sample_spec(month="mars"))
    )
    bad_files.encrypted(folder / "låst.pdf")
    bad_files.truncated(folder / "avbruten.pdf", sample, 0.6)
    bad_files.empty(folder / "tom.pdf")
    bad_files.html_page(folder / "404-sida.pdf")
    bad_files.truncated(folder / "trasig\nrad ✓.pdf", sample, 0.3)
    bad_files.scanned(folder / "skannad.pdf")
    bad_files.broken_font(folder / "trasigt-typsnitt.pdf")
    return plan


def test_a_messy_folder_is_ingested_except_the_bad_files(
    tmp_path: Path, sample: Path, thousand_pages: Path
) -> None:
    plan = _bad_batch(tmp_path / "inkorg", sample, thousand_pages)
    failures_csv = tmp_path / "failures.csv"
    data = tmp_path / "state"
    done = avvik(data, "ingest", str(tmp_path / "inkorg"), "--report", str(failures_csv))
    FIGURES["bad or odd files tried (CLI batch)"] += len(plan)

    failed = {name for name, outcome in plan.items() if outcome == "failed"}
    assert done.returncode == 1, done.stderr  # some failed
    lines = [ln for ln in stderr_lines(done.stderr) if not ln.startswith("ingest:")]
    failure_lines = [ln for ln in lines if ln.startswith("failed")]
    assert len(failure_lines) == len(failed), lines
    for name in failed:
        shown = name.replace("\n", " ")
        [line] = [ln for ln in failure_lines if shown in ln]
        _one_clear_line(line.removeprefix("failed").strip(), shown)
    ingested = {name for name, outcome in plan.items() if outcome == "ingested"}
    out = done.stdout.splitlines()
    for name in ingested:
        assert any(ln.startswith("ingested") and Path(name).name in ln for ln in out), (name, out)
    assert lines[-1] == f"{len(ingested)} ingested, 0 skipped, {len(failed)} failed"
    assert any("bilaga-50000-ord.pdf" in ln and "pages that failed: [" in ln for ln in out)
    if ocr_available():
        assert any("skannad.pdf" in ln and "pages read by OCR: [1]" in ln for ln in out)
    else:
        assert any("skannad.pdf" in ln and "tesseract" in ln for ln in failure_lines)

    with failures_csv.open(newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert {Path(r["file"]).name for r in rows} == failed  # the names exactly, newline and all
    assert all(r["reason"] and "\n" not in r["reason"] for r in rows)

    state = check_json(avvik(data, "check"))
    assert state["reports"] == len(ingested) and state["half_written"] == 0 and state["orphan_points"] == 0
    FIGURES["bad files reported in one line (CLI batch)"] += len(failed)


def test_a_scanned_page_is_read_by_ocr_or_reported(tmp_path: Path) -> None:
    path = bad_files.scanned(tmp_path / "skannad.pdf")
    if not ocr_available():
        with pytest.raises(NoTextLayer) as info:
            extract_report(path)
        _one_clear_line(str(info.value), path.name)
        pytest.skip(NO_OCR)
    assert extract_report(path).ocr_pages == (1,)


def test_a_crashing_or_hanging_parser_costs_one_file_not_the_batch(tmp_path: Path) -> None:
    from index.pool import extract_all

    from .jobs import misbehave_on_marked_files

    paths = []
    for name in ("a.pdf", "krasch.pdf", "b.pdf", "c.pdf", "häng.pdf", "d.pdf"):
        paths.append(tmp_path / name)
        paths[-1].write_bytes(b"%PDF-1.7 " + name.encode())
    outcomes = dict(extract_all(paths, None, workers=2, timeout_s=3, job=misbehave_on_marked_files))
    assert list(outcomes) == paths  # every file, in order
    messages = {p.name: o for p, o in outcomes.items() if isinstance(o, str)}
    assert set(messages) == {"krasch.pdf", "häng.pdf"}
    assert "crashed" in messages["krasch.pdf"] and "longer than 3 s" in messages["häng.pdf"]
    for name, message in messages.items():
        _one_clear_line(message, name)
    assert [o["file"] for o in outcomes.values() if isinstance(o, dict)] == [
        "a.pdf",
        "b.pdf",
        "c.pdf",
        "d.pdf",
    ]
    FIGURES["parser crashes and hangs isolated"] += 2
