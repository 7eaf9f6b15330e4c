"""Read-only aggregations over the system of record, for comparing municipalities and following a committee.

Tags are the ones after review (the catalog's ``effective_tags``: the latest decision on an explanation and
tag wins; a rejected tag is gone, an accepted or added one counts), as everywhere else.
Boilerplate never counts. An amount with several causes is counted in full under each of its causes.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from extract.types import Explanation, Report
from index.catalog import Catalog
from index.catalog.interface import Counted
from index.periods import period_key, period_number


@dataclass(frozen=True)
class Scope:
    """Which reports and statements a comparison counts.

    ``latest_only``: each committee's latest report (its current picture of the year). Otherwise every report
    in the period range, with carry-overs (a cause repeated from last month's report) counted once.
    """

    latest_only: bool = True
    period_from: str | None = None
    period_to: str | None = None
    kinds: tuple[str, ...] = ("cause",)

    @property
    def counted(self) -> Counted:
        return Counted(self.kinds, carry_overs=self.latest_only)


@dataclass(frozen=True)
class Cell:
    municipality: str | None
    tag: str
    count: int
    amount_sek: float  # the sum of the amounts that were given
    with_amount: int  # how many of ``count`` had an amount


@dataclass(frozen=True)
class TrendRow:
    period: str
    tag: str
    count: int
    amount_sek: float


@dataclass(frozen=True)
class PeriodTotal:
    period: str
    reports: int  # usually one; two when the same period was reported twice (say a monthly and an interim)
    causes: int
    amount_sek: float  # each explanation once, whatever its tags


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


def compare(catalog: Catalog, scope: Scope | None = None) -> list[Cell]:
    """Counts and summed amounts per municipality x cause tag (municipality None = not known yet)."""
    scope = scope or Scope()
    municipality_of = {r.report_id: r.municipality for r in reports_in_scope(catalog, scope)}
    totals: dict[tuple[str | None, str], list[float]] = defaultdict(lambda: [0, 0.0, 0])
    for row in catalog.tag_counts(scope.counted):
        if row.report_id not in municipality_of:
            continue
        cell = totals[(municipality_of[row.report_id], row.tag)]
        cell[0] += row.count
        cell[1] += row.amount_sek
        cell[2] += row.with_amount
    return sorted(
        (Cell(m, t, int(v[0]), float(v[1]), int(v[2])) for (m, t), v in totals.items()),
        key=lambda c: (c.municipality or "\uffff", c.tag),
    )


def explanations_behind(
    catalog: Catalog, municipality: str | None, tag: str, scope: Scope | None = None
) -> list[tuple[Explanation, Report]]:
    """The explanations counted in one cell of ``compare``, largest amount first."""
    scope = scope or Scope()
    reports = {r.report_id: r for r in reports_in_scope(catalog, scope) if r.municipality == municipality}
    if not reports:
        return []
    found = [e for e in catalog.tagged(tag, scope.counted) if e.report_id in reports]
    found.sort(key=lambda e: (-abs(e.amount_sek or 0.0), e.report_id, e.page))
    return [(e, reports[e.report_id]) for e in found]


def committees(catalog: Catalog) -> list[tuple[str | None, str]]:
    """(municipality, committee) pairs that have at least one finished report."""
    pairs = {(r.municipality, r.committee) for r in catalog.reports("done") if r.committee}
    return sorted(((m, c) for m, c in pairs if c), key=lambda p: (p[0] or "\uffff", p[1]))


def _committee_reports(catalog: Catalog, municipality: str | None, committee: str) -> dict[str, Report]:
    return {
        r.report_id: r
        for r in catalog.reports("done")
        if r.municipality == municipality and r.committee == committee and r.period
    }


def committee_trend(
    catalog: Catalog, municipality: str | None, committee: str, kinds: Iterable[str] = ("cause",)
) -> list[TrendRow]:
    """One committee's causes per period: how often each tag is named and the amounts behind it."""
    reports = _committee_reports(catalog, municipality, committee)
    rows: dict[tuple[str, str], list[float]] = defaultdict(lambda: [0, 0.0])
    for count in catalog.tag_counts(Counted(tuple(kinds))):  # every statement of each report counts
        if count.report_id in reports:
            row = rows[(str(reports[count.report_id].period), count.tag)]
            row[0] += count.count
            row[1] += count.amount_sek
    return sorted(
        (TrendRow(p, t, int(v[0]), float(v[1])) for (p, t), v in rows.items()),
        key=lambda r: (period_key(r.period), r.tag),
    )


def committee_totals(
    catalog: Catalog, municipality: str | None, committee: str, kinds: Iterable[str] = ("cause",)
) -> list[PeriodTotal]:
    """Per period of the committee: the number of causes and their summed amount, each explanation once."""
    reports = _committee_reports(catalog, municipality, committee)
    statements = catalog.statement_totals(list(reports), tuple(kinds))
    totals: dict[str, list[float]] = defaultdict(lambda: [0, 0, 0.0])
    for report in reports.values():
        total = totals[str(report.period)]
        total[0] += 1
        total[1] += statements[report.report_id].count
        total[2] += statements[report.report_id].amount_sek
    return [
        PeriodTotal(p, int(v[0]), int(v[1]), float(v[2]))
        for p, v in sorted(totals.items(), key=lambda i: period_key(i[0]))
    ]


def amount_range(catalog: Catalog) -> tuple[float, float] | None:
    """The smallest and largest amount of any explanation in a finished report, in kronor."""
    return catalog.amount_range()
