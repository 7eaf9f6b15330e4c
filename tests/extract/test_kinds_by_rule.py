"""Kinds the rules settle where the kind model errs, each on every labelled sentence of its shape: the unit's result
against its budget is a cause; the reasons of a forecast change stay a forecast change (investments:
test_investment_items.py)."""

from pathlib import Path

import pytest
from pdf_builder import ReportSpec, Table, build_report, extracted_causes

from extract.pipeline import extract_report


def test_the_reasons_of_a_forecast_change_stay_a_forecast_change(tmp_path: Path) -> None:
    """ "Nämndernas prognos har försämrats med 4,7 mnkr sedan september. Försämringen kommer nästan helt från
    socialnämnden, …": one forecast change, not a cause."""
    blocks: list[tuple[str, object]] = [
        ("h2", "Sammanfattning"),
        ("p", "Nämndernas prognoser innebär sammantaget ett underskott om 58,9 mnkr."),
        (
            "p",
            "Nämndernas prognos har försämrats med 4,7 mnkr sedan september. Försämringen kommer nästan helt från "
            "socialnämnden, där fyra nya placeringar av barn och unga har tillkommit under oktober.",
        ),
    ]
    spec = ReportSpec(
        title="Månadsrapport oktober 2025", header="Järfälla kommun · Kommunstyrelsen", blocks=blocks
    )
    found = extract_report(build_report(tmp_path / "rapport.pdf", spec)).explanations
    assert [(e.kind, e.area) for e in found if e.text.startswith("Nämndernas prognos har")] == [
        ("forecast_change", "Nämnderna")
    ]
    assert [e.area for e in found if e.kind == "cause"] == ["Nämnderna"]


def test_the_units_result_against_its_budget_is_a_cause_but_the_decision_noting_it_is_not(
    tmp_path: Path,
) -> None:
    blocks: list[tuple[str, object]] = [
        ("h2", "Ekonomiskt resultat"),
        (
            "p",
            "Kultur- och fritidsnämnden redovisar för 2025 ett negativt resultat jämfört med budget på knappt 1,3 "
            "miljoner kronor.",
        ),
    ]
    [cause] = extracted_causes(tmp_path, blocks, "Ulricehamns kommun · Kultur- och fritidsnämnden")
    assert (cause.amount_sek, cause.direction) == (-1_300_000, "negative")


def test_the_kommuns_result_to_be_compared_with_the_budgeted_one_is_a_cause(tmp_path: Path) -> None:
    blocks: list[tuple[str, object]] = [
        ("h2", "Kommunens resultat"),
        ("p", "Kommunens resultat för 2025 beräknas till 61 mnkr, att jämföra med budgeterade 85 mnkr."),
    ]
    [cause] = extracted_causes(tmp_path, blocks, "Kungälvs kommun · Kommunstyrelsen")
    assert (cause.amount_sek, cause.direction) == (-24_000_000, "negative")


def test_the_periods_deviation_and_the_year_said_apart_are_two_items(tmp_path: Path) -> None:
    blocks: list[tuple[str, object]] = [
        ("h2", "Ekonomiskt läge"),
        (
            "p",
            "Ackumulerat till och med oktober redovisar nämnden ett överskott mot periodbudget på 0,6 mnkr. "
            "Helåret ser sämre ut: prognosen pekar på ett minus om 3,9 mnkr, eftersom behovet av hemtjänst ökar.",
        ),
    ]
    causes = extracted_causes(tmp_path, blocks, "Svedala kommun · Vård- och omsorgsnämnden")
    assert [(c.amount_sek, c.direction) for c in causes] == [(600_000, "positive"), (-3_900_000, "negative")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Nämnden beräknas gå med ett minus på 540 tusen kronor vid årets slut.",
        "Förvaltningen räknar med att gå med underskott på 540 tkr för helåret.",
    ],
)
def test_the_whole_unit_going_with_a_deficit_is_a_cause(tmp_path: Path, sentence: str) -> None:
    blocks: list[tuple[str, object]] = [("h2", "Resultat och prognos"), ("p", sentence)]
    [cause] = extracted_causes(tmp_path, blocks, "Bjurholms kommun · Kultur- och fritidsnämnden")
    assert (cause.amount_sek, cause.direction) == (-540_000, "negative")


