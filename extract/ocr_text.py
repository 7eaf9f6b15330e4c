"""OCR's words mended: dust, table rules and logo noise dropped, bullets and "w" for "vv" set right, and
the usual misreadings in numbers undone (O for 0, l for 1, a dash for the minus sign, a point for the
decimal comma or between thousands, a lost thousands space)."""

from __future__ import annotations

import re
from dataclasses import dataclass

GARBAGE_CONF = 50  # Tesseract's confidence (0-100) below which a short or capitalised word is noise


@dataclass(slots=True)
class Word:
    text: str
    box: tuple[float, float, float, float]  # image pixels
    conf: float


_RULES = re.compile(r"^[|¦‖\[\]{}_~¬]+$")
BULLET_LIKE = frozenset("•·∙◦*°©®»«:;.=+eo¢")  # what Tesseract makes of a bullet at a line's start
SPECK = re.compile(r"^[.,:;'`‘’\"»«*^°·]{1,2}$")
_LIGATURES = str.maketrans({"ﬁ": "fi", "ﬂ": "fl", "ﬀ": "ff", "ﬃ": "ffi", "ﬄ": "ffl", "—": "–"})


def _garbage(word: Word) -> bool:
    """A word Tesseract made up from a picture, a logo or dirt: unsure of it, short or in capitals, and
    no number (the few words of real text it is unsure of are long lower-case ones behind odd
    punctuation)."""
    if word.conf >= GARBAGE_CONF or any(c.isdigit() for c in word.text):
        return False  # a number Tesseract is unsure of is still the best reading of a number
    letters = [c for c in word.text if c.isalnum()]
    return len(letters) <= 3 or sum(c.isupper() for c in letters) * 2 >= len(letters)


# "vv" (Avv., Avvikelse) set tight reads as "w" beside a "v"; Swedish words have no "vw" or "wv"
_DOUBLE_V = re.compile(r"v?w+v|vw+", re.IGNORECASE)


def _double_v(match: re.Match[str]) -> str:
    return "VV" if match.group().isupper() else "vv"


def clean_word(text: str, following: str = "") -> str:
    """Ligatures split; an em dash is the en dash Swedish uses; a double v read with a "w" in it is
    a double v ("Awv." -> "Avv."); a table rule stuck to the word is dropped; a number with a letter
    for a digit is mended ("2O24" -> "2024", and "O" or "l" alone before a unit: "O miljoner"), and
    a decimal point before a unit is the comma it was ("5.4 mnkr")."""
    text = text.translate(_LIGATURES).strip("|")
    if "w" in text or "W" in text:
        text = _DOUBLE_V.sub(_double_v, text)
    if text in _DIGIT_ALONE and _UNIT_NEXT.match(following):
        return _DIGIT_ALONE[text]
    if _NUMBER_WORD.match(text) and sum(c.isdigit() for c in text) > sum(c.isalpha() for c in text):
        text = text.translate(_DIGIT_LIKE)
    if "." in text and _UNIT_NEXT.match(following):
        text = _DOT_DECIMALS.sub(",", text)  # "5.4 mnkr" was "5,4 mnkr"
    return text


_DIGIT_ALONE = {"O": "0", "o": "0", "l": "1", "I": "1"}
_UNIT_NEXT = re.compile(r"(miljon|miljard|mnkr|mkr|tkr|kr\b|kronor|procent|%)", re.IGNORECASE)
_NUMBER_WORD = re.compile(r"^[-–(]?[\dOolI]+(?:,[\dOolI]+)?[)%,.:;]?$")


def clean_words(words: list[Word]) -> list[Word]:
    """Drop table rules read as characters and made-up words; mend the others (``clean_word``)."""
    kept = [word for word in words if not (_RULES.match(word.text) or _garbage(word))]
    mended = []
    for i, word in enumerate(kept):
        text = clean_word(word.text, kept[i + 1].text if i + 1 < len(kept) else "")
        if text:
            mended.append(Word(text, word.box, word.conf))
    return mended


_NUMERIC_CELL = re.compile(r"^[-–−+(]?\s?[\dOolI|SB]{1,3}([ .,]?[\dOolI|SB]{3})*(,\d+|\.\d{1,2})?\)?%?$")
_DIGIT_LIKE = str.maketrans({"O": "0", "o": "0", "l": "1", "I": "1", "|": "1", "S": "5", "B": "8"})
_DOT_THOUSANDS = re.compile(r"(?<=\d)\.(?=\d{3}(?!\d))")
_DOT_DECIMALS = re.compile(r"(?<=\d)\.(?=\d{1,2}(?!\d))")  # Swedish decimals take a comma: "5.7" was "5,7"
_EDGE_JUNK = " |/\\[]!'`‘’,.:;_"  # table rules and dust beside a number in its cell
_GROUPS = re.compile(r"^(?P<sign>[-–−+]?\s?)(?P<head>\d{4,})(?P<tail>(?: \d{3})+)$")


def clean_cell(text: str) -> str:
    """A cell that is a number once misread glyphs are mended ("1O 5l2" -> "10 512", "—896" -> "-896",
    "18.349" -> "18 349", "5.7" -> "5,7", "1131 226" -> "1 131 226", "3 136/" -> "3 136"); other text
    is left as it is."""
    if not any(c.isdigit() for c in text):
        return text
    core = text.strip(_EDGE_JUNK) if text[-1] != ")" else text
    if not core or not (_NUMERIC_CELL.match(core) or _NUMERIC_CELL.match(core.replace(" ", ""))):
        return text
    if sum(c.isdigit() for c in core) <= sum(c.isalpha() for c in core):
        return text  # more letters than digits: a word, not a misread number
    mended = _DOT_THOUSANDS.sub(" ", core.translate(_DIGIT_LIKE))
    mended = _DOT_DECIMALS.sub(",", mended)
    mended = re.sub(r"^[–−](?=\s?\d)", "-", mended)
    if groups := _GROUPS.match(mended):  # a lost thousands space: "1131 226" is 1 131 226
        digits = groups["head"] + groups["tail"].replace(" ", "")
        head = len(digits) % 3 or 3
        regrouped = " ".join([digits[:head], *(digits[i : i + 3] for i in range(head, len(digits), 3))])
        mended = groups["sign"] + regrouped
    return mended
