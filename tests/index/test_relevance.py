"""The relevance floor: match strength per hit, "no clear match" for questions the archive cannot answer,
and the CLI's clear_match beside the hits."""

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import HashEmbedder, KeywordTagger
from pdf_builder import build_report, sample_spec

from index.archive import Archive
from index.evaluation import evaluate_corpus_questions
from index.relevance import CLEAR_MATCH, content_stems, coverage, strength, strength_label
from index.search import clear_match, search, search_many
from index.settings import Settings

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Archive]:
    folder = tmp_path_factory.mktemp("relevance")
    pdf = build_report(folder / "alingsas-sn-2024-05.pdf", sample_spec())
    opened = Archive(Settings.load(folder / "state"), embedder=HashEmbedder(), tagger=KeywordTagger())
    opened.ingest([pdf], workers=1)
    yield opened
    opened.close()


def test_question_words_and_words_of_every_explanation_carry_no_content() -> None:
    assert content_stems("Varför har kostnaderna för vikarier ökat i nämnden?") == content_stems("vikarier")
    assert content_stems("?!.,;:") == set() and content_stems("<script>") == {"script"}


@pytest.mark.parametrize(
    ("query", "text", "expected"),
    [
        ("vikarier", "Kostnaderna för timvikarier är höga.", 1.0),  # the word inside a compound
        ("hyrsjuksköterskor", "Fler sjuksköterskor har hyrts in.", 1.0),  # most of the compound
        ("pensionskostnader", "Kostnaderna är höga.", 0.0),  # a common part is not enough
        ("fotbollsresultat", "Resultatet är positivt.", 0.0),
        ("vikarier sjukfrånvaro", "Sjukfrånvaron har ökat.", 0.5),
        ("xyzzy", "Sjukfrånvaron har ökat.", 0.0),
    ],
)
def test_coverage_counts_the_questions_content_words_in_the_text(
    query: str, text: str, expected: float
) -> None:
    assert coverage(content_stems(query), text) == expected


def test_strength_is_on_zero_to_one_and_words_alone_without_a_dense_vector() -> None:
    assert strength(0.2, 0.0) == 0.0 and strength(1.0, 1.0) == 1.0
    assert 0.0 < strength(0.85, 0.5) < 1.0
    assert strength(None, 0.5) == 0.5
    assert (
        strength_label(None) == "okänd" and strength_label(0.0) == "svag" and strength_label(1.0) == "stark"
    )


def test_nonsense_has_no_clear_match_but_keeps_its_hits(archive: Archive) -> None:
    for query in ("xyzzy qwerty", "?!.,;:", "<script>"):
        hits = search(archive, query, limit=5)
        assert hits, "the hits are still listed, so a user can look anyway"
        assert all(h.strength is not None and h.strength < CLEAR_MATCH for h in hits)
        assert not clear_match(hits)


def test_a_question_the_report_answers_has_a_clear_match(archive: Archive) -> None:
    hits = search(archive, "höga vikariekostnader", limit=5)
    assert clear_match(hits)
    assert hits[0].contract()["match"] == hits[0].strength
    assert clear_match(search(archive, "höga vikariekostnader", limit=5, mode="sparse"))


def test_many_queries_get_the_same_strength_as_one(archive: Archive) -> None:
    queries = ["höga vikariekostnader", "xyzzy qwerty"]
    for query, hits in zip(queries, search_many(archive, queries, limit=3), strict=True):
        assert [h.strength for h in hits] == [h.strength for h in search(archive, query, limit=3)]


def test_eval_search_reads_the_shared_question_format(archive: Archive, tmp_path: Path) -> None:
    folder = tmp_path / "labelled"
    (folder / "gold").mkdir(parents=True)
    causes = [e for e in archive.catalog.explanations() if e.kind == "cause"][:3]
    gold = [
        {"id": n, "file": "alingsas-sn-2024-05.pdf", "page": e.page, "kind": "cause", "text": e.text}
        for n, e in enumerate(causes)
    ]
    (folder / "gold" / "r.jsonl").write_text("\n".join(json.dumps(g, ensure_ascii=False) for g in gold))
    questions = [{"query": e.text, "relevant": [n]} for n, e in enumerate(causes)]
    (folder / "gold" / "r.queries.jsonl").write_text(
        "\n".join(json.dumps(q, ensure_ascii=False) for q in questions)
    )
    no_answer = tmp_path / "no.jsonl"
    no_answer.write_text('{"query": "xyzzy qwerty"}\n{"query": "<script>"}\n')
    figures = evaluate_corpus_questions(archive, folder, no_answer).figures()
    assert figures["n_queries"] == 3 and figures["hit3"] == 1.0 and figures["recall10"] == 1.0
    assert figures["n_no_answer"] == 2 and figures["no_clear_match_rate"] == 1.0
    assert figures["clear_when_hit3"] == 1.0


def test_the_cli_prints_clear_match_beside_the_hits(archive: Archive, tmp_path: Path) -> None:
    queries = tmp_path / "q.jsonl"
    queries.write_text('{"query": "höga vikariekostnader"}\n{"query": "xyzzy qwerty"}\n', encoding="utf-8")
    env = dict(
        os.environ,
        AVVIK_MODELS="fakes:models",
        PYTHONPATH=os.pathsep.join(p for p in (str(ROOT / "tests"), os.environ.get("PYTHONPATH")) if p),
    )
    env.pop("AVVIK_QDRANT_URL", None)
    data_dir = str(archive.settings.data_dir)
    archive.close()  # the CLI opens the embedded index itself

    def avvik(*args: str) -> str:
        done = subprocess.run(
            [sys.executable, "-m", "avvik_cli.main", "--data-dir", data_dir, "search", *args],
            capture_output=True,
            text=True,
            timeout=120,
            cwd=ROOT,
            env=env,
        )
        assert done.returncode == 0, done.stderr
        return done.stdout

    lines = [json.loads(x) for x in avvik("--queries-file", str(queries), "--format", "jsonl").splitlines()]
    assert [(x["query"], x["clear_match"]) for x in lines] == [
        ("höga vikariekostnader", True),
        ("xyzzy qwerty", False),
    ]
    assert lines[1]["hits"] and all("match" in h for h in lines[1]["hits"])
    single = [json.loads(x) for x in avvik("xyzzy qwerty", "--format", "jsonl").splitlines()]
    assert single and all(x["clear_match"] is False for x in single)
    text = avvik("xyzzy qwerty")
    assert "Inga tydliga träffar" in text and "träff svag" in text
    understood = avvik("höga vikariekostnader")
    assert "Inga tydliga träffar" not in understood
    assert understood.startswith("# höga vikariekostnader [vikarier]")  # the question's chips
    assert avvik("höga vikariekostnader", "--literal").startswith("# höga vikariekostnader\n")
