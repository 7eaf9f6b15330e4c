"""What a question says besides its words: municipality, committee, year or month become filters; direction
words ("underskott", "dyrare", "uteblivna"), investment or operations and cause words become boosts. Each is
a ``Chip`` the user sees and may remove; the rest of the question is searched as text.

Only what the archive knows is recognised: a municipality or committee is one of its reports' (a genitive
"Alingsås'"/"socialnämndens" too), so an unknown name is never turned into an empty filter. Boosts reorder
the hits found by the text (a matching hit's score times ``1 + BOOST``), they never remove any.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

from extract.types import Explanation
from index.vectors.keywords import stem
from index.vectors.store import Filters

TAXONOMY = Path(__file__).resolve().parents[1] / "data" / "taxonomy.json"
BOOST = 0.3  # a hit that agrees with a direction, investment or cause chip: score x 1.3 for each
MONTHS = {
    name: n
    for n, names in enumerate(
        (
            ("januari", "jan"),
            ("februari", "feb"),
            ("mars", "mar"),
            ("april", "apr"),
            ("maj",),
            ("juni", "jun"),
            ("juli", "jul"),
            ("augusti", "aug"),
            ("september", "sep", "sept"),
            ("oktober", "okt"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_PERIOD = re.compile(rf"\b(?:(?P<month>{_MONTH})\.?\s+)?(?P<year>20\d\d)\b", re.IGNORECASE)
# direction relative to budget: "negative" = cost over or revenue under budget
_NEGATIVE = re.compile(
    r"\b(underskott\w*|minus|back|dyrare|överskrid\w*|över budget|uteblivn\w*|utebliv\w*|"
    r"(?:lägre|minskade|minskande|sjunkande|sjunker|minskar) (?:\w+ )?intäkt\w*|intäktsbortfall\w*|"
    r"(?:högre|ökade|ökande) (?:\w+ )?kostnad\w*|negativ\w* avvikelse\w*|saknade? \w*bidrag\w*)\b",
    re.IGNORECASE,
)
_POSITIVE = re.compile(
    r"\b(överskott\w*|plus|billigare|under budget|(?:högre|ökade|ökande) (?:\w+ )?intäkt\w*|"
    r"(?:lägre|minskade) (?:\w+ )?kostnad\w*|positiv\w* (?:avvikelse|resultat)\w*)\b",
    re.IGNORECASE,
)
_INVESTMENT = re.compile(r"\b(investering\w*|investeringsbudget\w*)\b", re.IGNORECASE)
_OPERATIONS = re.compile(r"\b(drift\w*|driftbudget\w*)\b", re.IGNORECASE)
DIRECTION_LABELS = {"negative": "sämre än budget", "positive": "bättre än budget"}


@dataclass(frozen=True)
class Chip:
    kind: str  # municipality | committee | period | direction | investment | tag
    value: str
    label: str  # what the user sees (Swedish)
    words: str  # the words of the question it came from

    @property
    def key(self) -> str:
        return f"{self.kind}:{self.value}"

    @property
    def is_filter(self) -> bool:
        return self.kind in ("municipality", "committee", "period")


@dataclass(frozen=True)
class Understood:
    query: str
    chips: tuple[Chip, ...]

    def kept(self, dropped: Iterable[str] = ()) -> Understood:
        """Without the chips the user removed (by ``Chip.key``)."""
        gone = set(dropped)
        return replace(self, chips=tuple(c for c in self.chips if c.key not in gone))

    @property
    def text(self) -> str:
        """The question without the words its filters took: what is searched as text."""
        text = self.query
        for chip in self.chips:
            if chip.is_filter:
                text = re.sub(
                    rf"(?<!\w){re.escape(chip.words)}(?!\w)", " ", text, count=1, flags=re.IGNORECASE
                )
        text = " ".join(re.sub(r"\s+([?.!,])", r"\1", text).split()).strip(" ,")
        return text if any(ch.isalnum() for ch in text) else self.query

    def filters(self, base: Filters | None) -> Filters:
        """``base`` with the chips' filters where ``base`` sets none of its own."""
        base = base or Filters()
        by_kind: dict[str, list[str]] = {}
        for chip in self.chips:
            by_kind.setdefault(chip.kind, []).append(chip.value)
        out = base
        if "municipality" in by_kind and not base.municipality:
            out = replace(out, municipality=tuple(by_kind["municipality"]))
        if "committee" in by_kind and not base.committee:
            out = replace(out, committee=tuple(by_kind["committee"]))
        if "period" in by_kind and not base.period_from and not base.period_to:
            periods = sorted(by_kind["period"])
            out = replace(out, period_from=periods[0], period_to=periods[-1])
        return out

    def boost(self, explanation: Explanation) -> float:
        """The factor a hit's score is multiplied by: ``1 + BOOST`` for each boost chip it agrees with."""
        factor = 1.0
        tags = {t.tag for t in explanation.tags}
        for chip in self.chips:
            agrees = (
                (chip.kind == "direction" and explanation.direction == chip.value)
                or (chip.kind == "investment" and explanation.investment == (chip.value == "investment"))
                or (chip.kind == "tag" and chip.value in tags)
            )
            if agrees:
                factor *= 1.0 + BOOST
        return factor


