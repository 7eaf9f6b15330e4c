"""Score extracted explanations against the labelled development set (contract rows, as dicts).

Matching: a predicted row can match a gold row of the same file whose page is at most one away, when
the predicted text covers at least half of the gold row's distinct words and is not more than three
times as long. Pairs are made one to one, greedily, best word overlap first.

Scored on gold rows of kind ``cause``:

- recall: gold causes matched by any predicted row;
- precision: predicted causes matched to a gold cause, over all predicted causes (a predicted cause that
  matches a gold row of another kind, or nothing, is a false positive);
- amount, direction and area accuracy over the matched gold causes; kind accuracy over all matched pairs.

Only files that have gold rows are scored; predictions for other files are ignored.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from rapidfuzz import fuzz

MIN_OVERLAP = 0.5  # share of the gold row's words that the prediction must contain
MAX_LENGTH_RATIO = 3.0  # a prediction may be at most this many times longer than the gold text (in words)
PAGE_SLACK = 1
AMOUNT_TOLERANCE = 0.005  # relative
AREA_FUZZ = 90.0
FIELDS = {"amount": "amount_sek", "direction": "direction", "area": "area", "kind": "kind"}
TARGETS = {"recall": 0.95, "precision": 0.90, "amount": 0.90, "direction": 0.95, "area": 0.90}

_WORD = re.compile(r"\w+")


def words(text: str | None) -> list[str]:
    return _WORD.findall((text or "").lower())


def overlap(gold_text: str, pred_text: str) -> float:
    """|gold words ∩ predicted words| / |gold words|, over distinct words."""
    gold = set(words(gold_text))
    if not gold:
        return 0.0
    return len(gold & set(words(pred_text))) / len(gold)


def texts_match(gold_text: str, pred_text: str) -> float:
    """The overlap when the pair may match, else 0.0."""
    n_gold, n_pred = len(words(gold_text)), len(words(pred_text))
    if n_gold == 0 or n_pred > MAX_LENGTH_RATIO * n_gold:
        return 0.0
    share = overlap(gold_text, pred_text)
    return share if share >= MIN_OVERLAP else 0.0


def amounts_agree(gold: float | None, pred: float | None) -> bool:
    """Equal within 0.5 %, or both missing; a zero deviation counts as no amount."""
    gold = gold or None
    pred = pred or None
    if gold is None or pred is None:
        return gold is None and pred is None
    return abs(pred - gold) <= AMOUNT_TOLERANCE * abs(gold)


def normalise_area(area: str | None) -> str:
    text = (area or "").lower().replace("&", " och ")
    return " ".join(re.sub(r"[^\w]+", " ", text).split())


def areas_agree(gold: str | None, pred: str | None) -> bool:
    """Same after normalising case, whitespace and punctuation, fuzzy ≥ 90, or one inside the other."""
    g, p = normalise_area(gold), normalise_area(pred)
    if not g or not p:
        return not g and not p
    return g == p or g in p or p in g or fuzz.ratio(g, p) >= AREA_FUZZ


@dataclass(frozen=True)
class Match:
    gold: int  # index into the gold rows
    pred: int  # index into the predicted rows
    overlap: float


def match_rows(gold: Sequence[dict[str, Any]], predicted: Sequence[dict[str, Any]]) -> list[Match]:
    """One-to-one pairs, greedily by best overlap (ties: same page, then same kind, then order)."""
    candidates: list[tuple[float, int, int, int, int]] = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(predicted):
            if p.get("file") != g.get("file"):
                continue
            page_gap = abs(int(p.get("page") or 0) - int(g.get("page") or 0))
            if page_gap > PAGE_SLACK:
                continue
            share = texts_match(g.get("text") or "", p.get("text") or "")
            if share:
                same_kind = int(p.get("kind") == g.get("kind"))
                candidates.append((-share, page_gap, -same_kind, gi, pi))
    candidates.sort()
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    matches = []
    for neg_share, _gap, _kind, gi, pi in candidates:
        if gi in used_gold or pi in used_pred:
            continue
        used_gold.add(gi)
        used_pred.add(pi)
        matches.append(Match(gi, pi, -neg_share))
    return sorted(matches, key=lambda m: m.gold)


def _ratio(numerator: int, denominator: int) -> float | None:
    return numerator / denominator if denominator else None


def _score(
    gold: Sequence[dict[str, Any]], predicted: Sequence[dict[str, Any]], matches: Iterable[Match]
) -> dict[str, Any]:
    pairs = [(gold[m.gold], predicted[m.pred]) for m in matches]
    cause_pairs = [(g, p) for g, p in pairs if g.get("kind") == "cause"]
    n_gold_cause = sum(1 for g in gold if g.get("kind") == "cause")
    n_pred_cause = sum(1 for p in predicted if p.get("kind") == "cause")
    true_pos = sum(1 for g, p in cause_pairs if p.get("kind") == "cause")
    recall = _ratio(len(cause_pairs), n_gold_cause)
    precision = _ratio(true_pos, n_pred_cause)
    f1 = 2 * recall * precision / (recall + precision) if recall and precision else None
    return {
        "n_gold": len(gold),
        "n_pred": len(predicted),
        "n_gold_cause": n_gold_cause,
        "n_pred_cause": n_pred_cause,
        "matched": len(pairs),
        "matched_cause": len(cause_pairs),
        "true_positive": true_pos,
        "recall": recall,
        "recall_as_cause": _ratio(true_pos, n_gold_cause),
        "precision": precision,
        "f1": f1,
        "amount": _ratio(
            sum(amounts_agree(g.get("amount_sek"), p.get("amount_sek")) for g, p in cause_pairs),
            len(cause_pairs),
        ),
        "direction": _ratio(
            sum(g.get("direction") == p.get("direction") for g, p in cause_pairs), len(cause_pairs)
        ),
        "area": _ratio(
            sum(areas_agree(g.get("area"), p.get("area")) for g, p in cause_pairs), len(cause_pairs)
        ),
        "kind": _ratio(sum(g.get("kind") == p.get("kind") for g, p in pairs), len(pairs)),
    }


def _brief(row: dict[str, Any]) -> dict[str, Any]:
    return {
        "file": row.get("file"),
        "page": row.get("page"),
        "kind": row.get("kind"),
        "area": row.get("area"),
        "text": (row.get("text") or "")[:100],
    }


def evaluate_extraction(gold: list[dict[str, Any]], predicted: list[dict[str, Any]]) -> dict[str, Any]:
    """Compare predicted contract rows with gold rows; see the module docstring for the rules."""
    files = sorted({str(g.get("file")) for g in gold})
    scored = [i for i, p in enumerate(predicted) if p.get("file") in files]  # indices into ``predicted``
    predicted = [predicted[i] for i in scored]
    matches = match_rows(gold, predicted)
    per_file = {}
    for file in files:
        g_idx = [i for i, g in enumerate(gold) if g.get("file") == file]
        p_idx = [i for i, p in enumerate(predicted) if p.get("file") == file]
        g_pos = {i: n for n, i in enumerate(g_idx)}
        p_pos = {i: n for n, i in enumerate(p_idx)}
        file_matches = [Match(g_pos[m.gold], p_pos[m.pred], m.overlap) for m in matches if m.gold in g_pos]
        per_file[file] = _score([gold[i] for i in g_idx], [predicted[i] for i in p_idx], file_matches)
    matched_gold = {m.gold: m for m in matches}
    matched_pred = {m.pred: m for m in matches}
    missed = [_brief(g) for i, g in enumerate(gold) if g.get("kind") == "cause" and i not in matched_gold]
    false_positives = [
        _brief(p)
        for i, p in enumerate(predicted)
        if p.get("kind") == "cause"
        and (i not in matched_pred or gold[matched_pred[i].gold].get("kind") != "cause")
    ]
    mismatches = []
    for m in matches:
        g, p = gold[m.gold], predicted[m.pred]
        if g.get("kind") != "cause":
            continue
        wrong = [
            name
            for name, ok in (
                ("amount", amounts_agree(g.get("amount_sek"), p.get("amount_sek"))),
                ("direction", g.get("direction") == p.get("direction")),
                ("area", areas_agree(g.get("area"), p.get("area"))),
                ("kind", p.get("kind") == "cause"),
            )
            if not ok
        ]
        if wrong:
            mismatches.append(
                {
                    **_brief(g),
                    "wrong": wrong,
                    "gold": {name: g.get(key) for name, key in FIELDS.items()},
                    "pred": {name: p.get(key) for name, key in FIELDS.items()},
                }
            )
    return {
        "overall": _score(gold, predicted, matches),
        "files": per_file,
        "matches": [
            {"gold": m.gold, "pred": scored[m.pred], "overlap": round(m.overlap, 3)} for m in matches
        ],
        "missed": missed,
        "false_positives": false_positives,
        "mismatches": mismatches,
        "targets": dict(TARGETS),
    }


def _cell(value: float | None) -> str:
    return "   –" if value is None else f"{value:4.2f}"


def format_report(result: dict[str, Any]) -> str:
    """A table per report and overall, then the targets and what was missed or wrong."""
    columns = ("recall", "precision", "amount", "direction", "area", "kind")
    head = f"{'report':34} {'gold':>4} {'pred':>4} " + " ".join(f"{c[:9]:>9}" for c in columns)
    lines = [head, "-" * len(head)]

    def row(name: str, s: dict[str, Any]) -> str:
        cells = " ".join(f"{_cell(s[c]):>9}" for c in columns)
        return f"{name[:34]:34} {s['n_gold_cause']:>4} {s['n_pred_cause']:>4} {cells}"

    for file, scores in result["files"].items():
        lines.append(row(file, scores))
    lines.append("-" * len(head))
    overall = result["overall"]
    lines.append(row("overall", overall))
    lines.append("(gold/pred: rows of kind cause; kind accuracy over all matched rows)")
    verdicts = []
    for name, target in result["targets"].items():
        value = overall.get(name)
        ok = value is not None and value >= target
        verdicts.append(f"{name} {_cell(value).strip()} {'≥' if ok else '<'} {target:.2f}")
    lines.append("targets: " + ", ".join(verdicts))
    for title, items in (("missed causes", result["missed"]), ("false positives", result["false_positives"])):
        if items:
            lines.append(f"{title} ({len(items)}):")
            lines.extend(f"  {i['file']} p{i['page']} [{i['area']}] {i['text'][:70]}" for i in items)
    if result["mismatches"]:
        lines.append(f"wrong fields on matched causes ({len(result['mismatches'])}):")
        for m in result["mismatches"]:
            diffs = ", ".join(f"{k}: {m['gold'][k]!r} → {m['pred'][k]!r}" for k in m["wrong"])
            lines.append(f"  {m['file']} p{m['page']} {m['text'][:50]}… {diffs}")
    return "\n".join(lines)
