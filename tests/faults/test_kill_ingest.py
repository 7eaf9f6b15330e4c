"""Atomicity: `avvik ingest` of 20 reports killed with SIGKILL at random moments, ten times.

After each kill, before any avvik process touches the data dir, the raw state on disk is looked at: every
finished report has all its points, and every point belongs to a report (finished, or pending: the marker
that the next start rolls back). Then `avvik check` (which recovers as every writer does) finds nothing
half-written, and in the end one more ingest completes the batch without duplicates.
"""

from __future__ import annotations

import contextlib
import os
import random
import signal
import subprocess
import threading
import time
from pathlib import Path

from conftest import HashEmbedder, KeywordTagger

from index.archive import Archive
from index.settings import REPO_ROOT, Settings

from .conftest import FIGURES, avvik, avvik_command, check_json, cli_env, raw_state

KILLS = 10
SECONDS_PER_TEXT = 0.08  # the test embedder's stand-in for the model's time: most of a report's time


class StderrWatch:
    """Reads a process's stderr in the background; ``wait_for`` a text (the progress bar, say)."""

    def __init__(self, process: subprocess.Popen[bytes]) -> None:
        self.text = b""
        self.changed = threading.Condition()
        self.thread = threading.Thread(target=self._read, args=(process,), daemon=True)
        self.thread.start()

    def _read(self, process: subprocess.Popen[bytes]) -> None:
        assert process.stderr is not None
        while chunk := os.read(process.stderr.fileno(), 4096):
            with self.changed:
                self.text += chunk
                self.changed.notify_all()

    def wait_for(self, needle: bytes, timeout: float) -> bool:
        with self.changed:
            return self.changed.wait_for(lambda: needle in self.text, timeout=timeout)


def _baseline(paths: list[Path], tmp: Path) -> set[str]:
    """The explanation ids of the batch ingested once, undisturbed."""
    archive = Archive(Settings.load(tmp / "baseline"), embedder=HashEmbedder(), tagger=KeywordTagger())
    try:
        archive.ingest(paths, workers=1)
        return set(archive.catalog.done_explanation_ids())
    finally:
        archive.close()


def test_sigkill_at_random_moments_leaves_nothing_half_written(batch20: list[Path], tmp_path: Path) -> None:
    folder = batch20[0].parent
    data = tmp_path / "state"
    rng = random.Random(8)
    env = cli_env(AVVIK_MODELS=f"fakes:models:delay={SECONDS_PER_TEXT}")
    landed = {"mid_report": 0, "start_up": 0, "workers_orphaned": 0}
    kills = 0
    for round_ in range(KILLS + 5):
        if kills == KILLS:
            break
        orphan_workers = round_ == 0  # SIGKILL to the main process only: its parser workers live on
        workers = "2" if orphan_workers else "1"
        process = subprocess.Popen(
            avvik_command(data, "ingest", str(folder), "--workers", workers),
            cwd=REPO_ROOT,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            start_new_session=True,
        )
        watch = StderrWatch(process)
        if round_ in (3, 7):  # during start-up: imports, opening the store, recovering the last kill
            time.sleep(rng.uniform(0.3, 2.5))
            landed["start_up"] += 1
        else:
            assert watch.wait_for(b"ingest", timeout=60), watch.text.decode(errors="replace")
            time.sleep(rng.uniform(0.0, 0.8) + (2.5 if orphan_workers else 0.0))  # + the workers' start
        if orphan_workers:
            os.kill(process.pid, signal.SIGKILL)
        else:
            os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=30)
        if process.returncode == 0:  # it finished first: not a kill, try again
            continue
        assert process.returncode == -signal.SIGKILL, watch.text.decode(errors="replace")
        kills += 1
        landed["workers_orphaned"] += orphan_workers

        state = raw_state(data) if (data / "avvik.sqlite").exists() else None
        if state is not None:
            assert state.done_missing_points == [], (
                f"round {round_}: finished reports without all their points"
            )
            assert state.stray_points == [], f"round {round_}: points of no report"
            landed["mid_report"] += bool(state.pending)
        if orphan_workers:
            time.sleep(0.5)
            with contextlib.suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGKILL)  # tidy up the orphans once they have had their chance

        done = avvik(data, "check", env=env)
        assert done.returncode == 0, done.stderr
        result = check_json(done)
        assert result["half_written"] == 0 and result["orphan_points"] == 0
        assert result["points"] == result["explanations"]
        FIGURES["kills survived (SIGKILL of `avvik ingest`)"] += 1

    assert kills == KILLS
    final = avvik(data, "ingest", str(folder), env=cli_env())
    assert final.returncode == 0, final.stderr
    result = check_json(avvik(data, "check"))
    expected = _baseline(batch20, tmp_path)
    assert result == {
        "reports": 20,
        "explanations": len(expected),
        "points": len(expected),
        "orphan_points": 0,
        "half_written": 0,
    }
    assert set(raw_state(data).points) == expected  # the same explanations, none twice, none missing
    assert landed["mid_report"] >= 3, landed  # most kills land inside a report, between its rows and 'done'
    FIGURES["kills that landed mid-report (rows written, points partly)"] += landed["mid_report"]


def test_points_lost_or_left_by_the_engine_are_found_and_repaired(
    batch20: list[Path], tmp_path: Path
) -> None:
    """An engine may lose writes in flight or keep deleted points: `check` says so and exits 1, `--repair`
    fixes it; after a killed writer (its marker left behind) the next start repairs without being asked."""
    data = tmp_path / "state"
    assert avvik(data, "ingest", *map(str, batch20[:3])).returncode == 0
    settings = Settings.load(data)

    def drift() -> None:
        from index.vectors import open_store
        from index.vectors.store import Point

        store = open_store(path=settings.qdrant_path, collection=settings.collection)
        try:
            points = store.point_reports()
            victim = min(points.values())
            store.delete_ids([e for e, r in sorted(points.items()) if r == victim][:2])  # two points lost
            vector = HashEmbedder().embed_documents(["kvar"])[0]
            store.upsert([Point("f" * 32, vector, ([1], [1.0]), {"report_id": "e" * 32})])  # of no report
        finally:
            store.close()

    drift()
    found = avvik(data, "check")
    assert found.returncode == 1
    assert check_json(found) == {
        "reports": 3,
        "explanations": 15,
        "points": 14,
        "orphan_points": 1,
        "half_written": 1,
    }
    repaired = avvik(data, "check", "--repair")
    assert repaired.returncode == 0 and check_json(repaired)["points"] == 15
    assert check_json(avvik(data, "check"))["orphan_points"] == 0

    drift()
    from index.catalog import open_catalog

    catalog = open_catalog(settings.db_path)
    catalog.set_meta("writer", '{"pid": 1}')  # as if the writer that drifted had been killed
    catalog.close()
    recovered = avvik(data, "check")
    assert recovered.returncode == 0, recovered.stdout
    assert "1 stray point(s) deleted, 1 report(s) given their points again" in recovered.stderr
    assert check_json(recovered) == {
        "reports": 3,
        "explanations": 15,
        "points": 15,
        "orphan_points": 0,
        "half_written": 0,
    }
