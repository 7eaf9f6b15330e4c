"""OCR of a page without a usable text layer: Tesseract's words turned into lines like a text PDF's.

The page is rendered grey at ``OCR_DPI``, cleared of speckle at the scan's own resolution (a 3×3
median, row then column: scanner dust and the halftone of shaded table cells, which Tesseract
otherwise reads as letters), its levels stretched (paper white, ink black: Tesseract's global
threshold then holds on grey table shading), and read by the ``tesseract`` command as hOCR: words
with boxes and confidences, grouped into lines with a baseline. Each process runs one thread (on a
shared machine OpenMP threads cost more than they give); a document's pages are read several at a
time (``PageReader``). What Tesseract's layout left out (a table column it took for a picture) is
read again as one block.

What the rest of the pipeline reads from a text PDF is then rebuilt from the words:

- geometry: the page's skew is taken out of the boxes, each line's box is drawn from its baseline
  and its font size, as a text PDF's are, so that paragraph gaps compare the same way;
- font size: measured from the height of the line's words, knowing which letters reach above the
  x-height or below the baseline (and less the skew), then snapped to the sizes the page uses, so
  that the lines of one paragraph share one size and a heading stands out from the body;
- weight: bold from the strokes' width per em against the document's usual text (``mark_bold``);
- columns: words farther apart than a wide gap become separate lines (as a table's cells are);
- text: table rules read as "|", dust read as punctuation and unsure short words (a logo, a photo)
  are dropped; ligatures split; a bullet read as ":" or "e" is a bullet; "w" for "vv" mended
  ("Awv." is "Avv."); in numbers the usual misreadings mended (O for 0, l for 1, a dash for the
  minus sign, a point for a decimal comma or between thousands, a lost thousands space).

Running headers and footers read a little differently on each page are matched by similarity
(``repeated_in_margins``, called from ``extract.pdf``).
"""

from __future__ import annotations

import html
import os
import re
import statistics
import subprocess
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass

import numpy as np
import pymupdf

from extract.ocr_text import BULLET_LIKE, SPECK, Word, clean_cell, clean_words
from extract.page_lines import Line

OCR_DPI = 300
TIMEOUT_S = 180  # one page; a page that takes longer is a failed page, not a stuck report
CELL_GAP_EM = 1.2  # a wider gap between words ends a cell (the text layer's rule for spans)
SIZE_SNAP = 0.08  # line sizes within this share of each other are one size
BOLD_STROKE = 1.25  # bold: strokes this much wider (per em) than the document's usual text
BOLD_STROKE_EM = 0.095  # or, on a page with little text, wider than this share of the em
RECOVERED_CONF = 60  # the second reading (what the first left out) keeps numbers this sure
RECOVERED_WORD_CONF = 75  # and words this sure
DOCUMENT_TEXT_CHARS = 300  # a document with this much text has a usual stroke of its own
_ASCENT, _DESCENT = 0.88, 0.2  # of the em: a text layer's line box (a little less: sizes are estimates)


@dataclass(slots=True)
class OcrLine:
    words: list[Word]
    box: tuple[float, float, float, float]
    slope: float
    baseline: float  # y of the baseline at the line's left edge, image pixels
    x_size: float  # Tesseract's row height (pixels)


def render(page: pymupdf.Page) -> np.ndarray:
    """The page as a grey image at ``OCR_DPI``, despeckled (in the thread that opened the document:
    pymupdf is not thread-safe). A scan of lower resolution is despeckled at its own resolution, where
    a speck of dust is one pixel, and then scaled up."""
    native = _scan_dpi(page)
    if native >= OCR_DPI * 0.9:
        return _median3(_median3(_gray(page.get_pixmap(dpi=OCR_DPI, colorspace=pymupdf.csGRAY)), 1), 0)
    small = _gray(page.get_pixmap(dpi=max(int(native), 72), colorspace=pymupdf.csGRAY))
    clean = _median3(_median3(small, 1), 0)
    height, width = clean.shape
    pix = pymupdf.Pixmap(pymupdf.csGRAY, width, height, clean.tobytes(), False)
    scale = OCR_DPI / 72.0
    return _gray(pymupdf.Pixmap(pix, round(page.rect.width * scale), round(page.rect.height * scale), None))


def _gray(pix: pymupdf.Pixmap) -> np.ndarray:
    gray = np.frombuffer(pix.samples, dtype=np.uint8).reshape(pix.height, pix.stride)[:, : pix.width]
    return np.array(gray)  # a copy: the pixmap's memory goes with it


