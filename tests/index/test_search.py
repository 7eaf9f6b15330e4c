import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import MODEL_DIR, HashEmbedder, KeywordTagger
from pdf_builder import build_report, sample_spec

from index.archive import Archive
from index.errors import BadQuery, VersionMismatch
from index.evaluation import evaluate_search, format_search_report
from index.search import search, search_many
from index.settings import Settings
from index.vectors.store import Filters

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def two_reports(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Archive]:
    """Two reports ingested once for the module's read-only tests."""
    folder = tmp_path_factory.mktemp("search")
    pdfs = [
        build_report(folder / "alingsas-sn-2024-05.pdf", sample_spec()),
        build_report(
            folder / "lerum-son-2024-06.pdf",
            sample_spec(municipality="Lerum", month="juni", committee="Omsorgsnämnden"),
        ),
    ]
    archive = Archive(Settings.load(folder / "state"), embedder=HashEmbedder(), tagger=KeywordTagger())
    archive.ingest(pdfs, workers=1)
    yield archive
    archive.close()


@pytest.mark.parametrize(
    ("query", "flt", "message"),
    [
        ("", None, "the query is empty"),
        ("   \n ", None, "the query is empty"),
        ("vikarier " * 1200, None, "characters long"),
        (
            "vikarier",
            Filters(municipality=("Atlantis",)),
            r"no reports from Atlantis in the archive \(known: Alingsås, Lerum\)",
        ),
        ("vikarier", Filters(period_from="2024-13"), "is not a period"),
        ("vikarier", Filters(period_to="maj"), "is not a period"),
        ("vikarier", Filters(amount_min=1e6, amount_max=-1e6), "the amount range"),
    ],
)
def test_bad_input_is_one_clear_line(
    two_reports: Archive, query: str, flt: Filters | None, message: str
) -> None:
    with pytest.raises(BadQuery, match=message) as caught:
        search(two_reports, query, flt)
    assert "\n" not in str(caught.value)


@pytest.mark.parametrize(
    ("flt", "holds"),
    [
        (Filters(municipality=("Lerum",)), lambda h: h.report.municipality == "Lerum"),
        (Filters(committee=("Omsorgsnämnden",)), lambda h: h.report.committee == "Omsorgsnämnden"),
        (Filters(period_from="2024-06", period_to="2024-06"), lambda h: h.report.period == "2024-06"),
        (Filters(period_from="2024", period_to="2024"), lambda h: h.report.period.startswith("2024")),
        (Filters(report_type=("månadsuppföljning",)), lambda h: h.report.report_type == "månadsuppföljning"),
        (Filters(kind=("action",)), lambda h: h.explanation.kind == "action"),
        (Filters(tag=("vikarier",)), lambda h: "vikarier" in {t.tag for t in h.explanation.tags}),
        (Filters(direction=("negative",)), lambda h: h.explanation.direction == "negative"),
        (
            Filters(amount_min=-3_000_000, amount_max=-1_000_000),
            lambda h: -3e6 <= h.explanation.amount_sek <= -1e6,
        ),
    ],
)
@pytest.mark.parametrize("mode", ["dense", "sparse", "hybrid"])
def test_every_filter_holds_for_every_hit(two_reports: Archive, flt: Filters, holds, mode: str) -> None:  # type: ignore[no-untyped-def]
    hits = search(two_reports, "kostnader vikarier placeringar lokaler budget", flt, limit=50, mode=mode)  # type: ignore[arg-type]
    assert hits and all(holds(h) for h in hits)


@pytest.mark.parametrize(
    ("key", "flt", "expected"),
    [
        ("municipality", None, {"Alingsås": 4, "Lerum": 4}),
        ("period", None, {"2024-05": 4, "2024-06": 4}),
        (
            "tags",
            Filters(municipality=("Lerum",)),
            {"kopt_verksamhet": 1, "lokaler": 1, "sjukfranvaro": 1, "vikarier": 1},
        ),
        ("municipality", Filters(tag=("vikarier",), period_from="2024-06"), {"Lerum": 1}),
    ],
)
def test_facets_count_municipalities_tags_and_periods(
    two_reports: Archive, key: str, flt: Filters | None, expected: dict[str, int]
) -> None:
    assert two_reports.store.facets(key, flt) == expected


