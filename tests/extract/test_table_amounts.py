"""The amount an explanation takes from its heading or its result-table row (LABELS.md): the row for
exactly its area, the result row for the whole unit, read in the table's own columns and units."""

from pathlib import Path

import pytest
from pdf_builder import ReportSpec, Table, build_report

from extract.pipeline import extract_report
from extract.types import Explanation

_ACCOUNTS = Table(
    "Belopp i tkr",
    ["Budget", "Prognos", "Avvikelse"],
    [
        ("Verksamhetens intäkter", ["18 349", "17 453", "-896"]),
        ("Personalkostnader", ["-27 251", "-26 380", "871"]),
        ("Köp av tjänster", ["-7 969", "-7 985", "-16"]),
        ("Övriga kostnader", ["-970", "-929", "41"]),
        ("Verksamhetens kostnader", ["-36 190", "-35 294", "896"]),
        ("Kommunbidrag", ["17 841", "20 841", "3 000"]),
        ("Årets resultat", ["0", "3 000", "3 000"]),
    ],
)


def _explanations(tmp_path: Path, blocks: list[tuple[str, object]]) -> list[Explanation]:
    spec = ReportSpec(
        title="Månadsuppföljning", header="Exempelby kommun · Bygg- och miljönämnden · April 2026"
    )
    path = build_report(tmp_path / "rapport.pdf", ReportSpec(spec.title, spec.header, blocks))
    return list(extract_report(path).explanations)


def _amount_of(found: list[Explanation], start: str) -> float | None:
    [explanation] = [e for e in found if e.text.startswith(start)]
    return explanation.amount_sek


def test_the_row_the_opening_words_name_gives_the_amount(tmp_path: Path) -> None:
    found = _explanations(
        tmp_path,
        [
            ("h1", "Ekonomisk uppföljning april"),
            ("table", _ACCOUNTS),
            ("h2", "Kommentarer"),
            ("p", "Intäkterna inom bygglovsverksamheten har justerats ner till följd av färre ansökningar."),
            ("p", "Kostnaderna för personal förväntas bli lägre på grund av vakanser."),
            (
                "p",
                "Kontogruppen övriga kostnader, där förvaltningens buffert ingår, avviker positivt mot budget.",
            ),
        ],
    )
    assert _amount_of(found, "Intäkterna") == -896_000
    assert _amount_of(found, "Kostnaderna för personal") == 871_000  # not 'Verksamhetens kostnader'
    assert _amount_of(found, "Kontogruppen") == 41_000


def test_a_statement_about_the_whole_unit_takes_the_result_row(tmp_path: Path) -> None:
    found = _explanations(
        tmp_path,
        [
            ("h1", "Inledande sammanfattning"),
            (
                "p",
                "Helårsprognosen per april är ett överskott med anledning av att antalet ärenden blivit färre.",
            ),
            ("table", _ACCOUNTS),
        ],
    )
    summary = next(e for e in found if e.text.startswith("Helårsprognosen"))
    assert summary.amount_sek == 3_000_000 and "amount_from_table" in summary.flags
    assert summary.direction == "positive"


def test_an_unnamed_cost_is_not_given_the_total(tmp_path: Path) -> None:
    found = _explanations(
        tmp_path,
        [
            ("table", _ACCOUNTS),
            ("h2", "Köpt vård"),
            (
                "p",
                "Kostnaderna för köpt vård inom avdelning unga fortsätter att öka till följd av fler placeringar.",
            ),
        ],
    )
    assert _amount_of(found, "Kostnaderna för köpt vård") is None


