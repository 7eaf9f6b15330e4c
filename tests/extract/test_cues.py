import pytest

from extract.cues import CAUSE, Cue, lower


def test_cue_matches_any_case_at_positions_of_the_original():
    text = "Underskottet BEROR främst på ökade kostnader."
    found = CAUSE.search(text)
    assert found is not None
    assert text[found.start() : found.end()] == "BEROR främst på"


def test_lower_keeps_every_position():
    text = "İdrott och Ångström"  # "İ" lowers to two characters
    assert len(lower(text)) == len(text)
    assert lower(text).endswith("ångström")


def test_sub_keeps_the_case_outside_the_match():
    goal = Cue(r"nå\s+en\s+budget\s+i\s+balans")
    assert goal.sub("", "Arbetet för att NÅ en budget i balans Fortsätter.") == "Arbetet för att  Fortsätter."
    assert goal.sub("", "Ingen träff här.") == "Ingen träff här."


def test_a_cue_must_be_written_in_lower_case():
    with pytest.raises(ValueError, match="lower case"):
        Cue(r"Avvikelse")
    assert Cue(r"\W\S\D\b").search("a") is None  # escapes are not letters
