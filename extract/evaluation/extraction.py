"""Extraction figures: recall, precision and the fields of matched causes, as the reference scorer counts.

Over gold items of kind ``cause`` that are not boilerplate (the scored causes); a ratio with nothing
to count is ``None``:

- recall: scored causes matched by a prediction of any kind;
- precision: predictions of kind ``cause`` or none that match a scored cause, over those plus the ones
  that match nothing (matching an action, other or boilerplate item is neutral);
- on matched scored causes: amount (within 0.5 %, 1 kr or half a unit of the last digit the prose
  states; split by ``amount_source``), direction, area, kind = cause (when the prediction gives a
  kind), and tag micro precision/recall/F1;
- per file, recall and precision; per gold kind, how many items some prediction matched.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass
from functools import cache
from pathlib import Path
from typing import Any

from extract.evaluation.rules import (
    Item,
    Match,
    Row,
    amount_of,
    amount_ok,
    area_ok,
    greedy_match,
    norm_direction,
    stated_tolerance,
    tag_set,
)

KINDS = ("action", "cause", "forecast_change", "other")
AMOUNT_SOURCES = ("prose", "table")
TAXONOMY_PATH = Path(__file__).resolve().parents[2] / "data" / "taxonomy.json"


def ratio(numerator: float, denominator: float) -> float | None:
    return numerator / denominator if denominator else None


def f1(precision: float | None, recall: float | None) -> float | None:
    if precision is None or recall is None:
        return None
    return 0.0 if precision + recall == 0 else 2 * precision * recall / (precision + recall)


@dataclass(frozen=True)
class Count:
    """``hits`` of ``n``: a recall or an accuracy."""

    hits: int = 0
    n: int = 0

    @property
    def value(self) -> float | None:
        return ratio(self.hits, self.n)

    def add(self, ok: bool) -> Count:
        return Count(self.hits + int(ok), self.n + 1)


@dataclass(frozen=True)
class FileScore:
    matched: int
    scored: int
    tp: int
    fp: int

    @property
    def recall(self) -> float | None:
        return ratio(self.matched, self.scored)

    @property
    def precision(self) -> float | None:
        return ratio(self.tp, self.tp + self.fp)


@dataclass(frozen=True)
class Listed:
    """A missed scored cause or a false positive: its index in its list and what identifies it."""

    index: int
    file: str | None
    page: Any
    area: Any
    text: str


@dataclass(frozen=True)
class WrongField:
    field: str
    gold: Any
    pred: Any


@dataclass(frozen=True)
class FieldErrors:
    """A matched scored cause whose amount, direction, area or kind is wrong."""

    gold: Listed
    pred: int
    wrong: tuple[WrongField, ...]


@dataclass(frozen=True)
class TagCounts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float | None:
        return ratio(self.tp, self.tp + self.fp)

    @property
    def recall(self) -> float | None:
        return ratio(self.tp, self.tp + self.fn)

    @property
    def f1(self) -> float | None:
        return f1(self.precision, self.recall)


@dataclass(frozen=True)
class ExtractionScore:
    n_gold: int
    n_pred: int
    recall: Count  # scored causes matched
    recall_with_tags: Count  # the same, over the scored causes that have tags
    tp: int
    fp: int
    neutral: int
    fp_unknown_file: int  # false positives naming a file that has no gold items
    amount: Count
    amount_by_source: dict[str, Count]  # 'prose', 'table'
    direction: Count
    area: Count
    kind: Count
    tags: TagCounts
    unknown_tags: dict[str, int]  # predicted tags outside the taxonomy
    per_file: dict[str, FileScore]
    by_gold_kind: dict[str, Count]  # 'cause', 'forecast_change/boilerplate', …: gold items matched
    matches: tuple[Match, ...]
    missed: tuple[Listed, ...]
    false_positives: tuple[Listed, ...]
    field_errors: tuple[FieldErrors, ...]

    @property
    def precision(self) -> float | None:
        return ratio(self.tp, self.tp + self.fp)

    @property
    def f1(self) -> float | None:
        return f1(self.precision, self.recall.value)

    def figures(self) -> dict[str, Any]:
        """The figures under the names, and in the shape, of the reference scorer's JSON line."""
        out: dict[str, Any] = {
            "n_gold": self.n_gold,
            "n_gold_scored": self.recall.n,
            "n_pred": self.n_pred,
            "n_matched": self.recall.hits,
            "recall": self.recall.value,
            "recall_with_tags": self.recall_with_tags.value,
            "n_gold_scored_with_tags": self.recall_with_tags.n,
            "pred_tp": self.tp,
            "pred_fp": self.fp,
            "pred_neutral": self.neutral,
            "pred_fp_unknown_file": self.fp_unknown_file,
            "precision": self.precision,
            "f1": self.f1,
            "tag_tp": self.tags.tp,
            "tag_fp": self.tags.fp,
            "tag_fn": self.tags.fn,
            "tag_precision": self.tags.precision,
            "tag_recall": self.tags.recall,
            "tag_f1": self.tags.f1,
            "unknown_tags": dict(self.unknown_tags),
            "per_file": {
                name: {
                    "recall": s.recall,
                    "matched": s.matched,
                    "scored": s.scored,
                    "precision": s.precision,
                    "tp": s.tp,
                    "fp": s.fp,
                }
                for name, s in self.per_file.items()
            },  # fmt: skip
            "matched_by_gold_kind": {k: {"matched": c.hits, "n": c.n} for k, c in self.by_gold_kind.items()},
        }
        counts = {"amount": self.amount, "direction": self.direction, "area": self.area, "kind": self.kind}
        for name, count in counts.items():
            out[f"{name}_acc"], out[f"{name}_n"] = count.value, count.n
        for source, count in self.amount_by_source.items():
            out[f"amount_acc_{source}"], out[f"amount_n_{source}"] = count.value, count.n
        return out

    def errors(self) -> dict[str, Any]:
        """The missed causes, the false positives and the wrong fields, as JSON."""
        return {
            "missed": [asdict(x) for x in self.missed],
            "false_positives": [asdict(x) for x in self.false_positives],
            "field_errors": [asdict(x) for x in self.field_errors],
        }

    def format(self, show_errors: bool = False) -> str:
        """The reference scorer's printout (without its JSON line); with ``show_errors`` the missed
        causes, the false positives and then the wrong fields of matched causes."""
        return format_extraction(self, show_errors)


