"""Cause-tag rule patterns: loading, hashing and compiling spaCy SpanRuler patterns for speed.

The patterns live in ``models/tagger/patterns.jsonl`` in plain SpanRuler format. Stems are single
tokens with ``{"LOWER": {"REGEX": ...}}`` so that Swedish compounds and inflections match
("vikari" finds "timvikarier" and "Vikariekostnaderna"); multi-word cues are token patterns over
word lists (``{"LOWER": {"IN": [...]}}``). Loaded as they are, they are slow: spaCy's Matcher
runs a regex in Python for every token and pattern, and each token pattern costs about 80 ns per
token even in C. ``compile_patterns`` rewrites them into an equivalent, fast form:

* multi-token patterns over closed word lists (``LOWER`` or ``LOWER IN``, optionally
  ``"OP": "?"``) become phrase patterns, which the PhraseMatcher finds at almost no cost;
* all single-token regex patterns become *one* token pattern over a lexeme flag that says "some
  stem matches this word" (computed once per vocabulary entry, tested in C); its spans carry the
  label :data:`STEM_LABEL` and :meth:`StemTable.labels` says which (label, id) pairs the word
  has — the same spans the source patterns give;
* any other regex or set predicate becomes a lexeme flag too (``FLAG19`` … ``FLAG63``).

This module has no spaCy import; :mod:`extract.tagger` registers the flags on its vocabulary.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

FIRST_FREE_FLAG = 19  # spaCy names FLAG19 … FLAG63; lower bits hold IS_ALPHA etc.
LAST_FLAG = 63
STEM_LABEL = "__stem__"


@dataclass
class StemTable:
    """The single-token regex patterns: which (label, id) pairs a lower-cased word matches."""

    stems: list[tuple[str, str, re.Pattern[str]]]
    _cache: dict[str, tuple[tuple[str, str], ...]] = field(default_factory=dict, repr=False)

    @property
    def any_regex(self) -> str:
        return "|".join(f"(?:{rx.pattern})" for _, _, rx in self.stems)

    def labels(self, word: str) -> tuple[tuple[str, str], ...]:
        hit = self._cache.get(word)
        if hit is None:
            low = word.lower()
            hit = tuple((label, pid) for label, pid, rx in self.stems if rx.search(low))
            self._cache[word] = hit
        return hit


@dataclass(frozen=True)
class CompiledPatterns:
    patterns: list[dict[str, Any]]  # SpanRuler patterns: phrases and token patterns over FLAGnn
    flags: dict[int, str]  # flag id -> regex tested against the lower-cased word
    stems: StemTable
    n_source: int  # number of patterns in the source file


def load_patterns(path: Path) -> list[dict[str, Any]]:
    patterns = []
    with path.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            row = json.loads(line)
            if not {"label", "pattern"} <= row.keys():
                raise ValueError(f"{path}:{n}: a pattern needs 'label' and 'pattern'")
            patterns.append(row)
    return patterns


def patterns_digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()[:8]


def _lower_predicate(token: dict[str, Any]) -> str | None:
    """The regex equivalent of a token spec that only constrains LOWER by REGEX or IN, else None."""
    if set(token) - {"LOWER", "OP"} or not isinstance(token.get("LOWER"), dict):
        return None
    spec = token["LOWER"]
    if set(spec) == {"REGEX"}:
        return str(spec["REGEX"])
    if set(spec) == {"IN"}:
        return "^(?:" + "|".join(re.escape(str(v).lower()) for v in spec["IN"]) + ")$"
    return None


def _closed_words(token: dict[str, Any]) -> list[str | None] | None:
    """The words a token spec accepts if it is a closed list (None in the list: optional), else None."""
    if set(token) - {"LOWER", "OP"} or token.get("OP", "?") != "?":
        return None
    spec = token["LOWER"]
    if isinstance(spec, str):
        words: list[str | None] = [spec.lower()]
    elif isinstance(spec, dict) and set(spec) == {"IN"}:
        words = [str(v).lower() for v in spec["IN"]]
    else:
        return None
    return [*words, None] if token.get("OP") == "?" else words


def _as_phrases(pattern: dict[str, Any], limit: int) -> list[dict[str, Any]] | None:
    toks = pattern["pattern"]
    if not isinstance(toks, list) or len(toks) < 2:
        return None
    choices = [_closed_words(t) for t in toks]
    if any(c is None for c in choices):
        return None
    phrases = [""]
    for options in choices:
        assert options is not None
        phrases = [f"{p} {w}".strip() if w else p for p in phrases for w in options]
        if len(phrases) > limit:
            return None
    return [{**pattern, "pattern": p} for p in dict.fromkeys(phrases) if p]


def _stem_regex(pattern: dict[str, Any]) -> str | None:
    toks = pattern["pattern"]
    if isinstance(toks, list) and len(toks) == 1 and "OP" not in toks[0]:
        return _lower_predicate(toks[0])
    return None


def compile_patterns(
    patterns: Sequence[dict[str, Any]], free_flags: Iterable[int] | None = None, phrase_limit: int = 5000
) -> CompiledPatterns:
    """Rewrite SpanRuler patterns so that the Matcher's per-token work happens in C (see module doc)."""
    available = list(free_flags if free_flags is not None else range(FIRST_FREE_FLAG, LAST_FLAG + 1))
    grouped: dict[tuple[str, str], list[str]] = {}
    phrases: list[dict[str, Any]] = []
    tokens: list[dict[str, Any]] = []
    for p in patterns:
        rx = _stem_regex(p)
        if rx is not None:
            re.compile(rx)  # fail early on a bad pattern
            grouped.setdefault((str(p["label"]), str(p.get("id", ""))), []).append(rx)
            continue
        expanded = _as_phrases(p, phrase_limit)
        if expanded is not None:
            phrases.extend(expanded)
        else:
            tokens.append({**p, "pattern": [dict(t) for t in p["pattern"]]})
    stems = StemTable(
        [(label, pid, re.compile("|".join(f"(?:{r})" for r in rxs))) for (label, pid), rxs in grouped.items()]
    )
    flag_of: dict[str, int] = {}

    def flag(rx: str) -> int | None:
        if rx not in flag_of and available:
            flag_of[rx] = available.pop(0)
        return flag_of.get(rx)

    if stems.stems:
        fid = flag(stems.any_regex)
        if fid is None:
            raise ValueError("no lexeme flag left for the stem patterns")
        tokens.insert(0, {"label": STEM_LABEL, "id": "stems", "pattern": [{f"FLAG{fid}": True}]})
    # the remaining predicates, first tokens first: the Matcher tests a first token everywhere
    for pos in range(max((len(p["pattern"]) for p in tokens), default=0)):
        for p in tokens:
            toks = p["pattern"]
            rx = _lower_predicate(toks[pos]) if pos < len(toks) else None
            fid = flag(rx) if rx is not None else None
            if fid is not None:
                toks[pos] = {f"FLAG{fid}": True, **({"OP": toks[pos]["OP"]} if "OP" in toks[pos] else {})}
    return CompiledPatterns(tokens + phrases, {fid: rx for rx, fid in flag_of.items()}, stems, len(patterns))


def flag_getter(regex: str) -> Any:
    """A ``str -> bool`` function for ``Vocab.add_flag``: the regex tested on the lower-cased word."""
    search = re.compile(regex).search

    def getter(text: str) -> bool:
        return search(text.lower()) is not None

    return getter
