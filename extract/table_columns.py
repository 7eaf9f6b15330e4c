"""What a result table's columns mean: which is the deviation (for the period or the year), which the
budget and forecast, and the table's sign convention, settled by its own numbers."""

from __future__ import annotations

import re
from collections.abc import Sequence

from extract.numbers import unit_factor
from extract.types import TableRow

REVENUE_LABEL = re.compile(
    r"intäkt|avgift|taxor|försäljning|kommunbidrag|skatte|ersättning|bidrag \(int", re.I
)
_TOTAL_RE = re.compile(r"^(summa|total|totalt|netto|årets resultat|resultat|verksamhetens netto)", re.I)
_DIFFERENCE = re.compile(
    r"(budget|prognos|utfall)\w*\s*[-–−]\s*(budget|prognos|utfall)|diff"
)  # "Prognos - budget"


_MONTH_ORDER = ("jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec")
_MONTH = re.compile(r"\b(jan|feb|mar|apr|maj|jun|jul|aug|sep|okt|nov|dec)[a-zåäö]*\b")
_TERTIAL = re.compile(r"\b(?:tertial\s?|t)([123])\b|\b(delår)")
# a deviation so far this year: "Avvikelse ack", "Avvikelse jan–okt", "Avvikelse mot periodens budget"
_SO_FAR = re.compile(
    r"ack|period|hittills|t\.?o\.?m|\b(jan|feb|mar|apr|maj|jun|jul|aug|sep|okt|nov)\w*\s*[-–—]"
)


def _when(name: str) -> int | None:
    """The month a column's figure dates from: 'Avv. okt' -> 10, 'Avvikelse tertial 1' -> 4."""
    low = name.lower()
    if month := _MONTH.search(low):
        return _MONTH_ORDER.index(month.group(1)) + 1
    if tertial := _TERTIAL.search(low):
        return 4 * int(tertial.group(1)) if tertial.group(1) else 8
    return None


def names_a_difference(name: str) -> bool:
    """A column named as one column minus another: "Prognos − budget", "Utfall-Budget"."""
    return _DIFFERENCE.search(name.lower()) is not None


def role(name: str) -> str:
    low = name.lower()
    if "%" in low or "procent" in low:
        return "percent"  # "Avvikelse %": a share, not kronor
    if "avv" in low or _DIFFERENCE.search(low):
        if "prognos" in low or "helår" in low:
            return "deviation_forecast"
        if not _SO_FAR.search(low) and _when(low) is not None:
            return "deviation_at"  # "Avv. okt | Avv. sep", "Avvikelse tertial 1": a forecast and when
        return "deviation"
    if "prognos" in low:
        return "forecast"
    if "budget" in low:
        return "budget_year" if ("års" in low or "helår" in low or _YEAR.search(low)) else "budget"
    if "utfall" in low or "bokslut" in low:
        return "actual"
    return "other"


def deviation_role(name: str, was: str) -> str:
    """A column's role in a table of deviations only ("Avvikelse mot budget per verksamhetsområde"):
    'Helårsprognos tertial 2' is the forecast's deviation, 'Ackumulerat jan–nov' the period's."""
    if was == "forecast":
        return "deviation_forecast"
    return "deviation" if was == "other" and _SO_FAR.search(name.lower()) else was


def month_role(name: str, was: str) -> str:
    """A column named only by its month in a table of deviations beside the budget ("Mars | April | Maj"):
    the deviation as it stood that month."""
    return "deviation_at" if was == "other" and _when(name) is not None else was


def pick_deviation(columns: tuple[str, ...], roles: list[str]) -> int | None:
    """The full-year forecast's deviation: named so, or right after the forecast column, or of several dated
    ones the latest ('Avv. okt', not 'Avv. sep'); else the one deviation shown."""
    found = [i for i, r in enumerate(roles) if r == "deviation_forecast"]
    if found:  # 'Prognos helår nov' before 'Prognos helår okt'; else the last
        return max(found, key=lambda i: (_when(columns[i]) or 0, i))
    # "Budget | Prognos | Avvikelse | Avvikelse T1": the deviation right after the forecast is the forecast's,
    # a dated one beside it an earlier report's
    after_forecast = [i for i, r in enumerate(roles) if r == "deviation" and i and roles[i - 1] == "forecast"]
    if after_forecast:
        return after_forecast[-1]
    dated = [i for i, r in enumerate(roles) if r == "deviation_at"]
    if dated:
        return max(dated, key=lambda i: (_when(columns[i]) or 0, i))
    found = [i for i, r in enumerate(roles) if r == "deviation"]
    return found[-1] if found else None


