"""The catalog's base: its database (SQLite or PostgreSQL, ``database``), the tags after review of a set of
explanations, and how rows become core types."""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Sequence
from contextlib import AbstractContextManager
from typing import Any

from extract.types import Explanation, Report, Tag
from index.catalog.database import Database

COUNTED = "e.flags NOT LIKE '%\"boilerplate\"%'"
DONE = "e.report_id IN (SELECT report_id FROM reports WHERE status = 'done')"
TABLES = ("reports", "explanations", "tags", "reviews", "population", "audit")
CHUNK = 500  # literal values per statement (SQLite allows 32,766 variables, PostgreSQL 65,535)


def id_list(values: Iterable[str]) -> str:
    return json.dumps(list(values))


class SqlBase:
    def __init__(self, db: Database) -> None:
        self.db = db

    def close(self) -> None:
        self.db.close()

    def transaction(self) -> AbstractContextManager[Database]:
        return self.db.transaction()

    def _with_tags(self, rows: list[Any], *, every: bool = False) -> list[Explanation]:
        """Rows of ``explanations`` as explanations with their tags after review (``every``: all rows)."""
        tags = self._effective_tags(None if every else [r["explanation_id"] for r in rows])
        return [explanation_from_row(r, tags.get(r["explanation_id"], ())) for r in rows]

    def _effective_tags(self, ids: Sequence[str] | None) -> dict[str, tuple[Tag, ...]]:
        """The tags after review (the ``effective_tags`` view) of these explanations (None: of all), best
        first. The ids go in as a list of literals, in chunks: SQLite pushes such a list down into both arms
        of the view (an index search), a subquery it does not (a scan of every tag)."""
        found: dict[str, list[tuple[float, int, str, Tag]]] = defaultdict(list)
        if ids is None:
            batches: list[tuple[str, list[str]]] = [("", [])]
        else:
            chunks = [list(ids[i : i + CHUNK]) for i in range(0, len(ids), CHUNK)]
            batches = [(f" WHERE explanation_id IN ({','.join('?' * len(c))})", c) for c in chunks]
        for where, chunk in batches:
            for r in self.db.execute(f"SELECT * FROM effective_tags{where}", chunk):
                tag = Tag(r["tag"], r["score"], r["evidence"], r["source"])
                found[r["explanation_id"]].append((-r["score"], r["since"], r["tag"], tag))
        return {i: tuple(t[-1] for t in sorted(tags)) for i, tags in found.items()}


def report_from_row(row: Any) -> Report:
    return Report(
        row["report_id"],
        row["source"],
        row["sha256"],
        row["municipality"],
        row["committee"],
        row["period"],
        row["report_type"],
        row["n_pages"],
    )


def explanation_from_row(row: Any, tags: tuple[Tag, ...]) -> Explanation:
    return Explanation(
        explanation_id=row["explanation_id"],
        report_id=row["report_id"],
        kind=row["kind"],
        area=row["area"],
        direction=row["direction"],
        amount_sek=row["amount_sek"],
        text=row["text"],
        page=row["page"],
        bbox=tuple(json.loads(row["bbox"])),  # type: ignore[arg-type]
        tags=tags,
        flags=tuple(json.loads(row["flags"])),
        carry_over_of=row["carry_over_of"],
        same_as=row["same_as"],
    )
