"""Sentences of a passage: split at sentence ends, never after a Swedish abbreviation ("bl.a.", "t.ex.")."""

from __future__ import annotations

import re
from functools import lru_cache

from extract import cues

_ABBREVIATIONS = cues.Cue(  # and a caption's number: "Tabell 1. Helårsprognos per kostnadsslag, mnkr"
    r"\b(t\.ex|bl\.a|dvs|ca|jmf|resp|m\.m|inkl|exkl|s\.k|fr\.o\.m|t\.o\.m|d\.v\.s|o\.s\.v)\.$|"
    r"^(tabell|diagram|figur|bild|bilaga|graf)\s*\d+\.$"
)
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
        if parts and parts[-1].endswith(".") and _ABBREVIATIONS.search(parts[-1]):
            parts[-1] = parts[-1] + " " + piece
        else:
            parts.append(piece)
    return tuple(parts)


def clear_cache() -> None:
    """Forget the sentences of earlier passages, and the cues' answers about them (caches serve one
    report)."""
    _sentences.cache_clear()
    cues.forget_texts()