def test_the_years_deviation_and_then_the_periods_are_two_items(tmp_path: Path) -> None:
    blocks: list[tuple[str, object]] = [
        ("h2", "Sammanfattande bedömning"),
        (
            "p",
            "Förbundets prognos för 2025 är ett underskott mot budget på 1 450 tkr. Av detta hänförs 900 tkr till "
            "översvämningen i maj. Utfallet till och med september är 1,2 mnkr sämre än den periodiserade budgeten.",
        ),
    ]
    causes = extracted_causes(tmp_path, blocks, "Räddningstjänsten Mitt · Direktionen")
    assert [c.amount_sek for c in causes] == [-1_450_000, -1_200_000]


def test_the_year_then_the_periods_result_with_its_reason_are_two_items(tmp_path: Path) -> None:
    """Under a zero-result budget, "Till och med april är resultatet −1,9 mnkr, vilket i huvudsak beror på …" is the
    period's deviation with its reason, an item apart from the year's before it."""
    blocks: list[tuple[str, object]] = [
        ("h2", "Ekonomisk översikt"),
        (
            "p",
            "Prognosen för helåret är ett underskott på 3,2 mnkr. Till och med april är resultatet −1,4 mnkr, vilket i "
            "huvudsak beror på högre livsmedelspriser.",
        ),
    ]
    causes = extracted_causes(tmp_path, blocks, "Exempelby kommun · Servicenämnden")
    assert [c.amount_sek for c in causes] == [-3_200_000, -1_400_000]


def test_the_first_prose_under_an_area_whose_table_row_deviates_is_its_cause_unless_a_goal(
    tmp_path: Path,
) -> None:
    table = Table(
        "Driftredovisning, tkr",
        ["Budget", "Prognos", "Avvikelse"],
        [
            ("Kostenheten", ["14 200", "14 880", "-680"]),
            ("Bostadsanpassning", ["3 000", "3 700", "-700"]),
            ("Kollektivtrafik", ["9 100", "10 000", "-900"]),
        ],
    )
    blocks: list[tuple[str, object]] = [
        ("table", table),
        ("h2", "Kostenheten"),
        ("p", "Livsmedelspriserna har fortsatt att stiga, och portionspriset har inte höjts i samma takt."),
        ("h2", "Bostadsanpassning"),
        ("p", "Fler ansökningar än tidigare år, bland annat tre större ombyggnader av badrum."),
        ("h2", "Kollektivtrafik"),
        ("p", "Andelen resor med kollektivtrafik ska öka med två procentenheter till 2026."),
    ]
    causes = extracted_causes(tmp_path, blocks, "Lycksele kommun · Tekniska nämnden")
    assert [(c.area, c.amount_sek) for c in causes] == [
        ("Kostenheten", -680_000),
        ("Bostadsanpassning", -700_000),
    ]


def test_the_period_then_if_nothing_changes_the_year_are_two_items(tmp_path: Path) -> None:
    blocks: list[tuple[str, object]] = [
        ("h2", "Ekonomisk sammanfattning"),
        (
            "p",
            "Omsorgsnämnden redovisar efter april ett underskott mot budget med 1,5 miljoner kronor. Om inget "
            "förändras kommer underskottet vid årets slut att uppgå till cirka fyra miljoner kronor.",
        ),
    ]
    causes = extracted_causes(tmp_path, blocks, "Rättviks kommun · Omsorgsnämnden")
    assert [c.amount_sek for c in causes] == [-1_500_000, -4_000_000]
    assert causes[1].area is None  # "Om inget förändras" names no area


