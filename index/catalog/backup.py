"""Export and import of the system of record as JSONL: reports, explanations, tags, reviews, population
figures and the audit trail (and kept PDFs).

One JSON object per line. The first line is a header (``{"type": "avvik-export", "format", ...}``), the
last a trailer with the counts (``{"type": "end", "counts": {...}}``), so that a cut-off file is noticed.
In between, one line per row: ``{"type": "report" | "explanation" | "tag" | "review" | "population" |
"audit" | "file", ...}``.
Only finished reports are exported; every review is (reviews are never dropped, even those whose
explanation is gone). The vector index is not exported: ``avvik reindex`` rebuilds it from the catalog.

Export reads one snapshot (a read transaction) while ingests and reviews go on; import writes everything
in one transaction into an empty data dir, so a bad file leaves nothing behind.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import time
from pathlib import Path
from typing import Any, TextIO

from index.catalog.database import SCHEMA_VERSION
from index.catalog.interface import Catalog
from index.errors import BackupError

FORMAT = 1
TABLES = {
    "report": "reports",
    "explanation": "explanations",
    "tag": "tags",
    "review": "reviews",
    "population": "population",
    "audit": "audit",
}


def export_jsonl(catalog: Catalog, out: Path, *, files_dir: Path | None = None) -> dict[str, int]:
    """Write the catalog to ``out`` (atomically), with the PDFs kept in ``files_dir`` if given."""
    counts = {kind: 0 for kind in (*TABLES, "file")}
    tmp = out.with_name(f".{out.name}.{os.getpid()}.tmp")
    try:
        with catalog.snapshot(), tmp.open("w", encoding="utf-8") as fh:  # one snapshot, however long it takes
            _write(
                fh,
                {
                    "type": "avvik-export",
                    "format": FORMAT,
                    "schema_version": SCHEMA_VERSION,
                    "exported_at": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
                },
            )
            shas: list[str] = []
            for kind, table in TABLES.items():
                for row in catalog.rows(table):
                    _write(fh, {"type": kind, **row})
                    counts[kind] += 1
                    if kind == "report":
                        shas.append(row["sha256"])
            for sha in shas if files_dir is not None else ():
                pdf = files_dir / f"{sha}.pdf"  # type: ignore[operator]
                if pdf.exists():
                    _write(
                        fh,
                        {"type": "file", "sha256": sha, "data": base64.b64encode(pdf.read_bytes()).decode()},
                    )
                    counts["file"] += 1
            _write(fh, {"type": "end", "counts": counts})
            fh.flush()
            os.fsync(fh.fileno())
        tmp.replace(out)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return counts


def _write(fh: TextIO, obj: dict[str, Any]) -> None:
    fh.write(json.dumps(obj, ensure_ascii=False) + "\n")


def import_jsonl(catalog: Catalog, source: Path, files_dir: Path) -> dict[str, int]:
    """Restore an export into an empty catalog, in one transaction; PDFs into ``files_dir``."""
    if catalog.holds_anything():
        raise BackupError(
            f"{files_dir.parent} already holds reports or reviews; import into an empty data "
            "dir (--data-dir) so nothing is overwritten"
        )
    counts = {kind: 0 for kind in (*TABLES, "file")}
    written: list[Path] = []
    trailer: dict[str, Any] | None = None
    try:
        with catalog.restoring() as target, source.open(encoding="utf-8") as fh:
            for number, line in enumerate(fh, start=1):
                if not line.strip():
                    continue
                record = _parse(line, number, source)
                kind = record.pop("type", None)
                if number == 1 or kind == "avvik-export":
                    _check_header(kind, record, source)
                elif trailer is not None:
                    raise BackupError(
                        f"{source.name}: line {number} comes after the end marker; the file is damaged"
                    )
                elif kind == "end":
                    trailer = record
                elif kind == "file":
                    written.append(_restore_file(record, files_dir, number, source))
                    counts["file"] += 1
                elif kind in TABLES:
                    try:
                        target.insert(TABLES[kind], record)
                    except BackupError as exc:
                        raise BackupError(f"{source.name}: line {number} {exc}; the file is damaged") from exc
                    counts[kind] += 1
                else:
                    raise BackupError(f"{source.name}: line {number} has an unknown type {kind!r}")
            if trailer is None:
                raise BackupError(f"{source.name}: no end marker, the export is cut off; export again")
            if trailer.get("counts") != counts:
                raise BackupError(
                    f"{source.name}: the end marker counts {trailer.get('counts')} rows, the file "
                    f"holds {counts}; export again"
                )
            for path in written:
                target.set_stored_path(path.stem, str(path))
    except BaseException:
        for path in written:
            path.unlink(missing_ok=True)
        raise
    return counts


def _parse(line: str, number: int, source: Path) -> dict[str, Any]:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        raise BackupError(
            f"{source.name}: line {number} is not JSON ({exc.msg}); the file is damaged"
        ) from exc
    if not isinstance(record, dict):
        raise BackupError(f"{source.name}: line {number} is not a JSON object; the file is damaged")
    return record


def _check_header(kind: Any, header: dict[str, Any], source: Path) -> None:
    if kind != "avvik-export":
        raise BackupError(
            f"{source.name}: not an avvik export (no header line); give a file from `avvik export`"
        )
    if header.get("format") != FORMAT or int(header.get("schema_version", 0)) > SCHEMA_VERSION:
        raise BackupError(
            f"{source.name}: export format {header.get('format')} / schema "
            f"{header.get('schema_version')} is newer than this avvik; upgrade avvik and retry"
        )


def _restore_file(record: dict[str, Any], files_dir: Path, number: int, source: Path) -> Path:
    sha = str(record.get("sha256", ""))
    if len(sha) != 64 or any(c not in "0123456789abcdef" for c in sha):
        raise BackupError(f"{source.name}: line {number} names a file by a bad sha256; the file is damaged")
    try:
        data = base64.b64decode(str(record.get("data", "")), validate=True)
    except ValueError as exc:  # binascii.Error
        raise BackupError(
            f"{source.name}: line {number}: the file's data is not base64; the file is damaged"
        ) from exc
    if hashlib.sha256(data).hexdigest() != sha:
        raise BackupError(
            f"{source.name}: line {number}: the file's bytes do not match its sha256; the file is damaged"
        )
    target = files_dir / f"{sha}.pdf"
    files_dir.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f"{sha}.{os.getpid()}.tmp")
    tmp.write_bytes(data)
    tmp.replace(target)
    return target
