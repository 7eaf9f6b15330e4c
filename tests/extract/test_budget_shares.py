"""A budget's use said as a share, or as the figure used of the budget's own figure (LABELS.md: the part left
unused is the deviation; spending so far in the year is a level)."""

import pytest

from extract.amounts import pick_amount
from extract.budget_shares import share_used, unused_part
from extract.directions import direction_of


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("Ramen för inventarier på 1,5 mnkr bedöms nyttjas till 60 procent.", (60.0, 100.0)),
        ("Anslaget för reinvesteringar upparbetades till 112 procent under året.", (112.0, 100.0)),
        (
            "Kostnaderna efter juni motsvarar 47,1 procent av årsbudgeten, jämfört med förväntade 50,0 procent.",
            (47.1, 50.0),
        ),
        ("Hittills har nämnden förbrukat 104 procent av hela budgeten.", (104.0, 100.0)),
        # a share of the year used so far, with no pace to set it against, is a level
        ("Efter maj har 38 procent av budgeten förbrukats.", None),
        ("Andelen behöriga lärare är 82 procent.", None),
    ],
)
def test_the_share_of_its_budget_a_sentence_says_is_used(
    sentence: str, found: tuple[float, float] | None
) -> None:
    assert share_used(sentence) == found


def test_the_part_a_share_leaves_unused_is_the_deviation() -> None:
    text = "Ramen för inventarier på 1,5 mnkr bedöms nyttjas till 60 procent. Upphandlingen drog ut på tiden."
    part = unused_part(text)
    assert part is not None and part.sek == pytest.approx(600_000)
    assert text[part.start : part.end] == "1,5 mnkr"  # its place: the budget's figure
    assert pick_amount(text) == part
    assert direction_of(text, part, investment=True) == "positive"
    spent_beyond = "Investeringsramen på 4,0 mnkr beräknas utnyttjas till 125 procent."
    assert pick_amount(spent_beyond).sek == pytest.approx(-1_000_000)  # type: ignore[union-attr]
    assert direction_of(spent_beyond, pick_amount(spent_beyond), investment=True) == "negative"


def test_a_stated_deviation_beats_the_share() -> None:
    text = "Budgeten på 2,0 mnkr beräknas användas till 70 procent, vilket ger ett överskott på 0,5 mnkr."
    assert pick_amount(text).sek == 500_000  # type: ignore[union-attr]


def test_a_share_below_the_pace_is_an_under_spend() -> None:
    text = (
        "Kostnaderna efter juni motsvarar 47,1 procent av årsbudgeten, jämfört med förväntade 50,0 procent. "
        "Det beror på att vikarier har tagits in i mindre omfattning."
    )
    assert direction_of(text, pick_amount(text)) == "positive"
    faster = "Kostnaderna efter juni motsvarar 53,4 procent av årsbudgeten, mot riktvärdet 50,0 procent."
    assert direction_of(faster, pick_amount(faster)) == "negative"


def test_the_figure_used_of_the_budgets_figure() -> None:
    # the year's use against the year's budget: the difference is the deviation
    text = "Under året användes 9,6 mnkr av den totala investeringsbudgeten på 12,4 mnkr."
    assert pick_amount(text).sek == pytest.approx(-2_800_000)  # type: ignore[union-attr]
    assert direction_of(text, pick_amount(text), investment=True) == "positive"
    # spending so far is a level; the year's forecast after the budget's figure is set against it
    so_far = (
        "Utfallet till och med augusti är 18,2 mnkr av en investeringsbudget på 40,0 mnkr. Helårsprognosen "
        "är 31,5 mnkr, en avvikelse på 8,5 mnkr."
    )
    assert abs(pick_amount(so_far).sek) == 8_500_000  # type: ignore[union-attr]  # the sign: the direction
    assert direction_of(so_far, pick_amount(so_far), investment=True) == "positive"
