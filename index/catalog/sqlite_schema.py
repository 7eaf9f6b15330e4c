"""The SQLite catalog's tables, their numbered migrations, and the one rule for the tags after review.

``SCHEMA`` makes a new catalog at ``SCHEMA_VERSION`` at once; ``MIGRATIONS[n]`` brings an older catalog
from version n - 1 to n, and ``upgrade`` runs the ones a catalog lacks, in order, recording the version in
``meta``. The version counts the tables and columns (what an export holds, see ``backup``). ``ENSURE`` runs
on every open and changes no stored data: indexes, and ``effective_tags``, a view made per connection so it
always holds this avvik's rule. Carry-over chains store their root (``explanations.carry_over_of`` names
the chain's first statement); ``point_chains_at_their_roots`` rewrites the parent links older avviks
stored.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import TYPE_CHECKING

from index.catalog.database import EFFECTIVE_TAGS, SCHEMA_VERSION, check_recorded

if TYPE_CHECKING:
    from index.catalog.sqlite_database import SqliteDatabase

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
    content_hash TEXT NOT NULL,
    same_as TEXT
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
    undone INTEGER NOT NULL DEFAULT 0,
    signed_in_user TEXT
);
CREATE INDEX IF NOT EXISTS reviews_explanation ON reviews(explanation_id);
CREATE TABLE IF NOT EXISTS embeddings (
    content_hash TEXT NOT NULL,
    model TEXT NOT NULL,
    vector BLOB NOT NULL,
    PRIMARY KEY (content_hash, model)
);
CREATE TABLE IF NOT EXISTS index_queue (explanation_id TEXT PRIMARY KEY, queued_at REAL NOT NULL);
CREATE TABLE IF NOT EXISTS population (
    municipality TEXT NOT NULL,
    year INTEGER NOT NULL,
    inhabitants INTEGER NOT NULL CHECK (inhabitants > 0),
    source TEXT NOT NULL,
    loaded_at REAL NOT NULL,
    loaded_by TEXT,
    PRIMARY KEY (municipality, year)
);
CREATE TABLE IF NOT EXISTS audit (
    audit_id INTEGER PRIMARY KEY AUTOINCREMENT,
    at REAL NOT NULL,
    user TEXT,
    action TEXT NOT NULL,
    report_id TEXT,
    details TEXT NOT NULL DEFAULT '{}'
);
CREATE TABLE IF NOT EXISTS claims (
    sha256 TEXT PRIMARY KEY,
    worker TEXT NOT NULL,
    claimed_at REAL NOT NULL,
    expires_at REAL NOT NULL
);
"""


def _m002_tagger_version(db: sqlite3.Connection) -> None:
    """Reports remember the tagger version that tagged them (filled from their tags), so that an upgrade
    does not make the next ingest tag every report again; reviews wait in a queue for the index."""
    db.execute("ALTER TABLE reports ADD COLUMN tagger_version TEXT")
    db.execute(
        "UPDATE reports SET tagger_version = (SELECT max(t.tagger_version) FROM tags t"
        " JOIN explanations e ON e.explanation_id = t.explanation_id"
        " WHERE e.report_id = reports.report_id)"
    )
    db.execute(
        "CREATE TABLE IF NOT EXISTS index_queue (explanation_id TEXT PRIMARY KEY, queued_at REAL NOT NULL)"
    )


def _m003_population_and_audit(db: sqlite3.Connection) -> None:
    """Population figures per municipality and year (loaded once, used by every per-inhabitant view); who
    was signed in when a review was made; an audit trail of the other writes (uploads, metadata edits,
    population tables)."""
    db.execute("ALTER TABLE reviews ADD COLUMN signed_in_user TEXT")
    db.execute(
        "CREATE TABLE IF NOT EXISTS population (municipality TEXT NOT NULL, year INTEGER NOT NULL,"
        " inhabitants INTEGER NOT NULL CHECK (inhabitants > 0), source TEXT NOT NULL, loaded_at REAL NOT NULL,"
        " loaded_by TEXT, PRIMARY KEY (municipality, year))"
    )
    db.execute(
        "CREATE TABLE IF NOT EXISTS audit (audit_id INTEGER PRIMARY KEY AUTOINCREMENT, at REAL NOT NULL,"
        " user TEXT, action TEXT NOT NULL, report_id TEXT, details TEXT NOT NULL DEFAULT '{}')"
    )


