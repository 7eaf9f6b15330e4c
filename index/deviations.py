"""A report's deviations, each counted once: what Jämför and the trend sum.

A report often states one deviation twice: in its summary and in the section about the area ("Äldreomsorg
−23,0 mnkr" on page 1 and again on page 5). The statements of one deviation are joined into one
``Deviation`` (its tags are all of theirs) so that its amount is summed once. Ingest links them
(``link_statements``: ``same_as`` names the first statement of each deviation) by one rule: statements of
one report of the same kind, both operations or both investments, with the same non-zero amount, whose
areas are the same or one contains the other's words (or one has no area). Statements stored before
avvik linked them are joined here by the same rule.

A report also cuts the same money two ways: by account group (Personalkostnader, Köp av verksamhet … the
rows of its result table) and by service area (Äldreomsorg, LSS …), and may state the whole (the
committee's result). Each cut adds up to the same total, so only one cut of each report is summed: the one
with more deviations that have an amount (the finer breakdown; a tie goes to the account groups, the
result table's own rows). Deviations of the other cuts are still counted and listed, their amounts marked
as not summed. Investment deviations (against the investment budget) are never summed with operations:
callers choose one or the other. A deviation that two papers of one committee and period state (a
tjänsteskrivelse repeating the report it covers) is counted once, in the first paper.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from rapidfuzz import fuzz

from extract.areas import account_groups_named
from extract.types import Explanation, Report

ACCOUNT, SERVICE, WHOLE = "kontogrupp", "verksamhet", "helhet"
CUT_LABELS = {ACCOUNT: "kontogrupp", SERVICE: "verksamhetsområde", WHOLE: "hela nämnden"}
_WHOLE_AREA = re.compile(
    r"^(nämnd|förvaltning|styrelse|kommunen|regionen|totalt|sammantaget|resultat|årets resultat|helår)", re.I
)
SAME_AREA = 80  # rapidfuzz token_set_ratio of two areas (lower case) for one deviation
REPEATED_TEXT = 90  # rapidfuzz ratio of two statements (lower case, spaces collapsed) repeating one another
REPEATED_MIN_CHARS = 40  # shorter ones ("Se ovan.") are not compared
REPEATED_INSIDE = 95  # rapidfuzz partial_ratio of the shorter statement inside the longer


@dataclass(frozen=True)
class Deviation:
    """One deviation of one report: the statements that state it (the first is shown), its tags after review
    (all of its statements'), its amount, the cut it belongs to and whether its amount is summed."""

    report: Report
    statements: tuple[Explanation, ...]
    tags: tuple[str, ...]
    amount_sek: float | None
    cut: str
    summed: bool

    @property
    def explanation(self) -> Explanation:
        return self.statements[0]

    @property
    def counted_amount(self) -> float | None:
        """The amount that sums count: None when there is none or its cut is not the report's summed one."""
        return self.amount_sek if self.summed else None


def cut_of(explanation: Explanation, report: Report) -> str:
    area = (explanation.area or "").strip()
    if not area:
        return WHOLE
    folded = area.lower()
    if account_groups_named(folded):
        return ACCOUNT
    committee = (report.committee or "").lower()
    if _WHOLE_AREA.match(folded) or (committee and fuzz.token_set_ratio(folded, committee) >= 90):
        return WHOLE
    return SERVICE


def same_deviation(a: Explanation, b: Explanation) -> bool:
    """Two statements of one report state the same deviation: the same non-zero amount, and the same area
    (close in spelling, or one inside the other) or one without an area."""
    if a.amount_sek is None or b.amount_sek is None or not a.amount_sek or a.amount_sek != b.amount_sek:
        return False
    if not a.area or not b.area:
        return True
    first, second = a.area.lower(), b.area.lower()
    return fuzz.token_set_ratio(first, second) >= SAME_AREA or fuzz.partial_ratio(first, second) >= 90


def repeated(a: Explanation, b: Explanation) -> bool:
    """The same statement twice, near word for word (a cover letter repeating its report), with no amounts
    that disagree: the two texts alike, or the shorter (at least half the other's length) inside the longer
    one (a sentence more on one side)."""
    if a.amount_sek is not None and b.amount_sek is not None and a.amount_sek != b.amount_sek:
        return False
    short, long = sorted((" ".join(a.text.lower().split()), " ".join(b.text.lower().split())), key=len)
    if len(short) < REPEATED_MIN_CHARS:
        return False
    if fuzz.ratio(short, long) >= REPEATED_TEXT:
        return True
    return len(short) >= len(long) / 2 and fuzz.partial_ratio(short, long) >= REPEATED_INSIDE


def link_statements(explanations: Sequence[Explanation]) -> list[Explanation]:
    """One report's statements, each with ``same_as``: the first statement of its deviation (statements of
    the same kind and of operations or investments alike, joined by ``same_deviation``)."""
    parts: dict[tuple[str, bool], list[Explanation]] = {}
    for explanation in explanations:
        parts.setdefault((explanation.kind, explanation.investment), []).append(explanation)
    first: dict[str, str] = {}
    for part in parts.values():
        for group in _joined(part):
            first |= {e.explanation_id: group[0].explanation_id for e in group}
    return [replace(e, same_as=first[e.explanation_id]) for e in explanations]


def same_statement_group(a: Explanation, b: Explanation) -> bool:
    """Two statements of one report state one deviation: as linked at ingest, or, for statements stored
    before avvik linked them, by the rule (same kind, operations or investments alike, ``same_deviation``)."""
    if a.same_as is not None and b.same_as is not None:
        return a.same_as == b.same_as
    return a.kind == b.kind and a.investment == b.investment and same_deviation(a, b)


def _groups(explanations: Sequence[Explanation]) -> list[list[Explanation]]:
    """Statements of one report joined into deviations, in the report's order: by their links, or by
    ``same_deviation`` (transitively) where a statement was stored before avvik linked them."""
    if explanations and all(e.same_as is not None for e in explanations):
        groups: dict[str, list[Explanation]] = {}
        for explanation in explanations:
            groups.setdefault(explanation.same_as or "", []).append(explanation)
        return list(groups.values())
    return _joined(explanations)


def _joined(explanations: Sequence[Explanation]) -> list[list[Explanation]]:
    """Statements of one report joined by ``same_deviation`` (transitively), in the report's order."""
    parent = list(range(len(explanations)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i in range(len(explanations)):
        for j in range(i + 1, len(explanations)):
            if same_deviation(explanations[i], explanations[j]):
                parent[root(j)] = root(i)
    groups: dict[int, list[Explanation]] = {}
    for i, explanation in enumerate(explanations):
        groups.setdefault(root(i), []).append(explanation)
    return list(groups.values())


def report_deviations(report: Report, explanations: Sequence[Explanation]) -> list[Deviation]:
    """The deviations of one report's counted statements (already chosen: kinds, operations or investments)."""
    found = []
    for group in _groups(explanations):
        with_amount = [e for e in group if e.amount_sek is not None]
        shown = with_amount[0] if with_amount else group[0]
        statements = (shown, *(e for e in group if e is not shown))
        tags = tuple(dict.fromkeys(t.tag for e in statements for t in e.tags))
        cuts = {cut_of(e, report) for e in statements}
        cut = next(c for c in (ACCOUNT, SERVICE, WHOLE) if c in cuts)
        found.append(Deviation(report, statements, tags, shown.amount_sek, cut, False))
    amounts = {
        c: sum(d.amount_sek is not None for d in found if d.cut == c) for c in (ACCOUNT, SERVICE, WHOLE)
    }
    summed = max((ACCOUNT, SERVICE, WHOLE), key=lambda c: (amounts[c], c == ACCOUNT, c == SERVICE))
    return [Deviation(d.report, d.statements, d.tags, d.amount_sek, d.cut, d.cut == summed) for d in found]


def deviations(
    reports: Iterable[Report], explanations: Iterable[Explanation], *, investment: bool = False
) -> list[Deviation]:
    """The deviations of these reports, from their counted statements: operations, or with ``investment``
    investments only."""
    by_report: dict[str, list[Explanation]] = {}
    for explanation in explanations:
        if explanation.investment == investment:
            by_report.setdefault(explanation.report_id, []).append(explanation)
    found: list[Deviation] = []
    for report in reports:
        found += [
            d
            for d in report_deviations(report, by_report.get(report.report_id, []))
            if not any(stated_by_another_paper(d, kept) for kept in found)
        ]
    return found


def same_period_papers(a: Report, b: Report) -> bool:
    """Two papers of one committee and period (a tjänsteskrivelse and the report it covers)."""
    if a.report_id == b.report_id or a.committee is None or a.period is None:
        return False
    return (a.municipality, a.committee, a.period) == (b.municipality, b.committee, b.period)


def stated_by_another_paper(deviation: Deviation, kept: Deviation) -> bool:
    """A deviation that another paper of the same committee and period already states (a tjänsteskrivelse
    and the report it covers): one of its statements repeats, or states the same deviation as, one of
    the other's. Counted once, where it was found first."""
    if not same_period_papers(deviation.report, kept.report):
        return False
    return any(
        x.kind == y.kind and (repeated(x, y) or same_deviation(x, y))
        for x in deviation.statements
        for y in kept.statements
    )