def test_a_heading_with_an_amount_gives_it_to_the_paragraph_under_it(tmp_path: Path) -> None:
    found = _explanations(
        tmp_path,
        [
            ("h1", "Kommentarer per huvudverksamhet"),
            ("h2", "Förskola + 6 239 tkr"),
            ("p", "Mer intäkter från statsbidraget för kvalitetshöjande åtgärder i förskolan än budgeterat."),
            ("p", "Lokalanpassningar har också genomförts under våren, vilket beror på nya avdelningar."),
            ("h2", "Grundskola - 1 942 tkr"),
            ("p", "Prognostiserat underskott med anledning av fler köpta utbildningsplatser än budgeterat."),
        ],
    )
    # the heading belongs to the item under it (LABELS.md), so the item's text starts with it
    assert _amount_of(found, "Förskola + 6 239 tkr Mer intäkter") == 6_239_000
    assert _amount_of(found, "Grundskola - 1 942 tkr Prognostiserat underskott") == -1_942_000
    later = [e for e in found if e.text.startswith("Lokalanpassningar")]
    assert all(e.amount_sek is None for e in later)  # the heading's amount belongs to the first paragraph


def test_an_area_listed_under_revenue_and_under_costs_nets_both(tmp_path: Path) -> None:
    table = Table(
        "Belopp i tkr",
        ["Budget 2026", "Prognos 2026", "Avvikelse 2026"],
        [
            ("Intäkter", ["", "", ""]),
            ("Förskola", ["49 033", "54 240", "5 208"]),
            ("Fritidshem", ["23 358", "25 794", "2 437"]),
            ("Summa", ["72 391", "80 034", "7 645"]),
            ("Kostnader", ["", "", ""]),
            ("Förskola", ["-390 887", "-389 855", "1 032"]),
            ("Fritidshem", ["-124 425", "-126 900", "-2 474"]),
            ("Summa", ["-515 312", "-516 755", "-1 442"]),
            ("Resultat", ["-442 921", "-436 721", "6 203"]),
        ],
    )
    found = _explanations(
        tmp_path,
        [
            ("table", table),
            ("h2", "Förskola"),
            ("p", "Förskolan prognostiserar ett överskott på grund av färre barn än budgeterat."),
            ("h2", "Fritidshem"),
            ("p", "Fritidshemmen prognostiserar ett underskott på grund av fler elever än budgeterat."),
        ],
    )
    assert _amount_of(found, "Förskolan") == 6_240_000
    assert _amount_of(found, "Fritidshemmen") == -37_000


def test_a_table_of_counts_gives_no_kronor(tmp_path: Path) -> None:
    counts = Table(
        "Planeringstal, antal",
        ["Budget 2026", "Prognos 2026", "Avvikelse 2026"],
        [("Förskola", ["2 146", "2 069", "-77"]), ("Grundskola", ["4 987", "4 896", "-91"])],
    )
    found = _explanations(
        tmp_path,
        [
            ("h2", "Förskola"),
            ("p", "Förskolan prognostiserar ett överskott på grund av färre barn än budgeterat."),
            ("table", counts),
        ],
    )
    assert _amount_of(found, "Förskolan") is None


@pytest.mark.parametrize(
    ("opening", "amount"),
    [
        ("Intäkterna blev högre än budgeterat till följd av mer vidarefakturering.", 104_000),
        ("Övriga kostnader blev högre än budget på grund av utbildning och lokaler.", -612_000),
        ("Nämndens resultat blev sämre än budget, vilket beror på ombyggnationen.", -84_000),
    ],
)
def test_a_table_without_a_deviation_column_subtracts_budget_from_outcome(
    tmp_path: Path, opening: str, amount: float
) -> None:
    table = Table(
        "Tkr",
        ["Utfall 2022", "Budget 2022", "Utfall 2021"],
        [
            ("Förtroendevalda revisorer", ["-2 563", "-2 970", "-2 600"]),
            ("Övriga kostnader", ["-8 177", "-7 565", "-6 123"]),
            ("Summa kostnader", ["-10 740", "-10 535", "-8 723"]),
            ("Intäkter", ["5 214", "5 110", "5 158"]),
            ("Kommunbidrag", ["4 942", "4 925", "4 000"]),
            ("Summa intäkter", ["10 156", "10 035", "9 158"]),
            ("Periodens resultat", ["-584", "-500", "435"]),
        ],
    )
    found = _explanations(tmp_path, [("h1", "Ekonomiskt utfall"), ("table", table), ("p", opening)])
    assert _amount_of(found, opening[:12]) == amount


