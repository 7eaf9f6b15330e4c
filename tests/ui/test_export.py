"""The result set for Swedish Excel: CSV with semicolons, a decimal comma and a BOM; xlsx with numbers in number
formats; the page's link and the municipality (or "Okänd kommun") on every row."""

import csv
import io
from dataclasses import replace

from openpyxl import load_workbook

from extract.types import Explanation, Hit, Report, Tag
from ui.export import COLUMNS, swedish_number, to_csv, to_xlsx

REPORT = Report(
    "r1", "alingsas-sn-2024-05.pdf", "sha", "Alingsås", "Socialnämnden", "2024-05", "månadsrapport", 3
)
EXPLANATION = Explanation(
    "e1",
    "r1",
    "cause",
    "Köp av tjänster",
    "negative",
    -9_600_000.0,
    "Köp av tjänster avviker negativt med 9,6 mnkr, främst på grund av fler placeringar.",
    2,
    (1, 2, 3, 4),
    tags=(Tag("kopt_verksamhet", 0.9, "placeringar"), Tag("volymer", 0.6, "fler")),
)
INVESTMENT = replace(
    EXPLANATION, explanation_id="e2", amount_sek=None, flags=("investment",), area="Ny förskola"
)
HITS = [
    Hit(EXPLANATION, REPORT, 0.5, ("placeringar",), ("2024-04", "2024-05")),
    Hit(INVESTMENT, replace(REPORT, municipality=None), 0.25),
]
LABELS = {"kopt_verksamhet": "Köpt verksamhet", "volymer": "Volymer"}


def link(explanation_id: str) -> str:
    return f"http://avvik.example/dokument?id={explanation_id}"


def test_csv_opens_in_swedish_excel() -> None:
    data = to_csv(HITS, LABELS.get, link)
    assert data.startswith("\ufeff".encode())
    text = data.decode("utf-8-sig")
    assert text.splitlines()[0].count(";") == len(COLUMNS) - 1 and "," not in text.splitlines()[0]
    rows = list(csv.reader(io.StringIO(text), delimiter=";"))
    assert rows[0] == list(COLUMNS)
    row = dict(zip(COLUMNS, rows[1], strict=True))
    assert row["Kommun"] == "Alingsås" and row["Belopp (kr)"] == "-9600000" and row["Sida"] == "2"
    assert row["Poäng"] == "0,5" and row["Drift/investering"] == "drift"
    assert row["Orsaker"] == "Köpt verksamhet; Volymer" and row["Riktning"] == "sämre än budget"
    assert row["Förekommer i perioder"] == "2024-04, 2024-05"
    assert row["Länk till sidan"] == "http://avvik.example/dokument?id=e1"
    second = dict(zip(COLUMNS, rows[2], strict=True))
    assert second["Kommun"] == "Okänd kommun" and second["Belopp (kr)"] == ""
    assert second["Drift/investering"] == "investering"


def test_swedish_numbers() -> None:
    assert [swedish_number(v) for v in (-7_400_000.0, 0.0234, 3, None, "x")] == [
        "-7400000",
        "0,0234",
        "3",
        "",
        "x",
    ]


def test_excel_keeps_amounts_as_numbers_in_a_number_format() -> None:
    sheet = load_workbook(io.BytesIO(to_xlsx(HITS, LABELS.get, link, "placeringar"))).active
    assert [c.value for c in sheet[1]] == list(COLUMNS)
    cells = dict(zip(COLUMNS, sheet[2], strict=True))
    assert cells["Belopp (kr)"].value == -9_600_000 and cells["Belopp (kr)"].number_format == "#,##0"
    assert (
        cells["Sida"].value == 2 and cells["Typ"].value == "orsak" and cells["Förklarings-id"].value == "e1"
    )
    assert cells["Länk till sidan"].hyperlink.target == "http://avvik.example/dokument?id=e1"
    assert dict(zip(COLUMNS, sheet[3], strict=True))["Kommun"].value == "Okänd kommun"
    assert sheet.freeze_panes == "A2"
