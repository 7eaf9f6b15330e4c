"""Read-only aggregations over the system of record, for comparing municipalities and following a committee.

Tags are the effective ones: the model's, with reviews applied (the latest decision on an explanation and tag
wins; a rejected tag is gone, an accepted or added one counts), the same rule as ``Catalog.explanations``.
Boilerplate never counts. An amount with several causes is counted in full under each of its causes.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from extract.types import Explanation, Report
from index.catalog import Catalog
from index.store import period_number

EFFECTIVE_TAGS = """
WITH decided AS (
    SELECT r.explanation_id, r.tag, r.decision FROM reviews r
    WHERE r.undone = 0 AND r.review_id = (
        SELECT max(r2.review_id) FROM reviews r2
        WHERE r2.undone = 0 AND r2.explanation_id = r.explanation_id AND r2.tag = r.tag)
),
effective AS (
    SELECT t.explanation_id, t.tag FROM tags t
    LEFT JOIN decided d ON d.explanation_id = t.explanation_id AND d.tag = t.tag
    WHERE d.decision IS NULL OR d.decision != 'reject'
    UNION
    SELECT explanation_id, tag FROM decided WHERE decision != 'reject'
)
"""

_COUNTED = "e.flags NOT LIKE '%\"boilerplate\"%'"


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


def period_key(period: str | None) -> int:
    return period_number(period) or 0


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


def _statement_filter(scope: Scope) -> tuple[str, list[str]]:
    marks = ",".join("?" * len(scope.kinds))
    sql = f"e.kind IN ({marks}) AND {_COUNTED}"
    if not scope.latest_only:
        sql += " AND e.carry_over_of IS NULL"
    return sql, list(scope.kinds)


def _per_report_tag(catalog: Catalog, scope: Scope) -> list[tuple[str, str, int, float, int]]:
    where, params = _statement_filter(scope)
    sql = (
        f"{EFFECTIVE_TAGS} SELECT e.report_id, ef.tag, count(*), coalesce(sum(e.amount_sek), 0),"
        f" count(e.amount_sek) FROM explanations e JOIN effective ef ON ef.explanation_id = e.explanation_id"
        f" WHERE {where} GROUP BY e.report_id, ef.tag"
    )
    return [(r[0], r[1], int(r[2]), float(r[3]), int(r[4])) for r in catalog.db.execute(sql, params)]


def compare(catalog: Catalog, scope: Scope | None = None) -> list[Cell]:
    """Counts and summed amounts per municipality x cause tag (municipality None = not known yet)."""
    scope = scope or Scope()
    municipality_of = {r.report_id: r.municipality for r in reports_in_scope(catalog, scope)}
    totals: dict[tuple[str | None, str], list[float]] = defaultdict(lambda: [0, 0.0, 0])
    for report_id, tag, count, amount, with_amount in _per_report_tag(catalog, scope):
        if report_id not in municipality_of:
            continue
        cell = totals[(municipality_of[report_id], tag)]
        cell[0] += count
        cell[1] += amount
        cell[2] += with_amount
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
    where, params = _statement_filter(scope)
    sql = (
        f"{EFFECTIVE_TAGS} SELECT e.explanation_id, e.report_id FROM explanations e"
        f" JOIN effective ef ON ef.explanation_id = e.explanation_id WHERE ef.tag = ? AND {where}"
    )
    ids = [row[0] for row in catalog.db.execute(sql, [tag, *params]) if row[1] in reports]
    found = catalog.explanations(ids=ids)
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
    scope = Scope(latest_only=True, kinds=tuple(kinds))  # every statement of each report counts
    rows: dict[tuple[str, str], list[float]] = defaultdict(lambda: [0, 0.0])
    for report_id, tag, count, amount, _ in _per_report_tag(catalog, scope):
        if report_id in reports:
            row = rows[(str(reports[report_id].period), tag)]
            row[0] += count
            row[1] += amount
    return sorted(
        (TrendRow(p, t, int(v[0]), float(v[1])) for (p, t), v in rows.items()),
        key=lambda r: (period_key(r.period), r.tag),
    )


def committee_totals(
    catalog: Catalog, municipality: str | None, committee: str, kinds: Iterable[str] = ("cause",)
) -> list[PeriodTotal]:
    """Per period of the committee: the number of causes and their summed amount, each explanation once."""
    reports = _committee_reports(catalog, municipality, committee)
    kinds = tuple(kinds)
    marks = ",".join("?" * len(kinds))
    totals: dict[str, list[float]] = defaultdict(lambda: [0, 0, 0.0])
    for report in reports.values():
        count, amount = catalog.db.execute(
            f"SELECT count(*), coalesce(sum(e.amount_sek), 0) FROM explanations e"
            f" WHERE e.report_id = ? AND e.kind IN ({marks}) AND {_COUNTED}",
            (report.report_id, *kinds),
        ).fetchone()
        total = totals[str(report.period)]
        total[0] += 1
        total[1] += count
        total[2] += amount
    return [
        PeriodTotal(p, int(v[0]), int(v[1]), float(v[2]))
        for p, v in sorted(totals.items(), key=lambda i: period_key(i[0]))
    ]


def amount_range(catalog: Catalog) -> tuple[float, float] | None:
    """The smallest and largest amount of any explanation in a finished report, in kronor."""
    low, high = catalog.db.execute(
        "SELECT min(e.amount_sek), max(e.amount_sek) FROM explanations e"
        " JOIN reports r ON r.report_id = e.report_id WHERE r.status = 'done'"
    ).fetchone()
    return None if low is None else (float(low), float(high))