def test_a_gross_figure_quoted_as_the_amount_gives_way_to_the_rows_deviation(tmp_path: Path) -> None:
    found = _explanations(
        tmp_path,
        [
            ("table", _ACCOUNTS),
            ("h2", "Personalkostnader"),
            ("p", "Personalkostnaderna uppgår till 26 380 tkr, lägre än budget till följd av vakanser."),
        ],
    )
    staff = next(e for e in found if e.text.startswith("Personalkostnaderna"))
    assert staff.amount_sek == 871_000


def test_passages_naming_a_row_each_take_it(tmp_path: Path) -> None:
    found = _explanations(
        tmp_path,
        [
            ("table", _ACCOUNTS),
            ("h2", "Kostnader"),
            ("p", "Köp av tjänster avviker negativt från budget till följd av fler externa placeringar."),
            ("p", "Lokalhyrorna ligger i nivå med budget."),
            (
                "p",
                "Avvikelsen beror också på behovet av konsulter på avdelning unga, vilket påverkar "
                "kostnadsutvecklingen inom köp av tjänster.",
            ),
        ],
    )
    assert _amount_of(found, "Köp av tjänster") == -16_000
    assert _amount_of(found, "Avvikelsen beror också") == -16_000


def test_a_deviation_explained_by_staffing_alone_lies_in_the_personnel_costs(tmp_path: Path) -> None:
    found = _explanations(
        tmp_path,
        [
            ("table", _ACCOUNTS),
            ("h2", "Utfall och prognos"),
            ("p", "Under året har tillfälliga vakanser och övrig frånvaro genererat ett överskott."),
        ],
    )
    assert _amount_of(found, "Under året") == 871_000


def test_a_headings_amount_is_its_first_cause_s_and_a_part_of_it_in_the_prose_is_not(tmp_path: Path) -> None:
    """'Fastighetsförvaltning −1 380 tkr': the prose's 0,9 mnkr is one part of it; the paragraphs after the first
    under the same heading keep their own figures."""
    blocks: list[tuple[str, object]] = [
        ("h2", "Fastighetsförvaltning -1 380 tkr"),
        (
            "p",
            "Kostnaderna för el och fjärrvärme i kommunens fastigheter blev 0,9 mnkr högre än budgeterat. Resten "
            "av underskottet avser hyran för tomma lokaler.",
        ),
        (
            "p",
            "Gator och vägar samt parker redovisar överskott om 650 tkr respektive 480 tkr, främst genom vakanser.",
        ),
    ]
    found = _explanations(tmp_path, blocks)
    assert _amount_of(found, "Fastighetsförvaltning") == -1_380_000
    assert sorted(e.amount_sek or 0 for e in found if e.text.startswith("Gator")) == [480_000, 650_000]


def test_a_bare_sign_quoting_a_row_reads_by_the_tables_convention(tmp_path: Path) -> None:
    """'avvikelse = prognos − budget': "+3 800 tkr" is more cost than budgeted, a deficit."""
    table = Table(
        "",
        ["Budget", "Prognos", "Avvikelse"],
        [
            ("Hemtjänst", ["112 500", "116 300", "3 800"]),
            ("Individ- och familjeomsorg", ["88 400", "86 900", "-1 500"]),
            ("Korttidsboende", ["10 000", "11 200", "1 200"]),
            ("Summa", ["210 900", "214 400", "3 500"]),
        ],
    )
    blocks: list[tuple[str, object]] = [
        ("p", "Avvikelse per verksamhet, tkr (avvikelse = prognos - budget)"),
        ("table", table),
        ("h2", "Verksamheternas kommentarer"),
        (
            "bullets",
            [
                "Hemtjänst +3 800 tkr. Beviljade timmar ligger 9 procent över budgeterad nivå.",
                "Individ- och familjeomsorg -1 500 tkr. Två tjänster har stått vakanta.",
            ],
        ),
        ("bold", "Korttidsboende +1 200 tkr"),  # a heading quoting its row, over words that name the deficit
        ("p", "Underskottet beror på att fler brukare än planerat har väntat på en plats i särskilt boende."),
    ]
    found = {e.area: e for e in _explanations(tmp_path, blocks)}
    assert found["Hemtjänst"].direction == "negative" and found["Hemtjänst"].amount_sek == -3_800_000
    assert found["Individ- och familjeomsorg"].direction == "positive"
    assert (found["Korttidsboende"].direction, found["Korttidsboende"].amount_sek) == ("negative", -1_200_000)


