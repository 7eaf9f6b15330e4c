"""`avvik train` and `avvik eval tags|extract|search`."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from avvik_cli.console import open_archive
from avvik_cli.eval_extract import add_eval_extract_parser


def cmd_train(args: argparse.Namespace) -> int:
    from extract.tag_training import format_report, train

    reviewed: list[dict[str, Any]] = []
    if not args.no_reviews:
        archive = open_archive(args)
        try:
            reviewed = archive.catalog.reviewed_examples()
        finally:
            archive.close()
    info = train(extra_examples=reviewed)
    print(f"trained with {len(reviewed)} reviewed explanations", file=sys.stderr)
    print(format_report(info))
    return 0


def cmd_eval_tags(args: argparse.Namespace) -> int:
    from extract.tag_loo import format_loo, loo

    print(format_loo(loo(passages=args.passages)))
    return 0


def cmd_eval_search(args: argparse.Namespace) -> int:
    from index.evaluation import evaluate_corpus_questions, evaluate_search, format_search_report

    archive = open_archive(args)
    try:
        if args.corpus:
            score = evaluate_corpus_questions(
                archive, args.corpus, args.no_answer, understand=not args.literal
            )
            print(score.format(args.show_errors))
        else:
            print(format_search_report(evaluate_search(archive, args.questions)))
    finally:
        archive.close()
    return 0


def add_model_commands(sub: Any) -> None:
    p = sub.add_parser("train", help="retrain the cause classifier (labelled data + reviewed tags)")
    p.add_argument("--no-reviews", action="store_true", help="ignore the reviews stored by the app")
    p.set_defaults(func=cmd_train)

    p = sub.add_parser("eval", help="evaluate tags, extraction or search on the labelled data")
    what = p.add_subparsers(dest="what", required=True)
    tags = what.add_parser(
        "tags", help="tagger precision/recall/F1, leave-one-report-out on the labelled reports"
    )
    tags.add_argument(
        "--passages", action="store_true", help="also on the extracted passages, as score-corpus"
    )
    tags.set_defaults(func=cmd_eval_tags)
    add_eval_extract_parser(what)
    q = what.add_parser("search", help="analyst questions against the ingested archive")
    q.add_argument("--questions", default="data/labelled/search_questions.jsonl")
    q.add_argument(
        "--corpus",
        help="a labelled folder in the shared format (its questions, relevant items by id): the figures of "
        "the reference scorer; ingest the folder first",
    )
    q.add_argument(
        "--no-answer",
        help='with --corpus: questions the archive cannot answer ({"query"} a line), for the relevance floor',
    )
    q.add_argument("--show-errors", action="store_true", help="with --corpus: every question's rank")
    q.add_argument("--literal", action="store_true", help="with --corpus: as `avvik search --literal`")
    q.set_defaults(func=cmd_eval_search)
