"""Search at scale: 100,000 synthetic explanations in the embedded index against a NumPy brute force.

    .venv/bin/python bench/search.py [--n 100000] [--real 1500] [--queries 100] [--with-local]

The explanations are generated here from the taxonomy's cue words and Swedish report sentences, with
realistic payloads (311 municipalities and regions, committees, periods 2021–2025, kinds, directions,
amounts, tags). Embedding 100,000 texts with the real model would take most of an hour on two cores, so
``--real`` of them are embedded for real and every other vector is a perturbed combination of two real
vectors with the same cause (0.6·a + 0.4·b + noise, normalised): the same spread of cosines as real
embeddings. Sparse vectors come from each text itself. Queries are analyst questions embedded for real.

Prints latency p50/p95 (ms) for dense, hybrid and hybrid + filter (a municipality and a period range) on
the embedded store and on a NumPy brute force over the same vectors, recall@10 of the store against the
exact dense ranking, index build time, resident memory, embedding throughput (explanations/s with the
real model on ``--embed-sample`` texts), and ends with one JSON line.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import numpy as np
from scipy import sparse as sp

ROOT = Path(__file__).resolve().parents[1]
LABELLED = ROOT / "data" / "labelled" / "extract.jsonl"
sys.path.insert(0, str(ROOT))

from synthetic import COMMITTEES, generate, load_taxonomy  # noqa: E402

from index.periods import period_number  # noqa: E402
from index.settings import Settings  # noqa: E402
from index.vectors import open_store  # noqa: E402
from index.vectors.embedder import SentenceTransformerEmbedder  # noqa: E402
from index.vectors.keywords import sparse_vector  # noqa: E402
from index.vectors.store import RRF_K, Filters, Point, VectorStore, prefetch_depth  # noqa: E402

QUESTIONS = [
    "Varför har kostnaderna för {cue} ökat inom {area}?",
    "Vilka kommuner har problem med {cue}?",
    "{cue} {municipality}",
    "Hur mycket har {area} dragit över budget på grund av {cue}?",
]


def dense_vectors(
    rows: list[dict[str, Any]], embedder: Any, real: int, rng: np.random.Generator
) -> np.ndarray:
    """The first ``real`` texts embedded by the model; the rest perturbed combinations of two of them."""
    real = min(real, len(rows))
    vectors = np.zeros((len(rows), embedder.dim), dtype=np.float32)
    vectors[:real] = embedder.embed_documents([r["text"] for r in rows[:real]])
    by_tag: dict[str, list[int]] = {}
    for i in range(real):
        by_tag.setdefault(rows[i]["tag"], []).append(i)
    for i in range(real, len(rows)):
        pool = by_tag.get(rows[i]["tag"]) or list(range(real))
        a, b = rng.choice(pool), rng.choice(pool)
        v = 0.6 * vectors[a] + 0.4 * vectors[b] + rng.normal(0, 0.1 / np.sqrt(embedder.dim), embedder.dim)
        vectors[i] = v / np.linalg.norm(v)
    return vectors


class NumpyIndex:
    """The physical reference: exact dense scores, IDF-weighted sparse dot products, RRF, boolean filters."""

    def __init__(
        self,
        vectors: np.ndarray,
        sparse_rows: list[tuple[list[int], list[float]]],
        rows: list[dict[str, Any]],
    ) -> None:
        self.vectors = vectors
        columns: dict[int, int] = {}
        data, indices, indptr = [], [], [0]
        for idx, val in sparse_rows:
            indices.extend(columns.setdefault(j, len(columns)) for j in idx)
            data.extend(val)
            indptr.append(len(indices))
        self.columns = columns
        matrix = sp.csr_matrix((np.array(data, np.float32), indices, indptr), shape=(len(rows), len(columns)))
        df = np.bincount(matrix.indices, minlength=len(columns))
        self.idf = np.log1p((len(rows) - df + 0.5) / (df + 0.5)).astype(np.float32)
        self.matrix = matrix.tocsc()
        self.municipality = np.array([r["municipality"] for r in rows])
        self.period = np.array([r["period_num"] for r in rows])
        self.boilerplate = np.array([bool(r["flags"]) for r in rows])

    def mask(self, filters: Filters) -> np.ndarray:
        keep = ~self.boilerplate
        if filters.municipality:
            keep &= np.isin(self.municipality, filters.municipality)
        low, high = period_number(filters.period_from, start=True), period_number(filters.period_to)
        if low is not None:
            keep &= self.period >= low
        if high is not None:
            keep &= self.period <= high
        return keep

    def dense_scores(self, q: np.ndarray, keep: np.ndarray | None = None) -> np.ndarray:
        scores = self.vectors @ q
        return scores if keep is None else np.where(keep, scores, -np.inf)

    def sparse_scores(self, q: tuple[list[int], list[float]], keep: np.ndarray | None = None) -> np.ndarray:
        cols = [(self.columns[j], v) for j, v in zip(*q, strict=True) if j in self.columns]
        if not cols:
            return np.zeros(self.vectors.shape[0], np.float32)
        ids, vals = zip(*cols, strict=True)
        weights = np.array(vals, np.float32) * self.idf[list(ids)]
        scores = np.asarray(self.matrix[:, list(ids)] @ weights).ravel()
        return scores if keep is None else np.where(keep, scores, 0)

    def dense(self, q: np.ndarray, k: int, keep: np.ndarray | None = None) -> np.ndarray:
        scores = self.dense_scores(q, keep)
        top = np.argpartition(-scores, k)[:k]
        return top[np.argsort(-scores[top])]

    def sparse(self, q: tuple[list[int], list[float]], k: int, keep: np.ndarray | None = None) -> np.ndarray:
        scores = self.sparse_scores(q, keep)
        top = np.flatnonzero(scores)
        if len(top) > k:
            top = top[np.argpartition(-scores[top], k)[:k]]
        return top[np.argsort(-scores[top])]

    def hybrid(
        self, q: np.ndarray, qs: tuple[list[int], list[float]], k: int, keep: np.ndarray | None = None
    ) -> list[int]:
        depth = prefetch_depth(k)
        fused: dict[int, float] = {}
        for ranking in (self.dense(q, depth, keep), self.sparse(qs, depth, keep)):
            for rank, i in enumerate(ranking):
                fused[int(i)] = fused.get(int(i), 0.0) + 1.0 / (RRF_K + rank)
        return sorted(fused, key=lambda i: -fused[i])[:k]


def percentiles(samples: list[float]) -> tuple[float, float]:
    return float(np.percentile(samples, 50)), float(np.percentile(samples, 95))


def timed(fn: Any, args: list[tuple[Any, ...]]) -> tuple[float, float]:
    fn(*args[0])  # warm
    samples = []
    for a in args:
        started = time.perf_counter()
        fn(*a)
        samples.append((time.perf_counter() - started) * 1000)
    return percentiles(samples)


def recall(found: list[str], scores: np.ndarray, k: int = 10) -> float:
    """Share of the store's top k whose exact score reaches the exact k-th best (ties count as found)."""
    kth = np.partition(-scores, k - 1)[k - 1] * -1
    wanted = min(k, int(np.sum(scores > 0)) if scores.min() >= 0 else k)  # sparse: only matching points count
    if wanted == 0:
        return 1.0 if not found else 0.0
    return sum(scores[int(e, 16)] >= kth - 1e-4 for e in found[:k]) / wanted