@cache
def tag_vocabulary(path: Path = TAXONOMY_PATH) -> frozenset[str]:
    """The cause tags of the taxonomy; predicted tags outside it are reported."""
    return frozenset(row["tag"] for row in json.loads(path.read_text(encoding="utf-8")))


def _listed(item: Item, file: str | None) -> Listed:
    row = item.row
    return Listed(item.index, file, row.get("page"), row.get("area"), str(row.get("text")))


_FIELD_KEYS = {"amount": "amount_sek", "direction": "direction", "area": "area", "kind": "kind"}


def field_checks(gold: Item, pred: Item) -> Iterable[tuple[str, bool]]:
    """(field, agrees) for each field the gold item states (kind: when the prediction gives one)."""
    amount = gold.row.get("amount_sek")
    if amount is not None:
        source = gold.row.get("amount_source", "prose")
        tolerance = stated_tolerance(gold.row.get("amount_text")) if source == "prose" else 0.0
        yield "amount", amount_ok(float(amount), amount_of(pred.row.get("amount_sek")), tolerance)
    if gold.row.get("direction") is not None:
        yield "direction", norm_direction(pred.row.get("direction")) == gold.row.get("direction")
    if gold.area:
        yield "area", area_ok(gold.area, pred.area)
    if pred.kind is not None:
        yield "kind", pred.kind == "cause"


def _matched(items: Iterable[Item], matches: dict[int, Match]) -> Count:
    hits = [item.index in matches for item in items]
    return Count(sum(hits), len(hits))


def score_extraction(
    gold_rows: Sequence[Row], pred_rows: Sequence[Row], vocabulary: frozenset[str] | None = None
) -> ExtractionScore:
    """Match the predictions to the gold items one to one and count (see the module docstring)."""
    vocabulary = tag_vocabulary() if vocabulary is None else vocabulary
    golds = [Item.of(row, i) for i, row in enumerate(gold_rows)]
    preds = [Item.of(row, i) for i, row in enumerate(pred_rows)]
    matches = greedy_match(golds, preds)
    gold_of_pred = {m.pred: m.gold for m in matches.values()}
    scored = [g for g in golds if g.scored]
    files = sorted({g.file for g in golds if g.file is not None})

    tp = fp = neutral = fp_unknown_file = 0
    file_tp: Counter[str] = Counter()
    file_fp: Counter[str] = Counter()
    false_positives = []
    for pred in preds:
        if pred.kind not in (None, "cause"):
            continue
        gold_index = gold_of_pred.get(pred.index)
        if gold_index is None:
            fp += 1
            false_positives.append(_listed(pred, pred.file))
            if pred.file in files:
                file_fp[str(pred.file)] += 1
            else:
                fp_unknown_file += 1
        elif golds[gold_index].scored:
            tp += 1
            file_tp[str(golds[gold_index].file)] += 1
        else:
            neutral += 1

    fields = dict.fromkeys(_FIELD_KEYS, Count())
    by_source = dict.fromkeys(AMOUNT_SOURCES, Count())
    tags = TagCounts()
    unknown_tags: Counter[str] = Counter()
    field_errors = []
    for gold in scored:
        if gold.index not in matches:
            continue
        pred = preds[matches[gold.index].pred]
        wrong = []
        for name, ok in field_checks(gold, pred):
            fields[name] = fields[name].add(ok)
            source = gold.row.get("amount_source", "prose")
            if name == "amount" and source in by_source:
                by_source[source] = by_source[source].add(ok)
            if not ok:
                key = _FIELD_KEYS[name]
                wrong.append(WrongField(name, gold.row.get(key), pred.row.get(key)))
        if wrong:
            field_errors.append(FieldErrors(_listed(gold, gold.row.get("file")), pred.index, tuple(wrong)))
        gold_tags, pred_tags = tag_set(gold.row.get("tags")), tag_set(pred.row.get("tags"))
        unknown_tags.update(tag for tag in pred_tags if tag not in vocabulary)
        tags = TagCounts(
            tags.tp + len(gold_tags & pred_tags),
            tags.fp + len(pred_tags - gold_tags),
            tags.fn + len(gold_tags - pred_tags),
        )

    by_gold_kind = {}
    for kind in KINDS:
        for boilerplate in (False, True):
            items = [g for g in golds if g.kind == kind and g.boilerplate == boilerplate]
            if items:
                by_gold_kind[kind + ("/boilerplate" if boilerplate else "")] = _matched(items, matches)
    per_file = {}
    for name in files:
        count = _matched((g for g in scored if g.file == name), matches)
        per_file[name] = FileScore(count.hits, count.n, file_tp[name], file_fp[name])
    return ExtractionScore(
        n_gold=len(golds),
        n_pred=len(preds),
        recall=_matched(scored, matches),
        recall_with_tags=_matched((g for g in scored if g.row.get("tags")), matches),
        tp=tp,
        fp=fp,
        neutral=neutral,
        fp_unknown_file=fp_unknown_file,
        amount=fields["amount"],
        amount_by_source=by_source,
        direction=fields["direction"],
        area=fields["area"],
        kind=fields["kind"],
        tags=tags,
        unknown_tags=dict(unknown_tags),
        per_file=per_file,
        by_gold_kind=by_gold_kind,
        matches=tuple(sorted(matches.values(), key=lambda m: m.gold)),
        missed=tuple(_listed(g, g.row.get("file")) for g in scored if g.index not in matches),
        false_positives=tuple(false_positives),
        field_errors=tuple(field_errors),
    )


