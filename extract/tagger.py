"""Cause tagging: a spaCy pipeline for Swedish that gives every explanation its cause tags.

``spacy.blank("sv")`` tokenises; a ``SpanRuler`` with the versioned patterns in
``models/tagger/patterns.jsonl`` finds cue words ("timvikarier", "köpta platser");
``avvik_rule_evidence`` sets negated cues apart ("inga vikariekostnader") and keeps the others as
evidence; ``avvik_cause_classifier`` scores every sentence with a logistic regression per tag over
character n-grams plus the rule hits (trained by :mod:`extract.tag_training`), and with a gate
that says whether the sentence names a cause at all. A tag is kept when, in some sentence that
passes the gate, its probability reaches the tag's threshold and it is not negated-only. Without a
trained classifier the tagger falls back to the rules alone and says so in ``version``.

This module and :mod:`extract.tag_training` are the only ones that import spaCy.
"""

from __future__ import annotations

import gc
import json
import re
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import numpy as np
import spacy
from spacy.attrs import IS_PUNCT, IS_SPACE, LOWER
from spacy.language import Language
from spacy.tokens import Doc

from extract.tag_features import LinearTagModel
from extract.tag_files import REPO_ROOT, load_config, model_dir_or_default, patterns_path, tagger_version
from extract.tag_patterns import StemTable, compile_patterns, flag_getter, load_patterns
from extract.tag_rules import (
    SENTENCE_ENDS,
    Negation,
    RuleHits,
    Words,
    collect,
    is_year_on_year,
    sentence_ranges,
)
from extract.types import Tag

TAXONOMY_PATH = REPO_ROOT / "data" / "taxonomy.json"
REVIEWS_FILE = "reviews.json"
RULES_KEY = "avvik_causes"
NO_CAUSE_KINDS = frozenset({"action", "boilerplate"})


OTHER = "ovrigt"


def normalise_text(text: str) -> str:
    """The key under which a reviewed text is remembered: lower case, single spaces."""
    return re.sub(r"\s+", " ", text).strip().lower()


def load_taxonomy(path: Path = TAXONOMY_PATH) -> list[dict[str, Any]]:
    return list(json.loads(path.read_text(encoding="utf-8")))


def words_of(doc: Doc) -> Words:
    rows = doc.to_array([LOWER, IS_PUNCT, IS_SPACE]).tolist()
    return Words([r[0] for r in rows], [bool(r[1] or r[2]) for r in rows])


class RuleEvidence:
    """spaCy component: the ruler's matches as evidence per tag, negated cues set apart."""

    def __init__(self, nlp: Language) -> None:
        self.negation = Negation(nlp.vocab.strings.add)
        self.stems = StemTable([])

    def __call__(self, doc: Doc) -> Doc:
        words = words_of(doc)
        spans = doc.spans.get(RULES_KEY, ())
        doc.user_data["avvik_words"] = words
        doc.user_data["avvik_rules"] = collect(
            ((s.start, s.end, s.label_) for s in spans),
            words,
            doc.vocab.strings.__getitem__,
            lambda s, e: doc[s:e].text,
            self.negation,
            self.stems,
        )
        return doc


@Language.factory("avvik_rule_evidence")
def make_rule_evidence(nlp: Language, name: str) -> RuleEvidence:
    return RuleEvidence(nlp)


def doc_words(doc: Doc, start: int = 0, end: int | None = None) -> list[str]:
    """Lower-cased words of a doc (after ``avvik_rule_evidence``) in [start, end), no punctuation."""
    words: Words = doc.user_data["avvik_words"]
    strings = doc.vocab.strings
    stop = len(words.lowers) if end is None else end
    return [
        strings[h]
        for h, skip in zip(words.lowers[start:stop], words.skip[start:stop], strict=True)
        if not skip
    ]


