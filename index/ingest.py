"""PDFs into the archive: hash -> extract in the pool -> carry-over -> tag -> catalog -> vectors -> done.

Each file is hashed once, and whether it is already in is decided once, before anything is read: a file
whose content is in (tagged by this tagger) is skipped, one tagged by another tagger is read and tagged
again (reviews are kept). A bad file is a failed result, never an exception; one report's error is rolled
back and the batch goes on. See ``index.recovery`` for what makes a kill at any moment safe.

On a shared catalog (PostgreSQL) several workers may ingest the same folder at once: each file is read by
the worker that claims it (``index.claims``), a few at a time; a file another worker holds is waited for
until that worker has finished it (then it is skipped) or its claim has lapsed (then it is taken over). So
when ``ingest`` returns, every file of the batch is in, whoever read it.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import suppress
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from rapidfuzz import fuzz, process

from extract.hashing import file_sha256
from extract.types import Explanation, Report
from index.catalog import Catalog
from index.catalog.interface import ReportState
from index.claims import ClaimKeeper
from index.deviations import link_statements
from index.errors import AvvikIndexError
from index.files import keep_file
from index.models import Tagger, tag_explanations
from index.recovery import Writer

if TYPE_CHECKING:  # extraction (pymupdf, spaCy) is imported when there are files to read: check starts fast
    from index.pool import Extracted, Outcome

Progress = Callable[[int, int, str], None]
CARRY_OVER_SIMILARITY = 90
CLAIM_POLL_S = 0.5  # how often a worker looks again at files other workers hold


@dataclass(frozen=True)
class IngestResult:
    path: str
    status: str  # "ingested", "skipped" or "failed"
    message: str
    report_id: str | None = None
    explanations: int = 0


@dataclass(frozen=True)
class Todo:
    """A file to read, and what the catalog held for its content (a report to tag again), if anything."""

    path: Path
    before: ReportState | None
    sha256: str


def ingest(
    writer: Writer,
    tagger: Tagger,
    paths: Sequence[Path],
    *,
    municipality: str | None = None,
    progress: Progress | None = None,
    workers: int = 2,
) -> list[IngestResult]:
    """Ingest files; the results of the files skipped or unreadable come first, then one per file read."""
    with writer.writing():
        writer.recover()
        writer.points.ensure_collection(writer.store)
        results, todo = triage(writer.catalog, tagger.version, paths)
        if writer.claims is None:
            outcomes: Iterator[tuple[Todo, Outcome | None]] = _extract(todo, municipality, workers)
        else:
            outcomes = _claimed(writer.claims, writer.catalog, tagger.version, todo, municipality, workers)
        if progress:
            progress(0, len(todo), "")
        for done, (item, outcome) in enumerate(outcomes, start=1):
            if outcome is None:
                message = f"{item.path.name}: ingested by another worker"
                results.append(IngestResult(str(item.path), "skipped", message))
            elif isinstance(outcome, str):
                results.append(IngestResult(str(item.path), "failed", outcome))
            else:
                results.append(ingest_safely(writer, tagger, item, outcome))
            if writer.claims is not None and outcome is not None:
                writer.claims.release(item.sha256)
            if progress:
                progress(done, len(todo), item.path.name)
        return results


def triage(
    catalog: Catalog, tagger_version: str, paths: Sequence[Path]
) -> tuple[list[IngestResult], list[Todo]]:
    """Hash every file once: the ones that need no reading (already in, twice in the batch, unreadable)
    as results, and the ones to read."""
    results: list[IngestResult] = []
    todo: list[Todo] = []
    seen: dict[str, str] = {}
    for path in paths:
        try:
            sha256 = file_sha256(path)
        except OSError as exc:
            message = f"{path.name}: cannot be read ({exc.strerror}); check the file"
            results.append(IngestResult(str(path), "failed", message))
            continue
        if sha256 in seen:
            message = f"{path.name}: same content as {seen[sha256]} in this batch"
            results.append(IngestResult(str(path), "skipped", message))
            continue
        before = catalog.report_state(sha256)
        if before is not None and before.status == "done" and before.tagger_version in (None, tagger_version):
            results.append(
                IngestResult(str(path), "skipped", f"{path.name}: already ingested (same content)")
            )
        else:
            seen[sha256] = path.name
            todo.append(Todo(path, before, sha256))
    return results, todo


def _extract(todo: list[Todo], municipality: str | None, workers: int) -> Iterator[tuple[Todo, Outcome]]:
    """The outcome of each file to read, in order. Extraction is imported here, before the first file:
    only when there is something to read."""
    if not todo:
        return iter(())
    from index.pool import extract_all

    items = {item.path: item for item in todo}
    hashes = {item.path: item.sha256 for item in todo}
    outcomes = extract_all(list(items), municipality, workers, sha256s=hashes)
    return ((items[path], outcome) for path, outcome in outcomes)


def _claimed(
    claims: ClaimKeeper,
    catalog: Catalog,
    tagger_version: str,
    todo: list[Todo],
    municipality: str | None,
    workers: int,
) -> Iterator[tuple[Todo, Outcome | None]]:
    """The outcome of each file this worker claims, read ``workers`` at a time; None for a file another
    worker finished. Files other workers hold are looked at again until they are finished or taken over."""
    remaining = list(todo)
    while remaining:
        mine: list[Todo] = []
        held: list[Todo] = []
        for item in remaining:
            state = catalog.report_state(item.sha256)
            if state is not None and state.status == "done" and state.tagger_version == tagger_version:
                yield item, None
            elif len(mine) < max(workers, 1) and claims.claim(item.sha256):
                mine.append(item)
            else:
                held.append(item)
        yield from _extract(mine, municipality, workers)
        if held and not mine:
            time.sleep(CLAIM_POLL_S)
        remaining = held


def ingest_safely(writer: Writer, tagger: Tagger, item: Todo, extracted: Extracted) -> IngestResult:
    """``ingest_report``; an error in it is rolled back and reported, and the batch goes on."""
    try:
        return ingest_report(writer, tagger, item, extracted)
    except AvvikIndexError:
        raise  # the store itself is unusable (locked, unreachable, another model): stop the batch
    except Exception as exc:
        with suppress(Exception):  # if this fails too, it stays pending: rolled back at the next start
            writer.roll_back(extracted.report.report_id)
        message = (
            f"{item.path.name}: could not be stored ({type(exc).__name__}: {exc}); run the ingest "
            "again, and `avvik check --repair` if it persists"
        )
        return IngestResult(str(item.path), "failed", message)


def ingest_report(writer: Writer, tagger: Tagger, item: Todo, extracted: Extracted) -> IngestResult:
    """One extracted report into the catalog and the index, from what was just extracted."""
    report = extracted.report
    explanations = link_statements(mark_carry_over(writer.catalog, report, extracted.explanations))
    explanations = tag_explanations(tagger, explanations)
    stored = keep_file(item.path, writer.files_dir, report.sha256)
    # pending from here until mark_done: a kill in between is rolled back at the next start
    explanations = writer.catalog.write_report(report, explanations, tagger.version, str(stored))
    points = writer.points.points(report, explanations)
    with writer.store.turn() as store:
        store.delete_report(report.report_id)
        store.upsert(points)
    if writer.claims is not None and not writer.claims.holds(report.sha256):
        message = f"{item.path.name}: taken over by another worker while this one was away; it finishes it"
        return IngestResult(str(item.path), "skipped", message, report.report_id)
    writer.catalog.mark_done(report.report_id)
    return IngestResult(
        str(item.path),
        "ingested",
        f"{item.path.name}: {len(explanations)} explanations{_notes(item, extracted, tagger.version)}",
        report.report_id,
        len(explanations),
    )


def mark_carry_over(
    catalog: Catalog, report: Report, explanations: Sequence[Explanation]
) -> list[Explanation]:
    """A statement repeated from the committee's previous report (by wording) joins that statement's chain:
    ``carry_over_of`` names the chain's first statement."""
    previous = catalog.carry_over_candidates(report)
    texts = [text for _, text in previous]
    marked = []
    for exp in explanations:
        best = process.extractOne(exp.text, texts, scorer=fuzz.ratio, score_cutoff=CARRY_OVER_SIMILARITY)
        if best is not None:
            exp = replace(exp, carry_over_of=previous[best[2]][0], flags=(*exp.flags, "carry_over"))
        marked.append(exp)
    return marked


def _notes(item: Todo, extracted: Extracted, tagger_version: str) -> str:
    note = f"; pages that failed: {list(extracted.failed_pages)}" if extracted.failed_pages else ""
    if extracted.ocr_pages:
        note += f"; pages read by OCR: {list(extracted.ocr_pages)}"
    if item.before is not None and item.before.status == "done":
        note += f"; tagged again ({item.before.tagger_version} -> {tagger_version}), reviews kept"
    return note
