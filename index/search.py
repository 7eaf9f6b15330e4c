"""search(query, filters) -> list[Hit]: dense + sparse fused in Qdrant, hydrated from SQLite, carry-overs
grouped into one hit, with the words that matched."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Literal

from extract.types import Explanation, Hit, Report
from index.archive import Archive
from index.embedder import vector_identity
from index.errors import BadQuery
from index.keywords import _stem, sparse_vector, stems
from index.store import Filters, period_number

Mode = Literal["hybrid", "dense", "sparse"]
MAX_QUERY_CHARS = 1000
_WORD = re.compile(r"[A-Za-zÅÄÖåäöéü]+")
_PERIOD = re.compile(r"\d{4}(-(0[1-9]|1[0-2]))?")


def validate(query: str) -> str:
    query = " ".join(query.split())
    if not query:
        raise BadQuery('the query is empty; type a few words, e.g. "dyra hyrsjuksköterskor"')
    if len(query) > MAX_QUERY_CHARS:
        raise BadQuery(
            f"the query is {len(query)} characters long; keep it under {MAX_QUERY_CHARS} "
            "(a question or a few key words work best)"
        )
    return query


def check_filters(archive: Archive, filters: Filters | None) -> None:
    if filters is None:
        return
    for name in ("period_from", "period_to"):
        value = getattr(filters, name)
        if value and (not _PERIOD.fullmatch(value) or period_number(value) is None):
            raise BadQuery(
                f"{name.replace('_', ' ')} {value!r} is not a period; write a year (2024) or a month "
                "(2024-05)"
            )
    low, high = filters.amount_min, filters.amount_max
    if low is not None and high is not None and low > high:
        raise BadQuery(f"the amount range {low:,.0f} to {high:,.0f} is empty; put the smaller amount first")
    if not filters.municipality:
        return
    known = {r.municipality for r in archive.catalog.reports() if r.municipality}
    unknown = [m for m in filters.municipality if m not in known]
    if unknown:
        listing = ", ".join(sorted(known)[:12]) or "none yet"
        raise BadQuery(
            f"no reports from {', '.join(unknown)} in the archive (known: {listing}); "
            "check the spelling or ingest its reports"
        )


def highlights(query: str, text: str) -> tuple[str, ...]:
    """The words of the text that match the query: same stem, or one stem containing the other."""
    wanted = {s for s in stems(query) if len(s) >= 3}
    found: list[str] = []
    for word in _WORD.findall(text):
        stem = _stem(word.lower())
        if len(stem) < 3:
            continue
        near = any(min(len(w), len(stem)) >= 5 and (w in stem or stem in w) for w in wanted)
        if (stem in wanted or near) and word not in found:
            found.append(word)
    return tuple(found)


def search(
    archive: Archive, query: str, filters: Filters | None = None, limit: int = 10, mode: Mode = "hybrid"
) -> list[Hit]:
    return search_many(archive, [query], filters, limit, mode)[0]


def search_many(
    archive: Archive,
    queries: Sequence[str],
    filters: Filters | None = None,
    limit: int = 10,
    mode: Mode = "hybrid",
) -> list[list[Hit]]:
    cleaned = [validate(q) for q in queries]
    check_filters(archive, filters)
    if not archive.store.exists():
        return [[] for _ in cleaned]
    dense = None
    if mode != "sparse":
        embedder = archive.embedder
        # an index made by another model, backend or token limit is refused
        archive.store.ensure(embedder.dim, vector_identity(embedder))
        dense = embedder.embed_queries(cleaned)
    results = []
    for i, query in enumerate(cleaned):
        ranked = archive.store.query(
            dense[i] if dense is not None else None,
            sparse_vector(query) if mode != "dense" else None,
            filters,
            limit * 3,
        )
        results.append(_hydrate(archive, query, ranked, limit))
    return results


def _hydrate(archive: Archive, query: str, ranked: list[tuple[str, float]], limit: int) -> list[Hit]:
    explanations = {e.explanation_id: e for e in archive.catalog.explanations(ids=[i for i, _ in ranked])}
    reports: dict[str, Report] = {r.report_id: r for r in archive.catalog.reports()}
    groups: dict[str, list[tuple[Explanation, float]]] = {}
    for explanation_id, score in ranked:
        exp = explanations.get(explanation_id)
        if exp is None or exp.report_id not in reports:
            continue
        root = _chain_root(archive, exp)
        groups.setdefault(root, []).append((exp, score))
    hits: list[Hit] = []
    for members in groups.values():
        best_score = max(score for _, score in members)
        latest = max(members, key=lambda m: reports[m[0].report_id].period or "")[0]
        periods = sorted(
            {reports[e.report_id].period or "?" for e, _ in members} | _chain_periods(archive, latest)
        )
        hits.append(
            Hit(latest, reports[latest.report_id], best_score, highlights(query, latest.text), tuple(periods))
        )
    hits.sort(key=lambda h: (-round(h.score, 9), h.explanation.explanation_id))  # ties in a fixed order
    return hits[:limit]


def _chain_root(archive: Archive, exp: Explanation) -> str:
    seen = {exp.explanation_id}
    current = exp
    while current.carry_over_of and current.carry_over_of not in seen:
        parents = archive.catalog.explanations(ids=[current.carry_over_of])
        if not parents:
            break
        current = parents[0]
        seen.add(current.explanation_id)
    return current.explanation_id


def _chain_periods(archive: Archive, exp: Explanation) -> set[str]:
    periods: set[str] = set()
    current: Explanation | None = exp
    seen: set[str] = set()
    while current is not None and current.explanation_id not in seen:
        seen.add(current.explanation_id)
        report = archive.catalog.report(current.report_id)
        if report and report.period:
            periods.add(report.period)
        parent = archive.catalog.explanations(ids=[current.carry_over_of]) if current.carry_over_of else []
        current = replace(parent[0]) if parent else None
    return periods
