"""Where an explanation's area may come from, each a candidate the passage model ranks.

An area is an account group or a service area, avdelning or nämnd, named as in the report. It may be a
run-in label ("Hemtjänst: …", "Länssjukvård. Området …"), the subject of the opening sentence
("Lokalhyror fortsätter …"), a phrase after "inom" ("Inom avdelning vuxna …"), a table row or an account
group the opening names ("… inom ramen för personalkostnaderna"), or a heading (the nearest that names
something, or its parent). Each candidate carries features; ``extract.passage_model`` scores them with
weights learned from the labelled reports and takes the best.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from extract import cues
from extract.amounts import TRAILING_BRACKETS, heading_figure
from extract.areas import ACCOUNT_GROUPS, SECTION_NUMBER, norm, subject_area
from extract.passage_features import words
from extract.sentences import sentences
from extract.table_columns import is_total
from extract.types import TableRow

# a unit of the organisation: "Socialnämnden", "Fastighetsförvaltning", "Central förvaltning", "Förvaltningsledning"
# (not the whole of it: "Förvaltningen", "Hela förvaltningen")
_A_UNIT_OF_IT = re.compile(
    r"nämnd|styrelse|\wförvaltning|\b(?!hela\b)[a-zåäö]+\s+förvaltning\b|\bförvaltnings\w", re.I
)
_SIGNED_FIGURE = re.compile(r"[+\-−–±]\s?\d")
# a short label before a full stop or colon that opens a passage ("Länssjukvård. Området …", "Hemtjänst: …"),
# or is a sentence of its own ("Primärvård.")
_LEAD_LABEL = re.compile(
    r"^(?:•\s*)?(?P<label>[A-ZÅÄÖ][\wåäö\-–/&, ]{2,60}?)(?:[.:]\s+|[.:]$|\s+[+\-−–±]\s?\d|"
    # a dash after the label: "Barn och familj – Prognosen visar …", "Räddningstjänst – budget 24,8 mnkr, …"
    r"\s+[-–—]\s+(?=[A-ZÅÄÖ]|(?:budget|prognos|utfall|avvikelse)\b))"
)
_WITHIN = re.compile(
    r"\b(?:[Ii]nom|[Ff]ör(?!\s+att\b)|hos|avseende|gällande)\s+(?P<phrase>(?:avdelning(?:en)?\s+|verksamhet(?:en|sområdet)?\s+|"
    r"området\s+)?[a-zåäöA-ZÅÄÖ][\wåäö\-]+(?:\s+(?:och|samt|&)\s+[\wåäö\-]+|"
    r"\s+(?!(?:försämr|förbättr|ändr|juster|ök|minsk)\w*\b)[a-zåäö][\wåäö\-]+){0,3})"  # not the verb after it
)
_STOP_TAIL = re.compile(  # "vård- och omsorgsnämnden" is one name
    r"(?<!-)\s+(?:att|som|är|var|har|blir|med|till|på|vilket|där|och|samt|men|under|efter|i|av|för|från|än|inte|"
    r"fortsatt|främst|ökat|minskat|ökar|minskar|beror|visar|ligger|uppgick|uppgår|redovisar|beräknas|väntas|"
    r"prognostiserar|bedöms|växer|växte|stiger|steg|sjunker|sjönk|fortsätter|kostar|kostade|drar|drog|landar|"
    r"överskrids|underskrids|överskreds|underskreds)\b.*$"
)
_PAIR_THEN_VERB = re.compile(  # "nämnd och administration finns …": a name of two words joined by "och"
    r"^(?P<pair>[\wåäö-]+\s+(?:och|samt|&)\s+[\wåäö-]+)\s+(?:finns|fanns|är|var|har|blir|blev|visar|ligger|redovisar|"
    r"beräknas|bedöms|väntas|prognostiseras|uppgår|uppgick)\b"
)


def _within_name(phrase: str) -> str:
    """The name in a phrase after "inom"/"för": to its first verb, a name of two words joined by "och" kept
    whole ("Inom nämnd och administration finns ett överskott")."""
    pair = _PAIR_THEN_VERB.match(phrase)
    return pair.group("pair") if pair else _STOP_TAIL.sub("", phrase)


# a label is a name, not a clause: "Kommunstyrelsen redovisar ett överskott med +5,9 mkr" has no run-in label
_CLAUSE_WORD = re.compile(
    r"\b(redovisar|visar|prognostiserar|har|är|var|blir|ger|med|på|om|ett|en|till|uppgår|landar|beräknas|avser|"
    r"gäller|omfattar|blev|ökar|ökade|minskar|minskade|håller|ryms|överstiger|understiger|överskrider|"
    r"underskrider|budget|budgeten|budgeterat)\b"  # "Personalkostnaderna överstiger budget." is a clause
)
_SIGNED_AMOUNT_END = re.compile(  # the sign in words too: "Funktionsstöd, minus 2,2 mnkr"
    r"(?:[+\-−–±]\s?|\b(?:minus|plus)\s+)[\d][\d ,]*\s*(tkr|mnkr|mkr|kr|miljoner kronor|tusen kronor)?\s*$",
    re.IGNORECASE,
)
_RESULT_WORD = re.compile(r"resultat|budget|prognos|avvikelse|överskott|underskott|sammanfattning|\b20\d\d\b")
_UNIT = re.compile(r"(avdelning|verksamhet|område|enhet|sektor|förvaltning)", re.I)
_ORG_GENITIVE = re.compile(r"^[\wåäö]*(?:nämnd|styrelse|förvaltning|kommun|region)(?:en|et)?s\s+(?=\S)", re.I)
_ORG_WORD = re.compile(  # "kommun" and "region" as words: "Interkommunala ersättningar" is an area
    r"nämnd|styrelse|förvaltning|\bkommun(en|ens)?\b|\bregion(en|ens)?\b|kollegi|revision|fullmäktige|direktion",
    re.I,
)


@dataclass(frozen=True)
class AreaCandidate:
    text: str
    source: str  # run_in, subject, within, row, account, heading, parent


_TRAILING_AMOUNT = re.compile(
    r"\s+(\+/-|[+\-−–±]|(?i:minus|plus)\s)?\s?[\d ,]+\s*(?i:tkr|mnkr|mkr|kr|miljoner kronor)?$"
)


# a heading's figure with its verdict: "Måltidsservice, 1,7 miljoner kronor över budget"
_VERDICT_FIGURE_END = re.compile(
    r",\s*\d[\d ,]*\s*(?:tkr|mnkr|mkr|miljoner kronor)\s+(?:över|under) (?:budget|budgeten|ramen)$",
    re.IGNORECASE,
)
_VERDICT_TAIL = re.compile(
    r"\s+(?:(?:över|under) (?:budget|budgeten|ramen)|(?:bättre|sämre|högre|lägre) än (?:budget|budgeterat))$",
    re.IGNORECASE,
)


@lru_cache(maxsize=4096)
def _clean(text: str) -> str:
    if text[:1].isdigit():
        text = SECTION_NUMBER.sub("", text)
    text = _VERDICT_TAIL.sub("", text.strip(" ,.:;"))  # "Måltidsservice, 1,7 miljoner kronor över budget"
    if text[-1:].isdigit() or text.lower().endswith(("kr", "kronor")):
        text = _TRAILING_AMOUNT.sub("", text).rstrip(" ,:;–—-")  # "Barn och familj, −7,1 mnkr"
    return text[:1].upper() + text[1:] if text else text


# when, not where: "för helåret", "Januari–augusti", "Motsvarande period", "Periodens utfall"
_TIME = re.compile(
    r"((ackumulerat |ackumulerad )?(till och med|fram till|från och med|per|efter|under|på|sedan|jämfört med|i) )?"
    r"((den )?\d{1,2} )?((första|andra|tredje|fjärde) )?(årets|helåret|helår|året|perioden|periodens|"
    r"motsvarande period|månaden|månadens|tertialet|tertial|delåret|delår|halvåret|kvartalet|"
    r"föregående (år|månad|prognos)\w*|(delårs|tertial|års|månads)?(bokslut|rapport|prognos)\w*|"
    r"januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december|hösten|våren|"
    r"sommaren|vintern)\b",  # "Till och med maj uppgår underskottet …", "Per den 31 augusti visar …", "Jämfört med
    re.IGNORECASE,  # föregående år …", "I delårsbokslutet bedömdes avvikelsen bli …"
)


def area_candidates(
    passage: str,
    headings: Sequence[str],
    rows: Sequence[TableRow],
    committee: str | None,
    item: bool,
    labels: Sequence[str] | None = None,
) -> list[AreaCandidate]:
    """Every place the passage's area may come from, at most one per source and text (``labels``: the
    rows' labels through ``norm``, when the caller has them)."""
    first = sentences(passage)[0] if passage.strip() else ""
    found: list[AreaCandidate] = []

    def add(text: str | None, source: str) -> None:
        text = _clean(text or "")
        if len(text) >= 2 and len(text.split()) <= 8 and all(c.text != text for c in found):
            found.append(AreaCandidate(text, source))

    lead = _LEAD_LABEL.match(first)
    if lead and len(lead.group("label").split()) <= 6 and not _CLAUSE_WORD.search(lead.group("label")):
        add(lead.group("label"), "run_in")
    add(subject_area(first, list(rows), None), "subject")
    for match in _WITHIN.finditer(first[:200]):
        add(_within_name(match.group("phrase")), "within")
    low, normed = cues.lower(first), f" {norm(first)} "  # normed as the labels: "miljö och tillsynsnämnden"
    for row, label in zip(rows, labels if labels is not None else [norm(r.label) for r in rows], strict=True):
        # a label names the row from a word's start ("personalkostnaderna"); a short one as a word of its own:
        # "Kost" is not in "kemikaliekostnader" or "kostnaderna"
        named_here = f" {label} " in normed if len(label) < 6 else f" {label}" in normed
        if len(label) >= 4 and named_here and not is_total(row.label):  # "Resultat", "Summa": no area
            add(row.label, "row")
    for name in cues.found_in(low, ACCOUNT_GROUPS):
        add(name, "account")
    named = [h for h in reversed(headings) if not cues.GENERIC_HEADING.match(h)]
    for heading, source in zip(named[:2], ("heading", "parent"), strict=False):
        if len(heading) <= 80:
            add(heading, source)
    return found


