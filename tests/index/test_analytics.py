"""Aggregations for Jämför: counts and amounts per municipality x tag and per committee x period, with
reviewed tags overriding the model; each deviation counted once, one cut of a report summed, investments
apart."""

from collections.abc import Iterator
from pathlib import Path

import pytest
from app_fixtures import summary_and_section_spec
from conftest import HashEmbedder, KeywordTagger
from pdf_builder import build_report, sample_spec

from index.analytics import (
    Scope,
    amount_range,
    committee_totals,
    committee_trend,
    committees,
    compare,
    comparison,
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
    assert [(d.explanation.area, d.report.period) for d in found] == [("Köp av tjänster", "2024-06")]
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


@pytest.fixture(scope="module")
def stated_twice(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Archive]:
    """One report whose summary and sections state the same deviations, with an account-group cut of the
    same money and an investment deviation."""
    directory = tmp_path_factory.mktemp("twice")
    archive = Archive(Settings.load(directory / "state"), embedder=HashEmbedder(), tagger=KeywordTagger())
    [result] = archive.ingest([build_report(directory / "kungalv-von.pdf", summary_and_section_spec())])
    assert result.status == "ingested", result.message
    yield archive
    archive.close()


def test_a_deviation_stated_in_the_summary_and_its_section_counts_once(stated_twice: Archive) -> None:
    cells = {(c.municipality, c.tag): c for c in compare(stated_twice.catalog)}
    bought = cells[("Kungälv", "kopt_verksamhet")]
    assert (bought.count, bought.amount_sek, bought.with_amount) == (1, -5_800_000, 1)  # not 11,6
    [behind] = explanations_behind(stated_twice.catalog, "Kungälv", "kopt_verksamhet")
    assert len(behind.statements) == 2 and behind.summed


def test_ingest_links_the_statements_of_one_deviation(stated_twice: Archive) -> None:
    """The summary's and the section's statement of one deviation are linked in the catalog (``same_as``
    names the first), so every reader joins them the same way; a statement of its own links to itself."""
    stored = stated_twice.catalog.explanations(stated_twice.catalog.reports()[0].report_id)
    by_id = {e.explanation_id: e for e in stored}
    assert all(e.same_as in by_id for e in stored)
    bought = [e for e in stored if e.amount_sek == -5_800_000 and not e.investment and e.kind == "cause"]
    assert len(bought) == 2 and len({e.same_as for e in bought}) == 1
    assert by_id[bought[0].same_as].page <= min(e.page for e in bought)  # the first statement leads
    alone = [e for e in stored if e.same_as == e.explanation_id and e not in bought]
    assert alone, "statements with no twin link to themselves"


def test_one_cut_of_a_report_is_summed_and_a_total_counts_each_deviation_once(stated_twice: Archive) -> None:
    result = comparison(stated_twice.catalog)
    cells = {c.tag: c for c in result.cells}
    # Hemtjänst (service area) and Personalkostnader (account group) state the same 1,6 mnkr two ways
    assert (cells["vikarier"].count, cells["vikarier"].amount_sek, cells["vikarier"].with_amount) == (
        2,
        -1_600_000,
        1,
    )
    [total] = result.totals
    assert (total.count, total.amount_sek, total.with_amount) == (4, -7_400_000, 2)
    behind = explanations_behind(stated_twice.catalog, "Kungälv", "vikarier")
    assert [(d.cut, d.summed) for d in behind] == [("verksamhet", True), ("kontogrupp", False)]


def test_investments_are_never_summed_with_operations(stated_twice: Archive) -> None:
    operations = comparison(stated_twice.catalog)
    assert ("lokaler" not in {c.tag for c in operations.cells}) and operations.totals[
        0
    ].amount_sek == -7_400_000
    investments = comparison(stated_twice.catalog, Scope(investment=True))
    [cell] = investments.cells
    assert (cell.tag, cell.count, cell.amount_sek) == ("lokaler", 1, -3_000_000)
    assert investments.totals[0].amount_sek == -3_000_000


def test_a_cell_without_amounts_has_no_sum(reviewed: Archive) -> None:
    latest = next(r for r in reviewed.catalog.reports() if r.period == "2024-06")
    action = next(e for e in reviewed.catalog.explanations(latest.report_id) if e.kind == "action")
    reviewed.catalog.add_review(action.explanation_id, "overtid", "add", "anna")
    cells = {(c.municipality, c.tag): c for c in compare(reviewed.catalog, Scope(kinds=("action",)))}
    cell = cells[("Alingsås", "overtid")]
    assert cell.count == 1 and cell.with_amount == 0 and cell.amount is None


def test_a_hit_shows_every_page_its_deviation_is_stated_on(tmp_path: Path) -> None:
    """Search reads the links made at ingest: the hit for a deviation names the other page where the report
    states it, whichever of its statements ranked."""
    from dataclasses import replace

    from index.search import search

    spec = summary_and_section_spec()
    summary_ends = next(n for n, (kind, _) in enumerate(spec.blocks) if kind == "p") + 1
    spec = replace(
        spec, blocks=[*spec.blocks[:summary_ends], ("pagebreak", None), *spec.blocks[summary_ends:]]
    )
    archive = Archive(Settings.load(tmp_path / "state"), embedder=HashEmbedder(), tagger=KeywordTagger())
    try:
        [result] = archive.ingest([build_report(tmp_path / "kungalv-von.pdf", spec)])
        assert result.status == "ingested", result.message
        hits = search(archive, "äldreomsorgen placeringar externa boenden", limit=20)
        [elderly] = [
            h for h in hits if h.explanation.amount_sek == -5_800_000 and h.explanation.kind == "cause"
        ]
        stated_on = {
            e.page for e in archive.catalog.explanations() if e.same_as == elderly.explanation.same_as
        }
        assert stated_on == {1, 2}
        assert set(elderly.also_pages) == stated_on - {elderly.explanation.page}
    finally:
        archive.close()


def test_a_cover_letter_repeating_its_report_counts_each_deviation_once() -> None:
    """A tjänsteskrivelse and the report it covers (same committee and period) state some deviations twice:
    in the same words, or with the same amount and area. Each counts once; what only one paper states still
    counts, and another period's paper is another period."""
    from extract.types import Explanation, Report, Tag
    from index.deviations import deviations

    def report(report_id: str, period: str) -> Report:
        return Report(report_id, f"{report_id}.pdf", report_id, "Alingsås", "Socialnämnden", period, None, 3)

    def cause(report_id: str, n: int, text: str, amount: float | None, area: str | None) -> Explanation:
        return Explanation(f"{report_id}{n}", report_id, "cause", area, "negative", amount, text, 1,
                           (0, 0, 1, 1), tags=(Tag("vikarier", 0.9, "vikarier", "rule"),))  # fmt: skip

    staff = (
        "Personalkostnaderna överstiger budget med 13 miljoner kronor till följd av höga vikariekostnader."
    )
    letter, full, june = report("letter", "2026-05"), report("report", "2026-05"), report("june", "2026-06")
    stated = [
        cause("report", 1, staff, -13e6, "Personalkostnader"),
        cause(
            "report", 2, "Köp av tjänster överstiger budget med 4 miljoner kronor.", -4e6, "Köp av tjänster"
        ),
        cause("letter", 1, staff + " Åtgärder pågår.", None, None),  # the same words, a sentence more
        cause(
            "letter", 2, "Köpta tjänster kostar 4 mnkr mer än budget.", -4e6, "Köp av tjänster"
        ),  # same amount
        cause("letter", 3, "Ekonomiskt bistånd ökar med 2 miljoner kronor.", -2e6, "Ekonomiskt bistånd"),
        cause("june", 1, staff, -13e6, "Personalkostnader"),
    ]
    found = deviations([full, letter, june], stated)
    assert [(d.report.report_id, d.explanation.explanation_id) for d in found] == [
        ("report", "report1"),
        ("report", "report2"),
        ("letter", "letter3"),
        ("june", "june1"),
    ]