class CauseClassifier:
    """spaCy component: per sentence, the probability of each tag and of naming any cause.

    ``doc.cats[tag]`` is the highest probability of the tag over the sentences that pass the gate
    (0 if none does); ``doc.user_data["avvik_cause_p"]`` the highest gate probability.
    """

    def __init__(self, nlp: Language, model: LinearTagModel) -> None:
        self.model = model
        self.tag_index = {t: i for i, t in enumerate(model.tags)}
        self.enders = frozenset(nlp.vocab.strings.add(w) for w in SENTENCE_ENDS)
        self.gate = float(model.thresholds[-1])

    def __call__(self, doc: Doc) -> Doc:
        return next(iter(self.pipe([doc])))

    def pipe(self, docs: Iterable[Doc], batch_size: int = 256) -> Iterable[Doc]:
        batch: list[Doc] = []
        for doc in docs:
            batch.append(doc)
            if len(batch) >= batch_size:
                yield from self._predict(batch)
                batch = []
        if batch:
            yield from self._predict(batch)

    def _predict(self, docs: list[Doc]) -> list[Doc]:
        rows: list[list[str]] = []
        hits: list[tuple[list[int], list[int]]] = []
        ranges: list[tuple[int, int]] = []
        offsets: list[int] = []
        for doc in docs:
            offsets.append(len(rows))
            rules: RuleHits = doc.user_data["avvik_rules"]
            for start, end in sentence_ranges(doc.user_data["avvik_words"], self.enders) or [(0, 0)]:
                rows.append(doc_words(doc, start, end))
                hits.append(rules.in_range(start, end, self.tag_index))
                ranges.append((start, end))
        probs = self.model.predict_docs(rows, hits)
        gate = probs[:, -1]
        aside = np.array([is_year_on_year(words) for words in rows], dtype=bool)
        counted = first_run(gate >= self.gate, aside, offsets)
        tag_probs = probs[:, :-1] * counted[:, None]
        starts = np.array(offsets)
        best = np.maximum.reduceat(tag_probs, starts, axis=0).tolist()
        best_gate = np.maximum.reduceat(gate, starts).tolist()
        tags = self.model.tags
        bounds = [*offsets, len(rows)]
        for n, (doc, row, g) in enumerate(zip(docs, best, best_gate, strict=True)):
            doc.cats = dict(zip(tags, row, strict=True))
            doc.user_data["avvik_cause_p"] = g
            doc.user_data["avvik_counted"] = [
                ranges[i] for i in range(bounds[n], bounds[n + 1]) if counted[i]
            ]
        return docs


def first_run(passing: np.ndarray, aside: np.ndarray, offsets: Sequence[int]) -> np.ndarray:
    """Per text (its sentences start at ``offsets``): the sentences that state the deviation and its reasons,
    i.e. the first run of consecutive sentences that pass the gate. A sentence set ``aside`` (a comparison
    with last year) is neither counted nor ends the run; any other sentence that fails the gate ends it, so
    outlook, context or a measure after the cause gives no tag (LABELS.md: the cause is the contiguous
    sentences that state the deviation and why)."""
    out = np.zeros(len(passing), dtype=bool)
    bounds = [*offsets, len(passing)]
    for begin, stop in zip(bounds, bounds[1:], strict=False):
        started = False
        for i in range(begin, stop):
            if aside[i]:
                continue
            if passing[i]:
                out[i] = started = True
            elif started:
                break
    return out


@Language.factory("avvik_cause_classifier", default_config={"model_dir": ""})
def make_cause_classifier(nlp: Language, name: str, model_dir: str) -> CauseClassifier:
    return CauseClassifier(nlp, LinearTagModel.load(Path(model_dir)))


def build_pipeline(patterns_path: Path, model_dir: Path | None) -> Language:
    """blank Swedish + SpanRuler (compiled patterns) + negation-aware evidence (+ classifier)."""
    nlp = spacy.blank("sv")
    compiled = compile_patterns(load_patterns(patterns_path))
    for flag_id, regex in compiled.flags.items():
        nlp.vocab.add_flag(flag_getter(regex), flag_id=flag_id)
    ruler = nlp.add_pipe(
        "span_ruler", config={"spans_key": RULES_KEY, "phrase_matcher_attr": "LOWER", "validate": False}
    )
    ruler.add_patterns(compiled.patterns)  # type: ignore[attr-defined]
    evidence: RuleEvidence = nlp.add_pipe("avvik_rule_evidence")  # type: ignore[assignment]
    evidence.stems = compiled.stems
    if model_dir is not None:
        nlp.add_pipe("avvik_cause_classifier", config={"model_dir": str(model_dir)})
    return nlp


