"""The review queue: explanations whose tags the model is least sure of come first.

Every decision goes through ``Catalog.add_review`` at once (reviewer, time and the tags before it: the audit
trail) and is pushed to the index, so search and compare see the tags after review. The queue shows the
model's own tags with each reviewer's decisions on them. An explanation counts as
reviewed by someone once each of the model's tags on it has their decision (or, when the model found none,
once they added one).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from itertools import combinations
from typing import Protocol

from extract.types import Explanation, Report, Tag
from index.catalog import Catalog

DECISIONS = ("accept", "reject", "add")
NO_CAUSE = ""  # the tag of the decision "ingen orsak stämmer" (always a reject): the text names no cause


class Reviewable(Protocol):
    """Where a decision is saved and pushed (``index.archive.Archive`` is one)."""

    catalog: Catalog

    def refresh_explanation(self, explanation_id: str) -> None: ...


@dataclass(frozen=True)
class QueueItem:
    explanation: Explanation  # with the model's tags, not the reviews
    report: Report
    certainty: float  # the weakest model tag's score; 0 when the model found no cause
    decisions: dict[str, str] = field(default_factory=dict)  # tag -> this reviewer's latest decision

    @property
    def undecided(self) -> tuple[Tag, ...]:
        return tuple(t for t in self.explanation.tags if t.tag not in self.decisions)


@dataclass(frozen=True)
class Progress:
    reviewed: int  # explanations reviewed by anyone
    total: int
    by_reviewer: dict[str, int]


@dataclass(frozen=True)
class Agreement:
    tag: str  # "" for all tags together
    items: int  # (explanation, tag) decisions made by two reviewers
    percent: float
    kappa: float | None  # None when it is undefined (both always said the same thing)


def _is_reviewed(tags: tuple[Tag, ...], decided: dict[str, str]) -> bool:
    return bool(decided) and all(t.tag in decided for t in tags)


def _by_reviewer(catalog: Catalog, reviewer: str | None = None) -> dict[str, dict[str, dict[str, str]]]:
    """reviewer -> explanation_id -> tag -> decision."""
    nested: dict[str, dict[str, dict[str, str]]] = defaultdict(lambda: defaultdict(dict))
    for d in catalog.decisions(reviewer):
        nested[d.reviewer][d.explanation_id][d.tag] = d.decision
    return nested


def queue(
    catalog: Catalog, reviewer: str, *, limit: int = 20, skip: Iterable[str] = (), untagged: bool = False
) -> list[QueueItem]:
    """What ``reviewer`` has not reviewed yet: explanations with model tags, the weakest tag first; or, with
    ``untagged``, the causes in which the model found no tag (for the reviewer to add what it missed)."""
    ids = catalog.review_candidates()
    tags = catalog.model_tags(ids)
    mine = _by_reviewer(catalog, reviewer).get(reviewer, {})
    skipped = set(skip)
    todo = [
        i
        for i in ids
        if i not in skipped and bool(tags[i]) != untagged and not _is_reviewed(tags[i], mine.get(i, {}))
    ]
    todo.sort(key=lambda i: (tags[i][0].score if tags[i] else 0.0, i))
    items = (queue_item(catalog, i, reviewer, tags[i], mine.get(i, {})) for i in todo[:limit])
    return [item for item in items if item is not None]


def queue_item(
    catalog: Catalog,
    explanation_id: str,
    reviewer: str,
    tags: tuple[Tag, ...] | None = None,
    decided: dict[str, str] | None = None,
) -> QueueItem | None:
    found = catalog.explanations(ids=[explanation_id])
    report = catalog.report_of(explanation_id)
    if not found or report is None:
        return None
    if tags is None:
        tags = catalog.model_tags([explanation_id])[explanation_id]
    if decided is None:
        decided = _by_reviewer(catalog, reviewer).get(reviewer, {}).get(explanation_id, {})
    return QueueItem(replace(found[0], tags=tags), report, tags[0].score if tags else 0.0, dict(decided))


def progress(catalog: Catalog) -> Progress:
    ids = catalog.review_candidates()
    tags = catalog.model_tags(ids)
    per_reviewer = _by_reviewer(catalog)
    reviewed_by: dict[str, int] = {}
    anyone: set[str] = set()
    for who, mine in per_reviewer.items():
        done = {i for i in ids if _is_reviewed(tags[i], mine.get(i, {}))}
        reviewed_by[who] = len(done)
        anyone |= done
    return Progress(len(anyone), len(ids), dict(sorted(reviewed_by.items())))


def decide(
    archive: Reviewable,
    explanation_id: str,
    tag: str,
    decision: str,
    reviewer: str,
    signed_in_user: str | None = None,
) -> int:
    """Save one decision now (with the audit trail: reviewer, and who was signed in) and push the
    explanation's tags to the index."""
    if decision not in DECISIONS:
        raise ValueError(f"decision must be one of {DECISIONS}, not {decision!r}")
    if not reviewer.strip():
        raise ValueError("a review needs the reviewer's name")
    review_id = archive.catalog.add_review(explanation_id, tag, decision, reviewer.strip(), signed_in_user)
    archive.refresh_explanation(explanation_id)
    return review_id


