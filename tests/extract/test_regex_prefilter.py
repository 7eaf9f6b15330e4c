"""The cue prefilter never changes what a cue finds: the literals it reads from a pattern are in every
match, and trying only the alternatives whose literals a text holds finds the same match."""

from __future__ import annotations

import random
import re

import pytest

from extract import cues
from extract.regex_prefilter import LiteralIndex, minimal, required_literals, top_level_branches


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (r"underskott|kostnad\w*\s+(har\s+)?ökat", {"underskott", "kostnad"}),
        (r"(inte|ej) (\w+ )?inom (tilldelad )?(budget|ram)", {"inom "}),
        (r"beror\s+(\w+\s+){0,3}på", {"beror"}),
        (r"(avvikande |mycket )?höga kostnader", {"höga kostnader"}),
        (r"\bpga\b|på grund av", {"pga", "på grund av"}),
        (r"negativ|\d+ kr", {"negativ", " kr"}),
        (r"negativ|\d+%", None),  # "%" is too short to filter by
        (r"(?i)underskott", None),  # case-insensitive: never filtered
        (r"x?y", None),
    ],
)
def test_literals_every_match_holds(pattern: str, expected: set[str] | None) -> None:
    found = required_literals(re.compile(pattern))
    assert (None if found is None else set(found)) == expected


def test_top_level_branches_respect_groups_classes_and_escapes() -> None:
    assert top_level_branches(r"a|b(c|d)|e[|]|f\|g|[]|]x|[^]|]y") == [
        "a",
        "b(c|d)",
        "e[|]",
        r"f\|g",
        "[]|]x",
        "[^]|]y",
    ]


def test_a_longer_literal_that_holds_a_shorter_one_is_dropped() -> None:
    assert minimal(frozenset({"budget", "budgeterat", "avvik"})) == {"budget", "avvik"}


def test_the_index_finds_overlapping_literals_for_each_alternative() -> None:
    index = LiteralIndex()
    first, free = index.register([frozenset({"budget"}), frozenset({"get", "avvik"}), None])
    assert (first, free) == (0, 0b100)
    assert index.possible("budgetavvikelse") & 0b111 == 0b011  # "budget" and "get" overlap
    assert index.possible("avvikelse") & 0b111 == 0b010
    assert index.possible("kostnader") == 0
    later, _ = index.register([frozenset({"else"}), frozenset({"budget"})])  # added after a scan: rebuilt
    assert later == 3  # its bits follow the first pattern's three
    assert index.possible("budgetavvikelse") >> later == 0b11
    assert index.possible("avvikelse") >> later == 0b01


_TEXT = (
    "underskott överskott kostnader kostnaderna intäkterna har ökat minskat beror på till följd av inte inom "
    "budget budgeterat ram prognosen jämfört med föregående prognos högre lägre än en ett avvikelse negativ "
    "positiv bidrag kommer att användas mnkr tkr -4,2 +1,5 i balans åtgärder vakanser risk för osäkerhet "
    "2025 nämnden hemtjänsten köp av verksamhet"
)
_WORDS = _TEXT.split()


@pytest.mark.parametrize("seed", range(3))
def test_cues_find_what_their_whole_pattern_finds(seed: int) -> None:
    rng = random.Random(seed)
    every_cue = [value for value in vars(cues).values() if isinstance(value, cues.Cue)]
    for _ in range(400):
        text = " ".join(rng.choice(_WORDS) for _ in range(rng.randint(1, 25))).capitalize() + "."
        low = cues.lower(text)
        for cue in every_cue:
            fast, whole = cue.search(text), cue.pattern.search(low)
            assert (fast and fast.span()) == (whole and whole.span()), (cue.pattern.pattern, text)
            fast_match, whole_match = cue.match(text), cue.pattern.match(low)
            assert (fast_match and fast_match.span()) == (whole_match and whole_match.span())
