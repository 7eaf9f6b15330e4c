"""Generate the synthetic follow-up reports of the development set and their gold labels.

    .venv/bin/python bench/devset/make_reports.py [--out data/labelled]

Writes one PDF per report to ``<out>/reports/`` and the labels in the shared label format (LABELS.md)
to the labelled folder ``<out>/corpus/devset/``: ``gold.jsonl`` (items with ``id``, positive
``amount_sek`` with ``amount_text``/``amount_source``, ``boilerplate``), ``reports.jsonl`` (each
report's metadata) and a symbolic link per PDF. Rows and reports of other files there (the
hand-labelled sample reports) are kept as they are, and ids renumbered in file order. The older
``<out>/extract.jsonl`` (signed amounts, boilerplate as ``other``) is written too, from the same rows,
for the benchmarks that still read it.

The labels are written from the very strings and rectangles that were drawn, so text and labels can't
drift. Output is byte-for-byte deterministic. Each gold text is checked against the PDF's own text
layer before anything is written.
"""

from __future__ import annotations

import argparse
import collections
import json
import os
import re
import sys
from pathlib import Path
from typing import Any

import pymupdf
from layout import Composer
from reports import ALL
from spec import Label, ReportSpec

ROOT = Path(__file__).resolve().parents[2]
REPORT_KEYS = ("municipality", "committee", "period", "report_type")

# An amount as the prose states it: '-3,0 mnkr', '- 11,5 mnkr', '6 239 tkr', '60 miljoner kronor'.
_STATED = re.compile(
    r"(?<![\d,])[-+\u2212\u2013]?\s?\d{1,3}(?:[ \u00a0]\d{3})*(?:,\d+)?\s?"
    r"(?P<unit>mdkr|mnkr|mkr|msek|miljoner kronor|miljoner|milj\. kr|tkr|tsek|tusen kronor|kr)(?!\w)"
)
_UNIT_SEK = {"mdkr": 1e9, "tkr": 1e3, "tsek": 1e3, "tusen kronor": 1e3, "kr": 1.0}  # the rest: millions


def all_reports() -> list[ReportSpec]:
    return [make() for make in ALL]


def collapse(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("\u00ad", "")).strip()


def stated_amount(text: str, amount: float) -> str | None:
    """The words in ``text`` that state ``amount`` (either sign, within 0.5 %), if any."""
    for match in _STATED.finditer(text):
        digits = re.sub(r"[^\d,]", "", match.group(0)[: match.start("unit") - match.start()])
        value = float(digits.replace(",", ".")) * _UNIT_SEK.get(match["unit"], 1e6)
        if abs(value - abs(amount)) <= 0.005 * abs(amount):
            return match.group(0).strip()
    return None


def gold_item(file: str, page: int, text: str, municipality: str | None, label: Label) -> dict[str, Any]:
    """One item in the shared label format; an amount the text doesn't state came from the table row."""
    text = collapse(text)
    amount = abs(label.amount_sek) if label.amount_sek else None
    amount_text = label.amount_text or (stated_amount(text, amount) if amount else None)
    source = label.amount_source or (None if amount is None else "prose" if amount_text else "table")
    return {
        "id": 0,  # numbered when the folder is written
        "file": file,
        "page": page,
        "municipality": municipality,
        "area": label.area,
        "kind": label.kind,
        "direction": label.direction,
        "amount_sek": amount,
        "amount_text": amount_text,
        "amount_source": source,
        "tags": list(label.tags),
        "boilerplate": label.boilerplate,
        "text": text,
    }


def _expand(label: Label) -> list[Label]:
    return [label, *(item for extra in label.also for item in _expand(extra))]


def build(spec: ReportSpec) -> tuple[bytes, list[dict[str, Any]], list[dict[str, Any]]]:
    """The PDF, its items in the shared format and its rows in the older format."""
    composer = Composer(spec.style)
    for block in spec.blocks:
        composer.add(block)
    data, drawn = composer.finish(spec.metadata)
    items, old_rows = [], []
    for page, bbox, text, first in drawn:
        for label in _expand(first):
            items.append(gold_item(spec.file, page, text, spec.report["municipality"], label))
            old_rows.append(
                {
                    "file": spec.file,
                    "page": page,
                    "bbox": bbox,
                    "text": text,
                    "area": label.area,
                    "kind": "other" if label.boilerplate else label.kind,
                    "direction": label.direction,
                    "amount_sek": label.amount_sek,
                    "tags": [],
                    "report": spec.report,
                }
            )
    return data, items, old_rows


