"""The embedded engine: Qdrant Edge (the Qdrant engine in-process) under the data dir.

Chosen by ``bench/search.py``: qdrant-client's local mode is a Python brute force (seconds per filtered
query at 100,000 points); Qdrant Edge answers from payload indexes. Layout under ``path``:
``edge/<collection>/`` (the shard), ``edge/<collection>.json`` (what made it) and ``.avvik-index.lock`` (one
process at a time).

How it keeps the points, ``Storage``, is chosen by the same bench at a million points
(``bench/search.py --n 1000000 --storage chosen,int8-scan,...``: latency, recall against the exact
ranking, build time, disk and the memory the open index adds; figures in the README, section Scale).
New points wait in a small plain segment (float vectors, scanned exactly); an optimize turns a full one
into an optimized segment: int8 vectors in memory searched through an HNSW graph and rescored on the
float vectors, which stay on disk with the payload and the keyword (sparse) index. Segments stop
growing at ``max_segment_kb``, so an optimize never holds more than one segment's worth in memory, and a
long write optimizes every ``bulk_points`` points.
"""

from __future__ import annotations

import fcntl
import json
import shutil
from collections.abc import Iterable, Sequence
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

import numpy as np
import qdrant_edge as qe

from index.errors import AvvikIndexError, StoreLocked, VersionMismatch
from index.vectors.store import (
    DENSE,
    FLOAT_FIELDS,
    KEYWORD_FIELDS,
    SPARSE,
    Condition,
    Filters,
    Point,
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

BATCH = 1024


@dataclass(frozen=True)
class Storage:
    """How the embedded engine keeps a collection (see the module's docstring)."""

    quantized: bool = True  # int8 scalar quantization of the dense vectors, held in memory
    vectors_on_disk: bool = True  # the float vectors memory-mapped, read only to rescore
    hnsw_m: int = 16  # edges per node of the HNSW graph; 0: no graph, the int8 vectors are scanned
    hnsw_ef: int = 128  # candidates an HNSW search keeps, per segment
    full_scan_kb: int = 10_000  # a segment this small (about 6,500 points) is scanned, not searched by graph
    oversampling: float = 2.0  # candidates scored on int8 per result, then rescored on the float vectors
    sparse_on_disk: bool = True  # the keyword index memory-mapped (1M: 575 MB less anonymous memory)
    payload_on_disk: bool = True  # payload read from disk (filters use the in-memory payload indexes)
    indexing_threshold_kb: int = 10_000  # a plain segment is optimized once its vectors pass this size
    max_segment_kb: int = 200_000  # segments are not merged past this (about 130,000 points)
    bulk_points: int = 100_000  # a long write optimizes every this many points: a small plain segment

    def config(self, dim: int) -> qe.EdgeConfig:
        quantization = (
            qe.ScalarQuantizationConfig(type=qe.ScalarType.Int8, quantile=0.99, memory=qe.Memory.Pinned)
            if self.quantized
            else None
        )
        return qe.EdgeConfig(
            vectors={
                DENSE: qe.EdgeVectorParams(
                    size=dim, distance=qe.Distance.Cosine, memory=_memory(self.vectors_on_disk)
                )
            },
            sparse_vectors={
                SPARSE: qe.EdgeSparseVectorParams(
                    modifier=qe.Modifier.Idf, memory=_memory(self.sparse_on_disk)
                )
            },
            hnsw_config=qe.HnswIndexConfig(
                m=self.hnsw_m, ef_construct=100, full_scan_threshold=self.full_scan_kb
            ),
            quantization_config=quantization,
            payload_memory=_memory(self.payload_on_disk),
            optimizers=qe.EdgeOptimizersConfig(
                indexing_threshold=self.indexing_threshold_kb, max_segment_size=self.max_segment_kb
            ),
        )

    def search_params(self) -> qe.SearchParams:
        rescore = qe.QuantizationSearchParams(rescore=True, oversampling=self.oversampling)
        return qe.SearchParams(
            hnsw_ef=self.hnsw_ef if self.hnsw_m else None, quantization=rescore if self.quantized else None
        )


def _memory(on_disk: bool) -> qe.Memory:
    return qe.Memory.Cold if on_disk else qe.Memory.Pinned


STORAGE = Storage()


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

    def __init__(self, path: Path, collection: str = "explanations", storage: Storage = STORAGE) -> None:
        self.collection = collection
        self.storage = storage
        self._params = storage.search_params()
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
        self._written = 0  # points upserted since the last optimize

    # -- lifecycle ----------------------------------------------------------------------------------
    def _legacy(self) -> bool:
        """An index written by qdrant-client's local mode (avvik before the embedded engine changed)."""
        return (self.root / "meta.json").exists() or (self.root / "collection").exists()

    def _open(self) -> qe.EdgeShard | None:
        if self._shard is None and (self.shard_dir / "wal").exists():
            try:
                self._shard = qe.EdgeShard.load(str(self.shard_dir), self._config())
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

    def _config(self) -> qe.EdgeConfig | None:
        """This avvik's storage settings for the shard as recorded (an index made with other settings takes
        them on at its next ``optimize``), or None when no record says its dimension."""
        try:
            dim = json.loads(self.meta_path.read_text())["dim"]
        except (OSError, ValueError, KeyError, TypeError):
            return None
        return self.storage.config(int(dim))

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

    def turn(self) -> AbstractContextManager[VectorStore]:
        return nullcontext(self)  # held from open to close

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
        shard = qe.EdgeShard.create(str(self.shard_dir), self.storage.config(dim))
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
        for start in range(0, len(points), BATCH):
            shard = self._need()  # each batch: an optimize closes the shard and loads it again
            batch = [
                qe.Point(
                    point_uuid(p.explanation_id),
                    {DENSE: p.dense.tolist(), SPARSE: qe.SparseVector(p.sparse[0], p.sparse[1])},
                    {**p.payload, "explanation_id": p.explanation_id},
                )
                for p in points[start : start + BATCH]
            ]
            shard.update(qe.UpdateOperation.upsert_points(batch))
            self._written += len(batch)
            if self._written >= self.storage.bulk_points:
                self.optimize()

    def optimize(self) -> None:
        """Lay full plain segments out as ``Storage`` says (int8 vectors, graph, on-disk parts); blocks. A
        few thousand points or less are left plain, and then it returns at once. Qdrant Edge keeps the
        segments an optimize replaced mapped until the shard is closed, so it is closed and loaded again."""
        self._written = 0
        shard = self._open()
        if shard is not None and shard.optimize():
            shard.close()
            self._shard = None
            self._open()

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
            return fuse(
                self._ranked(shard, dense_query, flt, self._params, depth),
                self._ranked(shard, sparse_query, flt, None, depth),
                limit,
            )
        query = dense_query or sparse_query
        if query is None:
            return []
        return in_fixed_order(
            self._ranked(shard, query, flt, self._params if dense_query is not None else None, limit)
        )

    @staticmethod
    def _ranked(
        shard: qe.EdgeShard, query: Any, flt: Any, params: qe.SearchParams | None, limit: int
    ) -> list[tuple[str, float]]:
        request = qe.QueryRequest(
            limit=limit, query=query, filter=flt, params=params, with_payload=["explanation_id"]
        )
        return [(str((p.payload or {}).get("explanation_id")), float(p.score)) for p in shard.query(request)]

    def facets(self, key: str, filters: Filters | None, limit: int = 50) -> dict[str, int]:
        shard = self._open()
        if shard is None:
            return {}
        response = shard.facet(
            qe.FacetRequest(key=key, limit=limit, exact=True, filter=to_edge_filter(filters))
        )
        return {str(hit.value): int(hit.count) for hit in response.hits if hit.count > 0}
