"""search(query, filters) -> list[Hit]: dense + sparse fused in the vector store, the hits read from the
catalog in one query, a carry-over chain grouped into one hit with the periods it was stated in, and the
words that matched."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Literal, Protocol

import numpy as np

from extract.types import Explanation, Hit
from index.catalog import Catalog
from index.catalog.interface import Chained, content_hash
from index.deviations import repeated, same_period_papers, same_statement_group
from index.errors import BadQuery
from index.periods import is_period
from index.query_understanding import Understood, understand
from index.relevance import TAG_CREDIT, content_stems, cosines, coverage, is_clear, strength
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
    archive: Searchable,
    query: str,
    filters: Filters | None = None,
    limit: int = 10,
    mode: Mode = "hybrid",
    understood: Understood | None = None,
) -> list[Hit]:
    return search_many(archive, [query], filters, limit, mode, None if understood is None else [understood])[
        0
    ]


def understand_query(catalog: Catalog, query: str) -> Understood:
    """The question's municipality, committee, period, direction, investment and cause words (chips)."""
    return understand_queries(catalog, [query])[0]


def understand_queries(catalog: Catalog, queries: Sequence[str]) -> list[Understood]:
    """``understand_query`` for each question, the archive's names and periods read once."""
    reports = catalog.reports()
    committees = sorted({r.committee for r in reports if r.committee})
    periods = sorted({r.period for r in reports if r.period})
    municipalities = sorted(catalog.municipalities())
    return [understand(validate(q), municipalities, committees, periods) for q in queries]


def search_many(
    archive: Searchable,
    queries: Sequence[str],
    filters: Filters | None = None,
    limit: int = 10,
    mode: Mode = "hybrid",
    understood: Sequence[Understood] | None = None,
) -> list[list[Hit]]:
    """Hits per query. With ``understood`` (one per query, :func:`understand_query`), each query's chips
    filter and boost, and the rest of its words are searched."""
    cleaned = [validate(q) for q in queries]
    if understood is not None and len(understood) != len(cleaned):
        raise ValueError(f"{len(cleaned)} queries but {len(understood)} understood")
    check_filters(archive.catalog, filters)
    if not archive.store.exists():
        return [[] for _ in cleaned]
    texts = [u.text for u in understood] if understood is not None else cleaned
    each = [u.filters(filters) for u in understood] if understood is not None else [filters] * len(cleaned)
    dense = None
    if mode != "sparse":
        embedder = archive.embedder
        # an index made by another model, backend or token limit is refused
        archive.store.ensure(embedder.dim, vector_identity(embedder))
        dense = embedder.embed_queries(texts)
    results = []
    for i, text in enumerate(texts):
        ranked = archive.store.query(
            dense[i] if dense is not None else None,
            sparse_vector(text) if mode != "dense" else None,
            each[i],
            limit * 3,
        )
        found = {c.explanation.explanation_id: c for c in archive.catalog.chained([i for i, _ in ranked])}
        boost = understood[i].boost if understood is not None else None
        hits = with_linked_pages(archive.catalog, _group(cleaned[i], ranked, found, limit, boost))
        identity = vector_identity(archive.embedder) if dense is not None else ""
        vector = dense[i] if dense is not None else None
        chips = understood[i] if understood is not None else None
        results.append(with_strength(archive.catalog, identity, cleaned[i], vector, hits, chips))
    return results


def clear_match(hits: Sequence[Hit]) -> bool:
    """Whether the best of the hits answers the question well enough to be shown as an answer."""
    return bool(hits) and is_clear(max(h.strength or 0.0 for h in hits))


def with_strength(
    catalog: Catalog,
    identity: str,
    query: str,
    vector: np.ndarray | None,
    hits: list[Hit],
    understood: Understood | None = None,
) -> list[Hit]:
    """The hits with their match strength: the dense cosine (document vectors from the catalog's cache)
    and the share of the question's content words in the indexed text; a cause word of the question counts
    as found in a hit tagged with its cause ("försörjningsstöd" in a text on ekonomiskt bistånd)."""
    if not hits:
        return hits
    texts = [document_text(h.report, h.explanation) for h in hits]
    hashes = [content_hash(t) for t in texts]
    cached = catalog.cached_vectors(sorted(set(hashes)), identity) if vector is not None else {}
    sims = cosines(vector, [cached.get(h) for h in hashes])
    wanted = content_stems(query)
    causes = (
        [(c.value, content_stems(c.words)) for c in understood.chips if c.kind == "tag"] if understood else []
    )
    out = []
    for hit, sim, text in zip(hits, sims, texts, strict=True):
        tags = {t.tag for t in hit.explanation.tags}
        named = set().union(*(words for tag, words in causes if tag in tags)) & wanted
        covered = coverage(wanted - named, text) if wanted - named else 1.0
        share = (covered * len(wanted - named) + TAG_CREDIT * len(named)) / len(wanted) if wanted else 0.0
        out.append(replace(hit, strength=strength(sim, share)))
    return out


