"""Search at scale: up to a million synthetic explanations in the embedded index against NumPy's exact ranking.

    .venv/bin/python bench/search.py [--n 100000] [--storage chosen,exact,...] [--real 1500] [--queries 100]

The explanations are generated from the taxonomy's cue words and Swedish report sentences, with realistic
payloads (311 municipalities and regions, committees, periods 2021–2025, kinds, directions, amounts,
tags). Embedding a million texts would take days on two cores, so ``--real`` of them are embedded by the
model and every other vector is a perturbed combination of two real vectors with the same cause
(0.6·a + 0.4·b + noise, normalised): the same spread of cosines as real embeddings. Sparse vectors come
from each text itself (about 125 terms each). Queries are analyst questions embedded for real.

The data set is written once to a temporary folder (vectors memory-mapped, payloads as JSONL), so that
the bench itself stays small (about 3 GB at a million). Each storage layout (``--storage``, see
``STORAGES``; ``chosen`` is the product's ``index.vectors.edge.STORAGE``) is then built in a process of its
own and searched in another, fresh one, as the app would open it: ``index_mb`` is what opening the index
and answering every query added to that process's resident memory.

Prints, per layout: latency p50/p95 (ms) for dense, hybrid and hybrid + filter (a municipality and a
period range, limit 30 as search) and facets; recall@10 of dense (unfiltered and filtered) and of sparse +
filter against the exact scores; build time; disk; ``index_mb``; and NumPy's exact dense search on the same
vectors. Ends with one JSON line for the chosen layout (the first one given). Peak memory is the bench's
largest process plus its largest child: an upper bound of what it held at once.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import os
import pickle
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import asdict, replace
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
LABELLED = ROOT / "data" / "labelled" / "extract.jsonl"
sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(ROOT))  # first: bench/extract.py must not stand in for the extract package

from search_data import Dataset, kept_dataset, say, write_dataset  # noqa: E402
from synthetic import COMMITTEES, generate, load_taxonomy, municipalities  # noqa: E402

from index.periods import period_number  # noqa: E402
from index.vectors.edge import STORAGE, EdgeStore, Storage  # noqa: E402
from index.vectors.keywords import sparse_vector  # noqa: E402
from index.vectors.store import Filters  # noqa: E402

QUESTIONS = [
    "Varför har kostnaderna för {cue} ökat inom {area}?",
    "Vilka kommuner har problem med {cue}?",
    "{cue} {municipality}",
    "Hur mycket har {area} dragit över budget på grund av {cue}?",
]
# The layouts compared; "chosen" is the product's. "exact" is the layout before issue #19: one plain
# segment, float vectors in memory, every dense query an exact scan.
STORAGES: dict[str, Storage] = {
    "chosen": STORAGE,
    "exact": Storage(quantized=False, vectors_on_disk=False, hnsw_m=0, indexing_threshold_kb=0),
    "float-scan": Storage(quantized=False, vectors_on_disk=False, hnsw_m=0),
    "int8-scan": replace(STORAGE, hnsw_m=0),
    "int8-hnsw-ef64": replace(STORAGE, hnsw_ef=64),
    "sparse-in-memory": replace(STORAGE, sparse_on_disk=False),
    "all-in-memory": replace(STORAGE, vectors_on_disk=False, payload_on_disk=False),
}
UPSERT_BATCH = 4096
MODEL = "bench"


def rss_mb() -> dict[str, float]:
    """This process's resident memory now (total, anonymous, file-backed), in MB."""
    found = {}
    for line in Path("/proc/self/status").read_text().splitlines():
        key, _, value = line.partition(":")
        if key in ("VmRSS", "RssAnon", "RssFile"):
            found[key] = int(value.split()[0]) / 1024
    return found