def time_store(
    store: VectorStore,
    points: list[Point],
    dim: int,
    model: str,
    qdense: np.ndarray,
    qsparse: list[Any],
    filters: list[Filters],
) -> dict[str, Any]:
    """Build the index, then time dense, hybrid, hybrid + filter and facet queries (limit 30 as search)."""
    started = time.perf_counter()
    store.ensure(dim, model)
    store.upsert(points)
    build_s = time.perf_counter() - started
    both = list(zip(qdense, qsparse, strict=True))
    return {
        "build_s": build_s,
        "dense": timed(lambda q: store.query(q, None, None, 10), [(q,) for q in qdense]),
        "hybrid": timed(lambda q, s: store.query(q, s, None, 30), both),
        "hybrid_filter": timed(
            lambda q, s, f: store.query(q, s, f, 30), [(*b, f) for b, f in zip(both, filters, strict=True)]
        ),
        "facets": timed(lambda f: store.facets("tags", f), [(f,) for f in filters[:20]]),
        "store": store,
    }


def embedding_sample(n: int, rng: random.Random) -> tuple[list[str], str]:
    """Texts timed for embedding throughput: the labelled explanations, cut from real reports and longer
    than the generated ones (about 39 words against 28), repeated up to ``n``; generated ones without them."""
    if LABELLED.exists():
        texts = [json.loads(line)["text"] for line in LABELLED.read_text().splitlines() if line.strip()]
        return [texts[i % len(texts)] for i in range(n)], "labelled explanations"
    return [r["text"] for r in generate(n, rng)], "generated explanations"


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--n", type=int, default=100_000, help="explanations in the index")
    parser.add_argument("--real", type=int, default=1500, help="texts embedded with the real model")
    parser.add_argument("--queries", type=int, default=100)
    parser.add_argument("--embed-sample", type=int, default=500, help="texts timed for embedding throughput")
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--with-local", action="store_true", help="also time qdrant-client's local mode")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    rng, nrng = random.Random(args.seed), np.random.default_rng(args.seed)
    say = lambda *a: print(*a, file=sys.stderr, flush=True)  # noqa: E731

    rows = generate(args.n, rng)
    embedder = SentenceTransformerEmbedder(Settings.load().model_dir, threads=args.threads)
    say(f"generated {len(rows):,} explanations; embedder backend: {embedder.backend}")
    sample, origin = embedding_sample(args.embed_sample, random.Random(args.seed + 1))
    embedder.embed_documents(sample[:16])
    started = time.perf_counter()
    embedder.embed_documents(sample)
    embed_per_s = len(sample) / (time.perf_counter() - started)
    words = sum(len(t.split()) for t in sample) / len(sample)
    say(
        f"embedding: {embed_per_s:.1f} explanations/s ({len(sample)} {origin}, mean {words:.0f} words, "
        f"{args.threads} threads)"
    )

    started = time.perf_counter()
    vectors = dense_vectors(rows, embedder, args.real, nrng)
    say(
        f"dense vectors: {min(args.real, args.n):,} embedded, the rest perturbed combinations "
        f"({time.perf_counter() - started:.0f} s)"
    )
    sparse_rows = [
        sparse_vector(f"{r['municipality']} {r['committee']} {r['area']}: {r['text']}") for r in rows
    ]
    places = sorted({r["municipality"] for r in rows})
    asked = [
        rng.choice(QUESTIONS).format(
            cue=rng.choice(rng.choice(load_taxonomy())[1]),
            area=rng.choice(rng.choice(list(COMMITTEES.values()))).lower(),
            municipality=rng.choice(places),
        )
        for _ in range(args.queries)
    ]
    qdense = embedder.embed_queries(asked)
    qsparse = [sparse_vector(q) for q in asked]
    filters = [
        Filters(municipality=(rng.choice(places),), period_from="2023-01", period_to="2025-12") for _ in asked
    ]
    points = [
        Point(
            f"{i:032x}", vectors[i], sparse_rows[i], {k: v for k, v in r.items() if k not in ("text", "tag")}
        )
        for i, r in enumerate(rows)
    ]

    results: dict[str, Any] = {}
    rss_before = rss_mb()
    with tempfile.TemporaryDirectory() as tmp:
        engines: list[tuple[str, VectorStore]] = [("qdrant-edge", open_store(path=Path(tmp) / "edge"))]
        if args.with_local:
            from index.vectors.server import ServerStore

            engines.append(("qdrant-client local", ServerStore(path=Path(tmp) / "local")))
        for name, store in engines:
            results[name] = time_store(store, points, embedder.dim, embedder.name, qdense, qsparse, filters)
            say(f"{name}: built in {results[name]['build_s']:.1f} s")

        reference = NumpyIndex(vectors, sparse_rows, rows)
        dense_np = timed(lambda q: reference.dense(q, 10), [(q,) for q in qdense])
        hybrid_np = timed(lambda q, s: reference.hybrid(q, s, 30), list(zip(qdense, qsparse, strict=True)))
        hybrid_f_np = timed(
            lambda q, s, f: reference.hybrid(q, s, 30, reference.mask(f)),
            list(zip(qdense, qsparse, filters, strict=True)),
        )
        edge = results["qdrant-edge"]
        store = edge["store"]
        keep = ~reference.boilerplate
        dense_recall = [
            recall([e for e, _ in store.query(q, None, None, 10)], reference.dense_scores(q, keep))
            for q in qdense
        ]
        sparse_recall = [
            recall([e for e, _ in store.query(None, s, f, 10)], reference.sparse_scores(s, reference.mask(f)))
            for s, f in zip(qsparse, filters, strict=True)
        ]
        index_rss = rss_mb() - rss_before
        for _, st in engines:
            st.close()

    print(f"{args.n:,} explanations, {len(asked)} queries, {args.threads} threads; latency ms p50 / p95")
    print(f"{'engine':22} {'dense':>15} {'hybrid':>15} {'hybrid+filter':>15} {'facets':>15} {'build s':>8}")
    for name, r in results.items():
        cells = " ".join(
            f"{r[k][0]:7.1f} /{r[k][1]:6.1f}" for k in ("dense", "hybrid", "hybrid_filter", "facets")
        )
        print(f"{name:22} {cells} {r['build_s']:8.1f}")
    cells = " ".join(f"{v[0]:7.1f} /{v[1]:6.1f}" for v in (dense_np, hybrid_np, hybrid_f_np))
    print(f"{'numpy brute force':22} {cells} {'–':>15} {'–':>8}")
    print(
        f"recall@10 against the exact scores (ties count): dense {np.mean(dense_recall):.4f}, "
        f"sparse + filter {np.mean(sparse_recall):.4f}"
    )
    print(
        f"embedding: {embed_per_s:.1f} explanations/s ({embedder.backend}); "
        f"peak RSS {rss_mb():.0f} MB (index and queries added {index_rss:.0f} MB)"
    )
    print(
        f"vectors: {min(args.real, args.n):,} embedded by the model, "
        f"{max(args.n - args.real, 0):,} perturbed combinations of two real vectors of the same cause"
    )
    print(
        json.dumps(
            {
                "n": args.n,
                "dense_p95_ms": round(edge["dense"][1], 2),
                "hybrid_p95_ms": round(edge["hybrid"][1], 2),
                "hybrid_filter_p95_ms": round(edge["hybrid_filter"][1], 2),
                "numpy_p95_ms": round(dense_np[1], 2),
                "recall_at_10": round(float(np.mean(dense_recall)), 4),
                "embed_per_s": round(embed_per_s, 1),
                "build_s": round(edge["build_s"], 1),
                "rss_mb": round(rss_mb()),
            }
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
