"""Search scored as the reference scorer scores it: the shared question format, the same figures.

A question is ``{"query", "relevant": [gold item ids]}`` (ids as :mod:`extract.evaluation.corpus` offsets
them); a result line is ``{"query", "hits": [hit rows]}`` as ``avvik search --queries-file --format jsonl``
prints it. A hit is relevant when it matches one of the question's items by the extraction rules (same
file, page within one, 0.6 of the gold words). Figures over the first ``DEPTH`` hits: top-1, hit@3,
MRR@10 and recall@10 (share of the relevant items found). Questions without relevant items (those the
archive cannot answer) are not among them; for those, and for all, the share with a clear match is
counted when the result lines carry ``clear_match``.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from extract.evaluation.rules import Item, Row, overlap_if_match

DEPTH = 10


def query_key(query: object) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", str(query or ""))).strip().lower()


@dataclass(frozen=True)
class QuestionScore:
    query: str
    first_relevant: int | None  # 1-based rank of the first relevant hit
    recall: float | None
    clear_match: bool | None


@dataclass(frozen=True)
class SearchScore:
    questions: tuple[QuestionScore, ...]  # the answerable ones
    no_answer: tuple[QuestionScore, ...]  # questions with no relevant item
    missing: int  # questions with no result line
    duplicates: int  # result lines for a question already answered

    def _mean(self, values: Sequence[float | None]) -> float | None:
        kept = [v for v in values if v is not None]
        return sum(kept) / len(kept) if kept else None

    def figures(self) -> dict[str, Any]:
        ranks = [q.first_relevant for q in self.questions]
        out: dict[str, Any] = {
            "n_queries": len(self.questions),
            "missing_results": self.missing,
            "duplicate_results": self.duplicates,
            "top1": self._mean([1.0 if r == 1 else 0.0 for r in ranks]),
            "hit3": self._mean([1.0 if r is not None and r <= 3 else 0.0 for r in ranks]),
            "mrr10": self._mean([1.0 / r if r else 0.0 for r in ranks]),
            "recall10": self._mean([q.recall for q in self.questions]),
        }
        if any(q.clear_match is not None for q in (*self.questions, *self.no_answer)):
            found = [q for q in self.questions if q.first_relevant is not None and q.first_relevant <= 3]
            out["clear_when_hit3"] = self._mean([1.0 if q.clear_match else 0.0 for q in found])
            out["n_no_answer"] = len(self.no_answer)
            out["no_clear_match_rate"] = self._mean([0.0 if q.clear_match else 1.0 for q in self.no_answer])
        return out

    def format(self, show_errors: bool = False) -> str:
        f = self.figures()
        lines = [
            "== avvik search score ==",
            f"queries            {f['n_queries']}  (without results: {f['missing_results']})",
            f"top-1              {_fmt(f['top1'])}",
            f"hit@3              {_fmt(f['hit3'])}",
            f"MRR@10             {_fmt(f['mrr10'])}",
            f"recall@10          {_fmt(f['recall10'])}",
        ]
        if "no_clear_match_rate" in f:
            lines.append(
                f"clear match, hit@3 {_fmt(f['clear_when_hit3'])}  (answerable with a relevant hit in 3)"
            )
            lines.append(
                f"no clear match     {_fmt(f['no_clear_match_rate'])}  ({f['n_no_answer']} with no answer)"
            )
        if show_errors:
            lines.append(f"\n{'rank':<5} {'rec10':<6} {'clear':<6} query")
            for q in (*self.questions, *self.no_answer):
                clear = "-" if q.clear_match is None else ("yes" if q.clear_match else "no")
                lines.append(f"{q.first_relevant or '-'!s:<5} {_fmt(q.recall):<6} {clear:<6} {q.query}")
        lines.append(json.dumps(f, ensure_ascii=False, sort_keys=True))
        return "\n".join(lines)


def _fmt(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.3f}"


def score_search(gold: Sequence[Row], questions: Sequence[Row], results: Sequence[Row]) -> SearchScore:
    items = [Item.of(row, i) for i, row in enumerate(gold)]
    by_query: dict[str, Row] = {}
    duplicates = 0
    for row in results:
        key = query_key(row.get("query"))
        if key in by_query:
            duplicates += 1
            continue
        by_query[key] = row
    answerable: list[QuestionScore] = []
    no_answer: list[QuestionScore] = []
    missing = 0
    for question in questions:
        relevant = [items[i] for i in question.get("relevant", [])]
        result = by_query.get(query_key(question.get("query")))
        if result is None:
            missing += 1
        hits = [Item.of(h, j) for j, h in enumerate((result or {}).get("hits") or [])][:DEPTH]
        first = None
        covered: set[int] = set()
        for rank, hit in enumerate(hits, 1):
            found = [g.index for g in relevant if overlap_if_match(g, hit) is not None]
            covered.update(found)
            if found and first is None:
                first = rank
        clear = (result or {}).get("clear_match")
        score = QuestionScore(
            str(question.get("query")),
            first,
            len(covered) / len(relevant) if relevant else None,
            None if clear is None else bool(clear),
        )
        (answerable if relevant else no_answer).append(score)
    return SearchScore(tuple(answerable), tuple(no_answer), missing, duplicates)
