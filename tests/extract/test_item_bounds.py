"""Where an item begins and ends inside a paragraph: each area's own claim, reasons before a bare or concluded
deviation, a reading guide, the period and the year, a project's money moved on (LABELS.md: one claim about one
area)."""

from __future__ import annotations

from pathlib import Path

import pytest
from pdf_builder import Table, extracted_causes

from extract.amounts import pick_amount


def test_each_area_that_states_its_own_deviation_and_reason_is_an_item(tmp_path: Path) -> None:
    """Under a heading that names no one area, each sentence that names its area, its deviation with a
    figure and its reason is an item of its own (LABELS.md: an item is one claim about one area)."""
    adult = "Vuxenutbildningen lämnar ett överskott om 350 tkr tack vare att statsbidraget blev högre än budgeterat."
    board = "Nämnd och förvaltningsledning slutar 240 tkr under budget, eftersom konsultstödet blev mindre."
    culture = "Kulturskolan och fritidsgården överskrider budget med 200 tkr, där öppettiderna har krävt mer personal."
    blocks: list[tuple[str, object]] = [("h2", "Övriga verksamheter"), ("p", f"{adult} {board} {culture}")]
    causes = extracted_causes(tmp_path, blocks, "Överkalix kommun · Barn- och utbildningsnämnden")
    assert [(e.text, e.amount_sek) for e in causes] == [
        (adult, 350_000),
        (board, 240_000),
        (culture, -200_000),
    ]


def test_a_deviation_concluded_from_the_sentences_before_it_takes_them_in_as_its_reasons(
    tmp_path: Path,
) -> None:
    reasons = (
        "Två nya turer till Lansjärv och Tallvik fick sättas in i augusti när fler elever började i skolan."
    )
    concluded = "Skolskjutsen kostade därmed 460 tkr mer än budgeterat."
    blocks: list[tuple[str, object]] = [("h2", "Skolskjuts"), ("p", f"{reasons} {concluded}")]
    causes = extracted_causes(tmp_path, blocks, "Överkalix kommun · Barn- och utbildningsnämnden")
    assert [(e.text, e.amount_sek, e.area) for e in causes] == [
        (f"{reasons} {concluded}", -460_000, "Skolskjuts")
    ]


def test_a_heading_with_its_verdict_and_figure_belongs_to_the_item_under_it_also_with_a_dash_in_its_name(
    tmp_path: Path,
) -> None:
    heading = "Grundskola F-9 - underskott 1 420 tkr"  # the test font draws no en dash
    text = "Elevantalet blev 14 elever högre än budgeterat. Statsbidraget halverades dessutom för hösten."
    blocks: list[tuple[str, object]] = [("h2", heading), ("p", text)]
    causes = extracted_causes(tmp_path, blocks, "Överkalix kommun · Barn- och utbildningsnämnden")
    assert [(e.text, e.amount_sek, e.area) for e in causes] == [
        (f"{heading} {text}", -1_420_000, "Grundskola F-9")
    ]


@pytest.mark.parametrize(
    ("before", "sentence", "another"),
    [
        (
            "Vuxenutbildningen lämnar ett överskott om 350 tkr tack vare högre statsbidrag.",
            "Kulturskolan överskrider budget med 200 tkr, där öppettiderna har krävt mer personal.",
            True,
        ),
        # a total without its reason: the reasons follow, a part named with its figure among them
        (
            "Hälso- och sjukvården bedöms lämna ett mindre överskott på 0,7 mnkr.",
            "Hemtjänsten kostar 1,2 mnkr mer än budget, eftersom timmarna ökar.",
            False,
        ),
        # a part, a share or a sum of the same deviation
        (
            "Placeringar på HVB kostar 2,4 mnkr mer än budget, eftersom två barn har placerats.",
            "Kostnaderna för familjehem ligger 0,5 mnkr under budget, då färre hem har anlitats.",
            False,
        ),
        (
            "Socialnämnden redovisar ett underskott på 9,4 mnkr på grund av placeringar.",
            "Externa placeringar står för drygt 6 mnkr av underskottet, eftersom två barn placerats.",
            False,
        ),
        (
            "Vinterväghållningen kostar 2,4 mnkr mer än budget till följd av snön.",
            "Därutöver har reparationerna överstigit budget med 1,2 mnkr, eftersom skyfallet skadade vägar.",
            False,
        ),
    ],
)
def test_another_areas_claim_is_its_own_deviation_figure_and_reason(
    before: str, sentence: str, another: bool
) -> None:
    from extract.area_claims import claims_another_area

    assert claims_another_area(before, sentence) is another


