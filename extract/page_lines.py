"""What a PDF page reads as: lines with font size, weight and place, and the page that holds them.

Shared by the text-layer reader (``extract.pdf``) and OCR (``extract.ocr``), so neither imports the other
for its types.
"""

from __future__ import annotations

from dataclasses import dataclass

from extract.types import BBox

# how a bold run-in label ends before the text in the body's weight: "Barn och unga:", "Stadsbadet.",
# "Barn och familj –"
RUN_IN_ENDS = (":", ".", " –", " —", " -")


@dataclass(slots=True)  # not frozen: a page makes hundreds, and a frozen init costs twice as much
class Line:
    page: int  # 1-based
    text: str
    bbox: BBox
    size: float
    bold: bool
    cells: tuple[tuple[str, BBox], ...] = ()  # parts separated by wide gaps (table columns)
    italic: bool = False


@dataclass(frozen=True)
class Page:
    number: int  # 1-based
    width: float
    height: float
    lines: tuple[Line, ...]
    header_lines: tuple[Line, ...] = ()
    ocr: bool = False
