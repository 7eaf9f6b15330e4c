"""The catalog's side of a backup (``index.catalog.backup``): the exported rows in one snapshot, and a
restore in one transaction."""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from typing import Any

from index.catalog.database import Database
from index.catalog.sql_base import DONE, TABLES, SqlBase
from index.errors import BackupError

EXPORTED = {
    "reports": "SELECT * FROM reports WHERE status = 'done' ORDER BY ingested_at, report_id",
    "explanations": f"SELECT e.* FROM explanations e JOIN reports r ON r.report_id = e.report_id WHERE {DONE}"
    " ORDER BY r.ingested_at, e.report_id, e.position",
    "tags": "SELECT * FROM tags WHERE explanation_id IN"
    f" (SELECT e.explanation_id FROM explanations e WHERE {DONE}) ORDER BY explanation_id, tag",
    "reviews": "SELECT * FROM reviews ORDER BY review_id",
    "population": "SELECT * FROM population ORDER BY municipality, year",
    "audit": "SELECT * FROM audit ORDER BY audit_id",
}
NOT_EXPORTED = {"reports": ("status", "stored_path")}
JSON_COLUMNS = {"explanations": ("bbox", "flags"), "reviews": ("previous",), "audit": ("details",)}


class SqlBackup(SqlBase):
    def snapshot(self) -> AbstractContextManager[None]:
        return self.db.snapshot()

    def rows(self, table: str) -> Iterator[dict[str, Any]]:
        cursor = self.db.execute(EXPORTED[table])
        names = [d[0] for d in cursor.description]
        skip = NOT_EXPORTED.get(table, ())
        for values in cursor:
            row = {k: v for k, v in zip(names, values, strict=True) if k not in skip}
            for key in JSON_COLUMNS.get(table, ()):
                if isinstance(row.get(key), str):
                    row[key] = json.loads(row[key])
            yield row

    def holds_anything(self) -> bool:
        sql = (
            "SELECT (SELECT count(*) FROM reports) + (SELECT count(*) FROM reviews)"
            " + (SELECT count(*) FROM population)"
        )
        return bool(self.db.execute(sql).fetchone()[0])

    @contextmanager
    def restoring(self) -> Iterator[_Restore]:
        with self.transaction() as db:
            yield _Restore(db)
            db.after_restore()


class _Restore:
    """Rows written inside ``SqlCatalog.restoring``'s transaction."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self.columns = {t: set(db.columns(t)) for t in TABLES}

    def insert(self, table: str, row: dict[str, Any]) -> None:
        row = {k: v for k, v in row.items() if k in self.columns[table]}
        for key in JSON_COLUMNS.get(table, ()):
            if key in row and not isinstance(row[key], str) and row[key] is not None:
                row[key] = json.dumps(row[key])
        if table == "reports":
            row["status"] = "done"
        names = list(row)
        quoted = ", ".join(f'"{n}"' for n in names)  # ``user`` is a keyword of PostgreSQL's
        try:
            self.db.execute(
                f"INSERT INTO {table}({quoted}) VALUES ({', '.join('?' * len(names))})",
                [row[n] for n in names],
            )
        except self.db.Error as exc:
            raise BackupError(f"cannot be restored ({exc})") from exc

    def set_stored_path(self, sha256: str, path: str) -> None:
        self.db.execute("UPDATE reports SET stored_path = ? WHERE sha256 = ?", (path, sha256))