def test_reasons_before_a_bare_deviation_under_its_areas_heading_are_its_item(tmp_path: Path) -> None:
    """The paragraph under "Särskilt boende" gives its reasons first and states the deviation last, with no
    reason of its own: one item. So does a revenue deviation after the reasons that lead up to it."""
    home = (
        "Silvergården har haft fullbelagt hela våren, och en korttidsplats har fått användas som permanent plats. "
        "Kostnaderna blir ungefär 2,1 mnkr högre än budget."
    )
    unit = (
        "Enheten har fått färre anvisade deltagare från Arbetsförmedlingen än planerat. "
        "Intäkterna understiger budget med 1 140 tusen kronor."
    )
    family = "Två barn har placerats enligt LVU sedan årsskiftet. Avvikelsen mot budget blir en dryg miljon kronor."
    blocks: list[tuple[str, object]] = [
        ("h2", "Särskilt boende"),
        ("p", home),
        ("h2", "Arbetsmarknadsenheten"),
        ("p", unit),
        ("h2", "Individ- och familjeomsorg"),
        ("p", family),
    ]
    causes = extracted_causes(tmp_path, blocks, "Arjeplogs kommun · Socialnämnden")
    assert [(e.text, e.amount_sek) for e in causes] == [
        (home, -2_100_000),
        (unit, -1_140_000),
        (family, 1_000_000),
    ]


def test_reasons_after_a_run_in_label_before_the_bare_deviation_are_its_item(tmp_path: Path) -> None:
    """A run-in label names the area as a heading does ("Bostadsanpassning: …" under "Verksamheterna")."""
    adaptation = (
        "Bostadsanpassning: Två omfattande ärenden, bland annat en trapphiss i ett flerbostadshus, har redan "
        "beviljats. Prognosen är ett underskott på 450 tkr."
    )
    blocks: list[tuple[str, object]] = [
        ("h2", "Verksamheterna"),
        ("p", adaptation),
        ("p", "Administration: En vakant tjänst ger ett överskott på 0,6 mnkr."),
    ]
    causes = extracted_causes(tmp_path, blocks, "Gnosjö kommun · Tekniska nämnden")
    assert [(e.text, e.amount_sek) for e in causes][0] == (adaptation, -450_000)


def test_the_parts_of_a_deviation_go_its_way(tmp_path: Path) -> None:
    """ "Av avvikelsen avser 4,0 mnkr X och 2,7 mnkr Y" after the revenue's shortfall: both parts are negative."""
    blocks: list[tuple[str, object]] = [
        ("h2", "Intäkter"),
        (
            "p",
            "Behandlingsavgifter och försäljning. Mängderna har minskat. Prognosen ligger 6,7 mnkr under budget.",
        ),
        ("p", "Av avvikelsen avser 4,0 mnkr behandlingsavgifter och 2,7 mnkr materialförsäljning."),
    ]
    causes = extracted_causes(tmp_path, blocks, "Vafab Miljö Kommunalförbund · Direktionen")
    assert [(e.amount_sek, e.direction) for e in causes] == [
        (-6_700_000, "negative"),
        (-4_000_000, "negative"),
        (-2_700_000, "negative"),
    ]


