"""`avvik eval search`: analyst questions against an ingested archive, hit@1, hit@3 and MRR@10 per mode;
with ``--corpus FOLDER`` the questions of a labelled folder in the shared format, scored as the reference
scorer scores them (:func:`evaluate_corpus_questions`).

The questions live in ``data/labelled/search_questions.jsonl``, one object a line:
``{"query", "type": "paraphrase" | "exact", "relevant": [{"file", "contains"}], "filters": {...}}``.
A relevant explanation is named by its PDF's base name and a distinctive snippet of its text, compared on
letters and digits only, so it survives re-extraction (new ids, other line breaks). Nothing is ingested
here: the archive must already hold the reports the questions point at.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from extract.evaluation.corpus import load_corpus, read_jsonl
from extract.evaluation.search_score import SearchScore, score_search
from index.errors import AvvikIndexError
from index.search import Mode, Searchable, chain_root, clear_match, search_many, understand_queries
from index.vectors.store import Filters

MODES: tuple[Mode, ...] = ("dense", "sparse", "hybrid")
DEPTH = 10


@dataclass(frozen=True)
class Question:
    query: str
    relevant: tuple[tuple[str, str], ...]  # (file, snippet)
    type: str = "paraphrase"
    filters: Filters | None = None


@dataclass(frozen=True)
class ModeScore:
    mode: str
    hit_at_1: float
    hit_at_3: float
    mrr_at_10: float
    by_type: dict[str, tuple[int, float]] = field(default_factory=dict)  # type -> (questions, hit@3)
    ranks: tuple[int | None, ...] = ()  # 1-based rank of the first relevant hit per question


@dataclass(frozen=True)
class SearchEvaluation:
    questions: tuple[Question, ...]  # those with at least one relevant explanation in the archive
    scores: tuple[ModeScore, ...]
    unresolved: tuple[str, ...]  # relevant snippets that match no explanation in the archive
    explanations: int


def _squash(text: str) -> str:
    return re.sub(r"[\W_]+", "", text).lower()


def load_questions(path: str | Path) -> list[Question]:
    questions = []
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, start=1):
            if not line.strip():
                continue
            row: dict[str, Any] = json.loads(line)
            relevant = tuple((r["file"], r["contains"]) for r in row.get("relevant", ()))
            if not row.get("query") or not relevant:
                raise AvvikIndexError(
                    f"{path}:{n}: a question needs a query and at least one relevant explanation"
                )
            given: dict[str, Any] = {
                k: tuple(v) if isinstance(v, list) else v for k, v in (row.get("filters") or {}).items()
            }
            filters = Filters(**given) if given else None
            questions.append(Question(row["query"], relevant, row.get("type", "paraphrase"), filters))
    return questions


def _relevant_roots(archive: Searchable, questions: Sequence[Question]) -> tuple[list[set[str]], list[str]]:
    """Per question, the carry-over roots of its relevant explanations; and the snippets found nowhere."""
    sources = {r.report_id: r.source for r in archive.catalog.reports()}
    by_file: dict[str, list[Any]] = {}
    for exp in archive.catalog.explanations():
        if exp.report_id in sources:
            by_file.setdefault(sources[exp.report_id], []).append((exp, _squash(exp.text)))
    roots: list[set[str]] = []
    unresolved: list[str] = []
    for question in questions:
        found: set[str] = set()
        for file, snippet in question.relevant:
            matches = [exp for exp, text in by_file.get(file, []) if _squash(snippet) in text]
            if not matches:
                unresolved.append(f"{file}: {snippet!r}")
            found.update(chain_root(exp) for exp in matches)
        roots.append(found)
    return roots, unresolved


def evaluate_search(
    archive: Searchable, questions_path: str | Path, modes: Sequence[Mode] = MODES
) -> SearchEvaluation:
    questions = load_questions(questions_path)
    if not archive.store.exists() or archive.store.count() == 0:
        raise AvvikIndexError(
            "the archive is empty; ingest the reports first, e.g. "
            "`avvik ingest data/samples data/labelled/reports`"
        )
    roots, unresolved = _relevant_roots(archive, questions)
    scored = [i for i, r in enumerate(roots) if r]
    scores = []
    for mode in modes:
        ranks: list[int | None] = [None] * len(questions)
        groups: dict[Filters | None, list[int]] = {}
        for i in scored:
            groups.setdefault(questions[i].filters, []).append(i)
        for filters, members in groups.items():
            results = search_many(archive, [questions[i].query for i in members], filters, DEPTH, mode)
            for i, hits in zip(members, results, strict=True):
                ranks[i] = next(
                    (n for n, hit in enumerate(hits, start=1) if chain_root(hit.explanation) in roots[i]),
                    None,
                )
        scores.append(_score(mode, [questions[i] for i in scored], [ranks[i] for i in scored]))
    return SearchEvaluation(
        tuple(questions[i] for i in scored),
        tuple(scores),
        tuple(unresolved),
        archive.catalog.count("explanations"),
    )


def _score(mode: str, questions: Sequence[Question], ranks: Sequence[int | None]) -> ModeScore:
    n = max(len(ranks), 1)
    by_type: dict[str, tuple[int, float]] = {}
    for kind in sorted({q.type for q in questions}):
        mine = [r for q, r in zip(questions, ranks, strict=True) if q.type == kind]
        by_type[kind] = (len(mine), sum(r is not None and r <= 3 for r in mine) / len(mine))
    return ModeScore(
        mode=mode,
        hit_at_1=sum(r == 1 for r in ranks) / n,
        hit_at_3=sum(r is not None and r <= 3 for r in ranks) / n,
        mrr_at_10=sum(1 / r for r in ranks if r is not None and r <= DEPTH) / n,
        by_type=by_type,
        ranks=tuple(ranks),
    )


def format_search_report(result: SearchEvaluation) -> str:
    n = len(result.questions)
    lines = [
        f"search: {n} questions over {result.explanations} explanations",
        "",
        f"{'mode':8} {'hit@1':>6} {'hit@3':>6} {'MRR@10':>7}   hit@3 by question type",
    ]
    for s in result.scores:
        types = "  ".join(f"{k} {v:.3f} (n={c})" for k, (c, v) in s.by_type.items())
        lines.append(f"{s.mode:8} {s.hit_at_1:6.3f} {s.hit_at_3:6.3f} {s.mrr_at_10:7.3f}   {types}")
    hybrid = next(
        (s for s in result.scores if s.mode == "hybrid"), result.scores[-1] if result.scores else None
    )
    if hybrid is not None:
        missed = [
            (q.query, r) for q, r in zip(result.questions, hybrid.ranks, strict=True) if r is None or r > 3
        ]
        if missed:
            lines += ["", f"not in the top 3 ({hybrid.mode}):"]
            lines += [f"  {'–' if r is None else r:>2}  {q}" for q, r in missed]
    if result.unresolved:
        lines += [
            "",
            f"{len(result.unresolved)} relevant snippets match no explanation (questions without any "
            "are left out; ingest their reports or fix the snippet):",
        ]
        lines += [f"  {u}" for u in result.unresolved]
    return "\n".join(lines)


def evaluate_corpus_questions(
    archive: Searchable,
    folder: str | Path,
    no_answer: str | Path | None = None,
    mode: Mode = "hybrid",
    understand: bool = True,
) -> SearchScore:
    """The questions of a labelled folder in the shared format (``gold/*.queries.jsonl`` or
    ``queries.jsonl``, relevant items by id) searched in the archive and scored by the reference rules,
    plus the questions of ``no_answer`` (``{"query"}`` a line, no relevant item) for the relevance floor.
    Searched as ``avvik search --queries-file`` searches (no filter, so no boilerplate; the question's chips
    unless ``understand`` is false, as with ``--literal``).
    The archive must hold the folder's reports (``avvik ingest FOLDER``)."""
    corpus = load_corpus(folder)
    asked = [dict(q) for q in corpus.queries]
    unanswerable = (
        [{"query": r["query"], "relevant": []} for r in read_jsonl(Path(no_answer))] if no_answer else []
    )
    if not asked and not unanswerable:
        raise AvvikIndexError(f"{folder}: no questions (gold/*.queries.jsonl or queries.jsonl)")
    if not archive.store.exists() or archive.store.count() == 0:
        raise AvvikIndexError(f"the archive is empty; ingest the reports first: `avvik ingest {folder}`")
    results = []
    # each set in its own batch: a query's vector depends a little on the batch it is embedded in, and the
    # labelled questions are to get exactly the hits `avvik search --queries-file` gives them
    for batch in (asked, unanswerable):
        queries = [str(q["query"]) for q in batch]
        understood = understand_queries(archive.catalog, queries) if understand else None
        found = search_many(archive, queries, Filters(), DEPTH, mode, understood) if queries else []
        results += [
            {"query": query, "clear_match": clear_match(hits), "hits": [h.contract() for h in hits]}
            for query, hits in zip(queries, found, strict=True)
        ]
    return score_search(corpus.gold, asked + unanswerable, results)
