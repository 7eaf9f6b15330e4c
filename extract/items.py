"""Lists inside a paragraph: where one paragraph states several areas' deviations, each its own item.

Inline lists ("Kommunstyrelsen +5,9 mkr (+2,6), Omsorgsstyrelsen -1,4 mkr …"), per-committee sentences and
bullet lists whose items carry amounts. One sentence that names several areas with an amount each stays
one passage and becomes one explanation per area (``extract.area_lists``).
"""

from __future__ import annotations

import re

from extract import cues
from extract.amounts import TRAILING_BRACKETS, item_amount, leads_with_signed_amount, pick_amount
from extract.area_candidates import is_label_sentence
from extract.deviation_shares import breaks_down
from extract.numbers import find_amounts
from extract.sections import Paragraph
from extract.sentences import sentences


def _has_deviation_amount(sentence: str) -> bool:
    cued = cues.DEVIATION.search(sentence) is not None or cues.CAUSE.search(sentence) is not None
    return cued and pick_amount(sentence) is not None  # the cue first: it is the cheaper question


# a sentence that concludes from the one before it: "Nämnden lämnar därmed …", "Resultatet blir alltså …"
_CONCLUDES = cues.Cue(
    r"^\S+(?:\s+\S+){0,6}\s+(?:därmed|således|alltså)\b|,\s+och\s+[^.]*\b(?:därför|därmed|således|alltså)\b"
)  # "Budgetavvikelsen för kommunen som helhet blir därmed …", "…, och 11,8 mnkr … behöver därför föras över"
# "därför" concludes a deviation only with its figure: "Verksamheten går därför 1,55 mnkr över budget", not
# "Förvaltningen har därför i november periodiserat kostnader …"
_THEREFORE = cues.Cue(r"^\S+(?:\s+\S+){0,3}\s+därför\b")


def concludes(sentence: str) -> bool:
    """A sentence that concludes from the ones before it: they are its reasons."""
    if _CONCLUDES.search(sentence) is not None:
        return True
    # (or a signed figure: "Verksamheten prognostiserar därför –2 200 tkr för helåret")
    return _THEREFORE.search(sentence) is not None and (
        _has_deviation_amount(sentence)
        or any(a.explicit_sign and a.sek and a.sek < 0 for a in find_amounts(sentence))
    )


def _is_item(sentence: str, strict: bool = False) -> bool:
    """A sentence that states its own area's deviation: a subject of its own and an amount ("Köpta platser
    HVB, två nya placeringar -0,9 mnkr.", "Socialnämnden prognostiserar en negativ avvikelse om 7,2 mnkr")."""
    text = sentence.lstrip("• ").strip()
    if not text or cues.CONTINUATION.match(text) or not text[0].isupper() and not text[0].isdigit():
        return False
    if breaks_down(text):  # "Av underskottet hänförs 1,9 mnkr till gymnasieskolan": part of the item before
        return False
    if concludes(text):  # "Nämnden lämnar därmed ett överskott på 0,6 mnkr": the figures before, summed
        return False
    amounts = [a for a in find_amounts(text) if a.sek is not None and not a.bracketed]
    if not amounts or _result_level(text):
        return False
    text = TRAILING_BRACKETS.sub("", text.rstrip())
    ends_with_amount = amounts[-1].explicit_sign and len(text) - amounts[-1].end < 30
    return ends_with_amount or (not strict and _has_deviation_amount(text))


# the unit's result itself, not set against its budget: "Regionens resultat för perioden januari–augusti uppgår
# till −96 miljoner kronor." introduces the deviation that follows; it states none
_RESULT_LEVEL = cues.Cue(r"\bresultat\w*\b[^.]{0,80}\b(uppgår|uppgick|är|var|blev|blir)\b")


def _result_level(sentence: str) -> bool:
    return _RESULT_LEVEL.search(sentence) is not None and cues.DEVIATION.search(sentence) is None


# a sentence that says what moved the deviation just stated is part of its claim: "Gator och vägar gav ett
# överskott på 1 280 tkr. Vinterväghållningen kostade 2,1 mnkr mindre än budgeterat, men överskottet minskades av …"
_THE_DEVIATION = re.compile(
    r"\b(?:överskottet|underskottet|avvikelsen)\s+(?:minskade|minskades|minskas|ökade|ökades|ökas|dämpades|dämpas|"
    r"motverkades|motverkas|begränsades|begränsas)\b",
    re.IGNORECASE,
)


