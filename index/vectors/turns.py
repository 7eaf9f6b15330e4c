"""The embedded index shared by several processes of one machine, taking turns (``TakingTurns``).

The embedded engine is open in one process at a time. When the catalog is shared (PostgreSQL) but there is
no Qdrant server, the archive's processes (ingest workers, the app) still share the data dir's index: each
opens it for one operation, or for a ``turn`` of several (a report's delete and upsert), and closes it,
waiting for the others' turns meanwhile. The work between turns (reading PDFs, embedding) runs side by
side. A Qdrant server needs none of this: for many processes on many machines it is the way.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any, TypeVar

import numpy as np

from index.vectors.store import Filters, Point, Sparse, VectorStore

T = TypeVar("T")


class TakingTurns:
    """A ``VectorStore`` opened for each operation (or ``turn``) by ``open_store``, which waits its turn."""

    is_server = False

    def __init__(self, open_store: Callable[[], VectorStore], collection: str) -> None:
        self._open_store = open_store
        self.collection = collection
        self._held: VectorStore | None = None
        self._lock = threading.RLock()  # the app's threads take turns too

    @contextmanager
    def turn(self) -> Iterator[VectorStore]:
        """The index, open for the block (re-entrant: an operation inside a turn uses the turn's)."""
        with self._lock:
            if self._held is not None:
                yield self._held
                return
            self._held = self._open_store()
            try:
                yield self._held
            finally:
                store, self._held = self._held, None
                store.close()

    def _call(self, operation: Callable[[VectorStore], T]) -> T:
        with self.turn() as store:
            return operation(store)

    def close(self) -> None:
        """Nothing is held between turns."""

    def exists(self) -> bool:
        return self._call(lambda s: s.exists())

    def ensure(self, dim: int, embed_model: str) -> None:
        self._call(lambda s: s.ensure(dim, embed_model))

    def drop(self) -> None:
        self._call(lambda s: s.drop())

    def upsert(self, points: Sequence[Point]) -> None:
        self._call(lambda s: s.upsert(points))

    def optimize(self) -> None:
        self._call(lambda s: s.optimize())

    def set_payload(self, explanation_id: str, payload: dict[str, Any]) -> None:
        self._call(lambda s: s.set_payload(explanation_id, payload))

    def set_payload_for_report(self, report_id: str, payload: dict[str, Any]) -> None:
        self._call(lambda s: s.set_payload_for_report(report_id, payload))

    def delete_report(self, report_id: str) -> None:
        self._call(lambda s: s.delete_report(report_id))

    def delete_ids(self, explanation_ids: Iterable[str]) -> None:
        self._call(lambda s: s.delete_ids(explanation_ids))

    def point_reports(self) -> dict[str, str]:
        return self._call(lambda s: s.point_reports())

    def count(self) -> int:
        return self._call(lambda s: s.count())

    def query(
        self, dense: np.ndarray | None, sparse: Sparse | None, filters: Filters | None, limit: int
    ) -> list[tuple[str, float]]:
        return self._call(lambda s: s.query(dense, sparse, filters, limit))

    def facets(self, key: str, filters: Filters | None, limit: int = 50) -> dict[str, int]:
        return self._call(lambda s: s.facets(key, filters, limit))