def test_another_finance_item_added_or_going_the_other_way_is_its_own_item(tmp_path: Path) -> None:
    blocks: list[tuple[str, object]] = [
        ("h2", "Sammanfattning"),
        (
            "p",
            "Sektorernas sammanlagda prognos är ett underskott på 7,9 mnkr. Finansieringen, det vill säga skatter "
            "och generella statsbidrag, väntas samtidigt ge ett överskott på 3,7 mnkr.",
        ),
        ("h2", "Finansiering"),
        (
            "p",
            "Skatteintäkter och generella statsbidrag beräknas överstiga budget med 3,1 mnkr. Finansnettot bidrar "
            "med ytterligare 0,6 mnkr tack vare högre ränteintäkter.",
        ),
    ]
    causes = extracted_causes(tmp_path, blocks, "Bollebygds kommun · Kommunstyrelsen")
    assert [e.amount_sek for e in causes] == [-7_900_000, 3_700_000, 3_100_000, 600_000]


@pytest.mark.parametrize(
    ("sentence", "following", "expected"),
    [
        (
            "Sektorerna prognostiserar ett underskott på 7,9 mnkr.",
            "Finansieringen ger ett överskott på 3,7 mnkr.",
            True,
        ),
        # a part of the same deviation, last year's figure, or the same way: no claim of its own
        (
            "Sektorn redovisar ett överskott på 0,5 mnkr.",
            "Snöröjningen blev 0,4 mnkr dyrare än budgeterat och äter upp en del av överskottet.",
            False,
        ),
        (
            "Gymnasiet visar ett överskott på 1,3 mnkr.",
            "Föregående år visade gymnasiet ett underskott på 2,3 mnkr.",
            False,
        ),
        (
            "Hemtjänsten visar ett underskott på 1,3 mnkr.",
            "Ledningen visar ett underskott på 0,3 mnkr.",
            False,
        ),
    ],
)
def test_opposite_claims_of_two_areas(sentence: str, following: str, expected: bool) -> None:
    from extract.sentence_bounds import opposite_claims

    assert opposite_claims(sentence, following) is expected


def test_an_investment_forecast_after_the_spending_so_far_and_its_reason_are_one_item(tmp_path: Path) -> None:
    """The year's forecast stated with the spending so far ("… är 11,2 mnkr och helårsprognosen 47,5 mnkr") is set
    against the budget, and "Att prognosen understiger budgeten beror …" is its reason."""
    text = (
        "Investeringsbudgeten för 2026 uppgår till 64,0 mnkr inklusive ombudgeteringar från föregående år. "
        "Utfallet till och med maj är 11,2 mnkr och helårsprognosen 47,5 mnkr. Att prognosen understiger budgeten "
        "beror främst på att bygget av den nya förskolan kommer i gång först efter sommaren."
    )
    blocks: list[tuple[str, object]] = [("h2", "Investeringar"), ("p", text)]
    [cause] = extracted_causes(tmp_path, blocks, "Bollebygds kommun · Kommunstyrelsen")
    assert (cause.text, cause.amount_sek, cause.direction) == (text, 16_500_000, "positive")


def test_costs_of_another_area_set_against_the_heading_with_daremot_are_its_own_item(tmp_path: Path) -> None:
    blocks: list[tuple[str, object]] = [
        ("h2", "Individ- och familjeomsorg (-3,2 mnkr)"),
        (
            "p",
            "Underskottet kan i huvudsak härledas till placeringar av barn och unga. Kostnaderna för vuxna med "
            "missbruk ligger däremot 0,4 mnkr under budget.",
        ),
    ]
    causes = extracted_causes(tmp_path, blocks, "Herrljunga kommun · Socialnämnden")
    assert [(e.area, e.amount_sek) for e in causes][-1] == ("Vuxna med missbruk", 400_000)


