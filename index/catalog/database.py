"""What the catalog's SQL runs on: one connection to SQLite (``sqlite_database``) or PostgreSQL
(``postgres_database``), and the schema version both are numbered by.

The catalog's statements (the ``sql*`` modules) are written once, in the SQL both databases read: ``?``
placeholders, ``ON CONFLICT`` upserts, ``RETURNING``. What differs is here, named: how a list of ids
travels (``ids``: a subquery over one JSON list parameter), how rows are gathered into a JSON list
(``json_array``), a transaction and a consistent read, the columns of a table, and what follows a restore.
Rows answer both ``row[0]`` and ``row["name"]``, and ``dict(row)``.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import AbstractContextManager
from typing import Any, Protocol

from index.errors import VersionMismatch

# Counts the tables and columns (what an export holds, see ``backup``); each backend has a migration for
# every number up to it (SQLite's from 2, PostgreSQL's from 5, the first version it was made at).
SCHEMA_VERSION = 5


# The tags after review: the model's, unless the latest active decision on that explanation and tag is a
# reject; a tag accepted or added counts with score 1 and source "review" (keeping the model's evidence
# unless it was rejected on the way). ``since`` orders tags of equal score: the model's first, then by the
# review that brought the tag (back) in.
EFFECTIVE_TAGS = """
SELECT t.explanation_id, t.tag, t.score, t.evidence, t.source, 0 AS since FROM tags t
WHERE NOT EXISTS (
    SELECT 1 FROM reviews r WHERE r.undone = 0 AND r.explanation_id = t.explanation_id AND r.tag = t.tag
)
UNION ALL
SELECT d.explanation_id, d.tag, 1.0 AS score,
       CASE WHEN d.last_reject IS NULL THEN coalesce(t.evidence, '') ELSE '' END AS evidence,
       'review' AS source,
       CASE WHEN d.last_reject IS NULL AND t.tag IS NOT NULL THEN 0 ELSE (
           SELECT min(r.review_id) FROM reviews r WHERE r.undone = 0 AND r.explanation_id = d.explanation_id
           AND r.tag = d.tag AND r.review_id > coalesce(d.last_reject, 0)
       ) END AS since
FROM (
    SELECT explanation_id, tag, max(review_id) AS last_id,
           max(CASE WHEN decision = 'reject' THEN review_id END) AS last_reject
    FROM reviews WHERE undone = 0 GROUP BY explanation_id, tag
) d
JOIN reviews last ON last.review_id = d.last_id
LEFT JOIN tags t ON t.explanation_id = d.explanation_id AND t.tag = d.tag
WHERE last.decision != 'reject'
"""


class Cursor(Protocol):
    @property
    def description(self) -> Any: ...

    def fetchone(self) -> Any: ...

    def fetchall(self) -> list[Any]: ...

    def __iter__(self) -> Iterator[Any]: ...


class Database(Protocol):
    ids: str  # ``x IN ({db.ids})`` with ``id_list(...)`` as the parameter
    skip_locked: str  # after a SELECT of rows to update: lock them, passing over rows another has locked

    @property
    def Error(self) -> type[Exception]:  # noqa: N802  (the DB-API's name)
        """What a failed statement raises."""
        ...

    shared: bool  # other machines may write the same catalog (no lock of this machine's covers them)

    def execute(self, sql: str, params: Sequence[Any] = ()) -> Cursor: ...

    def executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> None: ...

    def transaction(self) -> AbstractContextManager[Database]:
        """One write transaction: everything in the block, or nothing."""
        ...

    def snapshot(self) -> AbstractContextManager[None]:
        """One consistent read for as long as the block runs, whatever is written meanwhile."""
        ...

    def json_array(self, expression: str) -> str:
        """An aggregate giving the distinct values of ``expression`` as a JSON list (text)."""
        ...

    def columns(self, table: str) -> list[str]: ...

    def after_restore(self) -> None:
        """Inside a restore's transaction, after rows came in with their own ids."""
        ...

    def close(self) -> None: ...


def check_recorded(recorded: str | None) -> bool:
    """Whether a catalog recorded at ``recorded`` is at this avvik's version (None: nothing recorded);
    a newer one is refused."""
    if recorded is not None and int(recorded) > SCHEMA_VERSION:
        raise VersionMismatch(
            f"the catalog is at version {recorded}, made by a newer avvik than this one "
            f"(version {SCHEMA_VERSION}); upgrade avvik"
        )
    return recorded is not None and int(recorded) == SCHEMA_VERSION
