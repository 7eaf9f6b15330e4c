"""Population tables as SCB and Kolada export them: read robustly, never a guessed figure."""

import pytest

from ui.population import PopulationError, canonical_name, parse_number, parse_population

SCB = (
    '"Folkmängd efter region och år"\n\n'
    '"region";"2023";"2024"\n'
    '"1489 Alingsås";"42 189";"42 503"\n'
    '"1480 Göteborg";"604616";"607882"\n'
    '"13 Hallands län";"340 243";"341 000"\n'
    '"9999 Atlantis";"5";"6"\n'
)
KOLADA = (
    "kpi,municipality_id,municipality,period,value\n"
    "N01951,1489,Alingsås kommun,2024,42503.0\n"
    "N01951,1480,Göteborgs stad,2024,607882\n"
)


def test_scb_export_in_windows_1252_takes_the_latest_year() -> None:
    table = parse_population(SCB.encode("cp1252"))
    assert table.inhabitants == {"Alingsås": 42503, "Göteborg": 607882, "Region Halland": 341000}
    assert table.unmatched == ("9999 Atlantis",) and table.column == "2024"


def test_kolada_export_reads_the_value_column() -> None:
    table = parse_population(KOLADA.encode("utf-8"))
    assert table.inhabitants == {"Alingsås": 42503, "Göteborg": 607882} and table.column == "value"


def test_a_plain_two_column_table_with_bom_and_tabs() -> None:
    table = parse_population(
        "kommun\tinvånare\nLerum\t43\u00a0012\nRegion Halland\t341000\n".encode("utf-8-sig")
    )
    assert table.inhabitants == {"Lerum": 43012, "Region Halland": 341000}


@pytest.mark.parametrize("data", [b"", b"a;b\n1;2\n", "kommun;invånare\nLerum;många\n".encode()])
def test_files_that_are_not_population_tables_are_refused(data: bytes) -> None:
    with pytest.raises(PopulationError):
        parse_population(data)


@pytest.mark.parametrize(
    ("cell", "number"),
    [
        ("42 503", 42503),
        ("42.503", 42503),
        ("607882.0", 607882),
        ("1\u202f234\u202f567", 1234567),
        ("4,2", None),
        ("-5", None),
        ("abc", None),
    ],
)
def test_numbers(cell: str, number: int | None) -> None:
    assert parse_number(cell) == number


@pytest.mark.parametrize(
    ("cell", "name"),
    [
        ("1480 Göteborg", "Göteborg"),
        ("Göteborgs stad", "Göteborg"),
        ("Alingsås kommun", "Alingsås"),
        ("Hallands län", "Region Halland"),
        ("Region Halland", "Region Halland"),
        ("Riket", None),
    ],
)
def test_names(cell: str, name: str | None) -> None:
    assert canonical_name(cell) == name


def test_every_year_of_an_scb_table_is_a_figure() -> None:
    figures = parse_population(SCB.encode("cp1252")).figures()
    assert ("Alingsås", 2023, 42189) in [(f.municipality, f.year, f.inhabitants) for f in figures]
    assert ("Alingsås", 2024, 42503) in [(f.municipality, f.year, f.inhabitants) for f in figures]
    assert len(figures) == 6  # three regions, two years; Atlantis is not one


def test_kolada_rows_per_year() -> None:
    data = KOLADA + "N01951,1489,Alingsås kommun,2023,42189\n"
    table = parse_population(data.encode("utf-8"))
    assert table.inhabitants["Alingsås"] == 42503  # the latest year's
    assert {(f.municipality, f.year) for f in table.figures()} == {
        ("Alingsås", 2024),
        ("Göteborg", 2024),
        ("Alingsås", 2023),
    }


def test_a_table_without_years_needs_the_year() -> None:
    table = parse_population("kommun;invånare\nLerum;43 012\n".encode())
    assert table.figures() == []
    [figure] = table.figures(2024)
    assert (figure.municipality, figure.year, figure.inhabitants) == ("Lerum", 2024, 43012)
