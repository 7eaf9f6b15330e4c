""" "Respektive" lists: several names, then one figure each ("Äldreboende samt Personlig assistans
prognostiserar ett underskott om 14 mkr, respektive 21 mkr")."""

from __future__ import annotations

import re
from collections.abc import Iterator

from extract.numbers import Amount, find_amounts
from extract.sentences import sentences

_LIST_BREAKS = (
    re.compile(r",\s*|\s+samt\s+"),
    re.compile(r",\s*|\s+samt\s+|(?<!-)\s+och\s+"),
)  # "och" binds names too, and "gymnasie- och vuxenutbildningsnämnden" is one
_RESPECTIVE = re.compile(r"\brespektive\b", re.IGNORECASE)
_CLAUSE_AFTER_NAMES = re.compile(r"\s*(som|vilka|vilket|där)\b", re.IGNORECASE)


def respective_lists(text: str) -> Iterator[tuple[list[str], list[Amount]]]:
    """Each reading of a "respektive" list in the text: the names before its figures, one per figure, and
    the figures ("Äldreboende samt Personlig assistans … 14 mkr, respektive 21 mkr" -> (["Äldreboende",
    "Personlig assistans …"], [14 mkr, 21 mkr])); the names are split at commas and "samt", then also at
    "och", and the list ends where the figures begin."""
    if "respektive" not in text.lower():
        return
    for sentence in sentences(text):
        if _RESPECTIVE.search(sentence) is None:
            continue
        amounts = [a for a in find_amounts(sentence) if a.sek is not None and not a.bracketed]
        if len(amounts) < 2:
            continue
        for index, list_break in enumerate(_LIST_BREAKS):
            parts = [part for part in list_break.split(sentence[: amounts[0].start]) if part.strip()]
            while parts and _CLAUSE_AFTER_NAMES.match(parts[-1]):
                parts.pop()  # "…, som beräknas avvika negativt med": the clause after the names is no name
            if (
                index == 1
                and len(parts) > len(amounts)
                and len(_LIST_BREAKS[0].split(sentence[: amounts[0].start])) == 1
            ):
                # names joined by "och" only, one of them with an "och" of its own: "Föreningsbidragen och nämnd
                # och administration visar överskott på 0,5 respektive 0,4 mnkr": the later name holds it
                keep = len(amounts) - 1
                yield [*parts[:keep], " och ".join(parts[keep:])], amounts
            elif len(parts) >= len(amounts):
                yield parts[-len(amounts) :], amounts


def respective_amount(text: str, area: str | None) -> Amount | None:
    """The area's own amount in a "respektive" list: in "Äldreboende samt Personlig assistans prognostiserar
    ett underskott om 14 mkr, respektive 21 mkr", Personlig assistans has 21 mkr. None when the text has
    no such list or the area is not one of its names."""
    if not area:
        return None
    key = area.lower().split()[0][:5]
    for names, amounts in respective_lists(text):
        where = [i for i, name in enumerate(names) if key in name.lower()]
        return amounts[where[0]] if len(where) == 1 else None
    return None