def test_the_earlier_forecast_a_change_starts_from_is_part_of_the_forecast_change(tmp_path: Path) -> None:
    """ "I tertialrapport 1 prognostiserades ett nollresultat. Förändringen med −1,45 mnkr förklaras …": how the
    forecast has moved, not a cause of the year's deviation."""
    moved = (
        "I tertialrapport 1 prognostiserades ett nollresultat. Förändringen med -1,45 mnkr förklaras helt av "
        "bränderna i juli."
    )
    blocks: list[tuple[str, object]] = [
        ("h2", "Förbundets ekonomi"),
        ("p", "Förbundet beräknar att landa 1,45 mnkr sämre än budgeterat nollresultat."),
        ("h2", "Förändring sedan tertialrapport 1"),
        ("p", moved),
    ]
    spec = ReportSpec(
        title="Tertialrapport 2 2025", header="Brandkåren Norra Dalarna · Direktionen", blocks=blocks
    )
    found = extract_report(build_report(tmp_path / "rapport.pdf", spec)).explanations
    assert [e.kind for e in found if e.text == moved] == ["forecast_change"]


def test_a_change_against_last_year_with_no_word_of_the_budget_is_no_cause(tmp_path: Path) -> None:
    """LABELS.md: a comparison with the previous year rather than the budget is other."""
    last_year = (
        "Inom hemsjukvården har kostnaderna för hjälpmedel och förbrukningsmaterial ökat med 0,7 mnkr jämfört "
        "med samma period i fjol."
    )
    budget = (
        "Placeringar av barn och unga bedöms kosta 2,0 mnkr mer än budgeterat, då tre barn har placerats."
    )
    blocks: list[tuple[str, object]] = [("h2", "Verksamheternas prognoser"), ("p", last_year), ("p", budget)]
    causes = extracted_causes(tmp_path, blocks, "Ragunda kommun · Kommunstyrelsen")
    assert [c.text for c in causes] == [budget]


def test_the_result_against_a_periodised_budgeted_result_and_a_deviation_before_its_change_are_causes(
    tmp_path: Path,
) -> None:
    """ "… att jämföra med ett periodiserat budgeterat resultat på 1,5 mnkr" is the period's deviation; "ett
    överskott på 180 mnkr jämfört med budget, en förbättring med 60 mnkr sedan aprilprognosen" states the
    deviation first and how the forecast moved after it."""
    blocks: list[tuple[str, object]] = [
        ("h2", "Ekonomiskt resultat"),
        (
            "p",
            "Förbundets resultat för första halvåret är 3,8 mnkr, att jämföra med ett periodiserat budgeterat "
            "resultat på 1,5 mnkr.",
        ),
        ("h2", "Sammanfattning"),
        (
            "p",
            "Helårsprognosen är ett överskott på 180 mnkr jämfört med budget, en förbättring med 60 mnkr sedan "
            "aprilprognosen.",
        ),
    ]
    found = extracted_causes(tmp_path, blocks, "Exempelby räddningstjänstförbund · Direktionen")
    assert [(e.amount_sek, e.direction, e.area) for e in found] == [
        (2_300_000, "positive", None),
        (180_000_000, "positive", None),
    ]


def test_a_tables_caption_is_no_cause_and_a_unit_added_with_its_own_figure_is_its_own_item(
    tmp_path: Path,
) -> None:
    """ "Prognos per kostnadsslag 2025, tkr (underskott med minustecken efter beloppet)" states nothing; "Inom
    kontoret finns också kommunikationsenheten, som beräknas överskrida sin budget med 250 tkr …" after a run-in
    label's item is another unit's claim."""
    blocks: list[tuple[str, object]] = [
        ("p", "Prognos per kostnadsslag 2025, tkr (underskott med minustecken efter beloppet)"),
        ("h2", "Verksamheterna"),
        (
            "runin",
            (
                "Kommunledningskontoret.",
                "Kostnaderna för den politiska verksamheten blir 0,9 mnkr lägre än budgeterat, eftersom två "
                "utskott har sammanträtt färre gånger än planerat. Inom kontoret finns också kommunikationsenheten, "
                "som beräknas överskrida sin budget med 250 tkr till följd av kostnaderna för den nya webbplatsen.",
            ),
        ),
    ]
    found = extracted_causes(tmp_path, blocks, "Exempelby kommun · Kommunstyrelsen")
    assert [(e.area, e.amount_sek) for e in found] == [
        ("Kommunledningskontoret", 900_000),
        ("Kommunikationsenheten", -250_000),
    ]


