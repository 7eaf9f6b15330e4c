"""`avvik extract`: the explanations of PDFs in the output contract, without indexing them."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from avvik_cli.console import pdf_paths
from extract.errors import ExtractError

if TYPE_CHECKING:
    from index.models import Tagger


def load_cli_tagger(no_tags: bool) -> Tagger | None:
    """The cause tagger, or None with ``--no-tags``."""
    if no_tags:
        return None
    from extract.tagger import load_tagger

    return load_tagger()


def contract_rows(path: Path, tagger: Tagger | None, municipality: str | None = None) -> list[dict[str, Any]]:
    """The output-contract rows of one PDF, as `avvik extract` prints them: extracted, then tagged
    (when a tagger is given). Raises ExtractError for a file that cannot be read."""
    from extract.pipeline import extract_report
    from index.models import tag_explanations

    result = extract_report(path, municipality=municipality)
    explanations = list(result.explanations)
    if tagger is not None:
        explanations = tag_explanations(tagger, explanations)
    return [e.contract(result.report) for e in explanations]


def cmd_extract(args: argparse.Namespace) -> int:
    paths = list(pdf_paths(args.paths))
    tagger = load_cli_tagger(args.no_tags)
    failed = 0
    for path in paths:
        try:
            rows = contract_rows(path, tagger, args.municipality)
        except ExtractError as exc:
            print(str(exc), file=sys.stderr)
            failed += 1
            continue
        for row in rows:
            if args.format == "jsonl":
                print(json.dumps(row, ensure_ascii=False))
            else:
                print(
                    f"{row['file']} s.{row['page']} [{row['kind']}] {row['area'] or '–'} "
                    f"{row['direction'] or '–'} {row['amount_sek']}: {row['text'][:100]}"
                )
    return 1 if failed else 0


def add_extract_command(sub: Any) -> None:
    p = sub.add_parser("extract", help="print the explanations of PDFs without indexing them")
    p.add_argument("paths", nargs="+")
    p.add_argument("--format", choices=["jsonl", "text"], default="jsonl")
    p.add_argument("--municipality")
    p.add_argument("--no-tags", action="store_true", help="skip cause tagging")
    p.set_defaults(func=cmd_extract)
