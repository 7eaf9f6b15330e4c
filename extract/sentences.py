"""Sentences of a passage: split at sentence ends, never after a Swedish abbreviation ("bl.a.", "t.ex.")."""

from __future__ import annotations

import re
from functools import lru_cache

from extract import cues

# a sentence that ends in an abbreviation goes on after it; only its last characters can hold one (the longest,
# "fr.o.m.", and the character before it), so only they are searched
_ABBREVIATION_END = cues.Cue(
    r"\b(t\.ex|bl\.a|dvs|ca|jmf|resp|m\.m|inkl|exkl|s\.k|fr\.o\.m|t\.o\.m|d\.v\.s|o\.s\.v)\.$"
)
_TAIL = 16
# and a caption's number: "Tabell 1. Helårsprognos per kostnadsslag, mnkr"
_CAPTION_NUMBER = cues.Cue(r"^(tabell|diagram|figur|bild|bilaga|graf)\s*\d+\.$")
_SENTENCE_SPLIT = re.compile(  # each alternative opens on a character class: a quick test at most positions
    r"\s(?<=[.!?]\s)\s*(?=[A-ZÅÄÖ0-9•\"”(–-])|\s(?<=[.!?]\)\s)\s*(?=[A-ZÅÄÖ])|\n"
)


def sentences(text: str) -> list[str]:
    return list(_sentences(text))


@lru_cache(maxsize=4096)
def _sentences(text: str) -> tuple[str, ...]:
    parts: list[str] = []
    for piece in _SENTENCE_SPLIT.split(text):
        piece = piece.strip()
        if not piece:
            continue
        if parts and parts[-1].endswith(".") and _goes_on(parts[-1]):
            parts[-1] = parts[-1] + " " + piece
        else:
            parts.append(piece)
    return tuple(parts)


def _goes_on(sentence: str) -> bool:
    return (
        _ABBREVIATION_END.search(sentence[-_TAIL:]) is not None or _CAPTION_NUMBER.match(sentence) is not None
    )


def clear_cache() -> None:
    """Forget the sentences of earlier passages, and the cues' answers about them (caches serve one
    report)."""
    _sentences.cache_clear()
    cues.forget_texts()
