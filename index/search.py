"""search(query, filters) -> list[Hit]: dense + sparse fused in the vector store, the hits read from the
catalog in one query, a carry-over chain grouped into one hit with the periods it was stated in, and the
words that matched."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Literal, Protocol

import numpy as np

from extract.types import Explanation, Hit
from index.catalog import Catalog
from index.catalog.interface import Chained, content_hash
from index.errors import BadQuery
from index.periods import is_period
from index.relevance import content_stems, cosines, coverage, is_clear, strength
from index.vectors.embedder import Embedder, vector_identity
from index.vectors.keywords import document_text, sparse_vector, stem, stems
from index.vectors.store import Filters, VectorStore

Mode = Literal["hybrid", "dense", "sparse"]
MAX_QUERY_CHARS = 1000
_WORD = re.compile(r"[A-Za-zÅÄÖåäöéü]+")


class Searchable(Protocol):
    """What search reads: the catalog, the vector store and, unless only keywords are searched, the
    embedder (``index.archive.Archive`` is one)."""

    catalog: Catalog
    store: VectorStore

    @property
    def embedder(self) -> Embedder: ...


def validate(query: str) -> str:
    query = " ".join(query.split())
    if not query:
        raise BadQuery(
            'the query is empty; type a few words, e.g. "dyra hyrsjuksköterskor"', code="query_empty"
        )
    if len(query) > MAX_QUERY_CHARS:
        raise BadQuery(
            f"the query is {len(query)} characters long; keep it under {MAX_QUERY_CHARS} "
            "(a question or a few key words work best)",
            code="query_too_long",
            length=len(query),
            limit=MAX_QUERY_CHARS,
        )
    return query


def check_filters(catalog: Catalog, filters: Filters | None) -> None:
    if filters is None:
        return
    for name in ("period_from", "period_to"):
        value = getattr(filters, name)
        if value and not is_period(value):
            raise BadQuery(
                f"{name.replace('_', ' ')} {value!r} is not a period; write a year (2024) or a month "
                "(2024-05)",
                code="bad_period",
                value=value,
            )
    low, high = filters.amount_min, filters.amount_max
    if low is not None and high is not None and low > high:
        raise BadQuery(
            f"the amount range {low:,.0f} to {high:,.0f} is empty; put the smaller amount first",
            code="empty_amount_range",
            low=low,
            high=high,
        )
    if not filters.municipality:
        return
    known = catalog.municipalities()
    unknown = [m for m in filters.municipality if m not in known]
    if unknown:
        listing = ", ".join(sorted(known)[:12]) or "none yet"
        raise BadQuery(
            f"no reports from {', '.join(unknown)} in the archive (known: {listing}); "
            "check the spelling or ingest its reports",
            code="unknown_municipality",
            names=tuple(unknown),
        )


def highlights(query: str, text: str) -> tuple[str, ...]:
    """The words of the text that match the query: same stem, or one stem containing the other."""
    wanted = {s for s in stems(query) if len(s) >= 3}
    found: list[str] = []
    for word in _WORD.findall(text):
        word_stem = stem(word.lower())
        if len(word_stem) < 3:
            continue
        near = any(min(len(w), len(word_stem)) >= 5 and (w in word_stem or word_stem in w) for w in wanted)
        if (word_stem in wanted or near) and word not in found:
            found.append(word)
    return tuple(found)


def chain_root(explanation: Explanation) -> str:
    """The first statement of the explanation's carry-over chain (itself when it starts one)."""
    return explanation.carry_over_of or explanation.explanation_id


def search(
    archive: Searchable, query: str, filters: Filters | None = None, limit: int = 10, mode: Mode = "hybrid"
) -> list[Hit]:
    return search_many(archive, [query], filters, limit, mode)[0]


def search_many(
    archive: Searchable,
    queries: Sequence[str],
    filters: Filters | None = None,
    limit: int = 10,
    mode: Mode = "hybrid",
) -> list[list[Hit]]:
    cleaned = [validate(q) for q in queries]
    check_filters(archive.catalog, filters)
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
        found = {c.explanation.explanation_id: c for c in archive.catalog.chained([i for i, _ in ranked])}
        hits = _group(query, ranked, found, limit)
        identity = vector_identity(archive.embedder) if dense is not None else ""
        results.append(
            with_strength(archive.catalog, identity, query, dense[i] if dense is not None else None, hits)
        )
    return results


def clear_match(hits: Sequence[Hit]) -> bool:
    """Whether the best of the hits answers the question well enough to be shown as an answer."""
    return bool(hits) and is_clear(max(h.strength or 0.0 for h in hits))


def with_strength(
    catalog: Catalog, identity: str, query: str, vector: np.ndarray | None, hits: list[Hit]
) -> list[Hit]:
    """The hits with their match strength: the dense cosine (document vectors from the catalog's cache)
    and the share of the question's content words in the indexed text."""
    if not hits:
        return hits
    texts = [document_text(h.report, h.explanation) for h in hits]
    hashes = [content_hash(t) for t in texts]
    cached = catalog.cached_vectors(sorted(set(hashes)), identity) if vector is not None else {}
    sims = cosines(vector, [cached.get(h) for h in hashes])
    wanted = content_stems(query)
    return [
        replace(h, strength=strength(sim, coverage(wanted, text)))
        for h, sim, text in zip(hits, sims, texts, strict=True)
    ]


def _group(query: str, ranked: list[tuple[str, float]], found: dict[str, Chained], limit: int) -> list[Hit]:
    """One hit per carry-over chain: its latest statement among the ranked ones, with the best score."""
    chains: dict[str, list[tuple[Chained, float]]] = {}
    for explanation_id, score in ranked:
        if explanation_id in found:
            chains.setdefault(found[explanation_id].root, []).append((found[explanation_id], score))
    hits: list[Hit] = []
    for members in chains.values():
        latest = max(members, key=lambda m: m[0].report.period or "")[0]
        stated = {m.report.period or "?" for m, _ in members}
        earlier = {
            p for p in latest.chain_periods if latest.report.period is None or p <= latest.report.period
        }
        hits.append(
            Hit(
                latest.explanation,
                latest.report,
                max(score for _, score in members),
                highlights(query, latest.explanation.text),
                tuple(sorted(stated | earlier)),
            )
        )
    hits.sort(key=lambda h: (-round(h.score, 9), h.explanation.explanation_id))  # ties in a fixed order
    return hits[:limit]
