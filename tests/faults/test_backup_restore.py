"""Backup: `avvik export` writes the system of record as JSONL; `avvik import` restores it into an empty
data dir; `avvik reindex` then brings back the same search results. A damaged export restores nothing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from index.catalog import open_catalog
from index.catalog.interface import PopulationFigure
from index.settings import Settings

from .conftest import FIGURES, avvik, check_json, open_archive, stderr_lines

QUERIES = (
    "vikariekostnader sjukfrånvaro",
    "placeringar barn och unga HVB",
    "lokal uppsagd överskott",
    "anställningsprövning inköpsstopp",
)


def _search_all(data: Path, queries_file: Path) -> dict[str, object]:
    """Every hit of every query, in each mode, with its score, tags and report; in a canonical order.

    The limit covers the whole index, scores are compared to 4 decimals (the engine sums in float32 in an
    order of its own), and hits with equal scores in id order: the engine orders tied hits (near-identical
    carry-over texts) by the index's layout, even differently from one query to the next, and in the hybrid
    mode reciprocal rank fusion turns that order into the score. So the hybrid mode is compared as the set
    of hits with their tags, the dense and sparse modes hit for hit."""
    found: dict[str, object] = {}
    for mode in ("dense", "sparse", "hybrid"):
        done = avvik(
            data,
            "search",
            "--queries-file",
            str(queries_file),
            "--format",
            "jsonl",
            "--limit",
            "100",
            "--mode",
            mode,
            "--include-boilerplate",
        )
        assert done.returncode == 0, done.stderr
        for line in done.stdout.splitlines():
            row = json.loads(line)
            hits = [
                {**hit, "score": None if mode == "hybrid" else round(hit["score"], 4)} for hit in row["hits"]
            ]
            found[f"{mode}: {row['query']}"] = sorted(
                hits, key=lambda h: (-(h["score"] or 0), h["explanation_id"])
            )
    assert all(found.values())
    return found


@pytest.fixture(scope="module")
def exported(
    batch20: list[Path], tmp_path_factory: pytest.TempPathFactory
) -> tuple[Path, Path, dict[str, object]]:
    """A data dir with six reports and reviews, its export (with the PDFs), and its search results."""
    tmp = tmp_path_factory.mktemp("backup")
    data = tmp / "original"
    assert avvik(data, "ingest", *map(str, batch20[:6]), "--workers", "1").returncode == 0
    archive = open_archive(data)
    try:
        for n, exp in enumerate(e for e in archive.catalog.explanations() if e.area == "Personalkostnader"):
            archive.catalog.add_review(exp.explanation_id, "bemanning", "add", "anna")
            if n % 2:
                archive.catalog.add_review(exp.explanation_id, "sjukfranvaro", "reject", "bo", "bo")
        figures = [PopulationFigure("Alingsås", 2023, 42_189), PopulationFigure("Alingsås", 2024, 42_503)]
        archive.catalog.store_population(figures, "folkmangd.csv", "anna")
        archive.catalog.record("edit_report", "anna", "r1", {"municipality": [None, "Alingsås"]})
        archive.recover()  # push the reviews to the index
    finally:
        archive.close()
    queries = tmp / "queries.jsonl"
    queries.write_text("".join(json.dumps({"query": q}, ensure_ascii=False) + "\n" for q in QUERIES))
    out = tmp / "avvik-export.jsonl"
    done = avvik(data, "export", str(out), "--files")
    assert done.returncode == 0, done.stderr
    return data, out, _search_all(data, queries)


def test_export_import_reindex_brings_back_the_same_search_results(exported, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    original, export, results = exported
    lines = [json.loads(line) for line in export.read_text(encoding="utf-8").splitlines()]
    assert lines[0]["type"] == "avvik-export" and lines[-1]["type"] == "end"
    assert lines[-1]["counts"] == {
        "report": 6,
        "explanation": 30,
        "tag": lines[-1]["counts"]["tag"],
        "review": 9,
        "population": 2,
        "audit": 1,
        "file": 6,
    }

    restored = tmp_path / "restored"
    done = avvik(restored, "import", str(export))
    assert done.returncode == 0, done.stderr
    assert "run `avvik reindex`" in stderr_lines(done.stderr)[-1]
    assert avvik(restored, "reindex").returncode == 0
    queries = export.with_name("queries.jsonl")
    assert _search_all(restored, queries) == results  # the same hits, scores, tags (with the reviews)

    before, after = (
        open_catalog(Settings.load(original).db_path),
        open_catalog(Settings.load(restored).db_path),
    )
    try:
        assert before.reviews() == after.reviews()
        assert before.population() == after.population() and len(after.population()) == 2
        assert before.audit_trail() == after.audit_trail()
        assert before.explanations() == after.explanations()
        assert [r for r in before.reports()] == [r for r in after.reports()]
        kept = [Path(p) for (p,) in after.db.execute("SELECT stored_path FROM reports")]
        assert all(p.is_file() and p.is_relative_to(restored) for p in kept)
    finally:
        before.close()
        after.close()
    state = check_json(avvik(restored, "check"))
    assert state == {"reports": 6, "explanations": 30, "points": 30, "orphan_points": 0, "half_written": 0}
    FIGURES["reviews checked (export, import, reindex)"] += 9


def test_import_refuses_a_data_dir_that_is_not_empty(exported) -> None:  # type: ignore[no-untyped-def]
    original, export, _ = exported
    done = avvik(original, "import", str(export))
    assert done.returncode == 1
    [line] = stderr_lines(done.stderr)
    assert "already holds reports or reviews" in line
    assert check_json(avvik(original, "check"))["reports"] == 6


@pytest.mark.parametrize(
    ("damage", "words"),
    [
        (lambda lines: lines[:-1], "cut off"),
        (
            lambda lines: lines[:5] + ['{"type": "review", "explanation_id": '] + lines[5:],
            "line 6 is not JSON",
        ),
        (lambda lines: [ln for ln in lines if '"type": "review"' not in ln], "end marker counts"),
        (lambda lines: lines[:3] + lines[4:], "FOREIGN KEY"),  # a report missing under its explanations
        (lambda lines: ['{"type": "report"}'] + lines[1:], "not an avvik export"),
    ],
)
def test_a_damaged_export_restores_nothing(exported, tmp_path: Path, damage, words: str) -> None:  # type: ignore[no-untyped-def]
    _, export, _ = exported
    broken = tmp_path / "trasig.jsonl"
    broken.write_text(
        "\n".join(damage(export.read_text(encoding="utf-8").splitlines())) + "\n", encoding="utf-8"
    )
    restored = tmp_path / "restored"
    done = avvik(restored, "import", str(broken))
    assert done.returncode == 1
    [line] = stderr_lines(done.stderr)
    assert words in line and "trasig.jsonl" in line
    catalog = open_catalog(Settings.load(restored).db_path)
    try:
        assert (
            catalog.db.execute(
                "SELECT (SELECT count(*) FROM reports) + (SELECT count(*) FROM reviews)"
                " + (SELECT count(*) FROM explanations)"
            ).fetchone()[0]
            == 0
        )
    finally:
        catalog.close()
    assert not list((restored / "files").glob("*")) if (restored / "files").exists() else True
