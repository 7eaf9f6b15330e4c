"""The vector store on every engine this machine can run: the same queries give the same ids.

Engines: Qdrant Edge (the embedded default) with its points in the plain segment new points wait in, the
same optimized into the chosen storage layout (int8 vectors, HNSW graph, rescoring; thresholds cut so
that 36 points fill segments), qdrant-client's local mode, and a Qdrant server when AVVIK_QDRANT_URL
points at one (skipped, with the reason, when it does not). Dense results are also
checked against a NumPy brute force. Vectors are hand-made (random, continuous), so rankings have no ties.
"""

from __future__ import annotations

import os
import subprocess
import sys
import uuid
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

from index.errors import AvvikIndexError, StoreLocked, StoreUnreachable, VersionMismatch
from index.vectors import open_store
from index.vectors.edge import STORAGE, EdgeStore
from index.vectors.server import ServerStore
from index.vectors.store import RRF_K, Filters, Point, VectorStore, fuse

DIM = 12
MUNICIPALITIES = ("Alingsås", "Lerum", "Ale")
TAGS = ("vikarier", "lokaler", "kopt_verksamhet", "statsbidrag")
VOCABULARY = 40
ENGINES = ["edge", "edge-optimized", "local", "server"]
# The chosen layout, with segments of a few points: optimized (int8 + graph) as soon as they are written.
TINY_SEGMENTS = replace(STORAGE, indexing_threshold_kb=1, full_scan_kb=0, bulk_points=10)


def random_sparse(rng: np.random.Generator, terms: int) -> tuple[list[int], list[float]]:
    indices = sorted(rng.choice(VOCABULARY, size=terms, replace=False).tolist())
    return indices, rng.uniform(0.2, 2.0, size=terms).round(4).tolist()


def make_points(n: int = 36) -> list[Point]:
    rng = np.random.default_rng(3)
    points = []
    for i in range(n):
        vec = rng.normal(size=DIM).astype(np.float32)
        points.append(
            Point(
                explanation_id=f"{i:032x}",
                dense=vec / np.linalg.norm(vec),
                sparse=random_sparse(rng, 6),
                payload={
                    "report_id": f"r{i % 4}",
                    "municipality": MUNICIPALITIES[i % 3],
                    "committee": "Socialnämnden",
                    "period": f"2024-{1 + i % 12:02d}",
                    "period_num": 202401 + i % 12,
                    "report_type": "månadsrapport",
                    "kind": "action" if i % 7 == 0 else "cause",
                    "direction": "negative" if i % 2 else "positive",
                    "amount_sek": float((i - 18) * 100_000),
                    "tags": [TAGS[i % 4]] + ([TAGS[(i + 1) % 4]] if i % 5 == 0 else []),
                    "flags": ["boilerplate"] if i % 11 == 10 else [],
                    "embed_model": "test",
                },
            )
        )
    return points


def server_url() -> str:
    url = os.environ.get("AVVIK_QDRANT_URL", "")
    if not url:
        pytest.skip(
            "no Qdrant server: AVVIK_QDRANT_URL is not set, so only the embedded engines were compared"
        )
    try:
        ServerStore(url=url, collection="probe").close()
    except StoreUnreachable as exc:
        pytest.skip(f"no Qdrant server reachable at {url}: {exc}")
    return url


def open_engine(engine: str, tmp_path: Path) -> VectorStore:
    if engine == "edge":
        return open_store(path=tmp_path / "edge")
    if engine == "edge-optimized":
        return EdgeStore(tmp_path / "edge-optimized", storage=TINY_SEGMENTS)
    if engine == "local":
        return ServerStore(path=tmp_path / "local")
    return ServerStore(url=server_url(), collection=f"avvik_test_{uuid.uuid4().hex[:8]}")


def filled(engine: str, path: Path) -> VectorStore:
    st = open_engine(engine, path)
    st.ensure(DIM, "test")
    st.upsert(make_points())
    st.optimize()
    return st


def close(st: VectorStore) -> None:
    if st.is_server:
        st.drop()
    st.close()


