"""Kinds the rules settle where the kind model errs, each on every labelled sentence of its shape: investment
spending against its budget and the unit's result against its budget are causes; the reasons of a forecast
change stay a forecast change."""

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


@pytest.mark.parametrize(
    ("sentence", "sek"),
    [
        ("Av investeringsbudgeten på 46,5 mnkr beräknas 31,0 mnkr att användas.", 15_500_000),
        ("Nämndens investeringar uppgick till 14,4 mnkr av budgeterade 15,0 mnkr.", 600_000),
        ("Investeringsbudgeten på 18,5 mnkr bedöms förbrukas till knappt hälften.", None),
        ("Nämnden hade en investeringsbudget på 48,6 mnkr för 2025 och förbrukade 35,2 mnkr.", 13_400_000),
    ],
)
def test_investment_spending_set_against_its_budget_is_a_cause(
    tmp_path: Path, sentence: str, sek: int | None
) -> None:
    blocks: list[tuple[str, object]] = [
        ("h2", "Investeringar"),
        ("p", f"{sentence} Ombyggnaden av Storgatan har senarelagts till 2027 i väntan på ledningsarbeten."),
    ]
    [cause] = extracted_causes(tmp_path, blocks, "Tranås kommun · Samhällsbyggnadsnämnden")
    assert "investment" in cause.flags
    assert (abs(cause.amount_sek) if cause.amount_sek is not None else None) == sek


def test_investment_money_spent_so_far_is_a_level_that_belongs_to_the_years_forecast_after_it(
    tmp_path: Path,
) -> None:
    """ "Av årets investeringsbudget på 214 mnkr har 71 mnkr använts under perioden." states a level: with the
    year's forecast after it, one cause whose amount is the budget less the forecast (never written out);
    before another project's overrun, an other statement of its own."""
    blocks: list[tuple[str, object]] = [
        ("h2", "Investeringar"),
        (
            "p",
            "Av årets investeringsbudget på 214 mnkr har 71 mnkr använts under perioden. Helårsprognosen är "
            "148 mnkr, och avvikelsen förklaras av att byggstarten för den nya förskolan har flyttats till 2026.",
        ),
        ("h2", "Investeringar inom fritid"),
        (
            "p",
            "Av investeringsbudgeten på 7,2 mnkr har 1,1 mnkr förbrukats till och med juni. Bytet av konstgräs "
            "på idrottsplatsen beräknas kosta 0,7 mnkr mer än budgeterat, eftersom upphandlingen gav ett högre pris.",
        ),
    ]
    spec = ReportSpec(
        title="Delårsrapport augusti 2025", header="Härnösands kommun · Kommunstyrelsen", blocks=blocks
    )
    found = extract_report(build_report(tmp_path / "rapport.pdf", spec)).explanations
    year = next(e for e in found if e.text.startswith("Av årets investeringsbudget"))
    assert (year.kind, year.amount_sek, year.direction) == ("cause", 66_000_000, "positive")
    assert "Helårsprognosen är 148 mnkr" in year.text
    so_far = next(e for e in found if e.text.startswith("Av investeringsbudgeten på 7,2"))
    assert so_far.kind == "other" and "konstgräs" not in so_far.text
    overrun = next(e for e in found if e.text.startswith("Bytet av konstgräs"))
    assert (overrun.kind, overrun.amount_sek) == ("cause", -700_000)


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


def test_a_projects_own_overrun_after_the_total_is_an_item_of_its_own(tmp_path: Path) -> None:
    blocks: list[tuple[str, object]] = [
        ("h2", "Investeringar"),
        (
            "p",
            "För helåret prognostiseras 390 mnkr, vilket är 85 mnkr lägre än investeringsbudgeten. Den nya "
            "reservvattenledningen blir cirka 40 mnkr dyrare än projektbudgeten, eftersom markförhållandena krävde "
            "en annan förläggningsmetod.",
        ),
        ("h2", "Projekt"),
        (
            "p",
            "Ombyggnaden av simhallen blir dyrare än beräknat. Slutkostnaden bedöms överskrida projektbudgeten "
            "med 9,5 mnkr, på grund av fuktskador.",
        ),
    ]
    causes = extracted_causes(tmp_path, blocks, "Norrvatten · Direktionen")
    assert [(c.text.split()[0], c.amount_sek) for c in causes] == [
        ("För", 85_000_000),
        ("Den", -40_000_000),
        ("Ombyggnaden", -9_500_000),  # one figure: one item
    ]


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


