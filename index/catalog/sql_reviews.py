"""The catalog's reviews: decisions with their audit trail, what the review queue offers, and the queue
of reviewed explanations whose tags the vector index has not had yet."""

from __future__ import annotations

import json
import time
from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import Any

from extract.types import Tag
from index.catalog.database import Database
from index.catalog.interface import Decision
from index.catalog.sql_base import COUNTED, DONE, SqlBase, id_list


class SqlReviews(SqlBase):
    def model_tags(self, ids: Sequence[str]) -> dict[str, tuple[Tag, ...]]:
        found: dict[str, list[Tag]] = defaultdict(list)
        sql = f"SELECT * FROM tags WHERE explanation_id IN ({self.db.ids}) ORDER BY explanation_id, tag"
        for r in self.db.execute(sql, (id_list(ids),)):
            found[r["explanation_id"]].append(Tag(r["tag"], r["score"], r["evidence"], r["source"]))
        return {i: tuple(sorted(found.get(i, []), key=lambda t: t.score)) for i in ids}

    def add_review(
        self, explanation_id: str, tag: str, decision: str, reviewer: str, signed_in_user: str | None = None
    ) -> int:
        with self.transaction() as db:
            before = self._effective_tags([explanation_id]).get(explanation_id, ())
            text_hash = db.execute(
                "SELECT content_hash FROM explanations WHERE explanation_id = ?", (explanation_id,)
            ).fetchone()
            review_id = db.execute(
                "INSERT INTO reviews(explanation_id, content_hash, tag, decision, reviewer, created_at,"
                " previous, signed_in_user) VALUES (?,?,?,?,?,?,?,?) RETURNING review_id",
                (
                    explanation_id,
                    text_hash[0] if text_hash else "",
                    tag,
                    decision,
                    reviewer,
                    time.time(),
                    json.dumps([t.tag for t in before]),
                    signed_in_user,
                ),
            ).fetchall()[0][0]  # all of it: SQLite ends a RETURNING statement only when it is read out
            queue(db, [explanation_id])
        return int(review_id)

    def undo_last_review(self, reviewer: str) -> str | None:
        with self.transaction() as db:
            row = db.execute(
                "SELECT review_id, explanation_id FROM reviews WHERE reviewer = ? AND undone = 0"
                " ORDER BY review_id DESC LIMIT 1",
                (reviewer,),
            ).fetchone()
            if not row:
                return None
            db.execute("UPDATE reviews SET undone = 1 WHERE review_id = ?", (row[0],))
            queue(db, [row[1]])
        return str(row[1])

    def reviews(self) -> list[dict[str, Any]]:
        return [dict(r) for r in self.db.execute("SELECT * FROM reviews ORDER BY review_id")]

    def decisions(self, reviewer: str | None = None) -> list[Decision]:
        sql = "SELECT reviewer, explanation_id, tag, decision FROM reviews WHERE undone = 0"
        params: tuple[str, ...] = ()
        if reviewer is not None:
            sql += " AND reviewer = ?"
            params = (reviewer,)
        return [Decision(*r) for r in self.db.execute(sql + " ORDER BY review_id", params)]

    def review_candidates(self) -> list[str]:
        sql = (
            f"SELECT e.explanation_id FROM explanations e WHERE {DONE} AND {COUNTED} AND (e.kind = 'cause'"
            " OR EXISTS (SELECT 1 FROM tags t WHERE t.explanation_id = e.explanation_id))"
        )
        return [r[0] for r in self.db.execute(sql)]

    def reviewed_examples(self) -> list[dict[str, Any]]:
        sql = (
            "SELECT * FROM explanations WHERE explanation_id IN"
            " (SELECT explanation_id FROM reviews WHERE undone = 0) ORDER BY explanation_id"
        )
        found = self._with_tags(self.db.execute(sql).fetchall())
        return [{"text": e.text, "cats": {t.tag: 1.0 for t in e.tags}} for e in found]

    def queued_for_index(self, explanation_id: str | None = None) -> list[tuple[str, float]]:
        where, args = (" WHERE explanation_id = ?", (explanation_id,)) if explanation_id else ("", ())
        sql = f"SELECT explanation_id, queued_at FROM index_queue{where} ORDER BY queued_at"
        return [(r[0], r[1]) for r in self.db.execute(sql, args)]

    def unqueue(self, entries: Iterable[tuple[str, float]]) -> None:
        with self.transaction() as db:
            sql = "DELETE FROM index_queue WHERE explanation_id = ? AND queued_at = ?"
            db.executemany(sql, list(entries))


def queue(db: Database, explanation_ids: Iterable[str]) -> None:
    db.executemany(
        "INSERT INTO index_queue(explanation_id, queued_at) VALUES (?, ?)"
        " ON CONFLICT(explanation_id) DO UPDATE SET queued_at = excluded.queued_at",
        [(i, time.time()) for i in explanation_ids],
    )


def follow_moved_reviews(db: Database, old_ids: list[str], new: dict[str, str]) -> None:
    """Point reviews at the explanation that now holds their text (content hash), when it moved."""
    by_hash: dict[str, str] = {}
    for explanation_id, text_hash in new.items():
        by_hash.setdefault(text_hash, explanation_id)
    rows = db.execute(
        f"SELECT review_id, explanation_id, content_hash FROM reviews WHERE explanation_id IN ({db.ids})",
        (id_list(sorted(set(old_ids) | set(new))),),
    ).fetchall()
    for review_id, explanation_id, text_hash in rows:
        target = by_hash.get(text_hash)
        if new.get(explanation_id) != text_hash and target is not None and target != explanation_id:
            db.execute("UPDATE reviews SET explanation_id = ? WHERE review_id = ?", (target, review_id))
