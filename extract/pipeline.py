"""PDF -> Report + explanations: the whole of extraction behind one function."""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path

from extract.comment_tables import find_comment_tables
from extract.explanations import PassageDecider, find_explanations
from extract.layout import Row, group_rows
from extract.metadata import known_municipality, read_metadata
from extract.passage_model import load_passage_model
from extract.pdf import Document, read_pdf
from extract.sections import Paragraph, build_paragraphs
from extract.table_units import calibrated
from extract.tables import Table, continued, find_tables
from extract.types import Explanation, Report, Section, TableRow, stable_id


@dataclass(frozen=True)
class ExtractedReport:
    report: Report
    sections: tuple[Section, ...]
    table_rows: tuple[TableRow, ...]
    explanations: tuple[Explanation, ...]
    failed_pages: tuple[int, ...] = ()
    ocr_pages: tuple[int, ...] = ()


def _layout(doc: Document) -> tuple[list[Row], list[Table], list[Paragraph]]:
    """Prose rows, tables, and the comments of tables whose last column is prose."""
    prose: list[Row] = []
    tables: list[Table] = []
    comments: list[Paragraph] = []
    previous: Table | None = None  # the last number table, which the next page's first may continue
    for page in doc.pages:
        rows = group_rows(page.lines)
        commented, page_comments, used = find_comment_tables(rows)
        page_tables, used_too = find_tables(rows, skip=used)
        if page_tables and previous is not None:
            page_tables[0] = continued(page_tables[0], previous)
        previous = page_tables[-1] if page_tables else previous
        tables.extend(page_tables + commented)
        comments.extend(page_comments)
        prose.extend(row for i, row in enumerate(rows) if i not in used and i not in used_too)
    return prose, tables, comments


def _in_reading_order(paragraphs: list[Paragraph], comments: list[Paragraph]) -> list[Paragraph]:
    """Each table comment goes before the first paragraph that starts below it."""
    if not comments:
        return paragraphs
    merged: list[Paragraph] = []
    pending = iter(comments)
    comment = next(pending, None)
    for paragraph in paragraphs:
        while comment is not None and (comment.page, comment.bbox[1]) < (paragraph.page, paragraph.bbox[1]):
            merged.append(comment)
            comment = next(pending, None)
        merged.append(paragraph)
    if comment is not None:
        merged.extend([comment, *pending])
    return merged


@dataclass(frozen=True)
class ReadReport:
    """A PDF read and laid out: what extraction decides on (training reads the same)."""

    doc: Document
    report: Report
    paragraphs: list[Paragraph]
    sections: list[Section]
    tables: list[Table]


def read_report(
    path: Path,
    *,
    municipality: str | None = None,
    source_name: str | None = None,
    sha256: str | None = None,
    on_page: Callable[[int, int], None] | None = None,
) -> ReadReport:
    """Read one PDF's text, layout and metadata (``on_page(number, total)`` as each page is read). Raises
    ``extract.errors.ExtractError`` for files that cannot be read."""
    doc = read_pdf(Path(path), sha256=sha256, on_page=on_page)
    source = source_name or Path(path).name
    prose, tables, comments = _layout(doc)
    paragraphs, sections = build_paragraphs(prose)
    paragraphs = _in_reading_order(paragraphs, comments)
    tables = calibrated(tables, (p.text for p in paragraphs))
    first_page = [ln.text for ln in doc.pages[0].lines] if doc.pages else []
    running = [ln.text for page in doc.pages[:3] for ln in page.header_lines]
    body = "\n".join(p.text for p in paragraphs)
    meta = read_metadata(first_page, running, doc.metadata, body, source)
    if municipality:
        meta = replace(meta, municipality=known_municipality(municipality) or municipality)
    report = Report(
        report_id=stable_id(doc.sha256),
        source=source,
        sha256=doc.sha256,
        municipality=meta.municipality,
        committee=meta.committee,
        period=meta.period,
        report_type=meta.report_type,
        n_pages=doc.n_pages,
    )
    return ReadReport(doc, report, paragraphs, sections, tables)


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Reading a report allocates hundreds of thousands of short-lived objects and no reference cycles
    worth finding: a collection every 700 of them, each walking the loaded models too, cost 2-3 % of the
    time. The collector runs again (as the caller had it) when the report is done."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def extract_report(
    path: Path,
    *,
    municipality: str | None = None,
    source_name: str | None = None,
    decider: PassageDecider | None = None,
    rules_only: bool = False,
    sha256: str | None = None,
    on_page: Callable[[int, int], None] | None = None,
) -> ExtractedReport:
    """Read one PDF and find its explanations: with ``decider``, or else the trained passage model when it
    is built, or else (and with ``rules_only``) the cue rules alone. Raises ``extract.errors.ExtractError``
    for files that cannot be read."""
    with _collector_paused():
        read = read_report(
            path, municipality=municipality, source_name=source_name, sha256=sha256, on_page=on_page
        )
        doc, report = read.doc, read.report
        if decider is None and not rules_only:
            decider = load_passage_model()
        explanations = find_explanations(
            read.paragraphs,
            read.tables,
            report.report_id,
            doc.sha256,
            report.committee,
            decider=decider,
            report_type=report.report_type,
        )
    ocr_pages = tuple(p.number for p in doc.pages if p.ocr)
    if ocr_pages:
        explanations = [
            replace(e, flags=(*e.flags, "ocr")) if e.page in ocr_pages else e for e in explanations
        ]
    return ExtractedReport(
        report=report,
        sections=tuple(read.sections),
        table_rows=tuple(row for t in read.tables for row in t.rows),
        explanations=tuple(explanations),
        failed_pages=doc.failed_pages,
        ocr_pages=ocr_pages,
    )
