"""PDF access (the only module importing pymupdf): lines with font size, weight and position.

Reading order handles two-column pages; page headers and footers are recognised and kept apart
(they feed metadata, they are not repeated as text). Pages without a text layer, and pages whose text
layer is garbage (fonts without a Unicode map), are read by OCR when Tesseract with Swedish is
installed. Limits keep one odd file from taking the machine: at most ``MAX_PAGES`` pages, and a page
with more than ``MAX_PAGE_WORDS`` words (a data dump, not report text) is skipped as a failed page.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import pymupdf

from extract.errors import DamagedPdf, EmptyFile, EncryptedPdf, NotAPdf, NoTextLayer, TooLarge
from extract.hashing import file_sha256
from extract.page_lines import RUN_IN_ENDS, Line, Page
from extract.reading_order import reading_order
from extract.types import BBox

pymupdf.TOOLS.mupdf_display_errors(False)
pymupdf.TOOLS.mupdf_display_warnings(False)

MARGIN_SHARE = 0.075  # top/bottom share of the page where running headers and footers live
_DIGITS = re.compile(r"\d+")
_PAGE_NUMBER = re.compile(r"(sid(an)?\s*)?#(\s*(\(|av|/)\s*#\)?)?", re.I)  # digits already replaced by #
MAX_PAGES = 2000
MAX_PAGE_WORDS = 10_000
READ_WHOLE = 64 << 20  # files up to this size are read into memory once
GARBLED_SHARE = 0.1  # share of unmappable characters (U+FFFD, control, private use): a garbage text layer


@dataclass(frozen=True)
class Document:
    path: Path
    sha256: str
    metadata: dict[str, str]
    pages: tuple[Page, ...]
    failed_pages: tuple[int, ...] = field(default_factory=tuple)

    @property
    def n_pages(self) -> int:
        return len(self.pages) + len(self.failed_pages)

    def body_lines(self) -> Iterator[Line]:
        for page in self.pages:
            yield from page.lines


def ocr_available() -> bool:
    return shutil.which("tesseract") is not None and _tessdata() is not None


def _tessdata() -> str | None:
    if os.environ.get("TESSDATA_PREFIX"):
        return os.environ["TESSDATA_PREFIX"]
    for base in ("/usr/share/tesseract-ocr/5/tessdata", "/usr/share/tesseract-ocr/4.00/tessdata"):
        if Path(base, "swe.traineddata").exists():
            return base
    return None


def _open(path: Path) -> tuple[pymupdf.Document, int, bytes | None]:
    """The open document, its number of pages (pymupdf counts them anew each time it is asked) and the
    file's bytes: a file up to ``READ_WHOLE`` is read once, for its hash and from memory (no seek and read
    per object); a bigger one is opened from disk."""
    size = path.stat().st_size
    if size == 0:
        raise EmptyFile(f"{path.name}: the file is empty (0 bytes); download it again")
    data = path.read_bytes() if size <= READ_WHOLE else None
    if data is not None:
        head = data[:1024]
    else:
        with path.open("rb") as fh:
            head = fh.read(1024)
    if b"%PDF" not in head:
        raise NotAPdf(f"{path.name}: not a PDF (no %PDF header); save the report as PDF and retry")
    try:
        doc = (
            pymupdf.open(path, filetype="pdf") if data is None else pymupdf.open(stream=data, filetype="pdf")
        )
    except Exception as exc:  # pymupdf raises its own FileDataError and RuntimeError
        raise DamagedPdf(
            f"{path.name}: the PDF is damaged and cannot be opened ({exc}); get a fresh copy"
        ) from exc
    if doc.needs_pass and not doc.authenticate(""):
        doc.close()
        raise EncryptedPdf(f"{path.name}: the PDF is password protected; save an unprotected copy and retry")
    n_pages = doc.page_count
    if n_pages == 0:
        doc.close()
        raise DamagedPdf(f"{path.name}: the PDF has no pages; get a fresh copy")
    if doc.is_repaired and not _ends_like_a_pdf(path, data):
        doc.close()
        raise DamagedPdf(
            f"{path.name}: the file is cut off (an interrupted download or copy?); get a fresh copy"
        )
    return doc, n_pages, data


def _ends_like_a_pdf(path: Path, data: bytes | None) -> bool:
    """A complete PDF ends with %%EOF (give or take trailing junk); a truncated one does not."""
    if data is not None:
        return b"%%EOF" in data[-4096:]
    with path.open("rb") as fh:
        fh.seek(max(0, path.stat().st_size - 4096))
        return b"%%EOF" in fh.read()


_UNMAPPED = re.compile(r"[\ufffd\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ue000-\uf8ff\ud800-\udfff]")


def garbled(lines: list[Line]) -> bool:
    """True when the text layer is garbage: many characters that no font mapped to Unicode
    (replacement characters, control characters, private-use code points)."""
    text = "".join(line.text for line in lines)
    if _UNMAPPED.search(text) is None:  # most pages: every character mapped
        return False
    chars = len("".join(text.split()))  # characters that are not whitespace
    if chars < 20:
        return False
    return len(_UNMAPPED.findall(text)) / chars >= GARBLED_SHARE


# ligatures split into their letters ("ﬁnansiering" -> "finansiering"), or no cue word would match them
_TEXT_FLAGS = pymupdf.TEXTFLAGS_TEXT & ~pymupdf.TEXT_PRESERVE_LIGATURES


def _page_lines(page: pymupdf.Page, number: int) -> list[Line]:
    lines: list[Line] = []
    data = page.get_text("dict", flags=_TEXT_FLAGS)
    for block in data["blocks"]:
        for raw in block.get("lines", ()):
            spans = raw["spans"]
            if len(spans) > 1:
                spans = [s for s in spans if s["text"].strip()]
            if len(spans) == 1:  # most lines: one font, no gaps
                if line := _one_span_line(spans[0], raw["bbox"], number):
                    lines.append(line)
                continue
            if not spans:
                continue
            cells: list[tuple[str, BBox]] = []
            for span in spans:
                box = tuple(span["bbox"])
                if cells and span["bbox"][0] - cells[-1][1][2] <= span["size"] * 1.2:
                    text, prev = cells[-1]
                    gap = span["bbox"][0] - prev[2]
                    spaced = gap > span["size"] * 0.15 or text.endswith((":", ".", ";", ","))
                    glue = (
                        " " if spaced and not text.endswith(" ") and not span["text"].startswith(" ") else ""
                    )
                    cells[-1] = (
                        text + glue + span["text"],
                        (prev[0], min(prev[1], box[1]), box[2], max(prev[3], box[3])),
                    )
                else:
                    cells.append((span["text"], box))  # type: ignore[arg-type]
            cells = [(_clean(c).strip(), b) for c, b in cells if c.strip()]
            if not cells:
                continue
            main = max(spans, key=lambda s: len(s["text"].strip()))
            x0, y0, x1, y1 = raw["bbox"]
            lines.append(
                Line(
                    page=number,
                    text="   ".join(c for c, _ in cells),
                    bbox=(x0, y0, x1, y1),
                    size=_font_size(main["size"]),
                    bold=_is_bold(main) and not _run_in_label(spans),
                    cells=tuple(cells),
                    italic=_is_italic(main),
                )
            )
    return lines


_ODD_HYPHENS = str.maketrans({"\u00ad": None, "\u2010": "-", "\u2011": "-"})


def _clean(text: str) -> str:
    """Soft hyphens dropped, Unicode and non-breaking hyphens as '-' ("Hälso‑ och sjukvård")."""
    if "\u00ad" in text or "\u2010" in text or "\u2011" in text:
        return text.translate(_ODD_HYPHENS)
    return text


def _is_bold(span: dict[str, Any]) -> bool:
    return bool(span["flags"] & 16) or _bold_font(span["font"])


def _is_italic(span: dict[str, Any]) -> bool:
    return bool(span["flags"] & 2) or _italic_font(span["font"])


def _run_in_label(spans: list[dict[str, Any]]) -> bool:
    """A bold label that ends in ":" or "." with the text after it in the body's weight ("Hälso- och
    sjukvårdsnämnden: Prognosen är −252"): a line of prose, however long its label, never a bold heading."""
    first = spans[0]["text"].rstrip()
    return (
        _is_bold(spans[0])
        and first.endswith(RUN_IN_ENDS)
        and not any(_is_bold(span) for span in spans[1:])
        and any(span["text"].strip() for span in spans[1:])
    )


