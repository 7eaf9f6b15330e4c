"""Visual rows: the lines that share a baseline, in reading order.

A row of prose is one line of text; a row of a table is a label followed by number cells.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from extract.numbers import parse_number
from extract.page_lines import RUN_IN_ENDS, Line
from extract.types import BBox

# bullet glyphs: those Word writes in the Symbol and Wingdings private-use range, and U+FFFD for a lost one
BULLET_GLYPHS = "•·▪►■●◦‣⁃➢➤❖○□✓\uf0b7\uf0a7\uf076\uf0d8\uf0fc\uf06e\uf0a8\ufffd"
BULLET_RE = re.compile(rf"^\s*([{BULLET_GLYPHS}\-–*]|\d{{1,2}}[.)])\s+")
_CELL_SPLIT = re.compile(r"\s{3,}")


@dataclass(slots=True, init=False)  # not frozen, and its own __init__: a page makes hundreds, and the one
# dataclasses would write runs as Python even where this module is compiled (extract.native)
class Row:
    page: int
    cells: tuple[str, ...]
    cell_boxes: tuple[BBox, ...]
    size: float
    bold: bool
    italic: bool
    # derived from the cells once, when the row is made: every later step reads them, many times
    text: str = field(init=False, repr=False, compare=False)
    bbox: BBox = field(init=False, repr=False, compare=False)
    numbers: tuple[float | None, ...] = field(init=False, repr=False, compare=False)
    is_bullet: bool = field(init=False, repr=False, compare=False)

    def __init__(
        self,
        page: int,
        cells: tuple[str, ...],
        cell_boxes: tuple[BBox, ...],
        size: float,
        bold: bool,
        italic: bool = False,
    ) -> None:
        self.page, self.cells, self.cell_boxes = page, cells, cell_boxes
        self.size, self.bold, self.italic = size, bold, italic
        if len(cells) == 1:  # a line of prose
            text, bbox = cells[0], cell_boxes[0]
            self.numbers = (parse_number(text),)
        else:
            text = " ".join(cells)
            xs0, ys0, xs1, ys1 = zip(*cell_boxes, strict=True)
            bbox = (min(xs0), min(ys0), max(xs1), max(ys1))
            self.numbers = tuple(map(parse_number, cells))
        self.text, self.bbox = text, bbox
        self.is_bullet = BULLET_RE.match(text) is not None


def _split_cells(line: Line) -> list[tuple[str, BBox]]:
    """A line's cells; a cell holding whitespace-aligned columns ("Lokalhyror   -17 416   -17 416") is split."""
    if len(line.cells) == 1 and _CELL_SPLIT.search(line.text) is None:  # one cell, no columns inside
        return list(line.cells)
    cells: list[tuple[str, BBox]] = []
    for text, (x0, y0, x1, y1) in line.cells or ((line.text, line.bbox),):
        parts = _CELL_SPLIT.split(text)
        if len(parts) == 1:
            cells.append((text, (x0, y0, x1, y1)))
            continue
        total, pos = max(len(text), 1), 0
        for part in parts:
            start = text.index(part, pos)
            pos = start + len(part)
            cells.append((part, (x0 + (x1 - x0) * start / total, y0, x0 + (x1 - x0) * pos / total, y1)))
    return cells


def group_rows(lines: Iterable[Line]) -> list[Row]:
    rows: list[Row] = []
    current: list[Line] = []
    # a line is on the row of the line before it when it is on the same page and their middles are less than
    # half the smaller line height apart (1.5 pt at least)
    page, centre, height = 0, 0.0, 0.0  # of the line before
    for line in lines:
        y0, y1 = line.bbox[1], line.bbox[3]
        line_centre, line_height = (y0 + y1) / 2, y1 - y0
        if current and (
            line.page != page or abs(centre - line_centre) > max(min(height, line_height) * 0.5, 1.5)
        ):
            rows.append(_row(current))
            current = []
        current.append(line)
        page, centre, height = line.page, line_centre, line_height
    if current:
        rows.append(_row(current))
    return rows


def _row(lines: list[Line]) -> Row:
    if len(lines) == 1:
        main = lines[0]
        if len(main.cells) == 1 and _CELL_SPLIT.search(main.text) is None:  # most rows: one line, one cell
            text, box = main.cells[0]
            return Row(main.page, (text,), (box,), main.size, main.bold, main.italic)
        cells = _split_cells(main)
    else:
        lines = sorted(lines, key=lambda ln: ln.bbox[0])
        cells = [cell for line in lines for cell in _split_cells(line)]
        main = max(lines, key=lambda ln: len(ln.text))
    texts, boxes = zip(*_merge_bullets(cells), strict=True)
    return Row(
        page=main.page,
        cells=texts,
        cell_boxes=boxes,
        size=main.size,
        bold=main.bold and not _run_in(lines),
        italic=main.italic,
    )


def _run_in(lines: list[Line]) -> bool:
    """A bold run-in label and its text in the body's weight ("Nämnden för regional utveckling: Överskottet
    på"): a row of prose, however long its label (extract.pdf reads such a line of one block the same way)."""
    first = lines[0].text.rstrip()
    return (
        len(lines) > 1
        and lines[0].bold
        and first.endswith(RUN_IN_ENDS)
        and not any(ln.bold for ln in lines[1:])
    )


def _merge_bullets(cells: list[tuple[str, BBox]]) -> list[tuple[str, BBox]]:
    """A bullet glyph drawn as its own span belongs to the text after it."""
    glyph = cells[0][0].strip() if len(cells) >= 2 else ""
    if len(glyph) == 1 and (glyph in BULLET_GLYPHS or glyph in "-–"):
        (_, b0), (text, b1) = cells[0], cells[1]
        box = (b0[0], min(b0[1], b1[1]), b1[2], max(b0[3], b1[3]))
        return [(f"• {text}", box), *cells[2:]]
    return cells


def body_font_size(rows: Iterable[Row]) -> float:
    """The font size carrying most characters of prose."""
    sizes: Counter[float] = Counter()
    for row in rows:
        sizes[row.size] += len(row.text)
    return sizes.most_common(1)[0][0] if sizes else 10.0
