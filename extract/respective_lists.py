""" "Respektive" lists: several names, then one figure each ("Äldreboende samt Personlig assistans
prognostiserar ett underskott om 14 mkr, respektive 21 mkr")."""

from __future__ import annotations

import re
from collections.abc import Iterator

from extract.numbers import Amount, find_amounts
from extract.sentences import sentences

_LIST_BREAKS = (
    re.compile(r",\s*|\s+(?:samt|respektive)\s+"),
    re.compile(r",\s*|\s+(?:samt|respektive)\s+|(?<!-)\s+och\s+"),
)  # "och" binds names too, and "gymnasie- och vuxenutbildningsnämnden" is one
_RESPECTIVE = re.compile(r"\brespektive\b", re.IGNORECASE)
# the clause after the names ("…, som beräknas avvika negativt med"), or a bare preposition ("…, med 1,2 …")
_CLAUSE_AFTER_NAMES = re.compile(r"\s*(?:(som|vilka|vilket|där)\b|(?:med|på|om)\s*$)", re.IGNORECASE)
# what lies between two figures of one list: "4,1 respektive 1,6", "0,3 mnkr mer respektive 0,8", "0,9 och 0,6"
_BETWEEN_FIGURES = re.compile(
    r"\s*(?:(?:mer|mindre|högre|lägre|bättre|sämre|över|under)\s+)?,?\s*(?:respektive|och)\s+|\s*,\s*",
    re.IGNORECASE,
)
# the words that make a list of figures the deviations, not the costs: "… 0,3 mnkr mer respektive 0,8 mnkr mindre
# än budgeterat"
_AGAINST_BUDGET = re.compile(
    r"budget|avvik|överskott|underskott|\b(?:mer|mindre|högre|lägre|bättre|sämre)\b", re.IGNORECASE
)


def respective_lists(text: str) -> Iterator[tuple[list[str], list[Amount], str]]:
    """Each reading of a "respektive" list in the text: the names before its figures, one per figure, and
    the figures ("Äldreboende samt Personlig assistans … 14 mkr, respektive 21 mkr" -> (["Äldreboende",
    "Personlig assistans …"], [14 mkr, 21 mkr], the sentence)); the names are split at commas, "samt" and
    "respektive", then also at "och", and the list ends where the figures begin."""
    if "respektive" not in text.lower():
        return
    for sentence in sentences(text):
        if _RESPECTIVE.search(sentence) is None:
            continue
        names_end, amounts = _figures(
            sentence, [a for a in find_amounts(sentence) if a.sek is not None and not a.bracketed]
        )
        if len(amounts) < 2:
            continue
        for index, list_break in enumerate(_LIST_BREAKS):
            parts = [part for part in list_break.split(sentence[:names_end]) if part.strip()]
            while parts and (_CLAUSE_AFTER_NAMES.match(parts[-1]) or parts[-1].strip() in ("och", "samt")):
                # "…, som beräknas avvika negativt med": the clause after the names is no name, nor ", och" before
                # the figures ("X och Y har senarelagts, och 4,6 respektive 2,1 mnkr …")
                parts.pop()
            if (
                index == 1
                and len(parts) > len(amounts)
                and len(_LIST_BREAKS[0].split(sentence[:names_end])) == 1
            ):
                # names joined by "och" only, one of them with an "och" of its own: "Föreningsbidragen och nämnd
                # och administration visar överskott på 0,5 respektive 0,4 mnkr": the later name holds it
                keep = len(amounts) - 1
                yield [*parts[:keep], " och ".join(parts[keep:])], amounts, sentence
            elif len(parts) >= len(amounts):
                yield parts[-len(amounts) :], amounts, sentence


def _figures(sentence: str, amounts: list[Amount]) -> tuple[int, list[Amount]]:
    """Where the names end, and the list of figures they go with: all of the sentence's when they are one
    list; when it has several lists ("… beräknas kosta 4,1 respektive 1,6 mnkr, vilket är 0,3 mnkr mer
    respektive 0,8 mnkr mindre än budgeterat"), the names end at the first list and go with the first list
    that speaks of the budget: the deviations rather than the costs."""
    if not amounts:
        return 0, amounts
    lists = [[amounts[0]]]
    for before, after in zip(amounts, amounts[1:], strict=False):
        if _BETWEEN_FIGURES.fullmatch(sentence[before.end : after.start]):
            lists[-1].append(after)
        else:
            lists.append([after])
    lists = [figures for figures in lists if len(figures) >= 2]
    if len(lists) < 2:
        return amounts[0].start, amounts
    ends = [figures[0].start for figures in lists[1:]] + [len(sentence)]
    for figures, end in zip(lists, ends, strict=True):
        if _AGAINST_BUDGET.search(sentence, figures[0].start, min(end, figures[-1].end + 30)):
            return lists[0][0].start, figures
    return lists[0][0].start, lists[0]


def respective_amount(text: str, area: str | None) -> Amount | None:
    """The area's own amount in a "respektive" list: in "Äldreboende samt Personlig assistans prognostiserar
    ett underskott om 14 mkr, respektive 21 mkr", Personlig assistans has 21 mkr. None when the text has
    no such list or the area is not one of its names."""
    if not area:
        return None
    key = area.lower().split()[0][:5]
    for names, amounts, _ in respective_lists(text):
        where = [i for i, name in enumerate(names) if key in name.lower()]
        return amounts[where[0]] if len(where) == 1 else None
    return None