def _one_span_line(span: dict[str, Any], bbox: BBox, number: int) -> Line | None:
    """The line of a single span (pymupdf gives bboxes as tuples already)."""
    text = _clean(span["text"]).strip()
    if not text:
        return None
    return Line(
        number,
        text,
        bbox,
        _font_size(span["size"]),
        _is_bold(span),
        ((text, span["bbox"]),),
        _is_italic(span),
    )


@lru_cache(maxsize=256)  # a report uses a handful of fonts and sizes, on thousands of lines
def _bold_font(name: str) -> bool:
    return "bold" in name.lower()


@lru_cache(maxsize=256)
def _italic_font(name: str) -> bool:
    return "italic" in name.lower() or "oblique" in name.lower()


@lru_cache(maxsize=256)
def _font_size(size: float) -> float:
    return round(size, 1)


def _word_count_above(lines: list[Line], limit: int) -> bool:
    if sum(len(ln.text) for ln in lines) <= limit:  # fewer characters than the limit: fewer words too
        return False
    return sum(len(ln.text.split()) for ln in lines) > limit


def _ocr_reader() -> Any:
    from extract.ocr import PageReader  # only scanned pages need it (numpy, scipy, a subprocess)

    return PageReader(_tessdata())


def _ocr_pages(pages: list[Page], read: dict[int, list[Line] | None], failed: list[int]) -> list[Page]:
    """The pages with the lines OCR read on them (``read``: per page number; None where OCR failed, a
    page then dropped and counted as failed)."""
    done = []
    for page in pages:
        if page.number not in read:
            done.append(page)
        elif (lines := read[page.number]) is None:
            failed.append(page.number)
        else:
            order = tuple(reading_order(lines, page.width))
            done.append(Page(page.number, page.width, page.height, order, ocr=True))
    failed.sort()
    return done


