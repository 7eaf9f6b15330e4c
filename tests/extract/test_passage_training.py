"""The passage model's training gives the same model whatever order a row's features come in (some rows are
built from sets, whose order changes with the interpreter's hash seed from one install to the next)."""

import numpy as np

from extract.passage_training import _fit


def test_the_same_rows_with_their_features_in_another_order_give_the_same_model() -> None:
    rows = [
        ["cue:avvik", "amt:yes", "w:hemtjänst"],
        ["cue:beror", "w:vikarier", "amt:no"],
        ["amt:yes", "cue:avvik", "w:placeringar"],
        ["w:vikarier", "cue:beror", "amt:no"],
        ["cue:avvik", "w:hemtjänst", "amt:yes"],
        ["amt:no", "w:placeringar", "cue:beror"],
    ]
    labels = ["cause", "other", "cause", "other", "cause", "other"]
    weights = [1.0] * len(rows)
    first = _fit(rows, labels, weights, ("cause", "other"), 1.0)
    second = _fit([list(reversed(row)) for row in rows], labels, weights, ("cause", "other"), 1.0)
    assert first.index == second.index and list(first.index) == sorted(first.index)
    assert np.array_equal(first.weights, second.weights) and np.array_equal(first.bias, second.bias)
