"""The result set as a table, for CSV and Excel export: one row per hit, Swedish column names."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Sequence

from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from extract.types import Hit
from ui.format import DIRECTION_WORDS, KIND_LABELS

COLUMNS = (
    "Kommun",
    "Nämnd",
    "Period",
    "Rapport",
    "Sida",
    "Område",
    "Typ",
    "Riktning",
    "Belopp (kr)",
    "Orsaker",
    "Text",
    "Förekommer i perioder",
    "Poäng",
    "Förklarings-id",
)


def rows(hits: Sequence[Hit], tag_label: Callable[[str], str] = str) -> list[list[object]]:
    table: list[list[object]] = []
    for hit in hits:
        e, r = hit.explanation, hit.report
        table.append(
            [
                r.municipality or "",
                r.committee or "",
                r.period or "",
                r.source,
                e.page,
                e.area or "",
                KIND_LABELS.get(e.kind, e.kind),
                DIRECTION_WORDS.get(e.direction or "", ""),
                e.amount_sek if e.amount_sek is not None else "",
                "; ".join(tag_label(t.tag) for t in e.tags),
                e.text,
                ", ".join(hit.periods),
                round(hit.score, 4),
                e.explanation_id,
            ]
        )
    return table


def to_csv(hits: Sequence[Hit], tag_label: Callable[[str], str] = str) -> bytes:
    """UTF-8 with a byte order mark (so Excel reads å, ä, ö), comma separated, amounts in plain kronor."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(COLUMNS)
    writer.writerows(rows(hits, tag_label))
    return buffer.getvalue().encode("utf-8-sig")


def to_xlsx(hits: Sequence[Hit], tag_label: Callable[[str], str] = str, title: str = "") -> bytes:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Träffar"
    sheet.append(list(COLUMNS))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in rows(hits, tag_label):
        sheet.append(row)
    amount_column = COLUMNS.index("Belopp (kr)") + 1
    for (cell,) in sheet.iter_rows(min_row=2, min_col=amount_column, max_col=amount_column):
        cell.number_format = "# ##0;[Red]-# ##0"
    widths = {"Text": 80, "Orsaker": 30, "Rapport": 30, "Nämnd": 28, "Område": 24, "Förklarings-id": 34}
    for index, name in enumerate(COLUMNS, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = widths.get(name, 14)
    sheet.freeze_panes = "A2"
    if title:
        book.properties.title = title
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
