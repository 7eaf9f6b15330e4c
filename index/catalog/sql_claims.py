"""The catalog's claims: which ingest worker is reading which file (by its sha256), until when.

A worker claims a file before reading it and holds the claim while it works, renewing it; a claim that
lapses (its worker was killed, or lost its connection) is taken over by the next worker that asks. The row
of a claim is locked while it is decided (``FOR UPDATE SKIP LOCKED`` on PostgreSQL: a worker never waits on
another's claim, it goes on to the next file; SQLite's one writer at a time decides the same)."""

from __future__ import annotations

import time

from index.catalog.sql_base import SqlBase


class SqlClaims(SqlBase):
    def claim(self, sha256: str, worker: str, lease_s: float) -> bool:
        now = time.time()
        with self.transaction() as db:
            db.execute(
                "INSERT INTO claims(sha256, worker, claimed_at, expires_at) VALUES (?, ?, ?, ?)"
                " ON CONFLICT(sha256) DO NOTHING",
                (sha256, worker, now, now + lease_s),
            )
            row = db.execute(
                f"SELECT worker, expires_at FROM claims WHERE sha256 = ?{db.skip_locked}", (sha256,)
            ).fetchone()
            if row is None or (row[0] != worker and row[1] > now):
                return False  # being claimed this moment, or held by a live worker
            db.execute(
                "UPDATE claims SET worker = ?, claimed_at = ?, expires_at = ? WHERE sha256 = ?",
                (worker, now, now + lease_s, sha256),
            )
            return True

    def renew_claims(self, worker: str, lease_s: float) -> int:
        with self.transaction() as db:
            cursor = db.execute(
                "UPDATE claims SET expires_at = ? WHERE worker = ? RETURNING sha256",
                (time.time() + lease_s, worker),
            )
            return len(cursor.fetchall())

    def holds_claim(self, sha256: str, worker: str) -> bool:
        row = self.db.execute(
            "SELECT 1 FROM claims WHERE sha256 = ? AND worker = ? AND expires_at > ?",
            (sha256, worker, time.time()),
        ).fetchone()
        return row is not None

    def release_claim(self, sha256: str, worker: str) -> None:
        with self.transaction() as db:
            db.execute("DELETE FROM claims WHERE sha256 = ? AND worker = ?", (sha256, worker))

    def live_claims(self) -> set[str]:
        sql = "SELECT sha256 FROM claims WHERE expires_at > ?"
        return {r[0] for r in self.db.execute(sql, (time.time(),))}
