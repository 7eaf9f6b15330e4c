"""Search scored by the reference rules: top-1, hit@3, MRR@10, recall@10, and the clear-match shares."""

from extract.evaluation.search_score import score_search

GOLD = [
    {
        "id": 0,
        "file": "a.pdf",
        "page": 2,
        "kind": "cause",
        "text": "Höga kostnader för vikarier inom äldreomsorgen",
    },
    {
        "id": 1,
        "file": "a.pdf",
        "page": 5,
        "kind": "cause",
        "text": "Köpta platser för barn och unga ger underskott",
    },
    {
        "id": 2,
        "file": "b.pdf",
        "page": 1,
        "kind": "cause",
        "text": "Statsbidragen blev lägre än budgeterat i år",
    },
]


def hit(file: str, page: int, text: str) -> dict[str, object]:
    return {"file": file, "page": page, "text": text}


def test_ranks_recall_and_clear_match_as_the_reference_counts_them() -> None:
    questions = [
        {"query": "vikarier", "relevant": [0]},
        {"query": "placeringar", "relevant": [1, 0]},
        {"query": "statsbidrag", "relevant": [2]},
        {"query": "snöröjning", "relevant": []},
    ]
    results = [
        {
            "query": "Vikarier ",
            "clear_match": True,
            "hits": [hit("a.pdf", 3, GOLD[0]["text"] + " under våren")],
        },
        {
            "query": "placeringar",
            "clear_match": True,
            "hits": [hit("a.pdf", 9, "något annat"), hit("a.pdf", 4, "köpta platser för barn och unga ger")],
        },
        {
            "query": "statsbidrag",
            "clear_match": False,
            "hits": [hit("b.pdf", 1, "Statsbidragen")],
        },  # too little
        {"query": "statsbidrag", "hits": []},  # a second line for the same question
        {"query": "snöröjning", "clear_match": False, "hits": [hit("b.pdf", 1, "något")]},
    ]
    score = score_search(GOLD, questions, results)
    f = score.figures()
    assert f["n_queries"] == 3 and f["duplicate_results"] == 1 and f["missing_results"] == 0
    assert f["top1"] == 1 / 3 and f["hit3"] == 2 / 3
    assert abs(f["mrr10"] - (1 + 0.5 + 0) / 3) < 1e-9
    assert abs(f["recall10"] - (1 + 0.5 + 0) / 3) < 1e-9  # page 4 is within one of page 5; page 9 is not
    assert f["clear_when_hit3"] == 1.0 and f["n_no_answer"] == 1 and f["no_clear_match_rate"] == 1.0
    text = score.format(show_errors=True)
    assert "hit@3              0.667" in text and "snöröjning" in text


def test_a_question_without_a_result_line_is_missing_and_scores_nothing() -> None:
    score = score_search(GOLD, [{"query": "vikarier", "relevant": [0]}], [])
    assert score.figures()["missing_results"] == 1 and score.figures()["hit3"] == 0.0
    assert "no_clear_match_rate" not in score.figures()
