"""Result tables from visual rows: label + number cells, header text stacked above, unit from the caption.

A table is checked against itself: Avvikelse against Budget and Prognos settles the sign convention
(Budget − Prognos or Prognos − Budget, costs shown negative or positive), so that every row's
deviation can be read as "positive = better than budget".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from extract.layout import Row
from extract.numbers import caption_unit, parse_number, unit_factor
from extract.run_together_figures import numbers_apart
from extract.table_columns import (
    REVENUE_LABEL,
    derived_columns,
    deviation_role,
    forecasts_as_deviations,
    is_total,
    month_role,
    more_is_better,
    names_a_difference,
    pick_deviation,
    pick_period_deviation,
    role,
    sign_convention,
    sum_issues,
)
from extract.types import BBox, TableRow

_KNOWN_HEADER_WORDS = {
    "prognos",
    "budget",
    "utfall",
    "avvikelse",
    "avv",
    "årsbudget",
    "periodens",
    "bokslut",
    "helår",
    "mot",
    "okt",
    "apr",
    "aug",
    "jan",
    "feb",
    "mar",
    "maj",
    "jun",
    "jul",
    "sep",
    "nov",
    "dec",
    "tkr",
    "mnkr",
    "mkr",
    "ack",
    "ackumulerat",
    "period",
    "år",
    "i",
    "och",
    "/",
    "prognos/",
    "föregående",
}
_WHITESPACE = re.compile(r"\s+")
_ONE_DECIMAL = re.compile(r",\d$")
_LEAD_DASH = re.compile(r"^[-–•]\s*")
_COST_RE = re.compile(r"kostnad|köp|hyr|personal|lön|material|tjänster|avskrivning|drift", re.I)
# rows where more is better whatever the table's sign for costs: revenue, and the result itself
_HIGHER_BETTER_RE = re.compile(r"resultat|överskott", re.I)
# a table of counts, not money: "Planeringstal barn och elever, antal", "Årsarbetare"
_COUNT_RE = re.compile(r"\b(antal|årsarbetare)\b", re.I)
# a line that names a table though it ends with a full stop: "Tabell 2. Helårsprognos per verksamhetsområde,
# mnkr. Negativ avvikelse = underskott."
_NAMES_A_TABLE = re.compile(  # or is the unit alone: "mnkr."
    r"^\s*(tabell|tab\.|figur|diagram)\s*\d|,\s*(tkr|mnkr|mkr|tusen kronor|miljoner kronor)\b|"
    r"^\W*(belopp i )?(tkr|mnkr|mkr|tusen kronor|miljoner kronor)\W*$",
    re.I,
)
COUNT_UNIT = "antal"
# a table of deviations only: "Avvikelse mot budget per verksamhetsområde", "Helårsprognos, avvikelse mot budget
# per uppföljningsmånad"
_OF_DEVIATIONS = re.compile(r"^\W*(tabell\s*\d+\W*)?((helårs|års)?prognos\w*,?\s+)?(budget)?avvikelse", re.I)


@dataclass(frozen=True)
class Table:
    page: int
    columns: tuple[str, ...]
    unit: str
    rows: tuple[TableRow, ...]
    deviation_column: int | None  # the full-year forecast deviation where there is one
    period_deviation_column: int | None  # the deviation of the period so far (monthly reports show both)
    deviation_sign: int  # +1 when the deviation column reads "positive = better", -1 when reversed
    checked: bool  # the sign convention was confirmed by the table's own numbers
    bbox: BBox
    issues: tuple[str, ...] = ()  # columns whose rows do not add up to their total (a misread column?)
    headed: bool = True  # False: no column names above it (a continuation from the previous page?)
    # no deviation column: (outcome or forecast column, budget column) to subtract, and whether more is better
    # in them (costs printed negative, or results) ("Utfall 2022 | Budget 2022 | Utfall 2021")
    derived: tuple[int, int] | None = None
    more_is_better: bool = True
    forecast: bool = True  # its deviation is the full-year forecast's (else only the period's is shown)
    unit_stated: bool = True  # False: no caption or header names the unit, so it is a guess
    # the sign of the revenue rows' deviations, where it differs from the others' ("Prognos − budget": "+" is more
    # revenue on a revenue row, more cost on a cost row); None: the same as theirs
    revenue_sign: int | None = None

    # how often each row label occurs; set once here: a cached_property of a class compiled by mypyc
    # (extract.native) is computed anew on every access
    _label_counts: dict[str, int] = field(init=False, repr=False, compare=False, default_factory=dict)

    def __post_init__(self) -> None:
        for row in self.rows:
            key = row.label.strip().lower()
            self._label_counts[key] = self._label_counts.get(key, 0) + 1

    @property
    def is_money(self) -> bool:
        return self.unit != COUNT_UNIT

    def favourable_deviation(self, row: TableRow, period: bool = False) -> float | None:
        """The row's deviation in kronor with positive = better than budget (the period's, when asked
        and shown, else the forecast's)."""
        if not self.is_money:
            return None
        column = (
            self.period_deviation_column
            if period and self.period_deviation_column is not None
            else (
                self.deviation_column if self.deviation_column is not None else self.period_deviation_column
            )
        )
        if column is None:
            return self._derived_deviation(row)
        value = row.values[column]
        return None if value is None else value * self.row_sign(row)

    def row_sign(self, row: TableRow) -> int:
        """+1 when the row's deviation reads "positive = better" as printed, -1 when reversed."""
        if self.revenue_sign is not None and REVENUE_LABEL.search(row.label):
            printed = next((v for v in row.values if v is not None), 0.0)
            return self.revenue_sign if printed > 0 else self.deviation_sign
        return self.deviation_sign

    def _derived_deviation(self, row: TableRow) -> float | None:
        if self.derived is None:
            return None
        outcome, budget = (row.values[i] for i in self.derived)
        if outcome is None or budget is None:
            return None
        higher_better = self.more_is_better or bool(
            REVENUE_LABEL.search(row.label) or _HIGHER_BETTER_RE.search(row.label)
        )
        return outcome - budget if higher_better else budget - outcome

    def area_deviation(self, row: TableRow, period: bool = False) -> float | None:
        """The deviation of the row's area: its own, or, where the table lists the area once per block
        (revenue, then costs, each with its 'Summa'), the sum over the blocks; where a later block
        already holds the net (revenue, costs, net), that."""
        value = self.favourable_deviation(row, period)
        key = row.label.strip().lower()
        if value is None or not key or self._label_counts.get(key, 0) < 2:
            return value
        block, seen, values = 0, set(), []
        for other in self.rows:
            if is_total(other.label):
                block += 1
            elif other.label.strip().lower() == key and block not in seen:
                seen.add(block)
                deviation = self.favourable_deviation(other, period)
                values.append(deviation or 0.0)
        if len(values) < 2:
            return value
        rounding = len(values) * unit_factor(self.unit)  # each printed figure rounded to one unit
        if len(values) >= 3 and abs(sum(values[:-1]) - values[-1]) <= rounding:
            return values[-1]
        return sum(values)


