"""Concurrency: two ingests and a reviewer writing at the same time (SQLite in WAL mode with a busy timeout;
one process at a time in the embedded index, the other waits for it): no error reaches the user, nothing is
lost."""

from __future__ import annotations

import subprocess
import sys
import threading
import time
from pathlib import Path

from index.settings import REPO_ROOT, Settings
from index.vectors import open_store

from .conftest import (
    FIGURES,
    assert_no_traceback,
    avvik,
    avvik_command,
    check_json,
    cli_env,
    index_disagreements,
    open_archive,
    stderr_lines,
)

REVIEWER = str(Path(__file__).with_name("reviewer.py"))


def test_two_ingests_and_a_reviewer_at_once_lose_nothing(batch20: list[Path], tmp_path: Path) -> None:
    data = tmp_path / "state"
    assert avvik(data, "ingest", *map(str, batch20[:5]), "--workers", "1").returncode == 0
    env = cli_env(AVVIK_MODELS="fakes:models:delay=0.05")
    ingests = [
        subprocess.Popen(
            avvik_command(data, "ingest", *map(str, files), "--workers", "1"),
            cwd=REPO_ROOT,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for files in (batch20[5:15], batch20[10:20])  # five files in both
    ]
    reviewer = subprocess.Popen(
        [sys.executable, REVIEWER, str(Settings.load(data).db_path), "60", "1", "0.03"],
        cwd=REPO_ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    outputs = [p.communicate(timeout=180) for p in (*ingests, reviewer)]
    for process, (out, err) in zip((*ingests, reviewer), outputs, strict=True):
        assert_no_traceback(out, err)
        assert process.returncode == 0, err
    summaries = [stderr_lines(err)[-1] for _, err in outputs[:2]]
    assert sorted(summaries) == ["10 ingested, 0 skipped, 0 failed", "5 ingested, 5 skipped, 0 failed"], (
        summaries
    )
    assert any("waiting up to" in err for _, err in outputs[:2])  # the second ingest waited for the first
    acknowledged = {int(line.split()[0]) for line in outputs[2][0].splitlines()}
    assert len(acknowledged) == 60

    result = check_json(avvik(data, "check"))  # also pushes reviews written while the ingests held the index
    assert result == {
        "reports": 20,
        "explanations": 100,
        "points": 100,
        "orphan_points": 0,
        "half_written": 0,
    }
    archive = open_archive(data)
    try:
        reviews = archive.catalog.reviews()
        assert {r["review_id"] for r in reviews} == acknowledged
        reviewed = sorted({r["explanation_id"] for r in reviews})
        assert index_disagreements(archive, reviewed) == []
        assert archive.catalog.queued_for_index() == []
    finally:
        archive.close()
    FIGURES["reviews checked (concurrent with two ingests)"] += len(acknowledged)
    FIGURES["files tried (concurrent ingests)"] += 25


def test_a_busy_index_is_waited_for_or_named_in_one_line(batch20: list[Path], tmp_path: Path) -> None:
    data = tmp_path / "state"
    assert avvik(data, "ingest", str(batch20[0]), "--workers", "1").returncode == 0
    settings = Settings.load(data)
    holder = open_store(path=settings.qdrant_path, collection=settings.collection)  # the app, say
    try:
        impatient = avvik(data, "--wait", "0", "ingest", str(batch20[1]))
        assert impatient.returncode == 1
        [line] = stderr_lines(impatient.stderr)
        assert line.startswith("avvik: the index in ") and "open in another avvik process" in line

        release = threading.Timer(2.0, holder.close)
        release.start()
        started = time.monotonic()
        patient = avvik(data, "--wait", "30", "ingest", str(batch20[1]), "--workers", "1")
        release.join()
    finally:
        holder.close()
    assert patient.returncode == 0, patient.stderr
    assert "avvik: the index is in use by another avvik process; waiting up to 30 s for it" in patient.stderr
    assert time.monotonic() - started < 25
    assert check_json(avvik(data, "check"))["reports"] == 2
