"""Train the passage model from labelled reports, and measure it leave-one-report-out.

    python -m extract.passage_training build            # train on every labelled report, save
    python -m extract.passage_training loo [--out F]    # each real report predicted by a model trained
                                                        # without it; writes the predictions (JSONL)
    python -m extract.passage_training held-out written # a whole folder predicted by a model trained
                                                        # without any of it

Training data: every labelled folder under ``data/labelled/corpus/`` (``gold/*.jsonl`` or ``gold.jsonl``
next to the PDFs, the shared label format of LABELS.md). Each sentence the extractor reads is labelled
with the kind of the gold item it belongs to (its words lie inside that item's text, on the same page
or the next), or "none": the labellers marked everything a controller would highlight, so a sentence
outside every label is a negative. Pairs of neighbouring sentences inside gold items teach where one
explanation ends and the next begins. This module is the only one that imports scikit-learn.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
from scipy.sparse import csr_matrix
from sklearn.linear_model import LogisticRegression

from extract.area_candidates import area_candidates, candidate_features, with_rivals
from extract.evaluation.corpus import is_labelled, load_corpus
from extract.evaluation.extraction import score_extraction
from extract.evaluation.rules import area_sim
from extract.explanations import Explainer, candidates_of, find_explanations, read_passages
from extract.passage_features import (
    KINDS,
    Candidate,
    document_features,
    pair_features,
    sentence_features,
    worth_reading,
)
from extract.passage_model import MODEL_DIR, LinearModel, PassageModel
from extract.pipeline import ReadReport, read_report
from extract.tag_files import REPO_ROOT

CORPUS_DIR = REPO_ROOT / "data" / "labelled" / "corpus"
VERSION = "passages-1"
# labelled folders and how much one of their sentences counts: real reports most, written ones less
FOLDER_WEIGHTS = {"real": 1.0, "seeds": 1.0, "written": 0.5, "devset": 0.3}
HELD_OUT = ("real", "seeds")  # the folders measured leave-one-report-out
CAUSE_THRESHOLD = 0.2
JOIN_THRESHOLD = 0.1
KIND_THRESHOLD = 0.35
C_KINDS = 0.5
C_JOINS = 1.0
C_AREAS = 0.5
CLASS_WEIGHT: str | None = None
_TOKEN = re.compile(r"\w+")
_BELONGS = 0.8  # share of a sentence's words that must lie in a gold item's text


def _tokens(text: str) -> list[str]:
    return _TOKEN.findall(unicodedata.normalize("NFKC", text or "").replace("\u00ad", "").lower())


@dataclass(frozen=True)
class LabelledReport:
    folder: str
    pdf: Path
    gold: tuple[dict[str, Any], ...]


def labelled_reports(root: Path = CORPUS_DIR) -> list[LabelledReport]:
    """Every labelled PDF of the training folders. A PDF labelled in two folders (the devset's copies of
    the seed reports, under older conventions) is kept once, from the folder listed first in
    ``FOLDER_WEIGHTS``: the reference labels win."""
    found: list[LabelledReport] = []
    seen: set[str] = set()
    for name in FOLDER_WEIGHTS:
        if not is_labelled(root / name):
            continue
        corpus = load_corpus(root / name)
        for pdf in corpus.pdfs:
            digest = hashlib.sha256(pdf.read_bytes()).hexdigest()
            if digest not in seen:
                seen.add(digest)
                found.append(LabelledReport(name, pdf, tuple(corpus.gold_for({pdf.name}))))
    return found


@dataclass(frozen=True)
class Example:
    """One report's sentences, their features and labels."""

    report: LabelledReport
    read: ReadReport
    candidates: tuple[Candidate, ...]
    document: tuple[str, ...]
    labels: tuple[str, ...]
    gold_ids: tuple[int | None, ...]


def _gold_kind(item: dict[str, Any]) -> str:
    return "other" if item.get("boilerplate") else str(item["kind"])


def align(candidates: Sequence[Candidate], gold: Sequence[dict[str, Any]]) -> list[int | None]:
    """For each sentence, the index of the gold item it belongs to, or None."""
    bags = [Counter(_tokens(g["text"])) for g in gold]
    found: list[int | None] = []
    for c in candidates:
        words = _tokens(c.text)
        best, best_share = None, _BELONGS
        for i, (g, bag) in enumerate(zip(gold, bags, strict=True)):
            if not words or abs(int(g["page"]) - c.page) > 1:
                continue
            mine = Counter(words)
            share = sum(min(n, bag[w]) for w, n in mine.items()) / len(words)
            if share >= best_share and (best is None or share > best_share):
                best, best_share = i, share
        found.append(best)
    return found