def _scan_dpi(page: pymupdf.Page) -> float:
    """The resolution of the image covering most of the page (a scan), or ``OCR_DPI`` for a page that
    is not one picture (a text layer that cannot be read, drawn from vectors)."""
    best, area = float(OCR_DPI), page.rect.width * page.rect.height * 0.5
    for info in page.get_image_info():
        x0, y0, x1, y1 = info["bbox"]
        if (x1 - x0) * (y1 - y0) >= area and x1 > x0:
            best, area = info["width"] / ((x1 - x0) / 72.0), (x1 - x0) * (y1 - y0)
    return best


@dataclass(slots=True)
class OcrPage:
    lines: list[Line]  # bold not yet marked: that takes the document's usual stroke (``mark_bold``)
    strokes: list[float | None]  # per line: its strokes' width per em


def read_image(raw: np.ndarray, number: int, tessdata: str | None) -> OcrPage:
    """OCR of a page image rendered at ``OCR_DPI`` (thread-safe: Tesseract is a process of its own).

    Tesseract's page layout now and then leaves out a block it takes for a picture (a table's last
    column, a few lone numbers): what is left of the page once the words it read are blanked out is
    read again, as one plain block, when it still holds text-like ink."""
    gray = prepare(raw)
    lines = parse_hocr(run_tesseract(gray, tessdata))
    rest = unread(gray, lines)
    if rest is not None:
        lines += [ln for ln in parse_hocr(run_tesseract(rest, tessdata, psm=6)) if _recovered(ln)]
    return build_lines(lines, gray, number, 72.0 / OCR_DPI)


