"""Headings that carry an amount in more shapes: a total over two areas given in parts under it, a figure in
brackets without a sign."""

from __future__ import annotations

from pathlib import Path

from pdf_builder import extracted_causes


def test_a_heading_over_two_areas_whose_total_the_text_gives_in_parts_is_one_item_per_area(
    tmp_path: Path,
) -> None:
    """ "Fritid och kultur: +900 tkr" over "Överskotten på 600 respektive 300 tkr …": each area with its part,
    not both under the heading's total."""
    blocks: list[tuple[str, object]] = [
        ("h2", "Kommentarer per verksamhet"),
        ("bold", "Fritid och kultur: +900 tkr"),
        (
            "p",
            "Överskotten på 600 respektive 300 tkr förklaras av att simhallen har hållits stängd under "
            "renoveringen och av vakanta tjänster på biblioteket.",
        ),
    ]
    causes = extracted_causes(tmp_path, blocks, "Borås kommun · Kultur- och fritidsnämnden")
    assert [(e.area, e.amount_sek) for e in causes] == [("Fritid", 600_000), ("Kultur", 300_000)]


def test_a_heading_with_its_figure_in_brackets_and_no_sign_gives_the_amount(tmp_path: Path) -> None:
    """ "Vuxna (2,2 mnkr)" over its reason: the area's amount, its direction from the words."""
    blocks: list[tuple[str, object]] = [
        ("h2", "Kommentarer per verksamhet"),
        ("bold", "Vuxna (1,7 mnkr)"),
        (
            "p",
            "Fler beslut om vård enligt LVM har inneburit köp av behandlingsplatser som inte ryms i budget.",
        ),
    ]
    [cause] = extracted_causes(tmp_path, blocks, "Exempelby kommun · Socialnämnden")
    assert (abs(cause.amount_sek or 0), cause.direction) == (1_700_000, "negative")
