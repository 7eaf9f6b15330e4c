"""The matching rules of the reference scorer: tokens, field normalisation, agreement, one-to-one pairs.

A prediction can match a gold item of the same file (base name, any case) whose page is at most one
away, when at least 0.6 of the gold text's word tokens (``\\w+`` over NFKC-lowercased text without
soft hyphens, counted with multiplicity) occur in the prediction. Pairs are made one to one, greedily,
best overlap first; ties go by area similarity (only when both name an area), then kind agreement,
then gold priority (a scored cause, then other causes and forecast changes), then the share of the
prediction's tokens found in the gold text, then input order.
"""

from __future__ import annotations

import os
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

Row = Mapping[str, Any]

MATCH_THRESHOLD = 0.6  # share of the gold text's tokens that the prediction must hold
PAGE_TOLERANCE = 1
AREA_THRESHOLD = 0.5  # share of the gold area's tokens that the predicted area must hold
AMOUNT_REL_TOL = 0.005
AMOUNT_ABS_TOL = 1.0  # kronor
MIN_PREFIX = 5  # 'personalkostnader' and 'personalkostnaderna' are one area word
EPSILON = 1e-9
FILE_KEYS = ("file", "source", "source_path", "path", "pdf")

_TOKEN = re.compile(r"\w+")
_DIRECTIONS = {
    "negative": ("negative", "neg", "negativ", "deficit", "underskott", "over_budget"),
    "positive": ("positive", "pos", "positiv", "surplus", "överskott", "under_budget"),
    "balanced": ("balanced", "balance", "i balans", "balans", "neutral"),
}
_KINDS = {
    "cause": ("cause", "explanation", "orsak"),
    "action": ("action", "åtgärd", "measure"),
    "forecast_change": ("forecast_change", "prognosförändring", "forecast-change"),
    "other": ("other", "risk", "övrigt"),
}
_DIRECTION_OF = {alias: name for name, aliases in _DIRECTIONS.items() for alias in aliases}
_KIND_OF = {alias: name for name, aliases in _KINDS.items() for alias in aliases}
_UNITS = ((r"md|miljard", 1e9), (r"mn|mkr|msek|miljon|milj", 1e6), (r"tkr|tusen|kkr|ksek|tsek", 1e3))
_STATED_NUMBER = re.compile(r"\d[\d ]*(?:,\d+)?")
_NUMBER_WORD = re.compile(
    r"\b(en|ett|två|tre|fyra|fem|sex|sju|åtta|nio|tio|elva|tolv|tretton|fjorton|femton|tjugo|trettio"
    r"|fyrtio|femtio)\b"
)


# ---- one field ----------------------------------------------------------------------------------


def tokens(text: object) -> list[str]:
    """Word tokens of NFKC-normalised, lowercased text without soft hyphens."""
    normal = unicodedata.normalize("NFKC", str(text or "")).replace("\u00ad", "").lower()
    return _TOKEN.findall(normal)


def file_key(row: Row) -> str | None:
    """The lowercased base name of the first of ``file``, ``source``, … that the row has."""
    for key in FILE_KEYS:
        value = row.get(key)
        if value:
            return os.path.basename(str(value).replace("\\", "/")).strip().lower()
    return None


def page_of(row: Row) -> int | None:
    value: Any = row.get("page")
    if value is None:
        value = row.get("page_start")
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def _label(value: object) -> str:
    return str(value).strip().lower()


def norm_direction(value: object) -> str | None:
    return None if value is None else _DIRECTION_OF.get(_label(value), _label(value))


def norm_kind(value: object) -> str | None:
    if value is None or str(value).strip() == "":
        return None
    return _KIND_OF.get(_label(value), _label(value))


def tag_set(tags: Iterable[object] | None) -> set[str]:
    """Tag names from strings or ``{"tag": ...}`` objects, lowercased."""
    out = set()
    for tag in tags or ():
        name = tag.get("tag") if isinstance(tag, Mapping) else tag
        if name is not None and _label(name):
            out.add(_label(name))
    return out