def _squash(text: str) -> str:
    """Letters and digits only, so line breaks, hyphenation and odd spaces don't matter."""
    return re.sub(r"[\W_]+", "", text.replace("\u00ad", "")).lower()


def check(data: bytes, rows: list[dict[str, Any]]) -> tuple[int, int]:
    """Each gold text must be in the PDF's text layer from its page on; returns (pages, hyphenations)."""
    doc = pymupdf.open(stream=data, filetype="pdf")
    pages = [page.get_text(clip=pymupdf.Rect(0, 50, page.rect.width, page.rect.height - 50)) for page in doc]
    for row in rows:
        here = _squash("".join(pages[row["page"] - 1 : row["page"] + 1]))
        if _squash(row["text"]) not in here:
            raise SystemExit(
                f"{row['file']} p{row['page']}: gold text not found in PDF: {row['text'][:70]!r}"
            )
        x0, y0, x1, y1 = row["bbox"]
        clip = pymupdf.Rect(x0, y0, x1, y1)
        first = row["text"].split()[0]
        if first not in doc[row["page"] - 1].get_text(clip=clip):
            raise SystemExit(f"{row['file']} p{row['page']}: bbox misses the passage start {first!r}")
    hyphenations = sum(len(re.findall(r"\w-\n\w", text)) for text in pages)
    return doc.page_count, hyphenations


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    if not path.exists():
        return []
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def write_jsonl(path: Path, rows: list[dict[str, Any]]) -> None:
    with path.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")


def merge(path: Path, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The rows of ``path`` for other files, then ``rows``."""
    files = {row["file"] for row in rows}
    return [row for row in read_jsonl(path) if row["file"] not in files] + rows


def link(folder: Path, target: Path) -> None:
    """A relative symbolic link ``folder/<name>`` to ``target``."""
    path = folder / target.name
    relative = os.path.relpath(target, folder)
    if path.is_symlink() and os.readlink(path) == relative:
        return
    path.unlink(missing_ok=True)
    path.symlink_to(relative)


def write_devset(folder: Path, items: list[dict[str, Any]], reports: list[dict[str, Any]]) -> int:
    folder.mkdir(parents=True, exist_ok=True)
    gold = merge(folder / "gold.jsonl", items)
    write_jsonl(folder / "gold.jsonl", [{**row, "id": n} for n, row in enumerate(gold)])
    write_jsonl(folder / "reports.jsonl", merge(folder / "reports.jsonl", reports))
    return len(gold)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "data" / "labelled")
    args = parser.parse_args(argv)
    out_dir: Path = args.out / "reports"
    devset: Path = args.out / "corpus" / "devset"
    out_dir.mkdir(parents=True, exist_ok=True)
    devset.mkdir(parents=True, exist_ok=True)
    items: list[dict[str, Any]] = []
    old_rows: list[dict[str, Any]] = []
    reports: list[dict[str, Any]] = []
    for spec in all_reports():
        data, report_items, report_rows = build(spec)
        n_pages, hyphenations = check(data, report_rows)
        (out_dir / spec.file).write_bytes(data)
        link(devset, out_dir / spec.file)
        kinds = collections.Counter(row["kind"] for row in report_rows)
        print(
            f"{spec.file:32} {n_pages} pages {len(data) // 1024:4d} kB {hyphenations:2d} hyphenations  "
            + " ".join(f"{k}={kinds[k]}" for k in ("cause", "action", "forecast_change", "other"))
        )
        items += report_items
        old_rows += report_rows
        reports.append({"file": spec.file} | {key: spec.report[key] for key in REPORT_KEYS})
    n_items = write_devset(devset, items, reports)
    print(f"{devset}: {n_items} items ({len(items)} synthetic)")
    old_path = args.out / "extract.jsonl"
    merged = merge(old_path, old_rows)
    write_jsonl(old_path, merged)
    print(f"{old_path}: {len(merged)} rows ({len(old_rows)} synthetic)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
