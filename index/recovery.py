"""One writer at a time, and nothing half-written after a kill: the writer lock, recover, check, reindex.

Every writer (ingest, reindex, repair, import) holds ``<data_dir>/writer.lock`` and leaves a marker in the
catalog while it writes. A report is written to the catalog marked pending, then its points, then it is
marked done. The next writer rolls back what a killed one left (``recover``): pending reports and their
points go; and when the marker is still there, every point is checked: points of no finished report go,
finished reports missing points get them back (an engine may lose or keep writes in flight). So after a
kill at any moment nothing stays half-written, and running the same ingest again finishes the batch.

Two locks, always taken in this order so that two processes never wait on each other: the embedded
index's own (taken when it is opened, ``index.vectors.open_store``), then the writer lock. Both are
``flock`` locks: the kernel drops them when the holder dies, even by SIGKILL.

A shared catalog (PostgreSQL) has writers on other machines, which no lock of this one covers: they write
side by side, each report under a claim of its file (``index.claims``). A pending report is then another
worker's work in progress while its claim is alive, and only rolled back (its points with it) once the
claim has lapsed: its worker is gone.
"""

from __future__ import annotations

import fcntl
import json
import os
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from index.catalog import Catalog
from index.claims import ClaimKeeper
from index.errors import StoreLocked
from index.files import remove_partial_files
from index.points import PointMaker
from index.vectors import POLL_S, Notify
from index.vectors.store import VectorStore

Progress = Callable[[int, int, str], None]
WRITER_MARKER = "writer"


@contextmanager
def writer_lock(data_dir: Path, wait_s: float = 0.0, notify: Notify | None = None) -> Iterator[None]:
    """Hold ``<data_dir>/writer.lock`` for the block; wait up to ``wait_s`` for another writer to finish."""
    data_dir.mkdir(parents=True, exist_ok=True)
    with (data_dir / "writer.lock").open("a+") as fh:
        deadline = time.monotonic() + wait_s
        told = False
        while True:
            try:
                fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except OSError:
                if time.monotonic() >= deadline:
                    raise StoreLocked(
                        f"another avvik process is writing to {data_dir} (an ingest, reindex or import); "
                        "wait for it to finish and run the command again"
                    ) from None
                if not told and notify is not None:
                    notify(f"another avvik process is writing; waiting up to {wait_s:.0f} s for it")
                    told = True
                time.sleep(POLL_S)
        try:
            fh.seek(0)
            fh.truncate()
            fh.write(f"{os.getpid()}\n")
            fh.flush()
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


