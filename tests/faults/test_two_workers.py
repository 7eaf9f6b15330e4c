"""Several processes, one archive: two `avvik ingest` workers on one folder of a hundred reports, the catalog
on a real PostgreSQL server, one worker killed with SIGKILL in the middle of a report.

The workers share the files by claims (``index.claims``): the survivor finishes its own files, waits for the
killed one's claims to lapse (``AVVIK_CLAIM_TIMEOUT``), takes them over (the half-written report first rolled
back) and returns when the whole folder is in. Then every report is in once, every explanation has its one
point, and `avvik check` is clean. The index is the embedded one, taken in turns by the two processes; with
``AVVIK_QDRANT_URL`` set, the same test runs once more against that Qdrant server.
"""

from __future__ import annotations

import os
import signal
import subprocess
import time
import uuid
from pathlib import Path

import psycopg
import pytest
from postgres_server import PostgresServer

from index.settings import REPO_ROOT

from .conftest import FIGURES, assert_no_traceback, avvik, avvik_command, check_json, cli_env

SECONDS_PER_TEXT = 0.02  # the test embedder's stand-in for the model's time
LEASE_S = 3


def _mid_report(url: str, pid: int, claimed: set[str]) -> str | None:
    """The report the worker with this pid is writing (in the catalog, pending, under its claim), once the
    folder is a fifth done and the worker has claimed three files (so it finished two: work was shared).
    ``claimed`` gathers the files seen under its claim."""
    with psycopg.connect(url) as db:
        try:
            done = db.execute("SELECT count(*) FROM reports WHERE status = 'done'").fetchone()
        except psycopg.errors.UndefinedTable:  # the workers have not made the catalog yet
            return None
        mine = f"%:{pid}:%"
        claimed |= {r[0] for r in db.execute("SELECT sha256 FROM claims WHERE worker LIKE %s", (mine,))}
        row = db.execute(
            "SELECT r.report_id FROM reports r JOIN claims c ON c.sha256 = r.sha256"
            " WHERE r.status = 'pending' AND c.worker LIKE %s",
            (mine,),
        ).fetchone()
    return row[0] if row and done and done[0] >= 20 and len(claimed) >= 3 else None


@pytest.mark.parametrize("index", ["embedded", "qdrant-server"])
def test_two_workers_share_a_folder_and_one_killed_mid_report_loses_nothing(
    index: str, batch100: list[Path], postgres_server: PostgresServer, tmp_path: Path
) -> None:
    extra = {}
    if index == "qdrant-server":
        if not os.environ.get("AVVIK_QDRANT_URL"):
            pytest.skip("no Qdrant server: set AVVIK_QDRANT_URL to run this against one")
        extra = {
            "AVVIK_QDRANT_URL": os.environ["AVVIK_QDRANT_URL"],
            "AVVIK_COLLECTION": f"t{uuid.uuid4().hex}",
        }
    url = postgres_server.new_database()  # empty: the two workers make the catalog as they start, once
    env = cli_env(
        AVVIK_DATABASE_URL=url,
        AVVIK_MODELS=f"fakes:models:delay={SECONDS_PER_TEXT}",
        AVVIK_CLAIM_TIMEOUT=str(LEASE_S),
        **extra,
    )
    data = tmp_path / "state"
    folder = str(batch100[0].parent)
    started = time.monotonic()
    workers = [
        subprocess.Popen(
            avvik_command(data, "ingest", folder, "--workers", "1"),
            cwd=REPO_ROOT,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            start_new_session=True,
        )
        for _ in range(2)
    ]
    victim, survivor = workers
    killed, claimed = None, set[str]()
    while killed is None and victim.poll() is None and time.monotonic() - started < 240:
        killed = _mid_report(url, victim.pid, claimed)
        if killed is None:
            time.sleep(0.05)
    assert killed is not None, "the first worker never got to the middle of a report"
    os.killpg(victim.pid, signal.SIGKILL)
    victim.wait()
    out, err = survivor.communicate(timeout=300)
    assert_no_traceback(out, err)
    assert survivor.returncode == 0, err
    summary = err.strip().splitlines()[-1]
    assert summary.endswith("0 failed"), summary
    assert "ingested by another worker" in out  # the work was shared: the killed worker's finished reports

    check = check_json(avvik(data, "check", env=env))
    assert check["reports"] == len(batch100)
    assert check["half_written"] == 0 and check["orphan_points"] == 0
    assert check["points"] == check["explanations"] > len(batch100)
    with psycopg.connect(url) as db:
        status = db.execute("SELECT status FROM reports WHERE report_id = %s", (killed,)).fetchone()
        claims = db.execute("SELECT count(*) FROM claims").fetchone()
        per_file = db.execute("SELECT count(DISTINCT sha256), count(*) FROM reports").fetchone()
    assert status == ("done",)  # the killed worker's report was taken over and finished
    assert claims == (0,)  # every claim let go
    assert per_file == (len(batch100), len(batch100))  # every report once
    FIGURES["two-worker ingests with one killed mid-report"] += 1
    FIGURES[f"two-worker ingest of 100 reports, one killed ({index}), seconds"] = round(
        time.monotonic() - started
    )


def test_a_worker_whose_claim_was_taken_over_leaves_the_report_to_the_new_owner(
    postgres_server: PostgresServer, tmp_path: Path, report_pdf: Path
) -> None:
    """A worker away longer than its lease (a pause, a lost connection) finds its claim taken over when it
    comes back: it does not mark the report done, the new owner finishes it, and until then the report is
    the new owner's work in progress, not something to roll back."""
    from dataclasses import replace

    from conftest import HashEmbedder, KeywordTagger

    from extract.hashing import file_sha256
    from index.archive import Archive
    from index.settings import Settings

    settings = replace(Settings.load(tmp_path / "state"), database_url=postgres_server.new_database())
    archive = Archive(settings, embedder=HashEmbedder(), tagger=KeywordTagger())
    try:
        claims = archive.writer.claims
        assert claims is not None
        sha = file_sha256(report_pdf)
        real_holds = claims.holds

        def taken_over_meanwhile(sha256: str) -> bool:
            archive.catalog.release_claim(sha256, claims.worker)
            assert archive.catalog.claim(sha256, "other:1:x", 600)  # another live worker has it now
            return real_holds(sha256)

        claims.holds = taken_over_meanwhile  # type: ignore[method-assign]
        [result] = archive.ingest([report_pdf], workers=1)
        assert result.status == "skipped" and "taken over" in result.message
        assert archive.catalog.report_state(sha) == ("pending", archive.models.tagger.version)
        assert archive.writer.abandoned_reports() == []  # the other worker's work in progress
        assert archive.check()["half_written"] == 0
        archive.catalog.release_claim(sha, "other:1:x")  # the other worker dies: now it is abandoned
        assert archive.writer.abandoned_reports() == [result.report_id]
        assert archive.recover() == 1 and archive.catalog.report_state(sha) is None
    finally:
        archive.close()
