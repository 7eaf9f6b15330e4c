"""A deviation distributed over its parts in one sentence: "Socialnämndens underskott fördelas på äldreomsorgen
med −4,1 mkr och individ- och familjeomsorgen med −2,7 mkr", "Överskottet fördelar sig med 1,2 mnkr på
yrkesprogrammen och 0,7 mnkr på de högskoleförberedande programmen", "Av underskottet hänförs 2 600 tkr till
hemtjänsten och 800 tkr till korttidsvården". Each part is an item of its own (LABELS.md: one claim about one
area), going the deviation's way unless its figure is signed."""

from __future__ import annotations

import re

from extract.numbers import Amount, find_amounts, signed_as
from extract.sentences import sentences

_DISTRIBUTED = re.compile(
    r"\b(?P<noun>underskott|överskott|avvikelse|budgetavvikelse)\w*\s+"
    r"(?:fördelas|fördelades|fördelar sig|fördelade sig)\s+(?P<how>på|med)\s+(?P<list>[^.]+)",
    re.IGNORECASE,
)
# "Av underskottet hänförs 2 600 tkr till hemtjänsten och 800 tkr till korttidsvården", "Av avvikelsen avser 4,0
# mnkr behandlingsavgifter och 2,7 mnkr materialförsäljning"
_OF_THE_DEVIATION = re.compile(
    r"\bav\s+(?P<noun>underskott|överskott|avvikelse|budgetavvikelse)\w*\s+"
    r"(?:hänförs|hänför sig|avser|förklaras)(?P<how>)\s+(?P<list>[^.]+)",
    re.IGNORECASE,
)
_SEPARATOR = re.compile(r"(?<!-)\s+(?:och|samt)\s+|,\s+")  # "individ- och familjeomsorgen" is one name
_FIGURE = r"[−\-+]?\s?\d[\d  ,]*\s*(?:tkr|mnkr|mkr|kr|miljoner kronor|tusen kronor)"
_NAME_WITH_FIGURE = re.compile(rf"^(?P<name>[a-zåäöA-ZÅÄÖ][^\d]{{1,60}}?)\s+med\s+{_FIGURE}$")
_FIGURE_ON_NAME = re.compile(
    rf"^{_FIGURE}\s+(?:på|till|inom)\s+(?:de |det |den )?(?P<name>[a-zåäöA-ZÅÄÖ][^\d]{{1,60}})$"
)
_FIGURE_THEN_NAME = re.compile(
    rf"^{_FIGURE}\s+(?:(?:på|till|inom|av)\s+)?(?:de |det |den )?(?P<name>[a-zåäöA-ZÅÄÖ][^\d]{{1,60}})$"
)
_SHAPES = {"på": _NAME_WITH_FIGURE, "med": _FIGURE_ON_NAME, "": _FIGURE_THEN_NAME}


def distributed_parts(text: str) -> list[tuple[str | None, Amount | None]]:
    """The parts and their amounts, in order, or [] when no sentence distributes a deviation over two or more.
    A part's figure is signed the deviation's way where the deviation is named a surplus or a deficit, else
    it stays as printed."""
    for sentence in sentences(text):
        found = _DISTRIBUTED.search(sentence) or _OF_THE_DEVIATION.search(sentence)
        if found is None:
            continue
        parts = _SEPARATOR.split(found.group("list").strip())
        shape = _SHAPES[found.group("how").lower()]
        names = [m.group("name").strip() if (m := shape.match(part.strip())) else None for part in parts]
        amounts = [a for a in find_amounts(sentence) if a.sek and a.start >= found.start("list")]
        if len(parts) < 2 or None in names or len(amounts) != len(parts):
            continue
        way = {"underskott": "negative", "överskott": "positive"}.get(found.group("noun").lower())
        return [
            (
                name[:1].upper() + name[1:],
                amount if amount.explicit_sign or way is None else signed_as(amount, way),
            )
            for name, amount in zip(names, amounts, strict=True)
            if name is not None
        ]
    return []
