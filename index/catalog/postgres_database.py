"""The catalog on a PostgreSQL server (``AVVIK_DATABASE_URL``), through psycopg: one connection per process
(its schema: ``postgres_schema``).

The connection is in autocommit mode: a read is one statement, a write block one ``transaction``. The
process's threads (the app's browser sessions) take turns on it, a transaction whole: no thread's read
runs inside another's transaction. The catalog's SQL is written with ``?`` placeholders (both databases
read it); they become psycopg's ``%s`` here. Lists of ids travel as one JSON parameter
(``json_array_elements_text``), as in SQLite.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from functools import lru_cache
from typing import Any

import psycopg
from psycopg.conninfo import conninfo_to_dict

from index.catalog.database import Cursor
from index.errors import StoreUnreachable

CONNECT_TIMEOUT_S = 10
IDENTITIES = (("reviews", "review_id"), ("audit", "audit_id"))


class Row(tuple[Any, ...]):
    """A row by position, by column name, and as ``dict(row)`` (what ``sqlite3.Row`` gives)."""

    names: dict[str, int]

    def __getitem__(self, key: Any) -> Any:
        return super().__getitem__(self.names[key] if isinstance(key, str) else key)

    def keys(self) -> list[str]:
        return list(self.names)


def _row_factory(cursor: Any) -> Callable[[Sequence[Any]], Row]:
    names = {column.name: i for i, column in reversed(list(enumerate(cursor.description or ())))}

    def make(values: Sequence[Any]) -> Row:
        row = Row(values)
        row.names = names
        return row

    return make


@lru_cache(maxsize=1024)
def _placeholders(sql: str) -> str:
    return sql.replace("%", "%%").replace("?", "%s")


def describe(url: str) -> str:
    """The server and database of a URL, without its password (for messages)."""
    try:
        parts = conninfo_to_dict(url)
    except psycopg.ProgrammingError:
        return "the PostgreSQL server of AVVIK_DATABASE_URL"
    host = parts.get("host") or "localhost"
    return f"postgresql://{host}:{parts.get('port') or 5432}/{parts.get('dbname') or ''}"


class PostgresDatabase:
    ids = "SELECT value FROM json_array_elements_text(?::json)"
    skip_locked = " FOR UPDATE SKIP LOCKED"
    Error = psycopg.Error
    shared = True

    def __init__(self, url: str) -> None:
        try:
            self.connection = psycopg.connect(
                url, autocommit=True, row_factory=_row_factory, connect_timeout=CONNECT_TIMEOUT_S
            )
        except psycopg.Error as exc:
            reason = str(exc).strip().splitlines()[-1] if str(exc).strip() else type(exc).__name__
            raise StoreUnreachable(
                f"cannot open the catalog at {describe(url)} ({reason}); check AVVIK_DATABASE_URL and that "
                "the server is running"
            ) from exc
        self._lock = threading.RLock()

    def execute(self, sql: str, params: Sequence[Any] = ()) -> Cursor:
        with self._lock:
            return self.connection.execute(_placeholders(sql), params)

    def executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        with self._lock, self.connection.cursor() as cursor:
            cursor.executemany(_placeholders(sql), rows)

    @contextmanager
    def transaction(self) -> Iterator[PostgresDatabase]:
        with self._lock, self.connection.transaction():
            yield self

    @contextmanager
    def snapshot(self) -> Iterator[None]:
        with self._lock, self.connection.transaction():
            self.connection.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
            yield

    def json_array(self, expression: str) -> str:
        return f"json_agg(DISTINCT {expression})::text"

    def columns(self, table: str) -> list[str]:
        sql = (
            "SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema()"
            " AND table_name = ? ORDER BY ordinal_position"
        )
        return [r[0] for r in self.execute(sql, (table,))]

    def after_restore(self) -> None:
        """Identities go on from the largest id restored (rows came in with their own)."""
        for table, column in IDENTITIES:
            self.execute(
                f"SELECT setval(pg_get_serial_sequence('{table}', '{column}'),"
                f" coalesce(max({column}), 0) + 1, false) FROM {table}"
            )

    def close(self) -> None:
        self.connection.close()
