"""`avvik eval extract [DIR ...]`: extract every PDF of labelled folders and score it as the product is.

Each folder is scored on its own (``extract.evaluation``: the reference scorer's rules and printout,
then the report metadata against ``reports.jsonl``). Without folders, every labelled folder under
``data/labelled/corpus`` is scored. The PDFs are extracted and tagged in-process exactly as
`avvik extract` does; ``--predictions`` scores saved `avvik extract --format jsonl` output instead.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from avvik_cli.console import one_line
from avvik_cli.extract_commands import contract_rows, load_cli_tagger
from extract.errors import ExtractError

CORPUS_ROOT = Path(__file__).resolve().parents[1] / "data" / "labelled" / "corpus"


def _shown(folder: Path) -> str:
    """The folder as the user would type it: relative to the working directory when inside it."""
    try:
        return str(folder.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(folder)


def _predict(pdfs: tuple[Path, ...], tagger: Any) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    for pdf in pdfs:
        try:
            rows += contract_rows(pdf, tagger)
        except ExtractError as exc:
            print(one_line(f"avvik: extract failed on {pdf.name}: {exc}"), file=sys.stderr)
    return rows


def cmd_eval_extract(args: argparse.Namespace) -> int:
    from extract.evaluation import labelled_folders, load_corpus, score_extraction, score_metadata
    from extract.evaluation.corpus import read_jsonl

    folders = [Path(p) for p in args.folders] or labelled_folders(CORPUS_ROOT)
    if args.predictions and len(folders) != 1:
        raise FileNotFoundError("--predictions scores one folder: name it")
    corpora = [load_corpus(folder) for folder in folders]  # every folder read before the slow part
    tagger = None if args.predictions else load_cli_tagger(args.no_tags)
    results: dict[str, Any] = {}
    for n, corpus in enumerate(corpora):
        predicted = read_jsonl(Path(args.predictions)) if args.predictions else _predict(corpus.pdfs, tagger)
        score = score_extraction(corpus.gold, predicted)
        metadata = score_metadata(corpus.reports, predicted) if corpus.reports else None
        if args.format == "json":
            results[_shown(folders[n])] = {
                "extract": score.figures(),
                "metadata": metadata.figures() if metadata else None,
                **({"errors": score.errors()} if args.show_errors else {}),
            }
            continue
        if n:
            print()
        print(f"#### {_shown(folders[n])}: {len(corpus.pdfs)} PDFs, {len(corpus.gold)} gold items")
        print(score.format(args.show_errors))
        if metadata is not None:
            print(metadata.format())
    if args.format == "json":
        print(json.dumps(results, ensure_ascii=False, sort_keys=True))
    return 0


def add_eval_extract_parser(sub: Any) -> None:
    p = sub.add_parser(
        "extract",
        help="extract labelled folders and score them as the product is scored",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument(
        "folders",
        nargs="*",
        metavar="DIR",
        help="labelled folders (default: each one under data/labelled/corpus)",
    )
    p.add_argument(
        "--show-errors",
        action="store_true",
        help="list missed gold causes, false positives and wrong fields of matched causes",
    )
    p.add_argument(
        "--format",
        choices=["text", "json"],
        default="text",
        help="json: one object, per folder the figures under the reference scorer's names",
    )
    p.add_argument("--no-tags", action="store_true", help="skip cause tagging (tag figures fall to 0)")
    p.add_argument(
        "--predictions",
        metavar="PRED.jsonl",
        help="score this `avvik extract --format jsonl` output instead of extracting (one DIR)",
    )
    p.set_defaults(func=cmd_eval_extract)
