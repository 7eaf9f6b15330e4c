"""The archive: the SQLite system of record, the vector index, the embedder and the tagger together.

Ingest writes one report at a time: its rows in one SQLite transaction (marked pending), then its
points, then the report is marked done. Every writer (ingest, reindex, repair) holds the writer lock
and leaves a marker in the catalog while it runs; the next writer finds a report still pending, or
the marker of one that was killed, and rolls back (``recover``): pending reports and their points go,
points without a finished report go, finished reports missing points get them back. So after a kill
at any moment nothing stays half-written, and running the same ingest again finishes the batch.
"""

from __future__ import annotations

import json
import os
import shutil
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass, replace
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
from rapidfuzz import fuzz

from extract.hashing import file_sha256
from extract.types import Explanation, Report
from index.catalog import Catalog, content_hash
from index.embedder import Embedder, SentenceTransformerEmbedder, vector_identity
from index.errors import AvvikIndexError
from index.keywords import document_text, sparse_vector
from index.locking import Notify, open_store, writer_lock
from index.settings import Settings
from index.store import Point, period_number

if TYPE_CHECKING:  # extraction (pymupdf, spaCy) is imported by ingest only: check and search start fast
    from extract.pipeline import ExtractedReport

Progress = Callable[[int, int, str], None]
CARRY_OVER_SIMILARITY = 90
WRITER_MARKER = "writer"


@dataclass(frozen=True)
class IngestResult:
    path: str
    status: str  # "ingested", "skipped" or "failed"
    message: str
    report_id: str | None = None
    explanations: int = 0