def test_a_deviation_summed_up_after_its_reasons_goes_the_way_its_own_words_say() -> None:
    from extract.directions import direction_of

    text = (
        "Gymnasieskolan: Elevantalet var 52 fler än budgeterat. Intäkterna blev därmed 4,1 mnkr högre än budget, "
        "medan de extra klasserna kostade 0,9 mnkr. Sammantaget ger det gymnasieskolan en positiv avvikelse på "
        "3,2 mnkr."
    )
    amount = pick_amount(text)
    assert amount is not None and amount.sek == 3_200_000
    assert direction_of(text, amount) == "positive"


def test_a_paragraph_that_tells_how_to_read_the_figures_states_no_deviation(tmp_path: Path) -> None:
    guide = (
        "Detta är årets första helårsprognos. Avvikelse beräknas som budget minus prognos, vilket innebär att "
        "ett negativt belopp är ett underskott."
    )
    result = "Nämnden prognostiserar ett underskott på 3,1 mnkr, främst inom hemtjänsten."
    blocks: list[tuple[str, object]] = [("h2", "Ekonomisk sammanfattning"), ("p", guide), ("p", result)]
    causes = extracted_causes(tmp_path, blocks, "Bräcke kommun · Socialnämnden")
    assert [(e.text, e.amount_sek) for e in causes] == [(result, -3_100_000)]


def test_a_line_that_announces_the_reasons_of_the_figures_below_is_no_item(tmp_path: Path) -> None:
    blocks: list[tuple[str, object]] = [
        ("h2", "Ärendebeskrivning"),
        ("p", "Prognosen per verksamhetsområde och de viktigaste förklaringarna:"),
        ("bullets", ["Äldreomsorg: -4,6 mnkr. Fler beviljade hemtjänsttimmar.", "Funktionsstöd: +0,8 mnkr."]),
    ]
    causes = extracted_causes(tmp_path, blocks, "Gnesta kommun · Socialnämnden")
    assert all("förklaringarna" not in e.text for e in causes)
    assert [e.amount_sek for e in causes] == [-4_600_000, 800_000]


def test_a_sentence_that_says_what_moved_the_deviation_is_part_of_its_claim() -> None:
    from extract.items import split_passages
    from extract.sections import Paragraph

    text = (
        "Gator och vägar gav ett överskott på 1 280 tkr, att jämföra med ett underskott på 1 940 tkr året innan. "
        "Vinterväghållningen kostade 2,1 mnkr mindre än budgeterat, men överskottet minskades av dyrare asfalt."
    )
    paragraph = Paragraph(text, ("Ekonomiskt resultat",), 1, (0, 0, 1, 1), ((1, (0, 0, 1, 1)),), 0)
    assert split_passages(paragraph) == [text]
    two = (
        "Gator och vägar gav ett överskott på 1 280 tkr tack vare den milda vintern. "
        "Parker och grönområden kostade 0,6 mnkr mer än budgeterat efter stormen."
    )
    assert (
        len(
            split_passages(Paragraph(two, ("Ekonomiskt resultat",), 1, (0, 0, 1, 1), ((1, (0, 0, 1, 1)),), 0))
        )
        == 2
    )


def test_a_run_in_label_under_another_areas_amount_heading_names_its_own_row(tmp_path: Path) -> None:
    """Under "Individ- och familjeomsorg, underskott 3 150 tkr", a paragraph that opens "Ekonomiskt bistånd." is
    that table row's item, with the row's amount."""
    table = Table(
        "Driftredovisning per verksamhet, tkr",
        ["Budget", "Prognos", "Avvikelse"],
        [
            ("Individ- och familjeomsorg", ["58 300", "61 450", "-3 150"]),
            ("Ekonomiskt bistånd", ["14 800", "15 950", "-1 150"]),
        ],
    )
    blocks: list[tuple[str, object]] = [
        ("table", table),
        ("h2", "Individ- och familjeomsorg, underskott 3 150 tkr"),
        ("p", "Under perioden har fyra barn placerats på HVB efter akuta omhändertaganden."),
        ("p", "Ekonomiskt bistånd. Antalet hushåll med försörjningsstöd har ökat sedan årsskiftet."),
    ]
    causes = extracted_causes(tmp_path, blocks, "Älvkarleby kommun · Socialnämnden")
    assert [(e.area, e.amount_sek) for e in causes] == [
        ("Individ- och familjeomsorg", -3_150_000),
        ("Ekonomiskt bistånd", -1_150_000),
    ]


