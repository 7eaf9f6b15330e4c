"""The catalog's population figures (per municipality and year) and its audit trail of the writes that
are not reviews (uploads, metadata edits, population tables)."""

from __future__ import annotations

import json
import time
from collections.abc import Mapping, Sequence
from typing import Any

from index.catalog.interface import PopulationFigure
from index.catalog.sql_base import SqlBase


class SqlPopulation(SqlBase):
    def store_population(self, figures: Sequence[PopulationFigure], source: str, user: str | None) -> int:
        now = time.time()
        with self.transaction() as db:
            db.executemany(
                "INSERT INTO population(municipality, year, inhabitants, source, loaded_at, loaded_by)"
                " VALUES (?,?,?,?,?,?) ON CONFLICT(municipality, year) DO UPDATE SET"
                " inhabitants = excluded.inhabitants, source = excluded.source,"
                " loaded_at = excluded.loaded_at, loaded_by = excluded.loaded_by",
                [(f.municipality, f.year, f.inhabitants, source, now, user) for f in figures],
            )
        return len(figures)

    def population(self) -> list[PopulationFigure]:
        sql = "SELECT municipality, year, inhabitants FROM population ORDER BY municipality, year"
        return [PopulationFigure(r[0], int(r[1]), int(r[2])) for r in self.db.execute(sql)]

    def record(
        self,
        action: str,
        user: str | None,
        report_id: str | None = None,
        details: Mapping[str, Any] | None = None,
    ) -> None:
        with self.transaction() as db:
            db.execute(
                'INSERT INTO audit(at, "user", action, report_id, details) VALUES (?,?,?,?,?)',
                (time.time(), user, action, report_id, json.dumps(dict(details or {}), ensure_ascii=False)),
            )

    def audit_trail(self) -> list[dict[str, Any]]:
        rows = [dict(r) for r in self.db.execute("SELECT * FROM audit ORDER BY audit_id")]
        for row in rows:
            row["details"] = json.loads(row["details"])
        return rows
