"""Generate the written reports (issue #15) and their labels in the shared label format.

    .venv/bin/python bench/written/make_written.py [--out data/labelled/corpus/written]
    .venv/bin/python bench/written/make_written.py --reports bench/blind --out data/labelled/corpus/blind

Each module in ``bench/written/reports/`` describes one report in the style of a real Swedish
municipal or regional follow-up report (places real, every figure and event invented), its passages
labelled by LABELS.md as they are written. The reports are typeset with the development set's
composer (``bench/devset/layout.py``), and the labels are taken from the very strings that were
drawn. Writes ``<out>/<file>.pdf``, ``<out>/gold/<file>.jsonl`` and ``<out>/reports.jsonl``; output is
byte-for-byte deterministic. Before anything is written, every gold text must be found verbatim
(whitespace collapsed) in the PDF's own text layer from its page on, and every amount text in its
passage (or, for a table amount, on the page).
"""

from __future__ import annotations

import argparse
import collections
import json
import re
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.append(str(ROOT / "bench" / "devset"))

import pymupdf  # noqa: E402
from layout import Composer  # noqa: E402
from spec import Label, ReportSpec  # noqa: E402

REPORT_KEYS = ("municipality", "committee", "period", "report_type")
KINDS = {"cause", "action", "forecast_change", "other"}


def collapse(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("\u00ad", "")).strip()


def _expand(label: Label) -> list[Label]:
    return [label, *(item for extra in label.also for item in _expand(extra))]


def build(spec: ReportSpec) -> tuple[bytes, list[dict[str, Any]]]:
    composer = Composer(spec.style)
    for block in spec.blocks:
        composer.add(block)
    data, gold = composer.finish(spec.metadata)
    rows: list[dict[str, Any]] = []
    for page, _bbox, text, first in gold:
        for label in _expand(first):
            rows.append(
                {
                    "id": len(rows),
                    "file": spec.file,
                    "page": page,
                    "municipality": spec.report["municipality"],
                    "area": label.area,
                    "kind": label.kind,
                    "direction": label.direction,
                    "amount_sek": label.amount_sek,
                    "amount_text": label.amount_text,
                    "amount_source": label.amount_source,
                    "tags": list(label.tags),
                    "text": collapse(text),
                    "boilerplate": label.boilerplate,
                    "note": label.note or "",
                }
            )
    return data, rows


def page_texts(data: bytes) -> list[str]:
    """Each page's text layer without the running header and footer, whitespace collapsed."""
    doc = pymupdf.open(stream=data, filetype="pdf")
    return [
        collapse(page.get_text(clip=pymupdf.Rect(0, 50, page.rect.width, page.rect.height - 50)))
        for page in doc
    ]


def check(spec: ReportSpec, data: bytes, rows: list[dict[str, Any]]) -> int:
    """Every label must be well formed and its text (and amount) found in the text layer; returns pages."""
    pages = page_texts(data)
    problems = []
    for row in rows:
        where = f"{row['file']} p{row['page']} #{row['id']}"
        here = " ".join(pages[row["page"] - 1 : row["page"] + 1])
        if row["text"] not in here:
            problems.append(f"{where}: text not verbatim in the text layer: {row['text'][:80]!r}")
        if row["kind"] not in KINDS:
            problems.append(f"{where}: kind {row['kind']!r}")
        if row["amount_source"] == "prose" and collapse(row["amount_text"]) not in row["text"]:
            problems.append(f"{where}: amount text {row['amount_text']!r} not in the passage")
        if row["amount_source"] == "table":
            near = " ".join(pages[max(row["page"] - 2, 0) : row["page"] + 1])
            if row["amount_text"] not in near:
                problems.append(f"{where}: table amount {row['amount_text']!r} not on the page")
        if row["boilerplate"] and row["kind"] not in ("cause", "forecast_change", "other"):
            problems.append(f"{where}: boilerplate {row['kind']}")
    if problems:
        raise SystemExit("\n".join(problems))
    return len(pages)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "data" / "labelled" / "corpus" / "written")
    parser.add_argument(
        "--reports", type=Path, default=HERE, help="the folder whose reports/ package describes the set"
    )
    args = parser.parse_args(argv)
    sys.path.insert(0, str(args.reports.resolve()))
    from reports import ALL  # the set's own package: bench/written/reports, bench/blind/reports …

    out: Path = args.out
    (out / "gold").mkdir(parents=True, exist_ok=True)
    index = []
    totals: collections.Counter[str] = collections.Counter()
    for make in ALL:
        spec = make()
        data, rows = build(spec)
        n_pages = check(spec, data, rows)
        (out / spec.file).write_bytes(data)
        stem = spec.file.removesuffix(".pdf")
        with (out / "gold" / f"{stem}.jsonl").open("w", encoding="utf-8") as fh:
            for row in rows:
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")
        index.append({"file": spec.file} | {key: spec.report[key] for key in REPORT_KEYS})
        kinds = collections.Counter(
            "scored" if r["kind"] == "cause" and not r["boilerplate"] else r["kind"] for r in rows
        )
        totals.update(kinds)
        totals["items"] += len(rows)
        print(
            f"{spec.file:52} {n_pages} p {len(data) // 1024:4d} kB  items={len(rows):3d}  "
            + " ".join(f"{k}={kinds[k]}" for k in ("scored", "cause", "action", "forecast_change", "other"))
        )
    made = {row["file"] for row in index}
    for stale in sorted(out.glob("*.pdf")):
        if stale.name not in made:
            stale.unlink()
    for stale in sorted((out / "gold").glob("*.jsonl")):
        if f"{stale.name.removesuffix('.jsonl')}.pdf" not in made:
            stale.unlink()
    with (out / "reports.jsonl").open("w", encoding="utf-8") as fh:
        for row in index:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(
        f"{len(index)} reports, {totals['items']} items: scored causes {totals['scored']}, "
        f"boilerplate causes {totals['cause']}, action {totals['action']}, "
        f"forecast_change {totals['forecast_change']}, other {totals['other']}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
