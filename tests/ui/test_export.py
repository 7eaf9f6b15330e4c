"""The result set as CSV and Excel: Swedish column names, amounts as numbers, every hit one row."""

import csv
import io

from openpyxl import load_workbook

from extract.types import Explanation, Hit, Report, Tag
from ui.export import COLUMNS, to_csv, to_xlsx

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
HITS = [Hit(EXPLANATION, REPORT, 0.5, ("placeringar",), ("2024-04", "2024-05"))]
LABELS = {"kopt_verksamhet": "Köpt verksamhet", "volymer": "Volymer"}


def test_csv_has_a_bom_and_one_row_per_hit() -> None:
    data = to_csv(HITS, LABELS.get)
    assert data.startswith("\ufeff".encode())
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    assert rows[0] == list(COLUMNS)
    row = dict(zip(COLUMNS, rows[1], strict=True))
    assert row["Kommun"] == "Alingsås" and row["Belopp (kr)"] == "-9600000.0" and row["Sida"] == "2"
    assert row["Orsaker"] == "Köpt verksamhet; Volymer" and row["Riktning"] == "sämre än budget"
    assert row["Förekommer i perioder"] == "2024-04, 2024-05"


def test_excel_keeps_amounts_as_numbers() -> None:
    sheet = load_workbook(io.BytesIO(to_xlsx(HITS, LABELS.get, "placeringar"))).active
    assert [c.value for c in sheet[1]] == list(COLUMNS)
    values = {name: cell.value for name, cell in zip(COLUMNS, sheet[2], strict=True)}
    assert (
        values["Belopp (kr)"] == -9_600_000 and values["Typ"] == "orsak" and values["Förklarings-id"] == "e1"
    )
    assert sheet.freeze_panes == "A2"
