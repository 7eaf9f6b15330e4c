"""The vector index behind one small interface (the only module importing qdrant-client).

Embedded (local) Qdrant under the data dir by default; a Qdrant server when a URL is given. Each point
holds a dense vector, a sparse keyword vector (IDF applied by Qdrant) and the payload that filters and
facets need, with the embedding model and tagger versions that made it.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
from qdrant_client import QdrantClient, models

from index.errors import StoreLocked, StoreUnreachable, VersionMismatch

DENSE = "dense"
SPARSE = "sparse"
KEYWORD_FIELDS = ("report_id", "municipality", "committee", "report_type", "kind", "direction", "tags", "period")


@dataclass(frozen=True)
class Point:
    explanation_id: str
    dense: np.ndarray
    sparse: tuple[list[int], list[float]]
    payload: dict[str, Any]


@dataclass(frozen=True)
class Filters:
    municipality: tuple[str, ...] = ()
    committee: tuple[str, ...] = ()
    report_type: tuple[str, ...] = ()
    kind: tuple[str, ...] = ()
    tag: tuple[str, ...] = ()
    direction: tuple[str, ...] = ()
    period_from: str | None = None  # "YYYY-MM" inclusive
    period_to: str | None = None
    amount_min: float | None = None
    amount_max: float | None = None
    include_boilerplate: bool = False
    report_id: tuple[str, ...] = field(default_factory=tuple)


def point_uuid(explanation_id: str) -> str:
    return str(uuid.UUID(hex=explanation_id[:32].ljust(32, "0")))


def period_number(period: str | None) -> int | None:
    """"2024-05" -> 202405; a full year "2024" -> 202412."""
    if not period:
        return None
    parts = period.split("-")
    try:
        return int(parts[0]) * 100 + (int(parts[1]) if len(parts) > 1 else 12)
    except ValueError:
        return None


def to_qdrant_filter(filters: Filters | None) -> models.Filter | None:
    filters = filters or Filters()
    must: list[Any] = []
    for key in ("municipality", "committee", "report_type", "kind", "tag", "direction", "report_id"):
        values = getattr(filters, key)
        if values:
            payload_key = "tags" if key == "tag" else key
            must.append(models.FieldCondition(key=payload_key, match=models.MatchAny(any=list(values))))
    low, high = period_number(filters.period_from), period_number(filters.period_to)
    if low is not None or high is not None:
        must.append(models.FieldCondition(key="period_num", range=models.Range(gte=low, lte=high)))
    if filters.amount_min is not None or filters.amount_max is not None:
        must.append(models.FieldCondition(key="amount_sek",
                                          range=models.Range(gte=filters.amount_min, lte=filters.amount_max)))
    must_not: list[Any] = []
    if not filters.include_boilerplate:
        must_not.append(models.FieldCondition(key="boilerplate", match=models.MatchValue(value=True)))
    return models.Filter(must=must or None, must_not=must_not or None)


class VectorStore:
    def __init__(self, *, path: Path | None = None, url: str | None = None, collection: str = "explanations") -> None:
        self.collection = collection
        self.is_server = url is not None
        try:
            if url:
                self.client = QdrantClient(url=url, timeout=5, check_compatibility=False)
                self.client.get_collections()
            else:
                assert path is not None
                path.mkdir(parents=True, exist_ok=True)
                self.client = QdrantClient(path=str(path))
        except RuntimeError as exc:
            if "already accessed" in str(exc):
                raise StoreLocked(
                    f"the embedded index in {path} is open in another avvik process (the app or an ingest); "
                    "stop it, wait for it to finish, or set AVVIK_QDRANT_URL to use a Qdrant server"
                ) from exc
            raise
        except Exception as exc:
            raise StoreUnreachable(
                f"no Qdrant server answers at {url} ({type(exc).__name__}); start it or unset AVVIK_QDRANT_URL"
            ) from exc

    def close(self) -> None:
        self.client.close()

    def exists(self) -> bool:
        return bool(self.client.collection_exists(self.collection))

    def ensure(self, dim: int, embed_model: str) -> None:
        """Create the collection if needed; refuse one made by another embedding model."""
        if self.exists():
            info = self.client.get_collection(self.collection)
            vectors = info.config.params.vectors
            size = vectors[DENSE].size if isinstance(vectors, dict) and DENSE in vectors else None
            sample = self.client.scroll(self.collection, limit=1, with_payload=["embed_model"])[0]
            made_by = sample[0].payload.get("embed_model") if sample and sample[0].payload else embed_model
            if size != dim or made_by != embed_model:
                raise VersionMismatch(
                    f"the index was built with {made_by} ({size}-d), this avvik uses {embed_model} ({dim}-d); "
                    "run `avvik reindex` to rebuild it from the database"
                )
            return
        self.client.create_collection(
            self.collection,
            vectors_config={DENSE: models.VectorParams(size=dim, distance=models.Distance.COSINE)},
            sparse_vectors_config={SPARSE: models.SparseVectorParams(modifier=models.Modifier.IDF)},
        )
        if self.is_server:
            for key in KEYWORD_FIELDS:
                self.client.create_payload_index(self.collection, key, models.PayloadSchemaType.KEYWORD)
            for key in ("period_num", "amount_sek"):
                self.client.create_payload_index(self.collection, key, models.PayloadSchemaType.FLOAT)

    def drop(self) -> None:
        if self.exists():
            self.client.delete_collection(self.collection)

    def upsert(self, points: Sequence[Point]) -> None:
        if not points:
            return
        structs = [
            models.PointStruct(
                id=point_uuid(p.explanation_id),
                vector={DENSE: p.dense.tolist(),
                        SPARSE: models.SparseVector(indices=p.sparse[0], values=p.sparse[1])},
                payload={**p.payload, "explanation_id": p.explanation_id},
            )
            for p in points
        ]
        for start in range(0, len(structs), 256):
            self.client.upsert(self.collection, structs[start : start + 256], wait=True)

    def set_payload(self, explanation_id: str, payload: dict[str, Any]) -> None:
        self.client.set_payload(self.collection, payload, points=[point_uuid(explanation_id)], wait=True)

    def set_payload_for_report(self, report_id: str, payload: dict[str, Any]) -> None:
        selector = models.Filter(must=[models.FieldCondition(key="report_id", match=models.MatchValue(value=report_id))])
        self.client.set_payload(self.collection, payload, points=selector, wait=True)

    def delete_report(self, report_id: str) -> None:
        if not self.exists():
            return
        selector = models.Filter(must=[models.FieldCondition(key="report_id", match=models.MatchValue(value=report_id))])
        self.client.delete(self.collection, points_selector=models.FilterSelector(filter=selector), wait=True)

    def delete_ids(self, explanation_ids: Iterable[str]) -> None:
        ids = [point_uuid(e) for e in explanation_ids]
        if ids:
            self.client.delete(self.collection, points_selector=models.PointIdsList(points=ids), wait=True)

    def point_reports(self) -> dict[str, str]:
        """explanation_id -> report_id for every point."""
        if not self.exists():
            return {}
        found: dict[str, str] = {}
        offset = None
        while True:
            batch, offset = self.client.scroll(self.collection, limit=2048, offset=offset,
                                               with_payload=["explanation_id", "report_id"], with_vectors=False)
            for rec in batch:
                payload = rec.payload or {}
                found[str(payload.get("explanation_id"))] = str(payload.get("report_id"))
            if offset is None:
                return found

    def count(self) -> int:
        return int(self.client.count(self.collection).count) if self.exists() else 0

    def query(
        self,
        dense: np.ndarray | None,
        sparse: tuple[list[int], list[float]] | None,
        filters: Filters | None,
        limit: int,
    ) -> list[tuple[str, float]]:
        """Dense, sparse, or both fused by reciprocal rank fusion; returns (explanation_id, score)."""
        flt = to_qdrant_filter(filters)
        sparse_query = models.SparseVector(indices=sparse[0], values=sparse[1]) if sparse and sparse[0] else None
        if dense is not None and sparse_query is not None:
            depth = max(limit * 4, 50)
            result = self.client.query_points(
                self.collection,
                prefetch=[
                    models.Prefetch(query=dense.tolist(), using=DENSE, filter=flt, limit=depth),
                    models.Prefetch(query=sparse_query, using=SPARSE, filter=flt, limit=depth),
                ],
                query=models.FusionQuery(fusion=models.Fusion.RRF),
                limit=limit,
                with_payload=["explanation_id"],
            )
        elif dense is not None:
            result = self.client.query_points(self.collection, query=dense.tolist(), using=DENSE, query_filter=flt,
                                              limit=limit, with_payload=["explanation_id"])
        elif sparse_query is not None:
            result = self.client.query_points(self.collection, query=sparse_query, using=SPARSE, query_filter=flt,
                                              limit=limit, with_payload=["explanation_id"])
        else:
            return []
        return [(str((p.payload or {}).get("explanation_id")), float(p.score)) for p in result.points]

    def facets(self, key: str, filters: Filters | None, limit: int = 50) -> dict[str, int]:
        if not self.exists():
            return {}
        response = self.client.facet(self.collection, key=key, facet_filter=to_qdrant_filter(filters), limit=limit,
                                     exact=True)
        return {str(hit.value): int(hit.count) for hit in response.hits}
