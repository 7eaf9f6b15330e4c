"""A cheap test that a regular expression cannot match a text: the literal strings one of which every
match must contain, read from the pattern's own parse tree.

A cue is a long alternation ("negativ|underskott|överskrid|…|kostnad\\w*\\s+…"): ``re`` tries every branch
at every position, so a search that finds nothing (the usual case) costs tens of microseconds on a
sentence. Every match of ``underskott|kostnad\\w*\\s+(har\\s+)?ökat`` contains "underskott" or "kostnad";
when the text contains neither, no match is possible, and ``str.__contains__`` finds that out in a
fraction of the time. The literals come from Python's own regex parser, so they hold by construction for
every pattern it parses; a pattern without them (or that the parser's internals do not describe the way
this module expects) is simply never filtered.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any, cast

import ahocorasick

try:  # the parser re itself uses; its tree is an internal format, read defensively
    from re import _constants as _sre  # type: ignore[attr-defined]
    from re import _parser as _sre_parse  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - another Python's internals
    _sre = _sre_parse = None

_REPEATS = tuple(
    getattr(_sre, name) for name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT") if hasattr(_sre, name)
)
Needs = frozenset[str] | None  # one of these literals is in every match; None: no such set is known
_MIN_LENGTH = 3  # literals shorter than this are found in almost any sentence: no use as a filter


def required_literals(pattern: re.Pattern[str]) -> Needs:
    """Strings one of which every match of ``pattern`` contains, or None. Case-insensitive patterns,
    and patterns whose best set has a literal shorter than three characters, get None."""
    if _sre_parse is None or pattern.flags & re.IGNORECASE:
        return None
    try:
        tree = _sre_parse.parse(pattern.pattern, pattern.flags)
        needs = _sequence(list(tree))
    except Exception:  # an internal format this module does not know: never filter
        return None
    if needs is None or min(map(len, needs)) < _MIN_LENGTH:
        return None
    return needs


def _better(a: Needs, b: Needs) -> Needs:
    """The more selective of two requirements: longer shortest literal, then fewer alternatives."""
    if a is None:
        return b
    if b is None:
        return a
    return max(a, b, key=lambda n: (min(map(len, n)), -len(n)))


def _sequence(items: Sequence[tuple[object, object]]) -> Needs:
    """A concatenation: each run of literal characters is required, and so is each required element;
    the most selective of them is kept."""
    best: Needs = None
    run: list[str] = []
    for op, av in items:
        if op is _sre.LITERAL:
            run.append(chr(av))  # type: ignore[arg-type]
            continue
        if run:
            best = _better(best, frozenset({"".join(run)}))
            run = []
        best = _better(best, _element(op, av))
    if run:
        best = _better(best, frozenset({"".join(run)}))
    return best


def _element(op: object, av: object) -> Needs:
    if op is _sre.SUBPATTERN:
        return _sequence(list(av[-1]))  # type: ignore[index]
    if op is _sre.BRANCH:
        branches = [_sequence(list(branch)) for branch in av[1]]  # type: ignore[index]
        if any(b is None for b in branches):
            return None  # a branch that needs nothing: the alternation needs nothing
        return frozenset().union(*branches)  # type: ignore[arg-type]
    if op in _REPEATS:
        low, _high, item = cast(tuple[int, int, Any], av)
        return _sequence(list(item)) if low >= 1 else None
    if op is getattr(_sre, "ATOMIC_GROUP", None):
        return _sequence(list(av))  # type: ignore[call-overload]
    return None  # a class, any character, an anchor, a lookaround, a back-reference: no literal


def top_level_branches(pattern: str) -> list[str]:
    """The pattern's top-level alternatives as source text ("a|b(c|d)|e" -> ["a", "b(c|d)", "e"])."""
    branches, start, depth, i = [], 0, 0, 0
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            i += 1  # the escaped character
        elif char == "[":  # a class: to its closing "]" ("[]…]" and "[^]…]" hold a literal "]")
            i += 1
            i += pattern[i] == "^" if i < len(pattern) else 0
            i += pattern[i] == "]" if i < len(pattern) else 0
            while i < len(pattern) and pattern[i] != "]":
                i += 2 if pattern[i] == "\\" else 1
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            branches.append(pattern[start:i])
            start = i + 1
        i += 1
    branches.append(pattern[start:])
    return branches


def minimal(literals: frozenset[str]) -> frozenset[str]:
    """Without the literals that hold a shorter one: a text holds them only where it holds that one."""
    return frozenset(n for n in literals if not any(m != n and m in n for m in literals))


class LiteralIndex:
    """The literals of many patterns' alternatives in one Aho-Corasick automaton. Each pattern owns a run of
    bits, one per alternative, in one mask over every pattern; a literal stands for the bits of the
    alternatives that need it. One pass over a text ORs the masks of the literals found: every pattern then
    reads the bits of its alternatives that may match there. The cues of one sentence (twenty-odd) share
    that pass. Patterns may register at any time (each module defines its own cues); the automaton is
    rebuilt at the next scan."""

    def __init__(self) -> None:
        self._masks: dict[str, int] = {}  # literal -> the bits of the alternatives that need it
        self._bits = 0  # bits given out so far
        self._automaton: Any = None

    def register(self, needs: Sequence[frozenset[str] | None]) -> tuple[int, int]:
        """The pattern's offset in the mask, and the bits of its alternatives that need no literal (always
        possible), counted from that offset; ``needs``: each alternative's literals, one of which its
        every match holds, or None."""
        offset, free = self._bits, 0
        self._bits += len(needs)
        for bit, literals in enumerate(needs):
            if literals is None:
                free |= 1 << bit
                continue
            for literal in literals:
                self._masks[literal] = self._masks.get(literal, 0) | 1 << (offset + bit)
        self._automaton = None
        return offset, free

    def possible(self, text: str) -> int:
        """The mask of the alternatives whose literals ``text`` holds: a pattern's are
        ``mask >> offset & (1 << len(needs)) - 1``."""
        if self._automaton is None:
            automaton = ahocorasick.Automaton()
            for literal, mask in self._masks.items():
                automaton.add_word(literal, mask)
            automaton.make_automaton()
            self._automaton = automaton
        found = 0
        for _end, mask in self._automaton.iter(text):
            found |= mask
        return found
