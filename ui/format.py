"""Presentation helpers: Swedish amounts, numbers, periods and plurals, highlighted text, tag chips."""

from __future__ import annotations

import html
import re

from extract.numbers import format_sek

DIRECTION_LABELS = {
    "negative": ":red[▼ sämre än budget]",
    "positive": ":green[▲ bättre än budget]",
    "balanced": ":gray[● i balans]",
}
DIRECTION_WORDS = {"negative": "sämre än budget", "positive": "bättre än budget", "balanced": "i balans"}
KIND_LABELS = {
    "cause": "orsak",
    "action": "åtgärd",
    "forecast_change": "prognosförändring",
    "other": "övrigt",
}
MONTHS = (
    "januari",
    "februari",
    "mars",
    "april",
    "maj",
    "juni",
    "juli",
    "augusti",
    "september",
    "oktober",
    "november",
    "december",
)
UNKNOWN_MUNICIPALITY = "Okänd kommun"


def amount(value: float | None) -> str:
    """ "−9,6 mnkr"; a plus sign on a surplus, so that the sign is never in doubt."""
    return ("+" if value is not None and value > 0 else "") + format_sek(value)


def period_label(period: str | None) -> str:
    """ "2024-05" -> "maj 2024"; "2024" -> "helår 2024"; anything else as it is."""
    if not period:
        return "okänd period"
    match = re.fullmatch(r"(\d{4})(?:-(\d{2}))?", period)
    if not match:
        return period
    year, month = match.groups()
    if month is None:
        return f"helår {year}"
    return f"{MONTHS[int(month) - 1]} {year}" if 1 <= int(month) <= 12 else period


def municipality_label(name: str | None) -> str:
    return name or UNKNOWN_MUNICIPALITY


def number(value: float, decimals: int = 0) -> str:
    """Swedish digits: a (no-break) space between thousands, a decimal comma, a real minus sign."""
    text = f"{abs(value):,.{decimals}f}".replace(",", "\u00a0").replace(".", ",")
    return ("\u2212" if value < 0 and round(abs(value), decimals) else "") + text


def count(n: int, singular: str, plural: str) -> str:
    """ "1 träff", "2 träffar", "1 234 förklaringar": the number in Swedish digits and the word that fits it."""
    return f"{number(n)} {singular if n == 1 else plural}"


def highlighted(text: str, words: tuple[str, ...]) -> str:
    """HTML with the matched words marked."""
    escaped = html.escape(text).replace("\n", "<br>")
    for word in sorted(set(words), key=len, reverse=True):
        escaped = re.sub(
            rf"(?<![\wåäöÅÄÖ])({re.escape(html.escape(word))})(?![\wåäöÅÄÖ])", r"<mark>\1</mark>", escaped
        )
    return escaped


def chip(label: str, title: str = "", tone: str = "blue") -> str:
    background = {"blue": "#e8eefc", "green": "#dff3e4", "red": "#fbe3e3", "gray": "#eeeeee"}[tone]
    return (
        f'<span title="{html.escape(title)}" style="display:inline-block;padding:1px 9px;'
        f"margin:2px 3px 2px 0;"
        f'border-radius:10px;background:{background};font-size:0.85em;cursor:help">{html.escape(label)}</span>'
    )


def evidence_title(evidence: str, score: float, source: str) -> str:
    """The hover text of a tag chip: why the tag was given."""
    who = {"review": "granskad", "rule": "regel", "model": "modell"}.get(source, source)
    said = f"”{evidence}”" if evidence else "inget citat"
    return f"{said} · {who}, säkerhet {score:.2f}".replace(".", ",")
