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
