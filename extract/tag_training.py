"""Train the cause classifier of :mod:`extract.tagger`.

``python -m extract.tag_training build`` trains on the labelled passages of ``data/labelled/corpus/``
(real reports, the seeds, reports written in their style), the own sentences of
``data/labelled/tags.jsonl`` and reviewed tags, if given (:mod:`extract.tag_data`), and writes
``models/tagger/build``; ``python -m extract.tag_loo`` prints per-tag precision/recall/F1
leave-one-report-out on the
labelled real reports (``python -m extract.tag_loo``). Reviews are training data: a reviewed text overrides the
label of the same text in the labelled set, weighs more than a labelled example, and is remembered
verbatim so that the next model returns the reviewed tags for it (source ``"review"``).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import shutil
import sys
import tempfile
import time
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import numpy as np
import scipy.sparse as sp
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import KFold

from extract.tag_data import CORPUS_DIR, LABELLED_PATH, TagExample, examples, review_examples
from extract.tag_features import LinearTagModel, NgramVectorizer
from extract.tag_files import (
    CONFIG_FILE,
    DEFAULT_MODEL_DIR,
    PATTERNS_FILE,
    TAGGER_DIR,
    load_config,
)
from extract.tag_patterns import patterns_digest
from extract.tag_rules import SENTENCE_ENDS, sentence_ranges
from extract.tagger import (
    REVIEWS_FILE,
    build_pipeline,
    doc_words,
    load_taxonomy,
    normalise_text,
    rule_tag_indices,
)

GATE_KINDS = frozenset({"cause", "forecast_change"})
BUILD_STAMP = ".build-stamp"


def load_examples(path: Path = LABELLED_PATH, split: str | None = None) -> list[dict[str, Any]]:
    rows = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                row = json.loads(line)
                if split is None or row.get("meta", {}).get("split") == split:
                    rows.append(row)
    return rows


def review_memory(extra: Iterable[dict[str, Any]]) -> tuple[list[TagExample], dict[str, dict[str, float]]]:
    """Reviews as training examples (the last review of a text wins) and as the memory the model keeps."""
    memory: dict[str, dict[str, float]] = {}
    texts: dict[str, str] = {}
    for row in extra:
        key = normalise_text(row["text"])
        memory[key] = {t: float(v) for t, v in row.get("cats", {}).items()}
        texts[key] = row["text"]
    weight = float(load_config(None)["classifier"].get("review_weight", 5.0))
    rows = [{"text": texts[k], "cats": memory[k]} for k in memory]
    return review_examples(rows, weight), memory


def _with_rule_dropout(
    x: Any, y: np.ndarray, w: np.ndarray, n_grams: int, weight: float
) -> tuple[Any, np.ndarray, np.ndarray]:
    """Add a copy of every example without its rule columns (weighted ``weight``), so that the
    n-gram weights learn to name causes on their own instead of leaning on the rules."""
    if weight <= 0:
        return x, y, w
    mask = np.zeros(x.shape[1], dtype=np.float32)
    mask[:n_grams] = 1.0
    no_rules = x @ sp.diags(mask)
    return sp.vstack([x, no_rules], format="csr"), np.vstack([y, y]), np.concatenate([w, w * weight])


def _fit_one(x: Any, y: np.ndarray, w: np.ndarray, params: dict[str, Any]) -> tuple[np.ndarray, float]:
    if y.min() == y.max():  # no positives (or only positives) for this tag: a constant model
        return np.zeros(x.shape[1], dtype=np.float32), (8.0 if y[0] == 1 else -8.0)
    clf = LogisticRegression(
        C=float(params["C"]),
        class_weight=params.get("class_weight"),
        solver="liblinear",
        dual=True,
        max_iter=1000,
        # liblinear's dual solver shuffles: with the config's seed every build gives the same model
        random_state=int(params.get("seed", 0)),
    )
    clf.fit(x, y, sample_weight=w)
    return clf.coef_[0].astype(np.float32), float(clf.intercept_[0])


def _fit(x: Any, y: np.ndarray, w: np.ndarray, params: dict[str, Any]) -> tuple[np.ndarray, np.ndarray]:
    fits = [_fit_one(x, y[:, t], w, params) for t in range(y.shape[1])]
    return np.vstack([c for c, _ in fits]), np.array([b for _, b in fits], dtype=np.float32)


def _tune_thresholds(x: Any, y: np.ndarray, w: np.ndarray, params: dict[str, Any]) -> np.ndarray:
    """Per-tag thresholds that maximise F1 on cross-validated predictions over the training data."""
    default = float(params.get("threshold", 0.5))
    n_tags = y.shape[1]
    folds = int(params.get("threshold_folds", 5))
    if not params.get("tune_thresholds") or len(y) < 10 * folds:
        return np.full(n_tags, default, dtype=np.float32)
    probs = np.zeros(y.shape, dtype=np.float32)
    for tr, te in KFold(folds, shuffle=True, random_state=int(params.get("seed", 0))).split(x):
        coef, intercept = _fit(x[tr], y[tr], w[tr], params)
        probs[te] = 1.0 / (1.0 + np.exp(-(np.asarray(x[te] @ coef.T) + intercept)))
    low, high = params.get("threshold_range", [0.3, 0.7])
    grid = np.round(np.arange(low, high + 1e-9, 0.05), 2)
    out = np.full(n_tags, default, dtype=np.float32)
    for t in range(n_tags):
        if y[:, t].sum() == 0:
            continue
        f1s = [_f1(y[:, t] == 1, probs[:, t] >= g) for g in grid]
        best = max(f1s)
        # among near-best thresholds take the one closest to the default: less overfit to folds
        near = [g for g, f in zip(grid, f1s, strict=True) if f >= best - 0.01]
        out[t] = min(near, key=lambda g: abs(g - default))
    return out


def _f1(truth: np.ndarray, pred: np.ndarray) -> float:
    tp = float(np.sum(truth & pred))
    denom = float(np.sum(truth) + np.sum(pred))
    return 2 * tp / denom if denom else 0.0


def _swap_in(tmp: Path, out_dir: Path) -> None:
    """Replace ``out_dir`` by the fully written ``tmp`` with renames on the same file system."""
    old = out_dir.with_name(out_dir.name + ".old")
    if old.exists():
        shutil.rmtree(old)
    if out_dir.exists():
        out_dir.rename(old)
    tmp.rename(out_dir)
    if old.exists():
        shutil.rmtree(old)


def fit(examples: Sequence[TagExample], params: dict[str, Any], tags: Sequence[str]) -> LinearTagModel:
    """The classifier trained on ``examples`` (weights, thresholds and the gate), not yet written."""
    if not examples:
        raise ValueError("no training examples")
    unknown = {t for e in examples for t in e.cats} - set(tags)
    if unknown:
        raise ValueError(f"unknown tags in training data: {sorted(unknown)}")
    nlp = build_pipeline(TAGGER_DIR / PATTERNS_FILE, None)
    docs = list(nlp.pipe([e.text for e in examples], batch_size=256))
    words = [doc_words(d) for d in docs]
    vectorizer = NgramVectorizer(int(params["ngram_min"]), int(params["ngram_max"]))
    vectorizer.fit(words, min_df=int(params.get("min_df", 2)))
    model = LinearTagModel(
        tuple(tags), vectorizer, np.zeros((0, 0)), np.zeros(0), np.zeros(0), float(params["rule_weight"])
    )
    x = model.features(words, rule_tag_indices(docs, tags))
    y = np.array([[1 if e.cats.get(t, 0.0) >= 0.5 else 0 for t in tags] for e in examples], dtype=np.int64)
    y = np.hstack([y, y.max(axis=1, keepdims=True)])  # last column: names any cause (the gate)
    w = np.array([e.weight for e in examples], dtype=np.float64)
    x, y, w = _with_rule_dropout(x, y, w, vectorizer.n_features, float(params.get("rule_dropout", 0.0)))
    model.coef, model.intercept = _fit(x, y, w, params)
    model.thresholds = _tune_thresholds(x, y, w, params)
    model.thresholds[-1] = float(params.get("cause_gate", 0.5))
    if params.get("gate") == "kind":
        gx, gy, gw = _gate_rows(model, examples, docs, nlp.vocab.strings.add)
        gx, gy, gw = _with_rule_dropout(
            gx, gy[:, None], gw, vectorizer.n_features, float(params.get("rule_dropout", 0.0))
        )
        gate_params = {**params, "C": params.get("gate_C", params["C"])}
        coef, intercept = _fit_one(gx, gy[:, 0], gw, gate_params)
        model.coef[-1], model.intercept[-1] = coef, intercept
    return model


def _gate_rows(
    model: LinearTagModel, examples: Sequence[TagExample], docs: Sequence[Any], string_id: Any
) -> tuple[Any, np.ndarray, np.ndarray]:
    """The gate's training rows: each sentence of a labelled report item, positive when the item states
    a deviation or a change of forecast; each own sentence or review whole, positive when it has tags."""
    enders = frozenset(string_id(w) for w in SENTENCE_ENDS)
    index = {t: i for i, t in enumerate(model.tags)}
    rows: list[list[str]] = []
    hits: list[tuple[list[int], list[int]]] = []
    y: list[int] = []
    w: list[float] = []
    for example, doc in zip(examples, docs, strict=True):
        rules = doc.user_data["avvik_rules"]
        if example.kind is None:
            spans = [(0, len(doc))]
            label = 1 if example.tags else 0
        else:
            spans = sentence_ranges(doc.user_data["avvik_words"], enders) or [(0, len(doc))]
            label = 1 if example.kind in GATE_KINDS else 0
        for start, end in spans:
            rows.append(doc_words(doc, start, end))
            hits.append(rules.in_range(start, end, index))
            y.append(label)
            w.append(example.weight)
    return model.features(rows, hits), np.array(y, dtype=np.int64), np.array(w, dtype=np.float64)


def write_model(
    model: LinearTagModel, out_dir: Path, reviews: dict[str, dict[str, float]], params: dict[str, Any]
) -> str:
    """Write the model with the patterns and config it was trained with; returns its digest."""
    patterns_path = TAGGER_DIR / PATTERNS_FILE
    digest = hashlib.sha256()
    for arr in (model.coef, model.intercept, model.thresholds, model.vectorizer.idf):
        digest.update(np.ascontiguousarray(arr).tobytes())
    digest.update("\n".join(model.vectorizer.vocab).encode("utf-8"))
    digest.update(patterns_digest(patterns_path).encode())
    model.meta = {
        "name": params.get("name", "charlr"),
        "version": params.get("version", "0"),
        "digest": digest.hexdigest()[:8],
        "n_features": model.vectorizer.n_features,
        "trained_at": time.strftime("%Y-%m-%dT%H:%M:%S"),
        **model.meta,
    }
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.", dir=out_dir.parent))
    tmp.chmod(0o755)
    try:
        model.save(tmp)
        shutil.copyfile(patterns_path, tmp / PATTERNS_FILE)
        shutil.copyfile(TAGGER_DIR / CONFIG_FILE, tmp / CONFIG_FILE)
        (tmp / REVIEWS_FILE).write_text(json.dumps(reviews, ensure_ascii=False), encoding="utf-8")
        stamp = f"{params.get('name', 'charlr')} {params.get('version', '0')} ({model.meta['digest']})\n"
        (tmp / BUILD_STAMP).write_text(stamp, encoding="utf-8")
        _swap_in(tmp, out_dir)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return str(model.meta["digest"])


def train(
    extra_examples: Iterable[dict[str, Any]] = (),
    out_dir: Path | None = None,
    *,
    corpus_root: Path = CORPUS_DIR,
    own: Path | None = LABELLED_PATH,
) -> dict[str, Any]:
    """Train on the labelled corpus, the own sentences and ``extra_examples`` (reviews, which replace a
    labelled text with the same words) and write the model to ``out_dir``; returns what was trained."""
    started = time.perf_counter()
    out_dir = Path(out_dir) if out_dir is not None else DEFAULT_MODEL_DIR
    params = load_config(None)["classifier"]
    tags = [row["tag"] for row in load_taxonomy()]
    reviews, memory = review_memory(extra_examples)
    labelled = examples(root=corpus_root, own=own)
    chosen = examples(root=corpus_root, own=own, reviews=reviews)
    model = fit(chosen, params, tags)
    model.meta = {"n_train": len(chosen), "n_reviews": len(reviews)}
    digest = write_model(model, out_dir, memory, params)
    thresholds = dict(zip([*tags, "cause_gate"], (round(float(v), 2) for v in model.thresholds), strict=True))
    return {
        "out_dir": str(out_dir),
        "n_train": len(chosen),
        "n_reviews": len(reviews),
        "n_overridden": len(labelled) + len(reviews) - len(chosen),
        "n_features": model.vectorizer.n_features,
        "thresholds": thresholds,
        "digest": digest,
        "seconds": round(time.perf_counter() - started, 2),
    }


def score(truth: Sequence[set[str]], predicted: Sequence[set[str]], tags: Sequence[str]) -> dict[str, Any]:
    """Per-tag precision/recall/F1 with support, and micro and macro averages."""
    per_tag: dict[str, dict[str, float]] = {}
    tp_all = fp_all = fn_all = 0
    for t in tags:
        tp = sum(1 for g, p in zip(truth, predicted, strict=True) if t in g and t in p)
        fp = sum(1 for g, p in zip(truth, predicted, strict=True) if t not in g and t in p)
        fn = sum(1 for g, p in zip(truth, predicted, strict=True) if t in g and t not in p)
        tp_all, fp_all, fn_all = tp_all + tp, fp_all + fp, fn_all + fn
        per_tag[t] = _prf(tp, fp, fn) | {"support": tp + fn}
    micro = _prf(tp_all, fp_all, fn_all)
    macro = {k: float(np.mean([m[k] for m in per_tag.values()])) for k in ("precision", "recall", "f1")}
    return {"tags": per_tag, "micro": micro, "macro": macro}


def _prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0}


def format_report(info: dict[str, Any]) -> str:
    """What :func:`train` trained, in one line."""
    return (
        f"trained on {info['n_train']} examples ({info['n_reviews']} reviews, {info['n_overridden']} of "
        f"them replacing a labelled text) in {info['seconds']} s -> {info['out_dir']} [{info['digest']}]"
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m extract.tag_training", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    build = sub.add_parser("build", help="train the classifier and write the model directory")
    build.add_argument(
        "--out", type=Path, default=None, help=f"model directory (default {DEFAULT_MODEL_DIR})"
    )
    build.add_argument("--reviews", type=Path, default=None, help='JSONL of reviewed {"text", "cats"}')
    args = parser.parse_args(argv)
    extra = load_examples(args.reviews) if args.reviews else []
    print(format_report(train(extra, args.out)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