def _group(
    query: str,
    ranked: list[tuple[str, float]],
    found: dict[str, Chained],
    limit: int,
    boost: Callable[[Explanation], float] | None = None,
) -> list[Hit]:
    """One hit per carry-over chain: its latest statement among the ranked ones, with the best score (times
    ``boost`` of the statement, when the question's chips boost)."""
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
                max(score for _, score in members) * (boost(latest.explanation) if boost else 1.0),
                highlights(query, latest.explanation.text),
                tuple(sorted(stated | earlier)),
            )
        )
    hits.sort(key=lambda h: (-round(h.score, 9), h.explanation.explanation_id))  # ties in a fixed order
    return one_per_deviation(hits)[:limit]


def with_linked_pages(catalog: Catalog, hits: list[Hit]) -> list[Hit]:
    """Each hit with the pages of every statement of its deviation that ingest linked (the summary on
    page 1 for a section on page 5), not only of those that were ranked too."""
    linked = catalog.deviation_pages(sorted({h.explanation.same_as for h in hits if h.explanation.same_as}))
    out = []
    for hit in hits:
        pages = linked.get(hit.explanation.same_as or "", ())
        others = set(hit.also_pages) | {p for p in pages if p != hit.explanation.page}
        out.append(replace(hit, also_pages=tuple(sorted(others))) if others != set(hit.also_pages) else hit)
    return out


def same_statement(kept: Hit, hit: Hit) -> bool:
    if kept.report.report_id == hit.report.report_id:
        return same_statement_group(kept.explanation, hit.explanation)
    return same_period_papers(kept.report, hit.report) and repeated(kept.explanation, hit.explanation)


def _first_of_equals(hit: Hit, kept: Hit) -> bool:
    """Whether ``hit`` states ``kept``'s words exactly and comes first (page, then file). Two such
    statements tie in every ranking, and the engine orders ties as its segments happen to lie (before and
    after it optimises them): where the statement is shown must not depend on that."""
    a, b = hit.explanation, kept.explanation
    if " ".join(a.text.lower().split()) != " ".join(b.text.lower().split()):
        return False
    return (a.page, hit.report.source) < (b.page, kept.report.source)


def one_per_deviation(hits: list[Hit]) -> list[Hit]:
    """Statements of one deviation in one report (its summary and its section) as one hit: the best-ranked
    one, with the pages of the others. Statements are the same deviation as Jämför joins them
    (``index.deviations``): the same kind, both operations or both investments, the same non-zero amount,
    the same area or one inside the other. A statement repeated word for word in another paper of the same
    committee and period (a tjänsteskrivelse and the report it covers) is shown once, where it ranked
    best (the very same words rank alike: where they come first), with the other paper's file and page
    (``also_in``). ``hits`` best first."""
    kept: list[Hit] = []
    for hit in hits:
        e = hit.explanation
        twin = next((n for n, k in enumerate(kept) if same_statement(k, hit)), None)
        if twin is None:
            kept.append(hit)
        elif kept[twin].report.report_id != hit.report.report_id:  # another paper, same committee and period
            first, other = kept[twin], hit
            if _first_of_equals(hit, first):
                first, other = (
                    replace(hit, score=first.score, strength=first.strength, also_in=first.also_in),
                    first,
                )
            place = (other.report.source, other.explanation.page)
            kept[twin] = first if place in first.also_in else replace(first, also_in=(*first.also_in, place))
        elif e.page != kept[twin].explanation.page and e.page not in kept[twin].also_pages:
            kept[twin] = replace(kept[twin], also_pages=tuple(sorted((*kept[twin].also_pages, e.page))))
    return kept
