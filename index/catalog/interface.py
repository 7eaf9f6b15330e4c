"""What a catalog provides, whatever database holds it (a SQLite file, or a PostgreSQL server).

The catalog is the system of record: reports and their explanations, the model's tags, the reviews, the
queue of reviewed tags not yet in the vector index, and cached document vectors. Reads return the core
types (``Report``, ``Explanation`` with its tags after review) or the small records below; no caller sees
SQL. A report is ``pending`` from ``write_report`` until ``mark_done``: the writer rolls back anything still
pending when it starts (``index.recovery``). ``carry_over_of`` names the first statement of a carry-over
chain (its root), so a chain is found in one query.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from typing import Any, NamedTuple, Protocol

import numpy as np

from extract.types import Explanation, Report, Tag


class ReportState(NamedTuple):
    status: str  # "pending" or "done"
    tagger_version: str | None


@dataclass(frozen=True)
class Chained:
    """A search hit's explanation with its report, its chain's root and the periods its chain was stated in."""

    explanation: Explanation
    report: Report
    root: str
    chain_periods: tuple[str, ...]


@dataclass(frozen=True)
class Decision:
    reviewer: str
    explanation_id: str
    tag: str
    decision: str  # "accept", "reject" or "add"


@dataclass(frozen=True)
class TagCount:
    """One report's explanations with one tag (after review): how many, and their amounts."""

    report_id: str
    tag: str
    count: int
    amount_sek: float  # the sum of the amounts that were given
    with_amount: int


@dataclass(frozen=True)
class StatementTotal:
    count: int
    amount_sek: float


@dataclass(frozen=True)
class PopulationFigure:
    """A municipality's inhabitants in one year (from SCB's or Kolada's tables)."""

    municipality: str
    year: int
    inhabitants: int


@dataclass(frozen=True)
class Counted:
    """Which statements an aggregation counts: these kinds, never boilerplate, carry-overs or not."""

    kinds: tuple[str, ...] = ("cause",)
    carry_overs: bool = True