def test_reasons_after_a_bare_figure_explain_that_figure(tmp_path: Path) -> None:
    found = _explanations(
        tmp_path,
        [
            ("h1", "Ekonomiskt resultat"),
            ("h2", "Område Primärvård"),
            ("p", "Område Primärvård prognostiserar ett underskott på 69 mnkr."),
            ("p", "Huvudorsaken är hyrläkare. Nio vårdcentraler har en hög andel hyrläkare."),
            ("h2", "Område Medicin"),
            ("p", "Område Medicin prognostiserar ett underskott på 12 mnkr till följd av överbeläggningar."),
            ("p", "Orsaken är också att fler patienter har vårdats i andra regioner."),
        ],
    )
    reasons = next(e for e in found if e.text.startswith("Huvudorsaken"))
    assert reasons.amount_sek == -69_000_000 and reasons.direction == "negative"
    assert reasons.area == "Område Primärvård" and "amount_from_previous" in reasons.flags
    # a figure that came with its own reason is that passage's item; the next passage is another cause
    more = next(e for e in found if e.text.startswith("Orsaken är också"))
    assert more.amount_sek is None


def test_a_run_in_label_of_a_deviating_row_makes_its_reasons_that_rows_explanation(tmp_path: Path) -> None:
    table = Table(
        "Resultaträkning, tkr",
        ["Budget", "Utfall", "Avvikelse"],
        [
            ("Övriga intäkter", ["1 200", "1 564", "364"]),
            ("Lokalkostnader", ["-2 400", "-2 532", "-132"]),
            ("Årets resultat", ["0", "232", "232"]),
        ],
    )
    found = _explanations(
        tmp_path,
        [
            ("h1", "Kommentarer till resultaträkningen"),
            ("table", table),
            (
                "p",
                "Lokalkostnader. Hyran för kontoret räknades upp med 5,4 procent enligt indexklausulen i "
                "hyresavtalet, medan beräkningen utgick från 2 procent.",
            ),
        ],
    )
    rent = next(e for e in found if e.text.startswith("Lokalkostnader"))
    assert (rent.kind, rent.area, rent.amount_sek) == ("cause", "Lokalkostnader", -132_000)


def test_a_table_of_the_forecasts_deviation_month_by_month_gives_the_latest_month(tmp_path: Path) -> None:
    """ "Helårsprognos, avvikelse mot budget per uppföljningsmånad": beside the budget, the months' columns are
    the deviation as it stood each month; a reason with no figure takes the latest (May's 600, not April's)."""
    table = Table(
        "",
        ["Budget 2025", "Mars", "April", "Maj"],
        [
            ("Gata och park", ["38 600", "-900", "-1 800", "-2 300"]),
            ("Kost och lokalvård", ["14 800", "400", "500", "600"]),
            ("Summa", ["53 400", "-500", "-1 300", "-1 700"]),
        ],
    )
    blocks: list[tuple[str, object]] = [
        ("p", "Helårsprognos, avvikelse mot budget per uppföljningsmånad, tkr (minus = underskott)"),
        ("table", table),
        ("h2", "Kost och lokalvård"),
        ("p", "Livsmedelspriserna har stigit mindre än vad som antogs i budgeten."),
    ]
    [found] = [e for e in _explanations(tmp_path, blocks) if e.area == "Kost och lokalvård"]
    assert (found.amount_sek, found.direction) == (600_000, "positive")


