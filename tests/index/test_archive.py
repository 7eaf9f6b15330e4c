from pathlib import Path

import bad_files
from conftest import HashEmbedder, KeywordTagger

from index.archive import Archive
from index.search import search
from index.settings import Settings
from index.vectors.store import Filters


def test_ingest_then_search_finds_the_explanation(archive: Archive, report_pdf: Path) -> None:
    [result] = archive.ingest([report_pdf])
    assert result.status == "ingested" and result.explanations >= 4
    hits = search(archive, "vikariekostnader sjukfrånvaro", limit=3)
    assert hits[0].explanation.area == "Personalkostnader"
    assert hits[0].report.municipality == "Alingsås"
    assert "vikariekostnader" in hits[0].highlights
    assert {t.tag for t in hits[0].explanation.tags} == {"vikarier", "sjukfranvaro"}


def test_reingesting_the_same_file_adds_nothing(archive: Archive, report_pdf: Path, tmp_path: Path) -> None:
    archive.ingest([report_pdf])
    before = archive.check()
    copy = tmp_path / "annat-namn.pdf"
    copy.write_bytes(report_pdf.read_bytes())
    results = archive.ingest([report_pdf, copy])
    assert [r.status for r in results] == ["skipped", "skipped"]
    assert archive.check() == before


def test_a_bad_file_is_reported_and_the_batch_goes_on(archive: Archive, make_pdf, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    good = make_pdf("lerum-son-2024-05.pdf", municipality="Lerum")
    bad = bad_files.html_page(tmp_path / "fel.pdf")
    locked = bad_files.encrypted(tmp_path / "låst.pdf")
    results = {Path(r.path).name: r for r in archive.ingest([bad, good, locked])}
    assert results["lerum-son-2024-05.pdf"].status == "ingested"
    assert results["fel.pdf"].status == "failed" and "not a PDF" in results["fel.pdf"].message
    assert results["låst.pdf"].status == "failed" and "password" in results["låst.pdf"].message
    assert archive.check()["reports"] == 1


def test_filters_and_boilerplate(archive: Archive, make_pdf) -> None:  # type: ignore[no-untyped-def]
    archive.ingest(
        [make_pdf("a.pdf", municipality="Alingsås"), make_pdf("b.pdf", municipality="Lerum", month="juni")]
    )
    hits = search(archive, "placeringar barn och unga", Filters(municipality=("Lerum",)))
    assert hits and {h.report.municipality for h in hits} == {"Lerum"}
    everything = search(
        archive, "ingen förändring aprilprognosen", Filters(include_boilerplate=True), limit=50
    )
    default = search(archive, "ingen förändring aprilprognosen", limit=50)
    assert any("boilerplate" in h.explanation.flags for h in everything)
    assert not any("boilerplate" in h.explanation.flags for h in default)


def test_interrupted_ingest_leaves_nothing_half_written(tmp_path: Path, report_pdf: Path) -> None:
    settings = Settings.load(tmp_path / "state")
    archive = Archive(settings, embedder=HashEmbedder(), tagger=KeywordTagger())
    archive.ingest([report_pdf])
    report = archive.catalog.reports()[0]
    # simulate a kill between the SQLite write and the points: the report is pending, its points missing
    archive.catalog.db.execute(
        "UPDATE reports SET status = 'pending' WHERE report_id = ?", (report.report_id,)
    )
    archive.store.delete_report(report.report_id)
    assert archive.check()["half_written"] == 1
    archive.close()
    archive = Archive(settings, embedder=HashEmbedder(), tagger=KeywordTagger())
    [result] = archive.ingest([report_pdf])
    assert result.status == "ingested"
    state = archive.check()
    assert (
        state["half_written"] == 0
        and state["orphan_points"] == 0
        and state["points"] == state["explanations"]
    )
    archive.close()


def test_reindex_rebuilds_points_without_embedding_again(tmp_path: Path, report_pdf: Path) -> None:
    embedder = HashEmbedder()
    archive = Archive(Settings.load(tmp_path / "state"), embedder=embedder, tagger=KeywordTagger())
    archive.ingest([report_pdf])
    embedded = embedder.embedded
    ids = [h.explanation.explanation_id for h in search(archive, "lokal överskott", limit=5)]
    assert archive.reindex() == archive.check()["points"]
    assert embedder.embedded == embedded  # unchanged text is never embedded twice
    assert [h.explanation.explanation_id for h in search(archive, "lokal överskott", limit=5)] == ids
    archive.close()


def test_carry_over_is_one_hit_with_its_periods(archive: Archive, make_pdf) -> None:  # type: ignore[no-untyped-def]
    may = make_pdf("maj.pdf", month="maj")
    june = make_pdf("juni.pdf", month="juni")
    archive.ingest([may])
    archive.ingest([june])
    hits = search(archive, "vikariekostnader sjukfrånvaro hemtjänsten", limit=5)
    top = hits[0]
    assert top.periods == ("2024-05", "2024-06")
    assert top.report.period == "2024-06" and "carry_over" in top.explanation.flags
    assert sum(h.explanation.area == "Personalkostnader" for h in hits) == 1


def test_reviews_override_model_tags_and_survive_reopening(tmp_path: Path, report_pdf: Path) -> None:
    settings = Settings.load(tmp_path / "state")
    archive = Archive(settings, embedder=HashEmbedder(), tagger=KeywordTagger())
    archive.ingest([report_pdf])
    staff = next(e for e in archive.catalog.explanations() if e.area == "Personalkostnader")
    archive.catalog.add_review(staff.explanation_id, "sjukfranvaro", "reject", "anna")
    archive.catalog.add_review(staff.explanation_id, "bemanning", "add", "anna")
    archive.refresh_explanation(staff.explanation_id)
    archive.close()
    archive = Archive(settings, embedder=HashEmbedder(), tagger=KeywordTagger())
    tags = {t.tag: t.source for t in archive.catalog.explanations(ids=[staff.explanation_id])[0].tags}
    assert tags == {"vikarier": "rule", "bemanning": "review"}
    hits = search(archive, "vikariekostnader", Filters(tag=("bemanning",)))
    assert [h.explanation.explanation_id for h in hits] == [staff.explanation_id]
    archive.close()
