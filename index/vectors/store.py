"""The vector store's interface, whatever engine holds the index: points, filters, and what made a collection.

Each point holds a dense vector, a sparse keyword vector (IDF applied by the engine) and the payload that
filters and facets need. The collection records the embedding model, the keyword scheme and the store
format that made it, so an index built by another avvik is refused with a message that says to run
``avvik reindex``. ``index.vectors.open_store`` picks the engine.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from typing import Any, Protocol

import numpy as np

from index.errors import VersionMismatch
from index.periods import period_number
from index.vectors.keywords import VERSION as KEYWORDS_VERSION

DENSE = "dense"
SPARSE = "sparse"
STORE_FORMAT = 2
KEYWORD_FIELDS = (
    "report_id",
    "municipality",
    "committee",
    "report_type",
    "kind",
    "direction",
    "tags",
    "period",
    "flags",
)
FLOAT_FIELDS = ("period_num", "amount_sek")
# Reciprocal rank fusion of the dense and the sparse ranking (tuned on `avvik eval search`).
RRF_K = 10
PREFETCH_MIN = 50

Sparse = tuple[list[int], list[float]]


@dataclass(frozen=True)
class ServerLayout:
    """How avvik creates and writes a collection on a Qdrant server (``AVVIK_QDRANT_SHARDS`` and so on): shards
    spread the points over the cluster's machines, replicas keep each shard on that many of them; upserts
    go in batches of ``batch`` points, each tried up to ``tries`` times (an upsert of the same ids is
    idempotent, so a retry after a timeout writes nothing twice)."""

    shards: int = 1
    replicas: int = 1
    api_key: str | None = None
    batch: int = 256
    tries: int = 5


ONE_SERVER = ServerLayout()


@dataclass(frozen=True)
class Point:
    explanation_id: str
    dense: np.ndarray
    sparse: Sparse
    payload: dict[str, Any]


@dataclass(frozen=True)
class Filters:
    municipality: tuple[str, ...] = ()
    committee: tuple[str, ...] = ()
    report_type: tuple[str, ...] = ()
    kind: tuple[str, ...] = ()
    tag: tuple[str, ...] = ()
    direction: tuple[str, ...] = ()
    period_from: str | None = None  # "YYYY-MM" inclusive; a year "2024" means from January
    period_to: str | None = None  # inclusive; a year "2024" means to December
    amount_min: float | None = None  # kronor, signed like the direction
    amount_max: float | None = None
    include_boilerplate: bool = False
    report_id: tuple[str, ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class Condition:
    """One engine-neutral filter condition: a keyword in ``values``, or a number in [low, high]."""

    key: str
    values: tuple[str, ...] = ()
    low: float | None = None
    high: float | None = None


class VectorStore(Protocol):
    """What the archive, search and the app use, whatever engine holds the index."""

    collection: str
    is_server: bool

    def close(self) -> None: ...

    def turn(self) -> AbstractContextManager[VectorStore]:
        """The index held for several operations in a row (one process's turn, where processes take turns
        on the embedded index, ``index.vectors.turns``; elsewhere it is always held)."""
        ...

    def exists(self) -> bool: ...

    def ensure(self, dim: int, embed_model: str) -> None:
        """Create the collection if needed; refuse one made by another model, keyword scheme or format."""
        ...

    def drop(self) -> None: ...

    def upsert(self, points: Sequence[Point]) -> None: ...

    def optimize(self) -> None:
        """Bring newly written points into the engine's search layout (quantized vectors, graphs) after a
        batch of writes; blocks until done. The points are searchable before it too."""
        ...

    def set_payload(self, explanation_id: str, payload: dict[str, Any]) -> None: ...

    def set_payload_for_report(self, report_id: str, payload: dict[str, Any]) -> None: ...

    def delete_report(self, report_id: str) -> None: ...

    def delete_ids(self, explanation_ids: Iterable[str]) -> None: ...

    def point_reports(self) -> dict[str, str]:
        """explanation_id -> report_id for every point."""
        ...

    def count(self) -> int: ...

    def query(
        self, dense: np.ndarray | None, sparse: Sparse | None, filters: Filters | None, limit: int
    ) -> list[tuple[str, float]]:
        """Dense, sparse, or both fused by reciprocal rank fusion: (explanation_id, score), best first."""
        ...

    def facets(self, key: str, filters: Filters | None, limit: int = 50) -> dict[str, int]:
        """Counts of the values of a payload key (municipality, tags, period ...) in the filtered points."""
        ...


def point_uuid(explanation_id: str) -> str:
    return str(uuid.UUID(hex=explanation_id[:32].ljust(32, "0")))


def conditions(filters: Filters | None) -> tuple[list[Condition], list[Condition]]:
    """The filters as (must, must_not) conditions that every engine translates the same way."""
    filters = filters or Filters()
    must: list[Condition] = []
    for name in ("municipality", "committee", "report_type", "kind", "tag", "direction", "report_id"):
        values = getattr(filters, name)
        if values:
            must.append(Condition("tags" if name == "tag" else name, values=tuple(values)))
    low, high = period_number(filters.period_from, start=True), period_number(filters.period_to)
    if low is not None or high is not None:
        must.append(Condition("period_num", low=low, high=high))
    if filters.amount_min is not None or filters.amount_max is not None:
        must.append(Condition("amount_sek", low=filters.amount_min, high=filters.amount_max))
    must_not = [] if filters.include_boilerplate else [Condition("flags", values=("boilerplate",))]
    return must, must_not


def collection_meta(dim: int, embed_model: str) -> dict[str, Any]:
    """What made a collection: compared on every open, so a stale index is never searched."""
    return {
        "store_format": STORE_FORMAT,
        "dim": dim,
        "embed_model": embed_model,
        "keywords": KEYWORDS_VERSION,
    }


def check_meta(found: dict[str, Any] | None, dim: int, embed_model: str, where: str) -> None:
    wanted = collection_meta(dim, embed_model)
    if found is None:
        raise VersionMismatch(
            f"the index {where} was made by an older avvik (no version record); "
            "run `avvik reindex` to rebuild it from the database"
        )
    differs = [k for k in wanted if found.get(k) != wanted[k]]
    if differs:
        was = ", ".join(f"{k} {found.get(k)!r}" for k in differs)
        now = ", ".join(f"{k} {wanted[k]!r}" for k in differs)
        raise VersionMismatch(
            f"the index {where} was built with {was}; this avvik uses {now}; "
            "run `avvik reindex` to rebuild it from the database"
        )


def prefetch_depth(limit: int) -> int:
    return max(limit * 4, PREFETCH_MIN)


def in_fixed_order(ranked: Iterable[tuple[str, float]]) -> list[tuple[str, float]]:
    """Best first, points of the same score by id: the engines return equal scores in the order the points
    were written (which a parallel ingest changes) and sum a sparse score in an order that can move its
    last float bits, so scores within a millionth of each other count as the same."""
    out: list[tuple[str, float]] = []
    group: list[tuple[str, float]] = []
    for point in sorted(ranked, key=lambda p: -p[1]):
        if group and group[0][1] - point[1] > 1e-6 * max(1.0, abs(group[0][1])):
            out.extend(sorted(group))
            group = []
        group.append(point)
    return out + sorted(group)


def fuse(
    dense: Iterable[tuple[str, float]], sparse: Iterable[tuple[str, float]], limit: int
) -> list[tuple[str, float]]:
    """Reciprocal rank fusion as the engines' ``Rrf(k=RRF_K)`` computes it (a point's score is the sum of
    1 / (RRF_K + its 0-based rank) over the two rankings), each ranking in a fixed order first, so the
    same index answers the same question the same way whatever order its points were written in."""
    scores: dict[str, float] = {}
    for ranking in (dense, sparse):
        for rank, (point, _) in enumerate(in_fixed_order(ranking)):
            scores[point] = scores.get(point, 0.0) + 1.0 / (RRF_K + rank)
    return in_fixed_order(scores.items())[:limit]
