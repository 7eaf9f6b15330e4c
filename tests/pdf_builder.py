"""Small report PDFs built in code for the tests: headings, prose, a result table, running headers."""

from __future__ import annotations

import textwrap
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pymupdf

LEFT, RIGHT, TOP, BOTTOM = 60.0, 535.0, 70.0, 780.0


@dataclass
class Table:
    caption: str
    columns: list[str]
    rows: list[tuple[str, list[str]]]


@dataclass
class ReportSpec:
    title: str
    header: str  # running header on every page, e.g. "Exempelby kommun · Socialnämnden · Maj 2024"
    blocks: list[tuple[str, object]] = field(
        default_factory=list
    )  # ("h1"|"h2"|"p"|"bullets"|"table", content)
    metadata_title: str = ""
    metadata_author: str = ""


class _Writer:
    def __init__(self, doc: pymupdf.Document, header: str) -> None:
        self.doc, self.header, self.page, self.y = doc, header, None, BOTTOM + 1
        self.pages = 0

    def ensure(self, height: float) -> pymupdf.Page:
        if self.page is None or self.y + height > BOTTOM:
            self.page = self.doc.new_page(width=595, height=842)
            self.pages += 1
            self.page.insert_text((LEFT, 40), self.header, fontsize=8, fontname="helv")
            self.page.insert_text((RIGHT - 10, 815), str(self.pages), fontsize=8, fontname="helv")
            self.y = TOP
        return self.page

    def text(self, line: str, size: float = 10, bold: bool = False, x: float = LEFT, font: str = "") -> None:
        page = self.ensure(size * 1.5)
        font = font or ("hebo" if bold else "helv")
        page.insert_text((x, self.y + size), line, fontsize=size, fontname=font)
        self.y += size * 1.45

    def gap(self, amount: float = 8) -> None:
        self.y += amount


def build_report(path: Path, spec: ReportSpec) -> Path:
    doc = pymupdf.open()
    writer = _Writer(doc, spec.header)
    for kind, content in spec.blocks:
        if kind == "h1":
            writer.gap(6)
            writer.text(str(content), size=15, bold=True)
            writer.gap(4)
        elif kind == "h2":
            writer.gap(4)
            writer.text(str(content), size=12, bold=True)
            writer.gap(2)
        elif kind == "p":
            for line in textwrap.wrap(str(content), 92):
                writer.text(line)
            writer.gap()
        elif kind == "bold":  # a bold line at body size: "Förskola + 6 239 tkr"
            writer.text(str(content), bold=True)
        elif (
            kind == "h3italic"
        ):  # an italic heading a little larger than the body: "Fritidsgårdar och ungdom"
            writer.text(str(content), size=10.5, font="heit")
        elif kind == "italic":  # an italic line at the body's size: a subheading, or a caption
            writer.text(str(content), font="heit")
        elif kind == "runin":  # a bold lead-in on the paragraph's first line: "Hemtjänst: Underskottet …"
            label, rest = content  # type: ignore[misc]
            _run_in(writer, str(label), str(rest))
        elif kind == "bullets":
            for item in content:  # type: ignore[attr-defined]
                for n, line in enumerate(textwrap.wrap(str(item), 86)):
                    writer.text(("• " if n == 0 else "  ") + line, x=LEFT + 4 if n == 0 else LEFT + 12)
            writer.gap()
        elif kind == "table":
            _table(writer, content)  # type: ignore[arg-type]
        elif kind == "columns":
            _columns(writer, content)  # type: ignore[arg-type]
        elif kind == "pagebreak":  # what follows starts a new page
            writer.y = BOTTOM + 1
    doc.set_metadata({"title": spec.metadata_title, "author": spec.metadata_author})
    doc.save(path)
    doc.close()
    return path


def extracted_causes(tmp_path: Path, blocks: list[tuple[str, object]], header: str) -> list[Any]:
    """The causes avvik extracts from a report of ``blocks`` under ``header``, built in ``tmp_path``."""
    from extract.pipeline import extract_report

    spec = ReportSpec(title="Ekonomisk uppföljning per april 2025", header=header, blocks=blocks)
    found = extract_report(build_report(tmp_path / "rapport.pdf", spec)).explanations
    return [e for e in found if e.kind == "cause"]


