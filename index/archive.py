"""The archive: the SQLite system of record, the vector index, the embedder and the tagger together.

Ingest writes one report at a time: its rows in one SQLite transaction (marked pending), then its
points, then the report is marked done. A report left pending by a killed ingest, and points without
a finished report, are cleaned away at the next start (``recover``), so nothing stays half-written.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from functools import cached_property
from pathlib import Path
from typing import Any

import numpy as np
from rapidfuzz import fuzz

from extract.errors import ExtractError
from extract.pipeline import ExtractedReport, extract_report
from extract.types import Explanation, Report
from index.catalog import Catalog, content_hash
from index.embedder import Embedder, SentenceTransformerEmbedder
from index.keywords import sparse_vector
from index.settings import Settings
from index.store import Point, VectorStore, period_number

Progress = Callable[[int, int, str], None]
CARRY_OVER_SIMILARITY = 90


@dataclass(frozen=True)
class IngestResult:
    path: str
    status: str  # "ingested", "skipped" or "failed"
    message: str
    report_id: str | None = None
    explanations: int = 0


def _extract_job(path: str, municipality: str | None) -> ExtractedReport | str:
    """Run in a worker process: the extraction, or the one-line error."""
    try:
        return extract_report(Path(path), municipality=municipality)
    except ExtractError as exc:
        return str(exc)
    except Exception as exc:  # a file that breaks the parser must not stop the batch
        return f"{Path(path).name}: could not be read ({type(exc).__name__}: {exc}); check the file"


class Archive:
    def __init__(self, settings: Settings, *, embedder: Embedder | None = None, tagger: Any = None) -> None:
        self.settings = settings
        settings.data_dir.mkdir(parents=True, exist_ok=True)
        self.catalog = Catalog(settings.db_path)
        self.store = VectorStore(
            path=None if settings.qdrant_url else settings.qdrant_path,
            url=settings.qdrant_url,
            collection=settings.collection,
        )
        self._embedder = embedder
        self._tagger = tagger

    def close(self) -> None:
        self.store.close()
        self.catalog.close()

    @property
    def embedder(self) -> Embedder:
        if self._embedder is None:
            self._embedder = SentenceTransformerEmbedder(self.settings.model_dir, threads=self.settings.threads)
        return self._embedder

    @cached_property
    def tagger(self) -> Any:
        if self._tagger is None:
            from extract.tagger import load_tagger

            self._tagger = load_tagger()
        return self._tagger

    # -- ingest ---------------------------------------------------------------------------------------
    def ingest(
        self, paths: Sequence[Path], *, municipality: str | None = None, progress: Progress | None = None,
        workers: int = 2,
    ) -> list[IngestResult]:
        self.recover()
        self.store.ensure(self.embedder.dim, self.embedder.name)
        results: list[IngestResult] = []
        todo: list[Path] = []
        from extract.pdf import file_sha256

        for path in paths:
            try:
                sha = file_sha256(path)
            except OSError as exc:
                results.append(IngestResult(str(path), "failed", f"{path.name}: cannot be read ({exc.strerror})"))
                continue
            if self.catalog.report_status(sha) == "done":
                results.append(IngestResult(str(path), "skipped", f"{path.name}: already ingested (same content)"))
            else:
                todo.append(path)
        total = len(todo)
        if progress:
            progress(0, total, "")
        for done, (path, outcome) in enumerate(self._extract_all(todo, municipality, workers), start=1):
            if isinstance(outcome, str):
                results.append(IngestResult(str(path), "failed", outcome))
            else:
                results.append(self._store_report(path, outcome))
            if progress:
                progress(done, total, path.name)
        return results

    def _extract_all(self, paths: list[Path], municipality: str | None, workers: int):  # type: ignore[no-untyped-def]
        if len(paths) <= 1 or workers <= 1:
            for path in paths:
                yield path, _extract_job(str(path), municipality)
            return
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        context = multiprocessing.get_context("spawn")
        with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
            futures = [(p, pool.submit(_extract_job, str(p), municipality)) for p in paths]
            for path, future in futures:
                try:
                    yield path, future.result()
                except Exception as exc:  # the worker died (out of memory, a crash in the PDF library)
                    yield path, f"{path.name}: the parser failed ({type(exc).__name__}); check the file"

    def _store_report(self, path: Path, extracted: ExtractedReport) -> IngestResult:
        report = extracted.report
        if self.catalog.report_status(report.sha256) == "done":
            return IngestResult(str(path), "skipped", f"{path.name}: already ingested (same content)")
        explanations = self._mark_carry_over(report, list(extracted.explanations))
        explanations = self._tag(explanations)
        stored = self._keep_file(path, report.sha256)
        self.store.delete_report(report.report_id)
        self.catalog.write_report(report, explanations, self.tagger.version, str(stored))
        self.store.upsert(self._points(report, explanations))
        self.catalog.mark_done(report.report_id)
        note = f"; pages that failed: {list(extracted.failed_pages)}" if extracted.failed_pages else ""
        return IngestResult(str(path), "ingested", f"{path.name}: {len(explanations)} explanations{note}",
                            report.report_id, len(explanations))

    def _keep_file(self, path: Path, sha256: str) -> Path:
        """Keep a copy of the PDF under the data dir, named by its sha256 (never by the name it came with)."""
        target = self.settings.data_dir / "files" / f"{sha256}.pdf"
        if not target.exists():
            target.parent.mkdir(parents=True, exist_ok=True)
            tmp = target.with_suffix(".tmp")
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
        cached = self.catalog.cached_vectors(list(set(hashes)), self.embedder.name)
        missing = sorted({h: t for h, t in zip(hashes, texts, strict=True) if h not in cached}.items())
        if missing:
            fresh = self.embedder.embed_documents([t for _, t in missing])
            new = {h: v for (h, _), v in zip(missing, fresh, strict=True)}
            self.catalog.store_vectors(new, self.embedder.name)
            cached.update(new)
        if not texts:
            return np.zeros((0, self.embedder.dim), dtype=np.float32)
        return np.stack([cached[h] for h in hashes])

    def _points(self, report: Report, explanations: list[Explanation]) -> list[Point]:
        dense = self.vectors([e.text for e in explanations])
        return [
            Point(e.explanation_id, vec, sparse_vector(_keyword_text(e)), self._payload(report, e))
            for e, vec in zip(explanations, dense, strict=True)
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
            "boilerplate": "boilerplate" in exp.flags,
            "carry_over_of": exp.carry_over_of,
            "embed_model": self.embedder.name,
            "embed_version": self.embedder.version,
            "tagger_version": self.tagger.version,
        }

    # -- consistency ----------------------------------------------------------------------------------
    def recover(self) -> int:
        """Roll back reports left pending by an interrupted ingest, and points of unknown reports."""
        pending = self.catalog.pending_reports()
        for report_id in pending:
            self.store.delete_report(report_id)
            self.catalog.delete_report(report_id)
        return len(pending)

    def check(self, repair: bool = False) -> dict[str, int]:
        done_ids = {r.report_id for r in self.catalog.reports("done")}
        pending = self.catalog.pending_reports()
        expected = {e.explanation_id: e.report_id for e in self.catalog.explanations() if e.report_id in done_ids}
        points = self.store.point_reports()
        orphans = [pid for pid in points if pid not in expected]
        missing_reports = {expected[eid] for eid in expected if eid not in points}
        if repair:
            self.recover()
            self.store.delete_ids(orphans)
            for report_id in missing_reports:
                self._reindex_report(report_id)
            return self.check(repair=False)
        return {
            "reports": len(done_ids),
            "explanations": len(expected),
            "points": len(points),
            "orphan_points": len(orphans),
            "half_written": len(pending) + len(missing_reports),
        }

    def reindex(self, progress: Progress | None = None) -> int:
        """Rebuild every point from SQLite (vectors from the cache where the text is unchanged)."""
        self.recover()
        self.store.drop()
        self.store.ensure(self.embedder.dim, self.embedder.name)
        reports = self.catalog.reports("done")
        count = 0
        for i, report in enumerate(reports, start=1):
            count += self._reindex_report(report.report_id)
            if progress:
                progress(i, len(reports), report.source)
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
        exps = self.catalog.explanations(ids=[explanation_id])
        if exps:
            self.store.set_payload(explanation_id, {"tags": [t.tag for t in exps[0].tags]})

    def update_report(self, report_id: str, **fields: str | None) -> None:
        self.catalog.update_report(report_id, **fields)
        report = self.catalog.report(report_id)
        if report is not None:
            self.store.set_payload_for_report(report_id, {
                "municipality": report.municipality, "committee": report.committee, "period": report.period,
                "period_num": period_number(report.period), "report_type": report.report_type,
            })


def _keyword_text(exp: Explanation) -> str:
    return f"{exp.area or ''} {exp.text}"