_CLASS_OF_ACCOUNTS = re.compile(r"^(?:kostnader|intäkter)$")


def narrower_subject(chosen: AreaCandidate, candidates: list[AreaCandidate]) -> AreaCandidate | None:
    """A subject naming one kind of the heading's class of accounts ("Läkemedelskostnaderna" under the heading
    "Kostnader"): the narrower area of the two."""
    heading = norm(chosen.text)
    if chosen.source != "heading" or not _CLASS_OF_ACCOUNTS.match(heading):
        return None
    stem = heading[:-2]  # "kostnad", "intäkt"
    return next(
        (c for c in candidates if c.source == "subject" and stem in norm(c.text)[1:] and not says_when(c)),
        None,
    )


def says_when(candidate: AreaCandidate) -> bool:
    """A candidate read from the prose that names a time, never an area."""
    return candidate.source in ("subject", "within") and _TIME.match(candidate.text) is not None


COLON_LABEL = re.compile(r"[A-ZÅÄÖ][\wåäö\- ]{2,40}:\s+\S")  # a run-in label and its text on one line


def is_label_sentence(sentence: str) -> bool:
    """A run-in label written as a sentence of its own ("Stadsbadet.", "Primärvård."): a name, no clause."""
    lead = _LEAD_LABEL.match(sentence)
    return (
        lead is not None
        and sentence.rstrip().endswith(".")  # "… socialnämnden att:" opens a list instead
        and lead.end() >= len(sentence.rstrip())
        and len(lead.group("label").split()) <= 5
        and not _CLAUSE_WORD.search(lead.group("label"))
    )


