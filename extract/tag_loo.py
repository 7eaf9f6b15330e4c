"""The cause tagger measured leave-one-report-out on the labelled real reports.

For every report of the chosen corpus folders (``real`` and ``seeds`` by default) that has scored causes
(kind ``cause``, not boilerplate), a classifier is trained on everything else (:func:`extract.tag_data.
examples` with that report held out, and any text it shares with another report) and tags the report's
scored causes, as the reference scorer does on matched causes: micro precision/recall/F1 of the tags
against the labellers' tags, per tag and per folder. The rules alone (no classifier) are scored on the
same items for comparison. With ``passages=True`` the report's PDF is also extracted and the held-out
model tags the extracted passages, scored with the reference matching (:mod:`extract.evaluation.
extraction`): the tag figures ``score-corpus`` prints, leave-one-report-out.
``python -m extract.tag_loo [--passages]`` (or ``avvik eval tags``) prints it.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from extract.evaluation.corpus import is_labelled, load_corpus
from extract.evaluation.extraction import score_extraction
from extract.tag_data import CORPUS_DIR, LABELLED_PATH, examples

LOO_FOLDERS = ("real", "seeds")


@dataclass(frozen=True)
class HeldOut:
    folder: str
    file: str
    texts: tuple[str, ...]
    truth: tuple[frozenset[str], ...]


def scored_causes(root: Path = CORPUS_DIR, folders: Sequence[str] = LOO_FOLDERS) -> list[HeldOut]:
    """Per report with scored causes: their texts and gold tags."""
    out = []
    for name in folders:
        if not is_labelled(root / name):
            continue
        by_file: dict[str, list[dict[str, Any]]] = {}
        for item in load_corpus(root / name).gold:
            if item.get("kind") == "cause" and not item.get("boilerplate"):
                by_file.setdefault(str(item["file"]), []).append(item)
        for file, items in sorted(by_file.items()):
            texts = tuple(" ".join(str(i["text"]).split()) for i in items)
            out.append(HeldOut(name, file, texts, tuple(frozenset(i.get("tags") or ()) for i in items)))
    return out


def extracted_rows(pdf: Path) -> list[dict[str, Any]]:
    """The report's explanations in the output contract, untagged, with ``_kind`` as the tagger sees it."""
    from extract.pipeline import extract_report

    result = extract_report(pdf)
    return [
        {**e.contract(result.report), "_kind": "boilerplate" if "boilerplate" in e.flags else e.kind}
        for e in result.explanations
    ]


def loo(
    folders: Sequence[str] = LOO_FOLDERS,
    *,
    root: Path = CORPUS_DIR,
    own: Path | None = LABELLED_PATH,
    params: dict[str, Any] | None = None,
    passages: bool = False,
) -> dict[str, Any]:
    """Leave-one-report-out scores: ``{"all", <folder>..., "rules_only"}``, each as :func:`score` gives;
    with ``passages``, ``"passages"``: per folder the tag precision/recall/F1 on extracted passages."""
    from extract.tag_files import load_config
    from extract.tag_training import fit, score, write_model
    from extract.tagger import load_tagger, load_taxonomy

    tags = [row["tag"] for row in load_taxonomy()]
    params = {**load_config(None)["classifier"], **(params or {})}
    truth: dict[str, list[set[str]]] = {}
    predicted: dict[str, list[set[str]]] = {}
    rules_predicted: list[set[str]] = []
    tagged: dict[str, list[dict[str, Any]]] = {}
    rules = load_tagger(Path("/nonexistent"), rules_only=True)
    with tempfile.TemporaryDirectory(prefix="avvik-loo-") as tmp:
        for fold in scored_causes(root, folders):
            model = fit(examples({fold.file}, root=root, own=own), params, tags)
            write_model(model, Path(tmp) / "model", {}, params)
            tagger = load_tagger(Path(tmp) / "model")
            kinds = ["cause"] * len(fold.texts)
            found = [{t.tag for t in ts} for ts in tagger.tag_many(fold.texts, kinds)]
            for key in ("all", fold.folder):
                truth.setdefault(key, []).extend(set(t) for t in fold.truth)
                predicted.setdefault(key, []).extend(found)
            rules_predicted += [{t.tag for t in ts} for ts in rules.tag_many(fold.texts, kinds)]
            if passages:
                rows = extracted_rows(root / fold.folder / fold.file)
                found_tags = tagger.tag_many([r["text"] for r in rows], [r["_kind"] for r in rows])
                tagged.setdefault(fold.folder, []).extend(
                    {**r, "tags": [t.tag for t in ts]} for r, ts in zip(rows, found_tags, strict=True)
                )
    result: dict[str, Any] = {key: score(truth[key], predicted[key], tags) for key in truth}
    if truth:
        result["rules_only"] = score(truth["all"], rules_predicted, tags)
    if passages:
        result["passages"] = {name: passage_tag_scores(root / name, rows) for name, rows in tagged.items()}
    return result


def passage_tag_scores(folder: Path, rows: Sequence[dict[str, Any]]) -> dict[str, float | None]:
    """Tag precision/recall/F1 on the extracted passages matched to the folder's scored causes."""
    figures = score_extraction(load_corpus(folder).gold, rows).figures()
    return {k: figures[k] for k in ("tag_precision", "tag_recall", "tag_f1", "tag_tp", "tag_fp", "tag_fn")}


def format_loo(result: dict[str, Any]) -> str:
    lines = ["cause tags, leave-one-report-out on the labelled reports (scored causes)", ""]
    if "all" not in result:
        return "no labelled reports with scored causes"
    every = result["all"]
    lines.append(f"{'tag':<22} {'prec':>6} {'rec':>6} {'f1':>6} {'n':>4}")
    for tag, m in every["tags"].items():
        if m["support"] or m["precision"]:
            lines.append(
                f"{tag:<22} {m['precision']:6.3f} {m['recall']:6.3f} {m['f1']:6.3f} {int(m['support']):4d}"
            )
    lines.append("")
    for key, value in result.items():
        if key == "passages":
            continue
        m = value["micro"]
        name = "micro (all)" if key == "all" else f"micro ({key.replace('_', ' ')})"
        lines.append(f"{name:<22} {m['precision']:6.3f} {m['recall']:6.3f} {m['f1']:6.3f}")
    for name, p in result.get("passages", {}).items():
        lines.append(
            f"{'passages (' + name + ')':<22} {p['tag_precision'] or 0:6.3f} {p['tag_recall'] or 0:6.3f} "
            f"{p['tag_f1'] or 0:6.3f}   extracted, as score-corpus (tp={p['tag_tp']} fp={p['tag_fp']} "
            f"fn={p['tag_fn']})"
        )
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m extract.tag_loo", description=__doc__)
    parser.add_argument("--folder", action="append", help="corpus folder (default: real and seeds)")
    parser.add_argument(
        "--passages",
        action="store_true",
        help="also tag the extracted passages and score them as score-corpus",
    )
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)
    result = loo(args.folder or LOO_FOLDERS, passages=args.passages)
    print(json.dumps(result, ensure_ascii=False, indent=1) if args.json else format_loo(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
