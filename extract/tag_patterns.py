"""Cause-tag rule patterns: loading, hashing and compiling spaCy SpanRuler patterns for speed.

The patterns live in ``models/tagger/patterns.jsonl`` in plain SpanRuler format, written with
``{"LOWER": {"REGEX": ...}}`` tokens so that Swedish compounds and inflections match
("vikari" finds "timvikarier" and "Vikariekostnaderna"). spaCy's Matcher evaluates such a regex
in Python for every token, once per pattern, which is far too slow at thousands of texts a second.
``compile_patterns`` rewrites the patterns into an equivalent form:

* single-token regex patterns that share a label and an id are merged into one alternation;
* a regex or set predicate on the *first* token of a pattern is turned into a lexeme flag
  (``FLAG19`` … ``FLAG63``), computed once per vocabulary entry and tested in C by the Matcher.

Later tokens keep their regex: the Matcher only evaluates them after the first token matched.
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
        out.append(p)
    for p in out:
        if isinstance(p["pattern"], tuple):
            rxs = merged[p["pattern"]]
            joined = rxs[0] if len(rxs) == 1 else "|".join(f"(?:{r})" for r in rxs)
            p["pattern"] = [{"LOWER": {"REGEX": joined}}]
    return out


def compile_patterns(
    patterns: Sequence[dict[str, Any]], free_flags: Iterable[int] | None = None
) -> CompiledPatterns:
    """Rewrite SpanRuler patterns so that the Matcher's per-token work happens in C (see module doc)."""
    available = list(free_flags if free_flags is not None else range(FIRST_FREE_FLAG, LAST_FLAG + 1))
    flag_of: dict[str, int] = {}
    compiled: list[dict[str, Any]] = []
    for p in _merge_single_token(patterns):
        toks = p["pattern"]
        if not isinstance(toks, list) or not toks:
            compiled.append(p)
            continue
        rx = _lower_predicate(toks[0])
        if rx is not None and (rx in flag_of or available):
            if rx not in flag_of:
                re.compile(rx)  # fail early on a bad pattern
                flag_of[rx] = available.pop(0)
            first: dict[str, Any] = {f"FLAG{flag_of[rx]}": True}
            if "OP" in toks[0]:
                first["OP"] = toks[0]["OP"]
            p = {**p, "pattern": [first, *toks[1:]]}
        compiled.append(p)
    return CompiledPatterns(compiled, {fid: rx for rx, fid in flag_of.items()}, len(patterns))


def flag_getter(regex: str) -> Any:
    """A ``str -> bool`` function for ``Vocab.add_flag``: the regex tested on the lower-cased word."""
    search = re.compile(regex).search

    def getter(text: str) -> bool:
        return search(text.lower()) is not None

    return getter