_WHICH_FIGURE = re.compile(r"\s*[,–—]\s*(prognos|avvikelse|budgetavvikelse|utfall)$", re.IGNORECASE)


def area_of_amount_heading(headings: Sequence[str]) -> str | None:
    """The area a heading names together with its amount ("Förskola + 6 239 tkr", "Hemtjänst −4,1 mnkr"):
    by LABELS.md such a heading belongs to the item under it, so it is that item's area."""
    heading = TRAILING_BRACKETS.sub("", heading_figure(headings[-1])) if headings else ""
    if not heading or not (_SIGNED_AMOUNT_END.search(heading) or _VERDICT_FIGURE_END.search(heading)):
        return None
    name = _clean(heading)
    if not name or name == heading.strip() or len(name.split()) > 6 or not name[:1].isalpha():
        return None
    name = _WHICH_FIGURE.sub("", name)  # "Barn och familj, prognos −3,9 mkr": the area, then which figure
    part = _ORG_GENITIVE.sub("", name)  # "Förvaltningens egna kostnader": a part of the organisation
    if _ORG_WORD.search(part) and not _A_UNIT_OF_IT.search(part):
        return None  # "Kommunen totalt", but a unit of it: "Socialnämnden", "Fastighetsförvaltning"
    return None if cues.GENERIC_HEADING.match(name) or _RESULT_WORD.search(norm(name)) else name


def own_subject_under_area_heading(text: str, headings: Sequence[str]) -> str | None:
    """The subject a later paragraph under an area's amount heading opens on, when it states a deviation of its
    own: "Läkemedelskostnaderna inom förmånen ligger 47 mnkr över budget …" under "Hälsoval, privata vårdgivare
    +14 mnkr", whose heading belongs to the paragraph right under it only (LABELS.md)."""
    heading_area = area_of_amount_heading(headings)
    first = sentences(text)[0] if text.strip() else ""
    subject = subject_area(first, [], None)
    if heading_area is None or subject is None or not cues.DEVIATION.search(first):
        return None
    # not the heading's area said again ("Hälsovalet …"), nor what every area has ("Kostnaderna", "Nämnden"), nor an
    # event the heading's area had, told with a relative clause ("Föräldraledigheter som inte ersatts fullt ut ger
    # ett överskott"): the cause, not an area
    stems = {w[:5] for w in norm(heading_area).split() if len(w) >= 5}
    if any(w[:5] in stems for w in norm(subject).split()) or _WHAT_EVERY_AREA_HAS.match(subject):
        return None
    if " som " in f" {subject} ":
        return None
    return None if cues.GENERIC_HEADING.match(subject) or _ORG_WORD.search(subject) else subject


