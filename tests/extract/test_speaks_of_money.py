"""The passage model's guard: a sentence read as a cause must speak of money, or its place must."""

import pytest


@pytest.mark.parametrize(
    ("text", "money"),
    [
        ("Under 2025 färdigställdes Skogsgläntans förskola och den nya gång- och cykelbron.", False),
        ("Nämnden har också infört ett digitalt system för planering av fastighetsunderhållet.", False),
        ("Köp av verksamhet belastas även av konsulter som socialsekreterare under våren.", True),
        ("Fler hemtjänsttimmar hos privata utförare i valfrihetssystemet.", False),
        ("Vinterväghållningen kostade 6,8 mnkr mer.", True),
        # a consequence, not a result; a goal's level, not a deviation
        ("Det är ett resultat av flera års arbete, och det syns redan i mängden restavfall.", False),
        ("Målet att andelen förpackningar i restavfallet ska understiga 20 procent uppnåddes inte.", False),
        ("Resultatet blev sämre än budget.", True),
    ],
)
def test_a_cause_must_speak_of_money_unless_its_place_says_it_deviates(text: str, money: bool) -> None:
    """A year's events told without a cue, figure, direction, account group or budget word state no
    deviation; under a deviating row or an amount heading, or after a sentence of its passage that speaks of
    money, the place says it."""
    from extract.money_talk import speaks_of_money
    from extract.passage_features import Candidate

    alone = Candidate(text, 0, 0, 1, 1, ("Året i korthet",), False, False, "none")
    assert speaks_of_money([alone], 0) is money
    assert speaks_of_money([Candidate(text, 0, 0, 1, 1, (), False, False, "none", row_deviates=True)], 0)
    events = Candidate("Inventeringen omfattade 620 fastigheter.", 0, 0, 2, 1, (), False, False, "none")
    deficit = Candidate("Vi redovisar ett underskott.", 0, 0, 2, 1, (), False, False, "none")
    after = Candidate(text, 0, 1, 2, 1, (), False, False, "none")
    assert speaks_of_money([events, after], 1) is money
    assert speaks_of_money([deficit, after], 1)


def test_reasons_summed_up_later_in_their_passage_as_the_deviation_speak_of_money() -> None:
    from extract.money_talk import speaks_of_money
    from extract.passage_features import Candidate

    texts = [
        "Äldreomsorg: Hemtjänstens beviljade timmar har ökat med drygt 9 procent sedan i höstas.",
        "Därtill har två platser hållits öppna.",
        "Sammantaget pekar prognosen på ett underskott om 3 400 tkr.",
    ]
    passage = [Candidate(t, 0, n, 3, 1, ("Prognos",), False, False, "none") for n, t in enumerate(texts)]
    assert speaks_of_money(passage, 0)
    assert not speaks_of_money(passage[:1], 0)