class Catalog(Protocol):
    def close(self) -> None: ...

    @property
    def shared(self) -> bool:
        """Whether processes on other machines may write this catalog (PostgreSQL): writers then share the
        work by claims, not by this machine's writer lock."""
        ...

    # -- meta -----------------------------------------------------------------------------------------
    def meta(self, key: str) -> str | None: ...

    def set_meta(self, key: str, value: str) -> None: ...

    def clear_meta(self, key: str) -> None: ...

    # -- reports --------------------------------------------------------------------------------------
    def report_state(self, sha256: str) -> ReportState | None:
        """The state of the report with this content, or None."""
        ...

    def write_report(
        self,
        report: Report,
        explanations: Sequence[Explanation],
        tagger_version: str,
        stored_path: str | None,
    ) -> list[Explanation]:
        """Write a report, its explanations and their model tags in one transaction, marked pending; return
        the explanations with their tags after review. Reviews are never deleted: a review whose text moved
        to another position (another id) follows its text."""
        ...

    def mark_done(self, report_id: str) -> None: ...

    def delete_report(self, report_id: str) -> None: ...

    def update_report(self, report_id: str, **fields: str | None) -> None:
        """Correct municipality, committee, period or report_type."""
        ...

    def reports(self, status: str | None = "done") -> list[Report]: ...

    def report(self, report_id: str) -> Report | None: ...

    def report_of(self, explanation_id: str) -> Report | None: ...

    def stored_path(self, report_id: str) -> str | None: ...

    def pending_reports(self) -> list[str]: ...

    def municipalities(self) -> set[str]:
        """The municipalities of the finished reports."""
        ...

    def count(self, table: str) -> int:
        """Rows of ``reports`` (finished ones), ``explanations``, ``tags`` or ``reviews``."""
        ...

    # -- explanations ---------------------------------------------------------------------------------
    def explanations(
        self, report_id: str | None = None, ids: Iterable[str] | None = None
    ) -> list[Explanation]:
        """With their tags after review: of one report in order, the given ones, or all."""
        ...

    def done_explanation_ids(self) -> dict[str, str]:
        """explanation_id -> report_id for every explanation of a finished report."""
        ...

    def carry_over_candidates(self, report: Report) -> list[tuple[str, str]]:
        """(root, text) of each explanation in the same committee's latest earlier finished report."""
        ...

    def chained(self, ids: Sequence[str]) -> list[Chained]:
        """The given explanations of finished reports, each with its report, chain root and chain periods."""
        ...

    def deviation_pages(self, deviation_ids: Sequence[str]) -> dict[str, tuple[int, ...]]:
        """The pages of the statements linked to each deviation (``same_as``), in order."""
        ...

    # -- tags and reviews -----------------------------------------------------------------------------
    def model_tags(self, ids: Sequence[str]) -> dict[str, tuple[Tag, ...]]:
        """The model's tags (no reviews applied) of each explanation, the weakest first."""
        ...

    def add_review(
        self, explanation_id: str, tag: str, decision: str, reviewer: str, signed_in_user: str | None = None
    ) -> int:
        """Record a decision with the tags before it (and who was signed in, when the app asks for sign-in),
        and queue the explanation for the vector index."""
        ...

    def undo_last_review(self, reviewer: str) -> str | None:
        """Undo the reviewer's latest decision; the explanation it was about, or None."""
        ...

    def reviews(self) -> list[dict[str, Any]]:
        """Every review, undone ones too, as stored (the audit trail)."""
        ...

    def decisions(self, reviewer: str | None = None) -> list[Decision]:
        """Active decisions, oldest first."""
        ...

    def review_candidates(self) -> list[str]:
        """Explanations of finished reports that the review queue offers: causes, and anything the model
        tagged; never boilerplate."""
        ...

    def reviewed_examples(self) -> list[dict[str, Any]]:
        """Reviewed explanations as training examples {"text", "cats"} (a review is training data)."""
        ...

    def queued_for_index(self, explanation_id: str | None = None) -> list[tuple[str, float]]:
        """(explanation_id, queued_at) of reviews whose tags are not yet in the vector index. Read the queue
        before the tags; ``unqueue`` then removes exactly these entries, so a review written in between
        stays queued."""
        ...

    def unqueue(self, entries: Iterable[tuple[str, float]]) -> None: ...

    # -- aggregations for the read models -------------------------------------------------------------
    def tag_counts(self, counted: Counted) -> list[TagCount]: ...

    def tagged(self, tag: str, counted: Counted) -> list[Explanation]:
        """The counted explanations that carry ``tag`` after review."""
        ...

    def statement_totals(self, report_ids: Sequence[str], kinds: Sequence[str]) -> dict[str, StatementTotal]:
        """Per report: its statements of these kinds (boilerplate left out) and their summed amount."""
        ...

    def amount_range(self) -> tuple[float, float] | None:
        """The smallest and largest amount of any explanation in a finished report."""
        ...

    # -- population and the audit trail of writes -----------------------------------------------------
    def store_population(self, figures: Sequence[PopulationFigure], source: str, user: str | None) -> int:
        """Store figures (a municipality's figure for a year replaces the one stored); returns how many."""
        ...

    def population(self) -> list[PopulationFigure]:
        """Every stored figure, by municipality and year."""
        ...

    def record(
        self,
        action: str,
        user: str | None,
        report_id: str | None = None,
        details: Mapping[str, Any] | None = None,
    ) -> None:
        """Add a write that is not a review (an upload, a metadata edit, a population table) to the audit
        trail, with the signed-in user (None: served locally, nobody signed in)."""
        ...

    def audit_trail(self) -> list[dict[str, Any]]:
        """The audit trail, oldest first: audit_id, at, user, action, report_id, details (a dict)."""
        ...

    # -- claims of files by ingest workers ------------------------------------------------------------
    def claim(self, sha256: str, worker: str, lease_s: float) -> bool:
        """Claim the file with this content for ``worker`` for ``lease_s`` seconds: True if it is now the
        worker's (new, its own already, or another's that lapsed), False if another worker holds it."""
        ...

    def renew_claims(self, worker: str, lease_s: float) -> int:
        """Extend every claim of ``worker`` by ``lease_s`` from now; how many it holds."""
        ...

    def holds_claim(self, sha256: str, worker: str) -> bool:
        """Whether ``worker`` still holds a live claim on the file (none was taken over)."""
        ...

    def release_claim(self, sha256: str, worker: str) -> None: ...

    def live_claims(self) -> set[str]:
        """The sha256 of every file claimed by a worker whose claim has not lapsed."""
        ...

    # -- cached document vectors ----------------------------------------------------------------------
    def cached_vectors(self, hashes: Sequence[str], model: str) -> dict[str, np.ndarray]: ...

    def store_vectors(self, vectors: Mapping[str, np.ndarray], model: str) -> None: ...

    # -- backup ---------------------------------------------------------------------------------------
    def snapshot(self) -> AbstractContextManager[None]:
        """One consistent read for as long as the block runs, whatever is written meanwhile."""
        ...

    def rows(self, table: str) -> Iterator[dict[str, Any]]:
        """The rows of ``reports``, ``explanations``, ``tags`` (of finished reports), ``reviews``,
        ``population`` or ``audit`` (all)."""
        ...

    def holds_anything(self) -> bool:
        """Whether any report or review is stored."""
        ...

    def restoring(self) -> AbstractContextManager[RestoreTarget]:
        """One transaction for a restore: everything written through the target, or nothing."""
        ...


class RestoreTarget(Protocol):
    def insert(self, table: str, row: dict[str, Any]) -> None:
        """Insert a row as exported (unknown fields are dropped); a report is restored finished."""
        ...

    def set_stored_path(self, sha256: str, path: str) -> None: ...


def content_hash(text: str) -> str:
    """What identifies a text across re-extractions: reviews follow it, cached vectors are keyed by it."""
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()
