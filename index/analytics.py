"""Read-only aggregations over the system of record, for comparing municipalities and following a committee.

What is counted is a report's deviations (``index.deviations``): statements of the same deviation in one
report joined and counted once, only one cut of each report (account groups or service areas) summed, and
operations and investments never together (``Scope.investment`` picks one). Tags are the ones after review
(the catalog's ``effective_tags``), boilerplate never counts.

A cell (municipality x cause) counts the deviations that name the cause, and sums their amounts: "belopp i
förklaringar som nämner orsaken". A deviation that names three causes is in three cells, so cells are not to
be added up; each municipality's ``Total`` counts every deviation once, whatever its causes. A cell or total
with no amount at all has ``with_amount == 0``: it has no sum (never 0).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from extract.types import Report
from index.catalog import Catalog
from index.deviations import Deviation, deviations
from index.periods import period_key, period_number


@dataclass(frozen=True)
class Scope:
    """Which reports and statements a comparison counts.

    ``latest_only``: each committee's latest report (its current picture of the year). Otherwise every report
    in the period range, with carry-overs (a cause repeated from last month's report) counted once.
    ``investment``: investment deviations instead of operating ones.
    """

    latest_only: bool = True
    period_from: str | None = None
    period_to: str | None = None
    kinds: tuple[str, ...] = ("cause",)
    investment: bool = False


@dataclass(frozen=True)
class Cell:
    municipality: str | None
    tag: str
    count: int  # deviations that name the cause
    amount_sek: float  # the sum of their summed amounts (see with_amount)
    with_amount: int  # how many amounts are in the sum; 0: there is no sum

    @property
    def amount(self) -> float | None:
        return self.amount_sek if self.with_amount else None


@dataclass(frozen=True)
class Total:
    """A municipality's deviations, each once whatever its causes (tagged or not)."""

    municipality: str | None
    count: int
    amount_sek: float
    with_amount: int

    @property
    def amount(self) -> float | None:
        return self.amount_sek if self.with_amount else None


@dataclass(frozen=True)
class Comparison:
    cells: list[Cell] = field(default_factory=list)
    totals: list[Total] = field(default_factory=list)
    years: dict[str | None, int] = field(default_factory=dict)  # municipality -> latest year of its reports


@dataclass(frozen=True)
class TrendRow:
    period: str
    tag: str
    count: int
    amount_sek: float
    with_amount: int


@dataclass(frozen=True)
class PeriodTotal:
    period: str
    reports: int  # usually one; two when the same period was reported twice (say a monthly and an interim)
    causes: int  # deviations, each once
    amount_sek: float  # each deviation once, whatever its tags, one cut per report
    with_amount: int


def reports_in_scope(catalog: Catalog, scope: Scope) -> list[Report]:
    low, high = period_number(scope.period_from), period_number(scope.period_to)
    reports = [
        r
        for r in catalog.reports("done")
        if (low is None or period_key(r.period) >= low) and (high is None or period_key(r.period) <= high)
    ]
    if not scope.latest_only:
        return reports
    latest: dict[tuple[str | None, str | None], Report] = {}
    for report in reports:
        key = (report.municipality, report.committee or report.report_id)
        if key not in latest or period_key(report.period) > period_key(latest[key].period):
            latest[key] = report
    return list(latest.values())


def scope_deviations(catalog: Catalog, scope: Scope, reports: list[Report] | None = None) -> list[Deviation]:
    """The deviations ``scope`` counts, of ``reports`` (default: the reports in scope)."""
    reports = reports_in_scope(catalog, scope) if reports is None else reports
    explanations = []
    for report in reports:
        explanations += [
            e
            for e in catalog.explanations(report.report_id)
            if e.kind in scope.kinds
            and "boilerplate" not in e.flags
            and (scope.latest_only or e.carry_over_of is None)
        ]
    return deviations(reports, explanations, investment=scope.investment)


def _add(sums: list[float], deviation: Deviation) -> None:
    sums[0] += 1
    if deviation.counted_amount is not None:
        sums[1] += deviation.counted_amount
        sums[2] += 1


def comparison(catalog: Catalog, scope: Scope | None = None) -> Comparison:
    """Per municipality x cause tag, and per municipality (municipality None = not known yet)."""
    scope = scope or Scope()
    reports = reports_in_scope(catalog, scope)
    cells: dict[tuple[str | None, str], list[float]] = defaultdict(lambda: [0, 0.0, 0])
    totals: dict[str | None, list[float]] = defaultdict(lambda: [0, 0.0, 0])
    for deviation in scope_deviations(catalog, scope, reports):
        municipality = deviation.report.municipality
        _add(totals[municipality], deviation)
        for tag in deviation.tags:
            _add(cells[(municipality, tag)], deviation)
    years: dict[str | None, int] = {}
    for report in reports:
        year = int(report.period[:4]) if report.period and report.period[:4].isdigit() else None
        if year and report.municipality in totals:
            years[report.municipality] = max(year, years.get(report.municipality, 0))
    order = lambda m: m or "\uffff"  # noqa: E731  (unknown last)
    return Comparison(
        sorted(
            (Cell(m, t, int(v[0]), float(v[1]), int(v[2])) for (m, t), v in cells.items()),
            key=lambda c: (order(c.municipality), c.tag),
        ),
        sorted(
            (Total(m, int(v[0]), float(v[1]), int(v[2])) for m, v in totals.items()),
            key=lambda t: order(t.municipality),
        ),
        years,
    )


def compare(catalog: Catalog, scope: Scope | None = None) -> list[Cell]:
    """Counts and summed amounts per municipality x cause tag (municipality None = not known yet)."""
    return comparison(catalog, scope).cells


def explanations_behind(
    catalog: Catalog, municipality: str | None, tag: str | None, scope: Scope | None = None
) -> list[Deviation]:
    """The deviations counted in one cell of ``compare`` (``tag`` None: in the municipality's total), summed
    ones first, then by size."""
    scope = scope or Scope()
    reports = [r for r in reports_in_scope(catalog, scope) if r.municipality == municipality]
    found = [d for d in scope_deviations(catalog, scope, reports) if tag is None or tag in d.tags]
    found.sort(
        key=lambda d: (
            not d.summed,
            -abs(d.amount_sek or 0.0),
            d.report.period or "",
            d.explanation.page,
        )
    )
    return found


def committees(catalog: Catalog) -> list[tuple[str | None, str]]:
    """(municipality, committee) pairs that have at least one finished report."""
    pairs = {(r.municipality, r.committee) for r in catalog.reports("done") if r.committee}
    return sorted(((m, c) for m, c in pairs if c), key=lambda p: (p[0] or "\uffff", p[1]))


def _committee_deviations(
    catalog: Catalog, municipality: str | None, committee: str, kinds: Iterable[str], investment: bool
) -> tuple[list[Report], list[Deviation]]:
    reports = [
        r
        for r in catalog.reports("done")
        if r.municipality == municipality and r.committee == committee and r.period
    ]
    scope = Scope(latest_only=True, kinds=tuple(kinds), investment=investment)  # every statement of each
    return reports, scope_deviations(catalog, scope, reports)


def committee_trend(
    catalog: Catalog,
    municipality: str | None,
    committee: str,
    kinds: Iterable[str] = ("cause",),
    investment: bool = False,
) -> list[TrendRow]:
    """One committee's causes per period: how many deviations name each tag and the amounts behind them."""
    _, found = _committee_deviations(catalog, municipality, committee, kinds, investment)
    rows: dict[tuple[str, str], list[float]] = defaultdict(lambda: [0, 0.0, 0])
    for deviation in found:
        for tag in deviation.tags:
            _add(rows[(str(deviation.report.period), tag)], deviation)
    return sorted(
        (TrendRow(p, t, int(v[0]), float(v[1]), int(v[2])) for (p, t), v in rows.items()),
        key=lambda r: (period_key(r.period), r.tag),
    )


def committee_totals(
    catalog: Catalog,
    municipality: str | None,
    committee: str,
    kinds: Iterable[str] = ("cause",),
    investment: bool = False,
) -> list[PeriodTotal]:
    """Per period of the committee: its deviations and their summed amount, each deviation once."""
    reports, found = _committee_deviations(catalog, municipality, committee, kinds, investment)
    totals: dict[str, list[float]] = defaultdict(lambda: [0, 0, 0.0, 0])
    for report in reports:
        totals[str(report.period)][0] += 1
    for deviation in found:
        total = totals[str(deviation.report.period)]
        total[1] += 1
        if deviation.counted_amount is not None:
            total[2] += deviation.counted_amount
            total[3] += 1
    return [
        PeriodTotal(p, int(v[0]), int(v[1]), float(v[2]), int(v[3]))
        for p, v in sorted(totals.items(), key=lambda i: period_key(i[0]))
    ]


def amount_range(catalog: Catalog) -> tuple[float, float] | None:
    """The smallest and largest amount of any explanation in a finished report, in kronor."""
    return catalog.amount_range()
