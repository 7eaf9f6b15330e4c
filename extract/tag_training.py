"""Train and evaluate the cause classifier of :mod:`extract.tagger`.

``python -m extract.tag_training build`` trains on the train split of ``data/labelled/tags.jsonl``
(plus reviewed tags, if given) and writes ``models/tagger/build``; ``... eval`` prints per-tag
precision/recall/F1 on the dev split. Reviews are training data: a reviewed text overrides the
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

from extract.tag_features import LinearTagModel, NgramVectorizer
from extract.tag_files import (
    CONFIG_FILE,
    DEFAULT_MODEL_DIR,
    PATTERNS_FILE,
    REPO_ROOT,
    TAGGER_DIR,
    load_config,
)
from extract.tag_patterns import patterns_digest
from extract.tagger import (
    REVIEWS_FILE,
    Tagger,
    build_pipeline,
    doc_words,
    load_tagger,
    load_taxonomy,
    normalise_text,
    rule_tag_indices,
)

LABELLED_PATH = REPO_ROOT / "data" / "labelled" / "tags.jsonl"
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


def _with_reviews(
    examples: Sequence[dict[str, Any]], extra: Iterable[dict[str, Any]], review_weight: float
) -> tuple[list[str], list[dict[str, float]], list[float], dict[str, dict[str, float]], int]:
    """Labelled examples with reviews applied: (texts, cats, weights, review memory, n overridden)."""
    reviews: dict[str, dict[str, float]] = {}
    review_text: dict[str, str] = {}
    for row in extra:
        key = normalise_text(row["text"])
        reviews[key] = {t: float(v) for t, v in row.get("cats", {}).items()}
        review_text[key] = row["text"]
    texts: list[str] = []
    cats: list[dict[str, float]] = []
    weights: list[float] = []
    overridden = 0
    for row in examples:
        key = normalise_text(row["text"])
        if key in reviews:
            overridden += 1
            continue
        texts.append(row["text"])
        cats.append(row.get("cats", {}))
        weights.append(1.0)
    for key, review in reviews.items():
        texts.append(review_text[key])
        cats.append(review)
        weights.append(review_weight)
    return texts, cats, weights, reviews, overridden


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
        C=float(params["C"]), class_weight=params.get("class_weight"), solver="liblinear", max_iter=1000
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


def train(
    extra_examples: Iterable[dict[str, Any]] = (),
    out_dir: Path | None = None,
    *,
    data_path: Path = LABELLED_PATH,
    evaluate_after: bool = True,
) -> dict[str, Any]:
    """Train on the train split plus ``extra_examples`` (reviews) and write the model to ``out_dir``.

    Returns what was trained (``n_train``, ``n_reviews``, ``n_overridden``, ``digest``, ``seconds``)
    and, with ``evaluate_after``, the dev-split metrics of :func:`evaluate` for the new model, so
    that :func:`format_report` can print the result.
    """
    started = time.perf_counter()
    out_dir = Path(out_dir) if out_dir is not None else DEFAULT_MODEL_DIR
    config = load_config(None)
    params = config["classifier"]
    tags = [row["tag"] for row in load_taxonomy()]
    texts, cats, weights, reviews, overridden = _with_reviews(
        load_examples(data_path, "train"), extra_examples, float(params.get("review_weight", 5.0))
    )
    if not texts:
        raise ValueError(f"no training examples in {data_path}")
    unknown = {t for c in cats for t in c} - set(tags)
    if unknown:
        raise ValueError(f"unknown tags in training data: {sorted(unknown)}")

    patterns_path = TAGGER_DIR / PATTERNS_FILE
    nlp = build_pipeline(patterns_path, None)
    docs = list(nlp.pipe(texts, batch_size=256))
    words = [doc_words(d) for d in docs]
    vectorizer = NgramVectorizer(int(params["ngram_min"]), int(params["ngram_max"]))
    vectorizer.fit(words, min_df=int(params.get("min_df", 2)))
    model = LinearTagModel(
        tuple(tags), vectorizer, np.zeros((0, 0)), np.zeros(0), np.zeros(0), float(params["rule_weight"])
    )
    x = model.features(words, rule_tag_indices(docs, tags))
    y = np.array([[1 if c.get(t, 0.0) >= 0.5 else 0 for t in tags] for c in cats], dtype=np.int64)
    y = np.hstack([y, y.max(axis=1, keepdims=True)])  # last column: names any cause (the gate)
    w = np.array(weights, dtype=np.float64)
    x, y, w = _with_rule_dropout(x, y, w, vectorizer.n_features, float(params.get("rule_dropout", 0.0)))
    model.coef, model.intercept = _fit(x, y, w, params)
    model.thresholds = _tune_thresholds(x, y, w, params)
    model.thresholds[-1] = float(params.get("cause_gate", 0.5))

    digest = hashlib.sha256()
    for arr in (model.coef, model.intercept, model.thresholds, vectorizer.idf):
        digest.update(np.ascontiguousarray(arr).tobytes())
    digest.update("\n".join(vectorizer.vocab).encode("utf-8"))
    digest.update(patterns_digest(patterns_path).encode())
    model.meta = {
        "name": params.get("name", "charlr"),
        "version": params.get("version", "0"),
        "digest": digest.hexdigest()[:8],
        "n_train": len(texts),
        "n_reviews": len(reviews),
        "n_features": vectorizer.n_features,
        "trained_at": time.strftime("%Y-%m-%dT%H:%M:%S"),
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
    thresholds = dict(zip([*tags, "cause_gate"], (round(float(v), 2) for v in model.thresholds), strict=True))
    info: dict[str, Any] = {
        "out_dir": str(out_dir),
        "n_train": len(texts),
        "n_reviews": len(reviews),
        "n_overridden": overridden,
        "n_features": vectorizer.n_features,
        "thresholds": thresholds,
        "digest": model.meta["digest"],
        "seconds": round(time.perf_counter() - started, 2),
    }
    if evaluate_after:
        info.update(evaluate(out_dir, data_path=data_path))
    return info


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


def _predict(tagger: Tagger, texts: Sequence[str]) -> list[set[str]]:
    return [{t.tag for t in tags} for tags in tagger.tag_many(texts)]


def evaluate(model_dir: Path | None = None, *, data_path: Path = LABELLED_PATH) -> dict[str, Any]:
    """Scores on the dev split for the model in ``model_dir`` and for its rules alone.

    Dev texts that were reviewed (and so trained on) are left out, and the review memory is not used.
    """
    tagger = load_tagger(model_dir)
    tagger.reviews = {}
    reviewed = set()
    directory = Path(model_dir) if model_dir is not None else DEFAULT_MODEL_DIR
    if (directory / REVIEWS_FILE).is_file():
        reviewed = set(json.loads((directory / REVIEWS_FILE).read_text(encoding="utf-8")))
    dev = [r for r in load_examples(data_path, "dev") if normalise_text(r["text"]) not in reviewed]
    texts = [r["text"] for r in dev]
    truth = [{t for t, v in r.get("cats", {}).items() if v >= 0.5} for r in dev]
    started = time.perf_counter()
    predicted = _predict(tagger, texts)
    seconds = time.perf_counter() - started
    metrics = score(truth, predicted, tagger.tags)
    rules = score(truth, _predict(load_tagger(model_dir, rules_only=True), texts), tagger.tags)
    metrics.update(
        version=tagger.version,
        n_dev=len(dev),
        n_dev_reviewed_left_out=len(load_examples(data_path, "dev")) - len(dev),
        no_cause_correct=sum(1 for g, p in zip(truth, predicted, strict=True) if not g and not p),
        no_cause_total=sum(1 for g in truth if not g),
        rules_only={"micro": rules["micro"], "macro": rules["macro"]},
        seconds=round(seconds, 3),
    )
    return metrics


def format_report(metrics: dict[str, Any]) -> str:
    """The metrics of :func:`evaluate` (or of :func:`train`) as a table."""
    lines = []
    if "n_train" in metrics:
        lines.append(
            f"trained on {metrics['n_train']} examples ({metrics['n_reviews']} reviews, "
            f"{metrics['n_overridden']} of them overriding a labelled example) in {metrics['seconds']} s"
        )
    if "tags" not in metrics:
        return "\n".join(lines)
    lines += [f"tagger: {metrics.get('version', '?')}", f"dev examples: {metrics.get('n_dev', '?')}", ""]
    lines.append(f"{'tag':<22} {'prec':>6} {'rec':>6} {'f1':>6} {'n':>4}")
    for tag, m in metrics["tags"].items():
        lines.append(
            f"{tag:<22} {m['precision']:6.3f} {m['recall']:6.3f} {m['f1']:6.3f} {int(m['support']):4d}"
        )
    lines.append("")
    for name in ("micro", "macro"):
        m = metrics[name]
        lines.append(f"{name:<22} {m['precision']:6.3f} {m['recall']:6.3f} {m['f1']:6.3f}")
    if "rules_only" in metrics:
        r = metrics["rules_only"]
        lines.append(f"rules only: micro-F1 {r['micro']['f1']:.3f}, macro-F1 {r['macro']['f1']:.3f}")
    if "no_cause_total" in metrics:
        lines.append(
            f"no-cause texts left untagged: {metrics['no_cause_correct']}/{metrics['no_cause_total']}"
        )
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m extract.tag_training", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    build = sub.add_parser("build", help="train the classifier and write the model directory")
    build.add_argument(
        "--out", type=Path, default=None, help=f"model directory (default {DEFAULT_MODEL_DIR})"
    )
    build.add_argument("--reviews", type=Path, default=None, help='JSONL of reviewed {"text", "cats"}')
    ev = sub.add_parser("eval", help="print precision/recall/F1 on the dev split")
    ev.add_argument("--model-dir", type=Path, default=None)
    ev.add_argument("--json", action="store_true", help="print the metrics as JSON")
    args = parser.parse_args(argv)
    if args.command == "build":
        extra = load_examples(args.reviews) if args.reviews else []
        info = train(extra, args.out, evaluate_after=False)
        print(
            f"trained on {info['n_train']} examples ({info['n_reviews']} reviews) in {info['seconds']} s "
            f"-> {info['out_dir']} [{info['digest']}]"
        )
        return 0
    metrics = evaluate(args.model_dir)
    print(json.dumps(metrics, ensure_ascii=False, indent=1) if args.json else format_report(metrics))
    return 0


if __name__ == "__main__":
    sys.exit(main())
