"""The Qdrant-server engine's own duties, on qdrant-client's local mode: a collection created with the shards
and replicas of the settings, upserts in batches that are retried after a transient failure and only then.

The client's calls are wrapped where a server's answers are needed (a failure, the arguments a server would
get); the points themselves go into a real local-mode collection.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from qdrant_client.http.exceptions import ResponseHandlingException, UnexpectedResponse

from index.errors import StoreUnreachable
from index.settings import Settings
from index.vectors.server import ServerStore
from index.vectors.store import Point, ServerLayout

DIM = 8


def points(n: int) -> list[Point]:
    rng = np.random.default_rng(3)
    return [
        Point(f"{i:032x}", rng.normal(size=DIM).astype(np.float32), ([i % 5], [1.0]), {"report_id": "r"})
        for i in range(n)
    ]


def overloaded() -> UnexpectedResponse:
    return UnexpectedResponse(503, "Service Unavailable", b"overloaded", None)  # type: ignore[arg-type]


def flaky(call: Callable[..., Any], failures: list[Exception], calls: list[int]) -> Callable[..., Any]:
    """``call``, failing with the next of ``failures`` while any are left; each call's batch size kept."""

    def wrapped(collection: str, batch: list[Any], **kw: Any) -> Any:
        calls.append(len(batch))
        if failures:
            raise failures.pop(0)
        return call(collection, batch, **kw)

    return wrapped


def store(tmp_path: Path, **layout: Any) -> tuple[ServerStore, list[float]]:
    slept: list[float] = []
    st = ServerStore(path=tmp_path / "local", layout=ServerLayout(**layout), sleep=slept.append)
    st.ensure(DIM, "test")
    return st, slept


def test_upserts_go_in_batches_and_a_transient_failure_is_retried(tmp_path: Path) -> None:
    st, slept = store(tmp_path, batch=4)
    calls: list[int] = []
    failures: list[Exception] = [ResponseHandlingException(ConnectionError("reset")), overloaded()]
    st.client.upsert = flaky(st.client.upsert, failures, calls)  # type: ignore[method-assign]
    st.upsert(points(10))
    assert calls == [4, 4, 4, 4, 2]  # the first batch tried three times, then 4 + 4 + 2
    assert slept == [0.5, 1.0]
    assert st.count() == 10
    st.close()


def test_a_server_that_stays_away_is_reported_after_the_last_try(tmp_path: Path) -> None:
    st, slept = store(tmp_path, batch=4, tries=3)
    calls: list[int] = []
    failures: list[Exception] = [overloaded() for _ in range(5)]
    st.client.upsert = flaky(st.client.upsert, failures, calls)  # type: ignore[method-assign]
    with pytest.raises(StoreUnreachable, match="3 tries"):
        st.upsert(points(6))
    assert calls == [4, 4, 4] and slept == [0.5, 1.0]
    st.close()


def test_an_error_that_another_try_cannot_mend_is_raised_at_once(tmp_path: Path) -> None:
    st, slept = store(tmp_path)
    calls: list[int] = []
    bad_request = UnexpectedResponse(400, "Bad Request", b"wrong vector size", None)  # type: ignore[arg-type]
    st.client.upsert = flaky(st.client.upsert, [bad_request], calls)  # type: ignore[method-assign]
    with pytest.raises(UnexpectedResponse):
        st.upsert(points(3))
    assert calls == [3] and slept == []
    st.close()


def test_a_server_collection_gets_the_shards_and_replicas_of_the_settings(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("AVVIK_QDRANT_SHARDS", "6")
    monkeypatch.setenv("AVVIK_QDRANT_REPLICAS", "2")
    settings = Settings.load(tmp_path)
    layout = ServerLayout(shards=settings.qdrant_shards, replicas=settings.qdrant_replicas)
    st = ServerStore(path=tmp_path / "local", layout=layout)
    st.is_server = True  # as on a server: local mode itself takes no cluster arguments
    created: dict[str, Any] = {}
    st.client.create_collection = lambda name, **kw: created.update(kw)  # type: ignore[method-assign,assignment]
    st.client.create_payload_index = lambda *a, **kw: None  # type: ignore[method-assign,assignment,return-value]
    st.ensure(DIM, "test")
    assert created["shard_number"] == 6 and created["replication_factor"] == 2
    assert created["on_disk_payload"] is True and created["vectors_config"]["dense"].on_disk is True
    assert created["quantization_config"].scalar.always_ram is True
    st.close()
