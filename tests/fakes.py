"""The tests' models: a deterministic hashing embedder and a keyword tagger in place of the real ones.

Passed as objects where a test opens the archive itself (``Archive(settings, embedder=..., tagger=...)``);
named by the one setting for models where a test runs ``avvik`` in a subprocess (kills, concurrency,
backup): ``AVVIK_MODELS=fakes:models`` with this folder on ``PYTHONPATH``, optionally with an argument,
``fakes:models:delay=0.08,tagger=2``: ``delay`` seconds per embedded text stand in for the real model's
time (so a kill lands mid-report), ``tagger=2`` is an "upgraded" tagger with other cues and another version.

The vectors carry no meaning. The embedder's name is stored with every point, so an index built with the
fakes is refused by the real model (and the other way round) until ``avvik reindex``.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Sequence

import numpy as np

from extract.types import Tag
from index.models import Models
from index.settings import Settings


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


def models(settings: Settings, argument: str = "") -> Models:
    """``AVVIK_MODELS=fakes:models[:delay=SECONDS,tagger=VERSION]``: the hash embedder and keyword tagger."""
    options = dict(part.split("=", 1) for part in argument.split(",") if part)
    unknown = set(options) - {"delay", "tagger"}
    if unknown:
        raise ValueError(f"fakes:models takes delay= and tagger=, not {sorted(unknown)}")
    delay, version = float(options.get("delay", 0)), int(options.get("tagger", 1))
    return Models(lambda: HashEmbedder(delay), lambda: KeywordTagger(version))