def test_a_table_of_results_per_area_reads_more_as_better(tmp_path: Path) -> None:
    """Results, not net costs: an area whose budgeted surplus turns into a deficit ("1 000 | −1 650 | −2 650")
    and a total "Förbundets resultat". A heading quoting its row keeps the sign it prints."""
    table = Table(
        "Resultat per verksamhetsområde 2026, tkr",
        ["Budget helår", "Prognos helår", "Avvikelse"],
        [
            ("Kansli", ["1 500", "1 950", "+450"]),
            ("Utbildning", ["1 000", "-1 650", "-2 650"]),
            ("Samhällsbyggnad", ["300", "820", "+520"]),
            ("Förbundets resultat", ["2 800", "1 120", "-1 680"]),
        ],
    )
    blocks: list[tuple[str, object]] = [
        ("table", table),
        ("bold", "Utbildning, -2 650 tkr"),
        ("p", "Kursverksamheten har haft färre deltagare än planerat under våren."),
        ("bold", "Samhällsbyggnad, +520 tkr"),
        ("p", "Ett regionalt planeringsprojekt finansieras delvis med EU-medel som inte fanns med i planen."),
    ]
    found = {e.area: e for e in _explanations(tmp_path, blocks)}
    assert (found["Utbildning"].direction, found["Utbildning"].amount_sek) == ("negative", -2_650_000)
    assert (found["Samhällsbyggnad"].direction, found["Samhällsbyggnad"].amount_sek) == ("positive", 520_000)


def test_a_heading_with_its_area_and_forecast_beats_one_accounts_larger_figure(tmp_path: Path) -> None:
    """ "Barn och familj, prognos −3,9 mkr" over "Kostnaden för externa placeringar beräknas bli 5,1 mkr högre än
    budgeterat, medan övriga delar … går med överskott": the heading's figure is the area's deviation."""
    blocks: list[tuple[str, object]] = [
        ("bold", "Barn och familj, prognos -3,9 mkr"),
        (
            "p",
            "Under sommaren har fyra ungdomar placerats på HVB. Kostnaden för externa placeringar beräknas bli 5,1 mkr "
            "högre än budgeterat, medan övriga delar av verksamheten går med överskott.",
        ),
    ]
    [found] = _explanations(tmp_path, blocks)
    assert (found.area, found.amount_sek, found.direction) == ("Barn och familj", -3_900_000, "negative")


def test_a_part_larger_than_its_headings_figure_is_no_amount_but_the_periods_figure_is(
    tmp_path: Path,
) -> None:
    """ "Gata och park, avvikelse −1 200 tkr" over "Vinterväghållningen kostade 1 720 tkr mer än budgeterat": others
    offset the part, the heading holds the area's figure. Under a year's heading, the period's own figure stays."""
    blocks: list[tuple[str, object]] = [
        ("bold", "Gata och park, avvikelse -1 200 tkr"),
        (
            "p",
            "Vinterväghållningen kostade 1 720 tkr mer än budgeterat efter många snöfall, medan parkskötseln blev "
            "billigare.",
        ),
        ("bold", "Regional utveckling +3,6 mnkr"),
        (
            "p",
            "Under perioden är överskottet 10,9 mnkr, eftersom utbetalningarna av företagsstöd ligger sent på året.",
        ),
    ]
    found = {e.area: e for e in _explanations(tmp_path, blocks)}
    assert found["Gata och park"].amount_sek == -1_200_000
    assert found["Regional utveckling"].amount_sek == 10_900_000


def test_a_parts_figure_with_the_rest_in_words_takes_the_rows_deviation(tmp_path: Path) -> None:
    """ "Kostnaderna för personal överstiger … 600 tkr. Resten avser …": the prose names one part of the row's
    deviation and the rest in words only, so the item's amount is the row's (871 tkr); a rest with a figure of its
    own keeps the prose's."""
    found = _explanations(
        tmp_path,
        [
            ("h1", "Ekonomisk uppföljning april"),
            ("table", _ACCOUNTS),
            ("h2", "Kommentarer"),
            (
                "p",
                "Kostnaderna för personal blir 600 tkr lägre än budget genom vakanser, resten avser sjukfrånvaro.",
            ),
            (
                "p",
                "Kontogruppen övriga kostnader blir 30 tkr lägre än budget. Resten av avvikelsen, 11 tkr, avser porto.",
            ),
        ],
    )
    assert _amount_of(found, "Kostnaderna för personal") == 871_000
    assert _amount_of(found, "Kontogruppen") == 30_000
