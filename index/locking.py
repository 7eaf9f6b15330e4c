"""Who may write, and waiting for one's turn.

Two locks, always taken in this order so that two processes can never wait on each other:

1. the embedded store's own lock (the embedded engine is open in one process at a time, readers
   included; see ``index.store``). ``open_store`` waits for it instead of failing at once;
2. the writer lock, ``<data_dir>/writer.lock``: one ingest, reindex, repair or import at a time, also
   with a Qdrant server, so that one writer never rolls back another's report that is still pending.

Both are ``flock`` locks: the kernel drops them when the holder dies, even by SIGKILL.
"""

from __future__ import annotations

import fcntl
import os
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from index.errors import StoreLocked
from index.settings import Settings
from index.store import VectorStore

Notify = Callable[[str], None]
POLL_S = 0.25


def open_store(settings: Settings, wait_s: float = 0.0, notify: Notify | None = None) -> VectorStore:
    """Open the vector store; if the embedded one is in use by another process, wait up to ``wait_s``."""
    if settings.qdrant_url:
        return VectorStore(url=settings.qdrant_url, collection=settings.collection)
    deadline = time.monotonic() + wait_s
    told = False
    while True:
        try:
            return VectorStore(path=settings.qdrant_path, collection=settings.collection)
        except StoreLocked as exc:
            if time.monotonic() >= deadline:
                if not wait_s:
                    raise
                raise StoreLocked(f"{exc} (waited {wait_s:.0f} s)") from exc
        if not told and notify is not None:
            notify(f"the index is in use by another avvik process; waiting up to {wait_s:.0f} s for it")
            told = True
        time.sleep(POLL_S)


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
