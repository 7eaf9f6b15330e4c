"""Headings from font size and weight (not from a fixed list), and paragraphs that know their heading.

Headings are rows set larger than the body text, or bold at body size, or italic (a little larger, or at
body size where the line stands alone over roman text), short and without a final full stop. Their levels are the ranks of their sizes. Paragraphs are consecutive prose rows; a
bullet list that follows a paragraph stays with it; hyphenated line breaks are joined.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace

from extract.layout import BULLET_RE, Row, body_font_size
from extract.types import BBox, Section

_SENTENCE_END = re.compile(r"[.!?:]\s*$")
_LETTER = re.compile(r"[A-Za-zÅÄÖåäö]")
_HYPHENATED = re.compile(r"[a-zåäö]-$")
_WHITESPACE = re.compile(r"\s+")
_BULLET_SPACING = re.compile(r"\s*•\s+")
_HYPHEN_KEEP = {"och", "eller", "samt", "till", "som"}


@dataclass(frozen=True)
class Paragraph:
    text: str
    headings: tuple[str, ...]  # the heading path, outermost first
    page: int
    bbox: BBox  # lines on the first page
    boxes: tuple[tuple[int, BBox], ...]  # (page, bbox) of every row
    bullets: int
    comment: bool = False  # a table's comment cell, under its row's label (extract.comment_tables)


# a sentence ends and the next goes on, on one line: a run-in label in bold and its text ("Arbetsmarknadsenheten:
# −1,6 mnkr (−1,2). Ersättningen från …"), never a heading ("Bilaga 1. Driftredovisning" ends at a number)
_SENTENCE_GOES_ON = re.compile(r"(?<=[a-zåäö)])[.!?]\s+[A-ZÅÄÖ][a-zåäö]+\s+\w")


def _is_heading(row: Row, body: float) -> bool:
    text = row.text.strip()
    if len(text) > 90 or len(text) < 2 or row.is_bullet or text.endswith((".", ",", ";")):
        return False
    if not _LETTER.search(text) or _SENTENCE_GOES_ON.search(text):
        return False
    larger = row.size >= body + 0.9
    bold_body = row.bold and row.size >= body - 0.6
    italic_larger = row.italic and row.size >= body + 0.4  # "Fritidsgårdar och ungdom" in italic, 10.5 on 10
    return larger or bold_body or italic_larger


# a caption or a note in italics, not a heading: "Tabell 2. Resande …", "Källa: SCB"
_CAPTION = re.compile(r"(Tabell|Tab\.|Figur|Diagram|Bild|Graf|Källa|Not|Anm)\b", re.IGNORECASE)


def _italic_subheading(rows: list[Row], i: int, body: float, after_heading: bool) -> bool:
    """An italic line at the body's size that names what follows ("Parker, lokalvård, flygplats och
    administration" over a paragraph in roman): short, without a figure or a final stop, standing alone (the
    line before ends a sentence or is a heading) and followed by roman text; not a caption."""
    row, text = rows[i], rows[i].text.strip()
    if row.bold or abs(row.size - body) > 0.6 or len(text) > 60 or _CAPTION.match(text):
        return False
    if any(c.isdigit() for c in text) or not _is_heading(replace(row, bold=True), body):
        return False
    following = rows[i + 1] if i + 1 < len(rows) else None
    if following is None or following.italic or following.page != row.page:
        return False
    before = rows[i - 1] if i > 0 else None
    return (
        before is None
        or after_heading
        or before.page != row.page
        or _SENTENCE_END.search(before.text) is not None
    )


def heading_levels(headings: Iterable[Row]) -> dict[float, int]:
    sizes = sorted({round(r.size) for r in headings}, reverse=True)
    return {s: i + 1 for i, s in enumerate(sizes)}


def join_lines(parts: list[str]) -> str:
    """Join text lines, mending hyphenated breaks ("kost-" + "naderna" -> "kostnaderna")."""
    text = ""
    for part in parts:
        part = part.strip()
        if not text:
            text = part
            continue
        if _HYPHENATED.search(text[-2:]) and part[:1].islower():  # the tail only: paragraphs grow long
            first = part.split()[0].strip(",.")
            text = text + " " + part if first in _HYPHEN_KEEP else text[:-1] + part
        else:
            text = text + " " + part
    if text.isprintable() and "  " not in text:  # no whitespace but single spaces: nothing to squeeze
        return text.strip()
    return _WHITESPACE.sub(" ", text).strip()


def _union(boxes: list[BBox]) -> BBox:
    x0, y0, x1, y1 = zip(*boxes, strict=True)
    return (min(x0), min(y0), max(x1), max(y1))


def build_paragraphs(rows: list[Row]) -> tuple[list[Paragraph], list[Section]]:
    """Paragraphs (prose only: pass rows without tables and running headers) and the section outline."""
    body = body_font_size(r for r in rows if len(r.text) > 40)
    leading = _typical_gap(rows)
    is_heading = [_is_heading(row, body) for row in rows]
    for i, row in enumerate(rows):
        if (
            not is_heading[i]
            and row.italic
            and _italic_subheading(rows, i, body, i > 0 and is_heading[i - 1])
        ):
            is_heading[i] = True
    for i in range(len(rows) - 1):
        if is_heading[i] and _runs_on(rows[i], rows[i + 1], body):
            is_heading[i] = False
    levels = heading_levels(row for row, heading in zip(rows, is_heading, strict=True) if heading)
    path: list[tuple[int, str]] = []
    paragraphs: list[Paragraph] = []
    sections: list[Section] = []
    owners: list[int] = []  # per paragraph: the index of the section it stands under (-1: before any)
    current: list[Row] = []

    def flush() -> None:
        if not current:
            return
        first_page = current[0].page
        texts = [BULLET_RE.sub("• ", r.text) if r.is_bullet else r.text for r in current]
        merged: list[str] = []
        for row, text in zip(current, texts, strict=True):
            if row.is_bullet and merged:
                merged.append("\n" + text)
            else:
                merged.append(text)
        text = join_lines(merged).replace(" \n", "\n").replace("\n ", "\n")
        if "•" in text:
            text = _BULLET_SPACING.sub("\n• ", text)
        text = text.strip()
        paragraphs.append(
            Paragraph(
                text=text,
                headings=tuple(h for _, h in path),
                page=first_page,
                bbox=_union([r.bbox for r in current if r.page == first_page]),
                boxes=tuple((r.page, r.bbox) for r in current),
                bullets=sum(r.is_bullet for r in current),
            )
        )
        owners.append(len(sections) - 1)
        current.clear()

    previous_heading: Row | None = None
    for row, heading in zip(rows, is_heading, strict=True):
        if heading:
            flush()
            if previous_heading is not None and _continues_heading(previous_heading, row):
                merged = join_lines([path[-1][1], row.text])
                path[-1] = (path[-1][0], merged)
                sections[-1] = Section(merged, sections[-1].level, sections[-1].page_start, row.page, "")
                previous_heading = row
                continue
            previous_heading = row
            level = levels.get(round(row.size), len(levels) + 1)
            while path and path[-1][0] >= level:
                path.pop()
            path.append((level, row.text.strip()))
            sections.append(Section(row.text.strip(), level, row.page, row.page, ""))
            continue
        previous_heading = None
        if current and _breaks_paragraph(current[-1], row, leading):
            flush()
        current.append(row)
    flush()
    return paragraphs, _fill_sections(sections, paragraphs, owners)


def _typical_gap(rows: list[Row]) -> float:
    """The usual space between two lines of one paragraph (the median gap after lines ending mid-sentence)."""
    gaps = sorted(
        b.bbox[1] - a.bbox[3]
        for a, b in zip(rows, rows[1:], strict=False)
        if a.page == b.page
        and a.size == b.size
        and -2 < b.bbox[1] - a.bbox[3] < a.size * 2
        and not _SENTENCE_END.search(a.text)  # a line that does not end a sentence continues its paragraph
    )
    return gaps[len(gaps) // 2] if gaps else 2.0


def _runs_on(row: Row, after: Row, body: float) -> bool:
    """A bold line at the body's size whose sentence runs on into the line below it, in the body's weight and
    lower case ("Miljö- och byggnadsnämnden väntas överskrida budget" / "med 0,3 mnkr till följd av …"): the
    bold opening of a paragraph, not a heading."""
    return (
        row.size < body + 0.9
        and after.page == row.page
        and not after.bold
        # or a bold label that wraps after its "och" ("Kultur- och fritidsnämnden och" / "Stadsbyggnadsnämnden redovisar …")
        and (after.text[:1].islower() or _ENDS_ON_A_JOIN.search(row.text.strip()) is not None)
        and 0 <= after.bbox[1] - row.bbox[3] < row.size * 0.6
    )


_ENDS_ON_A_JOIN = re.compile(r"\s(?:och|samt|eller)$")


def _continues_heading(prev: Row, row: Row) -> bool:
    """A heading wrapped over two lines: same size and weight, directly below."""
    gap = row.bbox[1] - prev.bbox[3]
    return (
        prev.page == row.page
        and prev.size == row.size
        and prev.bold == row.bold
        and 0 <= gap < prev.size * 0.6
    )


def _breaks_paragraph(prev: Row, row: Row, leading: float) -> bool:
    if row.is_bullet:
        # a bullet list continues the paragraph that introduces it
        return not (prev.is_bullet or _SENTENCE_END.search(prev.text) or prev.text.endswith(":"))
    if prev.page != row.page:
        return _SENTENCE_END.search(prev.text) is not None and not prev.is_bullet
    line_height = max(prev.bbox[3] - prev.bbox[1], 1.0)
    gap = row.bbox[1] - prev.bbox[3]
    if gap < -line_height * 3 and row.bbox[0] > prev.bbox[0] + line_height and row.text[:1].islower():
        # the top of the next column, as at a page break: a sentence cut at the column's foot goes on
        # ("… och en landskapsarkitekt," | "ger ett överskott.")
        return _SENTENCE_END.search(prev.text) is not None or abs(row.size - prev.size) > 1.0
    if gap > max(line_height * 0.3, leading + line_height * 0.35) or gap < -line_height * 3:
        return True
    if prev.is_bullet and not row.is_bullet:
        # the wrapped line of a bullet is indented like the bullet's text; prose after the list is not
        return row.bbox[0] < prev.bbox[0] + 4
    return abs(row.size - prev.size) > 1.0


def _fill_sections(sections: list[Section], paragraphs: list[Paragraph], owners: list[int]) -> list[Section]:
    """Each section holds the paragraphs under it, up to the next heading: a heading repeated under
    every area ("Kommentar", "Åtgärder") holds its own paragraphs each time."""
    own: list[list[Paragraph]] = [[] for _ in sections]
    for paragraph, owner in zip(paragraphs, owners, strict=True):
        if owner >= 0:
            own[owner].append(paragraph)
    return [
        Section(
            section.heading,
            section.level,
            section.page_start,
            max((p.page for p in mine), default=section.page_end),
            "\n\n".join(p.text for p in mine),
        )
        for section, mine in zip(sections, own, strict=True)
    ]
