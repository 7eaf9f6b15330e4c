"""What a question says besides its words: filters and boosts as chips, the rest searched as text."""

import pytest

from extract.types import Direction, Explanation, Tag
from index.query_understanding import understand
from index.vectors.store import Filters

MUNICIPALITIES = ["Alingsås", "Göteborg", "Lerum"]
COMMITTEES = ["Socialnämnden", "Vård- och omsorgsnämnden", "Äldre samt vård- och omsorgsnämnden"]
PERIODS = ["2024-05", "2024-11", "2026-05"]


def keys(query: str) -> list[str]:
    return [c.key for c in understand(query, MUNICIPALITIES, COMMITTEES, PERIODS).chips]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        (
            "Varför går socialnämndens ekonomi back i Alingsås?",
            ["municipality:Alingsås", "committee:Socialnämnden", "direction:negative"],
        ),
        ("uteblivna statsbidrag", ["direction:negative", "tag:statsbidrag"]),
        ("överskott inom hemtjänsten maj 2024", ["period:2024-05", "direction:positive"]),
        ("lägre intäkter från avgifter", ["direction:negative", "tag:avgifter_intakter"]),
        (
            "Äldre samt vård- och omsorgsnämnden 2024",
            ["committee:Äldre samt vård- och omsorgsnämnden", "period:2024"],
        ),
        ("investeringar i nya lokaler", ["investment:investment", "tag:lokaler"]),
        ("dyrare hyrsjuksköterskor", ["direction:negative", "tag:inhyrd_personal"]),
    ],
)
def test_chips_of_a_question(query: str, expected: list[str]) -> None:
    assert keys(query) == expected


def test_only_what_the_archive_holds_becomes_a_filter() -> None:
    assert keys("hemtjänst i Borås") == []  # no report from Borås: no empty filter
    assert keys("budget i balans till 2025") == []  # no report of 2025: the year aimed at, not a filter
    assert keys("underskott och överskott") == []  # both directions: neither


def test_filters_take_their_words_and_keep_the_callers_own() -> None:
    understood = understand(
        "Varför går socialnämnden i Alingsås back 2026?", MUNICIPALITIES, COMMITTEES, PERIODS
    )
    assert understood.text == "Varför går i back?"
    f = understood.filters(None)
    assert f.municipality == ("Alingsås",) and f.committee == ("Socialnämnden",)
    assert (f.period_from, f.period_to) == ("2026", "2026")
    assert understood.filters(Filters(municipality=("Lerum",))).municipality == ("Lerum",)
    without = understood.kept(["municipality:Alingsås"])
    assert "Alingsås" in without.text and not without.filters(None).municipality


def test_boosts_reward_hits_that_agree() -> None:
    understood = understand("uteblivna statsbidrag", MUNICIPALITIES, COMMITTEES, PERIODS)

    def explanation(direction: Direction, tags: tuple[str, ...]) -> Explanation:
        return Explanation(
            "x",
            "r",
            "cause",
            None,
            direction,
            None,
            "t",
            1,
            (0, 0, 1, 1),
            tuple(Tag(t, 1.0, "", "rule") for t in tags),
        )

    shortfall = understood.boost(explanation("negative", ("statsbidrag",)))
    surplus = understood.boost(explanation("positive", ("statsbidrag",)))
    assert shortfall > surplus > understood.boost(explanation("positive", ()))
    assert understood.kept(["direction:negative"]).boost(explanation("negative", ())) == 1.0


def test_a_question_of_filter_words_only_is_still_searched_by_its_words() -> None:
    understood = understand("Alingsås", MUNICIPALITIES, COMMITTEES, PERIODS)
    assert understood.text == "Alingsås" and understood.filters(None).municipality == ("Alingsås",)