@pytest.mark.parametrize(
    ("period", "deviation"),
    [
        (
            "Det ackumulerade utfallet till och med november är 2 100 tkr högre än den periodiserade budgeten.",
            -2_100_000,
        ),
        (
            "Avvikelsen mot periodiserad budget efter november är -1 150 tkr.",
            -1_150_000,
        ),  # the budget named first
    ],
)
def test_the_years_forecast_and_the_accumulated_period_are_two_items(
    tmp_path: Path, period: str, deviation: int
) -> None:
    year = "Tekniska nämnden prognostiserar efter november ett underskott på 2 430 tkr för helåret."
    blocks: list[tuple[str, object]] = [("h2", "Sammanfattning"), ("p", f"{year} {period}")]
    causes = extracted_causes(tmp_path, blocks, "Övertorneå kommun · Tekniska nämnden")
    assert [(e.text, e.amount_sek) for e in causes] == [(year, -2_430_000), (period, deviation)]


def test_a_project_below_its_budget_under_an_investment_heading_is_the_area() -> None:
    from extract.areas import project_area

    text = "Ombyggnaden av reningsverket i Svanstein förbrukar 2,5 mnkr mindre än budgeterat i år."
    assert project_area(text, ("Investeringar",), None) == "Ombyggnaden av reningsverket i Svanstein"
    text = "Utbytet av gatubelysning till LED tidigarelades, och belysningen blev därför 1,2 mnkr högre än budgeterat."
    assert project_area(text, ("Investeringar",), None) == "Utbytet av gatubelysning till LED"
    text = "Tryckstegringsstationen i Hova överskred budget med 750 tkr sedan entreprenören stött på berg."
    assert project_area(text, ("Investeringar",), None) == "Tryckstegringsstationen i Hova"


def test_a_projects_money_moved_on_is_its_own_item_unless_it_is_the_whole_under_spend(tmp_path: Path) -> None:
    total = "Av årets investeringsbudget på 38,2 mnkr beräknas 24,7 mnkr användas."
    part = "Den största skillnaden gäller reningsverket i Rätan, där 9,0 mnkr flyttas till 2026."
    blocks: list[tuple[str, object]] = [("h2", "Investeringar"), ("p", f"{total} {part}")]
    causes = extracted_causes(tmp_path, blocks, "Bergs kommun · Kommunstyrelsen")
    assert [(e.text, e.amount_sek) for e in causes] == [(total, 13_500_000), (part, 9_000_000)]
    whole = (
        "Den nya belysningen i elljusspåret har skjutits upp, och 13,5 mnkr föreslås föras över till 2026."
    )
    blocks = [("h2", "Investeringar"), ("p", f"{total} {whole}")]
    causes = extracted_causes(tmp_path, blocks, "Bergs kommun · Kommunstyrelsen")
    assert [(e.text, e.amount_sek) for e in causes] == [(f"{total} {whole}", 13_500_000)]


def test_another_areas_figure_set_against_the_heading_is_its_own_item(tmp_path: Path) -> None:
    """Under a heading with its own area and amount, a sentence that sets its own area's figure against it
    ("… däremot …") is a claim about that area, not a reason of the heading's."""
    placements = "Kostnaderna för placeringar av barn och unga har varit höga under hela året."
    support = (
        "Försörjningsstödet blev däremot 1 250 tkr lägre än budgeterat, eftersom fler hushåll fått arbete."
    )
    blocks: list[tuple[str, object]] = [
        ("h2", "Individ- och familjeomsorg -1 650 tkr"),
        ("p", f"{placements} {support}"),
    ]
    causes = extracted_causes(tmp_path, blocks, "Kinda kommun · Socialnämnden")
    assert [(e.text, e.area, e.amount_sek) for e in causes] == [
        (f"Individ- och familjeomsorg -1 650 tkr {placements}", "Individ- och familjeomsorg", -1_650_000),
        (support, "Försörjningsstödet", 1_250_000),
    ]