@lru_cache(maxsize=1)
def cause_cues() -> tuple[dict[str, tuple[str, str]], tuple[tuple[re.Pattern[str], str, str], ...]]:
    """From the taxonomy's cues and labels: stem of a one-word cue -> (tag, label), and the phrases of
    several words as (pattern, tag, label)."""
    rows = json.loads(TAXONOMY.read_text(encoding="utf-8"))
    words: dict[str, tuple[str, str]] = {}
    phrases: list[tuple[re.Pattern[str], str, str]] = []
    for row in rows:
        if row["tag"] == "ovrigt":
            continue
        for cue in [*row.get("cues", ()), row["label"]]:
            cue = cue.strip().lower()
            if " " in cue:
                pattern = r"\s+".join(re.escape(w) for w in cue.split())
                phrases.append((re.compile(rf"(?<!\w){pattern}\w*", re.IGNORECASE), row["tag"], row["label"]))
            elif len(cue) >= 5:
                words.setdefault(stem(cue), (row["tag"], row["label"]))
    return words, tuple(phrases)


def _named(query: str, names: Iterable[str]) -> list[tuple[str, str]]:
    """(name, the words of the query) for each name the query holds, genitive or not; longest first."""
    found: list[tuple[str, str]] = []
    taken: list[tuple[int, int]] = []
    for name in sorted(set(names), key=len, reverse=True):
        match = re.search(rf"(?<!\w){re.escape(name)}(?:s|')?(?!\w)", query, re.IGNORECASE)
        if match and not any(a < match.end() and match.start() < b for a, b in taken):
            taken.append(match.span())
            found.append((name, match.group(0)))
    return found


def understand(
    query: str,
    municipalities: Sequence[str] = (),
    committees: Sequence[str] = (),
    periods: Sequence[str] | None = None,
) -> Understood:
    """The chips of a question, given what the archive holds; a year or month becomes a filter only when
    some report of ``periods`` (all, when None) falls in it ("budget i balans till 2025" in a report of
    2024 is about the year aimed at, not the report's)."""
    chips: list[Chip] = []
    for name, words in _named(query, municipalities):
        chips.append(Chip("municipality", name, name, words))
    for name, words in _named(query, committees):
        chips.append(Chip("committee", name, name, words))
    for match in _PERIOD.finditer(query):
        year, month = match.group("year"), match.group("month")
        value = f"{year}-{MONTHS[month.lower()]:02d}" if month else year
        if periods is not None and not any(p and p.startswith(value) for p in periods):
            continue
        chips.append(Chip("period", value, f"{month.lower()} {year}" if month else year, match.group(0)))
    negative, positive = _NEGATIVE.search(query), _POSITIVE.search(query)
    if negative and not positive:
        chips.append(Chip("direction", "negative", DIRECTION_LABELS["negative"], negative.group(0)))
    elif positive and not negative:
        chips.append(Chip("direction", "positive", DIRECTION_LABELS["positive"], positive.group(0)))
    investment, operations = _INVESTMENT.search(query), _OPERATIONS.search(query)
    if investment and not operations:
        chips.append(Chip("investment", "investment", "investering", investment.group(0)))
    elif operations and not investment:
        chips.append(Chip("investment", "operations", "drift", operations.group(0)))
    cue_words, phrases = cause_cues()
    found: list[tuple[int, str, str, str]] = []  # (position, tag, label, words)
    for pattern, tag, label in phrases:
        for match in pattern.finditer(query):
            found.append((match.start(), tag, label, match.group(0)))
    for match in re.finditer(r"[a-zåäöéü-]+", query, re.IGNORECASE):
        hit = cue_words.get(stem(match.group(0).lower()))
        if hit:
            found.append((match.start(), hit[0], hit[1], match.group(0)))
    seen: set[str] = set()
    for _, tag, label, said in sorted(found):
        if tag not in seen:
            seen.add(tag)
            chips.append(Chip("tag", tag, label.lower(), said))
    return Understood(query, tuple(chips))