def peak_mb() -> float:
    """This process's peak resident memory (VmHWM: unlike ru_maxrss, not inherited from the parent that
    spawned it)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def du_mb(path: Path) -> float:
    out = subprocess.run(["du", "-sk", str(path)], capture_output=True, text=True, check=True).stdout
    return int(out.split()[0]) / 1024


# -- the exact reference --------------------------------------------------------------------------------
class Exact:
    """Exact dense scores, IDF-weighted sparse dot products and boolean filters, on the data set's arrays."""

    def __init__(self, data: Dataset, columns: dict[str, np.ndarray]) -> None:
        self.vectors = np.array(data.dense())  # in memory, as a NumPy brute force would hold them
        self.indptr, self.indices, self.values = data.sparse()
        rows = np.repeat(np.arange(data.n, dtype=np.int32), np.diff(self.indptr))
        by_term = np.argsort(
            self.indices, kind="stable"
        )  # the sparse vectors by term: each term's rows at hand
        self.term_of = np.asarray(self.indices)[by_term]
        self.row_of, self.value_of = rows[by_term], np.asarray(self.values)[by_term]
        del rows, by_term
        terms, df = np.unique(self.term_of, return_counts=True)
        self.terms, self.idf = terms, np.log1p((data.n - df + 0.5) / (df + 0.5)).astype(np.float32)
        self.columns = columns
        self.places = {name: i for i, name in enumerate(municipalities())}

    def mask(self, filters: Filters) -> np.ndarray:
        keep = ~self.columns["boilerplate"]
        if filters.municipality:
            codes = [self.places[m] for m in filters.municipality]
            keep &= np.isin(self.columns["municipality"], codes)
        low, high = period_number(filters.period_from, start=True), period_number(filters.period_to)
        if low is not None:
            keep &= self.columns["period"] >= low
        if high is not None:
            keep &= self.columns["period"] <= high
        return keep

    def dense_scores(self, q: np.ndarray, keep: np.ndarray) -> np.ndarray:
        return np.where(keep, self.vectors @ q, -np.inf)

    def sparse_scores(self, q: tuple[list[int], list[float]], keep: np.ndarray) -> np.ndarray:
        weights = {}
        for term, value in zip(*q, strict=True):
            at = np.searchsorted(self.terms, term)
            if at < len(self.terms) and self.terms[at] == term:
                weights[term] = value * float(self.idf[at])
        scores = np.zeros(len(keep), np.float64)
        for term, weight in weights.items():
            low, high = np.searchsorted(self.term_of, [term, term + 1])
            scores += np.bincount(
                self.row_of[low:high], weights=self.value_of[low:high] * weight, minlength=len(keep)
            )
        return np.where(keep, scores, 0)

    def dense_top(self, q: np.ndarray, k: int) -> np.ndarray:
        scores = self.vectors @ q
        top = np.argpartition(-scores, k)[:k]
        return top[np.argsort(-scores[top])]


def recall(found: list[str], scores: np.ndarray, k: int = 10) -> float:
    """Share of the store's top k whose exact score reaches the exact k-th best (ties count as found)."""
    kth = np.partition(-scores, k - 1)[k - 1] * -1
    wanted = min(k, int(np.sum(scores > 0)) if scores.min() >= 0 else k)  # sparse: only matching points count
    if wanted == 0:
        return 1.0 if not found else 0.0
    return sum(scores[int(e, 16)] >= kth - 1e-4 for e in found[:k]) / wanted


def percentiles(samples: list[float]) -> tuple[float, float]:
    return float(np.percentile(samples, 50)), float(np.percentile(samples, 95))


def timed(fn: Callable[..., Any], args: list[tuple[Any, ...]]) -> tuple[float, float]:
    fn(*args[0])  # warm
    samples = []
    for a in args:
        started = time.perf_counter()
        fn(*a)
        samples.append((time.perf_counter() - started) * 1000)
    return percentiles(samples)


# -- one layout: built in one process, searched in a fresh one ----------------------------------------
def build(folder: str, n: int, dim: int, index: str, storage: dict[str, Any]) -> dict[str, float]:
    """Child process: the data set into a new index with this storage layout."""
    data = Dataset(Path(folder), n, dim)
    store = EdgeStore(Path(index), storage=Storage(**storage))
    started = time.perf_counter()
    store.ensure(dim, MODEL)
    for points in data.points(UPSERT_BATCH):
        store.upsert(points)
    upserted = time.perf_counter()
    store.optimize()
    store.close()
    done = time.perf_counter()
    return {"upsert_s": upserted - started, "optimize_s": done - upserted, "peak_mb": peak_mb()}


def measure(index: str, storage: dict[str, Any], queries: str) -> dict[str, Any]:
    """Child process: open the index as the app would, time the queries, report the memory it added."""
    qdense, qsparse, filters = pickle.loads(Path(queries).read_bytes())
    before = rss_mb()
    started = time.perf_counter()
    store = EdgeStore(Path(index), storage=Storage(**storage))
    store.query(qdense[0], None, None, 10)
    open_s = time.perf_counter() - started
    both = list(zip(qdense, qsparse, strict=True))
    result: dict[str, Any] = {
        "open_s": open_s,
        "dense": timed(lambda q: store.query(q, None, None, 10), [(q,) for q in qdense]),
        "hybrid": timed(lambda q, s: store.query(q, s, None, 30), both),
        "hybrid_filter": timed(
            lambda q, s, f: store.query(q, s, f, 30), [(*b, f) for b, f in zip(both, filters, strict=True)]
        ),
        "facets": timed(lambda f: store.facets("tags", f), [(f,) for f in filters[:20]]),
        "found_dense": [[e for e, _ in store.query(q, None, None, 10)] for q in qdense],
        "found_dense_filter": [
            [e for e, _ in store.query(q, None, f, 10)] for q, f in zip(qdense, filters, strict=True)
        ],
        "found_sparse_filter": [
            [e for e, _ in store.query(None, s, f, 10)] for s, f in zip(qsparse, filters, strict=True)
        ],
    }
    after = rss_mb()
    store.close()
    result["index_mb"] = after["VmRSS"] - before["VmRSS"]
    result["index_anon_mb"] = after["RssAnon"] - before["RssAnon"]
    result["peak_mb"] = peak_mb()
    return result


