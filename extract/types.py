"""Core types that flow through the pipeline: PDF -> Report -> Section/TableRow -> Explanation -> Hit.

Frozen dataclasses with plain fields; JSON via ``to_dict``. Third-party objects never appear here.
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

Kind = Literal["cause", "action", "forecast_change", "other"]
Direction = Literal["negative", "positive", "balanced"]
BBox = tuple[float, float, float, float]

KINDS: tuple[str, ...] = ("cause", "action", "forecast_change", "other")
DIRECTIONS: tuple[str, ...] = ("negative", "positive", "balanced")


def stable_id(*parts: object) -> str:
    """A deterministic id from the given parts (report sha256, page, position ...)."""
    joined = "\x1f".join(str(p) for p in parts)
    return hashlib.sha256(joined.encode("utf-8")).hexdigest()[:32]


@dataclass(frozen=True)
class Report:
    report_id: str
    source: str  # the PDF's base name
    sha256: str
    municipality: str | None
    committee: str | None
    period: str | None  # "YYYY-MM" (month or interim date) or "YYYY" for a full year
    report_type: str | None
    n_pages: int

    def contract(self) -> dict[str, Any]:
        """The ``report`` object of the output contract."""
        return {
            "municipality": self.municipality,
            "committee": self.committee,
            "period": self.period,
            "report_type": self.report_type,
        }


@dataclass(frozen=True)
class Section:
    heading: str
    level: int
    page_start: int
    page_end: int
    text: str


@dataclass(frozen=True)
class TableRow:
    label: str
    columns: tuple[str, ...]
    values: tuple[float | None, ...]  # in kronor, aligned with ``columns``
    unit: str  # "kr", "tkr" or "mnkr" as printed in the table
    page: int
    bbox: BBox


@dataclass(frozen=True)
class Tag:
    tag: str
    score: float
    evidence: str
    source: str = "model"  # "rule", "model" or "review"


@dataclass(frozen=True)
class Explanation:
    explanation_id: str
    report_id: str
    kind: Kind
    area: str | None
    direction: Direction | None
    amount_sek: float | None
    text: str
    page: int  # 1-based
    bbox: BBox
    tags: tuple[Tag, ...] = ()
    flags: tuple[
        str, ...
    ] = ()  # e.g. "boilerplate", "amount_mismatch", "unit_corrected", "ocr", "carry_over"
    carry_over_of: str | None = None
    # the first statement of the same deviation in this report (itself when it stands alone), set at ingest
    # (index.deviations.link_statements); None for a statement stored before avvik linked them
    same_as: str | None = None

    @property
    def investment(self) -> bool:
        """A deviation of investment spending against the investment budget, never summed with operations."""
        return "investment" in self.flags

    def contract(self, report: Report) -> dict[str, Any]:
        """One line of the output contract of ``avvik extract``."""
        return {
            "file": report.source,
            "page": self.page,
            "bbox": [round(v, 2) for v in self.bbox],
            "text": self.text,
            "area": self.area,
            "kind": self.kind,
            "direction": self.direction,
            "amount_sek": self.amount_sek,
            "tags": [{"tag": t.tag, "score": round(t.score, 4), "evidence": t.evidence} for t in self.tags],
            "report": report.contract(),
            "investment": self.investment,
            "flags": list(self.flags),
            "explanation_id": self.explanation_id,
        }


@dataclass(frozen=True)
class Hit:
    explanation: Explanation
    report: Report
    score: float
    highlights: tuple[str, ...] = ()
    periods: tuple[str, ...] = field(default_factory=tuple)
    strength: float | None = None  # how well it answers the question, 0..1 (index.relevance)
    also_pages: tuple[int, ...] = ()  # other pages of the report that state the same deviation
    also_in: tuple[tuple[str, int], ...] = ()  # (file, page): the same words in another paper, same period

    def contract(self) -> dict[str, Any]:
        row = self.explanation.contract(self.report)
        row["score"] = round(self.score, 6)
        row["match"] = self.strength
        row["highlights"] = list(self.highlights)
        row["periods"] = list(self.periods)
        row["also_pages"] = list(self.also_pages)
        row["also_in"] = [{"file": file, "page": page} for file, page in self.also_in]
        return row


def to_dict(obj: object) -> dict[str, Any]:
    return asdict(obj)  # type: ignore[call-overload, no-any-return]
