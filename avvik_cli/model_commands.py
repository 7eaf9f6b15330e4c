"""`avvik train` and `avvik eval tags|extract|search`."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from avvik_cli.main import _archive, pdf_paths


def cmd_train(args: argparse.Namespace) -> int:
    from extract.tag_training import format_report, train

    reviewed: list[dict[str, Any]] = []
    if not args.no_reviews:
        archive = _archive(args)
        try:
            reviewed = archive.catalog.reviewed_examples()
        finally:
            archive.close()
    metrics = train(extra_examples=reviewed)
    print(f"trained with {len(reviewed)} reviewed explanations", file=sys.stderr)
    print(format_report(metrics))
    return 0


def cmd_eval(args: argparse.Namespace) -> int:
    if args.what == "tags":
        from extract.tag_training import evaluate, format_report

        print(format_report(evaluate()))
        return 0
    if args.what == "extract":
        from extract.evaluation import evaluate_extraction
        from extract.evaluation import format_report as format_extract
        from extract.pipeline import extract_report

        with open(args.gold, encoding="utf-8") as fh:
            gold = [json.loads(line) for line in fh if line.strip()]
        predicted = []
        for path in pdf_paths(args.paths):
            result = extract_report(path)
            predicted.extend(e.contract(result.report) for e in result.explanations)
        files = {p.name for p in pdf_paths(args.paths)}
        print(format_extract(evaluate_extraction([g for g in gold if g["file"] in files], predicted)))
        return 0
    from index.evaluation import evaluate_search, format_search_report

    archive = _archive(args)
    try:
        print(format_search_report(evaluate_search(archive, args.questions)))
    finally:
        archive.close()
    return 0


def add_model_commands(sub: Any) -> None:
    p = sub.add_parser("train", help="retrain the cause classifier (labelled data + reviewed tags)")
    p.add_argument("--no-reviews", action="store_true", help="ignore the reviews stored by the app")
    p.set_defaults(func=cmd_train)

    p = sub.add_parser("eval", help="evaluate tags, extraction or search on the labelled data")
    p.add_argument("what", choices=["tags", "extract", "search"])
    p.add_argument("--gold", default="data/labelled/extract.jsonl")
    p.add_argument("--questions", default="data/labelled/search_questions.jsonl")
    p.add_argument("paths", nargs="*", default=["data/samples", "data/labelled/reports"])
    p.set_defaults(func=cmd_eval)