def unread(gray: np.ndarray, lines: list[OcrLine]) -> np.ndarray | None:
    """The page with the words Tesseract read blanked out, when what remains holds marks the size of
    text (rules, frames and specks do not count); else None."""
    from scipy import ndimage

    rest = gray.copy()
    heights = []
    for line in lines:
        for word in line.words:
            x0, y0, x1, y1 = (int(v) for v in word.box)
            rest[max(y0 - 4, 0) : y1 + 4, max(x0 - 4, 0) : x1 + 4] = 255
            heights.append(y1 - y0)
    em = statistics.median(heights) / 0.8 if heights else OCR_DPI / 7.2  # 10 pt
    height, width = (n // 4 * 4 for n in rest.shape)
    ink = rest[:height, :width].reshape(height // 4, 4, width // 4, 4).min(axis=(1, 3)) < 128
    marks, _ = ndimage.label(ndimage.binary_dilation(ink, structure=np.ones((1, 5), dtype=bool)))
    textlike = 0
    for found in ndimage.find_objects(marks):
        tall = (found[0].stop - found[0].start) * 4
        wide = (found[1].stop - found[1].start) * 4
        textlike += em * 0.45 <= tall <= em * 1.5 and em * 0.3 <= wide <= em * 40
        if textlike >= 2:  # a lone page number left out is no reason to read the page again
            return rest
    return None


def _recovered(line: OcrLine) -> bool:
    """A line of the second reading worth keeping: numbers Tesseract is fairly sure of, and words of
    four letters or more it is sure of (what a photo or a logo gives is short, or unsure)."""
    line.words = [
        w
        for w in line.words
        if (w.conf >= RECOVERED_CONF and any(c.isdigit() for c in w.text))
        or (w.conf >= RECOVERED_WORD_CONF and sum(c.isalpha() for c in w.text) >= 4)
    ]
    return bool(line.words)


def prepare(gray: np.ndarray) -> np.ndarray:
    """Levels stretched so that the paper is white and the ink black."""
    sample = gray[::4, ::4]
    paper = float(np.percentile(sample, 60))  # most of a page is paper
    ink = min(float(np.percentile(sample, 1)), paper - 120)  # a page with little text: little stretch
    scale = 255.0 / max(paper - ink - 15, 1.0)
    levels = np.clip((np.arange(256, dtype=np.float32) - ink) * scale, 0, 255).astype(np.uint8)
    return levels[gray]  # type: ignore[no-any-return]


def _median3(image: np.ndarray, axis: int) -> np.ndarray:
    """The median of each pixel and its two neighbours along ``axis`` (edges repeated)."""
    before = np.concatenate([image.take([0], axis), image.take(range(image.shape[axis] - 1), axis)], axis)
    after = np.concatenate([image.take(range(1, image.shape[axis]), axis), image.take([-1], axis)], axis)
    low, high = np.minimum(before, image), np.maximum(before, image)
    return np.maximum(low, np.minimum(high, after))


class PageReader:
    """OCR of a document's pages, several at a time: each page is rendered by the caller's thread and
    read by Tesseract in a worker thread (one process each), at most ``workers`` at once, with at most
    one more page rendered and waiting."""

    def __init__(self, tessdata: str | None, workers: int | None = None) -> None:
        self.tessdata = tessdata
        self.workers = workers or max(1, min(4, os.cpu_count() or 1))
        self._pool = ThreadPoolExecutor(self.workers, thread_name_prefix="ocr")
        self._jobs: dict[int, Future[OcrPage]] = {}
        self._waiting: list[Future[OcrPage]] = []

    def submit(self, page: pymupdf.Page, number: int) -> None:
        self._waiting = [job for job in self._waiting if not job.done()]
        if len(self._waiting) > self.workers:
            wait(self._waiting, return_when=FIRST_COMPLETED)
        job = self._pool.submit(read_image, render(page), number, self.tessdata)
        self._jobs[number] = job
        self._waiting.append(job)

    def read(self) -> dict[int, list[Line] | None]:
        """The lines of each page submitted (None where Tesseract failed or timed out), bold marked
        against the document's usual stroke."""
        done: dict[int, OcrPage | None] = {}
        for number, job in self._jobs.items():
            try:
                done[number] = job.result()
            except Exception:  # this page is lost, not the report
                done[number] = None
        mark_bold([page for page in done.values() if page is not None])
        return {number: page.lines if page else None for number, page in done.items()}

    def close(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)


def _pgm(gray: np.ndarray) -> bytes:
    """The image as a binary PGM: nothing to compress or decompress, Tesseract reads it from stdin."""
    height, width = gray.shape
    return b"P5\n%d %d\n255\n" % (width, height) + gray.tobytes()


def run_tesseract(gray: np.ndarray, tessdata: str | None, psm: int = 3) -> str:
    """Tesseract's hOCR of a grey image at ``OCR_DPI`` (``psm``: its page segmentation mode; 3 finds
    the blocks itself, 6 reads the image as one block)."""
    env = {**os.environ, "OMP_THREAD_LIMIT": "1"}
    if tessdata:
        env["TESSDATA_PREFIX"] = tessdata
    done = subprocess.run(
        ["tesseract", "stdin", "stdout", "-l", "swe", "--dpi", str(OCR_DPI), "--psm", str(psm), "hocr"],
        input=_pgm(gray),
        capture_output=True,
        env=env,
        timeout=TIMEOUT_S,
        check=False,
    )
    if done.returncode != 0:
        raise RuntimeError(f"tesseract failed: {done.stderr.decode(errors='replace')[-300:]}")
    return done.stdout.decode("utf-8", errors="replace")


_ELEMENT = re.compile(
    r"<span class='(?P<cls>ocr_line|ocr_header|ocr_caption|ocr_textfloat|ocrx_word)'[^>]*?"
    r"title=[\"'](?P<title>[^\"']*)[\"'][^>]*>(?P<rest>[^<]*(?:<(?!/span>|span)[^<]*)*)"
)
_BBOX = re.compile(r"bbox (-?\d+) (-?\d+) (-?\d+) (-?\d+)")
_BASELINE = re.compile(r"baseline (-?[\d.]+) (-?[\d.]+)")
_X_SIZE = re.compile(r"x_size ([\d.]+)")
_CONF = re.compile(r"x_wconf (\d+)")
_TAG = re.compile(r"<[^>]+>")


def parse_hocr(hocr: str) -> list[OcrLine]:
    lines: list[OcrLine] = []
    for match in _ELEMENT.finditer(hocr):
        title = match.group("title")
        bbox = _BBOX.search(title)
        if bbox is None:
            continue
        box = tuple(float(v) for v in bbox.groups())
        if match.group("cls") != "ocrx_word":
            base = _BASELINE.search(title)
            slope, offset = (float(base.group(1)), float(base.group(2))) if base else (0.0, 0.0)
            size = _X_SIZE.search(title)
            lines.append(OcrLine([], box, slope, box[3] + offset, float(size.group(1)) if size else 0.0))  # type: ignore[arg-type]
            continue
        text = html.unescape(_TAG.sub("", match.group("rest"))).strip()
        conf = _CONF.search(title)
        if text and lines:
            lines[-1].words.append(Word(text, box, float(conf.group(1)) if conf else 0.0))  # type: ignore[arg-type]
    return [line for line in lines if line.words]


# ---- words to lines -------------------------------------------------------------------------------

_TALL = set("ABCDEFGHIJKLMNOPQRSTUVWXYZbdfhklt0123456789ÉÜ!?%&/\\")
_DOTTED = set("iäöé")  # dots reach about as high as an ascender
_DEEP = set("gjpqy")
_BOTH = set("()[]{}|§")
# a word's box height as a share of the em, by the letters it holds: (reaches up, reaches down, has
# "å", whose ring stands a little above the ascenders); measured on scanned Arial, Calibri and Times
_EM_SHARE = {
    (False, False, False): 0.59,  # x-height only: "om", "vara"
    (True, False, False): 0.77,  # ascenders, capitals, digits or dots: "Budget", "till", "2026", "är"
    (False, True, False): 0.79,  # descenders: "syn", "ny"
    (True, True, False): 0.96,  # both: "Prognos", "högre"
    (True, False, True): 0.81,  # "år", "området"
    (True, True, True): 0.98,  # "påverkar", "något"
}


def _em_of_word(word: Word, skew: float = 0.0) -> float | None:
    """The em (font size) in pixels that this word's box height implies, or None when it cannot say
    (``skew``: the page's slope, which makes a wide word's box taller than its letters)."""
    text = word.text
    if len(text) < 2 or any(c in _BOTH for c in text):
        return None  # brackets span ascender to descender
    letters = [c for c in text if c.isalnum()]
    if len(letters) < 2:
        return None
    deep = any(c in _DEEP for c in text) or text.endswith((",", ";"))
    height = word.box[3] - word.box[1] - abs(skew) * (word.box[2] - word.box[0])
    if any(c in "ÅÄÖ" for c in text):  # the ring and dots stand above the capitals
        return height / (1.25 if deep else 1.08)
    ring = "å" in text
    tall = ring or any(c in _TALL or c in _DOTTED for c in text)
    return height / _EM_SHARE[(tall, deep, ring)]


def _line_em(line: OcrLine, skew: float) -> float:
    """The line's font size in pixels: the median of its words' (a word's box may take in a table rule
    under it, so with few words Tesseract's row height bounds it)."""
    ems = [em for w in line.words if (em := _em_of_word(w, skew)) is not None]
    if len(ems) >= 3 or (ems and not line.x_size):
        return statistics.median(ems)
    if ems:
        return min(statistics.median(ems), line.x_size * 1.1)
    return line.x_size if line.x_size else (line.box[3] - line.box[1]) / 1.1


def _snap(sizes: list[tuple[float, int]]) -> dict[int, float]:
    """Group sizes within ``SIZE_SNAP`` of each other (in order of size); each group takes its
    character-weighted median. Keys are the indices into ``sizes``."""
    order = sorted(range(len(sizes)), key=lambda i: sizes[i][0])
    groups: list[list[int]] = []
    for i in order:
        if groups and sizes[i][0] <= sizes[groups[-1][0]][0] * (1 + SIZE_SNAP):
            groups[-1].append(i)
        else:
            groups.append([i])
    snapped: dict[int, float] = {}
    for group in groups:
        weighted = sorted((sizes[i][0], sizes[i][1]) for i in group)
        half, seen, value = sum(w for _, w in weighted) / 2, 0, weighted[-1][0]
        for size, weight in weighted:
            seen += weight
            if seen >= half:
                value = size
                break
        for i in group:
            snapped[i] = value
    return snapped


def _ink(gray: np.ndarray, words: list[Word]) -> tuple[int, int]:
    """The ink of these words: its area and the length of its outline, in pixels (the mean stroke
    width is twice the one over the other)."""
    area = edges = 0
    for word in words:
        x0, y0, x1, y1 = (max(int(round(v)), 0) for v in word.box)
        ink = gray[y0:y1, x0:x1] < 128
        area += int(np.count_nonzero(ink))
        edges += int(np.count_nonzero(ink[:, 1:] != ink[:, :-1])) + int(np.count_nonzero(ink[1:] != ink[:-1]))
    return area, edges


def build_lines(ocr: list[OcrLine], gray: np.ndarray, number: int, scale: float) -> OcrPage:
    """Lines in PDF points (``scale``: points per pixel) from Tesseract's lines, one per cell."""
    if not ocr:
        return OcrPage([], [])
    widths = [ln.box[2] - ln.box[0] for ln in ocr]
    slopes = [ln.slope for ln, w in zip(ocr, widths, strict=True) if w > 200]
    skew = statistics.median(slopes) if slopes else 0.0
    centre = gray.shape[1] / 2

    def level(y: float, x: float) -> float:  # y with the page's skew taken out
        return y - skew * (x - centre)

    # sizes: measured per line, then snapped to the sizes the page uses
    cleaned = [clean_words(ln.words) for ln in ocr]
    ems = [_line_em(ln, skew) for ln in ocr]
    snapped = _snap([(em, sum(len(w.text) for w in words)) for em, words in zip(ems, cleaned, strict=True)])
    lines: list[Line] = []
    strokes: list[float | None] = []
    for index, (raw, words) in enumerate(zip(ocr, cleaned, strict=True)):
        if not words:
            continue
        em = snapped[index]
        size = round(em * scale * 2) / 2  # half points: the same size on every page
        words = sorted(words, key=lambda w: w.box[0])
        if len(words) > 1 and words[0].text in BULLET_LIKE and words[1].text[:1].isalpha():
            words[0] = Word("•", words[0].box, words[0].conf)  # a bullet read as a letter or a mark
        # a wide gap ends a cell; measured against the letters' width too, which a box swollen by
        # shading or blur leaves alone
        letters = sum(len(w.text) for w in words)
        advance = sum(w.box[2] - w.box[0] for w in words) / letters if letters >= 4 else em
        gap = min(em, 2 * advance) * CELL_GAP_EM
        cells: list[list[Word]] = [[words[0]]]
        for word in words[1:]:
            if word.box[0] - cells[-1][-1].box[2] > gap:
                cells.append([word])
            else:
                cells[-1].append(word)
        for cell in cells:
            if len(cell) == 1 and SPECK.match(cell[0].text):
                continue  # dust read as a full stop or a quote, alone between wide gaps
            x0, x1 = cell[0].box[0], max(w.box[2] for w in cell)
            mid = (x0 + x1) / 2
            base = level(raw.baseline + raw.slope * (mid - raw.box[0]), mid)
            box = (x0 * scale, (base - em * _ASCENT) * scale, x1 * scale, (base + em * _DESCENT) * scale)
            text = clean_cell(" ".join(w.text for w in cell))
            area, edges = _ink(gray, cell)
            stroke = 2.0 * area / edges / em if area >= 20 and edges else None
            lines.append(Line(number, text, box, size, False, ((text, box),)))
            strokes.append(stroke)
    return OcrPage(lines, strokes)


def mark_bold(pages: list[OcrPage]) -> None:
    """Bold: lines whose strokes are clearly wider than the document's usual text (the median over its
    characters), or on a document with little text, wider than a share of the em."""
    measured = sorted(
        (stroke, len(line.text))
        for page in pages
        for line, stroke in zip(page.lines, page.strokes, strict=True)
        if stroke is not None
    )
    chars = sum(n for _, n in measured)
    threshold = BOLD_STROKE_EM
    if chars >= DOCUMENT_TEXT_CHARS:
        seen = 0
        for usual, n in measured:
            seen += n
            if seen >= chars / 2:
                threshold = usual * BOLD_STROKE
                break
    for page in pages:
        for line, stroke in zip(page.lines, page.strokes, strict=True):
            line.bold = stroke is not None and stroke > threshold


# ---- running headers and footers ------------------------------------------------------------------

_NOT_LETTERS = re.compile(r"[^a-zåäöéü#]+")
SAME_RUNNING_LINE = 85  # rapidfuzz ratio (0-100) at which two OCR'd margin lines are the same line


def repeated_in_margins(pages: list[set[str]]) -> set[str]:
    """The margin lines (keys: text with digits as '#') of OCR'd pages that recur on another page,
    read alike but not identically ("Alingsås kommun -: Vård-" on one page, "Alingsås kommun - Vård"
    on the next): compared on their letters, by similarity."""
    from rapidfuzz import fuzz

    loose = [{key: _NOT_LETTERS.sub("", key.lower()) for key in keys} for keys in pages]
    found: set[str] = set()
    for i, page in enumerate(loose):
        for key, letters in page.items():
            if len(letters) < 4:
                continue
            for j, other in enumerate(loose):
                if j != i and any(fuzz.ratio(letters, o) >= SAME_RUNNING_LINE for o in other.values()):
                    found.add(key)
                    break
    return found
