"""The extraction scorer's rules, pinned on small hand-made gold items and predictions."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from extract.evaluation import load_corpus, score_extraction, score_metadata
from extract.evaluation.corpus import labelled_folders
from extract.evaluation.rules import area_ok, stated_tolerance, tokens

FILE = "lerum-sn-2025-03.pdf"
TEN = "ett två tre fyra fem sex sju åtta nio tio"
KOP = "Köp av tjänster prognostiseras avvika negativt med 9,6 mkr på grund av fler externa placeringar."
PERSONAL = "Personalkostnaderna visar ett överskott till följd av vakanta tjänster som socialsekreterare."
MEASURE = "Förvaltningen inför anställningsstopp och ser över samtliga placeringar under hösten."
BALANS = "Lokalkostnaderna prognostiseras i balans vid årets slut."


def gold(text: str, kind: str = "cause", page: int = 1, **fields: Any) -> dict[str, Any]:
    return {"file": FILE, "page": page, "kind": kind, "text": text, "boilerplate": False, **fields}


def pred(text: str, kind: str | None = "cause", page: int = 1, **fields: Any) -> dict[str, Any]:
    return {"file": FILE, "page": page, "kind": kind, "text": text, **fields}


def first_words(text: str, n: int) -> str:
    return " ".join(text.split()[:n])


# ---- matching -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("predicted", "matched"),
    [
        (first_words(TEN, 6), True),  # 6 of 10 gold tokens: 0.6 is enough
        (first_words(TEN, 5), False),
        (TEN.upper() + " och mycket annat som också står i stycket", True),  # extra words don't hurt
        ("tio nio åtta sju sex", False),  # order doesn't matter, count does
    ],
)
def test_a_prediction_must_hold_six_tenths_of_the_gold_tokens(predicted: str, matched: bool) -> None:
    assert score_extraction([gold(TEN)], [pred(predicted)]).recall.hits == int(matched)


def test_gold_tokens_count_with_multiplicity() -> None:
    text = "budget budget budget budget avvikelse"
    assert score_extraction([gold(text)], [pred("budget avvikelse")]).recall.hits == 0
    assert score_extraction([gold(text)], [pred("budget budget avvikelse")]).recall.hits == 1


def test_tokens_drop_soft_hyphens_and_fold_case_and_compatibility_forms() -> None:
    assert tokens("Personal\u00adkostnader ÖKAR, ﬁnansiering") == [
        "personalkostnader",
        "ökar",
        "finansiering",
    ]
    assert score_extraction(
        [gold("Personal\u00adkostnaderna ÖKAR")], [pred("personalkostnaderna ökar")]
    ).recall.hits


@pytest.mark.parametrize(("page", "matched"), [(1, False), (2, True), (3, True), (4, True), (5, False)])
def test_the_page_may_be_one_off(page: int, matched: bool) -> None:
    assert score_extraction([gold(KOP, page=3)], [pred(KOP, page=page)]).recall.hits == int(matched)


def test_files_compare_by_base_name_in_any_case() -> None:
    by_path = {"source_path": "/arkiv/in/" + FILE.upper(), "page": 1, "kind": "cause", "text": KOP}
    assert score_extraction([gold(KOP)], [by_path]).recall.hits == 1
    other = {**pred(KOP), "file": "ale-oan-2025-05.pdf"}
    score = score_extraction([gold(KOP)], [other])
    assert score.recall.hits == 0 and score.fp == 1 and score.fp_unknown_file == 1


def test_matching_is_one_to_one() -> None:
    score = score_extraction([gold(KOP)], [pred(KOP), pred(KOP)])
    assert (score.tp, score.fp, score.precision) == (1, 1, 0.5)
    assert [(m.gold, m.pred) for m in score.matches] == [(0, 0)]  # the tie goes to input order


def test_the_best_overlap_is_paired_first() -> None:
    score = score_extraction([gold(TEN)], [pred(first_words(TEN, 7)), pred(first_words(TEN, 9))])
    assert [(m.gold, m.pred, m.overlap) for m in score.matches] == [(0, 1, 0.9)]


def test_equal_overlaps_go_to_the_prediction_closest_to_the_gold_text() -> None:
    # both predictions hold all of gold 0; the short one has nothing else, so it takes gold 0 and the
    # long one is left for gold 1 (which the short one holds only 0.6 of)
    short = first_words(TEN, 6)
    score = score_extraction([gold(short), gold(TEN)], [pred(TEN), pred(short)])
    assert {(m.gold, m.pred) for m in score.matches} == {(0, 1), (1, 0)}


def test_one_sentence_with_two_areas_pairs_by_area() -> None:
    both = "Äldreboende samt Hemtjänst prognostiserar underskott om 14 mkr respektive 21 mkr."
    golds = [
        gold(both, area="Äldreboende", amount_sek=14e6, amount_text="14 mkr"),
        gold(both, area="Hemtjänst", amount_sek=21e6, amount_text="21 mkr"),
    ]
    score = score_extraction(
        golds,
        [pred(both, area="Hemtjänst", amount_sek=-21e6), pred(both, area="Äldreboende", amount_sek=-14e6)],
    )
    assert {(m.gold, m.pred) for m in score.matches} == {(0, 1), (1, 0)}
    assert score.amount.value == 1.0 and score.area.value == 1.0


def test_a_paragraph_goes_to_the_item_its_kind_agrees_with() -> None:
    golds = [gold(MEASURE, kind="action"), gold(KOP)]
    paragraph = KOP + " " + MEASURE
    as_action = score_extraction(golds, [pred(paragraph, kind="action")])
    assert [m.gold for m in as_action.matches] == [0] and as_action.recall.hits == 0
    without_kind = score_extraction(golds, [pred(paragraph, kind=None)])  # a scored cause goes first
    assert [m.gold for m in without_kind.matches] == [1] and without_kind.tp == 1


# ---- recall and precision -----------------------------------------------------------------------


def test_a_prediction_of_any_kind_finds_a_cause_but_only_a_cause_counts_for_precision() -> None:
    score = score_extraction([gold(KOP), gold(PERSONAL)], [pred(KOP, kind="other"), pred(PERSONAL)])
    assert score.recall.value == 1.0
    assert (score.tp, score.fp) == (1, 0)
    assert score.kind.value == 0.5  # matched predictions of kind cause, of those giving a kind


def test_matching_an_action_or_boilerplate_item_is_neutral() -> None:
    golds = [gold(KOP), gold(MEASURE, kind="action"), gold(BALANS, boilerplate=True)]
    score = score_extraction(golds, [pred(KOP), pred(MEASURE), pred(BALANS, kind=None)])
    assert (score.tp, score.fp, score.neutral) == (1, 0, 2)
    assert score.recall.n == 1  # boilerplate is labelled, never scored
    assert score.by_gold_kind["cause/boilerplate"].hits == 1
    unmatched_action = score_extraction(golds, [pred(KOP), pred("Helt annan text om något.", kind="action")])
    assert unmatched_action.fp == 0  # an action is outside precision


def test_nothing_predicted_gives_zero_recall_and_no_precision() -> None:
    score = score_extraction([gold(KOP)], [])
    assert score.recall.value == 0.0 and score.precision is None and score.f1 is None


def test_per_file_recall_and_precision() -> None:
    other = "ale-oan-2025-05.pdf"
    golds = [gold(KOP), gold(PERSONAL), {**gold(KOP), "file": other}]
    score = score_extraction(
        golds, [pred(KOP), pred("Vädret var kallt i januari."), {**pred(MEASURE), "file": other}]
    )
    assert score.per_file[FILE].recall == 0.5 and score.per_file[FILE].precision == 0.5
    assert score.per_file[other].recall == 0.0 and score.per_file[other].fp == 1
    assert score.fp_unknown_file == 0


# ---- fields of matched causes -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("gold_amount", "amount_text", "source", "predicted", "ok"),
    [
        (1_400_000, "1,4 mnkr", "prose", 1_440_000, True),  # the prose says 1,4: ± 0.05 mnkr
        (1_400_000, "1,4 mnkr", "prose", -1_440_000, True),  # the sign is the direction's business
        (1_400_000, "1,4 mnkr", "prose", 1_460_000, False),
        (1_400_000, "1,4 mnkr", "table", 1_440_000, False),  # a table row: 0.5 % or 1 kr only
        (1_400_000, "1,4 mnkr", "table", 1_406_000, True),  # within 0.5 %
        (11_000_000, "elva miljoner", "prose", 11_400_000, True),  # ± 0.5 mnkr
        (11_000_000, "elva miljoner", "prose", 11_600_000, False),
        (2_500_000, "2 500 tkr", "prose", 2_540_000, True),  # ± 50 tkr
        (1_400_000, None, "prose", 1_410_000, False),  # no stated text: 0.5 %
        (100, None, "prose", 101, True),  # or 1 kr
        (1_400_000, "1,4 mnkr", "prose", None, False),
    ],
)
def test_amount_tolerance(
    gold_amount: float, amount_text: str | None, source: str, predicted: float | None, ok: bool
) -> None:
    golds = [gold(KOP, amount_sek=gold_amount, amount_text=amount_text, amount_source=source)]
    score = score_extraction(golds, [pred(KOP, amount_sek=predicted)])
    assert score.amount.hits == int(ok) and score.amount.n == 1
    assert score.amount_by_source[source].n == 1


def test_stated_tolerance() -> None:
    assert stated_tolerance("1,4 mnkr") == pytest.approx(50_000)
    assert stated_tolerance("elva miljoner") == pytest.approx(500_000)
    assert stated_tolerance("-3,25 mkr") == pytest.approx(5_000)
    assert stated_tolerance("400 tkr") == pytest.approx(50_000)
    assert stated_tolerance("") == 0.0


@pytest.mark.parametrize(
    ("gold_area", "predicted", "ok"),
    [
        ("Personalkostnader", "Personalkostnaderna", True),  # a shared prefix of 5+ letters
        ("Lön", "Lönekostnader", False),  # too short to be a prefix
        ("Köp av tjänster", "köp av", True),  # 2 of 3 tokens
        ("Köp av tjänster", "tjänster", False),  # 1 of 3
        ("Äldreomsorg", None, False),
        (None, None, True),
    ],
)
def test_area_rule(gold_area: str | None, predicted: str | None, ok: bool) -> None:
    assert area_ok(gold_area, predicted) is ok


def test_fields_are_scored_only_where_the_gold_item_states_them() -> None:
    golds = [gold(KOP, area="Köp av tjänster", direction="negative"), gold(PERSONAL)]
    score = score_extraction(
        golds, [pred(KOP, area=None, direction="neg"), pred(PERSONAL, direction="positive")]
    )
    assert (score.direction.hits, score.direction.n) == (1, 1)  # 'neg' is 'negative'
    assert (score.area.hits, score.area.n) == (0, 1)
    assert score.amount.n == 0 and score.amount.value is None
    assert [w.field for e in score.field_errors for w in e.wrong] == ["area"]


def test_tags_are_micro_averaged_and_unknown_ones_reported() -> None:
    golds = [gold(KOP, tags=["kopt_verksamhet", "volymer"]), gold(PERSONAL, tags=["vakanser"])]
    preds = [
        pred(KOP, tags=[{"tag": "kopt_verksamhet", "score": 0.9}, {"tag": "påhittad", "score": 0.5}]),
        pred(PERSONAL, tags=["vakanser"]),
    ]
    score = score_extraction(golds, preds, vocabulary=frozenset({"kopt_verksamhet", "volymer", "vakanser"}))
    assert (score.tags.tp, score.tags.fp, score.tags.fn) == (2, 1, 1)
    assert score.tags.f1 == pytest.approx(2 / 3)
    assert score.unknown_tags == {"påhittad": 1}
    assert score.recall_with_tags.n == 2


def test_figures_and_printout() -> None:
    score = score_extraction([gold(KOP), gold(PERSONAL)], [pred(KOP), pred("Vädret var kallt.")])
    figures = score.figures()
    assert figures["recall"] == 0.5 and figures["precision"] == 0.5 and figures["amount_n_table"] == 0
    assert figures["per_file"][FILE] == {
        "recall": 0.5,
        "matched": 1,
        "scored": 2,
        "precision": 0.5,
        "tp": 1,
        "fp": 1,
    }
    assert figures["matched_by_gold_kind"] == {"cause": {"matched": 1, "n": 2}}
    text = score.format(show_errors=True)
    assert "recall                           0.500  (1/2)" in text
    assert "precision                        0.500  (tp=1 fp=1 neutral=0)" in text
    assert f"  [1] {FILE} p1 None: {PERSONAL}" in text
    assert f"  [1] {FILE} p1: Vädret var kallt." in text
    assert "missed" not in score.format()


# ---- labelled folders and metadata ---------------------------------------------------------------


def write_jsonl(path: Path, rows: list[dict[str, Any]]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")


def test_a_folder_with_one_gold_file_per_report(tmp_path: Path) -> None:
    folder = tmp_path / "real"
    write_jsonl(folder / "gold" / "a.jsonl", [{**gold(KOP), "file": "a.pdf", "id": i} for i in range(2)])
    write_jsonl(folder / "gold" / "a.queries.jsonl", [{"query": "Varför?", "relevant": [1]}])
    write_jsonl(folder / "gold" / "b.jsonl", [{**gold(PERSONAL), "file": "b.pdf", "id": i} for i in range(3)])
    write_jsonl(folder / "gold" / "b.queries.jsonl", [{"query": "Vakanser?", "relevant": [0, 2]}])
    write_jsonl(folder / "reports.jsonl", [{"file": "a.pdf", "municipality": "Lerum"}])
    (tmp_path / "a.pdf").write_bytes(b"%PDF-1.4\n")
    (folder / "a.pdf").symlink_to(tmp_path / "a.pdf")
    corpus = load_corpus(folder)
    assert [row["id"] for row in corpus.gold] == [0, 1, 2, 3, 4]
    assert [row["file"] for row in corpus.gold] == ["a.pdf", "a.pdf", "b.pdf", "b.pdf", "b.pdf"]
    assert [q["relevant"] for q in corpus.queries] == [[1], [2, 4]]
    assert [p.name for p in corpus.pdfs] == ["a.pdf"]
    assert corpus.reports[0]["municipality"] == "Lerum"
    assert len(corpus.gold_for({"b.pdf"})) == 3


def test_a_folder_with_one_gold_file(tmp_path: Path) -> None:
    write_jsonl(tmp_path / "seeds" / "gold.jsonl", [{**gold(KOP), "id": 0}])
    write_jsonl(tmp_path / "seeds" / "queries.jsonl", [{"query": "Köp?", "relevant": [0]}])
    (tmp_path / "notes").mkdir()
    corpus = load_corpus(tmp_path / "seeds")
    assert len(corpus.gold) == 1 and corpus.queries[0]["relevant"] == [0] and corpus.reports == ()
    assert labelled_folders(tmp_path) == [tmp_path / "seeds"]
    with pytest.raises(FileNotFoundError):
        load_corpus(tmp_path / "notes")


def report_row(file: str, **report: Any) -> dict[str, Any]:
    base = {"municipality": "Lerum", "committee": "Socialnämnden", "period": "2025-03"}
    return {**pred(KOP), "file": file, "report": {**base, **report}}


def test_metadata_accepts_any_listed_value_and_null() -> None:
    golds = [
        {
            "file": "a.pdf",
            "municipality": "Lerum",
            "committee": ["Socialnämnden", None],
            "period": ["2025-03"],
        },
        {"file": "b.pdf", "municipality": "Lerum", "committee": ["Direktionen", None], "period": "2025-03"},
        {"file": "c.pdf", "municipality": [None], "committee": "Socialnämnden", "period": "2025-03"},
        {"file": "d.pdf", "municipality": "Lerum", "committee": "Socialnämnden", "period": "2025-03"},
        {"file": "e.pdf", "municipality": "Åmål", "committee": "Socialnämnden", "period": "2025-03"},
    ]
    preds = [
        report_row("a.pdf"),
        report_row("b.pdf", committee=None),
        report_row("c.pdf"),  # the gold says no municipality can be read
        report_row("a.pdf", period="1999-01"),  # only a file's first row counts
        report_row("e.pdf", municipality="A\u030aMA\u030aL"),  # decomposed, upper case
    ]
    score = score_metadata(golds, preds)
    assert [r.right for r in score.reports] == [True, True, False, False, True]
    assert score.reports[2].wrong == (("municipality", "Lerum"),)
    assert not score.reports[3].seen  # d.pdf: nothing extracted
    assert score.right == 3
    text = score.format()
    assert "  c.pdf: municipality='Lerum'" in text
    assert "  d.pdf: no explanation extracted, metadata not seen" in text
    assert text.endswith("metadata all right   3/5 reports")
