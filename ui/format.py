"""Presentation helpers: Swedish amounts, highlighted text, tag chips."""

from __future__ import annotations

import html
import re

from extract.numbers import format_sek

DIRECTION_LABELS = {
    "negative": ":red[▼ sämre än budget]",
    "positive": ":green[▲ bättre än budget]",
    "balanced": ":gray[● i balans]",
}
KIND_LABELS = {"cause": "orsak", "action": "åtgärd", "forecast_change": "prognosförändring", "other": "övrigt"}


def amount(value: float | None) -> str:
    return format_sek(value)


def highlighted(text: str, words: tuple[str, ...]) -> str:
    """HTML with the matched words marked."""
    escaped = html.escape(text).replace("\n", "<br>")
    for word in sorted(set(words), key=len, reverse=True):
        escaped = re.sub(rf"(?<![\wåäöÅÄÖ])({re.escape(html.escape(word))})(?![\wåäöÅÄÖ])", r"<mark>\1</mark>",
                         escaped)
    return escaped


def chip(label: str, title: str = "") -> str:
    return (f'<span title="{html.escape(title)}" style="display:inline-block;padding:1px 8px;margin:2px;'
            f'border-radius:10px;background:#e8eefc;font-size:0.85em">{html.escape(label)}</span>')