_YEAR_CELL = re.compile(r"(19|20)\d\d")


def _is_number_row(row: Row) -> bool:
    """Label and figures; a header line of years ("Verksamhet  2025  2025  2024", under "Budget  Utfall …")
    is none."""
    values = row.numbers
    if len(row.cells) > 1 and all(_YEAR_CELL.fullmatch(c.strip()) for c in row.cells[1:]):
        return False
    numeric = sum(v is not None for v in values)
    label_ok = values[0] is None and len(row.cells[0]) <= 80
    others_numeric = all(
        v is not None or c.strip() in {"-", "–", "−"} for v, c in zip(values[1:], row.cells[1:], strict=True)
    )
    return (label_ok and numeric >= 2 and others_numeric) or (numeric >= 3 and numeric == len(values))


def _join_header(parts: list[str]) -> str:
    text = ""
    for part in parts:
        part = part.strip()
        if not text:
            text = part
            continue
        last_word = text.split()[-1].lower().strip(".:")
        glue = " " if last_word in _KNOWN_HEADER_WORDS or last_word.isdigit() or part[:1].isdigit() else ""
        if text.endswith("-"):
            text, glue = text[:-1], ""
        text = text + glue + part
    return _WHITESPACE.sub(" ", text)


def _column_slots(rows: list[Row]) -> list[tuple[float, float]]:
    """x-ranges of the number columns, from the cells of the number rows (right-aligned numbers)."""
    edges: list[tuple[float, float]] = []
    for row in rows:
        for cell, box in zip(row.cells, row.cell_boxes, strict=True):
            if parse_number(cell) is None:
                continue
            for i, (x0, x1) in enumerate(edges):
                if abs(x1 - box[2]) < 12 or (box[0] < x1 and box[2] > x0 and abs(x1 - box[2]) < 30):
                    edges[i] = (min(x0, box[0]), max(x1, box[2]))
                    break
            else:
                edges.append((box[0], box[2]))
    return sorted(edges, key=lambda e: e[1])


def _slot_of(box: BBox, slots: list[tuple[float, float]]) -> int:
    """The column a cell belongs to: the slot it overlaps most, else the one whose span holds its centre
    (numbers are right-aligned, so a column spans from the previous column's right edge to its own)."""
    overlaps = [min(box[2], x1) - max(box[0], x0) for x0, x1 in slots]
    best = max(range(len(slots)), key=lambda i: overlaps[i])
    if overlaps[best] > 0:
        return best
    centre = (box[0] + box[2]) / 2
    for i, (_, x1) in enumerate(slots):
        if centre <= x1 + 4:
            return i
    return len(slots) - 1