def in_child(fn: Callable[..., Any], *args: Any) -> Any:
    with mp.get_context("spawn").Pool(1, maxtasksperchild=1) as pool:
        return pool.apply(fn, args)


def embedding_sample(n: int, rng: random.Random) -> tuple[list[str], str]:
    """Texts timed for embedding throughput: the labelled explanations, cut from real reports and longer
    than the generated ones (about 39 words against 28), repeated up to ``n``; generated ones without them."""
    if LABELLED.exists():
        texts = [json.loads(line)["text"] for line in LABELLED.read_text().splitlines() if line.strip()]
        return [texts[i % len(texts)] for i in range(n)], "labelled explanations"
    return [r["text"] for r in generate(n, rng)], "generated explanations"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--n", type=int, default=100_000, help="explanations in the index")
    parser.add_argument(
        "--storage",
        default="chosen",
        help=f"comma-separated layouts, the first reported: {', '.join(STORAGES)}",
    )
    parser.add_argument("--real", type=int, default=1500, help="texts embedded with the real model")
    parser.add_argument("--queries", type=int, default=100)
    parser.add_argument("--embed-sample", type=int, default=500, help="texts timed for embedding throughput")
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--work", type=Path, help="folder for the data set and indexes (default: a temp dir)")
    parser.add_argument(
        "--data", type=Path, help="keep the data set in this folder, and use the one there when it matches"
    )
    args = parser.parse_args(argv)
    layouts = [name.strip() for name in args.storage.split(",") if name.strip()]
    unknown = [name for name in layouts if name not in STORAGES]
    if unknown:
        parser.error(f"unknown storage {unknown}; one of {', '.join(STORAGES)}")

    from index.settings import Settings
    from index.vectors.embedder import SentenceTransformerEmbedder

    rng = random.Random(args.seed)
    embedder = SentenceTransformerEmbedder(Settings.load().model_dir, threads=args.threads)
    sample, origin = embedding_sample(args.embed_sample, random.Random(args.seed + 1))
    embedder.embed_documents(sample[:16])
    started = time.perf_counter()
    embedder.embed_documents(sample)
    embed_per_s = len(sample) / (time.perf_counter() - started)
    words = sum(len(t.split()) for t in sample) / len(sample)
    say(f"embedding ({embedder.backend}): {embed_per_s:.1f} explanations/s ({len(sample)} {origin}, "
        f"mean {words:.0f} words, {args.threads} threads)")  # fmt: skip

    work = Path(tempfile.mkdtemp(prefix="avvik-bench-search-", dir=args.work))
    try:
        started = time.perf_counter()
        folder = args.data or work / "data"
        made = {"n": args.n, "real": args.real, "seed": args.seed}
        if (folder / "made.json").exists() and json.loads((folder / "made.json").read_text())["made"] == made:
            data, columns = kept_dataset(folder)
            say(f"data set: {args.n:,} explanations, the one kept in {folder}")
        else:
            shutil.rmtree(folder, ignore_errors=True)
            folder.mkdir(parents=True)
            data, columns = write_dataset(folder, args.n, args.real, embedder.embed_documents, args.seed)
            np.savez(folder / "columns.npz", allow_pickle=False, **columns)
            (folder / "made.json").write_text(json.dumps({"made": made, "dim": data.dim}))
            say(f"data set: {args.n:,} explanations, {min(args.real, args.n):,} embedded, the rest perturbed "
                f"combinations ({time.perf_counter() - started:.0f} s, {du_mb(folder):,.0f} MB)")  # fmt: skip

        places = municipalities()
        asked = [
            rng.choice(QUESTIONS).format(
                cue=rng.choice(rng.choice(load_taxonomy())[1]),
                area=rng.choice(rng.choice(list(COMMITTEES.values()))).lower(),
                municipality=rng.choice(places),
            )
            for _ in range(args.queries)
        ]
        qdense = np.asarray(embedder.embed_queries(asked), np.float32)
        qsparse = [sparse_vector(q) for q in asked]
        filters = [
            Filters(municipality=(rng.choice(places),), period_from="2023-01", period_to="2025-12")
            for _ in asked
        ]
        queries = work / "queries.pickle"
        queries.write_bytes(pickle.dumps((qdense, qsparse, filters)))
        del embedder

        exact = Exact(data, columns)
        keeps = [exact.mask(f) for f in filters]
        unfiltered = exact.mask(Filters())
        numpy_dense = timed(lambda q: exact.dense_top(q, 10), [(q,) for q in qdense])
        truth = {
            "dense": [exact.dense_scores(q, unfiltered) for q in qdense],
            "dense_filter": [exact.dense_scores(q, k) for q, k in zip(qdense, keeps, strict=True)],
            "sparse_filter": [exact.sparse_scores(s, k) for s, k in zip(qsparse, keeps, strict=True)],
        }
        say(f"exact reference ready; NumPy dense p50/p95 {numpy_dense[0]:.1f} / {numpy_dense[1]:.1f} ms")

        results: dict[str, dict[str, Any]] = {}
        for name in layouts:
            index = work / f"index-{name}"
            storage = asdict(STORAGES[name])
            built = in_child(build, str(data.folder), data.n, data.dim, str(index), storage)
            say(f"{name}: built in {built['upsert_s']:.0f} s + optimized in {built['optimize_s']:.0f} s")
            found = in_child(measure, str(index), storage, str(queries))
            found.update(disk_mb=du_mb(index), build_s=built["upsert_s"] + built["optimize_s"])
            found.update(
                upsert_s=built["upsert_s"], optimize_s=built["optimize_s"], build_peak_mb=built["peak_mb"]
            )
            for kind in ("dense", "dense_filter", "sparse_filter"):
                hits = found.pop(f"found_{kind}")
                found[f"recall_{kind}"] = float(
                    np.mean([recall(h, s) for h, s in zip(hits, truth[kind], strict=True)])
                )
            results[name] = found
            say(f"{name}: {json.dumps({k: v for k, v in found.items() if not isinstance(v, list)})}")
            shutil.rmtree(index)
        bench_peak = peak_mb() + max(max(r["peak_mb"], r["build_peak_mb"]) for r in results.values())
    finally:
        shutil.rmtree(work, ignore_errors=True)

    print(f"{args.n:,} explanations, {len(asked)} queries, {os.cpu_count()} CPUs; latency ms p50 / p95")
    header = f"{'storage':20} {'dense':>14} {'hybrid':>14} {'hybrid+filter':>14} {'facets':>14}"
    print(f"{header} {'recall@10 d/df/sf':>20} {'build s':>8} {'disk MB':>8} {'index MB':>9}")
    for name, r in results.items():
        cells = " ".join(
            f"{r[k][0]:6.1f} /{r[k][1]:6.1f}" for k in ("dense", "hybrid", "hybrid_filter", "facets")
        )
        recalls = f"{r['recall_dense']:.3f}/{r['recall_dense_filter']:.3f}/{r['recall_sparse_filter']:.3f}"
        print(f"{name:20} {cells} {recalls:>20} {r['build_s']:8.0f} {r['disk_mb']:8.0f} {r['index_mb']:9.0f}")
    print(f"{'numpy exact dense':20} {numpy_dense[0]:6.1f} /{numpy_dense[1]:6.1f}")
    print(
        "recall@10 against the exact scores (ties count): d dense, df dense + filter, sf sparse + filter; "
        "index MB: resident memory added by opening the index and answering every query (of it anonymous: "
        + ", ".join(f"{name} {r['index_anon_mb']:.0f}" for name, r in results.items())
        + f"); embedding {embed_per_s:.1f} explanations/s; bench peak {bench_peak:,.0f} MB"
    )
    first = results[layouts[0]]
    print(
        json.dumps(
            {
                "n": args.n,
                "storage": layouts[0],
                "dense_p50_ms": round(first["dense"][0], 2),
                "dense_p95_ms": round(first["dense"][1], 2),
                "hybrid_p50_ms": round(first["hybrid"][0], 2),
                "hybrid_p95_ms": round(first["hybrid"][1], 2),
                "hybrid_filter_p50_ms": round(first["hybrid_filter"][0], 2),
                "hybrid_filter_p95_ms": round(first["hybrid_filter"][1], 2),
                "numpy_p95_ms": round(numpy_dense[1], 2),
                "recall_at_10": round(first["recall_dense"], 4),
                "recall_at_10_filtered": round(first["recall_dense_filter"], 4),
                "embed_per_s": round(embed_per_s, 1),
                "build_s": round(first["build_s"], 1),
                "disk_mb": round(first["disk_mb"]),
                "index_mb": round(first["index_mb"]),
                "peak_mb": round(bench_peak),
            }
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