def test_a_projects_overrun_after_projects_named_with_bracketed_figures_is_its_own_item(
    tmp_path: Path,
) -> None:
    blocks: list[tuple[str, object]] = [
        ("h2", "Investeringar"),
        (
            "p",
            "Lägst upparbetning har Pilängens skola (-38 mnkr) och Bjärreds centrumstråk (-19 mnkr), eftersom "
            "upphandlingarna har tagit längre tid än planerat. Omvänt beräknas strandpromenaden överskrida "
            "projektbudgeten med 4,5 mnkr sedan markföroreningar påträffats.",
        ),
    ]
    causes = extracted_causes(tmp_path, blocks, "Lomma kommun · Kommunstyrelsen")
    assert [(c.text.split()[0], c.amount_sek) for c in causes][-1] == ("Omvänt", -4_500_000)
    # each project named with its figure in brackets is an item of its own
    assert [(c.area, abs(c.amount_sek or 0)) for c in causes[:-1]] == [
        ("Pilängens skola", 38_000_000),
        ("Bjärreds centrumstråk", 19_000_000),
    ]


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


def test_investment_spending_so_far_said_in_a_sentence_of_its_own_joins_the_years_forecast(
    tmp_path: Path,
) -> None:
    """The budget, then the spending so far without the word investment, then the year's forecast: one item,
    whose amount is the part the year leaves unspent."""
    blocks: list[tuple[str, object]] = [
        ("h2", "Investeringar"),
        (
            "p",
            "Investeringsbudgeten för 2026 uppgår till 48 mkr. Efter april har 9 mkr förbrukats. Helårsprognosen "
            "är 40 mkr, och de 8 mkr som inte beräknas förbrukas avser främst den nya brandstationen.",
        ),
    ]
    [cause] = extracted_causes(tmp_path, blocks, "Hofors kommun · Kommunstyrelsen")
    assert cause.text.startswith("Investeringsbudgeten för 2026") and "brandstationen" in cause.text
    assert (cause.amount_sek, cause.direction) == (8_000_000, "positive")


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


def test_a_projects_own_overrun_under_the_investment_heading_names_the_project(tmp_path: Path) -> None:
    blocks: list[tuple[str, object]] = [
        ("h2", "Investeringar"),
        (
            "p",
            "Investeringarna väntas uppgå till 42,0 mnkr, vilket är 8,5 mnkr lägre än investeringsbudgeten.",
        ),
        (
            "p",
            "Bron över Ljusnan blev 1,5 mnkr dyrare än kalkylen, eftersom grundläggningen krävde mer pålning.",
        ),
        ("p", "Omvänt beräknas den nya förskolan överskrida projektbudgeten med 0,5 mnkr."),
    ]
    causes = extracted_causes(tmp_path, blocks, "Ljusdals kommun · Samhällsbyggnadsnämnden")
    areas = {c.text.split()[0]: c.area for c in causes}
    assert areas["Investeringarna"].startswith("Investering")  # the whole, not a project
    assert areas["Bron"] == "Bron över Ljusnan"
    assert areas["Omvänt"] != "Omvänt"  # an adverb that opens the sentence names nothing


