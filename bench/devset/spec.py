"""The data model of the synthetic reports: blocks to lay out, the labels they carry, page styles.

Content modules build ``ReportSpec`` objects from these; ``layout.Composer`` draws them. Helper
constructors keep the report texts short: ``P("text", cause("Area", mnkr(-3.4)))``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Label:
    kind: str
    area: str | None
    direction: str | None
    amount_sek: float | None
    # Optional fields of the shared label format (data/labelled/corpus/*/gold); defaults keep old callers.
    tags: tuple[str, ...] = ()
    boilerplate: bool = False
    amount_text: str | None = None
    amount_source: str | None = None  # "prose" | "table" | None
    note: str | None = None
    also: tuple[Label, ...] = ()  # further items with the same text (one sentence, two areas and amounts)


# ---- blocks -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Title:
    text: str
    size: float = 18.0
    font: str = "bold"
    after: float = 10.0


@dataclass(frozen=True)
class Heading:
    text: str
    level: int = 2


@dataclass(frozen=True)
class Para:
    """A paragraph; ``segments`` are (text, label) pieces joined by a space (one label per sentence)."""

    segments: tuple[tuple[str, Label | None], ...]
    size: float | None = None
    font: str = "body"
    head: str | None = None  # a heading line drawn above ("Förskola + 6 239 tkr"), part of the first item
    head_level: int = 3
    lead: str | None = None  # bold run-in words that open the first line ("Hemtjänst:"), part of the item


@dataclass(frozen=True)
class Bullets:
    items: tuple[str, ...]
    labels: tuple[Label | None, ...] = ()  # one per item (each item its own explanation)
    continues: bool = False  # the list continues the previous labelled paragraph
    glyph: str = "•"


@dataclass(frozen=True)
class Table:
    header: tuple[tuple[str, ...], ...]  # header lines, one cell per column
    rows: tuple[tuple[str, ...], ...]
    widths: tuple[float, ...]  # column widths in points; the first column is the label
    bold_rows: frozenset[int] = frozenset()
    rules: bool = False
    size: float = 8.5
    caption: str | None = None
    shade: tuple[float, float, float] | None = None  # fill behind the header lines
    grid: bool = False  # a thin rule under every row
    as_image: bool = False  # pasted as a picture: drawn, then inserted as an image with no text layer


@dataclass(frozen=True)
class CommentTable:
    """A table whose last column is prose: each row's comment, wrapped in its cell, explains the row."""

    header: tuple[str, ...]  # one name per column; the last names the comment column
    rows: tuple[tuple[tuple[str, ...], str, Label | None], ...]  # (label and numbers, comment, gold label)
    widths: tuple[float, ...]  # the label and number columns; the comment takes the rest of the width
    size: float = 8.5


@dataclass(frozen=True)
class Columns:
    count: int


@dataclass(frozen=True)
class PageBreak:
    pass


@dataclass(frozen=True)
class Space:
    height: float


Block = Title | Heading | Para | Bullets | Table | CommentTable | Columns | PageBreak | Space


@dataclass(frozen=True)
class Style:
    body: str = "sans"
    bold: str = "sans-bold"
    italic: str = "sans-italic"
    size: float = 10.0
    leading: float = 1.38
    para_gap: float = 6.0
    heading_sizes: tuple[float, ...] = (15.0, 12.0, 10.5)
    heading_fonts: tuple[str, ...] = ("bold", "bold", "bold")
    margins: tuple[float, float, float, float] = (62.0, 70.0, 62.0, 72.0)  # left, top, right, bottom
    gutter: float = 22.0
    header: Callable[[int, int], tuple[str, str]] | None = None  # page, pages -> (left, right)
    footer: Callable[[int, int], tuple[str, str, str]] | None = None  # -> (left, centre, right)
    header_size: float = 8.0
    rule_under_header: bool = False
    hyphenate: bool = False  # split long words at syllables at line ends, as a word processor would


@dataclass(frozen=True)
class ReportSpec:
    file: str
    report: dict[str, Any]  # the contract's ``report`` object
    metadata: dict[str, str]  # PDF metadata (title, author)
    style: Style
    blocks: list[Block] = field(default_factory=list)


# ---- helpers for the content modules -------------------------------------------------------------


def mnkr(value: float) -> float:
    return float(round(value * 1_000_000))


def tkr(value: float) -> float:
    return float(round(value * 1_000))


def _direction(amount: float | None, direction: str | None) -> str | None:
    if direction or amount is None or amount == 0:
        return direction
    return "negative" if amount < 0 else "positive"


def cause(area: str | None, amount: float | None = None, direction: str | None = None) -> Label:
    return Label("cause", area, _direction(amount, direction), amount)


def change(area: str | None, amount: float | None = None, direction: str | None = None) -> Label:
    return Label("forecast_change", area, _direction(amount, direction), amount)


def action(area: str | None = None) -> Label:
    return Label("action", area, None, None)


def other(area: str | None = None, direction: str | None = None, amount: float | None = None) -> Label:
    return Label("other", area, _direction(amount, direction), amount)


def in_balance(area: str | None = None, direction: str | None = None) -> Label:
    """'i balans', 'ingen avvikelse' with no cause: kind cause, boilerplate (labelled, never scored)."""
    return Label("cause", area, direction, None, boilerplate=True)


def no_change(area: str | None = None) -> Label:
    """'Ingen förändring i jämförelse med aprilprognosen': kind forecast_change, boilerplate."""
    return Label("forecast_change", area, None, None, boilerplate=True)


def P(text: str, label: Label | None = None, size: float | None = None) -> Para:  # noqa: N802
    return Para(((text, label),), size=size)


def PS(*segments: tuple[str, Label | None]) -> Para:  # noqa: N802
    """A paragraph of several sentences, each with its own label (or None)."""
    return Para(tuple(segments))


def H(text: str, level: int = 2) -> Heading:  # noqa: N802
    return Heading(text, level)
