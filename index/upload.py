"""An uploaded PDF read in a child process of its own, with a time limit and page-by-page progress, then stored
through the ingest: a PDF that crashes the PDF library, or hangs it, costs the upload and never the app.

The child is a fresh interpreter (``python -m index.upload``), not a multiprocessing child: under Streamlit
the ``__main__`` module is the app script, which a spawned multiprocessing child would run again (and that
copy of the app waits on the archive's locks). The child reads the file (``extract_report``) and sends back,
pickled over a pipe of its own, each page read, then what it read or why it could not. The parent waits,
passes the progress on, and stops the child when the time is up. Tagging, the catalog and the index stay in
the parent (they hold the archive's locks), under the writer lock only once the file has been read.

Each failure has a code for the app to say in Swedish (``ui.messages``): the extraction error's class
(``NotAPdf``, ``EncryptedPdf`` …), or ``timeout``, ``crashed``, ``unreadable``, ``not_stored``.
"""

from __future__ import annotations

import importlib
import os
import pickle
import queue as queues
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, Protocol

from index.catalog import Catalog
from index.ingest import IngestResult, ingest_safely, triage
from index.models import Models
from index.recovery import Writer

START_UP_S = 120.0  # the child imports extraction and loads its models before the time limit starts
POLL_S = 0.2

Progress = Callable[[str, int, int], None]  # (stage, done, total): "pages" while reading, then "storing"
Job = Callable[[str, str | None, str | None, Callable[[int, int], None]], Any]


@dataclass(frozen=True)
class UploadResult:
    status: str  # "ingested", "skipped" or "failed"
    code: str  # "" unless failed: see the module's docstring
    message: str  # one line in English (the log); the app says the code in Swedish
    report_id: str | None = None
    explanations: int = 0
    seconds: float | None = None  # the time limit, for a timeout


def read_pages(
    path: str, municipality: str | None, sha256: str | None, pages: Callable[[int, int], None]
) -> Any:
    """The default job, run in the child: extract the report, telling ``pages(done, total)`` as each page
    is read."""
    from extract.pipeline import extract_report
    from index.pool import Extracted

    read = extract_report(Path(path), municipality=municipality, sha256=sha256, on_page=pages)
    return Extracted(read.report, read.explanations, read.failed_pages, read.ocr_pages)


def _job_name(job: Job) -> str:
    """``module:function``, by which the child finds the job (a function at the top of an importable module)."""
    return f"{job.__module__}:{job.__qualname__}"


def _child(job_name: str, path: str, municipality: str | None, sha256: str | None, out: IO[bytes]) -> None:
    """The child process: run the job, send ("page", done, total) while it reads, then ("done", result) or
    ("failed", code, message)."""
    from extract.errors import ExtractError

    def send(message: tuple[Any, ...]) -> None:
        pickle.dump(message, out)
        out.flush()

    send(("started",))
    module, _, name = job_name.partition(":")
    job = getattr(importlib.import_module(module), name)
    try:
        result = job(path, municipality, sha256, lambda done, total: send(("page", done, total)))
    except ExtractError as exc:
        send(("failed", type(exc).__name__, str(exc)))
    except Exception as exc:  # a file that breaks the parser is a failed upload, never more
        send(("failed", "unreadable", f"{Path(path).name}: could not be read ({type(exc).__name__}: {exc})"))
    else:
        send(("done", result))


def _receive(pipe: IO[bytes], into: queues.Queue[tuple[Any, ...] | None]) -> None:
    """In a thread of the parent: each message of the child as it comes, then None when its pipe closes."""
    try:
        while True:
            into.put(pickle.load(pipe))
    except (EOFError, pickle.UnpicklingError, OSError):
        into.put(None)
    finally:
        pipe.close()


def _start_child(job: Job, path: Path, municipality: str | None, sha256: str | None) -> tuple[Any, IO[bytes]]:
    read_end, write_end = os.pipe()
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(p for p in sys.path if p))  # the parent's imports
    command = [
        sys.executable,
        "-m",
        "index.upload",
        _job_name(job),
        str(path),
        municipality or "",
        sha256 or "",
    ]
    try:
        child = subprocess.Popen(
            [*command, str(write_end)], pass_fds=(write_end,), env=env, stdin=subprocess.DEVNULL
        )
    except BaseException:
        os.close(read_end)
        raise
    finally:
        os.close(write_end)
    return child, os.fdopen(read_end, "rb")


