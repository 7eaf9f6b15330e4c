"""Label helpers for the written reports: short constructors whose amounts are read from the very text
that is drawn, so a label's ``amount_text`` is always a verbatim piece of its passage (or table cell).

    C("Hemtjänst", "−4 120 tkr", "-", "volymer", "sjukfranvaro")   a cause, amount from the prose
    C("Personalkostnader", "-871", "+", "vakanser", unit="tkr", table=True)   amount from the table row
    C("Verksamhetens intäkter", "elva miljoner kronor", "+", value=11e6)   amount in words
    A(None, "1,2 mnkr", "bemanning")   an action with its stated effect
    F(None, "2,1 mnkr", "-")   a forecast change; O(...) other; BP(...) an "i balans" cause (boilerplate)

Directions: "-" negative (cost over or revenue under budget), "+" positive, "0" balanced, None.
"""

from __future__ import annotations

import re

from spec import Label, Para

TAGS = {
    "vikarier",
    "overtid",
    "sjukfranvaro",
    "inhyrd_personal",
    "vakanser",
    "bemanning",
    "lonekostnader",
    "kopt_verksamhet",
    "volymer",
    "statsbidrag",
    "avgifter_intakter",
    "ersattning_fk",
    "lokaler",
    "prisokningar",
    "it_digitalisering",
    "material_hjalpmedel",
    "ekonomiskt_bistand",
    "periodisering",
    "omstallning",
    "reserver",
    "ovrigt",
}
DIRECTIONS = {"-": "negative", "+": "positive", "0": "balanced", None: None}
UNITS = (
    (r"\btkr\b|tusen kronor|\btusen\b|\bksek\b|\btsek\b", 1e3),
    (r"\bmnkr\b|\bmkr\b|\bmn kr\b|miljoner|miljon\b|\bmsek\b|\bmiljard", 1e6),
    (r"\bkr\b|\bkronor\b", 1.0),
)
UNIT_SCALE = {"tkr": 1e3, "mnkr": 1e6, "mkr": 1e6, "kr": 1.0}
NUMBER = re.compile(r"\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:,\d+)?|\d+(?:,\d+)?")


def parse_amount(text: str, unit: str | None = None) -> int:
    """Positive kronor from an amount as written: '−4 120 tkr', '12,5 mnkr', '(3,2)' with unit 'mnkr'."""
    match = NUMBER.search(text)
    if not match:
        raise ValueError(f"no number in amount text {text!r}")
    number = float(re.sub(r"[ \u00a0\u202f]", "", match.group(0)).replace(",", "."))
    scale = None
    for pattern, value in UNITS:
        if re.search(pattern, text.lower()):
            scale = value
            break
    if scale is None:
        if unit is None:
            raise ValueError(f"no unit in amount text {text!r}")
        scale = UNIT_SCALE[unit]
    return int(round(number * scale))


def _label(
    kind: str,
    area: str | None,
    amount: str | None,
    direction: str | None,
    tags: tuple[str, ...],
    *,
    unit: str | None = None,
    value: float | None = None,
    table: bool = False,
    boilerplate: bool = False,
    note: str | None = None,
    also: tuple[Label, ...] = (),
) -> Label:
    unknown = set(tags) - TAGS
    if unknown:
        raise ValueError(f"unknown tags {unknown}")
    if direction not in DIRECTIONS:
        raise ValueError(f"direction {direction!r}")
    sek: int | None = None
    if amount is not None:
        sek = int(round(value)) if value is not None else parse_amount(amount, unit)
    elif value is not None:
        sek = int(round(value))
    return Label(
        kind,
        area,
        DIRECTIONS[direction],
        sek,
        tags=tuple(tags),
        boilerplate=boilerplate,
        amount_text=amount,
        amount_source=None if sek is None else ("table" if table else "prose"),
        note=note,
        also=also,
    )


def C(area: str | None, amount: str | None = None, direction: str | None = None, *tags: str, **kw) -> Label:  # noqa: N802
    """A cause: a deviation from budget and/or why."""
    return _label("cause", area, amount, direction, tags, **kw)


def A(area: str | None = None, amount: str | None = None, *tags: str, **kw) -> Label:  # noqa: N802
    """An action (åtgärd); the amount is its stated effect."""
    return _label("action", area, amount, kw.pop("direction", None), tags, **kw)


def F(area: str | None, amount: str | None = None, direction: str | None = None, *tags: str, **kw) -> Label:  # noqa: N802
    """A change against the previous forecast or month."""
    return _label("forecast_change", area, amount, direction, tags, **kw)


def O(area: str | None = None, *tags: str, **kw) -> Label:  # noqa: N802, E743
    """Other: risks, context, financing, year-on-year comparisons, findings about others."""
    amount = kw.pop("amount", None)
    direction = kw.pop("direction", None)
    return _label("other", area, amount, direction, tags, **kw)


def BP(area: str | None = None, amount: str | None = None, **kw) -> Label:  # noqa: N802
    """An "i balans" statement with no cause: kind cause, boilerplate, never scored."""
    return _label("cause", area, amount, "0", (), boilerplate=True, **kw)


def BF(area: str | None = None, amount: str | None = None, **kw) -> Label:  # noqa: N802
    """A "no change since last forecast" statement: kind forecast_change, boilerplate."""
    direction = kw.pop("direction", None)
    return _label("forecast_change", area, amount, direction, (), boilerplate=True, **kw)


def HP(head: str, text: str, label: Label | None, level: int = 3) -> Para:  # noqa: N802
    """A paragraph under a heading that carries its area and amount; the heading is part of the item."""
    return Para(((text, label),), head=head, head_level=level)


def LP(lead: str, text: str, label: Label | None, *more: tuple[str, Label | None]) -> Para:  # noqa: N802
    """A paragraph opened by bold run-in words ("Hemtjänst:"), which are part of the first item."""
    return Para(((text, label), *more), lead=lead)
