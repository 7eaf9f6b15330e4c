"""Bad input files generated in code: encrypted, truncated, empty, not a PDF, scanned, 1,000 pages, a page
with 50,000 words, a font without a Unicode map, an odd name."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pymupdf


def encrypted(path: Path, user_password: str = "hemligt") -> Path:
    doc = pymupdf.open()
    doc.new_page().insert_text((72, 72), "Köp av tjänster avviker negativt med 2 mnkr.")
    doc.save(path, encryption=pymupdf.PDF_ENCRYPT_AES_256, owner_pw="ägare", user_pw=user_password)
    doc.close()
    return path


def empty(path: Path) -> Path:
    path.write_bytes(b"")
    return path


def html_page(path: Path) -> Path:
    path.write_text("<!DOCTYPE html><html><body><h1>404 Not Found</h1></body></html>", encoding="utf-8")
    return path


def scanned(path: Path) -> Path:
    """A page that is only an image of text, with no text layer."""
    src = pymupdf.open()
    page = src.new_page(width=400, height=200)
    page.insert_text((20, 60), "Personalkostnaderna visar ett underskott", fontsize=14)
    pix = page.get_pixmap(dpi=150)
    src.close()
    doc = pymupdf.open()
    out = doc.new_page(width=400, height=200)
    out.insert_image(out.rect, pixmap=pix)
    doc.save(path)
    doc.close()
    return path


def owner_password_only(path: Path, source: Path) -> Path:
    """A copy of ``source`` with an owner password and restricted permissions but no user password:
    every reader opens it without asking, so it must be ingested like any other report."""
    doc = pymupdf.open(source)
    doc.save(
        path,
        encryption=pymupdf.PDF_ENCRYPT_AES_256,
        owner_pw="ägare",
        user_pw="",
        permissions=pymupdf.PDF_PERM_PRINT,
    )
    doc.close()
    return path


def truncated(path: Path, source: Path, share: float = 0.6) -> Path:
    """The first ``share`` of ``source``, like an interrupted download."""
    data = source.read_bytes()
    path.write_bytes(data[: int(len(data) * share)])
    return path


FILLER = (
    "Nämnden har under perioden arbetat vidare med digitaliseringen av verksamheten och med att utveckla "
    "samverkan med civilsamhället. Arbetet följer den plan som fastställdes i början av året."
)


def many_pages(path: Path, source: Path, pages: int = 1000) -> Path:
    """``source`` followed by plain prose pages, ``pages`` in all."""
    doc = pymupdf.open(source)
    font = pymupdf.Font("helv")
    while doc.page_count < pages:
        page = doc.new_page(width=595, height=842)
        writer = pymupdf.TextWriter(page.rect)
        writer.append((60, 90), f"Verksamhetsberättelse, avsnitt {doc.page_count}", font=font, fontsize=13)
        for n, line in enumerate(textwrap.wrap(FILLER, 92)):
            writer.append((60, 120 + 14 * n), line, font=font, fontsize=10)
        writer.write_text(page)
    doc.save(path, garbage=1, deflate=True)
    doc.close()
    return path


def dense_page(path: Path, source: Path, words: int = 50_000) -> Path:
    """``source`` with one more page holding ``words`` words in a tiny font (a data dump)."""
    doc = pymupdf.open(source)
    vocabulary = FILLER.split()
    text = " ".join(vocabulary[i % len(vocabulary)] for i in range(words))
    page = doc.new_page(width=1190, height=1684)
    spare = page.insert_textbox(page.rect + (5, 5, -5, -5), text, fontsize=1.2, fontname="helv")
    assert spare >= 0, "the words did not fit on the page"
    doc.save(path, garbage=1, deflate=True)
    doc.close()
    return path


def broken_font(path: Path) -> Path:
    """A report page whose embedded font has no Unicode map (/ToUnicode removed): the text layer reads as
    garbage ("1FSTPOBMLPTUOBEFSOB\\x01BWWJLFS..."), while the rendered page is perfectly legible."""
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    page.insert_font(fontname="F1", fontbuffer=pymupdf.Font("helv").buffer)
    lines = [
        (16, "Personalkostnader"),
        (11, "Personalkostnaderna avviker negativt med 2,0 mnkr."),
        (11, "Avvikelsen beror på höga vikariekostnader och ökad sjukfrånvaro."),
        (11, "Köp av tjänster avviker negativt med 4,0 mnkr till följd av fler placeringar."),
    ]
    for n, (size, line) in enumerate(lines):
        page.insert_text((60, 100 + 24 * n), line, fontname="F1", fontsize=size)
    data = doc.tobytes()
    doc.close()
    doc = pymupdf.open("pdf", data)
    for xref in range(1, doc.xref_length()):
        if doc.xref_get_key(xref, "ToUnicode")[0] != "null":
            doc.xref_set_key(xref, "ToUnicode", "null")
    doc.save(path)
    doc.close()
    return path


# Swedish letters (composed and decomposed), spaces, quotes, a comma and a semicolon for the CSV, an
# ampersand, a percent sign, a hash, a dash and an emoji: all legal in a file name.
ODD_NAME = 'Årsrapport – Öckerö "slutlig", v.2; 50% & #1 (kopia) ✓ a\u0308.pdf'