def _is_margin(line: Line, height: float) -> bool:
    return line.bbox[3] < height * MARGIN_SHARE or line.bbox[1] > height * (1 - MARGIN_SHARE)


def _split_running_lines(pages: list[Page]) -> list[Page]:
    """Move running headers/footers (repeated on several pages, or bare page numbers) out of the body."""
    margins = [
        {i: _DIGITS.sub("#", ln.text) for i, ln in enumerate(p.lines) if _is_margin(ln, p.height)}
        for p in pages
    ]
    counts = Counter(key for keys in margins for key in set(keys.values()))
    repeated = {key for key, n in counts.items() if n >= 2}
    if any(p.ocr for p in pages):  # OCR reads a running line a little differently on every page
        from extract.ocr import repeated_in_margins

        repeated |= repeated_in_margins(
            [set(k.values()) for k, p in zip(margins, pages, strict=True) if p.ocr]
        )
    result = []
    for page, keys in zip(pages, margins, strict=True):
        body, running = [], []
        for i, ln in enumerate(page.lines):
            key = keys.get(i)
            if key is not None and (key in repeated or _PAGE_NUMBER.fullmatch(key)):
                running.append(ln)
            else:
                body.append(ln)
        result.append(Page(page.number, page.width, page.height, tuple(body), tuple(running), page.ocr))
    return result


