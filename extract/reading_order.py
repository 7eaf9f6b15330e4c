"""Reading order on a page: top to bottom, and on two-column stretches the left column before the right.

The gutter is a narrow strip in the middle of the text area. Lines crossing it (titles, full-width
paragraphs) separate the stretches; a stretch whose both sides hold prose-wide lines is read as two
columns. A table whose labels lie left of the gutter and whose figures lie right of it is read row by row
even inside such a stretch: a full-width table above two columns of prose leaves only its header row
crossing the gutter.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from extract.page_lines import Line

PROSE_SHARE = 0.25  # a line wider than this share of the page is prose, not a table cell or a heading
_COLUMN_SHARE = 0.55  # of the text area's width: a line no wider may be a column's
_ROW_TOLERANCE = 3.0  # points between the tops of lines of one table row
_MIN_TABLE_ROWS = 2
_ENDS_IN_NUMBER = re.compile(r"\d\s*[)−–-]?\s*$")  # "3 900", "(4 100)", "8 400-"
# one table cell's figure, or a dash; a deficit in brackets or with a trailing minus: "(4 100)", "3 900-"
_FIGURE = re.compile(r"\(?[−–+-]?\s?\d[\d\s\u00a0]*([,.]\d+)?\s?%?\)?[−–-]?|[−–-]")


def _gutter(lines: list[Line]) -> float:
    """The x in the middle of the text area that the fewest lines of words no wider than a column cross (the gap
    between columns): a full-width table's column of figures over two columns of prose may lie in the gutter, and
    the short last line of a full-width paragraph, or a title, may end anywhere in it."""
    left, right = min(ln.bbox[0] for ln in lines), max(ln.bbox[2] for ln in lines)
    worded = [ln for ln in lines if not _FIGURE.fullmatch(ln.text.strip())] or lines
    worded = [ln for ln in worded if ln.bbox[2] - ln.bbox[0] <= _COLUMN_SHARE * (right - left)] or worded
    starts = sorted(ln.bbox[0] for ln in worded)
    ends = sorted(ln.bbox[2] for ln in worded)
    centre, span = (left + right) / 2, right - left
    best, best_key = centre, (len(lines) + 1, 0.0)
    x = centre - span * 0.2
    while x <= centre + span * 0.2:
        crossing = bisect_left(starts, x) - bisect_right(ends, x)  # started before x and not yet ended
        key = (crossing, abs(x - centre))
        if key < best_key:
            best, best_key = x, key
        x += 2.0
    return best


def _right_edge(lines: list[Line], mid: float) -> float | None:
    """The left edge of a right column that the gutter cuts through, or None: a short two-column stretch below a
    wide table puts the fewest crossings inside the right column, whose lines (three or more, on one left edge
    well right of the page's) would each be read as a full-width line between the left column's."""
    left = min(ln.bbox[0] for ln in lines)
    span = max(ln.bbox[2] for ln in lines) - left
    cut = [
        ln.bbox[0]
        for ln in lines
        if ln.bbox[0] < mid - 1 < mid + 1 < ln.bbox[2] and ln.bbox[0] > left + span / 4
    ]
    edge = max(cut, key=lambda x: sum(abs(e - x) <= 2.0 for e in cut), default=None)
    return edge if edge is not None and sum(abs(e - edge) <= 2.0 for e in cut) >= 3 else None


def _short_column(lines: list[Line]) -> bool:
    """A short column of prose: three lines of words or more on one left edge, none ending in a figure (the end
    of a paragraph run on from the left column, a heading and a short paragraph under it)."""
    worded = [ln for ln in lines if len(ln.text.split()) >= 3 and not _ENDS_IN_NUMBER.search(ln.text)]
    return len(worded) >= 3 and max(ln.bbox[0] for ln in worded) - min(ln.bbox[0] for ln in worded) <= 2.0


def _run_on_word(left: list[Line], right: list[Line], width: float) -> bool:
    """The last word or two of the left column's last paragraph carried to the top of the right column
    ("vakanser."): the right side's only line of words, in lower case, ending a sentence, level with a line of
    the left column (a page number beside the footer aside)."""
    prose = [ln for ln in left if ln.bbox[2] - ln.bbox[0] > width * PROSE_SHARE]
    if not prose:
        return False
    foot = max(ln.bbox[3] for ln in prose)  # a footer's "Sida 1" below the column's foot is none of its text
    worded = [ln for ln in right if any(c.isalpha() for c in ln.text) and ln.bbox[1] <= foot]
    if len(worded) != 1:
        return False
    text = worded[0].text.strip()
    return (
        text[:1].islower()
        and text.endswith(".")
        and any(abs(ln.bbox[1] - worded[0].bbox[1]) <= _ROW_TOLERANCE for ln in left)
    )


def _numbers_at_line_ends(lines: list[Line]) -> bool:
    return sum(1 for ln in lines if _ENDS_IN_NUMBER.search(ln.text)) * 2 >= len(lines)


def _rows(band: list[Line]) -> list[list[Line]]:
    """The band's lines (sorted top to bottom) in rows whose tops lie within a few points of each other."""
    rows: list[list[Line]] = []
    for line in band:
        if rows and line.bbox[1] - rows[-1][0].bbox[1] <= _ROW_TOLERANCE:
            rows[-1].append(line)
        else:
            rows.append([line])
    return rows


def _table_row(row: list[Line], mid: float, width: float) -> float | None:
    """A label left of the gutter with only figures right of it: "Tågtrafik | −412 | −419 | −7", or with a comment
    after the figures: "Hemtjänst | 412 600 | 421 000 | −8 400 | Beviljade hemtjänsttimmar har ökat med 9". The
    comment's left edge (the row's right end when it has none), or None for no table row."""
    left = [ln for ln in row if ln.bbox[0] < mid]
    right = [ln for ln in row if ln.bbox[0] >= mid]
    if not left or not right or any(ln.bbox[2] - ln.bbox[0] > width * PROSE_SHARE for ln in left):
        return None
    figures = [ln for ln in right if _FIGURE.fullmatch(ln.text.strip())]
    comments = [ln for ln in right if not _FIGURE.fullmatch(ln.text.strip())]
    if not figures or len(comments) > 1 or any(c.bbox[0] < max(f.bbox[2] for f in figures) for c in comments):
        return None
    return comments[0].bbox[0] if comments else max(ln.bbox[2] for ln in right)


def _stretches(band: list[Line], mid: float, width: float) -> list[tuple[bool, list[Line]]]:
    """The band cut into runs of table rows (at least two in a row) and what lies between them, top to
    bottom, each with whether it is a table. The lines a row's comment wraps onto, alone on its left edge,
    belong to its row."""
    rows = _rows(band)
    table = []
    comment: float | None = None  # the left edge of the last table row's comment
    for row in rows:
        edge = _table_row(row, mid, width)
        wraps = comment is not None and all(abs(ln.bbox[0] - comment) <= 2.0 for ln in row)
        table.append(edge is not None or wraps)
        comment = edge if edge is not None else comment if wraps else None
    runs: list[tuple[bool, list[Line]]] = []
    i = 0
    while i < len(rows):
        j = i
        while j < len(rows) and table[j] == table[i]:
            j += 1
        is_table = table[i] and j - i >= _MIN_TABLE_ROWS
        lines = [ln for row in rows[i:j] for ln in row]
        if runs and not is_table and not runs[-1][0]:
            runs[-1][1].extend(lines)  # a lone table-like row stays with the text around it
        else:
            runs.append((is_table, lines))
        i = j
    return runs


def reading_order(lines: list[Line], width: float) -> list[Line]:
    """The page's lines in reading order (see the module's docstring)."""
    if not lines:
        return []
    mid = _gutter(lines)
    edge = _right_edge(lines, mid)

    def on_right(ln: Line) -> bool:  # right of the gutter, or on the left edge of a right column it cuts
        return ln.bbox[0] >= mid or (edge is not None and abs(ln.bbox[0] - edge) <= 2.0)

    ordered: list[Line] = []
    band: list[Line] = []

    def wide(col: list[Line]) -> list[Line]:
        return [ln for ln in col if ln.bbox[2] - ln.bbox[0] > width * PROSE_SHARE]

    def prose(col: list[Line]) -> int:
        return len(wide(col))

    def two_columns(left: list[Line], right: list[Line]) -> bool:
        """Prose on both sides; a single prose line on the right counts when it stands level with prose on
        the left: a paragraph run on from the foot of the left column ("… lägre intäkter från" |
        "livsmedelskontrollen, då två …"), which read row by row would interleave the two."""
        if prose(left) < 2:
            return False
        beside = wide(right)
        tops = [ln.bbox[1] for ln in wide(left)]
        return (
            len(beside) >= 2
            or any(abs(ln.bbox[1] - top) <= _ROW_TOLERANCE for ln in beside for top in tops)
            or _short_column(right)
            or _run_on_word(left, right, width)
        )

    def by_rows(part: list[Line]) -> list[Line]:
        return sorted(part, key=lambda ln: (round(ln.bbox[1]), ln.bbox[0]))

    def columns(part: list[Line]) -> list[Line]:
        # every line to one side: a line may end a point past the gutter without crossing it
        left = [ln for ln in part if not on_right(ln)]
        right = [ln for ln in part if on_right(ln)]
        # a table with a text column ("… | Avvikelse | Kommentar") is not two columns: its left rows end in numbers
        if two_columns(left, right) and not _numbers_at_line_ends(left):
            return sorted(left, key=lambda ln: (ln.bbox[1], ln.bbox[0])) + sorted(
                right, key=lambda ln: (ln.bbox[1], ln.bbox[0])
            )
        return by_rows(part)

    def flush() -> None:
        if not band:
            return
        if not two_columns([ln for ln in band if not on_right(ln)], [ln for ln in band if on_right(ln)]):
            ordered.extend(by_rows(band))  # one column (or a table): no stretch of it is two columns
        else:
            for is_table, part in _stretches(band, mid, width):
                ordered.extend(by_rows(part) if is_table else columns(part))
        band.clear()

    crossed = float("-inf")  # the top of the last line that crossed the gutter
    for line in sorted(lines, key=lambda ln: (ln.bbox[1], ln.bbox[0])):
        if line.bbox[0] < mid - 1 and line.bbox[2] > mid + 1 and not on_right(line):
            flush()
            ordered.append(line)
            crossed = line.bbox[1]
        elif line.bbox[1] - crossed <= _ROW_TOLERANCE and not band:
            # the rest of a row that crosses the gutter ("Summa | 1 113,6 | 949,3 | −7,4")
            ordered.append(line)
        else:
            band.append(line)
    flush()
    return ordered