class Tagger:
    """Tags explanation texts with cause tags: ``tag_many(texts, kinds) -> [(Tag, ...), ...]``."""

    def __init__(
        self,
        nlp: Language,
        tags: Sequence[str],
        version: str,
        config: dict[str, Any],
        reviews: dict[str, dict[str, float]] | None = None,
    ) -> None:
        self.nlp = nlp
        self.tags = tuple(tags)
        self.version = version
        self.config = config
        self.reviews = reviews or {}
        self.classifier: CauseClassifier | None = None
        if "avvik_cause_classifier" in nlp.pipe_names:
            self.classifier = nlp.get_pipe("avvik_cause_classifier")  # type: ignore[assignment]
        self.rule_score = float(config.get("rules_only_score", 0.8))
        self.evidence_words = int(config.get("evidence_words", 2))
        self.model_only_threshold = float(config.get("model_only_threshold", 0.5))
        self._thresholds: dict[str, float] = {}
        if self.classifier is not None:
            model = self.classifier.model
            self._thresholds = dict(zip(model.tags, model.thresholds.tolist(), strict=False))

    @property
    def has_classifier(self) -> bool:
        return self.classifier is not None

    def tag(self, text: str, kind: str | None = None) -> tuple[Tag, ...]:
        return self.tag_many([text], None if kind is None else [kind])[0]

    def tag_many(
        self, texts: Sequence[str], kinds: Sequence[str | None] | None = None, batch_size: int = 512
    ) -> list[tuple[Tag, ...]]:
        """Cause tags per text; texts of kind "action" or "boilerplate" get none."""
        if kinds is not None and len(kinds) != len(texts):
            raise ValueError(f"got {len(texts)} texts but {len(kinds)} kinds")
        todo = [
            i
            for i, text in enumerate(texts)
            if text and text.strip() and (kinds is None or kinds[i] not in NO_CAUSE_KINDS)
        ]
        out: list[tuple[Tag, ...]] = [()] * len(texts)
        # The pipeline allocates many short-lived containers; cyclic GC passes over the loaded model's
        # long-lived objects cost about a fifth of the time. Collect once afterwards instead.
        gc_was_enabled = gc.isenabled()
        gc.disable()
        try:
            docs = self.nlp.pipe((texts[i] for i in todo), batch_size=batch_size)
            for i, doc in zip(todo, docs, strict=True):
                out[i] = self._merge(doc)
        finally:
            if gc_was_enabled:
                gc.enable()
        return out

    def _merge(self, doc: Doc) -> tuple[Tag, ...]:
        rules: RuleHits = doc.user_data["avvik_rules"]
        review = self.reviews.get(normalise_text(doc.text)) if self.reviews else None
        if review is not None:
            return tuple(
                Tag(t, 1.0, self._evidence(doc, rules, t), "review")
                for t in self.tags
                if review.get(t, 0.0) >= 0.5
            )
        if self.classifier is None:
            return tuple(
                Tag(t, self.rule_score, "; ".join(rules.evidence[t]), "rule")
                for t in self.tags
                if t in rules.evidence
            )
        cats = doc.cats
        counted: list[tuple[int, int]] = doc.user_data.get("avvik_counted", [(0, len(doc))])
        evidence = counted_evidence(doc, rules, counted)
        result = []
        for t in self.tags:
            p = cats[t]
            if p < self._thresholds[t] or t in rules.negated:
                continue
            if t in evidence:
                result.append(Tag(t, p, "; ".join(evidence[t]), "rule"))
            elif p >= self.model_only_threshold:
                result.append(Tag(t, p, self._indicative_words(doc, t, counted), "model"))
        return tuple(without_guessed_other(result))

    def _evidence(self, doc: Doc, rules: RuleHits, tag: str) -> str:
        if tag in rules.evidence:
            return "; ".join(rules.evidence[tag])
        return self._indicative_words(doc, tag) if self.classifier is not None else ""

    def _indicative_words(self, doc: Doc, tag: str, ranges: Sequence[tuple[int, int]] | None = None) -> str:
        """The words (of the counted sentences) that push this tag's score the most, in text order."""
        assert self.classifier is not None
        model = self.classifier.model
        t = model.tags.index(tag)
        scored: dict[int, float] = {}
        seen: set[str] = set()
        tokens = [tok for s, e in ranges or [(0, len(doc))] for tok in doc[s:e]]
        for tok in tokens:
            low = tok.lower_
            if tok.is_punct or tok.is_space or tok.like_num or len(low) < 3 or low in seen:
                continue
            seen.add(low)
            value = float(model.word_contribution(low)[t])
            if value > 0:
                scored[tok.i] = value
        best = sorted(sorted(scored, key=lambda i: -scored[i])[: self.evidence_words])
        return "; ".join(doc[i].text for i in best)