def test_levels_set_against_each_other_then_concluded_in_a_long_subject_are_one_item(tmp_path: Path) -> None:
    levels = "Helårsprognosen landar på ett resultat om 3,9 mnkr, att jämföra med budgeterade 11,0 mnkr."
    concluded = "Budgetavvikelsen för kommunen som helhet blir därmed -7,1 mnkr."
    blocks: list[tuple[str, object]] = [("h2", "Resultat och prognos"), ("p", f"{levels} {concluded}")]
    causes = extracted_causes(tmp_path, blocks, "Storumans kommun · Kommunstyrelsen")
    assert [(e.text, e.amount_sek) for e in causes] == [(f"{levels} {concluded}", -7_100_000)]


def test_a_result_against_a_zero_budget_is_the_deviation_not_the_rows_gross_figure(tmp_path: Path) -> None:
    """The result row's outcome is its deviation for the period when its budget is zero: the prose's figure
    stays, and is not replaced by the year's forecast deviation beside it."""
    table = Table(
        "Resultaträkning, tkr",
        ["Budget 2025", "Utfall jan-jun", "Prognos 2025", "Diff"],
        [
            ("Avgiftsintäkter", ["5 840", "3 910", "5 580", "-260"]),
            ("Resultat", ["0", "612", "-150", "-150"]),
        ],
    )
    text = "Resultatet för januari-juni uppgår till 612 tkr, att jämföra med ett budgeterat nollresultat."
    blocks: list[tuple[str, object]] = [("table", table), ("h2", "Ekonomiskt resultat"), ("p", text)]
    causes = extracted_causes(tmp_path, blocks, "Dalslands miljöförbund · Direktionen")
    assert [(e.text, e.amount_sek, e.direction) for e in causes] == [(text, 612_000, "positive")]


def test_the_year_then_the_deficit_so_far_are_two_items_and_a_time_is_no_area(tmp_path: Path) -> None:
    year = "Kommunstyrelsens verksamheter beräknas gå med ett underskott på 2,7 mnkr för helåret."
    so_far = "Till och med maj uppgår underskottet till 0,9 mnkr."
    blocks: list[tuple[str, object]] = [("h2", "Sammanfattning"), ("p", f"{year} {so_far}")]
    causes = extracted_causes(tmp_path, blocks, "Skinnskattebergs kommun · Kommunstyrelsen")
    assert [(e.text, e.amount_sek) for e in causes] == [(year, -2_700_000), (so_far, -900_000)]
    assert causes[1].area is None


def test_a_run_in_label_heads_the_respektive_list_after_it(tmp_path: Path) -> None:
    label = "Lokal- och övriga kostnader."
    listing = (
        "Lägre hyra för Ågården efter en omförhandling och återhållsamhet med inköp av förbrukningsmaterial ger "
        "sammantaget 0,8 respektive 1,1 mnkr i överskott."
    )
    blocks: list[tuple[str, object]] = [("h2", "Kostnader"), ("p", f"{label} {listing}")]
    causes = extracted_causes(tmp_path, blocks, "Lindesbergs kommun · Vård- och omsorgsnämnden")
    assert [(e.text, e.area, e.amount_sek) for e in causes] == [
        (f"{label} {listing}", "Lokalkostnader", 800_000),
        (f"{label} {listing}", "Övriga kostnader", 1_100_000),
    ]