@pytest.fixture(scope="module", params=ENGINES)
def store(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[VectorStore]:
    st = filled(request.param, tmp_path_factory.mktemp(request.param))
    yield st
    close(st)


@pytest.fixture(params=ENGINES)
def fresh_store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[VectorStore]:
    """A store of its own, for tests that write."""
    st = filled(request.param, tmp_path)
    yield st
    close(st)


@pytest.fixture(scope="module")
def reference(tmp_path_factory: pytest.TempPathFactory) -> Iterator[VectorStore]:
    st = filled("edge", tmp_path_factory.mktemp("reference"))
    yield st
    st.close()


def query_vectors() -> list[tuple[np.ndarray, tuple[list[int], list[float]]]]:
    rng = np.random.default_rng(11)
    out = []
    for terms in (1, 2, 3, 5):
        vec = rng.normal(size=DIM).astype(np.float32)
        out.append((vec / np.linalg.norm(vec), random_sparse(rng, terms)))
    return out


FILTERS = [
    None,
    Filters(municipality=("Lerum",)),
    Filters(municipality=("Lerum", "Ale"), kind=("cause",)),
    Filters(tag=("lokaler",)),
    Filters(direction=("negative",), period_from="2024-03", period_to="2024-08"),
    Filters(amount_min=-500_000, amount_max=800_000),
    Filters(report_id=("r1",), include_boilerplate=True),
    Filters(period_from="2024", period_to="2024"),
]


@pytest.mark.parametrize("mode", ["dense", "sparse", "hybrid"])
@pytest.mark.parametrize("flt", FILTERS)
def test_every_engine_returns_the_same_ids(
    store: VectorStore, reference: VectorStore, mode: str, flt: Filters | None
) -> None:
    for dense, sparse in query_vectors():
        args = (dense if mode != "sparse" else None, sparse if mode != "dense" else None, flt, 8)
        got, want = store.query(*args), reference.query(*args)
        assert [i for i, _ in got] == [i for i, _ in want]


def tied_points(order: list[int]) -> list[Point]:
    """Twelve points, written in ``order``: pairs share one keyword vector, so every sparse score is tied."""
    base = make_points(12)
    return [replace(base[i], sparse=([1, 2], [1.0, 1.5 + i // 2 / 10])) for i in order]


@pytest.mark.parametrize("engine", ["edge", "local"])
def test_tied_scores_rank_the_same_whatever_order_the_points_were_written_in(
    engine: str, tmp_path: Path
) -> None:
    """A parallel ingest writes the same points in another order each time; a question must still get the
    same answer, even where keyword scores tie (a word found once in each of several texts)."""
    rankings = []
    for n, order in enumerate(
        [list(range(12)), list(range(11, -1, -1)), [5, 0, 9, 2, 11, 7, 1, 10, 3, 8, 6, 4]]
    ):
        st = open_engine(engine, tmp_path / str(n))
        st.ensure(DIM, "test")
        for point in tied_points(order):  # one at a time, so each engine keeps the order written
            st.upsert([point])
        dense = query_vectors()[0][0]
        rankings.append(
            [st.query(None, ([1, 2], [1.0, 1.0]), None, 12), st.query(dense, ([2], [1.0]), None, 6)]
        )
        st.close()
    ids = [[[i for i, _ in ranked] for ranked in pair] for pair in rankings]
    assert ids[0] == ids[1] == ids[2]
    pairs = [
        ids[0][0][k : k + 2] for k in range(1, 11, 2)
    ]  # the 1st point stands alone: its twin is boilerplate
    assert all(pair == sorted(pair) for pair in pairs)  # a tie in id order, not the order written


def test_fusion_sums_reciprocal_ranks_like_the_engines() -> None:
    """1 / (RRF_K + 0-based rank) summed over both rankings, as Qdrant's Rrf computes it."""
    fused = fuse([("a", 0.9), ("b", 0.8), ("c", 0.1)], [("c", 7.0), ("a", 2.0)], limit=3)
    assert [i for i, _ in fused] == ["a", "c", "b"]
    assert fused[0][1] == pytest.approx(1 / RRF_K + 1 / (RRF_K + 1))
    assert fused[1][1] == pytest.approx(1 / (RRF_K + 2) + 1 / RRF_K)
    assert fuse([("x", 1.0), ("y", 0.5)], [("y", 3.0), ("x", 1.0)], limit=2) == [  # tied: by id
        ("x", pytest.approx(1 / RRF_K + 1 / (RRF_K + 1))),
        ("y", pytest.approx(1 / RRF_K + 1 / (RRF_K + 1))),
    ]


@pytest.mark.parametrize("flt", FILTERS)
def test_dense_results_match_a_numpy_brute_force(store: VectorStore, flt: Filters | None) -> None:
    points = make_points()
    from index.vectors.store import conditions

    must, must_not = conditions(flt)

    def keeps(p: Point) -> bool:
        def holds(c: object) -> bool:
            value = p.payload[c.key]  # type: ignore[attr-defined]
            if c.values:  # type: ignore[attr-defined]
                return bool(set(value if isinstance(value, list) else [value]) & set(c.values))  # type: ignore[attr-defined]
            return (c.low is None or value >= c.low) and (c.high is None or value <= c.high)  # type: ignore[attr-defined]

        return all(holds(c) for c in must) and not any(holds(c) for c in must_not)

    kept = [p for p in points if keeps(p)]
    for dense, _ in query_vectors():
        exact = sorted(kept, key=lambda p: -float(p.dense @ dense))[:5]
        assert [i for i, _ in store.query(dense, None, flt, 5)] == [p.explanation_id for p in exact]


@pytest.mark.parametrize(
    ("key", "flt", "expected"),
    [
        ("municipality", None, {"Alingsås": 11, "Lerum": 11, "Ale": 11}),
        ("municipality", Filters(tag=("vikarier",)), {"Alingsås": 4, "Lerum": 3, "Ale": 3}),
        (
            "tags",
            Filters(municipality=("Ale",)),
            {"kopt_verksamhet": 4, "lokaler": 4, "statsbidrag": 3, "vikarier": 3},
        ),
        ("period", Filters(period_from="2024-11"), {"2024-11": 2, "2024-12": 3}),
    ],
)
def test_facet_counts(store: VectorStore, key: str, flt: Filters | None, expected: dict[str, int]) -> None:
    assert store.facets(key, flt) == expected


def test_writes_are_seen_by_queries_and_facets(fresh_store: VectorStore) -> None:
    store = fresh_store
    store.set_payload_for_report("r1", {"municipality": "Kungälv"})
    assert store.facets("municipality", Filters(report_id=("r1",), include_boilerplate=True)) == {
        "Kungälv": 9
    }
    store.set_payload(f"{0:032x}", {"tags": ["omstallning"]})
    assert [i for i, _ in store.query(make_points()[0].dense, None, Filters(tag=("omstallning",)), 5)] == [
        f"{0:032x}"
    ]
    store.delete_report("r2")
    store.delete_ids([f"{1:032x}"])
    reports = store.point_reports()
    assert store.count() == len(reports) == 26 and "r2" not in reports.values()


def test_a_store_made_by_another_model_or_keyword_scheme_is_refused(tmp_path: Path) -> None:
    store = open_store(path=tmp_path / "idx")
    store.ensure(DIM, "model-a")
    store.close()
    store = open_store(path=tmp_path / "idx")
    with pytest.raises(VersionMismatch, match="avvik reindex"):
        store.ensure(DIM, "model-b")
    with pytest.raises(VersionMismatch, match="dim"):
        store.ensure(DIM * 2, "model-a")
    meta = store.meta_path  # type: ignore[attr-defined]
    meta.write_text(meta.read_text().replace('"keywords": "', '"keywords": "old-'))
    store.close()
    with pytest.raises(VersionMismatch, match="keywords"):
        open_store(path=tmp_path / "idx").ensure(DIM, "model-a")


def test_an_index_left_by_the_old_local_mode_asks_for_reindex_and_reindex_clears_it(tmp_path: Path) -> None:
    old = ServerStore(path=tmp_path / "idx")
    old.ensure(DIM, "model-a")
    old.upsert(make_points(3))
    old.close()
    store = open_store(path=tmp_path / "idx")
    assert store.exists()
    with pytest.raises(VersionMismatch, match="older avvik.*avvik reindex"):
        store.ensure(DIM, "model-a")
    store.drop()
    store.ensure(DIM, "model-a")
    store.upsert(make_points(3))
    assert store.count() == 3
    store.close()


def test_the_embedded_store_is_locked_while_another_process_has_it(tmp_path: Path) -> None:
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import time; from pathlib import Path; from index.vectors import open_store; "
            f"s = open_store(path=Path({str(tmp_path / 'idx')!r})); "
            "print('open', flush=True); time.sleep(30)",
        ],
        stdout=subprocess.PIPE,
        text=True,
        cwd=Path(__file__).resolve().parents[2],
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "open"
        with pytest.raises(StoreLocked, match="another avvik process"):
            open_store(path=tmp_path / "idx")
    finally:
        holder.kill()
        holder.wait()
    open_store(path=tmp_path / "idx").close()  # free again once the holder is gone


def test_an_engine_picks_itself_from_path_or_url(tmp_path: Path) -> None:
    store = open_store(path=tmp_path / "idx")
    assert isinstance(store, EdgeStore) and not store.is_server and not store.exists() and store.count() == 0
    with pytest.raises(AvvikIndexError, match="avvik reindex"):
        store.query(np.ones(DIM, np.float32), None, None, 3)
    store.close()
    with pytest.raises(StoreUnreachable, match="AVVIK_QDRANT_URL"):
        open_store(url="http://127.0.0.1:9")


def test_a_long_write_optimizes_as_it_goes_and_keeps_every_point(tmp_path: Path) -> None:
    """More points in one upsert than ``bulk_points``: the store optimizes (closing and loading the shard)
    between its batches and goes on writing."""
    st = EdgeStore(tmp_path / "edge", storage=replace(TINY_SEGMENTS, bulk_points=1000))
    st.ensure(DIM, "test")
    rng = np.random.default_rng(5)
    many = [
        Point(f"{i:032x}", rng.normal(size=DIM).astype(np.float32), ([i % 7], [1.0]), {"report_id": "r"})
        for i in range(2500)
    ]
    st.upsert(many)
    assert st.count() == 2500
    assert st.query(many[1234].dense, None, None, 1)[0][0] == f"{1234:032x}"
    st.close()
