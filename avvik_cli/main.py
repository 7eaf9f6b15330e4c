"""The `avvik` command line: ingest, extract, search, serve, reindex, check, export, import, train, eval.

Errors from the packages become one line on stderr and a non-zero exit; progress goes to stderr.
"""

from __future__ import annotations

import argparse
import sys

from avvik_cli.archive_commands import add_archive_commands
from avvik_cli.console import one_line
from avvik_cli.extract_commands import add_extract_command
from avvik_cli.model_commands import add_model_commands
from avvik_cli.user_commands import add_user_commands
from extract.errors import ExtractError
from index.errors import AvvikIndexError


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="avvik", description=__doc__)
    parser.add_argument(
        "--data-dir", default=None, help="data directory (default: AVVIK_DATA_DIR or ./data/state)"
    )
    parser.add_argument(
        "--wait",
        type=float,
        default=300.0,
        metavar="SECONDS",
        help="how long to wait for another avvik process using the index (default 300)",
    )
    sub = parser.add_subparsers(dest="command", required=True)
    add_archive_commands(sub)
    add_extract_command(sub)
    add_model_commands(sub)
    add_user_commands(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.func(args))
    except (ExtractError, AvvikIndexError, FileNotFoundError) as exc:
        print(one_line(f"avvik: {exc}"), file=sys.stderr)
        return 1
    except BrokenPipeError:  # output piped into `head` and the like
        sys.stderr.close()
        return 0
    except KeyboardInterrupt:
        print("avvik: interrupted; run the same command again to finish", file=sys.stderr)
        return 130
    except Exception as exc:
        message = f"avvik: unexpected error ({type(exc).__name__}: {exc}); please report it"
        print(one_line(message), file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
