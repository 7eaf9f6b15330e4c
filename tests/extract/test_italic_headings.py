"""Italic subheadings: a little larger than the body, or at its size where the line stands alone over roman
text; italic captions, notes and emphasis inside a paragraph stay what they are."""

from __future__ import annotations

from pathlib import Path

from pdf_builder import extracted_causes


def test_an_italic_subheading_a_little_larger_than_the_body_names_the_area_below_it(tmp_path: Path) -> None:
    blocks: list[tuple[str, object]] = [
        ("h2", "Verksamheterna"),
        ("h3italic", "Fritidsgårdar och ungdom"),
        ("p", "Kostnaderna ryms inte inom budget, och avvikelsen väntas bli cirka 300 tkr."),
        ("h3italic", "Kulturverksamhet"),
        ("p", "Här väntas ett överskott på ungefär 850 tkr, då sommarutställningen fick fler besökare."),
    ]
    causes = extracted_causes(tmp_path, blocks, "Kumla kommun · Kultur- och fritidsnämnden")
    assert [(c.area, c.amount_sek) for c in causes] == [
        ("Fritidsgårdar och ungdom", -300_000),
        ("Kulturverksamhet", 850_000),
    ]
    assert causes[0].text.startswith("Kostnaderna ryms")


def test_an_italic_line_at_the_body_size_over_roman_text_names_the_area_below_it(tmp_path: Path) -> None:
    blocks: list[tuple[str, object]] = [
        ("h2", "Verksamheternas avvikelser"),
        ("p", "Nämnden som helhet prognostiserar ett underskott på 1,4 mnkr för helåret."),
        ("italic", "Gator, parker och hamnar"),
        ("p", "Vinterväghållningen kostade 1,9 mnkr mer än budgeterat efter ett snörikt januari."),
        ("italic", "Måltidsverksamhet"),
        ("p", "Måltidsverksamheten visar ett överskott på 0,5 mnkr tack vare lägre livsmedelspriser."),
    ]
    causes = extracted_causes(tmp_path, blocks, "Bollnäs kommun · Samhällsbyggnadsnämnden")
    assert [(c.area, c.amount_sek) for c in causes][-2:] == [
        ("Gator, parker och hamnar", -1_900_000),
        ("Måltidsverksamhet", 500_000),
    ]
    assert causes[-2].text.startswith("Vinterväghållningen kostade")  # the heading is not read as prose


def test_an_italic_line_with_a_figure_or_a_final_stop_is_no_heading(tmp_path: Path) -> None:
    blocks: list[tuple[str, object]] = [
        ("h2", "Avvikelser per verksamhet"),
        ("italic", "Utfall 2025 jämfört med 2024"),
        (
            "p",
            "Kollektivtrafiken väntas kosta 0,8 mnkr mer än budgeterat till följd av högre drivmedelspriser.",
        ),
        ("italic", "Prognosen är osäker."),
        ("p", "Färdtjänsten beräknas gå med ett underskott på 0,3 mnkr då resorna ökat."),
    ]
    causes = extracted_causes(tmp_path, blocks, "Söderhamn kommun · Tekniska nämnden")
    assert len(causes) == 2
    assert not {c.area for c in causes} & {"Utfall 2025 jämfört med 2024", "Prognosen är osäker"}