def _header_words(cell: str, box: BBox, slots: list[tuple[float, float]]) -> list[tuple[str, int]]:
    """A header cell with its column, or its words with theirs when it spans several columns ("Prognos
    helår Avvikelse" printed too tight to split). Headers align right like the numbers below them, so a
    word belongs to the first column whose right edge is at or after its own, placing each word along
    the cell as its characters are laid out."""
    spanned = sum(1 for x0, x1 in slots if min(box[2], x1) - max(box[0], x0) > 2)
    if spanned < 2 or " " not in cell.strip():
        return [(cell, _slot_of(box, slots))]
    words, pos, total = [], 0, max(len(cell), 1)
    for word in cell.split():
        start = cell.index(word, pos)
        pos = start + len(word)
        right = box[0] + (box[2] - box[0]) * pos / total
        slot = next((i for i, (_, x1) in enumerate(slots) if x1 >= right - 6), len(slots) - 1)
        words.append((word, slot))
    return words


def _stated_unit(header_text: str, caption: str, rows: list[Row]) -> str | None:
    """The unit the header names first; the line above counts when it is a caption, not a sentence of
    prose; then a row's label."""
    is_caption = not caption.rstrip().endswith(".") or _NAMES_A_TABLE.search(caption) is not None
    unit = caption_unit(header_text) or (caption_unit(caption) if is_caption else None)
    for row in rows:
        unit = unit or caption_unit(row.cells[0])
    return unit


def _infer_unit(header_text: str, caption: str, rows: list[Row]) -> tuple[str, bool]:
    """The table's unit, and whether it is stated (else guessed from the figures' size)."""
    unit = _stated_unit(header_text, caption, rows)
    decimals = sum(1 for r in rows for c in r.cells[1:] if _ONE_DECIMAL.search(c.strip()))
    magnitudes = [abs(v) for r in rows for v in r.numbers[1:] if v is not None]
    small_with_decimals = decimals >= len(rows) and magnitudes and max(magnitudes) < 20_000
    if unit is None and _COUNT_RE.search(f"{header_text} {caption}"):
        return COUNT_UNIT, True  # "Planeringstal barn och elever, antal": no money unit anywhere
    if unit is None:
        return ("mnkr" if small_with_decimals else "tkr"), False
    if unit == "tkr" and small_with_decimals and max(magnitudes) < 5_000:
        return "mnkr", True  # real reports label mnkr tables "(tkr)": a committee's total is not 993 tkr
    return unit, True


def find_tables(
    rows: list[Row], skip: frozenset[int] | set[int] = frozenset()
) -> tuple[list[Table], set[int]]:
    """Tables in a page's rows, and the indexes of the rows they consumed (header and body). Rows in
    ``skip`` belong to other tables."""
    tables: list[Table] = []
    used: set[int] = set()
    rows = [numbers_apart(row) for row in rows]
    numeric = [i not in skip and _is_number_row(row) for i, row in enumerate(rows)]
    i = 0
    while i < len(rows):
        if not numeric[i]:
            i += 1
            continue
        start = i
        body = [i]
        j = i + 1
        while j < len(rows) and rows[j].page == rows[i].page:
            if numeric[j]:
                body.append(j)
            elif j + 1 < len(rows) and numeric[j + 1] and len(rows[j].text) < 60:
                body.append(j)  # a group label inside the table
            else:
                break
            j += 1
        if sum(numeric[k] for k in body) < 2:
            i = j
            continue
        header_idx, k = header_above(rows, start)
        table = build_table(
            [rows[x] for x in header_idx],
            [rows[x] for x in body],
            [rows[x] for x in body if numeric[x]],
            rows[k].text if k >= 0 else "",
        )
        if table is not None:
            tables.append(table)
            used.update(header_idx)
            used.update(body)
        i = j
    return tables, used


def header_above(rows: list[Row], start: int) -> tuple[list[int], int]:
    """The header rows above a table's first body row (column names, up to 8 lines, close above it), and
    the index of the row above them: the caption, or -1."""
    header_idx: list[int] = []
    k = start - 1
    while k >= 0 and rows[k].page == rows[start].page and len(header_idx) < 8:
        row = rows[k]
        near = rows[start].bbox[1] - row.bbox[3] < 70
        prose = len(row.cells) == 1 and (len(row.text) > 45 or row.text.rstrip().endswith((".", ":")))
        if not near or prose or row.size > rows[start].size + 1.5:
            break
        header_idx.insert(0, k)
        k -= 1
    return header_idx, k


