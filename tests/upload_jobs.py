"""A reading job for the upload tests (``index.upload.read_isolated(job=...)``): light, so that the child process
starts in a moment, and badly behaved on purpose."""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from pathlib import Path


def misbehave_while_reading(
    path: str, municipality: str | None, sha256: str | None, pages: Callable[[int, int], None]
) -> object:
    """Reports two of its three pages, then dies on files named *krasch* (as a crash inside the PDF library
    kills its process), hangs on files named *häng*, and else reports the third page and returns the file's
    size."""
    name = Path(path).name
    pages(1, 3)
    pages(2, 3)
    if "krasch" in name:
        os._exit(3)
    if "häng" in name:
        time.sleep(3600)
    pages(3, 3)
    return {"file": name, "bytes": Path(path).stat().st_size}
