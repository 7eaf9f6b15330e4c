"""A Swedish keyword vector for sparse search: stems, compound parts and numbers, hashed to indices.

Each word gives its Snowball stem; a word of six letters or more also gives its character 4-grams (the
first marked), which stand in for compound splitting: "sjuklönekostnader" shares "sjuk", "jukl", "uklö",
"klön" with "sjuklön", "hyrsjuksköterskor" shares most of its grams with "sjuksköterskor". Amounts are
kept whole ("#9,6", "#1100"), so exact figures are found. Qdrant applies the IDF. The indexed text puts
the municipality, committee and area in front of the explanation (``document_text``): the same text feeds
the dense vector, so "hemtjänsten i Ale" finds Ale's explanation either way.
"""

from __future__ import annotations

import re
import zlib
from collections import Counter
from functools import lru_cache

import snowballstemmer

from extract.types import Explanation, Report

_TOKEN = re.compile(r"\d+(?:[ ,.]\d+)*|[a-zåäöéü]+", re.IGNORECASE)
_STEMMER = snowballstemmer.stemmer("swedish")
_STOP_WORDS = (
    "och att det som en på är av för med till den har de inte om ett var vi men så kan från eller "
    "under även dock vid ska sig samt detta denna dessa där när hur vad vilka vilket vilken varför "
    "mot efter inom än bli blir blev då nu också mer mest ha hade hos per cirka ca i"
)
STOP_WORDS = frozenset(_STOP_WORDS.split())
GRAM = 4
GRAM_WEIGHT = 0.5
GRAM_MIN_LETTERS = 6
VERSION = "2"  # bump when the terms or document_text change: indexes made with another version are rebuilt


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    return str(_STEMMER.stemWord(word))


def terms(text: str) -> Counter[str]:
    """Weighted terms: a stem counts 1, each character 4-gram of a long word ``GRAM_WEIGHT``."""
    counts: Counter[str] = Counter()
    for match in _TOKEN.finditer(text.lower()):
        token = match.group(0)
        if token[0].isdigit():
            counts["#" + token.replace(" ", "")] += 1
            continue
        if token in STOP_WORDS or len(token) < 2:
            continue
        counts[stem(token)] += 1
        if len(token) >= GRAM_MIN_LETTERS:
            padded = f"^{token}"
            for i in range(len(padded) - GRAM + 1):
                counts["~" + padded[i : i + GRAM]] += GRAM_WEIGHT  # type: ignore[assignment]
    return counts


def document_text(report: Report, exp: Explanation) -> str:
    """What is indexed for an explanation, dense and sparse alike: where it comes from, then its text."""
    context = " ".join(part for part in (report.municipality, report.committee, exp.area) if part)
    return f"{context}: {exp.text}" if context else exp.text


def stems(text: str) -> set[str]:
    return {stem(t) for t in re.findall(r"[a-zåäö]+", text.lower()) if t not in STOP_WORDS and len(t) > 2}


def term_index(term: str) -> int:
    return zlib.crc32(term.encode("utf-8")) & 0x7FFFFFFF


def sparse_vector(text: str) -> tuple[list[int], list[float]]:
    """Indices and values (BM25-style saturated term frequency) for a Qdrant sparse vector with IDF."""
    weights: dict[int, float] = {}
    for term, tf in terms(text).items():
        idx = term_index(term)
        weights[idx] = weights.get(idx, 0.0) + tf
    k1 = 1.2
    indices = sorted(weights)
    return indices, [round(weights[i] * (k1 + 1) / (weights[i] + k1), 4) for i in indices]
