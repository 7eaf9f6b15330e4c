"""The embedded engine: Qdrant Edge (the Qdrant engine in-process) under the data dir.

Chosen by ``bench/search.py``: qdrant-client's local mode is a Python brute force (seconds per filtered
query at 100,000 points); Qdrant Edge answers from payload indexes. Segments are kept plain (no HNSW
graph, whose build took minutes at 100k): dense search is an exact scan, fast enough at this scale, so
recall is 1.0 by construction. Layout under ``path``: ``edge/<collection>/`` (the shard),
``edge/<collection>.json`` (what made it) and ``.avvik-index.lock`` (one process at a time).
"""

from __future__ import annotations

import fcntl
import json
import shutil
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import IO, Any

import numpy as np
import qdrant_edge as qe

from index.errors import AvvikIndexError, StoreLocked, VersionMismatch
from index.vectors.store import (
    DENSE,
    FLOAT_FIELDS,
    KEYWORD_FIELDS,
    RRF_K,
    SPARSE,
    Condition,
    Filters,
    Point,
    Sparse,
    check_meta,
    collection_meta,
    conditions,
    point_uuid,
    prefetch_depth,
)

BATCH = 1024
EXACT = qe.SearchParams(exact=True)


def _condition(cond: Condition) -> qe.FieldCondition:
    if cond.values:
        match: Any = (
            qe.MatchValue(cond.values[0]) if len(cond.values) == 1 else qe.MatchAny(list(cond.values))
        )  # type: ignore[arg-type]
        return qe.FieldCondition(key=cond.key, match=match)
    return qe.FieldCondition(key=cond.key, range=qe.RangeFloat(gte=cond.low, lte=cond.high))


def to_edge_filter(filters: Filters | None) -> qe.Filter | None:
    must, must_not = conditions(filters)
    if not must and not must_not:
        return None
    return qe.Filter(
        must=[_condition(c) for c in must] or None,  # type: ignore[misc]
        must_not=[_condition(c) for c in must_not] or None,
    )  # type: ignore[misc]


def _report_filter(report_id: str) -> qe.Filter:
    return qe.Filter(must=[qe.FieldCondition(key="report_id", match=qe.MatchValue(report_id))])