def _gives_reason(headline: str, sentence: str) -> bool:
    """The sentence after a headline sentence ("Tekniska nämnden −1,1 mnkr (−,3).") gives its reason, even
    with a figure of its own ("… som har kostat omkring 1 mnkr att åtgärda"); a signed figure of its own
    makes it the next item of the list ("Ledning +0,5 mkr. Individ- och familjeomsorg -6,2 mkr …")."""
    amount = item_amount(headline) if headline.rstrip().endswith(".") else None
    if amount is None or not leads_with_signed_amount(headline, amount):
        return False  # a headline is a name and its signed amount, and nothing more
    return not any(a.explicit_sign and a.sek is not None for a in find_amounts(sentence))


_CLAUSE_BREAK = re.compile(r",\s+|\s+och\s+|(?<=\))\s+(?=[A-ZÅÄÖ])")  # "…, X", "… och X", "… (+0,6 mkr) X"


def _inline_items(sentence: str) -> list[str]:
    """One sentence listing several areas, each with its own signed amount: "Kommunstyrelsen redovisar
    ett överskott med +5,9 mkr (+2,6), Omsorgsstyrelsen -1,4 mkr (+,4) och Bildningsstyrelsen -7,2 mkr."
    Each clause after a comma or "och" that starts with a name and carries a signed amount is an item."""
    amounts = [a for a in find_amounts(sentence) if a.explicit_sign and a.sek is not None and not a.bracketed]
    if len(amounts) < 2 or " varav " in sentence[: amounts[0].start]:
        return [sentence]  # parts of a total ("…, varav SN −15,6 mnkr, BUN …") stay with it: one passage
    starts, ends = [0], []
    for previous, amount in zip(amounts, amounts[1:], strict=False):
        boundary = _CLAUSE_BREAK.search(sentence, previous.end, amount.start)
        if boundary is None or not sentence[boundary.end()].isupper():
            return [sentence]
        ends.append(boundary.start())
        starts.append(boundary.end())
    return [sentence[start:end] for start, end in zip(starts, [*ends, len(sentence)], strict=True)]


def split_passages(paragraph: Paragraph) -> list[str]:
    """Split a paragraph that lists several areas, each with its own deviation, into one passage per area:
    inline lists (Höör style), per-committee sentences, and bullet lists whose items carry amounts."""
    if paragraph.bullets:
        lines = paragraph.text.split("\n")
        intro, bullets = (
            [ln for ln in lines if not ln.startswith("•")],
            [ln for ln in lines if ln.startswith("•")],
        )
        if sum(_has_deviation_amount(b) or item_amount(b.lstrip("• ")) is not None for b in bullets) >= 2:
            return [" ".join(intro)] + bullets if intro else bullets
        return [paragraph.text]
    sents = [clause for sentence in sentences(paragraph.text) for clause in _inline_items(sentence)]
    if len(sents) < 2:
        return [paragraph.text]  # a list needs two items
    heading = paragraph.headings[-1] if paragraph.headings else ""
    strict = bool(heading) and not cues.GENERIC_HEADING.match(
        heading
    )  # under an area heading: Höör items only
    starts = [
        _is_item(s, strict)
        and not (
            k
            and (
                _gives_reason(sents[k - 1], s)
                or _THE_DEVIATION.search(s)
                or concludes(s)  # "Verksamheten prognostiserar därför …": from the sentence before
                or restated_by_levels(sents[k - 1], s)  # the levels behind the deviation just stated
            )
        )
        for k, s in enumerate(sents)
    ]
    if sum(starts) < 2:
        return [paragraph.text]
    passages: list[list[str]] = []
    for sentence, start in zip(sents, starts, strict=True):
        if start and passages and len(passages[-1]) == 1 and is_label_sentence(passages[-1][0]):
            # "Förvaltning och gemensamt. Området beräknas …": the label heads the item after it
            passages[-1].append(sentence)
        elif start or not passages:
            passages.append([sentence])
        else:
            passages[-1].append(sentence)
    return [" ".join(p) for p in passages]


def restated_by_levels(claim: str, following: str) -> bool:
    """Whether ``following`` gives the levels behind the deviation ``claim`` states, with the same difference:
    "Kulturnämnden redovisar ett positivt resultat på 3,2 miljoner kronor jämfört med budget. Nämndens nettokostnad
    blev 298,6 miljoner kronor mot en budgetram på 301,8 miljoner kronor." is one item."""
    stated, levels = pick_amount(claim), pick_amount(following)
    if stated is None or levels is None or not levels.difference or not stated.sek or not levels.sek:
        return False
    # levels printed to a tenth of their unit may differ by that much from the deviation stated to the krona
    # ("… ett överskott på 1 146 tkr …" then "… 61,8 mnkr mot en budgetram på 62,9 mnkr")
    tenth = 0.1 * abs(levels.sek / levels.value) if levels.value else 0.0
    return abs(abs(stated.sek) - abs(levels.sek)) <= max(0.01 * abs(stated.sek), tenth)
