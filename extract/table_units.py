"""A table whose caption and header name no unit takes the unit the prose quotes its figures in.

Without a stated unit a table's figures are read by their size (``extract.tables``): whole numbers as tkr,
small ones with decimals as mnkr. A report that prints its committees' deviations as "−103" and writes
"Område Medicin (−103 mnkr)", or prints "−1 180 000" and writes "1 180 000 kronor", says otherwise: when
the figures of such a table recur in the prose a thousand times larger or smaller (at least twice, more
often than at the guessed size), the table is read in that unit.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from extract.numbers import find_amounts
from extract.table_columns import role
from extract.tables import Table

_FACTORS = (1.0, 1000.0, 0.001)
_MIN_VOTES = 2


def calibrated(tables: list[Table], texts: Iterable[str]) -> list[Table]:
    """``tables`` with every guessed unit that the prose contradicts replaced by the prose's."""
    guessed = [t for t in tables if not t.unit_stated and t.is_money]
    if not guessed:
        return tables
    quoted = {round(abs(a.sek)) for text in texts for a in find_amounts(text) if a.sek}
    scales = {id(t): _scale(t, quoted) for t in guessed}
    return [_rescaled(t, scales[id(t)]) if scales.get(id(t), 1.0) != 1.0 else t for t in tables]


def _money_columns(table: Table) -> list[int]:
    return [i for i, name in enumerate(table.columns) if role(name) != "percent"]  # "Avvikelse %" stays


def _scale(table: Table, quoted: set[int]) -> float:
    columns = _money_columns(table)
    values = [abs(v) for row in table.rows for i in columns if (v := row.values[i])]
    votes = {f: sum(1 for v in values if round(v * f) in quoted) for f in _FACTORS}
    best = max(_FACTORS, key=lambda f: votes[f])
    return best if votes[best] >= _MIN_VOTES and votes[best] > votes[1.0] else 1.0


def _rescaled(table: Table, scale: float) -> Table:
    unit = {"tkr": {1000.0: "mnkr", 0.001: "kr"}, "mnkr": {1000.0: "mdkr", 0.001: "tkr"}}
    new_unit = unit.get(table.unit, {}).get(scale, table.unit)
    money = set(_money_columns(table))
    rows = tuple(
        replace(
            row,
            unit=new_unit,
            values=tuple(v * scale if v is not None and i in money else v for i, v in enumerate(row.values)),
        )
        for row in table.rows
    )
    return replace(table, unit=new_unit, rows=rows, unit_stated=True)
