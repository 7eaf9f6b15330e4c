"""Report metadata read as the pipeline reads it, for the metadata tests."""

from __future__ import annotations

from extract.metadata import ReportMetadata, read_metadata


def read_as_pipeline(
    title: list[str],
    body: str = "",
    running: tuple[str, ...] = (),
    pdf_title: str = "",
    filename: str = "rapport.pdf",
) -> ReportMetadata:
    """Metadata as the pipeline reads it: the title page's lines are also the start of the body."""
    return read_metadata(title, list(running), {"title": pdf_title}, "\n".join([*title, body]), filename)