class EdgeStore:
    """A ``VectorStore`` in ``path``, open in one process at a time (readers included)."""

    def __init__(self, path: Path, collection: str = "explanations") -> None:
        self.collection = collection
        self.is_server = False
        self.root = path
        self.shard_dir = path / "edge" / collection
        self.meta_path = path / "edge" / f"{collection}.json"
        path.mkdir(parents=True, exist_ok=True)
        self._lock: IO[str] | None = open(path / ".avvik-index.lock", "a+")  # noqa: SIM115
        try:
            fcntl.flock(self._lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            self._lock.close()
            self._lock = None
            raise StoreLocked(
                f"the index in {path} is open in another avvik process (the app or an ingest); "
                "stop it, wait for it to finish, or set AVVIK_QDRANT_URL to use a Qdrant server"
            ) from exc
        self._shard: qe.EdgeShard | None = None
        self._checked: tuple[int, str] | None = None

    # -- lifecycle ----------------------------------------------------------------------------------
    def _legacy(self) -> bool:
        """An index written by qdrant-client's local mode (avvik before the embedded engine changed)."""
        return (self.root / "meta.json").exists() or (self.root / "collection").exists()

    def _open(self) -> qe.EdgeShard | None:
        if self._shard is None and (self.shard_dir / "wal").exists():
            try:
                self._shard = qe.EdgeShard.load(str(self.shard_dir))
            except Exception as exc:
                if "WouldBlock" in str(exc):
                    raise StoreLocked(
                        f"the index in {self.root} is open elsewhere; stop the other avvik "
                        "process and try again"
                    ) from exc
                raise VersionMismatch(
                    f"the index in {self.shard_dir} cannot be opened ({exc}); "
                    "run `avvik reindex` to rebuild it from the database"
                ) from exc
        return self._shard

    def _need(self) -> qe.EdgeShard:
        shard = self._open()
        if shard is None:
            if self._legacy():
                raise VersionMismatch(self._legacy_message())
            raise AvvikIndexError(
                f"no index in {self.root}; run `avvik reindex` to build it from the database"
            )
        return shard

    def _legacy_message(self) -> str:
        return (
            f"the index in {self.root} was made by an older avvik (qdrant-client local storage); "
            "run `avvik reindex` to rebuild it from the database"
        )

    def close(self) -> None:
        if self._shard is not None:
            self._shard.flush()
            self._shard.close()
            self._shard = None
        if self._lock is not None:
            self._lock.close()
            self._lock = None

    def exists(self) -> bool:
        return self._open() is not None or self._legacy()

    def ensure(self, dim: int, embed_model: str) -> None:
        if self._checked == (dim, embed_model):
            return
        if self._open() is not None:
            meta = json.loads(self.meta_path.read_text()) if self.meta_path.exists() else None
            check_meta(meta, dim, embed_model, f"in {self.root}")
            self._checked = (dim, embed_model)
            return
        if self._legacy():
            raise VersionMismatch(self._legacy_message())
        shutil.rmtree(self.shard_dir, ignore_errors=True)  # a create that was interrupted
        config = qe.EdgeConfig(
            vectors={DENSE: qe.EdgeVectorParams(size=dim, distance=qe.Distance.Cosine)},
            sparse_vectors={SPARSE: qe.EdgeSparseVectorParams(modifier=qe.Modifier.Idf)},
            optimizers=qe.EdgeOptimizersConfig(indexing_threshold=0),  # plain segments: exact scan, no HNSW
        )
        shard = qe.EdgeShard.create(str(self.shard_dir), config)
        for key in KEYWORD_FIELDS:
            shard.update(qe.UpdateOperation.create_field_index(key, qe.PayloadSchemaType.Keyword))
        for key in FLOAT_FIELDS:
            shard.update(qe.UpdateOperation.create_field_index(key, qe.PayloadSchemaType.Float))
        shard.flush()
        tmp = self.meta_path.with_suffix(".tmp")
        tmp.write_text(json.dumps(collection_meta(dim, embed_model)))
        tmp.replace(self.meta_path)
        self._shard = shard
        self._checked = (dim, embed_model)

    def drop(self) -> None:
        if self._shard is not None:
            self._shard.close()
            self._shard = None
        self._checked = None
        shutil.rmtree(self.shard_dir, ignore_errors=True)
        self.meta_path.unlink(missing_ok=True)
        shutil.rmtree(self.root / "collection", ignore_errors=True)  # the legacy layout
        (self.root / "meta.json").unlink(missing_ok=True)

    # -- writes -------------------------------------------------------------------------------------
    def upsert(self, points: Sequence[Point]) -> None:
        if not points:
            return
        shard = self._need()
        for start in range(0, len(points), BATCH):
            batch = [
                qe.Point(
                    point_uuid(p.explanation_id),
                    {DENSE: p.dense.tolist(), SPARSE: qe.SparseVector(p.sparse[0], p.sparse[1])},
                    {**p.payload, "explanation_id": p.explanation_id},
                )
                for p in points[start : start + BATCH]
            ]
            shard.update(qe.UpdateOperation.upsert_points(batch))

    def set_payload(self, explanation_id: str, payload: dict[str, Any]) -> None:
        self._need().update(qe.UpdateOperation.set_payload([point_uuid(explanation_id)], payload))

    def set_payload_for_report(self, report_id: str, payload: dict[str, Any]) -> None:
        self._need().update(qe.UpdateOperation.set_payload_by_filter(_report_filter(report_id), payload))

    def delete_report(self, report_id: str) -> None:
        shard = self._open()
        if shard is not None:
            shard.update(qe.UpdateOperation.delete_points_by_filter(_report_filter(report_id)))

    def delete_ids(self, explanation_ids: Iterable[str]) -> None:
        ids: list[Any] = [point_uuid(e) for e in explanation_ids]
        shard = self._open()
        if ids and shard is not None:
            shard.update(qe.UpdateOperation.delete_points(ids))

    # -- reads --------------------------------------------------------------------------------------
    def point_reports(self) -> dict[str, str]:
        shard = self._open()
        if shard is None:
            return {}
        found: dict[str, str] = {}
        offset: Any = None
        while True:
            batch, offset = shard.scroll(
                qe.ScrollRequest(offset=offset, limit=4096, with_payload=["explanation_id", "report_id"])
            )
            for rec in batch:
                payload = rec.payload or {}
                found[str(payload.get("explanation_id"))] = str(payload.get("report_id"))
            if offset is None:
                return found

    def count(self) -> int:
        shard = self._open()
        return int(shard.count(qe.CountRequest(exact=True))) if shard is not None else 0

    def query(
        self, dense: np.ndarray | None, sparse: Sparse | None, filters: Filters | None, limit: int
    ) -> list[tuple[str, float]]:
        shard = self._need()
        flt = to_edge_filter(filters)
        dense_query = qe.Query.Nearest(dense.tolist(), using=DENSE) if dense is not None else None
        sparse_query = (
            qe.Query.Nearest(qe.SparseVector(sparse[0], sparse[1]), using=SPARSE)
            if sparse and sparse[0]
            else None
        )
        if dense_query is not None and sparse_query is not None:
            depth = prefetch_depth(limit)
            request = qe.QueryRequest(
                limit=limit,
                prefetches=[
                    qe.Prefetch(limit=depth, query=dense_query, filter=flt, params=EXACT),
                    qe.Prefetch(limit=depth, query=sparse_query, filter=flt),
                ],
                query=qe.Fusion.Rrf(k=RRF_K),  # type: ignore[arg-type]
                with_payload=["explanation_id"],
            )
        elif dense_query is not None or sparse_query is not None:
            request = qe.QueryRequest(
                limit=limit,
                query=dense_query or sparse_query,
                filter=flt,
                params=EXACT if dense_query is not None else None,
                with_payload=["explanation_id"],
            )
        else:
            return []
        return [(str((p.payload or {}).get("explanation_id")), float(p.score)) for p in shard.query(request)]

    def facets(self, key: str, filters: Filters | None, limit: int = 50) -> dict[str, int]:
        shard = self._open()
        if shard is None:
            return {}
        response = shard.facet(
            qe.FacetRequest(key=key, limit=limit, exact=True, filter=to_edge_filter(filters))
        )
        return {str(hit.value): int(hit.count) for hit in response.hits if hit.count > 0}