def amount_of(value: object) -> float | None:
    """The absolute amount, from a number or a Swedish-written string ('−1 234,5'); else None."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return abs(float(value))
    text = str(value).replace("\u2212", "-").replace("\u2013", "-")
    text = re.sub(r"[\s\u00a0\u202f]", "", text).replace(",", ".")
    try:
        return abs(float(text))
    except ValueError:
        return None


# ---- agreement ----------------------------------------------------------------------------------


def stated_tolerance(amount_text: object) -> float:
    """Half a unit of the last digit the prose states, in kronor: '1,4 mnkr' → 50 000,
    'elva miljoner' → 500 000, '2 500 tkr' → 50 000; 0.0 when the text states no number."""
    if not amount_text:
        return 0.0
    text = str(amount_text).lower().replace("\u00a0", " ").replace("\u202f", " ")
    unit = next((value for pattern, value in _UNITS if re.search(pattern, text)), 1.0)
    number = _STATED_NUMBER.search(text)
    if number:
        digits = number.group(0).strip().replace(" ", "")
        if "," in digits:
            return 0.5 * 10 ** -len(digits.split(",")[1]) * unit
        zeros = len(digits) - len(digits.rstrip("0"))
        return 0.5 * 10 ** min(zeros, len(digits) - 1) * unit
    if _NUMBER_WORD.search(text):
        return 0.5 * unit
    return 0.0


def amount_ok(gold: float, predicted: float | None, tolerance: float = 0.0) -> bool:
    """Within 0.5 % of the gold amount, 1 kr, or ``tolerance``."""
    if predicted is None:
        return False
    return abs(predicted - gold) <= max(AMOUNT_REL_TOL * gold, AMOUNT_ABS_TOL, tolerance)


def _same_word(a: str, b: str) -> bool:
    if a == b:
        return True
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    return len(short) >= MIN_PREFIX and long.startswith(short)


def area_sim(gold_area: object, predicted_area: object) -> float:
    """Share of the gold area's distinct tokens found in the predicted area (1.0 when both are empty)."""
    gold, predicted = set(tokens(gold_area)), set(tokens(predicted_area))
    if not gold:
        return 0.0 if predicted else 1.0
    return sum(any(_same_word(g, p) for p in predicted) for g in gold) / len(gold)


def area_ok(gold_area: object, predicted_area: object) -> bool:
    return area_sim(gold_area, predicted_area) >= AREA_THRESHOLD - EPSILON


# ---- matching -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Item:
    """A gold item or a prediction, tokenised once; ``index`` is its position in its list."""

    row: Row
    index: int
    file: str | None
    page: int | None
    kind: str | None
    words: tuple[str, ...]
    bag: Counter[str]

    @classmethod
    def of(cls, row: Row, index: int) -> Item:
        words = tuple(tokens(row.get("text")))
        return cls(row, index, file_key(row), page_of(row), norm_kind(row.get("kind")), words, Counter(words))

    @property
    def area(self) -> Any:
        return self.row.get("area")

    @property
    def boilerplate(self) -> bool:
        return bool(self.row.get("boilerplate", False))

    @property
    def scored(self) -> bool:
        """A cause that is not boilerplate: what recall and precision count."""
        return self.kind == "cause" and not self.boilerplate


def text_overlap(gold: Item, predicted: Item) -> float:
    """Share of the gold tokens, with multiplicity, that the prediction holds."""
    if not gold.words:
        return 0.0
    common = sum(min(count, predicted.bag[word]) for word, count in gold.bag.items())
    return common / len(gold.words)


def overlap_if_match(gold: Item, predicted: Item) -> float | None:
    """The text overlap when the prediction can match the gold item (file, page, threshold), else None."""
    if gold.file is None or predicted.file != gold.file:
        return None
    if predicted.page is None or gold.page is None or abs(predicted.page - gold.page) > PAGE_TOLERANCE:
        return None
    share = text_overlap(gold, predicted)
    return share if share >= MATCH_THRESHOLD - EPSILON else None


@dataclass(frozen=True)
class Match:
    gold: int  # index into the gold rows
    pred: int  # index into the predicted rows
    overlap: float


def _priority(gold: Item) -> int:
    if gold.scored:
        return 2
    return 1 if gold.kind in ("cause", "forecast_change") else 0


def tie_key(gold: Item, predicted: Item, overlap: float) -> tuple[float, ...]:
    """Higher is better: overlap, area similarity, kind agreement, gold priority, reverse overlap."""
    kind_agrees = 0.5 if predicted.kind is None else float(predicted.kind == gold.kind)
    both_name_areas = tokens(gold.area) and tokens(predicted.area)
    similarity = area_sim(gold.area, predicted.area) if both_name_areas else 0.5
    reverse = text_overlap(predicted, gold) if predicted.words else 0.0
    return (round(overlap, 9), round(similarity, 9), kind_agrees, _priority(gold), round(reverse, 9))


def greedy_match(golds: Sequence[Item], preds: Sequence[Item]) -> dict[int, Match]:
    """One-to-one pairs, best tie key first, then input order; returned by gold index."""
    candidates = []
    for gold in golds:
        for pred in preds:
            overlap = overlap_if_match(gold, pred)
            if overlap is not None:
                key = tuple(-x for x in tie_key(gold, pred, overlap)) + (gold.index, pred.index)
                candidates.append((key, Match(gold.index, pred.index, overlap)))
    candidates.sort(key=lambda candidate: candidate[0])
    taken: set[int] = set()
    out: dict[int, Match] = {}
    for _key, match in candidates:
        if match.gold not in out and match.pred not in taken:
            out[match.gold] = match
            taken.add(match.pred)
    return out
