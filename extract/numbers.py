"""Swedish amounts: "-1 172 630", "17,2 mkr", "- 1 129,5", "−3,0 mnkr", "(3,2)", "cirka 35 mkr", "400 tkr".

Thousands are separated by a space, a no-break or thin space (or nothing); decimals by a comma.
Minus comes as "-", "−" (U+2212) or "–" (en dash), possibly separated by a space, or as brackets.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from extract.cues import lower

MINUS = "-\u2212\u2013\u2012"
SPACES = " \u00a0\u202f\u2009\u2007"

UNIT_FACTORS: dict[str, float] = {
    "kr": 1.0,
    "kronor": 1.0,
    "tkr": 1e3,
    "tusen kronor": 1e3,
    "mkr": 1e6,
    "mnkr": 1e6,
    "mkr.": 1e6,
    "miljoner kronor": 1e6,
    "miljoner": 1e6,
    "miljon kronor": 1e6,
    "miljon": 1e6,
    "mdkr": 1e9,
    "miljarder kronor": 1e9,
    "miljarder": 1e9,
    # less common spellings: "12 MSEK", "450 KSEK", "4 milj. kr", "2,3 mn kr"
    "msek": 1e6,
    "ksek": 1e3,
    "tsek": 1e3,
    "kkr": 1e3,
    "milj. kr": 1e6,
    "milj kr": 1e6,
    "milj.": 1e6,
    "mn kr": 1e6,
}

_NUM = (
    rf"(?P<sign>[{MINUS}+]\s?)?"
    rf"(?P<int>\d{{1,3}}(?:[{SPACES}]\d{{3}})+|\d+)?"
    r"(?:,(?P<dec>\d+))?"
)
NUMBER_RE = re.compile(rf"^\s*(?:\((?P<paren>[^()]+)\)|{_NUM})\s*$")
_UNIT_ALT = "|".join(sorted((re.escape(u) for u in UNIT_FACTORS), key=len, reverse=True))
AMOUNT_RE = re.compile(
    rf"(?<![\w,.])(?P<approx>(?:cirka|ca\.?|drygt|knappt|nästan|runt|omkring|ungefär)\s+)?"
    rf"(?P<sign>[{MINUS}+]\s?)?"
    rf"(?:(?P<int>\d{{1,3}}(?:[{SPACES}]\d{{3}})+|\d+)(?:,(?P<dec>\d+))?|,(?P<lost>\d+))"  # ",4" lost its zero
    rf"\s?(?P<unit>{_UNIT_ALT}|%|procent)(?![\wåäö])"
)  # matched in lower-cased text (extract.cues.lower): IGNORECASE made it a fifth slower
_DIGIT = re.compile(r"\d")
_CAPTION_RE = re.compile(
    r"\b(tkr|mnkr|mkr|mdkr|msek|ksek|tsek|kkr|tusen kronor|miljoner kronor|kronor|kr)\b", re.IGNORECASE
)


@dataclass(frozen=True)
class Amount:
    value: float  # as printed, signed
    unit: str  # normalised unit key of UNIT_FACTORS, or "%"
    sek: float | None  # kronor, None for percentages
    approximate: bool
    start: int
    end: int
    explicit_sign: bool
    bracketed: bool = False  # inside brackets: last month's value or a comparison, not the deviation

    @property
    def is_percent(self) -> bool:
        return self.unit == "%"


def _to_float(sign: str | None, integer: str | None, decimals: str | None) -> float | None:
    if not integer and not decimals:
        return None
    digits = re.sub(rf"[{SPACES}]", "", integer or "0")
    value = float(f"{digits}.{decimals}") if decimals else float(digits)
    if sign and sign.strip() and sign.strip() in MINUS:
        value = -value
    return value


@lru_cache(maxsize=16384)
def parse_number(text: str) -> float | None:
    """Parse one table cell or number: returns None when the text is not a number."""
    cleaned = text.strip().replace("\u00a0", " ")
    if cleaned in {"", "-", "–", "−"}:
        return None
    match = NUMBER_RE.match(cleaned)
    if not match:
        return None
    if match.group("paren") is not None:
        inner = parse_number(match.group("paren"))
        return None if inner is None else -abs(inner)
    return _to_float(match.group("sign"), match.group("int"), match.group("dec"))


def normalise_unit(unit: str) -> str:
    key = re.sub(r"\s+", " ", unit.strip().lower())
    if key in {"%", "procent"}:
        return "%"
    if key == "mkr.":
        return "mkr"
    return key


def unit_factor(unit: str) -> float:
    return UNIT_FACTORS.get(normalise_unit(unit), 1.0)


def find_amounts(text: str) -> list[Amount]:
    """All amounts with a unit in running text, in order."""
    return list(_find_amounts(text))


@lru_cache(maxsize=8192)
def _find_amounts(text: str) -> tuple[Amount, ...]:
    if not _DIGIT.search(text):  # most prose sentences: no need to try the pattern at every position
        return ()
    found = []
    for m in AMOUNT_RE.finditer(lower(text)):
        value = _to_float(m.group("sign"), m.group("int"), m.group("dec") or m.group("lost"))
        if value is None:
            continue
        unit = normalise_unit(m.group("unit"))
        sek = None if unit == "%" else value * UNIT_FACTORS[unit]
        found.append(
            Amount(
                value=value,
                unit=unit,
                sek=sek,
                approximate=bool(m.group("approx")),
                start=m.start("sign")
                if m.group("sign")
                else (m.start("int") if m.group("int") else m.start("lost") - 1),
                end=m.end(),
                explicit_sign=bool(m.group("sign") and m.group("sign").strip()),
                bracketed=text.count("(", 0, m.start()) > text.count(")", 0, m.start()),
            )
        )
    return tuple(found)


def caption_unit(text: str) -> str | None:
    """The unit a table caption or header announces: "Belopp i tkr", "(tkr)", "Mnkr" -> "tkr"/"mnkr"."""
    match = _CAPTION_RE.search(text)
    return normalise_unit(match.group(1)) if match else None


def format_sek(value: float | None) -> str:
    """Readable Swedish format with a real minus sign: -9 600 000 -> "−9,6 mnkr"."""
    if value is None:
        return "–"
    sign = "\u2212" if value < 0 else ""
    magnitude = abs(value)
    if magnitude >= 1e6:
        return f"{sign}{magnitude / 1e6:.1f} mnkr".replace(".", ",")
    if magnitude >= 1e3:
        return f"{sign}{magnitude / 1e3:.0f} tkr"
    return f"{sign}{magnitude:.0f} kr"
