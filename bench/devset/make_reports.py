"""Generate the synthetic follow-up reports of the development set and their gold labels.

    .venv/bin/python bench/devset/make_reports.py [--out data/labelled]

Writes one PDF per report to ``<out>/reports/`` and replaces those reports' rows in
``<out>/extract.jsonl``, keeping every other row (the hand-labelled sample reports) as it is. The
labels are written from the very strings and rectangles that were drawn, so text and labels can't
drift. Output is byte-for-byte deterministic. Each gold text is checked against the PDF's own text
layer before anything is written.
"""

from __future__ import annotations

import argparse
import collections
import json
import re
import sys
from pathlib import Path
from typing import Any

import pymupdf
from layout import Composer
from reports import ALL
from spec import ReportSpec

ROOT = Path(__file__).resolve().parents[2]


def all_reports() -> list[ReportSpec]:
    return [make() for make in ALL]


def build(spec: ReportSpec) -> tuple[bytes, list[dict[str, Any]]]:
    composer = Composer(spec.style)
    for block in spec.blocks:
        composer.add(block)
    data, gold = composer.finish(spec.metadata)
    rows = [
        {
            "file": spec.file,
            "page": page,
            "bbox": bbox,
            "text": text,
            "area": label.area,
            "kind": label.kind,
            "direction": label.direction,
            "amount_sek": label.amount_sek,
            "tags": [],
            "report": spec.report,
        }
        for page, bbox, text, label in gold
    ]
    return data, rows


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


def merge(path: Path, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    files = {row["file"] for row in rows}
    kept = []
    if path.exists():
        with path.open(encoding="utf-8") as fh:
            kept = [json.loads(line) for line in fh if line.strip()]
    kept = [row for row in kept if row["file"] not in files]
    return kept + rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "data" / "labelled")
    args = parser.parse_args(argv)
    out_dir: Path = args.out / "reports"
    out_dir.mkdir(parents=True, exist_ok=True)
    generated: list[dict[str, Any]] = []
    for spec in all_reports():
        data, rows = build(spec)
        n_pages, hyphenations = check(data, rows)
        (out_dir / spec.file).write_bytes(data)
        kinds = collections.Counter(row["kind"] for row in rows)
        print(
            f"{spec.file:32} {n_pages} pages {len(data) // 1024:4d} kB {hyphenations:2d} hyphenations  "
            + " ".join(f"{k}={kinds[k]}" for k in ("cause", "action", "forecast_change", "other"))
        )
        generated.extend(rows)
    gold_path = args.out / "extract.jsonl"
    merged = merge(gold_path, generated)
    with gold_path.open("w", encoding="utf-8") as fh:
        for row in merged:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{gold_path}: {len(merged)} rows ({len(generated)} synthetic)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
