"""The amount an explanation takes from its heading or its result-table row (LABELS.md): the row for
exactly its area, the result row for the whole unit, read in the table's own columns and units."""

from pathlib import Path

import pymupdf
import pytest
from pdf_builder import ReportSpec, Table, build_report

from extract.layout import group_rows
from extract.pdf import read_pdf
from extract.pipeline import extract_report
from extract.tables import Table as ReadTable
from extract.tables import find_tables, split_numbers
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


def _drawn_tables(
    path: Path, header: list[list[str]], rows: list[tuple[str, list[str]]], edges: list[float]
) -> list[ReadTable]:
    """The tables read from one page holding one table: header lines stacked over right-aligned columns
    (the first cell of each line is the label column's), then its rows."""
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    page.insert_text((60, 80), "Driftredovisning", fontsize=14, fontname="hebo")
    y = 120.0
    for line in header:
        for x, cell in zip([None, *edges], line, strict=True):
            width = pymupdf.get_text_length(cell, fontname="hebo", fontsize=8)
            page.insert_text((60 if x is None else x - width, y), cell, fontsize=8, fontname="hebo")
        y += 10.5
    for label, values in rows:
        y += 2
        page.insert_text((60, y), label, fontsize=8)
        for x, value in zip(edges, values, strict=True):
            page.insert_text((x - pymupdf.get_text_length(value, fontsize=8), y), value, fontsize=8)
        y += 10
    doc.save(path)
    rows_read = group_rows(read_pdf(path).pages[0].lines)
    return find_tables(rows_read)[0]


def _deviations(table: ReadTable, period: bool = False) -> dict[str, float | None]:
    return {row.label: table.area_deviation(row, period) for row in table.rows}


def test_stacked_headers_with_period_and_forecast_deviations_in_mnkr(tmp_path: Path) -> None:
    [table] = _drawn_tables(
        tmp_path / "t.pdf",
        [
            ["Mnkr", "Utfall", "Budget", "Avvikelse", "Årsbudget", "Prognos", "Prognos", "Avvikelse"],
            ["", "jan-aug", "jan-aug", "mot budget", "2025", "apr", "aug", "prognos/budget"],
        ],
        [
            ("Personalkostnader", ["-512,3", "-498,0", "-14,3", "-747,0", "-760,0", "-765,2", "-18,2"]),
            ("Intäkter", ["80,1", "75,0", "5,1", "112,5", "115,0", "117,0", "4,5"]),
            ("Nettokostnad", ["-432,2", "-423,0", "-9,2", "-634,5", "-645,0", "-648,2", "-13,7"]),
        ],
        [200, 250, 300, 350, 400, 450, 520],
    )
    assert table.unit == "mnkr"
    assert _deviations(table) == {
        "Personalkostnader": -18_200_000,
        "Intäkter": 4_500_000,
        "Nettokostnad": -13_700_000,
    }
    assert _deviations(table, period=True)["Personalkostnader"] == -14_300_000


@pytest.mark.parametrize(
    ("deviation_header", "values"),
    [
        ("Avvikelse", ["1 500", "-2 000", "400"]),  # budget − forecast, costs printed positive
        (
            "Diff prognos-budget",
            ["-1 500", "2 000", "-400"],
        ),  # the reverse: the sign is read from the numbers
    ],
)
def test_the_sign_convention_is_read_from_the_table_itself(
    tmp_path: Path, deviation_header: str, values: list[str]
) -> None:
    revenue = ["12 000", "13 500"] if values[0] == "1 500" else ["-12 000", "-13 500"]
    [table] = _drawn_tables(
        tmp_path / "t.pdf",
        [["Tkr", "Budget 2025", "Prognos 2025", deviation_header]],
        [
            ("Intäkter", [*revenue, values[0]]),
            ("Personal", ["45 000", "47 000", values[1]]),
            ("Lokaler", ["8 000", "7 600", values[2]]),
        ],
        [300, 380, 470],
    )
    assert _deviations(table) == {"Intäkter": 1_500_000, "Personal": -2_000_000, "Lokaler": 400_000}


def test_a_percentage_column_is_not_the_deviation(tmp_path: Path) -> None:
    [table] = _drawn_tables(
        tmp_path / "t.pdf",
        [["Tkr", "Budget", "Prognos", "Avvikelse", "Avvikelse %"]],
        [
            ("Hemtjänst", ["-45 000", "-47 000", "-2 000", "-4,4"]),
            ("Särskilt boende", ["-80 000", "-79 000", "1 000", "1,3"]),
        ],
        [260, 330, 400, 470],
    )
    assert _deviations(table) == {"Hemtjänst": -2_000_000, "Särskilt boende": 1_000_000}
    assert table.rows[0].values[3] == -4.4


def test_last_years_outcome_is_not_this_years_deviation(tmp_path: Path) -> None:
    [table] = _drawn_tables(
        tmp_path / "t.pdf",
        [["Tkr", "Bokslut 2024", "Budget 2025", "Prognos 2025", "Avvikelse 2025"]],
        [
            ("Hemtjänst", ["-44 000", "-45 000", "-47 000", "-2 000"]),
            ("Särskilt boende", ["-78 000", "-80 000", "-79 000", "1 000"]),
        ],
        [260, 330, 400, 470],
    )
    assert _deviations(table) == {"Hemtjänst": -2_000_000, "Särskilt boende": 1_000_000}


