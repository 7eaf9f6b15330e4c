"""The cause tagger's training data: labelled real passages first, then the project's own sentences.

Every labelled folder under ``data/labelled/corpus/`` in the shared label format (LABELS.md) gives its
items as examples: the item's text with the tags the labellers gave it (only the causes the passage
itself names; an account group's name gives none). Items of kind ``action`` and boilerplate teach
"no cause here" (actions and "i balans" statements are never tagged). ``data/labelled/tags.jsonl`` adds
the project's own sentences; reviews from the app come last and weigh most.

Each example remembers the report it came from (``group``), so that a report can be held out whole:
``examples(held_out={"x.pdf"})`` leaves out the report's items and the own sentences cut from it
(``meta.source`` ``seed:x.pdf``). No spaCy here.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from extract.evaluation.corpus import is_labelled, load_corpus
from extract.tag_files import REPO_ROOT

CORPUS_DIR = REPO_ROOT / "data" / "labelled" / "corpus"
LABELLED_PATH = REPO_ROOT / "data" / "labelled" / "tags.jsonl"
# how much one example counts: real passages most, reports written in their style and own sentences less
FOLDER_WEIGHTS = {"real": 1.0, "seeds": 1.0, "written": 0.6}
OWN_WEIGHT = 0.6
NO_CAUSE_KINDS = frozenset({"action"})


@dataclass(frozen=True)
class TagExample:
    text: str
    cats: dict[str, float] = field(default_factory=dict)  # tag -> 1.0 (given) or 0.0 (reviewed away)
    weight: float = 1.0
    group: str = ""  # "real/x.pdf", "seeds/x.pdf", "written/x.pdf", "own" or "review"
    kind: str | None = None

    @property
    def tags(self) -> frozenset[str]:
        return frozenset(t for t, v in self.cats.items() if v >= 0.5)

    @property
    def report(self) -> str | None:
        """The PDF the example was cut from, if any."""
        return self.group.split("/", 1)[1] if "/" in self.group else None


def read_rows(path: Path) -> list[dict[str, Any]]:
    rows = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                rows.append(json.loads(line))
    return rows


def corpus_examples(root: Path = CORPUS_DIR, folders: Iterable[str] = FOLDER_WEIGHTS) -> list[TagExample]:
    """The labelled items of the corpus folders, one example each (a text stated in two reports twice)."""
    found: list[TagExample] = []
    for name in folders:
        if not is_labelled(root / name):
            continue
        for item in load_corpus(root / name).gold:
            text = " ".join(str(item.get("text") or "").split())
            if not text:
                continue
            no_cause = item.get("boilerplate") or item.get("kind") in NO_CAUSE_KINDS
            tags = () if no_cause else (item.get("tags") or ())
            found.append(
                TagExample(
                    text,
                    {t: 1.0 for t in tags},
                    FOLDER_WEIGHTS[name],
                    f"{name}/{item.get('file')}",
                    "boilerplate" if item.get("boilerplate") else item.get("kind"),
                )
            )
    return found


def own_examples(path: Path = LABELLED_PATH) -> list[TagExample]:
    """The project's own tag sentences (both splits); those cut from a report remember it."""
    found = []
    for row in read_rows(path):
        source = str(row.get("meta", {}).get("source", ""))
        group = "own/" + source.split(":", 1)[1] if source.startswith("seed:") else "own"
        found.append(TagExample(row["text"], dict(row.get("cats", {})), OWN_WEIGHT, group))
    return found


def review_examples(rows: Iterable[dict[str, Any]], weight: float) -> list[TagExample]:
    return [
        TagExample(r["text"], {t: float(v) for t, v in r.get("cats", {}).items()}, weight, "review")
        for r in rows
    ]


def examples(
    held_out: Iterable[str] = (),
    *,
    root: Path = CORPUS_DIR,
    own: Path | None = LABELLED_PATH,
    reviews: Sequence[TagExample] = (),
) -> list[TagExample]:
    """Corpus items, own sentences and reviews, without anything cut from the ``held_out`` PDFs nor any text
    they hold (a cover letter repeats its report's sentences). A reviewed text replaces a labelled one with
    the same words; among the rest a text counts once (the corpus wins)."""
    out_files = set(held_out)
    reviewed = {_key(r.text) for r in reviews}
    every = [*corpus_examples(root), *(own_examples(own) if own is not None else [])]
    held_texts = {_key(e.text) for e in every if e.report in out_files}
    kept: list[TagExample] = []
    seen: set[str] = set()
    for example in every:
        key = _key(example.text)
        if example.report in out_files or key in held_texts or key in reviewed or key in seen:
            continue
        seen.add(key)
        kept.append(example)
    return kept + list(reviews)


def _key(text: str) -> str:
    return " ".join(text.split()).lower()
