"""The result set as a table for Swedish Excel: one row per hit, Swedish column names, the page's link.

CSV as Swedish Excel opens it with a double click: UTF-8 with a byte order mark (so å, ä, ö survive),
semicolon separated, a decimal comma, a plain minus and no thousands separator in numbers (so each number
is a number in Excel). xlsx with the amounts as numbers in an Excel number format (shown with Swedish digit
grouping by a Swedish Excel), the link as a hyperlink, the header frozen.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from extract.types import Hit
from ui.format import DIRECTION_WORDS, KIND_LABELS, UNKNOWN_MUNICIPALITY

EXPORT_LIMIT = 1000  # the most hits an export holds (the best first)
COLUMNS = (
    "Kommun",
    "Nämnd",
    "Period",
    "Rapport",
    "Sida",
    "Område",
    "Drift/investering",
    "Typ",
    "Riktning",
    "Belopp (kr)",
    "Orsaker",
    "Text",
    "Förekommer i perioder",
    "Poäng",
    "Länk till sidan",
    "Förklarings-id",
)
NUMBER_COLUMNS = {"Belopp (kr)": "#,##0", "Sida": "0", "Poäng": "0.0000"}


@dataclass(frozen=True)
class Row:
    values: list[object]  # aligned with COLUMNS; numbers as int/float, missing as None


def rows(
    hits: Sequence[Hit], tag_label: Callable[[str], str] = str, link: Callable[[str], str] = lambda i: ""
) -> list[Row]:
    table: list[Row] = []
    for hit in hits:
        e, r = hit.explanation, hit.report
        table.append(
            Row(
                [
                    r.municipality or UNKNOWN_MUNICIPALITY,
                    r.committee or "",
                    r.period or "",
                    r.source,
                    e.page,
                    e.area or "",
                    "investering" if e.investment else "drift",
                    KIND_LABELS.get(e.kind, e.kind),
                    DIRECTION_WORDS.get(e.direction or "", ""),
                    None if e.amount_sek is None else round(e.amount_sek),
                    "; ".join(tag_label(t.tag) for t in e.tags),
                    e.text,
                    ", ".join(hit.periods),
                    round(hit.score, 4),
                    link(e.explanation_id),
                    e.explanation_id,
                ]
            )
        )
    return table


def swedish_number(value: object) -> str:
    """ "-7400000", "0,0234": a decimal comma and a plain minus, no digit grouping (Excel reads it as a number)."""
    if value is None:
        return ""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return str(value)
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).replace(".", ",")


def to_csv(
    hits: Sequence[Hit], tag_label: Callable[[str], str] = str, link: Callable[[str], str] = lambda i: ""
) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for row in rows(hits, tag_label, link):
        writer.writerow([swedish_number(v) for v in row.values])
    return buffer.getvalue().encode("utf-8-sig")


def to_xlsx(
    hits: Sequence[Hit],
    tag_label: Callable[[str], str] = str,
    link: Callable[[str], str] = lambda i: "",
    title: str = "",
) -> bytes:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Träffar"
    sheet.append(list(COLUMNS))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in rows(hits, tag_label, link):
        sheet.append(row.values)
    for name, number_format in NUMBER_COLUMNS.items():
        column = COLUMNS.index(name) + 1
        for (cell,) in sheet.iter_rows(min_row=2, min_col=column, max_col=column):
            cell.number_format = number_format
    link_column = COLUMNS.index("Länk till sidan") + 1
    for (cell,) in sheet.iter_rows(min_row=2, min_col=link_column, max_col=link_column):
        if cell.value:
            cell.hyperlink = str(cell.value)
            cell.style = "Hyperlink"
    widths = {
        "Text": 80,
        "Orsaker": 30,
        "Rapport": 30,
        "Nämnd": 28,
        "Område": 24,
        "Länk till sidan": 40,
        "Förklarings-id": 34,
    }
    for index, name in enumerate(COLUMNS, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = widths.get(name, 14)
    sheet.freeze_panes = "A2"
    if title:
        book.properties.title = title
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