# ---- printout -----------------------------------------------------------------------------------


def _fmt(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.3f}"


def _with_n(count: Count) -> str:
    return f"{_fmt(count.value)}  (n={count.n})"


def format_extraction(score: ExtractionScore, show_errors: bool = False) -> str:
    """The lines the reference scorer prints, then (``show_errors``) what went wrong."""
    s = score
    rows = [
        ("gold items (all / scored cause)", f"{s.n_gold} / {s.recall.n}"),
        ("predictions", str(s.n_pred)),
        ("recall", f"{_fmt(s.recall.value)}  ({s.recall.hits}/{s.recall.n})"),
        ("recall, items with cause tags", _with_n(s.recall_with_tags)),
        ("precision", f"{_fmt(s.precision)}  (tp={s.tp} fp={s.fp} neutral={s.neutral})"),
        ("F1", _fmt(s.f1)),
        ("amount exact", _with_n(s.amount)),
        ("  amount from prose", _with_n(s.amount_by_source["prose"])),
        ("  amount from table row", _with_n(s.amount_by_source["table"])),
        ("direction accuracy", _with_n(s.direction)),
        ("area match", _with_n(s.area)),
        ("kind = cause (when given)", _with_n(s.kind)),
        ("tag precision", _fmt(s.tags.precision)),
        ("tag recall", _fmt(s.tags.recall)),
        ("tag F1", f"{_fmt(s.tags.f1)}  (tp={s.tags.tp} fp={s.tags.fp} fn={s.tags.fn})"),
    ]
    width = max(len(label) for label, _ in rows)
    lines = ["== avvik extraction score =="]
    lines += [f"{label:<{width}}  {value}" for label, value in rows]
    lines += ["", f"{'file':<28} {'recall':>9} {'precision':>9}"]
    for name, f in s.per_file.items():
        lines.append(
            f"{name:<28} {_fmt(f.recall):>9} {_fmt(f.precision):>9}   ({f.matched}/{f.scored} matched, fp={f.fp})"
        )
    kinds = ", ".join(f"{kind} {c.hits}/{c.n}" for kind, c in s.by_gold_kind.items())
    lines += ["", f"matched by gold kind: {kinds}"]
    if s.unknown_tags:
        lines.append(f"WARNING: tags outside the vocabulary: {s.unknown_tags}")
    if s.fp_unknown_file:
        lines.append(f"WARNING: {s.fp_unknown_file} predictions name a file that is not in the gold set")
    if show_errors:
        lines += ["", "-- missed scored gold items --"]
        lines += [f"  [{g.index}] {g.file} p{g.page} {g.area}: {g.text[:110]}" for g in s.missed]
        lines.append("-- false-positive predictions --")
        lines += [f"  [{p.index}] {p.file} p{p.page}: {p.text[:110]}" for p in s.false_positives]
        lines.append("-- wrong fields on matched scored gold items --")
        for e in s.field_errors:
            wrong = ", ".join(f"{w.field} {w.gold!r} → {w.pred!r}" for w in e.wrong)
            lines.append(
                f"  [{e.gold.index}→{e.pred}] {e.gold.file} p{e.gold.page} {wrong}: {e.gold.text[:70]}"
            )
    return "\n".join(lines)
