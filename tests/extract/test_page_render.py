"""The document view's page image marks the passage's box, and only it."""

from __future__ import annotations

from pathlib import Path

import pymupdf
from pdf_builder import ReportSpec, build_report

from extract.pdf import render_page_png

ZOOM = 1.5


def _pixel(png: bytes, x: float, y: float) -> tuple[int, ...]:
    pix = pymupdf.Pixmap(png)
    return tuple(pix.pixel(int(x * ZOOM), int(y * ZOOM)))[:3]


def _yellowish(rgb: tuple[int, ...]) -> bool:
    r, g, b = rgb
    return r > 200 and g > 170 and b < 200


def test_the_passage_box_is_marked_and_nothing_beside_it(tmp_path: Path) -> None:
    spec = ReportSpec(
        title="Uppföljning",
        header="Lysekils kommun · Socialnämnden",
        blocks=[("p", "Underskottet beror på fler placeringar. " * 6)],
    )
    pdf = build_report(tmp_path / "r.pdf", spec)
    box = (100.0, 300.0, 300.0, 340.0)  # a blank part of the page
    png = render_page_png(pdf, 1, box, zoom=ZOOM)
    assert _yellowish(_pixel(png, 200, 320))  # inside
    for x, y in ((306, 320), (94, 320), (200, 346), (200, 294)):  # 6 pt beside, above and below
        assert _pixel(png, x, y) == (255, 255, 255), (x, y)
