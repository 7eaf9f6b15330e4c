"""The catalog's whole interface on both backends, SQLite and a real PostgreSQL server (``database_url``): the
same calls give the same answers. A backup made on one restores on the other (how an archive moves from
SQLite to PostgreSQL), and claims give each file to one worker however many ask at once."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
from postgres_server import PostgresServer

from extract.types import Explanation, Report, Tag
from index.catalog import Catalog, open_catalog
from index.catalog.backup import export_jsonl, import_jsonl
from index.catalog.interface import Counted, PopulationFigure, StatementTotal, TagCount
from index.errors import StoreUnreachable, VersionMismatch


def report(month: int, municipality: str = "Lerum") -> Report:
    return Report(f"{month:032d}", f"rapport-{month}.pdf", f"{month:064d}", municipality, "Socialnämnden",
                  f"2024-{month:02d}", "månadsrapport", 3)  # fmt: skip


def explanation(
    rep: Report, n: int, text: str, amount: float | None, *tags: str, **kw: object
) -> Explanation:
    return Explanation(f"{rep.report_id[-4:]}{n:028d}", rep.report_id, str(kw.get("kind", "cause")),
                       "Personalkostnader", "negative", amount, text, n + 1, (1.0, 2.0, 3.5, 4.25),
                       tags=tuple(Tag(t, 0.5 + i / 10, t[:4], "model") for i, t in enumerate(tags)),
                       flags=tuple(kw.get("flags", ())), carry_over_of=kw.get("carry_over_of"),  # type: ignore[arg-type]
                       same_as=kw.get("same_as"))  # type: ignore[arg-type]  # fmt: skip


@pytest.fixture
def catalog(tmp_path: Path, database_url: str | None) -> Iterator[Catalog]:
    opened = open_catalog(tmp_path / "avvik.sqlite", database_url)
    yield opened
    opened.close()


def fill(catalog: Catalog) -> tuple[Report, Report, list[Explanation]]:
    may, june = report(5), report(6, "Borås")
    first = [
        explanation(may, 0, "Vikarier kostar mer än budget.", -2.5e6, "vikarier", "sjukfranvaro"),
        explanation(may, 1, "Köpt vård ökar.", -1e6, "kopt_vard"),
        explanation(
            may, 2, "Enligt kommunens riktlinjer redovisas avvikelser.", None, flags=("boilerplate",)
        ),
    ]
    second = [
        explanation(
            june,
            0,
            "Vikarier kostar mer än budget igen.",
            -3e6,
            "vikarier",
            carry_over_of=first[0].explanation_id,
        ),  # fmt: skip
        explanation(
            june,
            1,
            "Statsbidrag uteblev.",
            4e5,
            "statsbidrag",
            kind="action",
            same_as=first[1].explanation_id,
        ),  # fmt: skip
    ]
    for rep, exps in ((may, first), (june, second)):
        catalog.write_report(rep, exps, "v1", f"/files/{rep.sha256}.pdf")
        catalog.mark_done(rep.report_id)
    return may, june, first + second


def test_reports_and_explanations_read_back_as_written(catalog: Catalog) -> None:
    may, june, exps = fill(catalog)
    assert catalog.reports() == [may, june]
    assert catalog.report(june.report_id) == june and catalog.report_of(exps[3].explanation_id) == june
    assert catalog.report_state(may.sha256) == ("done", "v1")
    assert catalog.stored_path(may.report_id) == f"/files/{may.sha256}.pdf"
    assert catalog.explanations(may.report_id) == [
        e.__class__(**{**e.__dict__, "tags": tuple(sorted(e.tags, key=lambda t: -t.score))}) for e in exps[:3]
    ]
    assert [e.explanation_id for e in catalog.explanations(ids=[exps[4].explanation_id, "nej"])] == [
        exps[4].explanation_id
    ]
    assert catalog.municipalities() == {"Lerum", "Borås"}
    assert (catalog.count("reports"), catalog.count("explanations"), catalog.count("tags")) == (2, 5, 5)
    assert catalog.carry_over_candidates(report(7)) == [
        (e.explanation_id, e.text) for e in exps[:3]
    ]  # Lerum's
    [chained] = catalog.chained([exps[3].explanation_id])
    assert chained.root == exps[0].explanation_id and chained.chain_periods == ("2024-05", "2024-06")
    assert catalog.deviation_pages([exps[1].explanation_id]) == {exps[1].explanation_id: (2,)}
    assert catalog.amount_range() == (-3e6, 4e5)
    catalog.update_report(june.report_id, committee="Vård- och omsorgsnämnden", bogus="x")
    assert catalog.report(june.report_id).committee == "Vård- och omsorgsnämnden"  # type: ignore[union-attr]
    catalog.write_report(report(8), [], "v1", None)
    assert catalog.pending_reports() == [report(8).report_id] and len(catalog.reports(None)) == 3
    catalog.delete_report(report(8).report_id)
    assert catalog.report_state(report(8).sha256) is None


def test_reviews_decide_the_tags_and_are_kept_as_an_audit_trail(catalog: Catalog) -> None:
    _, _, exps = fill(catalog)
    staff = exps[0].explanation_id
    assert [t.tag for t in catalog.model_tags([staff])[staff]] == ["vikarier", "sjukfranvaro"]
    first = catalog.add_review(staff, "sjukfranvaro", "reject", "anna")
    second = catalog.add_review(staff, "bemanning", "add", "anna", signed_in_user="anna@kommun")
    assert second == first + 1
    assert {t.tag: t.source for t in catalog.explanations(ids=[staff])[0].tags} == {
        "vikarier": "model",
        "bemanning": "review",
    }
    assert [e for e, _ in catalog.queued_for_index()] == [staff]
    assert catalog.undo_last_review("anna") == staff
    assert [d.tag for d in catalog.decisions()] == ["sjukfranvaro"]
    trail = catalog.reviews()
    assert [(r["tag"], r["undone"], r["signed_in_user"]) for r in trail] == [
        ("sjukfranvaro", 0, None),
        ("bemanning", 1, "anna@kommun"),
    ]
    assert set(catalog.review_candidates()) == {
        e.explanation_id for e in exps if "boilerplate" not in e.flags
    }
    assert catalog.reviewed_examples() == [{"text": exps[0].text, "cats": {"vikarier": 1.0}}]
    catalog.unqueue(catalog.queued_for_index())
    assert catalog.queued_for_index() == []


def test_aggregations_count_the_tags_after_review(catalog: Catalog) -> None:
    may, june, exps = fill(catalog)
    catalog.add_review(exps[1].explanation_id, "vikarier", "add", "bo")
    counts = sorted(catalog.tag_counts(Counted()), key=lambda c: (c.report_id, c.tag))
    assert counts == [
        TagCount(may.report_id, "kopt_vard", 1, -1e6, 1),
        TagCount(may.report_id, "sjukfranvaro", 1, -2.5e6, 1),
        TagCount(may.report_id, "vikarier", 2, -3.5e6, 2),
        TagCount(june.report_id, "vikarier", 1, -3e6, 1),
    ]
    no_carry = catalog.tag_counts(Counted(carry_overs=False))
    assert june.report_id not in {c.report_id for c in no_carry}
    assert {e.explanation_id for e in catalog.tagged("vikarier", Counted())} == {
        exps[0].explanation_id,
        exps[1].explanation_id,
        exps[3].explanation_id,
    }
    totals = catalog.statement_totals([may.report_id, june.report_id, "ingen"], ["cause", "action"])
    assert totals == {
        may.report_id: StatementTotal(2, -3.5e6),
        june.report_id: StatementTotal(2, -2.6e6),
        "ingen": StatementTotal(0, 0.0),
    }


def test_population_audit_and_cached_vectors(catalog: Catalog) -> None:
    assert not catalog.holds_anything()
    figures = [PopulationFigure("Lerum", 2024, 43000), PopulationFigure("Borås", 2024, 114000)]
    assert catalog.store_population(figures, "scb.csv", "anna") == 2
    catalog.store_population([PopulationFigure("Lerum", 2024, 43100)], "kolada.csv", None)
    assert catalog.population() == [
        PopulationFigure("Borås", 2024, 114000),
        PopulationFigure("Lerum", 2024, 43100),
    ]
    catalog.record("edit_report", "anna", "r1", {"committee": ["Socialnämnden", "Vård- och omsorgsnämnden"]})
    [entry] = catalog.audit_trail()
    assert (entry["user"], entry["action"], entry["details"]["committee"][1]) == (
        "anna",
        "edit_report",
        "Vård- och omsorgsnämnden",
    )
    vectors = {"a" * 64: np.arange(4, dtype=np.float32) / 3, "b" * 64: -np.ones(4, dtype=np.float32)}
    catalog.store_vectors(vectors, "e5")
    catalog.store_vectors({"a" * 64: np.zeros(4, dtype=np.float32)}, "e5")  # replaced
    found = catalog.cached_vectors(["a" * 64, "b" * 64, "c" * 64], "e5")
    assert set(found) == {"a" * 64, "b" * 64} and not found["a" * 64].any()
    assert (
        np.array_equal(found["b" * 64], vectors["b" * 64]) and catalog.cached_vectors(["b" * 64], "x") == {}
    )
    catalog.set_meta("k", "1")
    catalog.set_meta("k", "2")
    assert catalog.meta("k") == "2" and catalog.holds_anything()
    catalog.clear_meta("k")
    assert catalog.meta("k") is None


def _export_lines(catalog: Catalog, out: Path) -> list[str]:
    export_jsonl(catalog, out)
    return [line for line in out.read_text().splitlines() if '"exported_at"' not in line]


def test_a_backup_restores_on_the_other_backend_and_exports_the_same(
    catalog: Catalog, tmp_path: Path, postgres_server: PostgresServer, database_url: str | None
) -> None:
    _, _, exps = fill(catalog)
    catalog.add_review(exps[0].explanation_id, "bemanning", "add", "anna")
    catalog.add_review(exps[1].explanation_id, "kopt_vard", "reject", "bo")
    catalog.store_population([PopulationFigure("Lerum", 2024, 43000)], "scb.csv", "anna")
    catalog.record("upload", "anna", None, {"file": "å.pdf"})
    before = _export_lines(catalog, tmp_path / "a.jsonl")
    other_url = None if database_url else postgres_server.new_database()
    other = open_catalog(tmp_path / "other.sqlite", other_url)
    try:
        import_jsonl(other, tmp_path / "a.jsonl", tmp_path / "files")
        assert _export_lines(other, tmp_path / "b.jsonl") == before
        assert other.explanations() == catalog.explanations()
        # ids go on after the restored ones on both
        assert (
            other.add_review(exps[2].explanation_id, "x", "add", "c")
            == catalog.reviews()[-1]["review_id"] + 1
        )
    finally:
        other.close()


def test_a_file_is_claimed_by_one_worker_until_its_claim_lapses(catalog: Catalog) -> None:
    sha = "f" * 64
    assert catalog.claim(sha, "a", 60) and catalog.claim(sha, "a", 60)
    assert not catalog.claim(sha, "b", 60) and catalog.live_claims() == {sha}
    assert catalog.holds_claim(sha, "a") and not catalog.holds_claim(sha, "b")
    assert catalog.renew_claims("a", 0.05) == 1
    time.sleep(0.1)  # a killed worker renews nothing: its claim lapses
    assert catalog.live_claims() == set() and not catalog.holds_claim(sha, "a")
    assert catalog.claim(sha, "b", 60) and not catalog.claim(sha, "a", 60)
    catalog.release_claim(sha, "a")  # not a's any more: nothing happens
    assert catalog.holds_claim(sha, "b")
    catalog.release_claim(sha, "b")
    assert catalog.live_claims() == set() and catalog.claim(sha, "a", 60)


def test_workers_asking_at_once_get_each_file_once(tmp_path: Path, database_url: str | None) -> None:
    files = [f"{i:064x}" for i in range(60)]
    won: dict[str, list[str]] = {}
    start = threading.Barrier(4)

    def work(name: str) -> None:
        own = open_catalog(tmp_path / "avvik.sqlite", database_url)  # a connection per worker
        try:
            start.wait()
            won[name] = [f for f in files if own.claim(f, name, 60)]
        finally:
            own.close()

    open_catalog(tmp_path / "avvik.sqlite", database_url).close()
    threads = [threading.Thread(target=work, args=(f"w{i}",)) for i in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    claimed = [f for mine in won.values() for f in mine]
    assert sorted(claimed) == files  # every file once, by exactly one worker


def test_a_catalog_of_a_newer_avvik_is_refused(tmp_path: Path, database_url: str | None) -> None:
    newer = open_catalog(tmp_path / "avvik.sqlite", database_url)
    newer.set_meta("schema_version", "99")
    newer.close()
    with pytest.raises(VersionMismatch, match="newer avvik"):
        open_catalog(tmp_path / "avvik.sqlite", database_url)


def test_an_unreachable_server_is_one_clear_line() -> None:
    started = time.monotonic()
    with pytest.raises(StoreUnreachable) as caught:
        open_catalog(Path("/nonexistent"), "postgresql://avvik:hemligt@127.0.0.1:1/avvik")
    message = str(caught.value)
    assert "\n" not in message and "hemligt" not in message and "AVVIK_DATABASE_URL" in message
    assert time.monotonic() - started < 15
