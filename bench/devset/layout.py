"""A small page composer for the synthetic development reports (pymupdf only).

It lays out headings, paragraphs, bullet lists and whitespace-aligned tables on A4 pages, in one or
two columns, with page headers and footers, and records where each labelled passage landed, so the
gold labels are written from the same strings and rectangles that were drawn.

Paragraph text may carry ``~`` at allowed hyphenation points ("personal~kostnader"): when such a word
does not fit at the end of a line it is split there with a hyphen. The gold text never has the marker.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

import pymupdf
from fonts import A4, font_path, syllable_marks
from spec import (
    Block,
    Bullets,
    Columns,
    CommentTable,
    Heading,
    Label,
    PageBreak,
    Para,
    Space,
    Style,
    Table,
    Title,
)


@dataclass
class _Span:
    label: Label
    texts: list[str] = field(default_factory=list)
    page: int = 0
    rects: list[tuple[float, float, float, float]] = field(default_factory=list)


class Composer:
    def __init__(self, style: Style) -> None:
        self.style = style
        self.doc = pymupdf.open()
        self.fonts: dict[str, pymupdf.Font] = {}
        self.gold: list[_Span] = []
        self.open_span: _Span | None = None
        self.page: pymupdf.Page | None = None
        self.columns = 1
        self.col = 0
        self.col_top = 0.0
        self.y = 0.0

    # ---- geometry -------------------------------------------------------------------------------
    @property
    def left(self) -> float:
        width = self.content_width
        return self.style.margins[0] + self.col * (width + self.style.gutter)

    @property
    def content_width(self) -> float:
        full = A4[0] - self.style.margins[0] - self.style.margins[2]
        return (full - (self.columns - 1) * self.style.gutter) / self.columns

    @property
    def bottom(self) -> float:
        return A4[1] - self.style.margins[3]

    def _font_key(self, role: str) -> str:
        return {"body": self.style.body, "bold": self.style.bold, "italic": self.style.italic}.get(role, role)

    def font(self, role: str) -> pymupdf.Font:
        key = self._font_key(role)
        if key not in self.fonts:
            self.fonts[key] = pymupdf.Font(fontfile=font_path(key))
        return self.fonts[key]

    def text(
        self, x: float, y: float, s: str, role: str, size: float, color: Sequence[float] = (0, 0, 0)
    ) -> None:
        assert self.page is not None
        key = self._font_key(role)
        self.page.insert_text(
            (x, y), s, fontname=key.replace("-", ""), fontfile=font_path(key), fontsize=size, color=color
        )

    def width(self, s: str, role: str, size: float) -> float:
        return float(self.font(role).text_length(s, fontsize=size))

    def new_page(self) -> None:
        self.page = self.doc.new_page(width=A4[0], height=A4[1])
        self.col = 0
        self.col_top = self.style.margins[1]
        self.y = self.col_top

    def ensure(self, height: float) -> None:
        """Move to the next column or page unless ``height`` points fit below the cursor."""
        if self.page is None:
            self.new_page()
        if self.y + height <= self.bottom:
            return
        if self.col + 1 < self.columns:
            self.col += 1
            self.y = self.col_top
        else:
            self.new_page()

    # ---- blocks ---------------------------------------------------------------------------------
    def add(self, block: Block) -> None:
        if isinstance(block, Title):
            self._title(block)
        elif isinstance(block, Heading):
            self._heading(block)
        elif isinstance(block, Para):
            self._para(block)
        elif isinstance(block, Bullets):
            self._bullets(block)
        elif isinstance(block, Table):
            self._table(block)
        elif isinstance(block, CommentTable):
            self._comment_table(block)
        elif isinstance(block, Columns):
            self.ensure(0)
            self.columns, self.col, self.col_top = block.count, 0, self.y
        elif isinstance(block, PageBreak):
            self.new_page()
        elif isinstance(block, Space):
            self.ensure(0)
            self.y += block.height
        if not isinstance(block, Para | Bullets):
            self.open_span = None

    def _title(self, block: Title) -> None:
        self.ensure(block.size * 3)
        for line in self._wrap(block.text, block.font, block.size, self.content_width):
            self.y += block.size * 1.2
            self.text(self.left, self.y, line, block.font, block.size)
        self.y += block.after

    def _heading(self, block: Heading) -> None:
        size = self.style.heading_sizes[block.level - 1]
        role = self.style.heading_fonts[block.level - 1]
        self.ensure(size * 1.6 + self.style.size * self.style.leading * 3)
        self.y += size * 0.6 if self.y > self.col_top else 0
        self.y += size * 1.15
        self.text(self.left, self.y, block.text, role, size)
        self.y += size * 0.45
        self.open_span = None

    def _para(self, block: Para) -> None:
        size = block.size or self.style.size
        words: list[tuple[str, int]] = []
        for index, (text, _label) in enumerate(block.segments):
            words.extend((w, index) for w in text.split(" "))
        spans: list[_Span | None] = []
        for index, (text, label) in enumerate(block.segments):
            texts = [text.replace("~", "")]
            if index == 0 and block.lead:
                texts.insert(0, block.lead)
            if index == 0 and block.head:
                texts.insert(0, block.head)
            span = _Span(label, texts) if label else None
            spans.append(span)
            if span:
                self.gold.append(span)
        self.open_span = spans[-1]
        if block.head:
            self._para_head(block, size, spans[0])
        first_width = self.content_width
        if block.lead:
            words = [(block.lead, 0), *words]
            first_width -= self.width(block.lead, "bold", size) - self.width(block.lead, block.font, size)
        lines = self._wrap_words(words, block.font, size, self.content_width, first_width)
        self._draw_lines(lines, 0.0, block.font, size, spans, lead=block.lead)
        self.y += self.style.para_gap

    def _para_head(self, block: Para, size: float, span: _Span | None) -> None:
        """The heading line of a paragraph whose heading carries its area and amount."""
        head_size = self.style.heading_sizes[block.head_level - 1]
        role = self.style.heading_fonts[block.head_level - 1]
        assert block.head is not None
        self.ensure(head_size * 1.6 + size * self.style.leading * 2)
        self.y += head_size * 0.5 if self.y > self.col_top else 0
        self.y += head_size * 1.15
        self.text(self.left, self.y, block.head, role, head_size)
        if span is not None and self.page is not None:
            font = self.font(role)
            span.page = self.page.number + 1
            span.rects.append(
                (
                    self.left,
                    self.y - font.ascender * head_size,
                    self.left + self.width(block.head, role, head_size),
                    self.y - font.descender * head_size,
                )
            )
        self.y += head_size * 0.45

    def _bullets(self, block: Bullets) -> None:
        size = self.style.size
        indent = 13.0
        for i, item in enumerate(block.items):
            label = block.labels[i] if block.labels else None
            span = _Span(label, [f"{block.glyph} {item.replace('~', '')}"]) if label else None
            if span:
                self.gold.append(span)
            elif block.continues and self.open_span:
                span = self.open_span
                span.texts.append(f"{block.glyph} {item.replace('~', '')}")
            words = [(w, 0) for w in item.split(" ")]
            lines = self._wrap_words(words, "body", size, self.content_width - indent)
            self.ensure(size * self.style.leading)
            self.text(self.left + 2, self.y + size, block.glyph, "body", size)
            if span and self.page is not None and span.page in (0, self.page.number + 1):
                font = self.font("body")
                base = self.y + size
                span.page = self.page.number + 1
                span.rects.append(
                    (self.left + 2, base - font.ascender * size, self.left + 8, base - font.descender * size)
                )
            self._draw_lines(lines, indent, "body", size, [span])
            self.y += 2.0
        self.y += self.style.para_gap - 2.0
        if not block.continues:
            self.open_span = None

    def _draw_lines(
        self,
        lines: list[list[tuple[str, int]]],
        indent: float,
        role: str,
        size: float,
        spans: list[_Span | None],
        lead: str | None = None,
    ) -> None:
        step = size * self.style.leading
        for n, line in enumerate(lines):
            self.ensure(step)
            x0 = self.left + indent
            base = self.y + size
            s = " ".join(w for w, _ in line)
            if n == 0 and lead and s.startswith(lead):
                rest = s[len(lead) :].lstrip(" ")
                self.text(x0, base, lead, "bold", size)
                shift = self.width(lead, "bold", size) + self.width(" ", role, size)
                if rest:
                    self.text(x0 + shift, base, rest, role, size)
                width = shift + self.width(rest, role, size)
            else:
                self.text(x0, base, s, role, size)
                width = self.width(s, role, size)
            font = self.font(role)
            rect = (
                x0,
                base - font.ascender * size,
                x0 + width,
                base - font.descender * size,
            )
            assert self.page is not None
            for seg in sorted({i for _, i in line}):
                span = spans[seg] if seg < len(spans) else None
                if span is None:
                    continue
                if not span.rects:
                    span.page = self.page.number + 1
                if span.page == self.page.number + 1:
                    span.rects.append(rect)
            self.y += step

    def _wrap(self, text: str, role: str, size: float, width: float) -> list[str]:
        words = [(w, 0) for w in text.split(" ")]
        return [" ".join(w for w, _ in line) for line in self._wrap_words(words, role, size, width)]

    def _wrap_words(
        self,
        words: list[tuple[str, int]],
        role: str,
        size: float,
        full_width: float,
        first_width: float | None = None,
    ) -> list[list[tuple[str, int]]]:
        lines: list[list[tuple[str, int]]] = []
        line: list[tuple[str, int]] = []
        queue = list(words)
        while queue:
            width = first_width if first_width is not None and not lines else full_width
            word, seg = queue.pop(0)
            trial = " ".join([w for w, _ in line] + [word.replace("~", "")])
            if self.width(trial, role, size) <= width or not line:
                line.append((word.replace("~", ""), seg))
                continue
            cuts = [i for i, c in enumerate(word) if c == "~"]
            if not cuts and self.style.hyphenate:
                word = syllable_marks(word)
                cuts = [i for i, c in enumerate(word) if c == "~"]
            for cut in reversed(cuts):
                head = word[:cut].replace("~", "") + "-"
                if self.width(" ".join([w for w, _ in line] + [head]), role, size) <= width:
                    line.append((head, seg))
                    queue.insert(0, (word[cut + 1 :], seg))
                    break
            else:
                queue.insert(0, (word, seg))
            lines.append(line)
            line = []
        if line:
            lines.append(line)
        return lines

    def _table(self, block: Table) -> None:
        size = block.size
        step = size * 1.45
        height = step * (len(block.header) + len(block.rows) + 1) + (size * 2 if block.caption else 0)
        self.ensure(height)
        if block.as_image:
            self._table_image(block)
            return
        x0 = self.left
        if block.caption:
            self.y += size * 1.3
            self.text(x0, self.y, block.caption, "italic", size)
            self.y += size * 0.6
        edges = [x0]
        for w in block.widths:
            edges.append(edges[-1] + w)
        if block.shade and self.page is not None:
            top = self.y + step - size * 1.05
            rect = pymupdf.Rect(edges[0] - 2, top, edges[-1] + 2, top + step * len(block.header) + size * 0.2)
            self.page.draw_rect(rect, color=None, fill=block.shade, width=0)
        for cells in block.header:
            self.y += step
            for c, cell in enumerate(cells):
                self._cell(cell, c, edges, "bold", size)
        if block.rules:
            self._rule(edges[0], edges[-1], self.y + size * 0.45)
        for r, cells in enumerate(block.rows):
            self.y += step
            role = "bold" if r in block.bold_rows else "body"
            if block.rules and r in block.bold_rows:
                self._rule(edges[0], edges[-1], self.y - size * 1.1)
            for c, cell in enumerate(cells):
                self._cell(cell, c, edges, role, size)
            if block.grid:
                self._rule(edges[0], edges[-1], self.y + size * 0.45)
        self.y += step * 0.8 + self.style.para_gap

    def _table_image(self, block: Table) -> None:
        """Draw the table on a scratch page and paste it here as a picture, as a report whose tables were
        pasted from a spreadsheet as images: the figures are seen but are not in the text layer."""
        page, top = self.page, self.y
        assert page is not None
        scratch = pymupdf.open()
        self.page = scratch.new_page(width=A4[0], height=A4[1])
        self._table(replace(block, as_image=False))
        clip = pymupdf.Rect(self.left - 3, top, self.left + sum(block.widths) + 3, self.y)
        pixmap = self.page.get_pixmap(dpi=144, clip=clip)
        self.page = page
        page.insert_image(clip, stream=pixmap.tobytes("png"))

    def _comment_table(self, block: CommentTable) -> None:
        size = block.size
        step = size * 1.35
        edges = [self.left]
        for w in block.widths:
            edges.append(edges[-1] + w)
        comment_x = edges[-1] + 8
        comment_width = self.left + self.content_width - comment_x
        self.ensure(step * 3)
        self.y += step
        for c, name in enumerate(block.header[:-1]):
            self._cell(name, c, edges, "bold", size)
        self.text(comment_x, self.y, block.header[-1], "bold", size)
        font = self.font("body")
        for cells, comment, label in block.rows:
            lines = self._wrap(comment, "body", size, comment_width) if comment else []
            self.ensure(step * (max(len(lines), 1) + 0.5))
            self.y += step * 1.3
            for c, cell in enumerate(cells):
                self._cell(cell, c, edges, "body", size)
            span = _Span(label, [comment]) if label else None
            if span:
                self.gold.append(span)
            for n, line in enumerate(lines):
                base = self.y + n * step
                self.text(comment_x, base, line, "body", size)
                if span and self.page is not None:
                    span.page = self.page.number + 1
                    span.rects.append(
                        (
                            comment_x,
                            base - font.ascender * size,
                            comment_x + self.width(line, "body", size),
                            base - font.descender * size,
                        )
                    )
            self.y += step * (max(len(lines), 1) - 1)
        self.y += step + self.style.para_gap

    def _cell(self, cell: str, c: int, edges: list[float], role: str, size: float) -> None:
        if not cell:
            return
        if c == 0:
            self.text(edges[0], self.y, cell, role, size)
        else:
            self.text(edges[c + 1] - 4 - self.width(cell, role, size), self.y, cell, role, size)

    def _rule(self, x0: float, x1: float, y: float) -> None:
        assert self.page is not None
        self.page.draw_line((x0, y), (x1, y), color=(0.4, 0.4, 0.4), width=0.5)

    # ---- output ---------------------------------------------------------------------------------
    def _plain_hyphens_and_spaces(self) -> None:
        """Liberation fonts draw U+002D and U+00AD (U+0020 and U+00A0) with one glyph, and the generated
        ToUnicode maps that glyph to the soft hyphen (no-break space), so a text layer would lose every
        hyphen and minus sign. Map those glyphs back to the characters that were drawn."""
        for xref in range(1, self.doc.xref_length()):
            kind, name = self.doc.xref_get_key(xref, "BaseFont")
            if kind != "name" or "Liberation" not in name:
                continue
            kind, ref = self.doc.xref_get_key(xref, "ToUnicode")
            if kind != "xref":
                continue
            target = int(ref.split()[0])
            cmap = self.doc.xref_stream(target).decode("latin-1")
            fixed = re.sub(r"^(<[0-9a-fA-F]{4}>) <00a0>$", r"\1 <0020>", cmap, flags=re.MULTILINE)
            fixed = re.sub(r"^(<[0-9a-fA-F]{4}>) <00ad>$", r"\1 <002d>", fixed, flags=re.MULTILINE)
            if fixed != cmap:
                self.doc.update_stream(target, fixed.encode("latin-1"))

    def finish(self, metadata: dict[str, str]) -> tuple[bytes, list[tuple[int, list[float], str, Label]]]:
        pages = self.doc.page_count
        for page in self.doc:
            self.page = page
            no = page.number + 1
            size = self.style.header_size
            grey = (0.3, 0.3, 0.3)
            if self.style.header:
                left, right = self.style.header(no, pages)
                self.text(self.style.margins[0], 40, left, "body", size, grey)
                if right:
                    x = A4[0] - self.style.margins[2] - self.width(right, "body", size)
                    self.text(x, 40, right, "body", size, grey)
                if self.style.rule_under_header:
                    self._rule(self.style.margins[0], A4[0] - self.style.margins[2], 46)
            if self.style.footer:
                left, centre, right = self.style.footer(no, pages)
                y = A4[1] - 36
                self.text(self.style.margins[0], y, left, "body", size, grey)
                self.text((A4[0] - self.width(centre, "body", size)) / 2, y, centre, "body", size, grey)
                x = A4[0] - self.style.margins[2] - self.width(right, "body", size)
                self.text(x, y, right, "body", size, grey)
        stamp = "D:20250615090000+02'00'"
        self.doc.set_metadata(
            {"creator": "Microsoft Word", "producer": "avvik devset (PyMuPDF)", "subject": "", "keywords": ""}
            | {"creationDate": stamp, "modDate": stamp}
            | metadata
        )
        for page in self.doc:
            page.clean_contents()
        self.doc.subset_fonts()
        self._plain_hyphens_and_spaces()
        data = self.doc.tobytes(garbage=4, deflate=True, use_objstms=1, no_new_id=True)
        gold = []
        for span in self.gold:
            rects = span.rects
            bbox = [
                round(min(r[0] for r in rects), 2),
                round(min(r[1] for r in rects), 2),
                round(max(r[2] for r in rects), 2),
                round(max(r[3] for r in rects), 2),
            ]
            gold.append((span.page, bbox, " ".join(span.texts), span.label))
        return data, gold
