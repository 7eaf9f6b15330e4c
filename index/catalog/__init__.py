"""The system of record: ``Catalog`` is its interface (``interface``), ``SqlCatalog`` the implementation
(``sql`` and the ``sql_*`` modules) on one of two databases (``database``): a SQLite file
(``sqlite_database``, ``sqlite_schema``), the embedded default, or a PostgreSQL server
(``postgres_database``, ``postgres_schema``); ``backup`` is its JSONL export. ``open_catalog`` opens one."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from index.catalog.database import Database
from index.catalog.interface import Catalog


def open_catalog(path: Path, url: str | None = None) -> Catalog:
    """The catalog on the PostgreSQL server at ``url`` if one is given, else in the SQLite file at ``path``
    (made, or migrated to this avvik's version, on open)."""
    from index.catalog.sql import SqlCatalog

    if url:
        from index.catalog import postgres_schema
        from index.catalog.postgres_database import PostgresDatabase

        return SqlCatalog(_upgraded(PostgresDatabase(url), postgres_schema.upgrade))
    from index.catalog import sqlite_schema
    from index.catalog.sqlite_database import SqliteDatabase

    return SqlCatalog(_upgraded(SqliteDatabase(path), sqlite_schema.upgrade))


D = TypeVar("D", bound=Database)


def _upgraded(database: D, upgrade: Callable[[D], None]) -> D:
    try:
        upgrade(database)
    except BaseException:
        database.close()
        raise
    return database
