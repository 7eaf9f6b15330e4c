"""Which amount in a passage states the deviation: the rules for reading Swedish prose around a figure.

``pick_amount`` scores every amount by its neighbours (a deviation word before it, "mot budget" after
it, a sign, its place in the opening sentence) and returns the best; ``item_amount`` reads the signed
amount that closes an inline list item ("…, -2,4 mnkr.").
"""

from __future__ import annotations

import re
from functools import lru_cache

from extract import cues
from extract.numbers import Amount, find_amounts
from extract.sentences import sentences

_DEVIATION_NEAR = cues.Cue(
    r"(avvik\w*|underskott\w*|överskott\w*|överstig\w*|understig\w*|överskrid\w*|drar över|merkostnad\w*|"
    r"\w*bortfall\w*)\W+(\w+\W+){0,6}$"
)
# a word for the result: weaker than one for the deviation ("resultatet är +7,5 mkr, en avvikelse med 6,5 mkr")
_RESULT_NEAR = cues.Cue(r"(resultat\w*|prognos\w*)\W+(\w+\W+){0,6}$")
_SENTENCE_BREAK = re.compile(r"[.!?:;]\s+|\n")
_CHANGE_NEAR = cues.Cue(
    r"\b(ök\w*|minsk\w*|högre|lägre|bättre|sämre|dyrare|billigare|försämr\w*|förbättr\w*|kostade|kostat)"
    r"\W+(\w+\W+){0,6}$"
)
# what follows or precedes an amount in pick_amount
_RESULT_AFTER = cues.Cue(r"\W*(i )?(underskott|överskott)")
_AGAINST_BUDGET_AFTER = cues.Cue(
    rf"\W*(mot|jämfört med|i förhållande till|gentemot) {cues.BUDGET_NOUN}|"
    r"\W*(över|under) (budget|ackumulerad budget)|\W*(sämre|bättre|högre|lägre|dyrare|billigare) än "
    rf"({cues.BUDGET_NOUN}|budgeterat|beräknat|planerat)"
)
_AGAINST_FORECAST_AFTER = cues.Cue(
    r"\W*((sämre|bättre|högre|lägre) än (i |vid )?|(sedan|jämfört med|från) )(föregående|tidigare|förra|senaste|"
    r"[\wåäö]*(rapporten|prognosen|bokslutet|uppföljningen)\b)"
)
_BY_BEFORE = cues.Cue(r"(med|på|om)\s+(cirka\s+|ca\.?\s+)?$")
_TOTAL_BEFORE = cues.Cue(
    r"(uppgår till|uppgick till|omsätter|(?<!mot )(?<!från )(?<!än )budget(en)? (på|om)|totalt)"
    r"\s+(cirka\s+)?$"
)


# brackets closing an item: last month's value "(+2,6)", a note "(Siffra inom parentes är …)"
TRAILING_BRACKETS = re.compile(r"(\s*\([^()]*\)\W*)+$")


def item_amount(text: str) -> Amount | None:
    """The signed amount that closes an inline list item ("…, -2,4 mnkr." or "-8,2 mkr (-7,0 mkr).")."""
    amounts = [a for a in find_amounts(text) if a.sek is not None and not a.bracketed]
    text = TRAILING_BRACKETS.sub("", text.rstrip())  # last month's value, a note on the figures
    if amounts and amounts[-1].explicit_sign and len(text.rstrip()) - amounts[-1].end < 4:
        return amounts[-1]
    return None


@lru_cache(maxsize=4096)
def pick_amount(text: str) -> Amount | None:
    """The amount that states the deviation: near a deviation word, signed, or followed by "över/under budget"."""
    best: tuple[float, Amount] | None = None
    first_end = len(sentences(text)[0]) if text.strip() else 0
    for amount in find_amounts(text):
        if not amount.sek or amount.bracketed:  # "prognosen är 0 miljoner kronor" states no deviation
            continue
        before, after = text[max(0, amount.start - 80) : amount.start], text[amount.end : amount.end + 45]
        clauses = _SENTENCE_BREAK.split(before)  # context stays inside the amount's own sentence
        label = len(clauses) > 1 and not clauses[-1].strip() and len(clauses[-2].split()) <= 4
        before = clauses[-2] + " " if label else clauses[-1]  # "Avvikelse mot budget: +1,1 mnkr": the label
        after = _SENTENCE_BREAK.split(after)[0]
        score = 0.0
        if _DEVIATION_NEAR.search(before):
            score += 3
        elif _RESULT_NEAR.search(before):
            score += 2.5
        elif _CHANGE_NEAR.search(before):
            score += 2
        if _RESULT_AFTER.match(after):
            score += 3
        if _AGAINST_BUDGET_AFTER.match(after):
            score += 5
        elif _AGAINST_FORECAST_AFTER.match(after):
            score -= 3
        if _BY_BEFORE.search(before):
            score += 1
        if amount.explicit_sign:
            score += 1
        if amount.start < first_end and score >= 2:
            score += 2  # the opening sentence states the deviation; later ones break it down
        if _TOTAL_BEFORE.search(before):
            score -= 3
        if best is None or score > best[0]:
            best = (score, amount)
    return best[1] if best and best[0] >= 2 else None
