"""Where an uploaded file may be written: ``<data_dir>/uploads/<sha256>.pdf``, never a name from outside.

The name a browser sends (``../../etc/passwd``, ``/tmp/x.pdf``, ``C:\\x.pdf``, control characters) never
becomes part of a path: the file is named by the sha256 of its bytes, checked to be 64 hex digits, and
the result is checked to resolve inside the uploads dir (a symlink planted there is refused). Show the
sent name as a label only (``ui.uploads.display_name`` does that for the app).
"""

from __future__ import annotations

import hashlib
import os
import re
from pathlib import Path

_SHA256 = re.compile(r"[0-9a-f]{64}")


def safe_upload_path(data_dir: Path, sha256: str) -> Path:
    """``<data_dir>/uploads/<sha256>.pdf``; ValueError for anything but a sha256 hex digest, or a path that
    would resolve outside the uploads dir."""
    if not isinstance(sha256, str) or not _SHA256.fullmatch(sha256):
        raise ValueError(f"not a sha256 hex digest: {sha256!r}")
    uploads = (Path(data_dir) / "uploads").resolve()
    target = (uploads / f"{sha256}.pdf").resolve()
    if target.parent != uploads:
        raise ValueError(f"{target} is outside {uploads}; refusing to write there")
    return target


def save_upload(data_dir: Path, data: bytes) -> Path:
    """Write uploaded bytes to their safe path (atomically; an identical file is kept) and return it."""
    target = safe_upload_path(data_dir, hashlib.sha256(data).hexdigest())
    target.parent.mkdir(parents=True, exist_ok=True)
    if target.exists() and target.stat().st_size == len(data):
        return target
    tmp = target.with_name(f".{target.stem}.{os.getpid()}.part")
    try:
        tmp.write_bytes(data)
        tmp.replace(target)
    finally:
        tmp.unlink(missing_ok=True)
    return target
