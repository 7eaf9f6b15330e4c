"""Extraction speed: avvik's extractor against raw `page.get_text()` and pymupdf4llm on the same PDFs.

Prints pages per second for each and the ratios, then one JSON line:
{"pages", "avvik_pages_per_s", "raw_pages_per_s", "pymupdf4llm_pages_per_s"}.
Also the peak resident memory of extracting the largest report (``--big N`` builds an N-page one).
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import pymupdf

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from extract.pipeline import extract_report  # noqa: E402


def _timed(fn) -> float:  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


_CACHES: tuple[int, list[Any]] = (0, [])  # the extractor's per-text caches, found once per set of modules


def _forget_texts() -> None:
    """Empty every per-text cache of the extractor (sentences, amounts, cue features, word stems …), so that
    a repeated run reads the same PDFs as cold as the first; what is loaded once per process (the passage
    model, the municipality tables: ``load_*`` and caches without a size limit) stays, as in a batch. The
    caches are looked up again only when modules were imported since (looking costs as much as clearing)."""
    global _CACHES
    if _CACHES[0] != len(sys.modules):
        found = [
            obj
            for name, module in list(sys.modules.items())
            if name.startswith("extract.")
            for attr, obj in vars(module).items()
            if not attr.startswith("load_")
            and hasattr(obj, "cache_parameters")
            and obj.cache_parameters()["maxsize"] is not None
        ]
        _CACHES = (len(sys.modules), found)
    for cache in _CACHES[1]:
        cache.cache_clear()


def _raw(paths: list[Path]) -> None:
    for path in paths:
        with pymupdf.open(path) as doc:
            for page in doc:
                page.get_text()


def _avvik(paths: list[Path]) -> None:
    _forget_texts()
    for path in paths:
        extract_report(path)


def _llm(paths: list[Path]) -> None:
    import pymupdf4llm

    for path in paths:
        pymupdf4llm.to_markdown(str(path), show_progress=False)


READERS = {"raw": _raw, "avvik": _avvik}


def _big_report(pages: int, directory: Path) -> Path:
    from pdf_builder import build_report, sample_spec

    spec = sample_spec()
    spec.blocks = spec.blocks * int(pages * 1.75)  # the sample spec fills about 0.6 page
    path = build_report(directory / f"big-{pages}.pdf", spec)
    with pymupdf.open(path) as doc:
        assert doc.page_count >= pages * 0.5
    return path


def peak_memory_mb(path: Path) -> float:
    """Peak RSS of a fresh process extracting one report."""
    code = (
        f"import resource,sys; sys.path.insert(0, {str(ROOT)!r}); from extract.pipeline import extract_report; "
        f"extract_report({str(path)!r}); print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)"
    )
    return float(
        subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument(
        "paths", nargs="*", default=[str(ROOT / "data/samples"), str(ROOT / "data/labelled/reports")]
    )
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument(
        "--run-s", type=float, default=1.0, help="length of one timed run (passes over the PDFs are repeated)"
    )
    parser.add_argument(
        "--big", type=int, default=300, help="pages of the generated report for the memory check"
    )
    args = parser.parse_args()
    paths = [
        p
        for raw in args.paths
        for p in (sorted(Path(raw).glob("*.pdf")) if Path(raw).is_dir() else [Path(raw)])
    ]
    pages = sum(pymupdf.open(p).page_count for p in paths)
    _avvik(paths)  # imports and one-time tables, as a long-running ingest has them
    # Runs of both last about --run-s: a best-of over shorter runs would favour the faster reader, whose
    # runs more often fit between two bursts of a noisy neighbour. Interleaved, so that a slow spell
    # slows both alike; the best run of each counts, and the median of the paired ratios is shown too.
    passes = {name: max(1, round(args.run_s / _timed(lambda f=f: f(paths)))) for name, f in READERS.items()}
    best = {name: float("inf") for name in READERS}
    ratios = []
    for _ in range(args.runs):
        run = {}
        for name, f in READERS.items():
            run[name] = _timed(lambda f=f, n=passes[name]: [f(paths) for _ in range(n)]) / passes[name]
            best[name] = min(best[name], run[name])
        ratios.append(run["raw"] / run["avvik"])
    raw_s, avvik_s = best["raw"], best["avvik"]
    llm_s = _timed(lambda: _llm(paths))
    rates = {"raw": pages / raw_s, "avvik": pages / avvik_s, "pymupdf4llm": pages / llm_s}
    compiled = Path(sys.modules["extract.cues"].__file__ or "").suffix != ".py"
    print(
        "extraction modules: compiled (build/native)"
        if compiled
        else "extraction modules: Python sources (no build of these sources: `make install` makes one)"
    )
    print(
        f"{len(paths)} PDFs, {pages} pages (best of {args.runs} runs of ~{args.run_s:.1f} s: "
        f"{passes['raw']} passes raw, {passes['avvik']} avvik; pymupdf4llm once)"
    )
    for name, rate in rates.items():
        print(f"  {name:12} {rate:8.1f} pages/s")
    print(f"  avvik / raw         {rates['avvik'] / rates['raw']:.2f}  (goal ≥ 0.33)")
    print(f"  avvik / raw, median of the {args.runs} paired runs {statistics.median(ratios):.2f}")
    print(f"  avvik / pymupdf4llm {rates['avvik'] / rates['pymupdf4llm']:.1f}x (goal > 1)")
    with tempfile.TemporaryDirectory() as tmp:
        big = _big_report(args.big, Path(tmp))
        n = pymupdf.open(big).page_count
        print(f"  peak RSS extracting a {n}-page report: {peak_memory_mb(big):.0f} MB (goal < 500)")
        pairs = [(_timed(lambda: _raw([big])), _timed(lambda: _avvik([big]))) for _ in range(5)]
        best_pair = min(r for r, _ in pairs) / min(a for _, a in pairs)
        median_pair = statistics.median(r / a for r, a in pairs)
        print(
            f"  the same {n}-page report (one long document): avvik / raw {best_pair:.2f}, "
            f"median of 5 paired runs {median_pair:.2f}"
        )
    print(f"  this process: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB peak")
    print(
        json.dumps(
            {
                "pages": pages,
                "avvik_pages_per_s": round(rates["avvik"], 1),
                "raw_pages_per_s": round(rates["raw"], 1),
                "pymupdf4llm_pages_per_s": round(rates["pymupdf4llm"], 1),
            }
        )
    )


if __name__ == "__main__":
    main()
