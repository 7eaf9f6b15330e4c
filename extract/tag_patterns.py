"""Cause-tag rule patterns: loading, hashing and compiling spaCy SpanRuler patterns for speed.

The patterns live in ``models/tagger/patterns.jsonl`` in plain SpanRuler format, written with
``{"LOWER": {"REGEX": ...}}`` tokens so that Swedish compounds and inflections match
("vikari" finds "timvikarier" and "Vikariekostnaderna"). spaCy's Matcher evaluates such a regex
in Python for every token, once per pattern, which is far too slow at thousands of texts a second.
``compile_patterns`` rewrites the patterns into an equivalent form:

* single-token regex patterns that share a label and an id are merged into one alternation;
* multi-token patterns whose tokens are closed word lists (``LOWER`` or ``LOWER IN``, optionally
  ``"OP": "?"``) are expanded into phrase patterns, which the PhraseMatcher finds at no extra cost;
* every remaining regex or set predicate becomes a lexeme flag (``FLAG19`` … ``FLAG63``), computed
  once per vocabulary entry and tested in C by the Matcher; first tokens get flags first.

This module has no spaCy import; :mod:`extract.tagger` registers the flags on its vocabulary.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

FIRST_FREE_FLAG = 19  # spaCy names FLAG19 … FLAG63; lower bits hold IS_ALPHA etc.
LAST_FLAG = 63


@dataclass(frozen=True)
class CompiledPatterns:
    patterns: list[dict[str, Any]]  # SpanRuler patterns, first-token predicates as FLAGnn
    flags: dict[int, str]  # flag id -> regex tested against the lower-cased word
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


def _merge_single_token(patterns: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    merged: dict[tuple[str, str], list[str]] = {}
    out: list[dict[str, Any]] = []
    for p in patterns:
        toks = p["pattern"]
        if isinstance(toks, list) and len(toks) == 1 and "OP" not in toks[0]:
            rx = _lower_predicate(toks[0])
            if rx is not None:
                key = (p["label"], p.get("id", ""))
                if key not in merged:
                    merged[key] = []
                    out.append({"label": key[0], "id": key[1], "pattern": key})  # placeholder
                merged[key].append(rx)
                continue
        out.append(dict(p))
    for p in out:
        if isinstance(p["pattern"], tuple):
            rxs = merged[p["pattern"]]
            joined = rxs[0] if len(rxs) == 1 else "|".join(f"(?:{r})" for r in rxs)
            p["pattern"] = [{"LOWER": {"REGEX": joined}}]
    return out


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


def compile_patterns(
    patterns: Sequence[dict[str, Any]], free_flags: Iterable[int] | None = None, phrase_limit: int = 5000
) -> CompiledPatterns:
    """Rewrite SpanRuler patterns so that the Matcher's per-token work happens in C (see module doc)."""
    available = list(free_flags if free_flags is not None else range(FIRST_FREE_FLAG, LAST_FLAG + 1))
    phrases: list[dict[str, Any]] = []
    tokens: list[dict[str, Any]] = []
    for p in _merge_single_token(patterns):
        expanded = _as_phrases(p, phrase_limit)
        if expanded is not None:
            phrases.extend(expanded)
        else:
            tokens.append(p)
    flag_of: dict[str, int] = {}
    # flags for first tokens before later ones: the Matcher tests a first token at every position
    positions = sorted({i for p in tokens if isinstance(p["pattern"], list) for i in range(len(p["pattern"]))})
    for pos in positions:
        for p in tokens:
            toks = p["pattern"]
            if not isinstance(toks, list) or pos >= len(toks):
                continue
            rx = _lower_predicate(toks[pos])
            if rx is None or (rx not in flag_of and not available):
                continue
            if rx not in flag_of:
                re.compile(rx)  # fail early on a bad pattern
                flag_of[rx] = available.pop(0)
            new_tok: dict[str, Any] = {f"FLAG{flag_of[rx]}": True}
            if "OP" in toks[pos]:
                new_tok["OP"] = toks[pos]["OP"]
            p["pattern"] = [*toks[:pos], new_tok, *toks[pos + 1 :]]
    return CompiledPatterns(tokens + phrases, {fid: rx for rx, fid in flag_of.items()}, len(patterns))


def flag_getter(regex: str) -> Any:
    """A ``str -> bool`` function for ``Vocab.add_flag``: the regex tested on the lower-cased word."""
    search = re.compile(regex).search

    def getter(text: str) -> bool:
        return search(text.lower()) is not None

    return getter
