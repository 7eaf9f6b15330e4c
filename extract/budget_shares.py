"""A budget's use said as a share: "Investeringsbudgeten på 3,2 mnkr beräknas användas till 80 procent"
leaves a fifth of it, 0,64 mnkr, unused (the deviation, LABELS.md); "Förbrukningen efter april motsvarar
32,5 procent av årsbudgeten, mot riktpunkten 33,3 procent" runs below the pace the budget allows.

A share of the year's budget used so far, with no pace to set it against, is a level: it says nothing of
the deviation until the year is over (or it passes the whole budget).
"""

from __future__ import annotations

from dataclasses import replace

from extract import cues
from extract.numbers import Amount, find_amounts
from extract.sentences import sentences

_APPROX = r"(cirka\s+|ca\.?\s+|drygt\s+|knappt\s+|omkring\s+)?"
# the year's use, forecast or done: "beräknas användas till 80 procent", "nyttjades till 64 procent"
_USED_TO = cues.Cue(
    r"\b(användas|användes|använts|förbrukas|förbrukades|förbrukats|nyttjas|nyttjades|nyttjats|utnyttjas|"
    rf"utnyttjades|utnyttjats|upparbetas|upparbetades|upparbetats)\s+(till\s+){_APPROX}$"
)
# "… motsvarar 32,5 procent av årsbudgeten", "har förbrukat 58 procent av budgeten"
_OF_THE_BUDGET = cues.Cue(r"^\s*av\s+(den\s+|hela\s+|årets\s+)?[\wåäö]*budget(en|ramen)?\b")
# the pace a share is set against: "mot riktpunkten 33,3 procent", "jämfört med förväntade 58 procent"
_PACE_BEFORE = cues.Cue(
    r"\b(mot|jämfört med|att jämföra med|i förhållande till)\s+(en\s+|ett\s+|den\s+|det\s+)?"
    r"(riktpunkt\w*|riktvärde\w*|riktmärke\w*|förväntade?|förväntat|normal\w*|jämnt fördelad\w*|"
    rf"periodens andel|linjär\w*)(\s+(på|om))?\s+{_APPROX}$"
)
# the budget's own figure the share is of: "Investeringsbudgeten på 3,2 mnkr"
_BUDGET_OF = cues.Cue(
    rf"\b[\wåäö]*(budget|ram|anslag)(en|et)?\s+(för\s+[\wåäö\d]+(\s+[\wåäö]+)?\s+)?(på|om|är|uppgår till)\s+{_APPROX}$"
)


def share_used(sentence: str) -> tuple[float, float] | None:
    """(the share of its budget the sentence says is used, the share it is set against): the pace of the
    period where it names one, else all of the budget when the share is the year's use, or passes it."""
    if "procent" not in sentence and "%" not in sentence:
        return None
    shares = [a for a in find_amounts(sentence) if a.is_percent]
    for index, share in enumerate(shares):
        before = sentence[max(0, share.start - 40) : share.start]
        if _USED_TO.search(before):
            return share.value, 100.0
        if not _OF_THE_BUDGET.match(sentence[share.end : share.end + 40]):
            continue
        pace = next((a for a in shares[index + 1 :] if _PACE_BEFORE.search(sentence[: a.start])), None)
        if pace is not None:
            return share.value, pace.value
        if share.value > 100:
            return share.value, 100.0
    return None


def unused_part(text: str) -> Amount | None:
    """The part of the budget's figure the year leaves unused (negative: spent beyond it), where a sentence
    gives the figure and the share of it used: "Investeringsbudgeten på 3,2 mnkr beräknas användas till 80
    procent" -> 0,64 mnkr; its place is the budget figure's in ``text``."""
    if "procent" not in text and "%" not in text:
        return None  # most texts: no share to read
    offset = 0
    for sentence in sentences(text):
        offset = text.find(sentence, offset)
        if (part := _unused_part(sentence)) is not None:
            return replace(part, start=part.start + offset, end=part.end + offset)
        offset += len(sentence)
    return None


def _unused_part(sentence: str) -> Amount | None:
    found = share_used(sentence)
    if found is None or found[1] != 100.0:
        return None
    budget = next(
        (
            a
            for a in find_amounts(sentence)
            if a.sek and not a.bracketed and _BUDGET_OF.search(sentence[max(0, a.start - 60) : a.start])
        ),
        None,
    )
    if budget is None or budget.sek is None:
        return None
    left = (100.0 - found[0]) / 100.0
    return replace(
        budget, value=round(budget.value * left, 6), sek=round(budget.sek * left, 2), explicit_sign=False
    )
