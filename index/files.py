"""The PDFs under the data dir, each named by its sha256, never by a name from outside.

``files/<sha256>.pdf`` keeps a copy of every ingested report (the app shows its pages); an upload is
written to ``uploads/<sha256>.pdf`` before it is ingested. The name a browser sends (``../../etc/passwd``,
``/tmp/x.pdf``, ``C:\\x.pdf``, control characters) never becomes part of a path: the file is named by the
sha256 of its bytes, checked to be 64 hex digits, and the result is checked to resolve inside the uploads
dir (a symlink planted there is refused). Show the sent name as a label only (``ui.uploads.display_name``
does that for the app).
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
from pathlib import Path

_SHA256 = re.compile(r"[0-9a-f]{64}")


def keep_file(path: Path, files_dir: Path, sha256: str) -> Path:
    """Keep a copy of the PDF at ``path`` as ``files_dir/<sha256>.pdf`` (atomically; once)."""
    target = files_dir / f"{sha256}.pdf"
    if not target.exists():
        files_dir.mkdir(parents=True, exist_ok=True)
        tmp = target.with_name(f"{sha256}.{os.getpid()}.tmp")
        shutil.copyfile(path, tmp)
        tmp.replace(target)
    return target


def remove_partial_files(files_dir: Path) -> None:
    """Copies that a killed writer left half-written."""
    for tmp in files_dir.glob("*.tmp"):
        tmp.unlink(missing_ok=True)


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
