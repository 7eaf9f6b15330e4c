"""Run extraction for a batch of files in worker processes, so that no single file can stop the batch.

A file that raises gives its one-line error. A file that kills its worker (a crash inside the PDF
library, the out-of-memory killer) or runs past the time limit is found and reported, and the rest of
the batch is read in a fresh pool. Results come back in the order of the paths, holding only what the
ingest reads (the report, its explanations, the pages that failed or were read by OCR).
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable, Iterator, Mapping, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from extract.errors import ExtractError
from extract.pipeline import extract_report
from extract.types import Explanation, Report


@dataclass(frozen=True)
class Extracted:
    report: Report
    explanations: tuple[Explanation, ...]
    failed_pages: tuple[int, ...] = ()
    ocr_pages: tuple[int, ...] = ()


Outcome = Extracted | str
Job = Callable[[str, str | None], Outcome]
FILE_TIMEOUT_S = 600.0
START_UP_S = 120.0  # the first file of a pool also waits for the workers to start (imports, models)


def extract_job(path: str, municipality: str | None, sha256s: Mapping[str, str] | None = None) -> Outcome:
    """Read one file: the extraction, or the one-line error (run in a worker process). ``sha256s``: the
    hashes ingest took already, by path, so that no file is hashed twice."""
    try:
        sha256 = (sha256s or {}).get(path)
        read = extract_report(Path(path), municipality=municipality, sha256=sha256)
    except ExtractError as exc:
        return str(exc)
    except Exception as exc:  # a file that breaks the parser must not stop the batch
        return f"{Path(path).name}: could not be read ({type(exc).__name__}: {exc}); check the file"
    return Extracted(read.report, read.explanations, read.failed_pages, read.ocr_pages)


def extract_all(
    paths: Sequence[Path],
    municipality: str | None,
    workers: int = 2,
    *,
    timeout_s: float = FILE_TIMEOUT_S,
    job: Job = extract_job,
    sha256s: Mapping[Path, str] | None = None,
) -> Iterator[tuple[Path, Outcome]]:
    """(path, outcome) for every path, in order; in this process when there is one file or one worker.
    ``sha256s``: hashes already taken, handed to the default job."""
    if sha256s and job is extract_job:
        job = partial(extract_job, sha256s={str(p): h for p, h in sha256s.items()})
    if len(paths) <= 1 or workers <= 1:
        for path in paths:
            yield path, job(str(path), municipality)
        return
    remaining = list(paths)
    size = workers
    while remaining:
        batch, remaining = remaining, []
        pool = ProcessPoolExecutor(max_workers=size, mp_context=multiprocessing.get_context("spawn"))
        futures: list[tuple[Path, Future[Outcome]]] = [
            (p, pool.submit(job, str(p), municipality)) for p in batch
        ]
        try:
            for i, (path, future) in enumerate(futures):
                try:
                    outcome = future.result(timeout=timeout_s + (START_UP_S if i == 0 else 0.0))
                except FutureTimeout:
                    yield (
                        path,
                        (
                            f"{path.name}: reading took longer than {timeout_s:.0f} s and was stopped; "
                            "check the file or split it"
                        ),
                    )
                    _kill_workers(pool)
                    remaining = [p for p, _ in futures[i + 1 :]]
                    break
                except BrokenProcessPool:
                    if size > 1:  # one of the files in flight killed its worker: find it, one file at a time
                        remaining, size = [p for p, _ in futures[i:]], 1
                    else:
                        yield (
                            path,
                            f"{path.name}: the PDF reader crashed on this file; check it or get a fresh copy",
                        )
                        remaining, size = [p for p, _ in futures[i + 1 :]], workers
                    break
                yield path, outcome
        finally:
            pool.shutdown(wait=True, cancel_futures=True)


def _kill_workers(pool: ProcessPoolExecutor) -> None:
    processes = getattr(pool, "_processes", None) or {}
    for process in list(processes.values()):
        process.kill()
