"""The system of record: ``Catalog`` is its interface (``interface``), ``SqliteCatalog`` the implementation
(``sqlite``, with ``schema``), ``backup`` its JSONL export; ``open_catalog`` opens one."""

from __future__ import annotations

from pathlib import Path

from index.catalog.interface import Catalog


def open_catalog(path: Path) -> Catalog:
    """The catalog in the SQLite file at ``path`` (made, or migrated to this avvik's version, on open)."""
    from index.catalog.sqlite import SqliteCatalog

    return SqliteCatalog(path)
