"""The catalog: chains store their root, the tags after review follow one rule, and a migrated catalog has the
same tables as a new one."""

import sqlite3
from pathlib import Path

import pytest
from conftest import HashEmbedder, KeywordTagger

from extract.types import Explanation, Report, Tag
from index.archive import Archive
from index.catalog import open_catalog
from index.catalog.sqlite_schema import SCHEMA
from index.search import search
from index.settings import Settings
from index.vectors.store import Filters


def _report(month: int) -> Report:
    return Report(f"{month:032d}", f"rapport-{month}.pdf", f"{month:064d}", "Lerum", "Socialnämnden",
                  f"2024-{month:02d}", "månadsrapport", 2)  # fmt: skip


def _explanation(
    report: Report, text: str, carry_over_of: str | None = None, tags: tuple[Tag, ...] = ()
) -> Explanation:
    return Explanation(f"{report.report_id[:24]}{len(text):08d}", report.report_id, "cause", "Personalkostnader",
                       "negative", -1e6, text, 1, (0.0, 0.0, 1.0, 1.0), tags=tags, carry_over_of=carry_over_of)  # fmt: skip


def test_a_chain_over_three_reports_is_one_hit_with_every_period(archive: Archive, make_pdf) -> None:  # type: ignore[no-untyped-def]
    for month in ("maj", "juni", "juli"):
        archive.ingest([make_pdf(f"{month}.pdf", month=month)], workers=1)
    july = next(r for r in archive.catalog.reports() if r.period == "2024-07")
    may = next(r for r in archive.catalog.reports() if r.period == "2024-05")
    staff = {e.area: e for e in archive.catalog.explanations(july.report_id)}["Personalkostnader"]
    root = {e.area: e for e in archive.catalog.explanations(may.report_id)}["Personalkostnader"]
    assert staff.carry_over_of == root.explanation_id  # the chain's first statement, not June's
    hits = search(archive, "vikariekostnader sjukfrånvaro hemtjänsten", limit=5)
    assert hits[0].periods == ("2024-05", "2024-06", "2024-07") and hits[0].report.period == "2024-07"
    assert sum(h.explanation.area == "Personalkostnader" for h in hits) == 1


def test_chains_an_older_avvik_stored_as_parent_links_are_pointed_at_their_roots(tmp_path: Path) -> None:
    catalog = open_catalog(tmp_path / "avvik.sqlite")
    reports = [_report(m) for m in (5, 6, 7)]
    first = _explanation(reports[0], "Vikarier kostar mer.")
    second = _explanation(reports[1], "Vikarier kostar mer än väntat.", first.explanation_id)
    third = _explanation(reports[2], "Vikarier kostar mer än väntat i år.", second.explanation_id)  # a parent
    for report, exp in zip(reports, (first, second, third), strict=True):
        catalog.write_report(report, [exp], "v1", None)
        catalog.mark_done(report.report_id)
    catalog.close()
    catalog = open_catalog(tmp_path / "avvik.sqlite")
    try:
        stored = {e.explanation_id: e.carry_over_of for e in catalog.explanations()}
        assert stored == {first.explanation_id: None, second.explanation_id: first.explanation_id,
                          third.explanation_id: first.explanation_id}  # fmt: skip
        [found] = catalog.chained([third.explanation_id])
        assert found.root == first.explanation_id and found.chain_periods == ("2024-05", "2024-06", "2024-07")
    finally:
        catalog.close()


@pytest.mark.parametrize(
    ("decisions", "expected"),
    [
        ([], {"vikarier": (0.9, "vikarie", "rule")}),
        ([("vikarier", "accept")], {"vikarier": (1.0, "vikarie", "review")}),
        ([("vikarier", "reject")], {}),
        ([("vikarier", "reject"), ("vikarier", "accept")], {"vikarier": (1.0, "", "review")}),
        ([("bemanning", "add"), ("bemanning", "reject")], {"vikarier": (0.9, "vikarie", "rule")}),
        (
            [("bemanning", "add")],
            {"bemanning": (1.0, "", "review"), "vikarier": (0.9, "vikarie", "rule")},
        ),
    ],
)
def test_the_latest_decision_on_a_tag_wins(tmp_path: Path, decisions, expected) -> None:  # type: ignore[no-untyped-def]
    catalog = open_catalog(tmp_path / "avvik.sqlite")
    report = _report(5)
    exp = _explanation(report, "Vikarier kostar mer.", tags=(Tag("vikarier", 0.9, "vikarie", "rule"),))
    catalog.write_report(report, [exp], "v1", None)
    for tag, decision in decisions:
        catalog.add_review(exp.explanation_id, tag, decision, "anna")
    [found] = catalog.explanations(ids=[exp.explanation_id])
    assert {t.tag: (t.score, t.evidence, t.source) for t in found.tags} == expected
    assert [t.tag for t in found.tags] == list(expected)  # best first
    catalog.close()


def test_a_reviewed_tag_reaches_the_index_with_the_report(tmp_path: Path, report_pdf: Path) -> None:
    """Points are built from what was just extracted, with the reviews the catalog already holds."""
    settings = Settings.load(tmp_path / "state")
    archive = Archive(settings, embedder=HashEmbedder(), tagger=KeywordTagger())
    archive.ingest([report_pdf], workers=1)
    staff = next(e for e in archive.catalog.explanations() if e.area == "Personalkostnader")
    archive.catalog.add_review(staff.explanation_id, "bemanning", "add", "anna")
    archive.close()
    archive = Archive(settings, embedder=HashEmbedder(), tagger=KeywordTagger(2))  # tags the report again
    [result] = archive.ingest([report_pdf], workers=1)
    assert "tagged again" in result.message
    assert archive.catalog.queued_for_index() == []
    hits = search(archive, "vikarier", Filters(tag=("bemanning",)))
    assert [h.explanation.explanation_id for h in hits] == [staff.explanation_id]
    archive.close()


def _columns(path: Path) -> dict[str, list[str]]:
    db = sqlite3.connect(path)
    try:
        tables = [
            r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
        ]
        return {t: [r[1] for r in db.execute(f"PRAGMA table_info({t})")] for t in tables}
    finally:
        db.close()


def test_a_migrated_catalog_has_the_tables_of_a_new_one(tmp_path: Path) -> None:
    old = tmp_path / "old.sqlite"
    db = sqlite3.connect(old)
    db.executescript(
        SCHEMA.replace(",\n    tagger_version TEXT\n", "\n", 1)
        .replace(",\n    signed_in_user TEXT\n", "\n", 1)
        .replace(",\n    same_as TEXT\n", "\n", 1)
        .split("CREATE TABLE IF NOT EXISTS index_queue")[0]
    )
    db.close()
    open_catalog(old).close()
    open_catalog(tmp_path / "new.sqlite").close()
    assert _columns(old) == _columns(tmp_path / "new.sqlite")