def read_example(report: LabelledReport) -> Example:
    read = read_report(report.pdf)
    explainer = Explainer(read.tables, read.report.report_id, read.report.sha256, read.report.committee)
    candidates = candidates_of(read_passages(read.paragraphs), explainer.comments_a_row)
    document = document_features(read.report.report_type, [c.rule for c in candidates if c.index == 0])
    ids = align(candidates, report.gold)
    labels = tuple("none" if i is None else _gold_kind(report.gold[i]) for i in ids)
    return Example(report, read, tuple(candidates), tuple(document), labels, tuple(ids))


def _matrix(rows: Iterable[Sequence[str]], index: dict[str, int]) -> csr_matrix:
    """Each row's features that ``index`` holds, as ones in their columns."""
    data, cols, ptr = [], [], [0]
    for features in rows:
        seen = {index[f] for f in features if f in index}
        cols += sorted(seen)
        data += [1.0] * len(seen)
        ptr.append(len(cols))
    return csr_matrix((data, cols, ptr), shape=(len(ptr) - 1, len(index)))


def _fit(
    rows: list[list[str]], labels: list[str], weights: list[float], classes: Sequence[str], c: float
) -> LinearModel:
    counts = Counter(f for row in rows for f in set(row))
    # the columns in the features' sorted order, not in the order a row first holds them (some rows are built from
    # sets, whose order changes with the interpreter's hash seed): the same model from every training run
    index = {f: i for i, f in enumerate(sorted(f for f, n in counts.items() if n >= 2))}
    x = _matrix(rows, index)
    y = np.array([classes.index(label) for label in labels])
    model = LogisticRegression(C=c, max_iter=2000, class_weight=CLASS_WEIGHT)
    model.fit(x, y, sample_weight=np.array(weights))
    present = [int(k) for k in model.classes_]
    weights_full = np.zeros((len(index), len(classes)))
    bias_full = np.full(len(classes), -30.0)  # a class never seen in training is never predicted
    if len(present) == 2:  # sklearn keeps one row for two classes
        weights_full[:, present[1]] = model.coef_[0]
        bias_full[present[0]], bias_full[present[1]] = 0.0, float(model.intercept_[0])
    else:
        for row, k in enumerate(present):
            weights_full[:, k] = model.coef_[row]
            bias_full[k] = model.intercept_[row]
    return LinearModel(tuple(classes), index, weights_full, bias_full)


def train(examples: Sequence[Example]) -> PassageModel:
    rows, labels, weights = [], [], []
    pair_rows, pair_labels, pair_weights = [], [], []
    for ex in examples:
        w = FOLDER_WEIGHTS[ex.report.folder]
        cands = list(ex.candidates)
        for i, label in enumerate(ex.labels):
            if not worth_reading(cands[i]):
                continue  # never read at run time either
            rows.append(sentence_features(cands, i, ex.document))
            labels.append(label)
            weights.append(w)
        for i in range(len(cands) - 1):
            a, b = ex.gold_ids[i], ex.gold_ids[i + 1]
            if a is None or cands[i].passage != cands[i + 1].passage:
                continue
            pair_rows.append(pair_features(cands, i))
            pair_labels.append("join" if a == b else "break")
            pair_weights.append(w)
    kinds = _fit(rows, labels, weights, KINDS, C_KINDS)
    joins = _fit(pair_rows, pair_labels, pair_weights, ("break", "join"), C_JOINS)
    area_rows, area_labels, area_weights = [], [], []
    for ex in examples:
        for features, label in area_examples(ex):
            area_rows.append(features)
            area_labels.append(label)
            area_weights.append(FOLDER_WEIGHTS[ex.report.folder])
    areas = _fit(area_rows, area_labels, area_weights, ("no", "yes"), C_AREAS)
    return PassageModel(kinds, joins, CAUSE_THRESHOLD, JOIN_THRESHOLD, KIND_THRESHOLD, VERSION, areas)