def pick_period_deviation(columns: tuple[str, ...], roles: list[str], dev: int | None) -> int | None:
    """The deviation of the period so far: a plain 'Avvikelse' beside the forecast's, or one dated with the
    month of the outcome column ('Utfall aug | Budget aug | Avvikelse aug')."""
    plain = next((i for i, r in enumerate(roles) if r == "deviation" and i != dev), None)
    if plain is not None or "deviation_at" not in roles:
        return plain
    outcome_months = {_when(c) for c, r in zip(columns, roles, strict=True) if r == "actual"} - {None}
    return next(
        (
            i
            for i, r in enumerate(roles)
            if r == "deviation_at" and i != dev and _when(columns[i]) in outcome_months
        ),
        None,
    )


def more_is_better(rows: list[TableRow], b_col: int, f_cols: Sequence[int] = ()) -> bool:
    """Whether more is better in the table's budget and outcome columns: costs printed as negative figures, a
    budget column of results ("Resultat budget"), or a table of results ("Resultat per verksamhetsområde" with a
    total row "Förbundets resultat", where an area's budgeted surplus may turn into a deficit: "1 000 | −1 650 |
    −2 650")."""
    cost_rows = [r for r in rows if not REVENUE_LABEL.search(r.label) and not is_total(r.label)]
    if sum(1 for r in cost_rows if (r.values[b_col] or 0) < 0) > sum(
        1 for r in cost_rows if (r.values[b_col] or 0) > 0
    ):
        return True
    if rows and _RESULT_ROW.search(rows[0].columns[b_col]):
        return True  # the columns say so: "Resultat budget | Resultat prognos | Avvikelse"
    if len(cost_rows) >= 2 and all(r.values[b_col] == 0 for r in cost_rows):
        return True  # every budget a zero result (units funded by internal prices): "0,0 | −3,8 | −3,8"
    crossing = any(
        (r.values[b_col] or 0) * (r.values[f] or 0) < 0 for r in cost_rows for f in f_cols
    )  # a net cost never turns into a net revenue; a result turns into a deficit
    return crossing and any(_RESULT_ROW.search(r.label) for r in rows)


_RESULT_ROW = re.compile(r"\bresultat\b", re.IGNORECASE)


_YEAR = re.compile(r"\b20\d\d\b")


def derived_columns(columns: tuple[str, ...], roles: list[str]) -> tuple[int, int] | None:
    """Without a deviation column: the forecast (the latest) or the outcome of the budget's year, and the
    budget, whose difference is the deviation ("Utfall 2022 | Budget 2022 | Utfall 2021")."""
    budget = [i for i, r in enumerate(roles) if r in ("budget_year", "budget")]
    if not budget:
        return None
    forecast = [i for i, r in enumerate(roles) if r == "forecast"]
    if forecast:
        years = [i for i in budget if roles[i] == "budget_year"] or budget
        return forecast[-1], years[-1]
    actual = [i for i, r in enumerate(roles) if r == "actual"]
    if not actual:
        return None
    b_col = budget[0]
    year = _YEAR.search(columns[b_col])
    same_year = [i for i in actual if year and year.group() in columns[i]]
    return (same_year or actual)[0], b_col


def forecasts_as_deviations(rows: list[TableRow], f_col: int, b_col: int) -> bool:
    """A forecast column that holds each row's deviation, not its level ("Helårsprognos per verksamhet: Budget
    2025 | Prognos sept | Prognos okt" with "142,3 | –2,9 | –2,9"): small against the budget, and below zero
    where the budget is above it."""
    pairs = [
        (f, b)
        for r in rows
        if (f := r.values[f_col]) is not None and (b := r.values[b_col]) is not None and b != 0
    ]
    return (
        len(pairs) >= 2 and any(f < 0 < b for f, b in pairs) and all(abs(f) < 0.25 * abs(b) for f, b in pairs)
    )


