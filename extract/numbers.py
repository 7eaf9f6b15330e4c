"""Swedish amounts: "-1 172 630", "17,2 mkr", "- 1 129,5", "−3,0 mnkr", "(3,2)", "cirka 35 mkr", "400 tkr",
and amounts in words: "elva miljoner kronor", "en halv miljon", "en kvarts miljon", "tvåhundra tusen kronor".

Thousands are separated by a space, a no-break or thin space (or nothing); decimals by a comma.
Minus comes as "-", "−" (U+2212) or "–" (en dash), possibly separated by a space, or as brackets.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from extract.cues import lower

MINUS = "-\u2212\u2013\u2012"
SPACES = " \u00a0\u202f\u2009\u2007"
_NO_SPACES = str.maketrans("", "", SPACES)
_WHITESPACE = re.compile(r"\s+")

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
    "miljoner kr": 1e6,
    "milj": 1e6,
    "tusen kr": 1e3,
    "miljard kronor": 1e9,
    "miljard": 1e9,
    "mdr": 1e9,
    "mdr kr": 1e9,
}

_NUM = (
    rf"(?P<sign>[{MINUS}+]\s?)?"
    rf"(?P<int>\d{{1,3}}(?:[{SPACES}]\d{{3}})+|\d+)?"
    r"(?:,(?P<dec>\d+))?"
)
_FOOTNOTE_MARKS = "¹²³⁴⁵⁶⁷⁸⁹⁰"
# a trailing minus is a negative figure in some financial systems' exports: "1 500-"
NUMBER_RE = re.compile(rf"^\s*(?:\((?P<paren>[^()]+)\)|{_NUM}(?P<trailing>(?<=\d)[{MINUS}])?)\s*$")
_UNIT_ALT = "|".join(sorted((re.escape(u) for u in UNIT_FACTORS), key=len, reverse=True))
AMOUNT_RE = re.compile(
    rf"(?<![\w,.])(?P<approx>(?:cirka|ca\.?|drygt|knappt|nästan|runt|omkring|ungefär)\s+)?"
    rf"(?P<sign>[{MINUS}+]\s?|(?:minus|plus)\s+)?"  # the sign in words: "Funktionsstöd, minus 2,2 mnkr"
    rf"(?:(?P<int>\d{{1,3}}(?:[{SPACES}]\d{{3}})+|\d+)(?:,(?P<dec>\d+))?|,(?P<lost>\d+))"  # ",4" lost its zero
    rf"\s?(?P<unit>{_UNIT_ALT}|%|procent)(?![^\W{_FOOTNOTE_MARKS}])"  # a footnote mark may follow: "61 mnkr¹"
)  # matched in lower-cased text (extract.cues.lower): IGNORECASE made it a fifth slower
_DIGIT = re.compile(r"\d")
# a figure that takes the unit of the one after it in a sentence with "respektive": "7,8 respektive 3,1 mnkr",
# "21 respektive 7 mnkr", "Pensionskostnaderna respektive räntekostnaderna … 0,9 och 0,6 mnkr"
_BORROWS_UNIT = re.compile(
    rf"(?<![\w,.])(?P<sign>[{MINUS}+]\s?)?(?P<int>\d{{1,3}}(?:[{SPACES}]\d{{3}})+|\d+)(?:,(?P<dec>\d+))?"
    r"\s+(?:respektive|och)\s+$"
)
# one more figure before it in the list: "−245, −118 respektive −96 miljoner kronor"
_LISTED_BEFORE = re.compile(
    rf"(?<![\w,.])(?P<sign>[{MINUS}+]\s?)?(?P<int>\d{{1,3}}(?:[{SPACES}]\d{{3}})+|\d+)(?:,(?P<dec>\d+))?,\s+$"
)
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
    signed_by_words: bool = False  # the sign read from its own words ("0,3 mnkr mer"), not printed
    # worked out as a level minus its budget's ("31,6 mnkr, att jämföra med … 36,5 mnkr")
    difference: bool = False

    @property
    def is_percent(self) -> bool:
        return self.unit == "%"


def _to_float(sign: str | None, integer: str | None, decimals: str | None) -> float | None:
    if not integer and not decimals:
        return None
    digits = (integer or "0").translate(_NO_SPACES)
    value = float(f"{digits}.{decimals}") if decimals else float(digits)
    if sign and sign.strip() and (sign.strip() in MINUS or sign.strip() == "minus"):
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
    value = _to_float(match.group("sign"), match.group("int"), match.group("dec"))
    return -abs(value) if match.group("trailing") and value is not None else value


def normalise_unit(unit: str) -> str:
    key = _WHITESPACE.sub(" ", unit.strip().lower())
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


_SMALL_WORDS = "noll ett två tre fyra fem sex sju åtta nio tio elva tolv tretton fjorton femton sexton sjutton arton nitton"
_TENS_WORDS = "tjugo trettio fyrtio femtio sextio sjuttio åttio nittio"
_WORD_VALUES = {
    **{word: n for n, word in enumerate(_SMALL_WORDS.split(" "))},
    **{word: 10 * n for n, word in enumerate(_TENS_WORDS.split(" "), start=2)},
    "en": 1,
    "aderton": 18,
}
_WORD_PART = re.compile("|".join(sorted(_WORD_VALUES, key=len, reverse=True)))  # "tretton" before "tre"
# the unit a number word stands before: "elva miljoner kronor", "en halv miljon", "femhundra tusen kronor"
_WORD_UNIT = re.compile(
    r"(?<![\wåäö])(?:miljon(?:er)?|miljard(?:er)?|tusen(?=\s+kr))(?:\s+(?:kronor|kr))?(?!\w)"
)
_WORDS_BEFORE = re.compile(
    r"(?<![\wåäö])(?:(?P<approx>cirka|ca\.?|drygt|knappt|nästan|runt|omkring|ungefär|uppemot|närmare)\s+)?"
    r"(?P<sign>minus\s+|plus\s+)?(?:(?P<roughly>(?:en|ett)\s+(?:dryg|knapp|god))|"  # "en dryg miljon kronor"
    r"(?P<quarters>(?:en|ett|tre)\s+kvarts)|"  # "ungefär en kvarts miljon kronor"
    r"(?P<num>[a-zåäö]+)(?P<half>\s+och\s+en\s+halv)?|(?P<halfonly>(?:en|ett)\s+halv))"
    r"\s+$"
)


_HUNDREDS_OF_THOUSANDS = re.compile(
    r"(?<![\wåäö])(?:(?P<approx>cirka|ca\.?|drygt|knappt|nästan|runt|omkring|ungefär)\s+)?"
    r"(?P<num>[a-zåäö]*hundra[a-zåäö]*?)tusen\s+(?:kronor|kr)(?!\w)"
)


def _below_hundred(word: str) -> int | None:
    """'elva' -> 11, 'tjugofem' -> 25, 'trettioen' -> 31; None when ``word`` is not a number."""
    first = _WORD_PART.match(word)
    if first is None:
        return None
    value, rest = _WORD_VALUES[first.group()], word[first.end() :]
    if not rest:
        return value
    unit = _WORD_VALUES.get(rest)
    return value + unit if value >= 20 and value % 10 == 0 and unit is not None and unit < 10 else None


def number_word(word: str) -> int | None:
    """A Swedish number written as one word, below a thousand: 'tre' -> 3, 'tvåhundrafemtio' -> 250."""
    if "hundra" not in word:
        return _below_hundred(word)
    before, _, after = word.partition("hundra")
    hundreds = _below_hundred(before) if before else 1
    rest = _below_hundred(after) if after else 0
    if hundreds is None or rest is None or hundreds >= 10:
        return None
    return 100 * hundreds + rest


def _word_amounts(text: str, low: str) -> list[Amount]:
    """Amounts written in words before a unit word: "elva miljoner kronor", "drygt en halv miljon"."""
    found = []
    for unit_match in _WORD_UNIT.finditer(low):
        window_start = max(0, unit_match.start() - 60)
        m = _WORDS_BEFORE.search(low, window_start, unit_match.start())
        if m is None:
            continue
        if m.group("halfonly"):
            value: float | None = 0.5
        elif m.group("quarters"):
            value = 0.75 if m.group("quarters").startswith("tre") else 0.25
        elif m.group("roughly"):
            value = 1.0
        else:
            whole = number_word(m.group("num"))
            value = None if whole is None else whole + (0.5 if m.group("half") else 0.0)
        if value is None:
            continue
        sign = (m.group("sign") or "").strip()
        value = -value if sign == "minus" else value
        unit = normalise_unit(unit_match.group())
        opening = next(g for g in ("num", "roughly", "halfonly", "quarters") if m.group(g))
        start = m.start("sign") if sign else m.start(opening)
        found.append(
            Amount(
                value=value,
                unit=unit,
                sek=value * UNIT_FACTORS[unit],
                approximate=bool(m.group("approx") or m.group("roughly")),
                start=start,
                end=unit_match.end(),
                explicit_sign=bool(sign),
                bracketed=text.count("(", 0, start) > text.count(")", 0, start),
            )
        )
    for m in _HUNDREDS_OF_THOUSANDS.finditer(low):  # "drygt sexhundratusen kronor": one word
        hundreds = number_word(m.group("num"))
        if hundreds is not None:
            found.append(
                Amount(
                    value=float(hundreds),
                    unit="tkr",
                    sek=hundreds * UNIT_FACTORS["tkr"],
                    approximate=bool(m.group("approx")),
                    start=m.start("num"),
                    end=m.end(),
                    explicit_sign=False,
                    bracketed=text.count("(", 0, m.start()) > text.count(")", 0, m.start()),
                )
            )
    return found


@lru_cache(maxsize=8192)
def _find_amounts(text: str) -> tuple[Amount, ...]:
    digits = _DIGIT.search(text) is not None
    words = "milj" in text or "tusen" in text or "Milj" in text or "Tusen" in text
    if not digits and not words:  # most prose sentences: no need to try the patterns at every position
        return ()
    low = lower(text)
    found = _word_amounts(text, low) if words else []
    if not digits:
        return tuple(found)
    for m in AMOUNT_RE.finditer(low):
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
    if "respektive" in low:
        found += _unit_borrowed(text, low, found)
        words = True
    if words:
        found.sort(key=lambda a: a.start)
    return tuple(found)


def _unit_borrowed(text: str, low: str, found: list[Amount]) -> list[Amount]:
    """The figures before "respektive" that print no unit of their own, in the unit of the figure after."""
    borrowed = []
    for amount in found:
        if amount.unit == "%":
            continue
        pattern, before = _BORROWS_UNIT, amount.start
        # the figure right before "respektive", then each before it in the list
        while (m := pattern.search(low, max(0, before - 40), before)) is not None:
            value = _to_float(m.group("sign"), m.group("int"), m.group("dec"))
            if value is None:
                break
            before = m.start("sign") if m.group("sign") else m.start("int")
            borrowed.append(
                replace(
                    amount,
                    value=value,
                    sek=None if amount.sek is None else value * UNIT_FACTORS[amount.unit],
                    approximate=False,
                    start=before,
                    end=m.end("dec") if m.group("dec") else m.end("int"),
                    explicit_sign=bool(m.group("sign") and m.group("sign").strip()),
                    bracketed=text.count("(", 0, m.start()) > text.count(")", 0, m.start()),
                )
            )
            pattern = _LISTED_BEFORE
    return borrowed


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


def signed_as(amount: Amount, direction: str) -> Amount:
    """The amount with the sign of its direction ("positive" or "negative")."""
    sign = 1 if direction == "positive" else -1
    return replace(
        amount,
        value=sign * abs(amount.value),
        sek=sign * abs(amount.sek or 0),
        explicit_sign=True,
        signed_by_words=True,
    )
