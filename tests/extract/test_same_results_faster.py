"""Speed rewrites must not change results: each fast form against the plain one it replaced."""

import random
import re

import numpy as np

from extract import metadata
from extract.passage_model import LinearModel


def _plain_alternation(keys: list[str]) -> str:
    return "|".join(re.escape(k) for k in sorted(keys, key=len, reverse=True))


def test_a_name_trie_matches_what_the_alternation_longest_first_matches() -> None:
    keys = ["ale", "alingsås", "alingsås kommun", "ales", "region halland", "regionhalland.se", "väsby", "vä"]
    random.seed(15)
    texts = [
        " ".join(
            random.choice(["", "s", "-", "x", " i "]) + random.choice(keys)[: random.randint(1, 16)]
            for _ in range(6)
        )
        + random.choice(["", "s", "s-", "ar"])
        for _ in range(2000)
    ]
    for wrap in (r"\b({})s?(?![\w-])", r"\b({})\w*", r"\b({})\b"):
        plain = re.compile(wrap.format(_plain_alternation(keys)))
        trie = re.compile(wrap.format(metadata._alternation(keys)))
        for text in texts:
            assert [(m.span(), m.group(1)) for m in trie.finditer(text)] == [
                (m.span(), m.group(1)) for m in plain.finditer(text)
            ]


def test_the_real_name_indexes_find_the_same_names() -> None:
    text = metadata.fold(
        "Vård- och omsorgsnämnden i Alingsås kommun, alingsåsarna, Region Hallands nämnd i Falkenberg, "
        "styrelsen i Falkenberg, Göteborgs Stads www.goteborg.se; Upplands Väsby och Väsby; Västra Götalandsregionens"
    )
    for index in (metadata._strong_index, metadata._place_index, metadata._demonym_index):
        pattern, names = index()
        assert pattern is not None
        plain = re.compile(
            pattern.pattern.replace(metadata._alternation(names), _plain_alternation(list(names)))
        )
        assert [m.group(1) for m in pattern.finditer(text)] == [m.group(1) for m in plain.finditer(text)]


def test_probabilities_of_a_row_are_its_own_sum_in_any_batch() -> None:
    """Each row's weights are added one after the other in its feature set's order, from zero, then the bias:
    a row gets the same bits alone as in any batch."""
    rng = np.random.default_rng(15)
    features = [f"f{i}" for i in range(200)]
    model = LinearModel(
        classes=("a", "b", "c"),
        index={f: i for i, f in enumerate(features)},
        weights=rng.normal(size=(200, 3)),
        bias=rng.normal(size=3),
    )
    rows = [[*rng.choice(features, size=int(rng.integers(0, 40))), "unknown", "f1"] for _ in range(300)] + [
        [],
        ["unknown"],
    ]

    scores = np.empty((len(rows), 3))
    for r, row in enumerate(rows):
        total = np.zeros(3)
        for i in [model.index[f] for f in set(row) if f in model.index]:
            total = total + model.weights[i]
        scores[r] = total + model.bias
    scores -= scores.max(axis=1, keepdims=True)
    odds = np.exp(scores)
    expected = odds / odds.sum(axis=1, keepdims=True)
    found = model.probabilities(rows)
    assert np.array_equal(found, expected)
    for start in range(0, len(rows), 37):  # any batch, a single row too: the same bits
        assert np.array_equal(model.probabilities(rows[start : start + 5]), found[start : start + 5])
        assert np.array_equal(model.probabilities(rows[start : start + 1]), found[start : start + 1])
    assert model.probabilities([]).shape == (0, 3)


def test_cues_found_in_one_pass_are_those_each_whole_pattern_finds() -> None:
    from extract import areas, cues, passage_features

    named = [*passage_features._SEARCHED, *areas.ACCOUNT_GROUPS]
    sentence = (
        "Personalkostnaderna överstiger budget med 2,1 mnkr till följd av vikarier och högre kostnader för "
        "köpt vård; intäkterna från statsbidrag blev lägre än budgeterat. Prognosen har försämrats jämfört "
        "med föregående prognos, risk för ökade lokalhyror. Vi bedömer att nämnden ska nå en budget i balans, "
        "investeringsutgifterna och kapitalkostnader, ekonomiskt bistånd, taxor och avgifter, övriga kostnader."
    )
    words = sentence.split(" ")
    random.seed(19)
    for _ in range(1500):
        text = " ".join(random.sample(words, random.randint(1, 12)))
        text = text if random.random() < 0.7 else text.upper()
        expected = [name for name, cue in named if cue.pattern.search(cues.lower(text))]
        assert cues.found_in(text, named) == expected


def test_a_cue_answers_a_text_as_its_pattern_does_and_remembers_the_answer_for_one_report() -> None:
    from extract import cues

    cue = cues.Cue(r"underskott|överskott\w*|^prognos")
    texts = [
        "Ett underskott på 2 mnkr",
        "Inget här",
        "ÖVERSKOTTET blir 3 mnkr",
        "Prognos: -1",
        "Ett underskott",
    ]
    for _ in range(2):  # the second time from the memo
        for text in texts:
            for ask, plain in ((cue.search, cue.pattern.search), (cue.match, cue.pattern.match)):
                found, expected = ask(text), plain(text.lower())
                assert (found and (found.span(), found.group())) == (
                    expected and (expected.span(), expected.group())
                )
    remembered = cue.search(texts[0])
    assert cue.search(texts[0]) is remembered
    cues.forget_texts()  # a new report
    assert cue.search(texts[0]) is not remembered
