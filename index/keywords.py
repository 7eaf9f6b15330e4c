"""A Swedish keyword vector for sparse search: stems, compound parts and numbers, hashed to indices.

"sjuklönekostnader" gives the stem "sjuklönekostnad" and its character 4-grams, so "sjuklön" matches it;
amounts are kept as tokens ("9,6"), so exact figures are found. Qdrant applies the IDF.
"""

from __future__ import annotations

import re
import zlib
from collections import Counter
from functools import lru_cache

import snowballstemmer

_TOKEN = re.compile(r"\d+(?:[ ,.]\d+)*|[a-zåäöéü]+", re.IGNORECASE)
_STEMMER = snowballstemmer.stemmer("swedish")
STOP_WORDS = frozenset(
    "och att det som en på är av för med till den har de inte om ett var vi men så kan från eller "
    "under även dock vid ska sig samt detta denna dessa där när hur vad vilka vilket vilken varför "
    "mot efter inom än bli blir blev då nu också mer mest ha hade hos per cirka ca i".split()
)
GRAM = 4


@lru_cache(maxsize=65536)
def _stem(word: str) -> str:
    return str(_STEMMER.stemWord(word))


def terms(text: str) -> Counter[str]:
    """Weighted terms: a stem counts 1, each character 4-gram of a long word 0.25."""
    counts: Counter[str] = Counter()
    for match in _TOKEN.finditer(text.lower()):
        token = match.group(0)
        if token[0].isdigit():
            counts["#" + token.replace(" ", "")] += 1
            continue
        if token in STOP_WORDS or len(token) < 2:
            continue
        stem = _stem(token)
        counts[stem] += 1
        if len(stem) > 6:
            padded = f"^{stem}"
            for i in range(len(padded) - GRAM + 1):
                counts["~" + padded[i : i + GRAM]] += 0.25  # type: ignore[assignment]
    return counts


def stems(text: str) -> set[str]:
    return {_stem(t) for t in re.findall(r"[a-zåäö]+", text.lower()) if t not in STOP_WORDS and len(t) > 2}


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