def build_table(
    header: list[Row], body: list[Row], number_rows: list[Row], caption: str, min_columns: int = 2
) -> Table | None:
    slots = _column_slots(number_rows)
    if len(slots) < min_columns:
        return None
    parts: list[list[str]] = [[] for _ in slots]
    label_parts: list[str] = []
    for row in header:
        for cell, box in zip(row.cells, row.cell_boxes, strict=True):
            # the label column's header, or a caption line starting there ("Budget och prognos per
            # verksamhet, mnkr") that runs on over the number columns: no column's name
            if box[2] < slots[0][0] - 8 or (len(row.cells) == 1 and box[0] < slots[0][0] - 8):
                label_parts.append(cell)
                continue
            for word, slot in _header_words(cell, box, slots):
                parts[slot].append(word)
    columns = tuple(_join_header(p) or f"kolumn {n + 1}" for n, p in enumerate(parts))
    header_text = " ".join(label_parts + [c for p in parts for c in p])
    unit, unit_stated = _infer_unit(header_text, caption, number_rows)
    roles = [role(c) for c in columns]
    if _OF_DEVIATIONS.search(caption):
        # "Avvikelse mot budget per verksamhetsområde": every figure is a deviation, 'Helårsprognos' too; beside
        # the budget ("Budget 2025 | Mars | April | Maj"), the months' columns are the deviation as it stood
        beside_budget = any(r in ("budget", "budget_year", "actual") for r in roles)
        read = month_role if beside_budget else deviation_role
        roles = [read(c, r) for c, r in zip(columns, roles, strict=True)]
    factors = [1.0 if role == "percent" else unit_factor(unit) for role in roles]  # "Avvikelse %" stays
    table_rows: list[TableRow] = []
    for row in number_rows:
        values: list[float | None] = [None] * len(slots)
        label_cells = []
        for cell, box in zip(row.cells, row.cell_boxes, strict=True):
            value = parse_number(cell)
            if value is None or box[2] < slots[0][0] - 8:
                label_cells.append(cell)
            else:
                slot = _slot_of(box, slots)
                values[slot] = value * factors[slot]
        label = _LEAD_DASH.sub("", " ".join(label_cells)).strip()
        table_rows.append(TableRow(label, columns, tuple(values), unit, row.page, row.bbox))
    dev = pick_deviation(columns, roles)
    derived = derived_columns(columns, roles) if dev is None else None
    if derived and forecasts_as_deviations(table_rows, *derived):
        dev, derived = derived[0], None  # the forecast columns hold the deviations, signed as printed
    sign, checked, revenue_sign = (
        sign_convention(table_rows, roles, dev, names_a_difference(columns[dev]))
        if dev is not None
        else (1, False, 1)
    )
    boxes = [r.bbox for r in header + body]
    bbox = (
        min(b[0] for b in boxes),
        min(b[1] for b in boxes),
        max(b[2] for b in boxes),
        max(b[3] for b in boxes),
    )
    period_dev = pick_period_deviation(columns, roles, dev)
    return Table(
        body[0].page,
        columns,
        unit,
        tuple(table_rows),
        dev,
        period_dev if period_dev != dev else None,
        sign,
        checked,
        bbox,
        sum_issues(table_rows, columns),
        headed=bool(header),
        derived=derived,
        more_is_better=more_is_better(table_rows, derived[1], derived[:1]) if derived else True,
        forecast="forecast" in roles
        or (dev is not None and roles[dev] in ("deviation_forecast", "deviation_at")),
        unit_stated=unit_stated,
        revenue_sign=revenue_sign if revenue_sign != sign else None,
    )


def continued(table: Table, previous: Table) -> Table:
    """A table that goes on from the previous page without repeating its header takes that table's
    columns, unit and sign convention (else its rows have no deviation column to read)."""
    if table.headed or len(table.columns) != len(previous.columns) or table.page != previous.page + 1:
        return table
    scale = unit_factor(previous.unit) / unit_factor(table.unit)
    rows = tuple(
        replace(
            row,
            columns=previous.columns,
            unit=previous.unit,
            values=tuple(None if v is None else v * scale for v in row.values),
        )
        for row in table.rows
    )
    return replace(
        table,
        columns=previous.columns,
        unit=previous.unit,
        rows=rows,
        deviation_column=previous.deviation_column,
        period_deviation_column=previous.period_deviation_column,
        deviation_sign=previous.deviation_sign,
        revenue_sign=previous.revenue_sign,
        checked=previous.checked,
        derived=previous.derived,
        more_is_better=previous.more_is_better,
        unit_stated=previous.unit_stated,
        forecast=previous.forecast,
        issues=sum_issues([*previous.rows, *rows], previous.columns),  # a total may sum both pages
        headed=True,
    )
