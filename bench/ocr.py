"""OCR: the scanned version of each labelled report against its text version (issue #15, requirement 5).

Every page of each labelled PDF (``data/labelled/corpus/real`` and ``seeds`` by default) is rendered to
a grey image at ``--dpi``, turned by up to ``--rotate`` degrees, blurred a little, given grain and dust
(``--noise``) and saved as JPEG, as a scanner gives it (Pillow, which Streamlit brings), and written to
an image-only PDF of the same name. Both versions are extracted with ``extract_report`` and scored
with the reference scorer's rules against the same gold items. Prints recall, precision and amount
accuracy for text and scanned, and the ratios scanned/text (the goal: at least 0.9 for recall and
amount accuracy), per report and overall, the time the scanned extraction took per page (wall, and
CPU with Tesseract's processes: the machine's other load left out), then one JSON line with the figures.

    .venv/bin/python bench/ocr.py                       # every report (the two Göteborg ones: 86 pages)
    .venv/bin/python bench/ocr.py --max-pages 10        # skip reports longer than 10 pages
    .venv/bin/python bench/ocr.py --only bmn --show-missed --keep /tmp/scans
    .venv/bin/python bench/ocr.py --max-pages 10 --dpi 150 --rotate 1 --noise 0.001   # a poor scan
"""

from __future__ import annotations

import argparse
import io
import json
import random
import resource
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pymupdf

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from extract.evaluation.corpus import load_corpus  # noqa: E402
from extract.evaluation.extraction import Count, ExtractionScore, score_extraction  # noqa: E402
from extract.pdf import ocr_available  # noqa: E402
from extract.pipeline import extract_report  # noqa: E402

CORPORA = (ROOT / "data/labelled/corpus/real", ROOT / "data/labelled/corpus/seeds")
GOAL = 0.9


def scan(source: Path, target: Path, dpi: int, rotate: float, noise: float, seed: int = 0) -> int:
    """Write ``target``: ``source``'s pages as grey JPEG images only (no text layer), as a scanner gives
    them: turned by up to ``rotate`` degrees, a little blurred, the paper not quite white, grain, and
    dust on ``noise`` of the pixels. Returns the number of pages."""
    from PIL import Image, ImageFilter

    rng = random.Random(f"{seed}:{source.name}")
    out = pymupdf.open()
    with pymupdf.open(source) as doc:
        for page in doc:
            pix = page.get_pixmap(dpi=dpi, colorspace=pymupdf.csGRAY)
            image = Image.frombytes("L", (pix.width, pix.height), pix.samples)
            if rotate:
                angle = rng.uniform(-rotate, rotate)
                image = image.rotate(angle, resample=Image.Resampling.BILINEAR, expand=False, fillcolor=255)
            image = image.filter(ImageFilter.GaussianBlur(0.6))
            if noise:
                image = _speckle(image, noise, rng)
            buffer = io.BytesIO()
            image.save(buffer, format="JPEG", quality=70)
            new = out.new_page(width=page.rect.width, height=page.rect.height)
            new.insert_image(new.rect, stream=buffer.getvalue())
        pages = doc.page_count
    out.save(target, garbage=3, deflate=True)
    out.close()
    return pages


def _speckle(image: Any, share: float, rng: random.Random) -> Any:
    """Dust (black and white specks on ``share`` of the pixels), grain, and paper not quite white."""
    import numpy as np
    from PIL import Image

    pixels = np.asarray(image, dtype=np.int16)
    gen = np.random.default_rng(rng.randrange(2**32))
    pixels = pixels - 10 + gen.integers(-8, 9, size=pixels.shape)
    flips = gen.random(pixels.shape) < share
    pixels[flips] = np.where(gen.random(int(flips.sum())) < 0.5, 0, 255)
    return Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8), mode="L")


def _cpu_s() -> float:
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def rows_of(path: Path) -> list[dict[str, Any]]:
    result = extract_report(path)
    return [e.contract(result.report) for e in result.explanations]


@dataclass
class ReportRun:
    file: str
    pages: int
    text_rows: list[dict[str, Any]]
    scanned_rows: list[dict[str, Any]]
    text_s: float
    scanned_s: float
    scan_s: float
    scanned_cpu_s: float  # this process and its Tesseract processes: the load of other work left out


def _value(count: Count) -> float | None:
    return count.value


def _precision(score: ExtractionScore) -> float | None:
    return score.tp / (score.tp + score.fp) if score.tp + score.fp else None