_WHAT_EVERY_AREA_HAS = re.compile(
    r"(?i)^(?:de |det )?(?:totala |samlade |övriga )?(?:kostnad|intäkt|utgift|verksamhet|prognos|resultat|utfall|avvikelse)\w*$"
)


def same_name(a: str, b: str) -> bool:
    """Two spellings of one area: the same words, each equal or sharing a stem of five letters
    ("Hemtjänst"/"Hemtjänsten", "Individ- och familjeomsorg"/"Individ- och familjeomsorgen")."""
    left, right = norm(a).split(), norm(b).split()
    if not left or len(left) != len(right):
        return False
    return all(
        x == y or (min(len(x), len(y)) >= 5 and (x.startswith(y) or y.startswith(x)))
        for x, y in zip(left, right, strict=True)
    )


# the subject's own deviation with its figure, in its clause: "… väntas bli 1,1 mnkr billigare än budgeterat",
# "… blir sammantaget 41 miljoner kronor bättre än budget", "… redovisar ett underskott på 2,3 mnkr"
_CLAIMS_A_DEVIATION = cues.Cue(
    r"[^,.]{0,50}?\b(bli|blir|blev|är|var|ligger|låg|landar|hamnar|visar|redovisar|prognostiserar|uppvisar|"
    r"går|gick|överstiger|understiger|överskrider|underskrider)\b[^.]{0,50}?\d[^.]{0,40}?"
    r"(än (budget|budgeterat|beräknat|planerat)|mot budget|(över|under) (budget|ram)|överskott|underskott|avvikelse)"
)


def candidate_features(
    candidate: AreaCandidate,
    passage: str,
    headings: Sequence[str],
    rows: Sequence[TableRow],
    item: bool,
    labels: Sequence[str] | None = None,
) -> list[str]:
    text, source = candidate.text, candidate.source
    found = ["bias", f"src:{source}", f"src:{source}:item{int(item)}"]
    low = norm(text)
    labels = labels if labels is not None else [norm(row.label) for row in rows]
    if low in labels:
        found.append("is_row")
    elif low and any(label.startswith(low) or low.startswith(label) for label in labels):
        found.append("near_row")
    if cues.found_in(low, ACCOUNT_GROUPS):
        found.append("account_word")
    if _ORG_WORD.search(text):
        found.append(f"org:{source}")
    if cues.GENERIC_HEADING.match(text):
        found.append(f"generic:{source}")
    if _RESULT_WORD.search(low):
        found.append(f"result_word:{source}")
    n = len(text.split())
    found.append(f"len:{min(n, 5)}")
    if text.endswith("s") and n == 1:
        found.append("genitive")
    if headings and text == _clean(headings[-1]):
        found.append("is_nearest_heading")
    heading_amount = bool(_SIGNED_FIGURE.search(headings[-1] if headings else ""))
    if heading_amount:
        found.append(f"heading_amount:{source}")
    specific = not (_ORG_WORD.search(text) or cues.GENERIC_HEADING.match(text) or _RESULT_WORD.search(low))
    if specific and source == "heading" and heading_amount:
        found.append("area_heading_with_amount")  # "Förskola + 6 239 tkr": the heading is the area
    if source == "within" and _UNIT.match(text):
        found.append("within_unit")  # "inom avdelning vuxna"
    if cues.lower(passage).startswith(cues.lower(text)[:12]):
        found.append(f"opens:{source}")
        # "Färdtjänsten väntas däremot bli 1,1 mnkr billigare än budgeterat": the subject's own deviation
        if source == "subject" and _CLAIMS_A_DEVIATION.match(passage[len(text) :]):
            found.append("subject_claims")
    found += [f"w:{w}" for w in words(text)[:4]]
    return found


def with_rivals(features: list[list[str]], candidates: Sequence[AreaCandidate]) -> list[list[str]]:
    """Each candidate's features plus which other sources compete with it: a heading facing a run-in
    label or a table row in the opening loses more often than one facing only an account word."""
    sources = {c.source for c in candidates}
    return [
        [*row, *(f"{c.source}|vs:{other}" for other in sources if other != c.source)]
        for row, c in zip(features, candidates, strict=True)
    ]
