"""A deviation distributed over its parts in one sentence: "Socialnämndens underskott fördelas på äldreomsorgen
med −4,1 mkr och individ- och familjeomsorgen med −2,7 mkr", "Överskottet fördelar sig med 1,2 mnkr på
yrkesprogrammen och 0,7 mnkr på de högskoleförberedande programmen". Each part is an item of its own
(LABELS.md: one claim about one area), going the deviation's way unless its figure is signed."""

from __future__ import annotations

import re

from extract.numbers import Amount, find_amounts, signed_as
from extract.sentences import sentences

_DISTRIBUTED = re.compile(
    r"\b(?P<noun>underskott|överskott|avvikelse|budgetavvikelse)\w*\s+"
    r"(?:fördelas|fördelades|fördelar sig|fördelade sig)\s+(?P<how>på|med)\s+(?P<list>[^.]+)",
    re.IGNORECASE,
)
_SEPARATOR = re.compile(r"(?<!-)\s+(?:och|samt)\s+|,\s+")  # "individ- och familjeomsorgen" is one name
_FIGURE = r"[−\-+]?\s?\d[\d  ,]*\s*(?:tkr|mnkr|mkr|kr|miljoner kronor|tusen kronor)"
_NAME_WITH_FIGURE = re.compile(rf"^(?P<name>[a-zåäöA-ZÅÄÖ][^\d]{{1,60}}?)\s+med\s+{_FIGURE}$")
_FIGURE_ON_NAME = re.compile(
    rf"^{_FIGURE}\s+(?:på|till|inom)\s+(?:de |det |den )?(?P<name>[a-zåäöA-ZÅÄÖ][^\d]{{1,60}})$"
)


def distributed_parts(text: str) -> list[tuple[str | None, Amount | None]]:
    """The parts and their amounts, in order, or [] when no sentence distributes a deviation over two or more."""
    for sentence in sentences(text):
        found = _DISTRIBUTED.search(sentence)
        if found is None:
            continue
        parts = _SEPARATOR.split(found.group("list").strip())
        shape = _NAME_WITH_FIGURE if found.group("how").lower() == "på" else _FIGURE_ON_NAME
        names = [m.group("name").strip() if (m := shape.match(part.strip())) else None for part in parts]
        amounts = [a for a in find_amounts(sentence) if a.sek and a.start >= found.start("list")]
        if len(parts) < 2 or None in names or len(amounts) != len(parts):
            continue
        way = {"underskott": "negative", "överskott": "positive"}.get(found.group("noun").lower())
        signed: list[tuple[str | None, Amount | None]] = []
        for name, amount in zip(names, amounts, strict=True):
            if not amount.explicit_sign:
                if way is None:
                    break
                amount = signed_as(amount, way)
            signed.append(((name or "")[:1].upper() + (name or "")[1:], amount))
        else:
            return signed
    return []