def test_an_index_made_by_another_model_is_refused_until_reindexed(tmp_path: Path, report_pdf: Path) -> None:
    settings = Settings.load(tmp_path / "state")
    archive = Archive(settings, embedder=HashEmbedder(), tagger=KeywordTagger())
    archive.ingest([report_pdf], workers=1)
    archive.close()

    class OtherModel(HashEmbedder):
        name = "another-model"

    archive = Archive(settings, embedder=OtherModel(), tagger=KeywordTagger())
    with pytest.raises(VersionMismatch, match="another-model.*run `avvik reindex`"):
        search(archive, "vikariekostnader")
    assert search(archive, "vikariekostnader", mode="sparse")  # no model needed for keywords
    archive.reindex()
    assert search(archive, "vikariekostnader")[0].explanation.area == "Personalkostnader"
    archive.close()


def test_many_queries_keep_their_order(two_reports: Archive) -> None:
    queries = ["lokal överskott", "vikariekostnader sjukfrånvaro", "placeringar HVB"]
    many = search_many(two_reports, queries, limit=3)
    for query, hits in zip(queries, many, strict=True):
        alone = search(two_reports, query, limit=3)
        assert [round(h.score, 6) for h in hits] == [round(h.score, 6) for h in alone]
        # hits whose score is shared with another candidate may come in either order (the engine's ties)
        scores = [round(h.score, 6) for h in hits]
        unique = [i for i, sc in enumerate(scores) if scores.count(sc) == 1 and i < len(scores) - 1]
        assert [hits[i].explanation.explanation_id for i in unique] == [
            alone[i].explanation.explanation_id for i in unique
        ]


def test_the_evaluation_scores_every_mode_and_names_missing_snippets(
    two_reports: Archive, tmp_path: Path
) -> None:
    questions = tmp_path / "q.jsonl"
    rows = [
        {
            "query": "dyra vikarier när personalen är sjuk",
            "relevant": [{"file": "alingsas-sn-2024-05.pdf", "contains": "höga vikariekostnader"}],
        },
        {
            "query": "lokalhyror",
            "type": "exact",
            "relevant": [{"file": "lerum-son-2024-06.pdf", "contains": "en tomställd lokal har sagts upp"}],
        },
        {
            "query": "ungdomar på HVB",
            "filters": {"municipality": ["Lerum"]},
            "relevant": [
                {"file": "lerum-son-2024-06.pdf", "contains": "externa placeringar av barn och unga"}
            ],
        },
        {"query": "finns inte", "relevant": [{"file": "saknas.pdf", "contains": "ingenting"}]},
    ]
    questions.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows))
    result = evaluate_search(two_reports, questions)
    assert [s.mode for s in result.scores] == ["dense", "sparse", "hybrid"]
    assert len(result.questions) == 3 and result.unresolved == ("saknas.pdf: 'ingenting'",)
    sparse = result.scores[1]
    assert sparse.hit_at_3 == 1.0 and 0 < sparse.mrr_at_10 <= 1
    report = format_search_report(result)
    assert "hit@1" in report and "MRR@10" in report and "saknas.pdf" in report


def test_the_cli_turns_bad_queries_into_one_line(tmp_path: Path) -> None:
    def avvik(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "avvik_cli.main", "--data-dir", str(tmp_path / "state"), *args],
            capture_output=True,
            text=True,
            timeout=120,
            cwd=ROOT,
        )

    for args, message in [
        (("search", "x" * 10_000), "characters long"),
        (("search", "vikarier", "--municipality", "Atlantis"), "no reports from Atlantis"),
        (("search", "vikarier", "--period-from", "igår"), "is not a period"),
    ]:
        done = avvik(*args)
        assert done.returncode == 1 and done.stderr.startswith("avvik: ") and message in done.stderr
        assert done.stderr.strip().count("\n") == 0, done.stderr


@pytest.mark.slow
def test_the_cli_asks_for_reindex_when_the_index_is_from_another_model(
    tmp_path: Path, report_pdf: Path
) -> None:
    settings = Settings.load(tmp_path / "state")
    archive = Archive(settings, embedder=HashEmbedder(), tagger=KeywordTagger())
    archive.ingest([report_pdf])
    archive.close()
    done = subprocess.run(
        [sys.executable, "-m", "avvik_cli.main", "--data-dir", str(tmp_path / "state"), "search", "vikarier"],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=ROOT,
        env={**os.environ, "AVVIK_MODEL_DIR": str(MODEL_DIR)},
    )
    assert done.returncode == 1 and "avvik reindex" in done.stderr and done.stderr.strip().count("\n") == 0
