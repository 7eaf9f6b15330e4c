"""A run-in label written as a sentence of its own ("Grundskola F–9.", "Förvaltning och gemensamt.") names the
area of the explanation after it, and heads it, also when the paragraph holds several items."""

from pathlib import Path

import pytest
from pdf_builder import ReportSpec, Table, build_report

from extract.area_candidates import is_label_sentence
from extract.pipeline import extract_report
from extract.types import Explanation

_TABLE = Table(
    "Driftredovisning per verksamhet, tkr",
    ["Budget helår", "Prognos helår", "Avvikelse helår"],
    [
        ("Förskola", ["412 300", "408 800", "3 500"]),
        ("Grundskola F-9", ["905 600", "912 700", "-7 100"]),
        ("Summa", ["1 317 900", "1 321 500", "-3 600"]),
    ],
)


def _explanations(tmp_path: Path, blocks: list[tuple[str, object]]) -> list[Explanation]:
    spec = ReportSpec("Tertialrapport 1 2026", "Exempelby kommun · Barn- och grundskolenämnden", blocks)
    return list(extract_report(build_report(tmp_path / "rapport.pdf", spec)).explanations)


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("Grundskola F–9.", True),  # an en dash inside the name (the test PDFs' font has none)
        ("Förvaltning och gemensamt.", True),
        ("Uppföljningen avser perioden januari–maj.", False),  # a clause, not a name
        ("Lönekostnaderna överstiger budget.", False),  # a verdict, not a name
        ("Lokalkostnaderna minskar.", False),
    ],
)
def test_a_label_sentence_is_a_name_and_nothing_more(sentence: str, label: bool) -> None:
    assert is_label_sentence(sentence) is label


def test_a_label_with_a_dash_in_its_name_names_its_row_and_the_forecast_change_after_is_its_own(
    tmp_path: Path,
) -> None:
    found = _explanations(
        tmp_path,
        [
            ("h1", "Ekonomiskt resultat"),
            ("table", _TABLE),
            ("h2", "Kommentarer per verksamhet"),
            (
                "p",
                "Grundskola F-9. Ersättningen till fristående skolor och andra kommuner ökar, eftersom fler "
                "elever än beräknat har valt en skola utanför den kommunala grundskolan. Sedan februari har "
                "prognosen för grundskolan försämrats med 1 100 tkr.",
            ),
        ],
    )
    [cause] = [e for e in found if e.kind == "cause"]
    assert (cause.area, cause.amount_sek, cause.direction) == ("Grundskola F-9", -7_100_000, "negative")
    assert cause.text.startswith("Grundskola F-9. Ersättningen")
    [change] = [e for e in found if e.kind == "forecast_change"]
    assert change.text.startswith("Sedan februari") and change.area == "Grundskolan"


def test_a_label_before_a_paragraph_of_several_items_heads_the_first(tmp_path: Path) -> None:
    found = _explanations(
        tmp_path,
        [
            ("h2", "Kommentarer per område"),
            (
                "p",
                "Förvaltning och gemensamt. Området beräknas överskrida budget med 55 mnkr, eftersom kostnaderna "
                "för det nya vårdinformationsstödet blir 67 mnkr högre än budgeterat. Tolktjänsterna kostar "
                "däremot 12 mnkr mindre än budgeterat, eftersom färre tolkningar har beställts.",
            ),
        ],
    )
    causes = [e for e in found if e.kind == "cause"]
    assert [(e.area, e.amount_sek) for e in causes] == [
        ("Förvaltning och gemensamt", -55_000_000),
        ("Tolktjänsterna", 12_000_000),
    ]
    assert causes[0].text.startswith("Förvaltning och gemensamt. Området")


def test_a_long_bold_label_on_a_short_first_line_is_prose_not_a_heading(tmp_path: Path) -> None:
    """A bold run-in label longer than the text after it on its line ("Nämnden för regional utveckling …:
    Överskottet på 14 miljoner kronor" | "kommer främst från …"): the line is prose, not a bold heading that
    would cut the sentence in two."""
    found = _explanations(
        tmp_path,
        [
            ("h2", "Kommentarer per nämnd"),
            (
                "runin",
                (
                    "Nämnden för regional utveckling och kollektivtrafik:",
                    "Överskottet på 14 miljoner kronor kommer främst från kollektivtrafiken, där biljettintäkterna "
                    "blivit högre än beräknat när resandet ökat.",
                ),
            ),
        ],
    )
    [cause] = [e for e in found if e.kind == "cause"]
    assert cause.text.startswith("Nämnden för regional utveckling och kollektivtrafik: Överskottet på 14")
    assert cause.amount_sek == 14_000_000


def test_a_colon_label_of_a_deviating_row_says_why_it_deviates_even_without_a_cue_word(
    tmp_path: Path,
) -> None:
    table = Table(
        "Driftredovisning per kostnadsslag, mnkr",
        ["Budget helår", "Prognos helår", "Avvikelse helår"],
        [
            ("Personalkostnader", ["412,3", "416,2", "-3,9"]),
            ("Köp av verksamhet", ["88,1", "92,4", "-4,3"]),
            ("Summa", ["500,4", "508,6", "-8,2"]),
        ],
    )
    found = _explanations(
        tmp_path,
        [
            ("h1", "Ekonomiskt utfall och prognos"),
            ("table", table),
            (
                "p",
                "Köp av verksamhet: Fler brukare har valt en extern utförare av hemtjänst enligt LOV, och "
                "timersättningen räknades upp med 4,5 procent från den 1 april.",
            ),
            ("p", "Personalkostnader: Verksamheten bedöms hålla budget."),
        ],
    )
    causes = [(e.area, e.amount_sek) for e in found if e.kind == "cause"]
    assert causes == [("Köp av verksamhet", -4_300_000)]


@pytest.mark.parametrize(
    ("passage", "area"),
    [
        ("Barn och familj – Prognosen visar ett underskott på 7,4 miljoner kronor.", "Barn och familj"),
        ("Kost och städ – budget 31,2 mnkr, prognos 30,5 mnkr, avvikelse +0,7 mnkr", "Kost och städ"),
        ("Kostnaderna – främst för vikarier – har ökat med 2 mnkr.", None),  # an aside, no label
    ],
)
def test_a_label_ended_by_a_dash_is_a_run_in_area(passage: str, area: str | None) -> None:
    from extract.area_candidates import area_candidates

    run_in = [c.text for c in area_candidates(passage, (), (), None, False) if c.source == "run_in"]
    assert run_in == ([area] if area else [])


def test_a_bold_label_ended_by_a_dash_names_the_area_of_its_paragraph(tmp_path: Path) -> None:
    found = _explanations(
        tmp_path,
        [
            ("h2", "Ärendet"),
            (
                "runin",
                (
                    "Funktionshinderomsorg -",
                    "Underskottet på 2,6 miljoner kronor hänger samman med att Försäkringskassan har dragit in "
                    "assistansersättningen i två ärenden.",
                ),
            ),
        ],
    )
    [cause] = [e for e in found if e.kind == "cause"]
    assert (cause.area, cause.amount_sek) == ("Funktionshinderomsorg", -2_600_000)
