"""How a result table is read from the page: stacked headers, the sign convention, which column is the
deviation (the period's, the year's, not a percentage or last year's), figures printed too close, a caption
over the columns, a header line of years."""

from pathlib import Path

import pymupdf
import pytest

from extract.layout import group_rows
from extract.pdf import read_pdf
from extract.run_together_figures import split_numbers
from extract.tables import Table as ReadTable
from extract.tables import find_tables


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


def test_a_column_of_forecast_minus_budget_reads_more_revenue_as_better(tmp_path: Path) -> None:
    """ "Prognos − budget" for every row: "+" is more cost on a cost row, more revenue on a revenue row."""
    [table] = _drawn_tables(
        tmp_path / "t.pdf",
        [["Tkr", "Budget 2025", "Prognos 2025", "Prognos - budget"]],
        [
            ("Intäkter", ["52 400", "55 900", "+3 500"]),
            ("Personalkostnader", ["498 700", "504 100", "+5 400"]),
            ("Lokalkostnader", ["96 200", "95 300", "-900"]),
            ("Köp av verksamhet", ["88 600", "92 400", "+3 800"]),
        ],
        [300, 380, 470],
    )
    assert _deviations(table) == {
        "Intäkter": 3_500_000,
        "Personalkostnader": -5_400_000,
        "Lokalkostnader": 900_000,
        "Köp av verksamhet": -3_800_000,
    }


def test_a_cost_named_like_revenue_reads_as_the_other_rows_under_a_plain_deviation_column(
    tmp_path: Path,
) -> None:
    """ "Interkommunala ersättningar" are paid to other kommuner: under "Avvikelse" (budget − prognos) its
    7 900 is an under-spend like the others' positive figures, whatever its name suggests."""
    [table] = _drawn_tables(
        tmp_path / "t.pdf",
        [["Tkr", "Budget 2025", "Prognos 2025", "Avvikelse"]],
        [
            ("Gymnasieskolan i egen regi", ["318 400", "322 200", "-3 800"]),
            ("Interkommunala ersättningar", ["142 600", "134 700", "7 900"]),
            ("Vuxenutbildning", ["38 700", "39 600", "-900"]),
        ],
        [300, 380, 470],
    )
    assert _deviations(table)["Interkommunala ersättningar"] == 7_900_000


def test_the_sign_convention_is_read_against_the_years_outcome_not_last_years(tmp_path: Path) -> None:
    [table] = _drawn_tables(
        tmp_path / "t.pdf",
        [["Mnkr", "Budget", "Utfall", "Avvikelse", "Utfall 2024"]],
        [
            ("Gata och park", ["-24,6", "-27,5", "-2,9", "-25,8"]),
            ("Fastighet", ["-9,2", "-8,4", "0,8", "-9,0"]),
            ("Plan och bygg", ["-6,8", "-7,1", "-0,3", "-6,5"]),  # last year's outcome -6,5 mirrors -0,3
        ],
        [260, 330, 400, 470],
    )
    assert _deviations(table) == {
        "Gata och park": -2_900_000,
        "Fastighet": 800_000,
        "Plan och bygg": -300_000,
    }


def test_a_table_of_units_budgeted_to_a_zero_result_reads_its_deviations_as_results(tmp_path: Path) -> None:
    """Units funded by internal prices, each budgeted to break even: "0,0 | −3,8 | −3,8" is a deficit."""
    [table] = _drawn_tables(
        tmp_path / "t.pdf",
        [["Mnkr", "Budget", "Prognos", "Avvikelse"]],
        [
            ("Måltidsservice", ["0,0", "-3,8", "-3,8"]),
            ("Lokalvård", ["0,0", "-2,1", "-2,1"]),
            ("Fastighetsservice", ["0,0", "1,6", "1,6"]),
        ],
        [300, 380, 470],
    )
    assert _deviations(table) == {
        "Måltidsservice": -3_800_000,
        "Lokalvård": -2_100_000,
        "Fastighetsservice": 1_600_000,
    }


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
