"""Reviews are never lost: a review acknowledged and then the process killed is there after the restart;
reindexing keeps reviewed tags; upgrading the tagger keeps reviewed tags (reviews are keyed by explanation id
and content hash, and follow their text when it moves)."""

from __future__ import annotations

import random
import signal
import subprocess
import sys
import time
from pathlib import Path

from extract.types import Explanation, Report
from index.catalog import open_catalog
from index.catalog.interface import content_hash
from index.settings import REPO_ROOT, Settings

from .conftest import FIGURES, avvik, check_json, cli_env, index_disagreements, open_archive

REVIEWER = str(Path(__file__).with_name("reviewer.py"))


def test_acknowledged_reviews_survive_sigkill(batch20: list[Path], tmp_path: Path) -> None:
    data = tmp_path / "state"
    assert avvik(data, "ingest", *map(str, batch20[:2]), "--workers", "1").returncode == 0
    db = Settings.load(data).db_path
    rng = random.Random(5)
    acknowledged: set[int] = set()
    for round_ in range(5):
        reviewer = subprocess.Popen(
            [sys.executable, REVIEWER, str(db), "100000", str(round_)],
            cwd=REPO_ROOT,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert reviewer.stdout is not None
        acknowledged.add(int(reviewer.stdout.readline().split()[0]))  # it is writing
        time.sleep(rng.uniform(0.0, 0.4))
        reviewer.send_signal(signal.SIGKILL)
        # through the same reader as readline() (communicate() would skip what it has buffered), and only
        # whole lines: the kill can cut the last one
        rest = reviewer.stdout.read()
        reviewer.wait(timeout=30)
        acknowledged |= {
            int(line.split()[0]) for line in rest.splitlines(keepends=True) if line.endswith("\n")
        }
        catalog = open_catalog(db)  # restarted
        try:
            stored = {r["review_id"] for r in catalog.reviews()}
        finally:
            catalog.close()
        assert acknowledged <= stored, (
            f"round {round_}: {len(acknowledged - stored)} acknowledged reviews lost"
        )
        FIGURES["kills survived (SIGKILL of a reviewer mid-write)"] += 1
    FIGURES["reviews checked (acknowledged before a kill)"] += len(acknowledged)
    check = avvik(data, "check")  # pushes the reviews queued for the index
    assert check.returncode == 0 and check_json(check)["half_written"] == 0


def test_reindex_and_a_tagger_upgrade_keep_reviewed_tags(batch20: list[Path], tmp_path: Path) -> None:
    data = tmp_path / "state"
    files = list(map(str, batch20[:3]))
    assert avvik(data, "ingest", *files, "--workers", "1").returncode == 0
    archive = open_archive(data)
    try:
        staff = [e for e in archive.catalog.explanations() if e.area == "Personalkostnader"]
        assert staff and all({t.tag for t in e.tags} == {"vikarier", "sjukfranvaro"} for e in staff)
        for exp in staff:
            archive.catalog.add_review(exp.explanation_id, "sjukfranvaro", "reject", "anna")
            archive.catalog.add_review(exp.explanation_id, "bemanning", "add", "anna")
            archive.catalog.add_review(exp.explanation_id, "vikarier", "accept", "anna")
        reviewed = [e.explanation_id for e in staff]
        wanted = {"vikarier": "review", "bemanning": "review"}
    finally:
        archive.close()

    def tags_now(tagger_version: int = 1) -> list[dict[str, str]]:
        archive = open_archive(data, tagger_version)
        try:
            assert index_disagreements(archive, reviewed) == []  # search filters see the reviewed tags
            return [{t.tag: t.source for t in e.tags} for e in archive.catalog.explanations(ids=reviewed)]
        finally:
            archive.close()

    assert check_json(avvik(data, "check"))["half_written"] == 0  # pushes the queued reviews
    assert tags_now() == [wanted] * len(staff)

    reindexed = avvik(data, "reindex")
    assert reindexed.returncode == 0, reindexed.stderr
    assert tags_now() == [wanted] * len(staff)

    upgraded = avvik(
        data, "ingest", *files, "--workers", "1", env=cli_env(AVVIK_MODELS="fakes:models:tagger=2")
    )
    assert upgraded.returncode == 0, upgraded.stderr
    assert upgraded.stdout.count("tagged again (keyword-test-1 -> keyword-test-2), reviews kept") == 3
    # v2 also finds "hemtjänst"; the reviewed decisions stay on top of whatever the new model says
    assert tags_now(2) == [{**wanted, "hemtjanst": "rule"}] * len(staff)
    again = avvik(data, "ingest", *files, env=cli_env(AVVIK_MODELS="fakes:models:tagger=2"))
    assert "0 ingested, 3 skipped" in again.stderr  # the same tagger does not tag again
    result = check_json(avvik(data, "check"))
    assert (
        result["reports"] == 3 and result["points"] == result["explanations"] and result["half_written"] == 0
    )
    FIGURES["reviews checked (reindex and tagger upgrade)"] += 3 * len(staff)


def _explanation(report_id: str, n: int, text: str) -> Explanation:
    return Explanation(
        explanation_id=f"{report_id[:24]}{n:08d}",
        report_id=report_id,
        kind="cause",
        area="Personalkostnader",
        direction="negative",
        amount_sek=-1e6,
        text=text,
        page=1,
        bbox=(0.0, 0.0, 1.0, 1.0),
    )


def test_a_review_follows_its_text_when_the_explanations_move(tmp_path: Path) -> None:
    """A new extractor may find one more explanation before a reviewed one: the ids shift, the review follows
    the text (its content hash), and a review whose text is gone stays in the audit trail."""
    catalog = open_catalog(tmp_path / "avvik.sqlite")
    report = Report(
        "r" * 32, "rapport.pdf", "s" * 64, "Lerum", "Socialnämnden", "2024-05", "månadsrapport", 3
    )
    first = [
        _explanation(report.report_id, 0, "Vikariekostnaderna ökar."),
        _explanation(report.report_id, 1, "Placeringar av barn kostar mer."),
    ]
    catalog.write_report(report, first, "v1", None)
    catalog.add_review(first[1].explanation_id, "kopt_verksamhet", "add", "anna")
    catalog.add_review(first[0].explanation_id, "vikarier", "add", "anna")
    moved = [
        _explanation(report.report_id, 0, "En ny mening som extraktorn nu hittar."),
        _explanation(report.report_id, 1, "Vikariekostnaderna  ökar."),  # whitespace differs: same hash
        _explanation(report.report_id, 2, "Placeringar av barn kostar mer."),
    ]
    assert content_hash(moved[1].text) == content_hash(first[0].text)
    catalog.write_report(report, moved, "v2", None)
    tags = {e.text: {t.tag for t in e.tags} for e in catalog.explanations(report.report_id)}
    assert tags == {
        "En ny mening som extraktorn nu hittar.": set(),
        "Vikariekostnaderna  ökar.": {"vikarier"},
        "Placeringar av barn kostar mer.": {"kopt_verksamhet"},
    }
    catalog.write_report(report, moved[:1], "v3", None)  # both texts gone
    assert len(catalog.reviews()) == 2  # kept in the audit trail, applied to nothing
    catalog.close()
    FIGURES["reviews checked (moved explanations)"] += 2


def test_a_catalog_from_before_tagger_versions_is_upgraded_in_place(tmp_path: Path) -> None:
    """Schema 1 had no tagger version on reports: it is added and filled from the tags, so an upgrade does
    not make the next ingest tag every report again, and the reviews are untouched."""
    import sqlite3

    from index.catalog.database import SCHEMA_VERSION
    from index.catalog.sqlite_schema import SCHEMA

    old = tmp_path / "avvik.sqlite"
    db = sqlite3.connect(old)
    version_1 = SCHEMA.replace(",\n    tagger_version TEXT\n", "\n", 1)
    version_1 = version_1.replace(",\n    signed_in_user TEXT\n", "\n", 1)  # added by migration 3
    version_1 = version_1.replace(",\n    same_as TEXT\n", "\n", 1)  # added by migration 4
    db.executescript(version_1.split("CREATE TABLE IF NOT EXISTS index_queue")[0])
    db.execute("INSERT INTO reports VALUES ('r', 'a.pdf', 's', NULL, NULL, NULL, NULL, 1, NULL, 'done', 0)")
    db.execute(
        "INSERT INTO explanations VALUES ('e', 'r', 0, 'cause', NULL, NULL, NULL, 't', 1, '[]', '[]',"
        " NULL, 'h')"
    )
    db.execute("INSERT INTO tags VALUES ('e', 'vikarier', 0.9, 'vikarie', 'rule', 'keyword-test-1')")
    db.execute(
        "INSERT INTO reviews(explanation_id, content_hash, tag, decision, reviewer, created_at)"
        " VALUES ('e', 'h', 'bemanning', 'add', 'anna', 0)"
    )
    db.commit()
    db.close()
    catalog = open_catalog(old)
    try:
        assert catalog.report_state("s") == ("done", "keyword-test-1")
        assert catalog.meta("schema_version") == str(SCHEMA_VERSION)
        assert {t.tag for t in catalog.explanations(ids=["e"])[0].tags} == {"vikarier", "bemanning"}
    finally:
        catalog.close()
