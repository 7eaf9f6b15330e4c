"""The archive of one data dir: its catalog, its vector store and its models, opened and closed together.

What the CLI and the app hold. The work is done elsewhere: ``index.ingest`` reads PDFs in, ``index.recovery``
keeps the index in step with the catalog, ``search``, ``review`` and ``analytics`` read.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from index.catalog import Catalog, open_catalog
from index.ingest import IngestResult, Progress, ingest
from index.models import Tagger, load_models
from index.points import PointMaker
from index.recovery import Writer
from index.settings import Settings
from index.vectors import Notify, open_store
from index.vectors.embedder import Embedder
from index.vectors.store import ServerLayout, VectorStore
from index.vectors.turns import TakingTurns

TURN_WAIT_S = 600.0  # the longest a process waits for its turn on a shared embedded index


class Archive:
    def __init__(
        self,
        settings: Settings,
        *,
        embedder: Embedder | None = None,
        tagger: Tagger | None = None,
        lock_wait_s: float = 0.0,
        notify: Notify | None = None,
    ) -> None:
        """Open the catalog and the vector store; wait up to ``lock_wait_s`` for a process using them. The
        models are the ones AVVIK_MODELS names, unless given."""
        self.settings = settings
        self.models = load_models(settings, embedder=embedder, tagger=tagger)
        settings.data_dir.mkdir(parents=True, exist_ok=True)
        self.catalog: Catalog = open_catalog(settings.db_path, settings.database_url)
        try:
            self.store: VectorStore = self._open_store(lock_wait_s, notify)
        except BaseException:
            self.catalog.close()
            raise
        self.writer = Writer(
            settings.data_dir,
            self.catalog,
            self.store,
            PointMaker(self.catalog, self.models),
            lock_wait_s=lock_wait_s,
            notify=notify,
            claim_timeout_s=settings.claim_timeout_s,
        )

    def _open_store(self, lock_wait_s: float, notify: Notify | None) -> VectorStore:
        """The Qdrant server, or the embedded index: held from open to close, or, when the catalog is shared
        by several processes (PostgreSQL) and there is no server, opened for one turn at a time."""
        settings = self.settings
        layout = ServerLayout(
            shards=settings.qdrant_shards,
            replicas=settings.qdrant_replicas,
            api_key=settings.qdrant_api_key or None,
        )

        def opened(wait_s: float = lock_wait_s) -> VectorStore:
            return open_store(
                path=settings.qdrant_path,
                url=settings.qdrant_url,
                collection=settings.collection,
                wait_s=wait_s,
                notify=notify,
                layout=layout,
            )

        if settings.qdrant_url or not self.catalog.shared:
            return opened()
        return TakingTurns(lambda: opened(max(lock_wait_s, TURN_WAIT_S)), settings.collection)

    def close(self) -> None:
        self.store.close()
        self.catalog.close()

    @property
    def embedder(self) -> Embedder:
        return self.models.embedder

    @property
    def last_recovery(self) -> dict[str, int]:
        return self.writer.last_recovery

    def ingest(
        self,
        paths: Sequence[Path],
        *,
        municipality: str | None = None,
        progress: Progress | None = None,
        workers: int = 2,
    ) -> list[IngestResult]:
        return ingest(
            self.writer,
            self.models.tagger,
            paths,
            municipality=municipality,
            progress=progress,
            workers=workers,
        )

    def recover(self) -> int:
        return self.writer.recover()

    def check(self, repair: bool = False) -> dict[str, int]:
        return self.writer.check(repair)

    def reindex(self, progress: Progress | None = None) -> int:
        return self.writer.reindex(progress)

    def refresh_explanation(self, explanation_id: str) -> None:
        self.writer.refresh_explanation(explanation_id)

    def update_report(self, report_id: str, *, user: str | None = None, **fields: str | None) -> None:
        """Correct a report's metadata; its points are rewritten, since the indexed text names the
        municipality and committee. The change (before and after) goes into the audit trail with ``user``."""
        before = self.catalog.report(report_id)
        self.catalog.update_report(report_id, **fields)
        self.writer.rewrite_report(report_id)
        if before is not None:
            changed = {
                name: [getattr(before, name), value]
                for name, value in fields.items()
                if getattr(before, name, None) != value
            }
            if changed:
                self.catalog.record("edit_report", user, report_id, changed)
