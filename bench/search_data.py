"""The data set of ``bench/search.py``: n synthetic explanations written once to a folder (vectors
memory-mapped, sparse vectors as CSR arrays, payloads as JSONL), so the bench stays small at a million."""

from __future__ import annotations

import json
import multiprocessing as mp
import random
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
from synthetic import generate, municipalities

from index.vectors.keywords import sparse_vector
from index.vectors.store import Point

CHUNK = 20_000


def say(*parts: Any) -> None:
    print(*parts, file=sys.stderr, flush=True)


@dataclass(frozen=True)
class Dataset:
    """n explanations under ``folder``: dense.npy (n x dim float32), the sparse vectors as CSR arrays
    (indptr.npy, indices.u32, values.f32), payloads.jsonl, and the columns the exact filter needs."""

    folder: Path
    n: int
    dim: int

    def dense(self) -> np.ndarray:
        return np.load(self.folder / "dense.npy", mmap_mode="r")

    def sparse(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        indptr = np.load(self.folder / "indptr.npy")
        indices = np.memmap(self.folder / "indices.u32", dtype=np.uint32, mode="r")
        values = np.memmap(self.folder / "values.f32", dtype=np.float32, mode="r")
        return indptr, indices, values

    def points(self, batch: int) -> Iterator[list[Point]]:
        dense, (indptr, indices, values) = self.dense(), self.sparse()
        with (self.folder / "payloads.jsonl").open(encoding="utf-8") as fh:
            for start in range(0, self.n, batch):
                stop = min(start + batch, self.n)
                block = np.asarray(dense[start:stop])
                out = []
                for i in range(start, stop):
                    a, b = indptr[i], indptr[i + 1]
                    sparse = (indices[a:b].tolist(), values[a:b].tolist())
                    out.append(Point(f"{i:032x}", block[i - start], sparse, json.loads(fh.readline())))
                yield out


def _sparse_of(texts: list[str]) -> list[tuple[list[int], list[float]]]:
    return [sparse_vector(t) for t in texts]


def write_dataset(
    folder: Path, n: int, real: int, embed: Callable[[list[str]], np.ndarray], seed: int
) -> tuple[Dataset, dict[str, np.ndarray]]:
    """Generate, embed (``real`` of them) and write n explanations; the filter columns come back too."""
    rng, nrng = random.Random(seed), np.random.default_rng(seed)
    places = {name: i for i, name in enumerate(municipalities())}
    first = generate(min(real, n), rng)
    real_vectors = np.asarray(embed([r["text"] for r in first]), dtype=np.float32)
    dim = real_vectors.shape[1]
    by_tag: dict[str, np.ndarray] = {}
    for tag in {r["tag"] for r in first}:
        by_tag[tag] = np.array([i for i, r in enumerate(first) if r["tag"] == tag])
    every = np.arange(len(first))
    dense = np.lib.format.open_memmap(folder / "dense.npy", mode="w+", dtype=np.float32, shape=(n, dim))
    columns: dict[str, np.ndarray] = {
        "municipality": np.zeros(n, np.int16),
        "period": np.zeros(n, np.int32),
        "boilerplate": np.zeros(n, bool),
    }
    indptr = [0]
    with (
        mp.get_context("spawn").Pool(2) as pool,
        (folder / "indices.u32").open("wb") as idx_fh,
        (folder / "values.f32").open("wb") as val_fh,
        (folder / "payloads.jsonl").open("w", encoding="utf-8") as pay_fh,
    ):
        start = 0
        while start < n:
            rows = first if start == 0 else generate(min(CHUNK, n - start), rng)
            stop = start + len(rows)
            if start == 0:
                dense[: len(first)] = real_vectors
            else:
                tags = [r["tag"] for r in rows]
                pick = np.stack([by_tag.get(t, every)[nrng.integers(len(by_tag.get(t, every)), size=2)]
                                 for t in tags])  # fmt: skip
                noise = nrng.normal(0, 0.1 / np.sqrt(dim), (len(rows), dim)).astype(np.float32)
                v = 0.6 * real_vectors[pick[:, 0]] + 0.4 * real_vectors[pick[:, 1]] + noise
                dense[start:stop] = v / np.linalg.norm(v, axis=1, keepdims=True)
            texts = [f"{r['municipality']} {r['committee']} {r['area']}: {r['text']}" for r in rows]
            parts = [texts[i : i + 1000] for i in range(0, len(texts), 1000)]
            for block in pool.map(_sparse_of, parts):
                for idx, val in block:
                    np.asarray(idx, np.uint32).tofile(idx_fh)
                    np.asarray(val, np.float32).tofile(val_fh)
                    indptr.append(indptr[-1] + len(idx))
            for i, r in enumerate(rows, start=start):
                columns["municipality"][i] = places[r["municipality"]]
                columns["period"][i] = r["period_num"]
                columns["boilerplate"][i] = bool(r["flags"])
                payload = {k: v for k, v in r.items() if k not in ("text", "tag")}
                pay_fh.write(json.dumps(payload, ensure_ascii=False) + "\n")
            start = stop
            if start % 100_000 < CHUNK:
                say(f"  {start:,} of {n:,} explanations written")
    dense.flush()
    del dense
    np.save(folder / "indptr.npy", np.asarray(indptr, np.int64))
    return Dataset(folder, n, dim), columns


def kept_dataset(folder: Path) -> tuple[Dataset, dict[str, np.ndarray]]:
    """The data set ``write_dataset`` left in ``folder`` (``--data``)."""
    made = json.loads((folder / "made.json").read_text())
    with np.load(folder / "columns.npz") as saved:
        columns = {key: saved[key] for key in saved.files}
    return Dataset(folder, made["made"]["n"], made["dim"]), columns