def _run_in(writer: _Writer, label: str, rest: str) -> None:
    indent = pymupdf.get_text_length(label + " ", fontname="hebo", fontsize=10)
    lines = textwrap.wrap(rest, 92 - len(label) - 1)
    first, later = lines[0], textwrap.wrap(" ".join(lines[1:]), 92)
    page = writer.ensure(14)
    page.insert_text((LEFT, writer.y + 10), label + " ", fontsize=10, fontname="hebo")
    page.insert_text((LEFT + indent, writer.y + 10), first, fontsize=10, fontname="helv")
    writer.y += 14
    for line in later:
        writer.text(line)
    writer.gap()


def _table(writer: _Writer, table: Table) -> None:
    right_edges = [300 + 80 * i for i in range(len(table.columns))]
    page = writer.ensure(40)
    page.insert_text((LEFT, writer.y + 9), table.caption, fontsize=9, fontname="hebo")
    for edge, name in zip(right_edges, table.columns, strict=True):
        width = pymupdf.get_text_length(name, fontname="hebo", fontsize=9)
        page.insert_text((edge - width, writer.y + 9), name, fontsize=9, fontname="hebo")
    writer.y += 16
    for label, values in table.rows:
        page = writer.ensure(14)
        page.insert_text((LEFT, writer.y + 9), label, fontsize=9, fontname="helv")
        for edge, value in zip(right_edges, values, strict=True):
            width = pymupdf.get_text_length(value, fontname="helv", fontsize=9)
            page.insert_text((edge - width, writer.y + 9), value, fontsize=9, fontname="helv")
        writer.y += 14
    writer.gap(10)


def sample_spec(
    municipality: str = "Alingsås", month: str = "maj", committee: str = "Socialnämnden"
) -> ReportSpec:
    """A typical monthly report: a result table in tkr, headings per account group, causes and an action."""
    table = Table(
        "Belopp i tkr",
        ["Budget 2024", "Prognos 2024", "Avvikelse"],
        [
            ("Verksamhetens intäkter", ["31 417", "31 417", "0"]),
            ("Personalkostnader", ["-158 695", "-160 695", "-2 000"]),
            ("Köp av tjänster", ["-62 376", "-66 376", "-4 000"]),
            ("Lokalhyror", ["-17 416", "-16 916", "500"]),
            ("Årets resultat", ["0", "-5 500", "-5 500"]),
        ],
    )
    return ReportSpec(
        title=f"Månadsuppföljning {month} 2024",
        header=f"{municipality} kommun · {committee} · Uppföljning per {month} 2024",
        metadata_title=f"Månadsuppföljning {month} 2024 – {committee}",
        metadata_author=f"{municipality} kommun",
        blocks=[
            ("h1", f"Månadsuppföljning {month} 2024"),
            ("table", table),
            ("h2", "Personalkostnader"),
            (
                "p",
                "Personalkostnaderna prognostiseras avvika negativt med 2,0 mnkr. Avvikelsen beror främst på "
                "höga vikariekostnader och ökad sjukfrånvaro inom hemtjänsten under våren.",
            ),
            ("h2", "Köp av tjänster"),
            (
                "p",
                "Köp av tjänster avviker negativt till följd av fler externa placeringar av barn och unga på "
                "HVB-hem samt köpt vård inom missbruksvården.",
            ),
            ("h2", "Lokalhyror"),
            (
                "p",
                "Lokalhyrorna visar ett överskott på 500 tkr då en tomställd lokal har sagts upp tidigare än "
                "planerat.",
            ),
            ("h2", "Åtgärder"),
            (
                "p",
                "För att nå en budget i balans har nämnden beslutat om anställningsprövning och inköpsstopp.",
            ),
            ("bullets", ["Översyn av bemanningen inom hemtjänsten.", "Hemtagning av externa placeringar."]),
            ("p", "Ingen förändring i jämförelse med aprilprognosen."),
        ],
    )


def _columns(writer: _Writer, sections: list[tuple[str, str]]) -> None:
    """Heading + paragraph pairs set in two columns, left column first."""
    half = (len(sections) + 1) // 2
    page = writer.ensure(200)
    top = writer.y
    bottom = top
    for column, chunk in enumerate((sections[:half], sections[half:])):
        x, y = (LEFT, 300.0)[column], top
        for heading, text in chunk:
            page.insert_text((x, y + 11), heading, fontsize=11, fontname="hebo")
            y += 18
            for line in textwrap.wrap(text, 44):
                page.insert_text((x, y + 10), line, fontsize=10, fontname="helv")
                y += 14.5
            y += 10
        bottom = max(bottom, y)
    writer.y = bottom