@pytest.mark.parametrize(
    ("text", "pieces"),
    [
        ("-27 251 -26 380", ["-27 251", "-26 380"]),
        ("18 349 17 453 -896", ["18 349", "17 453", "-896"]),
        ("2 146 2 069 -77", ["2 146", "2 069", "-77"]),
        ("1 245,0 1 240,0 +5,0", ["1 245,0", "1 240,0", "+5,0"]),
        ("- 1 129,5 - 1 100,0", ["- 1 129,5", "- 1 100,0"]),
        ("-7 969", None),  # one number
        ("Lokalhyror 12", None),
    ],
)
def test_numbers_printed_too_close_are_told_apart(text: str, pieces: list[str] | None) -> None:
    spans = split_numbers(text)
    assert ([text[a:b] for a, b in spans] if spans else None) == pieces


def test_a_table_whose_columns_run_together_is_still_read(tmp_path: Path) -> None:
    [table] = _drawn_tables(
        tmp_path / "t.pdf",
        [["Tkr", "Budget", "Prognos", "Avvikelse"]],
        [
            ("Personalkostnader", ["-1 027 251", "-1 026 380", "871"]),
            ("Köp av tjänster", ["-7 969", "-7 985", "-16"]),
            ("Summa", ["-1 035 220", "-1 034 365", "855"]),
        ],
        [230, 270, 300],  # too close: the text layer holds "-1 027 251 -1 026 380" as one cell
    )
    assert _deviations(table) == {"Personalkostnader": 871_000, "Köp av tjänster": -16_000, "Summa": 855_000}


@pytest.mark.parametrize(
    ("columns", "current"),
    [
        (
            ["Budget", "Prognos", "Avv. okt", "Avv. sep"],
            -1_100_000,
        ),  # this month's forecast, not last month's
        (["Budget 2025", "Prognos 2025", "Avvikelse april", "Avvikelse februari"], -1_100_000),
        (["Budget 2025", "Prognos 2025", "Avvikelse helår", "Avvikelse tertial 1"], -1_100_000),
    ],
)
def test_of_dated_deviation_columns_the_current_forecast_counts(
    tmp_path: Path, columns: list[str], current: float
) -> None:
    [table] = _drawn_tables(
        tmp_path / "t.pdf",
        [["Mnkr", *columns]],
        [
            ("Tekniska nämnden", ["88,0", "89,1", "-1,1", "-0,3"]),
            ("Socialnämnden", ["410,0", "424,1", "-14,1", "-12,8"]),
        ],
        [250, 330, 420, 510],
    )
    assert _deviations(table)["Tekniska nämnden"] == current
    assert _deviations(table, period=True)["Tekniska nämnden"] == current


def test_a_caption_over_the_columns_is_not_a_column_name(tmp_path: Path) -> None:
    [table] = _drawn_tables(
        tmp_path / "t.pdf",
        [
            ["Budget och prognos per verksamhet, mnkr", "", "", ""],
            ["Verksamhet", "Budget", "Prognos", "Avv."],
        ],
        [("Bibliotek", ["48,3", "47,7", "0,6"]), ("Kulturskola", ["31,2", "31,7", "-0,5"])],
        [200, 245, 285],
    )
    assert table.columns == ("Budget", "Prognos", "Avv.")
    assert _deviations(table) == {"Bibliotek": 600_000, "Kulturskola": -500_000}


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


def test_a_header_line_of_years_is_no_row_of_the_table() -> None:
    """ "Verksamhet  2025  2025  2025  2024" under "Budget  Utfall  Avvikelse  Avvikelse": the years name
    the columns; read as figures they made a row "Verksamhet" of 2 025 tkr that passages matched."""
    from extract.layout import Row
    from extract.tables import _is_number_row

    def row(*cells: str) -> Row:
        boxes = tuple((60.0 + 90 * n, 100.0, 140.0 + 90 * n, 110.0) for n in range(len(cells)))
        return Row(1, cells, boxes, 9.0, False)

    assert not _is_number_row(row("Verksamhet", "2025", "2025", "2025", "2024"))
    assert _is_number_row(row("Vinterväghållning", "−38 000", "−44 812", "−6 812", "−3 950"))
    assert _is_number_row(row("Hemtjänst", "2025", "2 100", "-75"))  # a figure among them: a row


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
            ("Summa", ["200 900", "203 200", "2 300"]),
        ],
    )
    blocks: list[tuple[str, object]] = [
        ("p", "Avvikelse per verksamhet, tkr (avvikelse = prognos - budget)"),
        ("table", table),
        ("h2", "Verksamheternas kommentarer"),
        (
            "bullets",
            [
                "Hemtjänst +3 800 tkr. Beviljade timmar har ökat sedan våren.",
                "Individ- och familjeomsorg -1 500 tkr. Två tjänster har stått vakanta.",
            ],
        ),
    ]
    found = {e.area: e for e in _explanations(tmp_path, blocks)}
    assert found["Hemtjänst"].direction == "negative" and found["Hemtjänst"].amount_sek == -3_800_000
    assert found["Individ- och familjeomsorg"].direction == "positive"


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