def test_the_year_then_the_period_against_its_periodised_budget_are_two_items(tmp_path: Path) -> None:
    year = "Socialnämndens prognos för helåret pekar på ett budgetöverdrag om 6,4 mnkr."
    period = "Mot den periodiserade budgeten är utfallet för januari-mars 2,0 mnkr högre."
    blocks: list[tuple[str, object]] = [("h2", "Sammanfattning"), ("p", f"{year} {period}")]
    causes = extracted_causes(tmp_path, blocks, "Bengtsfors kommun · Socialnämnden")
    assert [(e.text, e.amount_sek) for e in causes] == [(year, -6_400_000), (period, -2_000_000)]


def test_a_reason_that_names_another_deviation_takes_no_figure_from_the_one_before(tmp_path: Path) -> None:
    """ "Överskottet för perioden är tillfälligt." after the year's deficit names the period's surplus: it does
    not take the deficit's figure."""
    year = "Nämnden räknar för helåret med ett underskott på 5,6 mnkr."
    reason = "Överskottet för perioden är tillfälligt. Semesterlöneskulden minskar under sommaren."
    blocks: list[tuple[str, object]] = [("h2", "Ekonomi"), ("p", year), ("p", reason)]
    causes = extracted_causes(tmp_path, blocks, "Munkedals kommun · Välfärdsnämnden")
    assert [(e.text, e.amount_sek) for e in causes] == [(year, -5_600_000), (reason, None)]


@pytest.mark.parametrize(
    ("total", "project", "deviation"),
    [
        (
            "Nämndens investeringar uppgick till 38,6 mnkr mot en budget på 52,0 mnkr.",
            "Överföringsledningen till Bovallstrand blev 4,2 mnkr dyrare än kalkylerat på grund av mycket berg.",
            13_400_000,
        ),
        (  # against what was "beräknat" for it
            "Av investeringsbudgeten på 12,5 mnkr har 7,9 mnkr använts.",
            "Konstgräsplanen i Timmersdala blev 4,2 mnkr dyrare än beräknat på grund av mycket berg.",
            4_600_000,
        ),
    ],
)
def test_a_projects_overrun_against_its_calculation_after_the_total_is_its_own_item(
    tmp_path: Path, total: str, project: str, deviation: int
) -> None:
    blocks: list[tuple[str, object]] = [("h2", "Investeringar"), ("p", f"{total} {project}")]
    causes = extracted_causes(tmp_path, blocks, "Sotenäs kommun · Tekniska nämnden")
    assert [(e.text, e.amount_sek) for e in causes] == [(total, deviation), (project, -4_200_000)]


def test_levels_in_a_paragraph_of_their_own_before_the_concluded_deviation_are_no_cause(
    tmp_path: Path,
) -> None:
    levels = "För helåret prognostiseras ett resultat på 2,1 mnkr, att jämföra med budgeterade 8,5 mnkr."
    concluded = "Resultatet blir därmed 6,4 mnkr svagare än vad fullmäktige budgeterat."
    blocks: list[tuple[str, object]] = [("h2", "Resultat"), ("p", levels), ("p", concluded)]
    causes = extracted_causes(tmp_path, blocks, "Essunga kommun · Kommunstyrelsen")
    assert [(e.text, e.amount_sek) for e in causes] == [(concluded, -6_400_000)]


def test_the_reason_of_the_periods_outcome_and_the_years_deficit_are_two_items(tmp_path: Path) -> None:
    """The period's surplus named only in words with its reason, then the year's deficit with its figure: two
    items, each its own way (LABELS.md: the period and the year are separate claims)."""
    found = extracted_causes(
        tmp_path,
        [
            ("h1", "Ekonomiskt resultat"),
            (
                "p",
                "Det positiva utfallet för perioden beror främst på att kostnaderna för övningar och utbildning av "
                "nya deltidsbrandmän uppstår under hösten. För helåret prognostiseras ett underskott mot budget på "
                "1,1 mnkr.",
            ),
        ],
        "Exempelby räddningstjänstförbund · Direktionen · Juni 2026",
    )
    assert [(e.direction, e.amount_sek) for e in found] == [("positive", None), ("negative", -1_100_000)]