def read_pdf(
    path: Path,
    *,
    max_pages: int | None = None,
    sha256: str | None = None,
    on_page: Callable[[int, int], None] | None = None,
) -> Document:
    """Read a PDF into lines in reading order. Raises an ExtractError subclass for unusable files.
    ``sha256``: the file's hash when the caller has it already (ingest hashes every file once);
    ``on_page(number, total)``: called as each page is read (an upload's progress bar)."""
    path = Path(path)
    doc, n_pages, data = _open(path)
    reader = None  # OCR, started at the first page that needs it
    try:
        if max_pages is None and n_pages > MAX_PAGES:
            raise TooLarge(
                f"{path.name}: {n_pages} pages, more than the {MAX_PAGES} avvik reads in "
                "one file; split it (e.g. per committee) and retry"
            )
        metadata = {k: (v or "") for k, v in (doc.metadata or {}).items()}
        pages: list[Page] = []
        failed: list[int] = []
        image_only, unreadable, too_dense = 0, 0, 0
        for index in range(n_pages if max_pages is None else min(n_pages, max_pages)):
            number = index + 1
            if on_page is not None:
                on_page(number, n_pages)
            try:
                page = doc.load_page(index)
                lines = _page_lines(page, number)
                ocr = False
                if _word_count_above(lines, MAX_PAGE_WORDS):
                    too_dense += 1
                    failed.append(number)
                    continue
                if lines and garbled(lines):
                    unreadable += 1
                    if not ocr_available():
                        failed.append(number)
                        continue
                    reader = reader or _ocr_reader()
                    reader.submit(page, number)  # read after the loop, several pages at a time
                    lines, ocr = [], True
                elif not lines and page.get_images():
                    image_only += 1
                    if ocr_available():
                        reader = reader or _ocr_reader()
                        reader.submit(page, number)
                        lines, ocr = [], True
                rect = page.rect  # pymupdf measures the page anew on every access
                pages.append(
                    Page(number, rect.width, rect.height, tuple(reading_order(lines, rect.width)), ocr=ocr)
                )
            except Exception:  # one bad page must not lose the rest of the report
                failed.append(number)
        if reader is not None:
            pages = _ocr_pages(pages, reader.read(), failed)
        if not any(p.lines for p in pages):
            if too_dense:
                raise TooLarge(
                    f"{path.name}: more than {MAX_PAGE_WORDS:,} words on a page (a data dump, not "
                    "report text?); save the report pages as a PDF of their own and retry"
                )
            if unreadable and not ocr_available():
                raise NoTextLayer(
                    f"{path.name}: the text layer is garbage (fonts without a Unicode map) and OCR is not "
                    "installed; install tesseract-ocr and tesseract-ocr-swe (make install) and retry"
                )
            if image_only and not ocr_available():
                raise NoTextLayer(
                    f"{path.name}: scanned pages without a text layer and OCR is not installed; "
                    "install tesseract-ocr and tesseract-ocr-swe (make install) and retry"
                )
            raise NoTextLayer(
                f"{path.name}: no readable text in the PDF; check that it is not a scan or empty"
            )
        return Document(
            path,
            sha256 or (file_sha256(path) if data is None else hashlib.sha256(data).hexdigest()),
            metadata,
            tuple(_split_running_lines(pages)),
            tuple(failed),
        )
    finally:
        if reader is not None:
            reader.close()
        doc.close()


def render_page_png(path: Path, page_number: int, highlight: BBox | None = None, zoom: float = 1.5) -> bytes:
    """Render one page as PNG, with an optional highlighted rectangle (for the document view)."""
    doc, _, _ = _open(Path(path))
    try:
        page = doc[page_number - 1]
        if highlight is not None:  # a see-through marker over the passage's box (a highlight annotation
            # draws a rounded band that spills far beyond a box of several lines)
            box = pymupdf.Rect(*highlight) + (-3, -2, 3, 2)
            page.draw_rect(box, color=(0.85, 0.6, 0.0), fill=(1.0, 0.85, 0.2), fill_opacity=0.35, width=1.2)
        return page.get_pixmap(matrix=pymupdf.Matrix(zoom, zoom)).tobytes("png")  # type: ignore[no-any-return]
    finally:
        doc.close()
