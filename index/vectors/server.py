"""The Qdrant-server engine through qdrant-client: a server by URL, or qdrant-client's local mode.

The server is the path for ``AVVIK_QDRANT_URL``: a collection is created with the shards and replicas of
``ServerLayout`` (``AVVIK_QDRANT_SHARDS``, ``AVVIK_QDRANT_REPLICAS``) and laid out as the embedded engine's
chosen storage (int8 scalar quantization in memory, float vectors and payload on disk, HNSW; searched with
rescoring), and points are upserted in batches, each retried with backoff when the server is briefly away
or overloaded. The local mode is a brute force in Python (slow past ~20,000 points); it stays for the
congruence tests, which run the same queries on every engine.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Sequence
from contextlib import AbstractContextManager, nullcontext
from functools import partial
from pathlib import Path
from typing import Any

import numpy as np
from qdrant_client import QdrantClient, models
from qdrant_client.http.exceptions import ResponseHandlingException, UnexpectedResponse

from index.errors import StoreLocked, StoreUnreachable
from index.vectors.store import (
    DENSE,
    FLOAT_FIELDS,
    KEYWORD_FIELDS,
    ONE_SERVER,
    SPARSE,
    Condition,
    Filters,
    Point,
    ServerLayout,
    Sparse,
    VectorStore,
    check_meta,
    collection_meta,
    conditions,
    fuse,
    in_fixed_order,
    point_uuid,
    prefetch_depth,
)

# Searched as the embedded engine's chosen Storage: the HNSW candidates kept, and int8 candidates rescored
# on the float vectors per result.
HNSW_EF = 128
OVERSAMPLING = 2.0
RETRY_FIRST_S = 0.5  # then doubled per try
RETRIED_STATUS = (429, 500, 502, 503, 504)


def transient(exc: BaseException) -> bool:
    """A failure worth another try: no answer (connection refused or reset, a timeout) or an overloaded or
    restarting server."""
    if isinstance(exc, ResponseHandlingException):
        return True
    return isinstance(exc, UnexpectedResponse) and exc.status_code in RETRIED_STATUS


def _condition(cond: Condition) -> models.FieldCondition:
    if cond.values:
        match: Any = (
            models.MatchValue(value=cond.values[0])
            if len(cond.values) == 1
            else models.MatchAny(any=list(cond.values))
        )
        return models.FieldCondition(key=cond.key, match=match)
    return models.FieldCondition(key=cond.key, range=models.Range(gte=cond.low, lte=cond.high))


def to_qdrant_filter(filters: Filters | None) -> models.Filter | None:
    must, must_not = conditions(filters)
    if not must and not must_not:
        return None
    return models.Filter(
        must=[_condition(c) for c in must] or None,  # type: ignore[arg-type]
        must_not=[_condition(c) for c in must_not] or None,
    )  # type: ignore[arg-type]


class ServerStore:
    """A ``VectorStore`` on the Qdrant server at ``url``; with ``path`` instead, qdrant-client's local mode
    in that folder; with neither, in memory."""

    def __init__(
        self,
        *,
        url: str | None = None,
        path: Path | None = None,
        collection: str = "explanations",
        layout: ServerLayout = ONE_SERVER,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.collection = collection
        self.layout = layout
        self.url = url
        self.is_server = url is not None
        self._sleep = sleep
        self._checked: tuple[int, str] | None = None
        try:
            if url:
                self.client = QdrantClient(
                    url=url, api_key=layout.api_key, timeout=5, check_compatibility=False
                )
                self.client.get_collections()
            elif path is not None:
                path.mkdir(parents=True, exist_ok=True)
                self.client = QdrantClient(path=str(path))
            else:
                self.client = QdrantClient(location=":memory:")
        except RuntimeError as exc:
            if "already accessed" in str(exc):
                raise StoreLocked(
                    f"the index in {path} is open in another avvik process (the app or an ingest); "
                    "stop it, wait for it to finish, or set AVVIK_QDRANT_URL to use a Qdrant server"
                ) from exc
            raise
        except Exception as exc:
            raise StoreUnreachable(
                f"no Qdrant server answers at {url} ({type(exc).__name__}); "
                "start it or unset AVVIK_QDRANT_URL"
            ) from exc

    def close(self) -> None:
        self.client.close()

    def turn(self) -> AbstractContextManager[VectorStore]:
        return nullcontext(self)  # held from open to close

    def exists(self) -> bool:
        return bool(self.client.collection_exists(self.collection))

    def ensure(self, dim: int, embed_model: str) -> None:
        if self._checked == (dim, embed_model):
            return
        if self.exists():
            info = self.client.get_collection(self.collection)
            check_meta(info.config.metadata, dim, embed_model, f"in collection {self.collection!r}")
            self._checked = (dim, embed_model)
            return
        cluster: dict[str, Any] = {}
        if self.is_server:  # local mode has no shards, replicas or storage settings
            cluster = {
                "shard_number": self.layout.shards,
                "replication_factor": self.layout.replicas,
                "on_disk_payload": True,
                "quantization_config": models.ScalarQuantization(
                    scalar=models.ScalarQuantizationConfig(
                        type=models.ScalarType.INT8, quantile=0.99, always_ram=True
                    )
                ),
            }
        self.client.create_collection(
            self.collection,
            vectors_config={
                DENSE: models.VectorParams(size=dim, distance=models.Distance.COSINE, on_disk=self.is_server)
            },
            sparse_vectors_config={SPARSE: models.SparseVectorParams(modifier=models.Modifier.IDF)},
            metadata=collection_meta(dim, embed_model),
            **cluster,
        )
        if self.is_server:
            for key in KEYWORD_FIELDS:
                self.client.create_payload_index(self.collection, key, models.PayloadSchemaType.KEYWORD)
            for key in FLOAT_FIELDS:
                self.client.create_payload_index(self.collection, key, models.PayloadSchemaType.FLOAT)
            self._checked = (dim, embed_model)

    def drop(self) -> None:
        self._checked = None
        if self.exists():
            self.client.delete_collection(self.collection)

    def upsert(self, points: Sequence[Point]) -> None:
        structs = [
            models.PointStruct(
                id=point_uuid(p.explanation_id),
                vector={
                    DENSE: p.dense.tolist(),
                    SPARSE: models.SparseVector(indices=p.sparse[0], values=p.sparse[1]),
                },
                payload={**p.payload, "explanation_id": p.explanation_id},
            )
            for p in points
        ]
        size = self.layout.batch
        for start in range(0, len(structs), size):
            batch = structs[start : start + size]
            self._retried(partial(self.client.upsert, self.collection, batch, wait=True), len(batch))

    def _retried(self, write: Callable[[], object], points: int) -> None:
        """``write`` once, and again after a transient failure (waiting 0.5 s, 1 s, 2 s, ...), up to
        ``layout.tries`` in all."""
        for attempt in range(1, self.layout.tries + 1):
            try:
                write()
                return
            except Exception as exc:
                if not transient(exc):
                    raise
                if attempt == self.layout.tries:
                    raise StoreUnreachable(
                        f"the Qdrant server at {self.url} did not take a batch of {points} points in "
                        f"{attempt} tries ({type(exc).__name__}: {exc}); nothing is lost: run "
                        "`avvik check --repair` once it answers"
                    ) from exc
                self._sleep(RETRY_FIRST_S * 2 ** (attempt - 1))

    def optimize(self) -> None:
        """A server optimizes in the background by itself; local mode has nothing to optimize."""

    def set_payload(self, explanation_id: str, payload: dict[str, Any]) -> None:
        self.client.set_payload(self.collection, payload, points=[point_uuid(explanation_id)], wait=True)

    def _report_filter(self, report_id: str) -> models.Filter:
        return models.Filter(
            must=[models.FieldCondition(key="report_id", match=models.MatchValue(value=report_id))]
        )

    def set_payload_for_report(self, report_id: str, payload: dict[str, Any]) -> None:
        self.client.set_payload(self.collection, payload, points=self._report_filter(report_id), wait=True)

    def delete_report(self, report_id: str) -> None:
        if self.exists():
            selector = models.FilterSelector(filter=self._report_filter(report_id))
            self.client.delete(self.collection, points_selector=selector, wait=True)

    def delete_ids(self, explanation_ids: Iterable[str]) -> None:
        ids: list[Any] = [point_uuid(e) for e in explanation_ids]
        if ids:
            self.client.delete(self.collection, points_selector=models.PointIdsList(points=ids), wait=True)

    def point_reports(self) -> dict[str, str]:
        if not self.exists():
            return {}
        found: dict[str, str] = {}
        offset = None
        while True:
            batch, offset = self.client.scroll(
                self.collection,
                limit=2048,
                offset=offset,
                with_payload=["explanation_id", "report_id"],
                with_vectors=False,
            )
            for rec in batch:
                payload = rec.payload or {}
                found[str(payload.get("explanation_id"))] = str(payload.get("report_id"))
            if offset is None:
                return found

    def count(self) -> int:
        return int(self.client.count(self.collection, exact=True).count) if self.exists() else 0

    def query(
        self, dense: np.ndarray | None, sparse: Sparse | None, filters: Filters | None, limit: int
    ) -> list[tuple[str, float]]:
        flt = to_qdrant_filter(filters)
        sparse_query = (
            models.SparseVector(indices=sparse[0], values=sparse[1]) if sparse and sparse[0] else None
        )
        params = (  # local mode is exact anyway
            models.SearchParams(
                hnsw_ef=HNSW_EF,
                quantization=models.QuantizationSearchParams(rescore=True, oversampling=OVERSAMPLING),
            )
            if self.is_server
            else None
        )
        wanted = [(q, using) for q, using in ((dense, DENSE), (sparse_query, SPARSE)) if q is not None]
        depth = prefetch_depth(limit) if len(wanted) == 2 else limit
        requests = [
            models.QueryRequest(
                query=q.tolist() if isinstance(q, np.ndarray) else q,
                using=using,
                filter=flt,
                limit=depth,
                params=params if using == DENSE else None,
                with_payload=["explanation_id"],
            )
            for q, using in wanted
        ]
        rankings = [
            [(str((p.payload or {}).get("explanation_id")), float(p.score)) for p in response.points]
            for response in (self.client.query_batch_points(self.collection, requests) if requests else [])
        ]
        if len(rankings) == 2:
            return fuse(rankings[0], rankings[1], limit)
        return in_fixed_order(rankings[0]) if rankings else []

    def facets(self, key: str, filters: Filters | None, limit: int = 50) -> dict[str, int]:
        if not self.exists():
            return {}
        response = self.client.facet(
            self.collection, key=key, facet_filter=to_qdrant_filter(filters), limit=limit, exact=True
        )
        return {str(hit.value): int(hit.count) for hit in response.hits if hit.count > 0}