def figures(score: ExtractionScore) -> dict[str, Any]:
    return {
        "recall": _value(score.recall),
        "causes": score.recall.n,
        "matched": score.recall.hits,
        "precision": _precision(score),
        "amount": _value(score.amount),
        "amount_n": score.amount.n,
        "amount_right": score.amount.hits,
    }


def _ratio(scanned: float | None, text: float | None) -> float | None:
    if scanned is None or text is None:
        return None
    return scanned / text if text else (1.0 if scanned == 0 else None)


def _fmt(value: float | None) -> str:
    return "  n/a" if value is None else f"{value:5.3f}"


def _count_ratio(scanned: dict[str, Any], text: dict[str, Any], hits: str) -> float | None:
    """Scanned over text in counts (matched causes, right amounts): the same as the ratio of the rates
    when both are over the same gold items."""
    return _ratio(scanned[hits], text[hits]) if text[hits] else None


def _show_lost(gold: list[dict[str, Any]], text: ExtractionScore, scanned: ExtractionScore) -> None:
    """The scored causes the text version matches and the scan does not, and those whose amount the
    text version gets right and the scan gets wrong."""
    in_scan = {m.gold: m for m in scanned.matches}
    wrong_in_scan = {e.gold.index for e in scanned.field_errors if any(w.field == "amount" for w in e.wrong)}
    wrong_in_text = {e.gold.index for e in text.field_errors if any(w.field == "amount" for w in e.wrong)}
    for match in text.matches:
        item = gold[match.gold]
        if item.get("kind") != "cause" or item.get("boilerplate"):
            continue
        if match.gold not in in_scan:
            print(f"      missed in scan: p.{item.get('page')} {item['text'][:110]!r}")
        elif match.gold in wrong_in_scan and match.gold not in wrong_in_text:
            print(
                f"      amount wrong in scan: p.{item.get('page')} {item.get('amount_sek')} {item['text'][:90]!r}"
            )


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("folders", nargs="*", type=Path, help="labelled folders (default: real and seeds)")
    parser.add_argument("--dpi", type=int, default=200, help="scan resolution (default 200)")
    parser.add_argument("--rotate", type=float, default=0.5, help="largest skew in degrees (default 0.5)")
    parser.add_argument("--noise", type=float, default=0.0005, help="share of dust pixels (default 0.0005)")
    parser.add_argument("--reports", type=int, help="only the first N reports (by size, smallest first)")
    parser.add_argument(
        "--only", nargs="*", default=[], help="only reports whose file name contains one of these"
    )
    parser.add_argument(
        "--max-pages", type=int, help="skip reports with more pages (the Göteborg ones are 39-47)"
    )
    parser.add_argument("--keep", type=Path, help="keep the scanned PDFs in this folder")
    parser.add_argument(
        "--show-missed", action="store_true", help="list causes the text version finds and the scan misses"
    )
    args = parser.parse_args()
    if not ocr_available():
        print("bench/ocr.py: tesseract with Swedish is not installed (make system)", file=sys.stderr)
        return 2

    corpora = [load_corpus(folder) for folder in (args.folders or CORPORA)]
    jobs = []
    for corpus in corpora:
        for pdf in corpus.pdfs:
            with pymupdf.open(pdf) as doc:
                pages = doc.page_count
            if args.max_pages is not None and pages > args.max_pages:
                print(f"skipped {pdf.name}: {pages} pages (--max-pages {args.max_pages})")
                continue
            if args.only and not any(word in pdf.name for word in args.only):
                continue
            jobs.append((pages, corpus, pdf))
    jobs.sort(key=lambda job: (job[0], job[2].name))
    if args.reports is not None:
        jobs = jobs[: args.reports]

    started = time.perf_counter()
    runs: list[tuple[Any, ReportRun]] = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        for pages, corpus, pdf in jobs:
            t0 = time.perf_counter()
            text_rows = rows_of(pdf)
            t1 = time.perf_counter()
            scanned = folder / pdf.name  # the same name: the scorer matches by file
            scan(pdf, scanned, args.dpi, args.rotate, args.noise)
            t2, cpu = time.perf_counter(), _cpu_s()
            scanned_rows = rows_of(scanned)
            t3, cpu = time.perf_counter(), _cpu_s() - cpu
            run = ReportRun(pdf.name, pages, text_rows, scanned_rows, t1 - t0, t3 - t2, t2 - t1, cpu)
            runs.append((corpus, run))
            print(
                f"  {pdf.name}: {pages} pages, text {run.text_s:.1f} s, scanned {run.scanned_s:.1f} s "
                f"({run.scanned_s / pages:.1f} s/page, CPU {cpu / pages:.1f} s/page)",
                flush=True,
            )

    per_report: dict[str, Any] = {}
    all_gold: list[dict[str, Any]] = []
    all_text: list[dict[str, Any]] = []
    all_scanned: list[dict[str, Any]] = []
    print()
    print(
        f"{'report':58} {'pages':>5} {'causes':>6}  recall text/scan     amount text/scan   precision text/scan"
    )
    for corpus, run in runs:
        gold = corpus.gold_for({run.file})
        all_gold += gold
        all_text += run.text_rows
        all_scanned += run.scanned_rows
        text = figures(score_extraction(gold, run.text_rows))
        scanned_score = score_extraction(gold, run.scanned_rows)
        scanned = figures(scanned_score)
        per_report[run.file] = {
            "pages": run.pages,
            "text": text,
            "scanned": scanned,
            "recall_ratio": _count_ratio(scanned, text, "matched"),
            "amount_ratio": _ratio(scanned["amount"], text["amount"]),
            "right_amounts_ratio": _count_ratio(scanned, text, "amount_right"),
            "scanned_s_per_page": run.scanned_s / run.pages,
            "scanned_cpu_s_per_page": run.scanned_cpu_s / run.pages,
        }
        print(
            f"{run.file[:58]:58} {run.pages:5} {text['causes']:6}  "
            f"{_fmt(text['recall'])} {_fmt(scanned['recall'])}    "
            f"{_fmt(text['amount'])} {_fmt(scanned['amount'])}    "
            f"{_fmt(text['precision'])} {_fmt(scanned['precision'])}"
        )
        if args.show_missed:
            _show_lost(gold, score_extraction(gold, run.text_rows), scanned_score)
    text_all = figures(score_extraction(all_gold, all_text))
    scanned_all = figures(score_extraction(all_gold, all_scanned))
    ratios = {
        "recall_ratio": _count_ratio(scanned_all, text_all, "matched"),
        "amount_ratio": _ratio(scanned_all["amount"], text_all["amount"]),
        "right_amounts_ratio": _count_ratio(scanned_all, text_all, "amount_right"),
        "precision_ratio": _ratio(scanned_all["precision"], text_all["precision"]),
    }
    pages = sum(run.pages for _, run in runs)
    ocr_s = sum(run.scanned_s for _, run in runs)
    cpu_s = sum(run.scanned_cpu_s for _, run in runs)
    elapsed = time.perf_counter() - started
    print(
        f"{'overall':58} {pages:5} {text_all['causes']:6}  "
        f"{_fmt(text_all['recall'])} {_fmt(scanned_all['recall'])}    "
        f"{_fmt(text_all['amount'])} {_fmt(scanned_all['amount'])}    "
        f"{_fmt(text_all['precision'])} {_fmt(scanned_all['precision'])}"
    )
    print()
    print(
        f"scanned/text: recall {_fmt(ratios['recall_ratio'])}, amount accuracy {_fmt(ratios['amount_ratio'])} "
        f"(right amounts {_fmt(ratios['right_amounts_ratio'])}), precision {_fmt(ratios['precision_ratio'])} (goal >= {GOAL} for recall and amounts)"
    )
    print(
        f"{len(runs)} reports, {pages} pages at {args.dpi} dpi: scanned extraction {ocr_s:.0f} s "
        f"({ocr_s / max(pages, 1):.1f} s/page; CPU {cpu_s / max(pages, 1):.1f} s/page with Tesseract's), "
        f"whole run {elapsed:.0f} s"
    )
    summary = {
        "reports": len(runs),
        "pages": pages,
        "dpi": args.dpi,
        "text": text_all,
        "scanned": scanned_all,
        **ratios,
        "goal_met": all(
            v is not None and v >= GOAL for v in (ratios["recall_ratio"], ratios["amount_ratio"])
        ),
        "scanned_s_per_page": ocr_s / max(pages, 1),
        "scanned_cpu_s_per_page": cpu_s / max(pages, 1),
        "elapsed_s": elapsed,
        "per_report": per_report,
    }
    print(json.dumps(summary, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