def without_guessed_other(tags: list[Tag]) -> list[Tag]:
    """ "Övrigt" is a cause that fits no other tag (the taxonomy): guessed by the model alone beside another
    tag, it is dropped; named by a cue of its own ("vattenskada", "pandemi") it stays."""
    guessed = any(t.tag == OTHER and t.source == "model" for t in tags)
    if guessed and any(t.tag != OTHER for t in tags):
        return [t for t in tags if t.tag != OTHER]
    return tags


def counted_evidence(doc: Doc, rules: RuleHits, ranges: Sequence[tuple[int, int]]) -> dict[str, list[str]]:
    """Per tag, the words of its non-negated cues inside the counted sentences, in text order."""
    found: dict[str, list[str]] = {}
    last_end: dict[str, int] = {}
    for cue in sorted(rules.cues, key=lambda c: (c.start, -c.end)):
        if cue.negated or not any(s <= cue.start < e for s, e in ranges):
            continue
        if cue.end <= last_end.get(cue.tag, -1):  # inside a longer match of the same tag
            continue
        last_end[cue.tag] = cue.end
        words = found.setdefault(cue.tag, [])
        text = doc[cue.start : cue.end].text
        if text.lower() not in (w.lower() for w in words):
            words.append(text)
    return found


def load_tagger(model_dir: Path | None = None, *, rules_only: bool = False) -> Tagger:
    """The tagger from a built model directory (default ``models/tagger/build``); rules only if not built."""
    model_dir = model_dir_or_default(model_dir)
    config = load_config(model_dir)
    tags = [row["tag"] for row in load_taxonomy()]
    has_model = not rules_only and LinearTagModel.exists(model_dir)
    nlp = build_pipeline(patterns_path(model_dir), model_dir if has_model else None)
    version = tagger_version(model_dir, rules_only=rules_only)
    reviews: dict[str, dict[str, float]] = {}
    if has_model:
        classifier: CauseClassifier = nlp.get_pipe("avvik_cause_classifier")  # type: ignore[assignment]
        missing = set(tags) - set(classifier.model.tags)
        if missing:
            raise ValueError(f"classifier in {model_dir} lacks tags {sorted(missing)}: retrain it")
        if (model_dir / REVIEWS_FILE).is_file():
            reviews = json.loads((model_dir / REVIEWS_FILE).read_text(encoding="utf-8"))
    return Tagger(nlp, tags, version, config, reviews)


def rule_tag_indices(docs: Iterable[Doc], tags: Sequence[str]) -> list[tuple[list[int], list[int]]]:
    """For training: per doc the indices of tags with a (non-negated) cue and with negated cues only."""
    index = {t: i for i, t in enumerate(tags)}
    out = []
    for doc in docs:
        rules: RuleHits = doc.user_data["avvik_rules"]
        out.append(rules.in_range(0, len(doc), index))
    return out
