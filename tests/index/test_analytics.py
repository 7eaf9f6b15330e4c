"""Aggregations for Jämför: counts and amounts per municipality x tag and per committee x period, with
reviewed tags overriding the model."""

from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import HashEmbedder, KeywordTagger
from pdf_builder import build_report, sample_spec

from index.analytics import (
    Scope,
    amount_range,
    committee_totals,
    committee_trend,
    committees,
    compare,
    explanations_behind,
)
from index.archive import Archive
from index.settings import Settings


def _ingest_three(directory: Path) -> Archive:
    archive = Archive(Settings.load(directory / "state"), embedder=HashEmbedder(), tagger=KeywordTagger())
    archive.ingest(
        [
            build_report(directory / "alingsas-sn-2024-05.pdf", sample_spec()),
            build_report(directory / "alingsas-sn-2024-06.pdf", sample_spec(month="juni")),
            build_report(directory / "lerum-sn-2024-05.pdf", sample_spec(municipality="Lerum")),
        ],
        workers=1,
    )
    return archive


@pytest.fixture(scope="module")
def three_reports(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Archive]:
    """Read-only: built once for the module."""
    archive = _ingest_three(tmp_path_factory.mktemp("analytics"))
    yield archive
    archive.close()


@pytest.fixture
def reviewed(tmp_path: Path) -> Iterator[Archive]:
    archive = _ingest_three(tmp_path)
    yield archive
    archive.close()


def _cells(archive: Archive, scope: Scope | None = None) -> dict[tuple[str | None, str], tuple[int, float]]:
    return {(c.municipality, c.tag): (c.count, c.amount_sek) for c in compare(archive.catalog, scope)}


def test_latest_report_per_committee_is_counted_once(three_reports: Archive) -> None:
    cells = _cells(three_reports)
    assert cells[("Alingsås", "vikarier")] == (1, -2_000_000)
    assert cells[("Lerum", "kopt_verksamhet")] == (1, -4_000_000)
    assert cells[("Alingsås", "lokaler")] == (1, 500_000)


def test_all_reports_count_a_carried_over_cause_once(three_reports: Archive) -> None:
    cells = _cells(three_reports, Scope(latest_only=False))
    assert cells[("Alingsås", "vikarier")] == (1, -2_000_000)  # June repeats May's text: a carry-over


def test_period_range_picks_the_reports(three_reports: Archive) -> None:
    only_may = _cells(three_reports, Scope(latest_only=False, period_from="2024-05", period_to="2024-05"))
    assert only_may[("Alingsås", "vikarier")] == (1, -2_000_000)
    assert not _cells(three_reports, Scope(period_from="2025"))


def test_a_rejected_tag_leaves_the_cell_and_an_added_one_joins(reviewed: Archive) -> None:
    latest = next(r for r in reviewed.catalog.reports() if r.period == "2024-06")
    staff = next(e for e in reviewed.catalog.explanations(latest.report_id) if e.area == "Personalkostnader")
    reviewed.catalog.add_review(staff.explanation_id, "vikarier", "reject", "anna")
    reviewed.catalog.add_review(staff.explanation_id, "overtid", "add", "anna")
    cells = _cells(reviewed)
    assert ("Alingsås", "vikarier") not in cells
    assert cells[("Alingsås", "overtid")] == (1, -2_000_000)
    reviewed.catalog.add_review(staff.explanation_id, "vikarier", "accept", "bo")  # the latest decision wins
    assert _cells(reviewed)[("Alingsås", "vikarier")] == (1, -2_000_000)


def test_explanations_behind_a_cell(three_reports: Archive) -> None:
    found = explanations_behind(three_reports.catalog, "Alingsås", "kopt_verksamhet")
    assert [(e.area, r.period) for e, r in found] == [("Köp av tjänster", "2024-06")]
    assert explanations_behind(three_reports.catalog, "Ingenstans", "kopt_verksamhet") == []


def test_committee_trend_across_periods(three_reports: Archive) -> None:
    assert ("Alingsås", "Socialnämnden") in committees(three_reports.catalog)
    rows = committee_trend(three_reports.catalog, "Alingsås", "Socialnämnden")
    assert [(r.period, r.count, r.amount_sek) for r in rows if r.tag == "vikarier"] == [
        ("2024-05", 1, -2_000_000),
        ("2024-06", 1, -2_000_000),
    ]
    totals = committee_totals(three_reports.catalog, "Alingsås", "Socialnämnden")
    assert [(t.period, t.reports, t.causes, t.amount_sek) for t in totals] == [
        ("2024-05", 1, 3, -5_500_000),
        ("2024-06", 1, 3, -5_500_000),
    ]


def test_empty_archive_has_nothing_to_compare(archive: Archive) -> None:
    assert compare(archive.catalog) == []
    assert committees(archive.catalog) == []
    assert amount_range(archive.catalog) is None