def read_isolated(
    path: Path,
    municipality: str | None,
    *,
    sha256: str | None = None,
    timeout_s: float = 300.0,
    progress: Progress | None = None,
    job: Job | None = None,
) -> tuple[Any, UploadResult | None]:
    """(what the job returned, None), or (None, the failure): the job run in a child process that is
    stopped after ``timeout_s`` (counted once the child has started) and whose death is a failure."""
    child, pipe = _start_child(job or read_pages, path, municipality, sha256)
    messages: queues.Queue[tuple[Any, ...] | None] = queues.Queue()
    threading.Thread(target=_receive, args=(pipe, messages), daemon=True).start()
    deadline = time.monotonic() + START_UP_S + timeout_s
    try:
        while True:
            try:
                message = messages.get(timeout=POLL_S)
            except queues.Empty:
                if time.monotonic() > deadline:
                    return None, _failed(
                        "timeout",
                        f"{path.name}: reading took longer than {timeout_s:.0f} s and was stopped; check the "
                        "file or split it",
                        seconds=timeout_s,
                    )
                continue
            if message is None:  # the pipe closed without an answer: the child died
                return None, _failed(
                    "crashed",
                    f"{path.name}: the PDF reader crashed on this file (exit {child.wait()}); check it or get "
                    "a fresh copy",
                )
            kind = message[0]
            if kind == "started":
                deadline = time.monotonic() + timeout_s
            elif kind == "page" and progress is not None:
                progress("pages", int(message[1]), int(message[2]))
            elif kind == "failed":
                return None, _failed(message[1], message[2])
            elif kind == "done":
                return message[1], None
    finally:
        if child.poll() is None:
            child.kill()
        child.wait(timeout=5)


def _failed(code: str, message: str, seconds: float | None = None) -> UploadResult:
    return UploadResult("failed", code, message, seconds=seconds)


class Uploader(Protocol):
    """What an upload writes to (``index.archive.Archive`` is one)."""

    writer: Writer
    models: Models
    catalog: Catalog


def ingest_upload(
    archive: Uploader,
    path: Path,
    *,
    municipality: str | None = None,
    timeout_s: float = 300.0,
    progress: Progress | None = None,
    job: Job | None = None,
    lock: AbstractContextManager[Any] | None = None,
) -> UploadResult:
    """Read one uploaded file in a child process, then tag it and store it in the catalog and the index
    (holding ``lock`` as well while storing: the app's lock between its own threads)."""
    tagger = archive.models.tagger
    done, todo = triage(archive.catalog, tagger.version, [path])
    if done:  # already in the archive, or a file that cannot even be opened
        return _from_ingest(done[0], "unreadable")
    item = todo[0]
    extracted, failure = read_isolated(
        path,
        municipality,
        sha256=getattr(item, "sha256", None),
        timeout_s=timeout_s,
        progress=progress,
        job=job,
    )
    if failure is not None:
        return failure
    if progress is not None:
        progress("storing", 0, 1)
    writer = archive.writer
    with lock or nullcontext(), writer.writing():
        writer.recover()
        writer.points.ensure_collection(writer.store)
        result = ingest_safely(writer, tagger, item, extracted)
    if progress is not None:
        progress("storing", 1, 1)
    return _from_ingest(result, "not_stored")


def _from_ingest(result: IngestResult, code_if_failed: str) -> UploadResult:
    failed = result.status == "failed"
    return UploadResult(
        result.status,
        code_if_failed if failed else "",
        result.message,
        result.report_id,
        result.explanations,
    )


def main(argv: list[str]) -> None:
    """``python -m index.upload JOB PATH MUNICIPALITY SHA256 FD``: the child of ``read_isolated``."""
    job_name, path, municipality, sha256, fd = argv
    with os.fdopen(int(fd), "wb") as out:
        _child(job_name, path, municipality or None, sha256 or None, out)


if __name__ == "__main__":
    main(sys.argv[1:])
