"""The system of record: a SQLite file with reports, explanations, tags, reviews and cached embeddings.

One transaction per report. A report is ``pending`` while its vectors are being written and ``done``
after; anything still pending at the next start is rolled back by the ingest (see ``index.ingest``).
WAL mode and a busy timeout let an ingest and a reviewer write at the same time.
"""

from __future__ import annotations

import json
import sqlite3
import threading
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import Any

import numpy as np

from extract.types import Explanation, Report, Tag

SCHEMA_VERSION = 2

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS reports (
    report_id TEXT PRIMARY KEY,
    source TEXT NOT NULL,
    sha256 TEXT NOT NULL UNIQUE,
    municipality TEXT,
    committee TEXT,
    period TEXT,
    report_type TEXT,
    n_pages INTEGER NOT NULL,
    stored_path TEXT,
    status TEXT NOT NULL DEFAULT 'pending',
    ingested_at REAL NOT NULL,
    tagger_version TEXT
);
CREATE TABLE IF NOT EXISTS explanations (
    explanation_id TEXT PRIMARY KEY,
    report_id TEXT NOT NULL REFERENCES reports(report_id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    kind TEXT NOT NULL,
    area TEXT,
    direction TEXT,
    amount_sek REAL,
    text TEXT NOT NULL,
    page INTEGER NOT NULL,
    bbox TEXT NOT NULL,
    flags TEXT NOT NULL DEFAULT '[]',
    carry_over_of TEXT,
    content_hash TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS explanations_report ON explanations(report_id);
CREATE TABLE IF NOT EXISTS tags (
    explanation_id TEXT NOT NULL REFERENCES explanations(explanation_id) ON DELETE CASCADE,
    tag TEXT NOT NULL,
    score REAL NOT NULL,
    evidence TEXT NOT NULL,
    source TEXT NOT NULL,
    tagger_version TEXT NOT NULL,
    PRIMARY KEY (explanation_id, tag)
);
CREATE TABLE IF NOT EXISTS reviews (
    review_id INTEGER PRIMARY KEY AUTOINCREMENT,
    explanation_id TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    tag TEXT NOT NULL,
    decision TEXT NOT NULL CHECK (decision IN ('accept', 'reject', 'add')),
    reviewer TEXT NOT NULL,
    created_at REAL NOT NULL,
    previous TEXT,
    undone INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS reviews_explanation ON reviews(explanation_id);
CREATE TABLE IF NOT EXISTS embeddings (
    content_hash TEXT NOT NULL,
    model TEXT NOT NULL,
    vector BLOB NOT NULL,
    PRIMARY KEY (content_hash, model)
);
CREATE TABLE IF NOT EXISTS index_queue (explanation_id TEXT PRIMARY KEY, queued_at REAL NOT NULL);
"""


class Catalog:
    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self.db = sqlite3.connect(path, timeout=30.0, isolation_level=None, check_same_thread=False)
        self._write_lock = threading.RLock()
        self.db.row_factory = sqlite3.Row
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA busy_timeout=30000")
        self.db.execute("PRAGMA foreign_keys=ON")
        self.db.execute("PRAGMA synchronous=NORMAL")
        self.db.executescript(SCHEMA)
        self._migrate()
        self.set_meta("schema_version", str(SCHEMA_VERSION))

    def _migrate(self) -> None:
        """Version 1 -> 2: reports remember the tagger version that tagged them."""
        columns = {r[1] for r in self.db.execute("PRAGMA table_info(reports)")}
        if "tagger_version" not in columns:
            with self.transaction() as db:
                db.execute("ALTER TABLE reports ADD COLUMN tagger_version TEXT")
                db.execute(
                    "UPDATE reports SET tagger_version = (SELECT max(t.tagger_version) FROM tags t"
                    " JOIN explanations e ON e.explanation_id = t.explanation_id"
                    " WHERE e.report_id = reports.report_id)"
                )

    def close(self) -> None:
        self.db.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One write transaction at a time on this connection (the app shares it between browser sessions,
        each on its own thread); other processes wait on SQLite's busy timeout."""
        with self._write_lock:
            self.db.execute("BEGIN IMMEDIATE")
            try:
                yield self.db
            except BaseException:
                self.db.execute("ROLLBACK")
                raise
            self.db.execute("COMMIT")

    # -- meta -----------------------------------------------------------------------------------------
    def set_meta(self, key: str, value: str) -> None:
        self.db.execute(
            "INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = ?",
            (key, value, value),
        )

    def meta(self, key: str) -> str | None:
        row = self.db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def clear_meta(self, key: str) -> None:
        self.db.execute("DELETE FROM meta WHERE key = ?", (key,))

    # -- reports --------------------------------------------------------------------------------------
    def report_status(self, sha256: str) -> str | None:
        row = self.db.execute("SELECT status FROM reports WHERE sha256 = ?", (sha256,)).fetchone()
        return row[0] if row else None

    def report_state(self, sha256: str) -> tuple[str, str | None] | None:
        """(status, tagger version) of the report with this content, or None."""
        sql = "SELECT status, tagger_version FROM reports WHERE sha256 = ?"
        row = self.db.execute(sql, (sha256,)).fetchone()
        return (row[0], row[1]) if row else None

    def write_report(
        self,
        report: Report,
        explanations: Iterable[Explanation],
        tagger_version: str,
        stored_path: str | None,
    ) -> None:
        """Write a report and its explanations and tags in one transaction, marked pending.

        Reviews are never deleted: they are keyed by explanation id and content hash, and a review whose
        text moved to another position (another id) in the new version of the report follows its text.
        """
        explanations = list(explanations)
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
            _follow_moved_reviews(db, old_ids, {e.explanation_id: content_hash(e.text) for e in explanations})
            for position, exp in enumerate(explanations):
                db.execute(
                    "INSERT INTO explanations(explanation_id, report_id, position, kind, area, direction,"
                    " amount_sek, text, page, bbox, flags, carry_over_of, content_hash)"
                    " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                    (
                        exp.explanation_id,
                        report.report_id,
                        position,
                        exp.kind,
                        exp.area,
                        exp.direction,
                        exp.amount_sek,
                        exp.text,
                        exp.page,
                        json.dumps(list(exp.bbox)),
                        json.dumps(list(exp.flags)),
                        exp.carry_over_of,
                        content_hash(exp.text),
                    ),
                )
                db.executemany(
                    "INSERT INTO tags(explanation_id, tag, score, evidence, source, tagger_version)"
                    " VALUES (?,?,?,?,?,?)",
                    [
                        (exp.explanation_id, t.tag, t.score, t.evidence, t.source, tagger_version)
                        for t in exp.tags
                    ],
                )

    def mark_done(self, report_id: str) -> None:
        self.db.execute("UPDATE reports SET status = 'done' WHERE report_id = ?", (report_id,))

    def delete_report(self, report_id: str) -> None:
        with self.transaction() as db:
            db.execute("DELETE FROM reports WHERE report_id = ?", (report_id,))

    def pending_reports(self) -> list[str]:
        return [r[0] for r in self.db.execute("SELECT report_id FROM reports WHERE status = 'pending'")]

    def done_explanation_ids(self) -> dict[str, str]:
        """explanation_id -> report_id for every explanation of a finished report."""
        return {
            r[0]: r[1]
            for r in self.db.execute(
                "SELECT e.explanation_id, e.report_id FROM explanations e"
                " JOIN reports r ON r.report_id = e.report_id WHERE r.status = 'done'"
            )
        }

    def update_report(self, report_id: str, **fields: str | None) -> None:
        allowed = {"municipality", "committee", "period", "report_type"}
        sets = {k: v for k, v in fields.items() if k in allowed}
        if not sets:
            return
        assignments = ", ".join(f"{k} = ?" for k in sets)
        self.db.execute(f"UPDATE reports SET {assignments} WHERE report_id = ?", (*sets.values(), report_id))

    def reports(self, status: str | None = "done") -> list[Report]:
        sql = "SELECT * FROM reports" + (" WHERE status = ?" if status else "") + " ORDER BY period, source"
        return [_report(r) for r in self.db.execute(sql, (status,) if status else ())]

    def report(self, report_id: str) -> Report | None:
        row = self.db.execute("SELECT * FROM reports WHERE report_id = ?", (report_id,)).fetchone()
        return _report(row) if row else None

    def stored_path(self, report_id: str) -> str | None:
        row = self.db.execute("SELECT stored_path FROM reports WHERE report_id = ?", (report_id,)).fetchone()
        return row[0] if row else None

    # -- explanations ---------------------------------------------------------------------------------
    def explanations(
        self, report_id: str | None = None, ids: Iterable[str] | None = None
    ) -> list[Explanation]:
        if ids is not None:
            wanted = list(ids)
            rows: list[sqlite3.Row] = []
            for start in range(0, len(wanted), 500):
                chunk = wanted[start : start + 500]
                marks = ",".join("?" * len(chunk))
                sql = f"SELECT * FROM explanations WHERE explanation_id IN ({marks})"
                rows.extend(self.db.execute(sql, chunk))
        elif report_id is not None:
            rows = list(
                self.db.execute(
                    "SELECT * FROM explanations WHERE report_id = ? ORDER BY position", (report_id,)
                )
            )
        else:
            rows = list(self.db.execute("SELECT * FROM explanations ORDER BY report_id, position"))
        tags = self._effective_tags([r["explanation_id"] for r in rows])
        return [_explanation(r, tags.get(r["explanation_id"], ())) for r in rows]

    def count(self, table: str) -> int:
        assert table in {"reports", "explanations", "tags", "reviews"}
        where = " WHERE status = 'done'" if table == "reports" else ""
        return int(self.db.execute(f"SELECT count(*) FROM {table}{where}").fetchone()[0])

    def report_of(self, explanation_id: str) -> Report | None:
        row = self.db.execute(
            "SELECT r.* FROM reports r JOIN explanations e ON e.report_id = r.report_id"
            " WHERE e.explanation_id = ?",
            (explanation_id,),
        ).fetchone()
        return _report(row) if row else None

    def previous_report_explanations(self, report: Report) -> list[tuple[str, str]]:
        """(explanation_id, text) of the same committee's latest earlier report, for carry-over marking."""
        if not report.committee or not report.period:
            return []
        row = self.db.execute(
            "SELECT report_id FROM reports WHERE committee = ?"
            " AND coalesce(municipality, '') = coalesce(?, '') AND period < ? AND status = 'done'"
            " ORDER BY period DESC LIMIT 1",
            (report.committee, report.municipality, report.period),
        ).fetchone()
        if not row:
            return []
        return [
            (r[0], r[1])
            for r in self.db.execute(
                "SELECT explanation_id, text FROM explanations WHERE report_id = ?", (row[0],)
            )
        ]

    # -- tags and reviews -----------------------------------------------------------------------------
    def _effective_tags(self, ids: list[str]) -> dict[str, tuple[Tag, ...]]:
        """Model tags with reviews applied: a rejected tag disappears, an accepted or added one wins."""
        result: dict[str, dict[str, Tag]] = {i: {} for i in ids}
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            marks = ",".join("?" * len(chunk))
            for r in self.db.execute(f"SELECT * FROM tags WHERE explanation_id IN ({marks})", chunk):
                result[r["explanation_id"]][r["tag"]] = Tag(r["tag"], r["score"], r["evidence"], r["source"])
            for r in self.db.execute(
                "SELECT explanation_id, tag, decision FROM reviews"
                f" WHERE undone = 0 AND explanation_id IN ({marks}) ORDER BY review_id",
                chunk,
            ):
                tags = result[r["explanation_id"]]
                if r["decision"] == "reject":
                    tags.pop(r["tag"], None)
                else:
                    old = tags.get(r["tag"])
                    tags[r["tag"]] = Tag(r["tag"], 1.0, old.evidence if old else "", "review")
        return {i: tuple(sorted(t.values(), key=lambda t: -t.score)) for i, t in result.items()}

    def add_review(self, explanation_id: str, tag: str, decision: str, reviewer: str) -> int:
        """Record a review (and queue the index update, done by whichever process holds the index)."""
        with self.transaction() as db:
            before = self._effective_tags([explanation_id]).get(explanation_id, ())
            text_hash = db.execute(
                "SELECT content_hash FROM explanations WHERE explanation_id = ?", (explanation_id,)
            ).fetchone()
            cur = db.execute(
                "INSERT INTO reviews(explanation_id, content_hash, tag, decision, reviewer, created_at,"
                " previous) VALUES (?,?,?,?,?,?,?)",
                (
                    explanation_id,
                    text_hash[0] if text_hash else "",
                    tag,
                    decision,
                    reviewer,
                    time.time(),
                    json.dumps([t.tag for t in before]),
                ),
            )
            _queue(db, [explanation_id])
        return int(cur.lastrowid or 0)

    def undo_last_review(self, reviewer: str) -> int | None:
        with self.transaction() as db:
            row = db.execute(
                "SELECT review_id, explanation_id FROM reviews WHERE reviewer = ? AND undone = 0"
                " ORDER BY review_id DESC LIMIT 1",
                (reviewer,),
            ).fetchone()
            if not row:
                return None
            db.execute("UPDATE reviews SET undone = 1 WHERE review_id = ?", (row[0],))
            _queue(db, [row[1]])
        return int(row[0])

    def queued_for_index(self, explanation_id: str | None = None) -> list[tuple[str, float]]:
        """(explanation_id, queued_at) of reviews whose tags are not yet in the vector index.

        Read the queue before the tags; ``unqueue`` then removes exactly these entries, so a review
        written in between stays queued."""
        where, args = (" WHERE explanation_id = ?", (explanation_id,)) if explanation_id else ("", ())
        sql = f"SELECT explanation_id, queued_at FROM index_queue{where} ORDER BY queued_at"
        return [(r[0], r[1]) for r in self.db.execute(sql, args)]

    def unqueue(self, entries: Iterable[tuple[str, float]]) -> None:
        with self.transaction() as db:
            sql = "DELETE FROM index_queue WHERE explanation_id = ? AND queued_at = ?"
            db.executemany(sql, list(entries))

    def reviews(self) -> list[dict[str, Any]]:
        return [dict(r) for r in self.db.execute("SELECT * FROM reviews ORDER BY review_id")]

    def reviewed_examples(self) -> list[dict[str, Any]]:
        """Reviewed explanations as training examples {"text", "cats"} (a review is training data)."""
        ids = [r[0] for r in self.db.execute("SELECT DISTINCT explanation_id FROM reviews WHERE undone = 0")]
        examples = []
        for exp in self.explanations(ids=ids):
            examples.append({"text": exp.text, "cats": {t.tag: 1.0 for t in exp.tags}})
        return examples

    # -- embeddings cache -----------------------------------------------------------------------------
    def cached_vectors(self, hashes: list[str], model: str) -> dict[str, np.ndarray]:
        found: dict[str, np.ndarray] = {}
        for start in range(0, len(hashes), 500):
            chunk = hashes[start : start + 500]
            marks = ",".join("?" * len(chunk))
            for h, blob in self.db.execute(
                f"SELECT content_hash, vector FROM embeddings WHERE model = ? AND content_hash IN ({marks})",
                (model, *chunk),
            ):
                found[h] = np.frombuffer(blob, dtype=np.float32)
        return found

    def store_vectors(self, vectors: dict[str, np.ndarray], model: str) -> None:
        with self.transaction() as db:
            db.executemany(
                "INSERT OR REPLACE INTO embeddings(content_hash, model, vector) VALUES (?,?,?)",
                [(h, model, np.asarray(v, dtype=np.float32).tobytes()) for h, v in vectors.items()],
            )


def content_hash(text: str) -> str:
    import hashlib

    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()


def _queue(db: sqlite3.Connection, explanation_ids: Iterable[str]) -> None:
    db.executemany(
        "INSERT OR REPLACE INTO index_queue(explanation_id, queued_at) VALUES (?, ?)",
        [(i, time.time()) for i in explanation_ids],
    )


def _follow_moved_reviews(db: sqlite3.Connection, old_ids: list[str], new: dict[str, str]) -> None:
    """Point reviews at the explanation that now holds their text (content hash), when it moved."""
    by_hash: dict[str, str] = {}
    for explanation_id, text_hash in new.items():
        by_hash.setdefault(text_hash, explanation_id)
    ids = sorted(set(old_ids) | set(new))
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ",".join("?" * len(chunk))
        rows = db.execute(
            f"SELECT review_id, explanation_id, content_hash FROM reviews WHERE explanation_id IN ({marks})",
            chunk,
        ).fetchall()
        for review_id, explanation_id, text_hash in rows:
            target = by_hash.get(text_hash)
            if new.get(explanation_id) != text_hash and target is not None and target != explanation_id:
                db.execute("UPDATE reviews SET explanation_id = ? WHERE review_id = ?", (target, review_id))


def _report(row: sqlite3.Row) -> Report:
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


def _explanation(row: sqlite3.Row, tags: tuple[Tag, ...]) -> Explanation:
    bbox = tuple(json.loads(row["bbox"]))
    exp = Explanation(
        explanation_id=row["explanation_id"],
        report_id=row["report_id"],
        kind=row["kind"],
        area=row["area"],
        direction=row["direction"],
        amount_sek=row["amount_sek"],
        text=row["text"],
        page=row["page"],
        bbox=bbox,  # type: ignore[arg-type]
        flags=tuple(json.loads(row["flags"])),
        carry_over_of=row["carry_over_of"],
    )
    return replace(exp, tags=tags)