def no_cause_fits(
    archive: Reviewable, explanation_id: str, reviewer: str, signed_in_user: str | None = None
) -> list[str]:
    """The decision "ingen orsak stämmer": every tag the explanation has now (the model's and any added) is
    rejected, and the marker ``NO_CAUSE`` is recorded as rejected too, so that an explanation the model found
    nothing in counts as reviewed as well. Training then reads the text as one that names no cause. Returns
    the tags rejected."""
    current = archive.catalog.explanations(ids=[explanation_id])
    tags = [t.tag for t in current[0].tags] if current else []
    for tag in [*tags, NO_CAUSE]:
        archive.catalog.add_review(explanation_id, tag, "reject", reviewer.strip(), signed_in_user)
    archive.refresh_explanation(explanation_id)
    return tags


def undo_last(archive: Reviewable, reviewer: str) -> str | None:
    """Undo the reviewer's latest decision; returns the explanation it was about."""
    explanation_id = archive.catalog.undo_last_review(reviewer)
    if explanation_id is not None:
        archive.refresh_explanation(explanation_id)
    return explanation_id


def _labels(mine: dict[str, str], tags: set[str], model: set[str]) -> dict[str, bool]:
    """A reviewer's yes/no per tag: their decision, or no for a tag they did not add (None: undecided)."""
    labels = {}
    for tag in tags:
        if tag in mine:
            labels[tag] = mine[tag] != "reject"
        elif tag not in model:
            labels[tag] = False
    return labels


def _kappa(pairs: list[tuple[bool, bool]]) -> tuple[float, float | None]:
    n = len(pairs)
    observed = sum(a == b for a, b in pairs) / n
    yes_a = sum(a for a, _ in pairs) / n
    yes_b = sum(b for _, b in pairs) / n
    expected = yes_a * yes_b + (1 - yes_a) * (1 - yes_b)
    return observed, (None if expected >= 1.0 else (observed - expected) / (1 - expected))


def agreement(catalog: Catalog) -> list[Agreement]:
    """Percent agreement and Cohen's kappa per tag, over every pair of reviewers who reviewed the same
    explanation; the first row (tag "") pools all tags."""
    per_reviewer = _by_reviewer(catalog)
    shared: dict[str, list[str]] = defaultdict(list)
    for who in sorted(per_reviewer):
        for explanation_id in per_reviewer[who]:
            shared[explanation_id].append(who)
    shared = {i: w for i, w in shared.items() if len(w) >= 2}
    model = {i: {t.tag for t in tags} for i, tags in catalog.model_tags(list(shared)).items()}
    pairs: dict[str, list[tuple[bool, bool]]] = defaultdict(list)
    for explanation_id, reviewers in shared.items():
        for a, b in combinations(reviewers, 2):
            mine_a, mine_b = per_reviewer[a][explanation_id], per_reviewer[b][explanation_id]
            tags = (set(mine_a) | set(mine_b) | model[explanation_id]) - {NO_CAUSE}  # its rejects count
            la = _labels(mine_a, tags, model[explanation_id])
            lb = _labels(mine_b, tags, model[explanation_id])
            for tag in sorted(set(la) & set(lb)):
                pairs[tag].append((la[tag], lb[tag]))
                pairs[""].append((la[tag], lb[tag]))
    rows = []
    for tag in sorted(pairs):
        percent, kappa = _kappa(pairs[tag])
        rows.append(Agreement(tag, len(pairs[tag]), percent, kappa))
    return rows