def area_examples(ex: Example) -> list[tuple[list[str], str]]:
    """Each gold item that names an area, in its passage's place: its area candidates, labelled "yes"
    when the candidate names the gold area as the scorer would accept it."""
    found = []
    first_sentence: dict[int, int] = {}
    for i, gold_id in enumerate(ex.gold_ids):
        if gold_id is not None:
            first_sentence.setdefault(gold_id, i)
    explainer = Explainer(ex.read.tables, ex.read.report.report_id, ex.read.report.sha256, None)
    for gold_id, i in first_sentence.items():
        item = ex.report.gold[gold_id]
        if not item.get("area"):
            continue
        c = ex.candidates[i]
        rows = explainer.near(c.page)[0]
        candidates = area_candidates(item["text"], c.headings, rows, ex.read.report.committee, c.item)
        features = with_rivals(
            [candidate_features(a, item["text"], c.headings, rows, c.item) for a in candidates], candidates
        )
        for candidate, row in zip(candidates, features, strict=True):
            found.append((row, "yes" if area_sim(item["area"], candidate.text) >= 0.5 else "no"))
    return found


def predict(example: Example, model: PassageModel) -> list[dict[str, Any]]:
    """The contract rows the extractor gives for the example's report with ``model``."""
    read = example.read
    found = find_explanations(
        read.paragraphs,
        read.tables,
        read.report.report_id,
        read.report.sha256,
        read.report.committee,
        decider=model,
        report_type=read.report.report_type,
    )
    return [e.contract(read.report) for e in found]


def leave_one_out(examples: Sequence[Example], progress: bool = True) -> list[dict[str, Any]]:
    """Predictions for every held-out report, each by a model trained on all the other reports."""
    rows: list[dict[str, Any]] = []
    targets = [ex for ex in examples if ex.report.folder in HELD_OUT]
    for n, ex in enumerate(targets, 1):
        if progress:
            print(f"[{n}/{len(targets)}] {ex.report.folder}/{ex.report.pdf.name}", file=sys.stderr)
        model = train([other for other in examples if other is not ex])
        rows += predict(ex, model)
    return rows


def training_digest(root: Path = CORPUS_DIR) -> str:
    """What the model depends on: the labels, the labelled PDFs and the extraction code that reads them."""
    digest = hashlib.sha256(VERSION.encode())
    sources = sorted((REPO_ROOT / "extract").rglob("*.py"))
    labels = sorted(p for name in FOLDER_WEIGHTS for p in (root / name).rglob("*") if p.is_file())
    for path in [*sources, *labels]:
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m extract.passage_training")
    parser.add_argument("command", choices=("build", "loo", "held-out"))
    parser.add_argument("folder", nargs="?", default="written", help="held-out: the folder trained without")
    parser.add_argument("--out", type=Path, help="loo: also write the predictions (JSONL)")
    parser.add_argument("--force", action="store_true", help="build: retrain even when up to date")
    parser.add_argument("--show-errors", action="store_true", help="loo: list missed causes and false ones")
    args = parser.parse_args(argv)
    if args.command == "build":
        stamp = MODEL_DIR / ".build-stamp"
        digest = training_digest()
        if stamp.exists() and stamp.read_text(encoding="utf-8") == digest and not args.force:
            print(f"passage model {VERSION}: up to date ({MODEL_DIR})")
            return
        examples = [read_example(r) for r in labelled_reports()]
        train(examples).save(MODEL_DIR)
        stamp.write_text(digest, encoding="utf-8")
        n = sum(len(ex.labels) for ex in examples)
        print(f"passage model {VERSION}: {len(examples)} reports, {n} sentences -> {MODEL_DIR}")
        return
    examples = [read_example(r) for r in labelled_reports()]
    if args.command == "held-out":  # a whole folder unseen: reports written for other municipalities
        model = train([ex for ex in examples if ex.report.folder != args.folder])
        rows = [row for ex in examples if ex.report.folder == args.folder for row in predict(ex, model)]
        folders = [args.folder]
    else:
        rows = leave_one_out(examples)
        folders = list(HELD_OUT)
    if args.out:
        args.out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    for folder in folders:
        reports = [ex.report for ex in examples if ex.report.folder == folder]
        files = {r.pdf.name for r in reports}
        gold = [{**g, "id": n} for n, g in enumerate(g for r in reports for g in r.gold)]
        how = "unseen in training" if args.command == "held-out" else "leave one report out"
        print(f"== {folder}, {how} ({len(reports)} reports) ==")
        print(score_extraction(gold, [r for r in rows if r["file"] in files]).format(args.show_errors))


if __name__ == "__main__":
    main()
