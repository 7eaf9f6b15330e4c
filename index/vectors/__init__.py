"""The vector index: the store interface (``store``), its two engines (``edge`` embedded, ``server`` a Qdrant
server), the embedder and the keyword vectors; ``open_store`` picks the engine."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from index.errors import StoreLocked
from index.vectors.store import ONE_SERVER, ServerLayout, VectorStore

Notify = Callable[[str], None]
POLL_S = 0.25


def open_store(
    *,
    path: Path | None = None,
    url: str | None = None,
    collection: str = "explanations",
    wait_s: float = 0.0,
    notify: Notify | None = None,
    layout: ServerLayout = ONE_SERVER,
) -> VectorStore:
    """The Qdrant server at ``url`` (its collection created and written as ``layout`` says) if one is given,
    else the embedded index in ``path``; when another process has the embedded one open, wait up to
    ``wait_s`` for it (telling ``notify`` once)."""
    if url:
        from index.vectors.server import ServerStore

        return ServerStore(url=url, collection=collection, layout=layout)
    if path is None:
        raise ValueError("open_store needs the embedded index's path or a Qdrant server's url")
    from index.vectors.edge import EdgeStore

    deadline = time.monotonic() + wait_s
    told = False
    while True:
        try:
            return EdgeStore(path, collection)
        except StoreLocked as exc:
            if time.monotonic() >= deadline:
                if not wait_s:
                    raise
                raise StoreLocked(f"{exc} (waited {wait_s:.0f} s)") from exc
        if not told and notify is not None:
            notify(f"the index is in use by another avvik process; waiting up to {wait_s:.0f} s for it")
            told = True
        time.sleep(POLL_S)
