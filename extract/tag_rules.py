"""Rule evidence for cause tags: negation, evidence spans and sentence ranges over plain lists.

No spaCy here: :mod:`extract.tagger` turns a Doc into :class:`Words` (lower-cased word hashes)
and the SpanRuler's spans into ``(start, end, label)`` tuples; this module decides which cues are
negated and which words become a tag's evidence.

Negation: a cue is negated by a determiner-like negation shortly before it ("inga
vikariekostnader", "utan inhyrd personal", "inte haft några externa placeringar", "Någon ökning av
antalet brukare har inte skett"). A plain "inte"/"ej" is no negation: "ej tillsatta tjänster" is a
vacancy and "har inte kunnat reduceras" still names the cause; nor is "utan att" before the cue's
own clause ("utan att personalstyrkan anpassats"). Direction words end the negation's reach:
"inga vikarier men högre sjukfrånvaro", and "lägre kostnader för köpta platser" is a cause.

A reconciliation is no cause either: what a result is stated "efter hänsyn till" or "med hänsyn tagen
till" ("resultatet per maj uppgår till 1,4 mnkr efter hänsyn till den upplupna semesterlöneskulden") was
taken into account, not a reason for the deviation. A plain "med hänsyn till" ("justerad med hänsyn till
ökade volymer") names a reason, and stays one.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from extract.tag_patterns import STEM_LABEL, StemTable

NEGATORS = frozenset({"inga", "ingen", "inget", "utan", "varken"})
SOME = frozenset({"några", "någon", "något", "nån"})
NOT = frozenset({"inte", "ej", "icke"})
NEGATION_BREAKS = frozenset(
    {
        "men",
        "medan",
        "däremot",
        "dock",
        "vilket",
        "som",
        "samt",
        "högre",
        "lägre",
        "ökade",
        "ökad",
        "ökat",
        "minskade",
        "minskad",
        "minskat",
        "fler",
        "färre",
        "mer",
        "mindre",
        "stora",
        "större",
        "höga",
        "hög",
        "även",
        "också",
    }
)
NEGATION_WINDOW = 5
SENTENCE_ENDS = frozenset({".", "!", "?", "•"})


@dataclass(frozen=True)
class Words:
    """A doc's lower-cased word hashes and which tokens are punctuation or space."""

    lowers: list[int]
    skip: list[bool]


@dataclass(frozen=True)
class Cue:
    start: int
    end: int
    tag: str
    negated: bool


@dataclass(frozen=True)
class RuleHits:
    evidence: dict[str, list[str]]  # tag -> matched words, not negated, in text order
    negated: frozenset[str]  # tags whose every cue is negated
    cues: tuple[Cue, ...]  # every cue with its token range

    def in_range(self, start: int, end: int, index: dict[str, int]) -> tuple[list[int], list[int]]:
        """Tag indices with a non-negated cue, and with negated cues only, inside [start, end)."""
        pos = {index[c.tag] for c in self.cues if start <= c.start < end and not c.negated}
        neg = {index[c.tag] for c in self.cues if start <= c.start < end and c.negated} - pos
        return sorted(pos), sorted(neg)