class Archive:
    def __init__(
        self,
        settings: Settings,
        *,
        embedder: Embedder | None = None,
        tagger: Any = None,
        lock_wait_s: float = 0.0,
        notify: Notify | None = None,
    ) -> None:
        """Open the catalog and the vector store; wait up to ``lock_wait_s`` for a process using them."""
        self.settings = settings
        self.lock_wait_s = lock_wait_s
        self.notify = notify
        settings.data_dir.mkdir(parents=True, exist_ok=True)
        self.catalog = Catalog(settings.db_path)
        try:
            self.store = open_store(settings, lock_wait_s, notify)
        except BaseException:
            self.catalog.close()
            raise
        self._embedder = embedder
        self._tagger = tagger
        self._writing_depth = 0
        self._interrupted = False
        self.last_recovery: dict[str, int] = {}

    def close(self) -> None:
        self.store.close()
        self.catalog.close()

    @property
    def embedder(self) -> Embedder:
        if self._embedder is None:
            settings = self.settings
            self._embedder = SentenceTransformerEmbedder(settings.model_dir, threads=settings.threads)
        return self._embedder

    @cached_property
    def tagger_version(self) -> str:
        """The tagger's version, read from its files: spaCy is loaded only when there is text to tag."""
        if self._tagger is not None:
            return str(self._tagger.version)
        from extract.tag_files import tagger_version

        return tagger_version()

    @cached_property
    def tagger(self) -> Any:
        if self._tagger is None:
            from extract.tagger import load_tagger

            self._tagger = load_tagger()
        return self._tagger

    # -- ingest ---------------------------------------------------------------------------------------
    def ingest(
        self,
        paths: Sequence[Path],
        *,
        municipality: str | None = None,
        progress: Progress | None = None,
        workers: int = 2,
    ) -> list[IngestResult]:
        """Ingest files; a bad file is a failed result, never an exception. Files already in are skipped,
        unless the tagger changed since (then they are read and tagged again; reviews are kept)."""
        with self._writing():
            self.recover()
            self.store.ensure(self.embedder.dim, vector_identity(self.embedder))
            results: list[IngestResult] = []
            todo: list[Path] = []
            seen: dict[str, str] = {}
            for path in paths:
                try:
                    sha = file_sha256(path)
                except OSError as exc:
                    message = f"{path.name}: cannot be read ({exc.strerror}); check the file"
                    results.append(IngestResult(str(path), "failed", message))
                    continue
                if sha in seen:
                    results.append(
                        IngestResult(
                            str(path), "skipped", f"{path.name}: same content as {seen[sha]} in this batch"
                        )
                    )
                elif self._up_to_date(sha):
                    message = f"{path.name}: already ingested (same content)"
                    results.append(IngestResult(str(path), "skipped", message))
                else:
                    seen[sha] = path.name
                    todo.append(path)
            total = len(todo)
            outcomes: Iterator[tuple[Path, ExtractedReport | str]] = iter(())
            if todo:  # extraction imports pymupdf and spaCy: only when there is something to read
                from index.parsing import extract_all

                outcomes = extract_all(todo, municipality, workers)
            if progress:
                progress(0, total, "")
            for done, (path, outcome) in enumerate(outcomes, start=1):
                if isinstance(outcome, str):
                    results.append(IngestResult(str(path), "failed", outcome))
                else:
                    results.append(self._store_safely(path, outcome))
                if progress:
                    progress(done, total, path.name)
            return results

    def _up_to_date(self, sha256: str) -> bool:
        state = self.catalog.report_state(sha256)
        return state is not None and state[0] == "done" and state[1] in (None, self.tagger_version)

    def _store_safely(self, path: Path, extracted: ExtractedReport) -> IngestResult:
        """Store one report; an error in it is rolled back and reported, and the batch goes on."""
        try:
            return self._store_report(path, extracted)
        except AvvikIndexError:
            raise  # the store itself is unusable (locked, unreachable, another model): stop the batch
        except Exception as exc:
            with suppress(Exception):  # if this fails too, it stays pending: rolled back at the next start
                self._roll_back(extracted.report.report_id)
            message = (
                f"{path.name}: could not be stored ({type(exc).__name__}: {exc}); run the ingest "
                "again, and `avvik check --repair` if it persists"
            )
            return IngestResult(str(path), "failed", message)

    def _store_report(self, path: Path, extracted: ExtractedReport) -> IngestResult:
        report = extracted.report
        state = self.catalog.report_state(report.sha256)
        if self._up_to_date(report.sha256):
            return IngestResult(str(path), "skipped", f"{path.name}: already ingested (same content)")
        explanations = self._mark_carry_over(report, list(extracted.explanations))
        explanations = self._tag(explanations)
        stored = self._keep_file(path, report.sha256)
        # pending from here until mark_done: a kill in between is rolled back at the next start
        self.catalog.write_report(report, explanations, self.tagger_version, str(stored))
        self.store.delete_report(report.report_id)
        # points from the catalog, so that they carry the reviewed tags (reviews outlive a re-tagging)
        self.store.upsert(self._points(report, self.catalog.explanations(report.report_id)))
        self.catalog.mark_done(report.report_id)
        note = f"; pages that failed: {list(extracted.failed_pages)}" if extracted.failed_pages else ""
        if extracted.ocr_pages:
            note += f"; pages read by OCR: {list(extracted.ocr_pages)}"
        if state is not None and state[0] == "done":
            note += f"; tagged again ({state[1]} -> {self.tagger_version}), reviews kept"
        return IngestResult(
            str(path),
            "ingested",
            f"{path.name}: {len(explanations)} explanations{note}",
            report.report_id,
            len(explanations),
        )

    def _keep_file(self, path: Path, sha256: str) -> Path:
        """Keep a copy of the PDF under the data dir, named by its sha256 (never by the name it came with)."""
        target = self.settings.data_dir / "files" / f"{sha256}.pdf"
        if not target.exists():
            target.parent.mkdir(parents=True, exist_ok=True)
            tmp = target.with_name(f"{sha256}.{os.getpid()}.tmp")
            shutil.copyfile(path, tmp)
            tmp.replace(target)
        return target

    def _tag(self, explanations: list[Explanation]) -> list[Explanation]:
        kinds = ["boilerplate" if "boilerplate" in e.flags else e.kind for e in explanations]
        tags = self.tagger.tag_many([e.text for e in explanations], kinds)
        return [replace(e, tags=tuple(t)) for e, t in zip(explanations, tags, strict=True)]

    def _mark_carry_over(self, report: Report, explanations: list[Explanation]) -> list[Explanation]:
        previous = self.catalog.previous_report_explanations(report)
        if not previous:
            return explanations
        marked = []
        for exp in explanations:
            best = max(previous, key=lambda p: fuzz.ratio(exp.text, p[1]))
            if fuzz.ratio(exp.text, best[1]) >= CARRY_OVER_SIMILARITY:
                exp = replace(exp, carry_over_of=best[0], flags=(*exp.flags, "carry_over"))
            marked.append(exp)
        return marked

    def vectors(self, texts: Sequence[str]) -> np.ndarray:
        """Document vectors, from the cache when the same text was embedded before."""
        hashes = [content_hash(t) for t in texts]
        cached = self.catalog.cached_vectors(list(set(hashes)), vector_identity(self.embedder))
        missing = sorted({h: t for h, t in zip(hashes, texts, strict=True) if h not in cached}.items())
        if missing:
            fresh = self.embedder.embed_documents([t for _, t in missing])
            new = {h: v for (h, _), v in zip(missing, fresh, strict=True)}
            self.catalog.store_vectors(new, vector_identity(self.embedder))
            cached.update(new)
        if not texts:
            return np.zeros((0, self.embedder.dim), dtype=np.float32)
        return np.stack([cached[h] for h in hashes])

    def _points(self, report: Report, explanations: list[Explanation]) -> list[Point]:
        texts = [document_text(report, e) for e in explanations]
        dense = self.vectors(texts)
        return [
            Point(e.explanation_id, vec, sparse_vector(text), self._payload(report, e))
            for e, text, vec in zip(explanations, texts, dense, strict=True)
        ]

    def _payload(self, report: Report, exp: Explanation) -> dict[str, Any]:
        return {
            "report_id": report.report_id,
            "municipality": report.municipality,
            "committee": report.committee,
            "period": report.period,
            "period_num": period_number(report.period),
            "report_type": report.report_type,
            "kind": exp.kind,
            "direction": exp.direction,
            "amount_sek": exp.amount_sek,
            "tags": [t.tag for t in exp.tags],
            "flags": list(exp.flags),
            "carry_over_of": exp.carry_over_of,
            "embed_model": self.embedder.name,
            "embed_version": self.embedder.version,
            "tagger_version": self.tagger_version,
        }

    # -- consistency ----------------------------------------------------------------------------------
    @contextmanager
    def _writing(self) -> Iterator[None]:
        """Hold the writer lock and leave a marker while writing; a marker found at the start means the
        previous writer was killed, and ``recover`` then checks every point."""
        if self._writing_depth:
            self._writing_depth += 1
            try:
                yield
            finally:
                self._writing_depth -= 1
            return
        with writer_lock(self.settings.data_dir, self.lock_wait_s, self.notify):
            self._interrupted = self.catalog.meta(WRITER_MARKER) is not None
            self.catalog.set_meta(WRITER_MARKER, json.dumps({"pid": os.getpid(), "since": time.time()}))
            self._writing_depth = 1
            try:
                yield
            finally:
                self._writing_depth = 0
            self.catalog.clear_meta(WRITER_MARKER)  # not on an exception: the next writer checks everything

    def recover(self) -> int:
        """Roll back what an interrupted writer left; returns the number of reports rolled back.

        Reports still pending lose their rows and points. When the previous writer was killed (its
        marker is still there), every point is checked: points of no finished report are deleted and
        finished reports missing points get them again (an engine may lose or keep writes that were in
        flight). Reviewed tags not yet in the index are pushed to it. ``last_recovery`` says what was done.
        """
        with self._writing():
            pending = self.catalog.pending_reports()
            for report_id in pending:
                self._roll_back(report_id)
            for tmp in (self.settings.data_dir / "files").glob("*.tmp"):
                tmp.unlink(missing_ok=True)
            orphans, missing = self._repair_points() if self._interrupted or pending else (0, 0)
            self._interrupted = False
            self._push_reviews()
            self.last_recovery = {
                "rolled_back": len(pending),
                "orphan_points": orphans,
                "reindexed_reports": missing,
            }
            return len(pending)

    def _roll_back(self, report_id: str) -> None:
        self.store.delete_report(report_id)
        self.catalog.delete_report(report_id)

    def _repair_points(self) -> tuple[int, int]:
        """Delete points of no finished report; re-write finished reports missing points."""
        expected = self.catalog.done_explanation_ids()
        points = self.store.point_reports()
        orphans = [pid for pid in points if pid not in expected]
        self.store.delete_ids(orphans)
        missing = sorted({report_id for eid, report_id in expected.items() if eid not in points})
        if missing:
            self.store.ensure(self.embedder.dim, vector_identity(self.embedder))
        for report_id in missing:
            self._reindex_report(report_id)
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

    def check(self, repair: bool = False) -> dict[str, int]:
        """Counts, and what disagrees between the catalog and the index; ``repair`` fixes it first."""
        if repair:
            with self._writing():
                self._interrupted = True  # check every point
                self.recover()
        done_ids = {r.report_id for r in self.catalog.reports("done")}
        pending = self.catalog.pending_reports()
        expected = self.catalog.done_explanation_ids()
        points = self.store.point_reports()
        orphans = [pid for pid in points if pid not in expected]
        missing_reports = {report_id for eid, report_id in expected.items() if eid not in points}
        return {
            "reports": len(done_ids),
            "explanations": len(expected),
            "points": len(points),
            "orphan_points": len(orphans),
            "half_written": len(pending) + len(missing_reports),
        }

    def reindex(self, progress: Progress | None = None) -> int:
        """Rebuild every point from SQLite (vectors from the cache where the text is unchanged)."""
        with self._writing():
            self.recover()
            self.store.drop()
            self.store.ensure(self.embedder.dim, vector_identity(self.embedder))
            queued = self.catalog.queued_for_index()
            reports = self.catalog.reports("done")
            count = 0
            for i, report in enumerate(reports, start=1):
                count += self._reindex_report(report.report_id)
                if progress:
                    progress(i, len(reports), report.source)
            self.catalog.unqueue(queued)
            return count

    def _reindex_report(self, report_id: str) -> int:
        report = self.catalog.report(report_id)
        if report is None:
            return 0
        explanations = self.catalog.explanations(report_id)
        self.store.upsert(self._points(report, explanations))
        return len(explanations)

    def refresh_explanation(self, explanation_id: str) -> None:
        """Push reviewed tags to the index so that search and compare see them."""
        queued = self.catalog.queued_for_index(explanation_id)
        exps = self.catalog.explanations(ids=[explanation_id])
        if exps:
            self.store.set_payload(explanation_id, {"tags": [t.tag for t in exps[0].tags]})
        self.catalog.unqueue(queued)

    def update_report(self, report_id: str, **fields: str | None) -> None:
        """Correct a report's metadata; its points are rewritten, since the indexed text names the
        municipality and committee."""
        self.catalog.update_report(report_id, **fields)
        self._reindex_report(report_id)
