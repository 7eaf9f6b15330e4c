"""Extraction jobs for the worker-pool tests (``index.pool.extract_all(job=...)``): light, so that a pool
of them starts in a moment, and badly behaved on purpose."""

from __future__ import annotations

import os
import time
from pathlib import Path


def misbehave_on_marked_files(path: str, municipality: str | None) -> object:
    """Dies on files named *krasch* (as a crash inside the PDF library kills its worker), hangs on files named
    *häng*, and reads any other file as its size."""
    name = Path(path).name
    if "krasch" in name:
        os._exit(3)
    if "häng" in name:
        time.sleep(3600)
    return {"file": name, "bytes": Path(path).stat().st_size}