class Negation:
    """Decides whether the cue at tokens [start, end) is negated (see the module doc)."""

    def __init__(self, string_id: Callable[[str], int]) -> None:
        def ids(words: Iterable[str]) -> frozenset[int]:
            return frozenset(string_id(w) for w in words)

        self.negators = ids(NEGATORS)
        self.some = ids(SOME)
        self.not_ = ids(NOT)
        self.breaks = ids(NEGATION_BREAKS)
        self.also = ids(["även", "också"])
        self.utan = string_id("utan")
        self.att = string_id("att")
        self.till = string_id("till")
        self.hansyn = string_id("hänsyn")
        self.efter = string_id("efter")
        self.taken = ids(["tagen", "tagits", "taget", "tas"])

    def _taken_into_account(self, lowers: list[int], till: int) -> bool:
        """Whether the word at ``till`` ends "efter hänsyn till" or "hänsyn tagen/tagits till"."""
        before = lowers[max(0, till - 3) : till]
        if len(before) >= 2 and before[-1] == self.hansyn and before[-2] == self.efter:
            return True
        return len(before) >= 2 and before[-1] in self.taken and before[-2] == self.hansyn

    def __call__(self, words: Words, start: int, end: int) -> bool:
        lowers, skip = words.lowers, words.skip
        j = start - 1
        while j >= 0 and start - j <= NEGATION_WINDOW:
            low = lowers[j]
            if skip[j] or low in self.breaks:
                return False
            if low == self.till and self._taken_into_account(lowers, j):
                return True
            if low in self.negators:
                if low == self.utan and j + 1 < start:
                    nxt = lowers[j + 1]
                    return not (nxt in self.also or (nxt == self.att and start == j + 2))
                return True
            if low in self.some:
                if any(lowers[k] in self.not_ for k in range(max(0, j - 3), j)):
                    return True
                for k in range(end, min(len(lowers), end + 7)):
                    if skip[k]:
                        break
                    if lowers[k] in self.not_:
                        return True
                return False
            j -= 1
        return False


def collect(
    spans: Iterable[tuple[int, int, str]],
    words: Words,
    word_of: Callable[[int], str],
    text_of: Callable[[int, int], str],
    negation: Negation,
    stems: StemTable,
) -> RuleHits:
    """Turn the ruler's spans into cues per tag (stem spans get their tags from ``stems``)."""
    cues: list[Cue] = []
    for start, end, label in spans:
        if label == STEM_LABEL:  # one merged pattern for all single-word stems
            labels: Any = [tag for tag, _ in stems.labels(word_of(words.lowers[start]))]
        else:
            labels = [label]
        is_negated = negation(words, start, end)
        cues.extend(Cue(start, end, tag, is_negated) for tag in labels)
    found: dict[str, list[tuple[int, int]]] = {}
    for c in cues:
        if not c.negated:
            found.setdefault(c.tag, []).append((c.start, c.end))
    evidence: dict[str, list[str]] = {}
    for tag, ranges in found.items():
        ranges.sort(key=lambda r: (r[0], -r[1]))
        texts: list[str] = []
        last_end = -1
        for s, e in ranges:
            if e <= last_end:  # inside a longer match of the same tag
                continue
            text = text_of(s, e)
            if text.lower() not in (t.lower() for t in texts):
                texts.append(text)
            last_end = max(last_end, e)
        evidence[tag] = texts
    negated = frozenset(c.tag for c in cues if c.negated) - found.keys()
    return RuleHits(evidence, negated, tuple(cues))


_YEAR_ON_YEAR = re.compile(
    r"\b(jämfört med|jämfört mot|i jämförelse med|i förhållande till|mot|än) "
    r"(motsvarande period|samma period|föregående år|förra året|fjolåret|året innan|tidigare år)"
    r"|\b(motsvarande|samma) (period|tidpunkt) (föregående|förra|i fjol|år 20\d\d)"
)


def is_year_on_year(words: Sequence[str]) -> bool:
    """A sentence that opens with a comparison with last year (or the same period last year) rather than
    with the budget ("Jämfört med motsvarande period 2025 …"): it names no cause of a deviation from budget."""
    return bool(_YEAR_ON_YEAR.search(" ".join(words[:6])))


def sentence_ranges(words: Words, enders: frozenset[int]) -> list[tuple[int, int]]:
    """Token ranges of the sentences: a sentence ends at ".", "!", "?" or a bullet."""
    ranges = []
    start = 0
    for i, low in enumerate(words.lowers):
        if low in enders:
            ranges.append((start, i + 1))
            start = i + 1
    if start < len(words.lowers):
        ranges.append((start, len(words.lowers)))
    return [(s, e) for s, e in ranges if not all(words.skip[s:e])]
