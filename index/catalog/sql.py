"""The catalog (``SqlCatalog``) on SQLite or PostgreSQL: its reports, explanations and chains, and the cached
document vectors here; reviews, aggregations, population, claims and backup rows in the ``sql_*`` modules
it is made of. Every SQL statement of avvik is in these modules (and the schemas')."""

from __future__ import annotations

import json
import time
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace

import numpy as np

from extract.types import Explanation, Report
from index.catalog.interface import Chained, ReportState, content_hash
from index.catalog.sql_aggregates import SqlAggregates
from index.catalog.sql_backup import SqlBackup
from index.catalog.sql_base import DONE, TABLES, explanation_from_row, id_list, report_from_row
from index.catalog.sql_claims import SqlClaims
from index.catalog.sql_population import SqlPopulation
from index.catalog.sql_reviews import SqlReviews, follow_moved_reviews


class SqlCatalog(SqlReviews, SqlAggregates, SqlPopulation, SqlClaims, SqlBackup):
    @property
    def shared(self) -> bool:
        return self.db.shared

    # -- meta -----------------------------------------------------------------------------------------
    def meta(self, key: str) -> str | None:
        row = self.db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def set_meta(self, key: str, value: str) -> None:
        self.db.execute(
            "INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (key, value),
        )

    def clear_meta(self, key: str) -> None:
        self.db.execute("DELETE FROM meta WHERE key = ?", (key,))

    # -- reports --------------------------------------------------------------------------------------
    def report_state(self, sha256: str) -> ReportState | None:
        sql = "SELECT status, tagger_version FROM reports WHERE sha256 = ?"
        row = self.db.execute(sql, (sha256,)).fetchone()
        return ReportState(row[0], row[1]) if row else None

    def write_report(
        self,
        report: Report,
        explanations: Sequence[Explanation],
        tagger_version: str,
        stored_path: str | None,
    ) -> list[Explanation]:
        hashes = {e.explanation_id: content_hash(e.text) for e in explanations}
        with self.transaction() as db:
            old_ids = [
                r[0]
                for r in db.execute(
                    "SELECT explanation_id FROM explanations WHERE report_id = ?", (report.report_id,)
                )
            ]
            db.execute("DELETE FROM reports WHERE report_id = ?", (report.report_id,))
            db.execute(
                "INSERT INTO reports(report_id, source, sha256, municipality, committee, period, report_type,"
                " n_pages, stored_path, status, ingested_at, tagger_version)"
                " VALUES (?,?,?,?,?,?,?,?,?, 'pending', ?, ?)",
                (
                    report.report_id,
                    report.source,
                    report.sha256,
                    report.municipality,
                    report.committee,
                    report.period,
                    report.report_type,
                    report.n_pages,
                    stored_path,
                    time.time(),
                    tagger_version,
                ),
            )
            follow_moved_reviews(db, old_ids, hashes)
            db.executemany(
                "INSERT INTO explanations(explanation_id, report_id, position, kind, area, direction,"
                " amount_sek, text, page, bbox, flags, carry_over_of, content_hash, same_as)"
                " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                [
                    (
                        e.explanation_id,
                        report.report_id,
                        position,
                        e.kind,
                        e.area,
                        e.direction,
                        e.amount_sek,
                        e.text,
                        e.page,
                        json.dumps(list(e.bbox)),
                        json.dumps(list(e.flags)),
                        e.carry_over_of,
                        hashes[e.explanation_id],
                        e.same_as,
                    )
                    for position, e in enumerate(explanations)
                ],
            )
            db.executemany(
                "INSERT INTO tags(explanation_id, tag, score, evidence, source, tagger_version)"
                " VALUES (?,?,?,?,?,?)",
                [
                    (e.explanation_id, t.tag, t.score, t.evidence, t.source, tagger_version)
                    for e in explanations
                    for t in e.tags
                ],
            )
            reviewed = db.execute(
                f"SELECT DISTINCT explanation_id FROM reviews WHERE undone = 0 AND explanation_id IN ({db.ids})",
                (id_list(hashes),),
            ).fetchall()
            tags = self._effective_tags([r[0] for r in reviewed])
        return [
            replace(e, tags=tags[e.explanation_id]) if e.explanation_id in tags else e for e in explanations
        ]

    def mark_done(self, report_id: str) -> None:
        self.db.execute("UPDATE reports SET status = 'done' WHERE report_id = ?", (report_id,))

    def delete_report(self, report_id: str) -> None:
        with self.transaction() as db:
            db.execute("DELETE FROM reports WHERE report_id = ?", (report_id,))

    def update_report(self, report_id: str, **fields: str | None) -> None:
        allowed = ("municipality", "committee", "period", "report_type")
        sets = {k: v for k, v in fields.items() if k in allowed}
        if sets:
            assignments = ", ".join(f"{k} = ?" for k in sets)
            sql = f"UPDATE reports SET {assignments} WHERE report_id = ?"
            self.db.execute(sql, (*sets.values(), report_id))

    def reports(self, status: str | None = "done") -> list[Report]:
        sql = "SELECT * FROM reports" + (" WHERE status = ?" if status else "") + " ORDER BY period, source"
        return [report_from_row(r) for r in self.db.execute(sql, (status,) if status else ())]

    def report(self, report_id: str) -> Report | None:
        row = self.db.execute("SELECT * FROM reports WHERE report_id = ?", (report_id,)).fetchone()
        return report_from_row(row) if row else None

    def report_of(self, explanation_id: str) -> Report | None:
        row = self.db.execute(
            "SELECT r.* FROM reports r JOIN explanations e ON e.report_id = r.report_id"
            " WHERE e.explanation_id = ?",
            (explanation_id,),
        ).fetchone()
        return report_from_row(row) if row else None

    def stored_path(self, report_id: str) -> str | None:
        row = self.db.execute("SELECT stored_path FROM reports WHERE report_id = ?", (report_id,)).fetchone()
        return row[0] if row else None

    def pending_reports(self) -> list[str]:
        return [r[0] for r in self.db.execute("SELECT report_id FROM reports WHERE status = 'pending'")]

    def municipalities(self) -> set[str]:
        sql = "SELECT DISTINCT municipality FROM reports WHERE status = 'done' AND municipality IS NOT NULL"
        return {r[0] for r in self.db.execute(sql)}

    def count(self, table: str) -> int:
        if table not in TABLES:
            raise ValueError(f"no table {table!r}; one of {TABLES}")
        where = " WHERE status = 'done'" if table == "reports" else ""
        return int(self.db.execute(f"SELECT count(*) FROM {table}{where}").fetchone()[0])

    # -- explanations ---------------------------------------------------------------------------------
    def explanations(
        self, report_id: str | None = None, ids: Iterable[str] | None = None
    ) -> list[Explanation]:
        if ids is not None:
            sql = (
                f"SELECT * FROM explanations WHERE explanation_id IN ({self.db.ids}) ORDER BY explanation_id"
            )
            rows = self.db.execute(sql, (id_list(ids),))
        elif report_id is not None:
            rows = self.db.execute(
                "SELECT * FROM explanations WHERE report_id = ? ORDER BY position", (report_id,)
            )
        else:
            rows = self.db.execute("SELECT * FROM explanations ORDER BY report_id, position")
        return self._with_tags(rows.fetchall(), every=report_id is None and ids is None)

    def done_explanation_ids(self) -> dict[str, str]:
        sql = f"SELECT e.explanation_id, e.report_id FROM explanations e WHERE {DONE}"
        return {r[0]: r[1] for r in self.db.execute(sql)}

    def carry_over_candidates(self, report: Report) -> list[tuple[str, str]]:
        if not report.committee or not report.period:
            return []
        return [
            (r[0], r[1])
            for r in self.db.execute(
                "SELECT coalesce(carry_over_of, explanation_id), text FROM explanations WHERE report_id ="
                " (SELECT report_id FROM reports WHERE committee = ? AND coalesce(municipality, '') ="
                " coalesce(?, '') AND period < ? AND status = 'done' ORDER BY period DESC LIMIT 1)",
                (report.committee, report.municipality, report.period),
            )
        ]

    def chained(self, ids: Sequence[str]) -> list[Chained]:
        rows = self.db.execute(
            "WITH hit AS (SELECT e.*, coalesce(e.carry_over_of, e.explanation_id) AS root, r.source AS r_source,"
            " r.sha256 AS r_sha256, r.municipality AS r_municipality, r.committee AS r_committee,"
            " r.period AS r_period, r.report_type AS r_report_type, r.n_pages AS r_n_pages"
            " FROM explanations e JOIN reports r ON r.report_id = e.report_id"
            f" WHERE e.explanation_id IN ({self.db.ids}) AND r.status = 'done'),"
            " roots AS (SELECT DISTINCT root FROM hit),"
            " members AS (SELECT roots.root, c.report_id FROM roots"
            " JOIN explanations c ON c.explanation_id = roots.root"
            " UNION ALL SELECT roots.root, c.report_id FROM roots"
            " JOIN explanations c ON c.carry_over_of = roots.root),"
            f" chain AS (SELECT m.root, {self.db.json_array('r.period')} AS periods FROM members m"
            " JOIN reports r ON r.report_id = m.report_id WHERE r.status = 'done' AND r.period IS NOT NULL"
            " GROUP BY m.root)"
            " SELECT hit.*, coalesce(chain.periods, '[]') AS chain_periods FROM hit"
            " LEFT JOIN chain ON chain.root = hit.root",
            (id_list(ids),),
        ).fetchall()
        tags = self._effective_tags([r["explanation_id"] for r in rows])
        return [
            Chained(
                explanation_from_row(r, tags.get(r["explanation_id"], ())),
                Report(
                    r["report_id"],
                    r["r_source"],
                    r["r_sha256"],
                    r["r_municipality"],
                    r["r_committee"],
                    r["r_period"],
                    r["r_report_type"],
                    r["r_n_pages"],
                ),
                r["root"],
                tuple(sorted(json.loads(r["chain_periods"]))),
            )
            for r in rows
        ]

    def deviation_pages(self, deviation_ids: Sequence[str]) -> dict[str, tuple[int, ...]]:
        pages: dict[str, list[int]] = {}
        sql = f"SELECT e.same_as, e.page FROM explanations e WHERE e.same_as IN ({self.db.ids}) AND {DONE}"
        for deviation, page in self.db.execute(sql, (id_list(deviation_ids),)):
            pages.setdefault(deviation, []).append(page)
        return {deviation: tuple(sorted(set(found))) for deviation, found in pages.items()}

    # -- cached document vectors ----------------------------------------------------------------------
    def cached_vectors(self, hashes: Sequence[str], model: str) -> dict[str, np.ndarray]:
        sql = (
            f"SELECT content_hash, vector FROM embeddings WHERE model = ? AND content_hash IN ({self.db.ids})"
        )
        return {
            h: np.frombuffer(bytes(blob), dtype=np.float32)
            for h, blob in self.db.execute(sql, (model, id_list(hashes)))
        }

    def store_vectors(self, vectors: Mapping[str, np.ndarray], model: str) -> None:
        with self.transaction() as db:
            db.executemany(
                "INSERT INTO embeddings(content_hash, model, vector) VALUES (?,?,?)"
                " ON CONFLICT(content_hash, model) DO UPDATE SET vector = excluded.vector",
                [(h, model, np.asarray(v, dtype=np.float32).tobytes()) for h, v in vectors.items()],
            )
