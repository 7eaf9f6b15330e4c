"""Features and the linear cause classifier, in numpy/scipy only (no spaCy, no scikit-learn).

Features are character n-grams inside words (like scikit-learn's ``char_wb``: each word padded with
spaces), tf-idf weighted with sublinear tf and l2-normalised, plus two columns per tag from the rule
layer (a cue matched / a cue matched but negated). Because every n-gram lies inside one word, a
text's counts are the sum of its words' counts: each distinct word is analysed once and cached,
which is what makes featurising thousands of texts a second cheap. The same word cache gives each
word's contribution to a tag's score, used as evidence for tags that no rule found.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import scipy.sparse as sp

from extract.tag_files import MODEL_FILE, VOCAB_FILE, has_classifier

_DIGITS = re.compile(r"\d")


def normalise_word(word: str) -> str:
    return _DIGITS.sub("0", word.lower())


def word_ngrams(word: str, n_min: int, n_max: int) -> Counter[str]:
    padded = f" {word} "
    grams: Counter[str] = Counter()
    for n in range(n_min, n_max + 1):
        for i in range(len(padded) - n + 1):
            grams[padded[i : i + n]] += 1
    return grams


@dataclass
class NgramVectorizer:
    n_min: int
    n_max: int
    vocab: dict[str, int] = field(default_factory=dict)
    idf: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.float32))
    _cache: dict[str, tuple[np.ndarray, np.ndarray]] = field(default_factory=dict, repr=False)

    @property
    def n_features(self) -> int:
        return len(self.vocab)

    def fit(self, docs: Sequence[Sequence[str]], min_df: int = 2) -> NgramVectorizer:
        df: Counter[str] = Counter()
        for words in docs:
            grams: set[str] = set()
            for w in set(words):
                grams.update(word_ngrams(normalise_word(w), self.n_min, self.n_max))
            df.update(grams)
        kept = sorted(g for g, k in df.items() if k >= min_df)
        self.vocab = {g: i for i, g in enumerate(kept)}
        n = len(docs)
        self.idf = np.array([math.log((1 + n) / (1 + df[g])) + 1 for g in kept], dtype=np.float32)
        self._cache = {}
        return self

    def word(self, word: str) -> tuple[np.ndarray, np.ndarray]:
        """Feature indices and raw counts of one word (cached)."""
        hit = self._cache.get(word)
        if hit is None:
            grams = word_ngrams(normalise_word(word), self.n_min, self.n_max)
            pairs = sorted((self.vocab[g], k) for g, k in grams.items() if g in self.vocab)
            hit = (
                np.array([i for i, _ in pairs], dtype=np.int32),
                np.array([k for _, k in pairs], dtype=np.float32),
            )
            self._cache[word] = hit
        return hit

    def transform(self, docs: Sequence[Sequence[str]]) -> sp.csr_matrix:
        """tf-idf (sublinear tf, l2-normalised) rows for the docs, as (docs x words) @ (words x n-grams)."""
        row_of: dict[str, int] = {}
        cols: list[int] = []
        indptr = [0]
        for words in docs:
            for w in words:
                r = row_of.get(w)
                if r is None:
                    r = row_of[w] = len(row_of)
                cols.append(r)
            indptr.append(len(cols))
        shape = (len(docs), self.n_features)
        if not row_of:
            return sp.csr_matrix(shape, dtype=np.float32)
        per_word = [self.word(w) for w in row_of]
        v_indptr = np.zeros(len(per_word) + 1, dtype=np.int64)
        np.cumsum([len(idx) for idx, _ in per_word], out=v_indptr[1:])
        words_x_grams = sp.csr_matrix(
            (np.concatenate([c for _, c in per_word]), np.concatenate([i for i, _ in per_word]), v_indptr),
            shape=(len(per_word), self.n_features),
        )
        docs_x_words = sp.csr_matrix(
            (np.ones(len(cols), dtype=np.float32), np.array(cols, dtype=np.int32), np.array(indptr)),
            shape=(len(docs), len(per_word)),
        )
        x = (docs_x_words @ words_x_grams).tocsr()
        x.data = (1.0 + np.log(x.data)) * self.idf[x.indices]
        lengths = np.diff(x.indptr)
        sums = np.zeros(len(docs), dtype=np.float32)
        nonempty = lengths > 0
        sums[nonempty] = np.add.reduceat(x.data * x.data, x.indptr[:-1][nonempty])
        norms = np.sqrt(sums)
        norms[norms == 0] = 1.0
        x.data /= np.repeat(norms, lengths)
        return x

    def to_json(self) -> dict[str, Any]:
        return {"n_min": self.n_min, "n_max": self.n_max, "ngrams": list(self.vocab)}

    @classmethod
    def from_json(cls, data: dict[str, Any], idf: np.ndarray) -> NgramVectorizer:
        vocab = {g: i for i, g in enumerate(data["ngrams"])}
        return cls(int(data["n_min"]), int(data["n_max"]), vocab, idf.astype(np.float32))


def _sigmoid(z: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-np.clip(z, -30.0, 30.0)))


def rule_matrix(
    rule_hits: Sequence[tuple[Iterable[int], Iterable[int]]], n_tags: int, weight: float
) -> sp.csr_matrix:
    """Two columns per tag: a non-negated rule match, a negated-only rule match."""
    rows: list[int] = []
    cols: list[int] = []
    for r, (pos, neg) in enumerate(rule_hits):
        for t in pos:
            rows.append(r)
            cols.append(t)
        for t in neg:
            rows.append(r)
            cols.append(n_tags + t)
    data = np.full(len(rows), weight, dtype=np.float32)
    return sp.csr_matrix((data, (rows, cols)), shape=(len(rule_hits), 2 * n_tags), dtype=np.float32)


@dataclass
class LinearTagModel:
    """Logistic regressions over [n-gram tf-idf | rule columns]: one per tag, then the cause gate.

    The last row of ``coef``/``intercept``/``thresholds`` is the gate: the probability that the
    text names any cause at all (actions, boilerplate and negated cues push it down).
    """

    tags: tuple[str, ...]
    vectorizer: NgramVectorizer
    coef: np.ndarray  # (n_tags + 1, n_features + 2 * n_tags)
    intercept: np.ndarray  # (n_tags + 1,)
    thresholds: np.ndarray  # (n_tags + 1,)
    rule_weight: float
    meta: dict[str, Any] = field(default_factory=dict)
    _contrib: dict[str, np.ndarray] = field(default_factory=dict, repr=False)

    def features(
        self, docs: Sequence[Sequence[str]], rule_hits: Sequence[tuple[Iterable[int], Iterable[int]]]
    ) -> sp.csr_matrix:
        """The full design matrix [n-grams | rule columns] (for training)."""
        grams = self.vectorizer.transform(docs)
        rules = rule_matrix(rule_hits, len(self.tags), self.rule_weight)
        return sp.hstack([grams, rules], format="csr")

    def predict_proba(self, x: sp.csr_matrix) -> np.ndarray:
        return _sigmoid(np.asarray(x @ self.coef.T) + self.intercept)

    def predict_docs(
        self, docs: Sequence[Sequence[str]], rule_hits: Sequence[tuple[Iterable[int], Iterable[int]]]
    ) -> np.ndarray:
        """Probabilities per doc and tag, without building the stacked matrix (for tagging)."""
        n = self.vectorizer.n_features
        z = np.asarray(self.vectorizer.transform(docs) @ self.coef[:, :n].T)
        rules = rule_matrix(rule_hits, len(self.tags), self.rule_weight)
        z += np.asarray(rules @ self.coef[:, n:].T)
        return _sigmoid(z + self.intercept)

    def word_contribution(self, word: str) -> np.ndarray:
        """How much one occurrence of ``word`` pushes each tag's score (before normalisation)."""
        hit = self._contrib.get(word)
        if hit is None:
            idx, cnt = self.vectorizer.word(word)
            hit = self.coef[:, idx] @ (cnt * self.vectorizer.idf[idx])
            self._contrib[word] = hit
        return hit

    def save(self, directory: Path) -> None:
        np.savez_compressed(
            directory / MODEL_FILE,
            coef=self.coef.astype(np.float32),
            intercept=self.intercept.astype(np.float32),
            thresholds=self.thresholds.astype(np.float32),
            idf=self.vectorizer.idf,
        )
        doc = {"tags": list(self.tags), "rule_weight": self.rule_weight, "meta": self.meta}
        doc["vectorizer"] = self.vectorizer.to_json()
        (directory / VOCAB_FILE).write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")

    @classmethod
    def load(cls, directory: Path) -> LinearTagModel:
        doc = json.loads((directory / VOCAB_FILE).read_text(encoding="utf-8"))
        with np.load(directory / MODEL_FILE) as arrays:
            vec = NgramVectorizer.from_json(doc["vectorizer"], arrays["idf"])
            return cls(
                tags=tuple(doc["tags"]),
                vectorizer=vec,
                coef=arrays["coef"].astype(np.float32),
                intercept=arrays["intercept"].astype(np.float32),
                thresholds=arrays["thresholds"].astype(np.float32),
                rule_weight=float(doc["rule_weight"]),
                meta=doc.get("meta", {}),
            )

    @staticmethod
    def exists(directory: Path) -> bool:
        return has_classifier(directory)
