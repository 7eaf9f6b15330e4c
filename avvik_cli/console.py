"""What the commands share: one-line messages, progress on stderr, the PDFs of the paths given, the archive."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # the archive (numpy, the stores) is imported by the commands that open it
    from index.archive import Archive


def pdf_paths(paths: list[str]) -> Iterator[Path]:
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() == ".pdf")
        elif path.exists():
            yield path
        else:
            raise FileNotFoundError(f"{raw}: no such file or folder")


def notify(message: str) -> None:
    print(f"avvik: {message}", file=sys.stderr, flush=True)


def one_line(text: str) -> str:
    """A message on one line whatever the file name holds (a newline or a tab is legal in a name)."""
    return "".join(" " if ch in "\r\n\t\v\f\x85\u2028\u2029" else ch for ch in text)


def progress_bar(total: int, desc: str) -> Any:
    from tqdm import tqdm

    return tqdm(total=total, desc=desc, unit="file", file=sys.stderr, disable=total == 0)


def open_archive(args: argparse.Namespace) -> Archive:
    """The archive of --data-dir, waiting up to --wait for another process using it."""
    from index.archive import Archive
    from index.settings import Settings

    return Archive(Settings.load(args.data_dir), lock_wait_s=args.wait, notify=notify)
