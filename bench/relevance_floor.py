"""Calibrate the relevance floor (index.relevance) on answerable and unanswerable questions.

    python bench/relevance_floor.py DATA_DIR:CORPUS_FOLDER [...] [--no-answer data/labelled/no_answer_questions.jsonl]

Each DATA_DIR must hold the folder's reports ingested (``avvik --data-dir DATA_DIR ingest FOLDER``). The
folder's questions (answerable) and the no-answer questions are searched in each archive, word for word
(as ``--literal``: no chips); for every
question the best hit's raw signals (dense cosine, keyword coverage) are kept, and a grid of
(``COSINE_ZERO``, ``DENSE_WEIGHT``, ``CLEAR_MATCH``) is scored: the share of no-answer questions without a
clear match, and the share of answerable questions with a relevant hit in the top 3 that keep a clear
match. The chosen constants are the ones in index/relevance.py; this prints where they stand.
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path[0] = str(ROOT)  # the project first: bench/extract.py would shadow the package extract/

from extract.evaluation.corpus import load_corpus  # noqa: E402
from extract.evaluation.search_score import score_search  # noqa: E402
from index import relevance  # noqa: E402
from index.archive import Archive  # noqa: E402
from index.catalog.interface import content_hash  # noqa: E402
from index.search import search_many  # noqa: E402
from index.settings import Settings  # noqa: E402
from index.vectors.embedder import vector_identity  # noqa: E402
from index.vectors.keywords import document_text  # noqa: E402


def signals(
    archive: Archive, queries: list[str]
) -> list[tuple[list[dict[str, Any]], list[tuple[float, float]]]]:
    """Per query: its hit rows and each hit's (cosine, coverage)."""
    results = search_many(archive, queries, limit=10)
    vectors = archive.embedder.embed_queries(queries)
    out = []
    for query, vector, hits in zip(queries, vectors, results, strict=True):
        texts = [document_text(h.report, h.explanation) for h in hits]
        hashes = [content_hash(t) for t in texts]
        cached = archive.catalog.cached_vectors(sorted(set(hashes)), vector_identity(archive.embedder))
        sims = relevance.cosines(vector, [cached.get(h) for h in hashes])
        wanted = relevance.content_stems(query)
        raw = [(s or 0.0, relevance.coverage(wanted, t)) for s, t in zip(sims, texts, strict=True)]
        out.append(([h.contract() for h in hits], raw))
    return out


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("pairs", nargs="+", help="DATA_DIR:CORPUS_FOLDER")
    parser.add_argument("--no-answer", type=Path, default=Path("data/labelled/no_answer_questions.jsonl"))
    args = parser.parse_args()
    no_answer = [json.loads(line)["query"] for line in args.no_answer.open(encoding="utf-8") if line.strip()]
    rows: list[tuple[bool, bool, list[tuple[float, float]], str]] = []  # (answerable, hit@3, raw, query)
    for pair in args.pairs:
        data_dir, folder = pair.split(":", 1)
        corpus = load_corpus(folder)
        archive = Archive(Settings.load(data_dir))
        try:
            questions = [q["query"] for q in corpus.queries]
            found = signals(archive, questions + no_answer)
        finally:
            archive.close()
        results = [{"query": q, "hits": hits} for q, (hits, _) in zip(questions, found, strict=False)]
        score = score_search(corpus.gold, corpus.queries, results)
        print(folder, json.dumps(score.figures()))
        for q, (_, raw) in zip(score.questions, found, strict=False):
            rows.append((True, q.first_relevant is not None and q.first_relevant <= 3, raw, q.query))
        for query, (_, raw) in zip(no_answer, found[len(questions) :], strict=True):
            rows.append((False, False, raw, query))

    def verdicts(zero: float, weight: float, floor: float) -> tuple[float, float]:
        def best(raw: list[tuple[float, float]]) -> float:
            return max(
                (weight * min(1.0, max(0.0, (c - zero) / (1 - zero))) + (1 - weight) * v for c, v in raw),
                default=0.0,
            )

        kept = [best(raw) >= floor for answerable, hit3, raw, _ in rows if hit3]
        refused = [best(raw) < floor for answerable, _, raw, _ in rows if not answerable]
        return sum(refused) / max(1, len(refused)), sum(kept) / max(1, len(kept))

    print(f"{'zero':>5} {'weight':>6} {'floor':>5} {'no-answer refused':>18} {'hit@3 kept':>10}")
    grid = itertools.product((0.7, 0.75, 0.8), (0.3, 0.5, 0.7, 1.0), [x / 100 for x in range(10, 61, 5)])
    for zero, weight, floor in grid:
        refused, kept = verdicts(zero, weight, floor)
        if refused >= 0.6 and kept >= 0.85:
            print(f"{zero:5.2f} {weight:6.2f} {floor:5.2f} {refused:18.3f} {kept:10.3f}")
    chosen = (relevance.COSINE_ZERO, relevance.DENSE_WEIGHT, relevance.CLEAR_MATCH)
    refused, kept = verdicts(*chosen)
    print(f"chosen {chosen}: no-answer questions without a clear match {refused:.3f}, hit@3 kept {kept:.3f}")
    for answerable, hit3, raw, query in rows:
        top = max(raw, default=(0.0, 0.0))
        print(
            f"  {'ans' if answerable else 'NO '} {'h3' if hit3 else '  '} cos={top[0]:.3f} cov={top[1]:.2f} {query}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