def test_a_project_named_after_its_budget_or_as_projektet_för_is_the_area(tmp_path: Path) -> None:
    """Under "Investeringar": the project after a sentence that only states the budget; "Projektet för ny X …" names
    X; a project's overrun with its figure is a cause however the kind model reads it."""
    blocks: list[tuple[str, object]] = [
        ("h2", "Investeringar"),
        (
            "p",
            "Nämndens investeringsbudget är 36,0 mnkr. Ombyggnaden av simhallens reningsverk blir 1,9 mnkr dyrare "
            "än planerat på grund av högre entreprenadpriser.",
        ),
        (
            "p",
            "Projektet för ny gång- och cykelbana längs Storgatan beräknas överskrida sin projektbudget med 2,4 "
            "mnkr, eftersom förorenade massor påträffades.",
        ),
        (
            "p",
            "Utbytet av nätverksutrustning i skolorna blir 0,6 mnkr dyrare än planerat, vilket ryms genom att "
            "utbytet av servrar skjuts upp till 2027.",
        ),
        (
            "p",
            "Gång- och cykelbron vid Ån har däremot kostat 1,3 mnkr mer än beräknat på grund av svåra grundförhållanden.",
        ),
        (
            "p",
            "Den största avvikelsen finns i projektet Skola Östra Ängen, där 18 mnkr flyttas till 2027 sedan bygglovet "
            "överklagats.",
        ),
    ]
    causes = extracted_causes(tmp_path, blocks, "Exempelby kommun · Tekniska nämnden")
    assert [(c.area, c.amount_sek) for c in causes] == [
        ("Ombyggnaden av simhallens reningsverk", -1_900_000),
        ("Gång- och cykelbana längs Storgatan", -2_400_000),
        ("Utbytet av nätverksutrustning i skolorna", -600_000),
        ("Gång- och cykelbron vid Ån", -1_300_000),
        ("Skola Östra Ängen", 18_000_000),
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


def test_spending_per_a_month_is_spending_so_far_and_joins_what_the_whole_budget_will_do(
    tmp_path: Path,
) -> None:
    """ "… har 1,1 mnkr förbrukats per april" is spending so far (no deviation of 6,1 mnkr against the budget of 7,2);
    a project's own under-spend after it is the item's figure, and "Hela budgeten beräknas användas …" after it is
    the year's forecast it belongs to."""
    blocks: list[tuple[str, object]] = [
        ("h2", "Investeringar"),
        (
            "p",
            "Av investeringsbudgeten på 8,4 mnkr har 1,3 mnkr förbrukats per april. Upprustningen av "
            "motionsspåret i Lagan skjuts till 2027 och ger ett överskott på 1,6 mnkr.",
        ),
        ("h2", "Investeringar inom skolan"),
        (
            "p",
            "Av nämndens investeringsbudget på 3,5 mnkr har 0,6 mnkr förbrukats per augusti. Hela budgeten beräknas "
            "användas under hösten, när möbler till den nya skolan levereras.",
        ),
    ]
    spec = ReportSpec(
        title="Tertialrapport 1 2026", header="Ljusdals kommun · Kultur- och fritidsnämnden", blocks=blocks
    )
    found = extract_report(build_report(tmp_path / "rapport.pdf", spec)).explanations
    assert all(e.amount_sek != 7_100_000 for e in found)
    project = next(e for e in found if "motionsspåret" in e.text)
    assert (project.kind, project.amount_sek) == ("cause", 1_600_000)
    whole = next(e for e in found if "Hela budgeten" in e.text)
    assert whole.text.startswith("Av nämndens investeringsbudget") and whole.amount_sek is None


def test_spending_so_far_joins_a_sentence_that_says_what_the_year_comes_to_against_the_budget(
    tmp_path: Path,
) -> None:
    blocks: list[tuple[str, object]] = [
        ("h2", "Investeringar"),
        (
            "p",
            "Av nämndens investeringsbudget på 4,1 mnkr har 1,2 mnkr använts till och med augusti. Ombyggnaden av "
            "sporthallen skjuts till 2026, och helåret beräknas därför underskrida budgeten med 2,4 mnkr.",
        ),
    ]
    [cause] = extracted_causes(tmp_path, blocks, "Kungsörs kommun · Kultur- och fritidsnämnden")
    assert cause.text.startswith("Av nämndens investeringsbudget") and cause.amount_sek == 2_400_000


def test_a_project_spending_less_than_budgeted_after_the_investment_total_is_an_item_of_its_own(
    tmp_path: Path,
) -> None:
    blocks: list[tuple[str, object]] = [
        ("h2", "Investeringar"),
        (
            "p",
            "Investeringsbudgeten för 2026 uppgår till 380 mnkr. Prognosen är att 290 mnkr används under året, vilket "
            "innebär att 90 mnkr inte förbrukas. Bygget av den nya förskolan i Norrfjärden har försenats av ett "
            "överklagat bygglov och beräknas förbruka 37 mnkr mindre än budgeterat i år.",
        ),
    ]
    causes = extracted_causes(tmp_path, blocks, "Luleå kommun · Kommunstyrelsen")
    assert [c.amount_sek for c in causes] == [90_000_000, 37_000_000]