@pytest.mark.parametrize(
    "reason",
    [
        "Periodens överskott förklaras främst av att kostnaden för den nya e-tjänsten faktureras först i höst.",
        # a reason without the usual cue words
        "Periodens överskott är till största delen en tidsförskjutning, eftersom e-tjänsten faktureras först i höst.",
    ],
)
def test_the_years_deficit_then_the_reason_of_the_periods_surplus_are_two_items(
    tmp_path: Path, reason: str
) -> None:
    blocks: list[tuple[str, object]] = [
        ("h2", "Ekonomiskt resultat"),
        ("p", f"För helåret bedöms nämnden redovisa ett underskott på 420 tkr. {reason}"),
    ]
    found = extracted_causes(tmp_path, blocks, "Exempelby kommun · Miljö- och byggnadsnämnden")
    assert [(e.amount_sek, e.direction) for e in found] == [(-420_000, "negative"), (None, "positive")]


def test_a_deviation_against_the_frame_with_no_earlier_forecast_is_a_cause(tmp_path: Path) -> None:
    """ "jämfört med" names the budget here, not an earlier forecast: no forecast change."""
    blocks: list[tuple[str, object]] = [
        ("h2", "Ekonomiskt resultat"),
        (
            "p",
            "Helårsprognosen visar ett underskott på 5,8 miljoner kronor jämfört med nämndens budgetram på 198,6 "
            "miljoner kronor.",
        ),
    ]
    [cause] = extracted_causes(tmp_path, blocks, "Exempelby kommun · Socialnämnden")
    assert (cause.amount_sek, cause.direction) == (-5_800_000, "negative")


def test_a_forecast_that_means_a_negative_budget_deviation_is_a_cause() -> None:
    """ "Helårsprognosen pekar mot ett resultat på 41,0 mnkr, vilket innebär en negativ budgetavvikelse om 19,5 mnkr":
    the unit's result against its budget, said with "budgetavvikelse", is a cause where the kind model reads
    another kind."""
    from extract.kind_rules import ruled_kind
    from extract.passage_features import Candidate

    text = (
        "Helårsprognosen pekar mot ett resultat på 27,0 miljoner kronor, vilket innebär en negativ budgetavvikelse "
        "om 11,5 miljoner kronor."
    )
    candidate = Candidate(text, 0, 0, 1, 1, ("Resultat",), False, False, "cause")
    assert ruled_kind([candidate], 0, False, "other", "none") == "cause"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Kulturnämnden ansvarar för biblioteken, kulturskolan, offentlig konst och bidrag till kulturföreningar.",
            "none",
        ),
        ("Nämnden har ansvar för förskola, grundskola och skolskjuts.", "none"),
        # what it answers for, with its deviation: still a cause
        ("Fritidsnämnden, som ansvarar för simhallen, redovisar ett överskott på 0,4 mnkr.", "cause"),
    ],
)
def test_what_a_nämnd_answers_for_is_no_explanation(text: str, kind: str) -> None:
    """A description of what a unit answers for names money words ("bidrag") but states no deviation: even where
    the kind model reads a cause, the rules say none."""
    from extract.kind_rules import ruled_kind
    from extract.passage_features import Candidate

    candidate = Candidate(text, 0, 0, 1, 1, ("Året i korthet",), False, False, "none")
    assert ruled_kind([candidate], 0, True, None, "none") == kind
