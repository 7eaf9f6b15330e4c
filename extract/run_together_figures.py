"""Cells of figures printed too close to be told apart ("-27 251 -26 380"): where each figure begins and ends,
and the table row with such a cell split into one cell per figure."""

from __future__ import annotations

import re

from extract.layout import Row
from extract.numbers import MINUS, SPACES
from extract.types import BBox

_TOKEN = re.compile(r"\S+")
_NUMBER_RUN = re.compile(rf"[{MINUS}+]?\s?\d[\d{SPACES},{MINUS}+]*\s[\d{SPACES},{MINUS}+]*\d")
_GROUP = re.compile(r"\d{3}(,\d+)?")
_PIECE = re.compile(r"\d+(,\d+)?|,\d+")


def split_numbers(text: str) -> list[tuple[int, int]] | None:
    """Where the numbers of cells printed too close to be told apart begin and end: "-27 251 -26 380" ->
    "-27 251" and "-26 380", "18 349 17 453" -> "18 349" and "17 453" (a group of other than three digits,
    a sign or a number with decimals before it starts a new number). None unless it holds two or more."""
    spans: list[tuple[int, int]] = []
    sign_at: int | None = None
    for token in _TOKEN.finditer(text):
        word = token.group()
        if word in MINUS or word == "+":  # "- 1 129,5": the sign stands apart
            sign_at = token.start()
            continue
        signed = word[0] in MINUS or word[0] == "+"
        body = word[1:] if signed else word
        if not _PIECE.fullmatch(body):
            return None
        last = text[spans[-1][0] : spans[-1][1]] if spans else ""
        if spans and sign_at is None and not signed and _GROUP.fullmatch(body) and "," not in last:
            spans[-1] = (spans[-1][0], token.end())  # a thousands group of the number before
        else:
            spans.append((token.start() if sign_at is None else sign_at, token.end()))
        sign_at = None
    return spans if len(spans) >= 2 and sign_at is None else None


def numbers_apart(row: Row) -> Row:
    """The row with a cell of several run-together numbers split into one cell each, placed along the
    cell by their characters (right-aligned columns keep their right edges)."""
    if len(row.cells) < 2 or all(v is not None for v in row.numbers[1:]):
        return row
    cells: list[str] = [row.cells[0]]
    boxes: list[BBox] = [row.cell_boxes[0]]
    changed = False
    for cell, box, value in zip(row.cells[1:], row.cell_boxes[1:], row.numbers[1:], strict=True):
        spans = split_numbers(cell) if value is None and _NUMBER_RUN.fullmatch(cell) else None
        if spans is None:
            cells.append(cell)
            boxes.append(box)
            continue
        changed = True
        width = (box[2] - box[0]) / max(len(cell), 1)
        for start, end in spans:
            cells.append(cell[start:end])
            boxes.append((box[0] + width * start, box[1], box[0] + width * end, box[3]))
    return Row(row.page, tuple(cells), tuple(boxes), row.size, row.bold) if changed else row
