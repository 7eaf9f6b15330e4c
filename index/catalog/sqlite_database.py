"""The catalog in one SQLite file: its pragmas and its write transactions (its schema: ``sqlite_schema``).

WAL mode and a busy timeout let an ingest, a reviewer and the app use the file at the same time; one write
transaction at a time per connection (the app shares its connection between browser sessions, each on its
own thread); other processes wait on SQLite's busy timeout. Lists of ids travel as one JSON parameter
(``json_each``), so a query never needs splitting however many there are.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any


class SqliteDatabase:
    ids = "SELECT value FROM json_each(?)"
    skip_locked = ""  # one write transaction at a time (BEGIN IMMEDIATE) decides a row alone
    Error = sqlite3.Error
    shared = False

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self.connection = sqlite3.connect(path, timeout=30.0, isolation_level=None, check_same_thread=False)
        self._write_lock = threading.RLock()
        self.connection.row_factory = sqlite3.Row
        for pragma in ("journal_mode=WAL", "busy_timeout=30000", "foreign_keys=ON", "synchronous=NORMAL"):
            self.connection.execute(f"PRAGMA {pragma}")

    def execute(self, sql: str, params: Sequence[Any] = ()) -> sqlite3.Cursor:
        return self.connection.execute(sql, params)

    def executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        self.connection.executemany(sql, rows)

    def executescript(self, script: str) -> None:
        self.connection.executescript(script)

    @contextmanager
    def transaction(self) -> Iterator[SqliteDatabase]:
        with self._write_lock:
            self.connection.execute("BEGIN IMMEDIATE")
            try:
                yield self
            except BaseException:
                self.connection.execute("ROLLBACK")
                raise
            self.connection.execute("COMMIT")

    @contextmanager
    def snapshot(self) -> Iterator[None]:
        self.connection.execute("BEGIN")
        try:
            yield
        finally:
            self.connection.execute("COMMIT")

    def json_array(self, expression: str) -> str:
        return f"json_group_array(DISTINCT {expression})"

    def columns(self, table: str) -> list[str]:
        return [r[1] for r in self.connection.execute(f"PRAGMA table_info({table})")]

    def after_restore(self) -> None:
        """SQLite's AUTOINCREMENT goes on from the largest id restored by itself."""

    def close(self) -> None:
        self.connection.close()
