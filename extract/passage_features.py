"""Features of a sentence in its place: what the passage model decides from.

Every sentence of every passage becomes a ``Candidate``: its words, the rules' verdict on its passage,
cue words, amounts, layout (heading, bullet, place in the paragraph), its
neighbours' cues, and the document's kind. Features are strings ("cue:cause", "w:kostnad",
"prev:rule:cause"): the model learns one weight per string, so a feature it never saw costs nothing.
Words are reduced to a Swedish stem and their first six letters, so that compounds and inflections
of a cue ("vikariekostnaderna") share features with the labelled ones.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

import Stemmer  # type: ignore[import-not-found]

from extract import cues
from extract.amounts import pick_amount
from extract.areas import account_groups_named
from extract.numbers import find_amounts

_WORD = re.compile(r"[a-zåäöéü]+")
_NUMBER = re.compile(r"\d[\d\s ]*(?:,\d+)?")
_YEAR_ON_YEAR = cues.Cue(
    r"(jämfört med|jämfört mot|i förhållande till|än) (föregående|förra|fjolårets|motsvarande) "
    r"(år|period|tid)|jämfört med (år )?20\d\d|föregående år|förra året|i fjol|fjolåret"
)
_GOAL = cues.Cue(r"\bska\b|\bmål\w*|målvärde|indikator|nyckeltal|andel\w*")
_BUDGET = cues.Cue(r"budget|budgeter")
_INVESTMENT = cues.Cue(r"investering|projekt|ombyggnad|nybyggnad|exploatering")
_PLACEHOLDER = cues.Cue(r"beskriv|ange |fyll i|xx|\.\.\.|…")
_AUDIT = cues.Cue(r"\bvi (bedömer|har granskat|konstaterar|rekommenderar)|granskning|revisor|revision")
_FINANCE = cues.Cue(
    r"likviditet|soliditet|eget kapital|pension|skatteintäkt|finansnetto|låneskuld|balansräkning"
)
_OPENS_WITH_SUBJECT = re.compile(
    r"^(?!(Det|Den|Detta|Dessa|De|Vi|Man|Här|Där|Som|Även|Också|Samtidigt|Dock|Men|Och|Vilket|Till|I|Under|"
    r"Om|Efter|Med|För)\b)[A-ZÅÄÖ][a-zåäö-]+"
)
_STEMMER = Stemmer.Stemmer("swedish")  # PyStemmer: the Snowball stemmer in C
# a sentence with none of these words (and no figure) is never read as an explanation on its own; it may
# still join the one before it ("Värmepumpen var dessutom ur drift under sex veckor.")
_WORTH_READING = cues.Cue(
    r"budget|avvik|underskott|överskott|prognos|kostn|intäkt|resultat|utfall|beror|följd|orsak|förklar|härr|"
    r"hänför|kopplat|ök|minsk|högre|lägre|mer än|mindre än|åtgärd|risk|bidrag|ersättning|\d|balans|kronor|"
    r"sämre|bättre|dyr|billig|förbruk|avgift|hyr|lön|personal|vakan|vikari|placering|volym|fler|färre|sjuk|"
    r"övertid|konsult|bemanning"
)
KINDS = ("none", "cause", "action", "forecast_change", "other")


@lru_cache(maxsize=65536)
def _stem(word: str) -> str:
    return str(_STEMMER.stemWord(word))


@lru_cache(maxsize=4096)  # a sentence's words make its own features and its pair's with the one before
def words(text: str) -> tuple[str, ...]:
    return tuple(_stem(w) for w in _WORD.findall(cues.lower(text)) if len(w) > 1)


@dataclass(frozen=True)
class Candidate:
    """A sentence of a passage, with what the rules said about it and about its passage."""

    text: str
    passage: int  # index of the passage in the document
    index: int  # index of the sentence in its passage
    n_sentences: int  # sentences in the passage
    page: int
    headings: tuple[str, ...]
    bullet: bool
    item: bool  # the passage is one item of a list split from its paragraph
    rule: str  # the rules' kind for the sentence's passage, "none" when they see no explanation there
    row_deviates: bool = False  # no cue word, under an area whose table row deviates (each such passage)
    heading_deviates: bool = False  # first passage under a heading that carries its area and amount
    comment: bool = False  # a table's comment cell, beside the row it explains


def reads_as_finance(text: str) -> bool:
    return _WORTH_READING.search(text) is not None


def worth_reading(candidate: Candidate) -> bool:
    return candidate.row_deviates or candidate.heading_deviates or reads_as_finance(candidate.text)


def _bucket(value: float, edges: Sequence[float]) -> int:
    return sum(value >= edge for edge in edges)


# the cues every sentence is searched for
_SEARCHED: tuple[tuple[str, cues.Cue], ...] = (
    ("cause", cues.CAUSE),
    ("deviation", cues.DEVIATION),
    ("action", cues.ACTION),
    ("risk", cues.RISK),
    ("risk_opening", cues.RISK_OPENING),
    ("forecast_change", cues.FORECAST_CHANGE),
    ("forecast_compare", cues.FORECAST_COMPARE),
    ("negative", cues.NEGATIVE),
    ("positive", cues.POSITIVE),
    ("balanced", cues.BALANCED),
    ("higher", cues.HIGHER),
    ("lower", cues.LOWER),
    ("revenue", cues.REVENUE),
    ("change", cues.CHANGE),
    ("balance_goal", cues.BALANCE_GOAL),
    ("budgeted_result", cues.BUDGETED_RESULT),
    ("year_on_year", _YEAR_ON_YEAR),
    ("goal", _GOAL),
    ("budget", _BUDGET),
    ("investment", _INVESTMENT),
    ("placeholder", _PLACEHOLDER),
    ("audit", _AUDIT),
    ("finance", _FINANCE),
)


@lru_cache(maxsize=8192)
def _text_cues(text: str) -> tuple[str, ...]:
    """Cue, amount and shape features of one sentence."""
    found = [f"cue:{name}" for name in cues.found_in(text, _SEARCHED)]
    for name, cue in (("boilerplate", cues.BOILERPLATE), ("descriptive", cues.DESCRIPTIVE)):
        if cue.match(text):
            found.append(f"cue:{name}")
    if cues.CONDITIONAL.match(text):
        found.append("cue:conditional")
    if cues.CONTINUATION.match(text):
        found.append("cue:continuation")
    amounts = [a for a in find_amounts(text) if a.sek]
    if amounts:
        found.append("amount:any")
        if any(a.explicit_sign for a in amounts):
            found.append("amount:signed")
        if pick_amount(text) is not None:
            found.append("amount:deviation")
    if "%" in text or "procent" in text:
        found.append("shape:percent")
    n_words = len(text.split())
    numbers = len(_NUMBER.findall(text))
    found.append(f"shape:len{_bucket(n_words, (4, 8, 15, 30, 60))}")
    found.append(f"shape:numbers{_bucket(numbers / max(1, n_words), (0.01, 0.15, 0.3, 0.5))}")
    if not text.rstrip().endswith((".", "!", "?", ")", ":")):
        found.append("shape:no_stop")
    if text[:1].islower():
        found.append("shape:lower_start")
    return tuple(found)


@lru_cache(maxsize=4096)
def _heading_features(heading: str) -> tuple[str, ...]:
    if not heading:
        return ("head:none",)
    found = [f"h:{w}" for w in words(heading)[:6]]
    for name, cue in (
        ("skip", cues.SKIP_HEADING),
        ("action", cues.ACTION_HEADING),
        ("risk", cues.RISK_HEADING),
        ("forecast", cues.FORECAST_HEADING),
        ("investment", _INVESTMENT),
        ("goal", _GOAL),
        ("finance", _FINANCE),
        ("audit", _AUDIT),
    ):
        if cue.search(heading):
            found.append(f"head:{name}")
    if cues.GENERIC_HEADING.match(heading):
        found.append("head:generic")
    else:
        found.append("head:area")
    if any(a.sek for a in find_amounts(heading)):
        found.append("head:amount")
    return tuple(found)


def _bag(text: str) -> list[str]:
    stems = words(text)
    return [f"w:{s}" for s in stems] + [f"b:{a}_{b}" for a, b in zip(stems, stems[1:], strict=False)]


def sentence_features(candidates: Sequence[Candidate], i: int, document: Sequence[str] = ()) -> list[str]:
    """The features of ``candidates[i]``; ``candidates`` is the document's sentences in reading order and
    ``document`` the features every sentence of the document shares (its kind, how much of it the rules
    read as deviations)."""
    c = candidates[i]
    found = ["bias", *document, f"rule:{c.rule}", *_text_cues(c.text)]
    found += _bag(c.text)
    found += _heading_features(c.headings[-1] if c.headings else "")
    found.append(f"pos:{min(c.index, 3)}")
    if c.index == c.n_sentences - 1:
        found.append("pos:last")
    found.append(f"psize:{_bucket(c.n_sentences, (2, 3, 5, 8))}")
    if c.bullet:
        found.append("layout:bullet")
    if c.item:
        found.append("layout:item")
    if c.row_deviates:
        found.append("row:deviates")
    if c.heading_deviates:
        found.append("heading:deviates")
    for offset, name in ((-1, "prev"), (1, "next")):
        j = i + offset
        if 0 <= j < len(candidates) and candidates[j].passage == c.passage:
            other = candidates[j]
            found += [f"{name}:{f}" for f in _text_cues(other.text) if f.startswith(("cue:", "amount:"))]
        else:
            found.append(f"{name}:edge")
    return found


def pair_features(candidates: Sequence[Candidate], i: int) -> list[str]:
    """Whether sentence ``i + 1`` continues the explanation that sentence ``i`` belongs to."""
    a, b = candidates[i], candidates[i + 1]
    found = ["bias", f"rule:{a.rule}"]
    found += [f"b:{f}" for f in _text_cues(b.text)]
    found += [f"a:{f}" for f in _text_cues(a.text) if f.startswith(("cue:", "amount:"))]
    found += [f"bw:{w}" for w in words(b.text)[:3]]  # how the next sentence opens: "Detta", "Inom", "Även"
    if _OPENS_WITH_SUBJECT.match(b.text) and not cues.CONTINUATION.match(b.text):
        found.append("b:own_subject")  # "Ekonomiskt bistånd ligger …", "Hemtjänsten har …"
    opening = " ".join(b.text.split()[:8])
    if cues.DEVIATION.search(opening):
        found.append("b:deviation_opening")
    named_b = account_groups_named(cues.lower(opening))
    if named_b:
        found.append("b:account_opening")
        if not named_b & account_groups_named(cues.lower(a.text)):
            # "Samtidigt kvarstår … köp av tjänster" after a personnel sentence
            found.append("b:new_account")
    found.append(f"b:pos:{min(b.index, 4)}")
    if b.text.lstrip().startswith("•"):
        found.append("b:bullet")  # a list inside one passage: its items carry no amounts of their own
    if a.text.rstrip().endswith(":"):
        found.append("a:colon")
    return found


def document_features(report_type: str | None, rules: Sequence[str]) -> list[str]:
    """What kind of document this is: its report type, and how much of its prose the rules read as
    deviation explanations (a follow-up is full of them; an audit report or a budget has few)."""
    found = []
    share = sum(r == "cause" for r in rules) / max(1, len(rules))
    found.append(f"doc:causes{_bucket(share, (0.02, 0.05, 0.1, 0.2, 0.35))}")
    found.append(f"doc:size{_bucket(len(rules), (30, 100, 300, 1000))}")
    return found
