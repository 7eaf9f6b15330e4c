"""Tables whose last column is prose: "Verksamhet | Budget | Prognos | Avvikelse | Kommentar".

Many reports explain each row's deviation in a comment cell beside its numbers instead of under a
heading. Such rows are neither number rows (the comment is text) nor prose (the numbers sit in
columns), so they are read here: the numbers become a table row like any other, and the comment,
with its wrapped lines below, becomes a paragraph under the row's label, so the explanation gets the
row's area and, when its text states no amount, the row's deviation.
"""

from __future__ import annotations

import re

from extract.layout import Row
from extract.sections import Paragraph, join_lines
from extract.tables import Table, build_table, header_above

_ALIGN = 8.0  # points: a wrapped comment line starts where the comment cell starts


# a label may end in an abbreviated word: "Nämnd och central adm.", "Gemensam verks."
_ABBREVIATED_END = re.compile(r"\s[a-zåäö]{2,5}\.$")


def _is_label(cell: str, value: float | None) -> bool:
    text = cell.rstrip()
    sentence = text.endswith(":") or (text.endswith(".") and _ABBREVIATED_END.search(text) is None)
    return value is None and 2 <= len(cell) <= 60 and not sentence


def _is_comment_row(row: Row, words: int = 3) -> bool:
    """A label, one or more numbers and a comment of a few words (at least ``words``), in that order."""
    if len(row.cells) < 3 or not _is_label(row.cells[0], row.numbers[0]) or row.numbers[-1] is not None:
        return False
    middle = zip(row.cells[1:-1], row.numbers[1:-1], strict=True)
    if not all(v is not None or c.strip() in {"-", "–", "−"} for c, v in middle):
        return False
    return any(v is not None for v in row.numbers[1:-1]) and len(row.cells[-1].split()) >= words


def _is_number_row(row: Row, comment_x: float) -> bool:
    """A row of the same table without a comment ("Summa"): a label, then numbers left of the comments."""
    return (
        len(row.cells) >= 2
        and _is_label(row.cells[0], row.numbers[0])
        and all(v is not None for v in row.numbers[1:])
        and row.cell_boxes[-1][2] < comment_x
    )


def _continues(row: Row, comment_x: float, page: int) -> bool:
    """A wrapped line of the comment above: one cell, no number, starting under the comment."""
    return (
        row.page == page
        and len(row.cells) == 1
        and row.numbers[0] is None
        and abs(row.cell_boxes[0][0] - comment_x) <= _ALIGN
    )


def _without_comment(row: Row, comment_x: float) -> Row:
    keep = [i for i, box in enumerate(row.cell_boxes) if box[0] < comment_x - _ALIGN / 2]
    return Row(
        row.page,
        tuple(row.cells[i] for i in keep) or ("",),
        tuple(row.cell_boxes[i] for i in keep) or (row.bbox,),
        row.size,
        row.bold,
    )


def find_comment_tables(rows: list[Row]) -> tuple[list[Table], list[Paragraph], set[int]]:
    """Tables of a page's rows whose last column is a comment (at least two such rows in a run; rows
    of numbers without a comment, such as the total, belong to them too), their comments as paragraphs
    under the row's label, and the indexes of the rows they consumed."""
    tables: list[Table] = []
    comments: list[Paragraph] = []
    used: set[int] = set()
    i = 0
    while i < len(rows):
        # a first comment of a word or two opens the table when its cell wraps onto the next line
        # ("Vinterväghållningen kostade" | "betydligt mer än budgeterat …")
        wraps = (
            i + 1 < len(rows)
            and _is_comment_row(rows[i], 1)
            and _continues(rows[i + 1], rows[i].cell_boxes[-1][0], rows[i].page)
        )
        if not (_is_comment_row(rows[i]) or wraps):
            i += 1
            continue
        comment_x = rows[i].cell_boxes[-1][0]
        runs: list[list[int]] = []  # per table row: its own index, then its wrapped comment lines
        j = i
        while j < len(rows) and rows[j].page == rows[i].page:
            # inside the table a comment may be short: "Ingen avvikelse."
            aligned = _is_comment_row(rows[j], 1) and abs(rows[j].cell_boxes[-1][0] - comment_x) <= _ALIGN
            if aligned or _is_number_row(rows[j], comment_x):
                runs.append([j])
            elif runs and _continues(rows[j], comment_x, rows[i].page):
                runs[-1].append(j)
            else:
                break
            j += 1
        commented = {run[0] for run in runs if _is_comment_row(rows[run[0]], 1)}
        if len(commented) < 2:
            i = j
            continue
        header_idx, caption = header_above(rows, i)
        number_rows = [_without_comment(rows[run[0]], comment_x) for run in runs]
        table = build_table(
            [_without_comment(rows[k], comment_x) for k in header_idx],
            number_rows,
            number_rows,
            rows[caption].text if caption >= 0 else "",
            min_columns=1,
        )
        if table is not None:
            tables.append(table)
            for run, table_row in zip(runs, table.rows, strict=True):
                if run[0] not in commented:
                    continue
                first = rows[run[0]]
                text = join_lines([first.cells[-1], *(rows[k].text for k in run[1:])])
                boxes = [first.cell_boxes[-1], *(rows[k].bbox for k in run[1:])]
                bbox = (min(b[0] for b in boxes), boxes[0][1], max(b[2] for b in boxes), boxes[-1][3])
                pages = tuple((first.page, box) for box in boxes)
                comments.append(Paragraph(text, (table_row.label,), first.page, bbox, pages, 0, comment=True))
            used.update(header_idx)
            used.update(k for run in runs for k in run)
        i = j
    return tables, comments, used