def sign_convention(
    rows: list[TableRow], roles: list[str], dev: int, difference: bool = False
) -> tuple[int, bool, int]:
    """Settle whether the deviation column reads positive = better, from the table's own numbers, and how its
    revenue rows read: where the column is named as one column minus the other (``difference``: "Prognos −
    budget"), "+" is more cost on a cost row but more revenue on a revenue row (else a row named like revenue,
    "Interkommunala ersättningar", may be a cost, and reads as the others do). Of several outcome or forecast columns, the one
    the deviation was computed from is the one whose rows it explains ("Budget | Utfall | Avvikelse | Utfall
    2024": not last year's outcome). Returns (sign, checked, sign of the revenue rows)."""
    forecast = [i for i, r in enumerate(roles) if r == "forecast"]
    budget = [i for i, r in enumerate(roles) if r in ("budget_year", "budget")]
    if roles[dev] == "deviation" and not forecast:
        forecast = [i for i, r in enumerate(roles) if r == "actual"]
    if not forecast or not budget:
        return 1, False, 1
    b_col = budget[0] if roles[dev] == "deviation" else budget[-1]
    higher_better = more_is_better(rows, b_col, forecast)
    f_col, (agree, disagree) = max(
        ((f_col, _agreement(rows, b_col, f_col, dev, higher_better)) for f_col in reversed(forecast)),
        key=lambda found: sum(found[1]),  # the first of equals: the last column, as before there was a choice
    )
    if agree == disagree == 0:
        return 1, False, 1
    sign = 1 if agree >= disagree else -1
    if not difference:
        return sign, True, sign
    # revenue printed as a negative figure is netted against the costs and reads as they do
    revenue = [r for r in rows if REVENUE_LABEL.search(r.label) and (r.values[b_col] or 0) > 0]
    r_agree, r_disagree = _agreement(revenue, b_col, f_col, dev, higher_better)
    return sign, True, sign if r_agree == r_disagree else (1 if r_agree > r_disagree else -1)


def _agreement(
    rows: list[TableRow], b_col: int, f_col: int, dev: int, higher_better: bool
) -> tuple[int, int]:
    """How many rows' deviations are forecast (or outcome) against budget read positive = better, and how many
    the other way round."""
    agree = disagree = 0
    for row in rows:
        b, f, d = row.values[b_col], row.values[f_col], row.values[dev]
        if b is None or f is None or d is None or abs(d) < 1e-9:
            continue
        revenue = REVENUE_LABEL.search(row.label) is not None
        favourable = (f - b) if (higher_better or revenue) else (b - f)
        tolerance = max(abs(d) * 0.02, unit_tolerance(d))
        if abs(favourable - d) <= tolerance:
            agree += 1
        elif abs(favourable + d) <= tolerance:
            disagree += 1
    return agree, disagree


def unit_tolerance(value: float) -> float:
    return 0.15 * (10 ** max(len(str(int(abs(value)))) - 4, 0))


def is_total(label: str) -> bool:
    return _TOTAL_RE.match(label.strip()) is not None


def sum_issues(rows: list[TableRow], columns: tuple[str, ...]) -> tuple[str, ...]:
    """Check every total row against the rows above it (since the previous total): a column that does not
    add up was probably misread, or the report itself has an error."""
    issues: list[str] = []
    passed = 0
    for col, name in enumerate(columns):
        block: list[float] = []
        checked = failed = 0
        for row in rows:
            value = row.values[col]
            if is_total(row.label) or not row.label:
                if len(block) >= 2 and value is not None:
                    checked += 1
                    tolerance = max(abs(value) * 0.005, 0.15 * unit_factor(row.unit)) + 0.05 * len(
                        block
                    ) * unit_factor(row.unit)
                    if abs(sum(block) - value) > tolerance:
                        failed += 1
                block = []
            elif value is not None:
                block.append(value)
        if checked and failed == checked:
            issues.append(f"{name}: rows do not add up to the total")
        elif checked:
            passed += 1
    # when no column adds up, the table has subtotals we do not understand: no conclusion
    return tuple(issues) if passed else ()