class Writer:
    """Writes the vector index from the catalog, as the one writer of a data dir."""

    def __init__(
        self,
        data_dir: Path,
        catalog: Catalog,
        store: VectorStore,
        points: PointMaker,
        *,
        lock_wait_s: float = 0.0,
        notify: Notify | None = None,
        claim_timeout_s: float = 120.0,
    ) -> None:
        self.data_dir = data_dir
        self.files_dir = data_dir / "files"
        self.catalog = catalog
        self.store = store
        self.points = points
        self.lock_wait_s = lock_wait_s
        self.notify = notify
        self.last_recovery: dict[str, int] = {}
        self._depth = 0
        self._interrupted = False
        self.claims = ClaimKeeper(catalog, claim_timeout_s) if catalog.shared else None

    @contextmanager
    def writing(self) -> Iterator[None]:
        """Hold the writer lock and leave a marker while writing (re-entrant); a marker found at the start
        means the previous writer was killed, and ``recover`` then checks every point."""
        if self._depth:
            self._depth += 1
            try:
                yield
            finally:
                self._depth -= 1
            return
        if self.claims is not None:  # a shared catalog: writers side by side, each file under a claim
            with self.claims.renewing():
                self._depth = 1
                try:
                    yield
                    self.store.optimize()
                finally:
                    self._depth = 0
            return
        with writer_lock(self.data_dir, self.lock_wait_s, self.notify):
            self._interrupted = self.catalog.meta(WRITER_MARKER) is not None
            self.catalog.set_meta(WRITER_MARKER, json.dumps({"pid": os.getpid(), "since": time.time()}))
            self._depth = 1
            try:
                yield
                self.store.optimize()  # the batch's points into the engine's search layout
            finally:
                self._depth = 0
            self.catalog.clear_meta(WRITER_MARKER)  # not on an exception: the next writer checks everything

    def recover(self) -> int:
        """Roll back what an interrupted writer left; returns the number of reports rolled back.

        Reviewed tags not yet in the index are pushed to it. ``last_recovery`` says what was done."""
        with self.writing():
            pending = self.abandoned_reports()
            for report_id in pending:
                self.roll_back(report_id)
            remove_partial_files(self.files_dir)
            orphans, missing = self._repair_points() if self._interrupted or pending else (0, 0)
            self._interrupted = False
            self._push_reviews()
            self.last_recovery = {
                "rolled_back": len(pending),
                "orphan_points": orphans,
                "reindexed_reports": missing,
            }
            return len(pending)

    def abandoned_reports(self) -> list[str]:
        """Pending reports no live writer is finishing: every one, unless the catalog is shared; then those
        whose file's claim has lapsed (or was never made)."""
        if self.claims is None:
            return self.catalog.pending_reports()
        live = self.catalog.live_claims()
        return [r.report_id for r in self.catalog.reports("pending") if r.sha256 not in live]

    def _orphans(self, points: dict[str, str], expected: dict[str, str]) -> list[str]:
        """Points of no finished report, other than those of reports that live writers are writing (only
        on a shared catalog: without one, every pending report is abandoned)."""
        in_progress: set[str] = set()
        if self.claims is not None:
            live = self.catalog.live_claims()
            in_progress = {r.report_id for r in self.catalog.reports("pending") if r.sha256 in live}
        return [
            pid for pid, report_id in points.items() if pid not in expected and report_id not in in_progress
        ]

    def roll_back(self, report_id: str) -> None:
        self.store.delete_report(report_id)
        self.catalog.delete_report(report_id)

    def _repair_points(self) -> tuple[int, int]:
        """Delete points of no finished report; re-write finished reports missing points."""
        expected = self.catalog.done_explanation_ids()
        points = self.store.point_reports()
        orphans = self._orphans(points, expected)
        self.store.delete_ids(orphans)
        missing = sorted({report_id for eid, report_id in expected.items() if eid not in points})
        if missing:
            self.points.ensure_collection(self.store)
        for report_id in missing:
            self.rewrite_report(report_id)
        return len(orphans), len(missing)

    def _push_reviews(self) -> None:
        """Reviewed tags recorded while another process held the index (see ``Catalog.add_review``)."""
        queued = self.catalog.queued_for_index()
        for explanation_id in sorted({eid for eid, _ in queued}):
            try:
                self.refresh_explanation(explanation_id)
            except Exception:  # no point yet: it gets the reviewed tags when it is written
                continue
        self.catalog.unqueue(queued)

    def refresh_explanation(self, explanation_id: str) -> None:
        """Push an explanation's tags after review to the index, so that search and compare see them."""
        queued = self.catalog.queued_for_index(explanation_id)
        found = self.catalog.explanations(ids=[explanation_id])
        if found:
            self.store.set_payload(explanation_id, {"tags": [t.tag for t in found[0].tags]})
        self.catalog.unqueue(queued)

    def check(self, repair: bool = False) -> dict[str, int]:
        """Counts, and what disagrees between the catalog and the index; ``repair`` fixes it first."""
        if repair:
            with self.writing():
                self._interrupted = True  # check every point
                self.recover()
        pending = self.abandoned_reports()
        expected = self.catalog.done_explanation_ids()
        points = self.store.point_reports()
        orphans = self._orphans(points, expected)
        missing_reports = {report_id for eid, report_id in expected.items() if eid not in points}
        return {
            "reports": self.catalog.count("reports"),
            "explanations": len(expected),
            "points": len(points),
            "orphan_points": len(orphans),
            "half_written": len(pending) + len(missing_reports),
        }

    def reindex(self, progress: Progress | None = None) -> int:
        """Rebuild every point from the catalog (vectors from the cache where the text is unchanged)."""
        with self.writing():
            self.recover()
            self.store.drop()
            self.points.ensure_collection(self.store)
            queued = self.catalog.queued_for_index()
            reports = self.catalog.reports("done")
            count = 0
            for i, report in enumerate(reports, start=1):
                count += self._upsert(report.report_id)
                if progress:
                    progress(i, len(reports), report.source)
            self.catalog.unqueue(queued)
            return count

    def rewrite_report(self, report_id: str) -> None:
        """Write a report's points again from the catalog (its metadata changed, or they were lost)."""
        self._upsert(report_id)

    def _upsert(self, report_id: str) -> int:
        report = self.catalog.report(report_id)
        if report is None:
            return 0
        explanations = self.catalog.explanations(report_id)
        self.store.upsert(self.points.points(report, explanations))
        return len(explanations)
