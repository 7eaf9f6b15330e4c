"""Ingest workers sharing one catalog (PostgreSQL) share the work by claims: a worker claims a file (by its
sha256) before reading it, keeps the claim alive while it works, and lets it go when the report is in.

``ClaimKeeper`` is one worker's side: its name (machine, process, a random part), the files it holds, and a
thread that renews its claims every quarter of the lease. A worker that dies renews nothing: its claims
lapse after the lease (``AVVIK_CLAIM_TIMEOUT``), and the next worker that asks takes them over, rolling
back what the dead one left half-written (``index.recovery``).
"""

from __future__ import annotations

import os
import socket
import threading
import uuid
from collections.abc import Iterator
from contextlib import contextmanager, suppress

from index.catalog import Catalog


class ClaimKeeper:
    def __init__(self, catalog: Catalog, lease_s: float) -> None:
        self.catalog = catalog
        self.lease_s = lease_s
        self.worker = f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"

    def claim(self, sha256: str) -> bool:
        return self.catalog.claim(sha256, self.worker, self.lease_s)

    def holds(self, sha256: str) -> bool:
        """Whether the claim is still this worker's (it was not taken over while the worker was away)."""
        return self.catalog.holds_claim(sha256, self.worker)

    def release(self, sha256: str) -> None:
        self.catalog.release_claim(sha256, self.worker)

    @contextmanager
    def renewing(self) -> Iterator[None]:
        """Renew this worker's claims in the background while the block runs."""
        stop = threading.Event()

        def renew() -> None:
            while not stop.wait(self.lease_s / 4):
                with suppress(Exception):  # the server is away: the claims may lapse, and are checked
                    self.catalog.renew_claims(self.worker, self.lease_s)

        thread = threading.Thread(target=renew, name="avvik-claims", daemon=True)
        thread.start()
        try:
            yield
        finally:
            stop.set()
            thread.join()
