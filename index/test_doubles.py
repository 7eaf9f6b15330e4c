"""Test mode: a deterministic hashing embedder and a keyword tagger in place of the real models.

For tests that run the ``avvik`` command line in subprocesses (kills, concurrency, backup), where a
fake cannot be passed in as an object. Selected by environment variables, read only by the CLI:

``AVVIK_EMBEDDER=hash`` (or ``hash:SECONDS``): bag-of-words hashing vectors (64-d), optionally sleeping
SECONDS per text to stand in for the real model's time. ``AVVIK_TAGGER=keyword`` (or ``keyword-v2``): one
cue word per tag; ``keyword-v2`` is an "upgraded" tagger with other cues and another version.

Not for real use: the vectors carry no meaning. The embedder's name is stored with every point, so an
index built in test mode is refused by the real model (and the other way round) until ``avvik reindex``.
"""

from __future__ import annotations

import hashlib
import os
import time
from collections.abc import Sequence
from typing import Any

import numpy as np

from extract.types import Tag


class HashEmbedder:
    """Deterministic bag-of-words vectors: texts sharing words are close."""

    name = "hash-embedder"
    version = "1"
    dim = 64

    def __init__(self, delay_s: float = 0.0) -> None:
        self.delay_s = delay_s
        self.embedded = 0

    def _vec(self, text: str) -> np.ndarray:
        vec = np.zeros(self.dim, dtype=np.float32)
        for word in text.lower().split():
            vec[int(hashlib.md5(word.encode()).hexdigest(), 16) % self.dim] += 1.0
        norm = np.linalg.norm(vec)
        return vec / norm if norm else vec + 1.0 / np.sqrt(self.dim)

    def embed_documents(self, texts: Sequence[str]) -> np.ndarray:
        self.embedded += len(texts)
        if self.delay_s:
            time.sleep(
                self.delay_s * len(texts)
            )  # stands in for the real model's time, so a kill lands mid-report
        return np.stack([self._vec(t) for t in texts]) if texts else np.zeros((0, self.dim), np.float32)

    def embed_queries(self, texts: Sequence[str]) -> np.ndarray:
        return np.stack([self._vec(t) for t in texts]) if texts else np.zeros((0, self.dim), np.float32)


class KeywordTagger:
    """One cue word per tag. Version 2 drops one cue and adds another, like a retrained model would."""

    CUES = {
        1: {
            "vikarie": "vikarier",
            "sjukfrånvaro": "sjukfranvaro",
            "placering": "kopt_verksamhet",
            "lokal": "lokaler",
        },
        2: {
            "vikarie": "vikarier",
            "placering": "kopt_verksamhet",
            "lokal": "lokaler",
            "hemtjänst": "hemtjanst",
        },
    }

    def __init__(self, version: int = 1) -> None:
        self.version = f"keyword-test-{version}"
        self.cues = self.CUES[version]

    def tag_many(self, texts: Sequence[str], kinds: Sequence[str] | None = None) -> list[tuple[Tag, ...]]:
        out: list[tuple[Tag, ...]] = []
        for i, text in enumerate(texts):
            if kinds and kinds[i] in ("action", "boilerplate"):
                out.append(())
                continue
            low = text.lower()
            out.append(tuple(Tag(tag, 0.9, cue, "rule") for cue, tag in self.cues.items() if cue in low))
        return out


def from_environment() -> dict[str, Any]:
    """Keyword arguments for ``Archive`` (``embedder``, ``tagger``) from AVVIK_EMBEDDER and AVVIK_TAGGER."""
    chosen: dict[str, Any] = {}
    embedder = os.environ.get("AVVIK_EMBEDDER", "")
    if embedder:
        name, _, delay = embedder.partition(":")
        if name != "hash":
            raise ValueError(
                f"AVVIK_EMBEDDER={embedder!r}: the only test embedder is 'hash' or 'hash:SECONDS'"
            )
        chosen["embedder"] = HashEmbedder(float(delay or 0))
    tagger = os.environ.get("AVVIK_TAGGER", "")
    if tagger:
        if tagger not in ("keyword", "keyword-v2"):
            raise ValueError(f"AVVIK_TAGGER={tagger!r}: the test taggers are 'keyword' and 'keyword-v2'")
        chosen["tagger"] = KeywordTagger(2 if tagger.endswith("v2") else 1)
    return chosen