def _m004_same_deviation(db: sqlite3.Connection) -> None:
    """Statements of one deviation in one report (a summary and its section) are linked at ingest:
    ``explanations.same_as`` names the first of them. Older rows stay NULL (not linked): readers join them
    by the same rule until the report is ingested again."""
    db.execute("ALTER TABLE explanations ADD COLUMN same_as TEXT")


def _m005_claims(db: sqlite3.Connection) -> None:
    """Files being read by an ingest worker: claimed by their sha256, the claim lapsing at ``expires_at``
    unless renewed (``index.claims``)."""
    db.execute(
        "CREATE TABLE IF NOT EXISTS claims (sha256 TEXT PRIMARY KEY, worker TEXT NOT NULL,"
        " claimed_at REAL NOT NULL, expires_at REAL NOT NULL)"
    )


MIGRATIONS: dict[int, Callable[[sqlite3.Connection], None]] = {
    2: _m002_tagger_version,
    3: _m003_population_and_audit,
    4: _m004_same_deviation,
    5: _m005_claims,
}

ENSURE = f"""
CREATE INDEX IF NOT EXISTS explanations_carry_over ON explanations(carry_over_of);
CREATE TEMP VIEW IF NOT EXISTS effective_tags AS {EFFECTIVE_TAGS};
"""


def version(db: sqlite3.Connection) -> int:
    """The catalog's version: 0 for an empty file; 1 for one from before versions were recorded."""
    tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if "reports" not in tables:
        return 0
    if "meta" in tables:
        row = db.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        if row:
            return int(row[0])
    columns = {r[1] for r in db.execute("PRAGMA table_info(reports)")}
    return 2 if "tagger_version" in columns else 1


def upgrade(database: SqliteDatabase) -> None:
    """Make a new catalog, or migrate an older one, in one transaction; then ``ENSURE`` and the chains.
    Nothing is written when nothing is due."""
    if not _recorded(database.connection):
        with database.transaction():
            db = database.connection
            found = version(db)
            if found == 0:
                for statement in SCHEMA.split(";"):
                    db.execute(statement)
            for number in range(found + 1, SCHEMA_VERSION + 1) if found else ():
                MIGRATIONS[number](db)
            db.execute(
                "INSERT INTO meta(key, value) VALUES ('schema_version', ?)"
                " ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (str(SCHEMA_VERSION),),
            )
    database.executescript(ENSURE)
    point_chains_at_their_roots(database)


def _recorded(db: sqlite3.Connection) -> bool:
    try:
        row = db.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    except sqlite3.OperationalError:  # no meta table: a new or a version 1 catalog
        return False
    return check_recorded(row[0] if row else None)


def point_chains_at_their_roots(database: SqliteDatabase) -> None:
    """Re-point each carry-over at its chain's first statement where it names another carry-over (as
    avvik did before chains stored their root). Reads one indexed row when there is nothing to do."""
    stale = database.execute(
        "SELECT 1 FROM explanations c JOIN explanations p ON p.explanation_id = c.carry_over_of"
        " WHERE c.carry_over_of IS NOT NULL AND p.carry_over_of IS NOT NULL LIMIT 1"
    ).fetchone()
    if not stale:
        return
    with database.transaction() as db:
        db.execute(
            "WITH RECURSIVE up(explanation_id, root) AS ("
            " SELECT explanation_id, carry_over_of FROM explanations WHERE carry_over_of IS NOT NULL"
            " UNION SELECT up.explanation_id, p.carry_over_of FROM up"
            " JOIN explanations p ON p.explanation_id = up.root WHERE p.carry_over_of IS NOT NULL)"
            " UPDATE explanations SET carry_over_of = (SELECT up.root FROM up"
            " WHERE up.explanation_id = explanations.explanation_id AND NOT EXISTS (SELECT 1 FROM explanations p"
            " WHERE p.explanation_id = up.root AND p.carry_over_of IS NOT NULL))"
            " WHERE explanation_id IN (SELECT explanation_id FROM up)"
        )
