"""How well a hit answers the question, and the floor under which search says it has no clear answer.

The fused rank score says only which hit is best, never whether any is good: "xyzzy qwerty" has a best hit
too. Two absolute signals do: the cosine between the question's and the hit's dense vectors (the hit's
vector read from the catalog's vector cache, never embedded again), and how much of the question's content
words the hit's indexed text holds (same stem, or one long stem inside the other, as the highlights match).
``strength`` puts them on one 0..1 scale; a question has a clear match when its best hit reaches
``CLEAR_MATCH``. Both constants were calibrated with ``bench/relevance_floor.py`` on the labelled questions
(answerable) and ``data/labelled/no_answer_questions.jsonl`` (questions the archive cannot answer);
``avvik eval search --corpus FOLDER --no-answer FILE`` measures the floor as search applies it (with the
question's chips).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np

from index.vectors.keywords import STOP_WORDS, stem

# strength = DENSE_WEIGHT * (cosine - COSINE_ZERO) / (1 - COSINE_ZERO) + (1 - DENSE_WEIGHT) * coverage
COSINE_ZERO = 0.75  # multilingual-e5 puts unrelated Swedish texts near 0.75; below it counts as nothing
DENSE_WEIGHT = 0.5
CLEAR_MATCH = 0.30
STRONG_MATCH = 0.55
# a cause word of the question in a hit tagged with its cause counts this much of a word found in the text:
# the tag is broader than the word ("pensionskostnader" and a hit on lönekostnader)
TAG_CREDIT = 0.5
_WORD = re.compile(r"[a-zåäöéü]+")
# words of a question that say what is asked, not what about, and the words of nearly every explanation:
# they never count as matched or missed ("Högre elpris ger underskott" is about elpris)
_GENERIC = (
    "varför vilken vilka vilket hur vad finns någon några något kommun kommuner nämnd nämnden nämnder "
    "avvikelse avvikelser avvikelsen avviker budget budgeten budgeterat budgeterad kostnad kostnader "
    "kostnaderna intäkt intäkter intäkterna underskott underskottet överskott överskottet prognos prognosen "
    "resultat resultatet ökade ökad ökat ökar högre lägre minskade minskad minskat minskar året år under ger "
    "blev blir mycket mer mindre stor stort stora grund anledning beror främst följd helår helåret ny nya nytt "
    "kosta kostar kostade ekonomi ekonomin ekonomisk ekonomiska ekonomiskt planerat planerad planerade går gick gått"
)
GENERIC_WORDS = frozenset(_GENERIC.split())
_GENERIC_STEMS = frozenset(stem(w) for w in GENERIC_WORDS)


def content_stems(text: str) -> set[str]:
    """The stems of the words that carry the question's content (three letters or more)."""
    words = _WORD.findall(text.lower())
    kept = {stem(w) for w in words if len(w) >= 3 and w not in STOP_WORDS and w not in GENERIC_WORDS}
    return kept - _GENERIC_STEMS


def coverage(query_stems: set[str], text: str) -> float:
    """The share of the question's content stems that the text holds (0 for a question without any)."""
    if not query_stems:
        return 0.0
    found = {stem(w) for w in _WORD.findall(text.lower()) if len(w) >= 3} - _GENERIC_STEMS
    matched = sum(1 for wanted in query_stems if any(_covers(s, wanted) for s in found))
    return matched / len(query_stems)


def _covers(found: str, wanted: str) -> bool:
    """The text's stem stands for the question's: the same, the question's word inside a compound of the
    text ("vikarie" in "timvikarie"), or most of the question's compound ("sjukskötersk" in
    "hyrsjukskötersk"); a short common part ("kostnad" in "pensionskostnad") is not enough."""
    if found == wanted:
        return True
    if len(wanted) >= 5 and wanted in found:
        return True
    return len(found) >= 6 and len(found) >= 0.6 * len(wanted) and found in wanted


def cosines(query: np.ndarray | None, documents: Sequence[np.ndarray | None]) -> list[float | None]:
    """Cosine of the question's vector with each document's (None where either is missing)."""
    if query is None:
        return [None] * len(documents)
    q = query / (float(np.linalg.norm(query)) or 1.0)
    out: list[float | None] = []
    for d in documents:
        out.append(None if d is None else float(np.dot(q, d) / (float(np.linalg.norm(d)) or 1.0)))
    return out


def strength(cosine: float | None, covered: float) -> float:
    """The match strength on 0..1 (keywords alone when there is no dense vector)."""
    if cosine is None:
        return round(covered, 3)
    dense = min(1.0, max(0.0, (cosine - COSINE_ZERO) / (1.0 - COSINE_ZERO)))
    return round(DENSE_WEIGHT * dense + (1.0 - DENSE_WEIGHT) * covered, 3)


def is_clear(best_strength: float | None) -> bool:
    return best_strength is not None and best_strength >= CLEAR_MATCH


# what the app and the command line say when no hit reaches the floor (the hits are listed after it)
NO_CLEAR_MATCH = (
    "Inga tydliga träffar. Prova andra ord för orsaken (t.ex. ”vikarier” i stället för ”personal”), "
    "färre ord, eller ta bort filter; träffarna nedan är de närmaste men svarar troligen inte på frågan."
)


def strength_label(value: float | None) -> str:
    """The match strength in words, for the app and the command line."""
    if value is None:
        return "okänd"
    if value >= STRONG_MATCH:
        return "stark"
    if value >= CLEAR_MATCH:
        return "god"
    return "svag"
