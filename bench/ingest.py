"""Ingest end to end: N generated reports through `avvik ingest`, timed as a user would see it.

    .venv/bin/python bench/ingest.py [--reports 100] [--per-report 40] [--keep DIR]

Each report is a PDF laid out by the development-set composer (bench/devset): a title page block, a
result table per area and, under a heading per area, paragraphs of explanations generated from the
taxonomy's cue words (bench/synthetic.py), so every report has different wording and amounts and no
text is served from the embedding cache. The issue's yardstick is 100 reports with about 4,000
explanations, the default here.

Times the real command (`avvik --data-dir D ingest DIR`, a fresh process that loads the models,
parses in a process pool, tags, embeds and indexes), then times it again on the same folder (every
file already in: nothing is read twice). Then the encoder alone on the texts ingest embedded (each
explanation's indexed text, each distinct text once, as ingest's vector cache does; the model as the
settings choose it: ``AVVIK_THREADS``, ``AVVIK_DEVICE``), timed after its model is loaded. The ratio, the
encoder's seconds over the whole ingest's, is the ingest's explanations/s over the encoder's on the same
work: how much of the encoder's speed the whole ingest keeps, so machines of different speed compare by
it (the target of issue #19: at least 0.8). With ``--repeat N`` the ingest (into a fresh data dir) and the
encoder run N times, taking turns, and the medians are compared: on a shared machine one run's ratio moves
by 0.15 or more. Prints reports, pages, explanations, seconds, explanations/s, the encoder's explanations/s
and the ratio (each turn's too), and ends with one JSON line.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent / "devset"))
sys.path.insert(0, str(ROOT))  # first: bench/extract.py must not stand in for the extract package

from layout import Composer  # noqa: E402
from spec import H, P, Style, Table, Title  # noqa: E402
from synthetic import COMMITTEES, generate, municipalities  # noqa: E402

from index.catalog import open_catalog  # noqa: E402
from index.settings import Settings  # noqa: E402
from index.vectors.embedder import SentenceTransformerEmbedder  # noqa: E402
from index.vectors.keywords import document_text  # noqa: E402

MONTHS = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september",
          "oktober", "november", "december"]  # fmt: skip


def swedish(value: float) -> str:
    return f"{value:,.1f}".replace(",", " ").replace(".", ",").replace("-", "−")


def report_pdf(index: int, per_report: int, places: list[str], rng: random.Random) -> bytes:
    """One committee's monthly report: a result table and ``per_report`` explanations under area headings."""
    committee = rng.choice(list(COMMITTEES))
    place = rng.choice(places)
    year, month = rng.randint(2021, 2025), rng.randint(1, 12)
    rows: list[dict[str, Any]] = []
    while len(rows) < per_report:
        rows += [r for r in generate(per_report, rng) if r["committee"] == committee]
    by_area: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in rows[:per_report]:
        by_area[row["area"]].append(row)
    style = Style(footer=lambda n, m: (f"{place} · {committee}", "", f"Sida {n} av {m}"))
    composer = Composer(style)
    composer.add(Title(f"Månadsrapport {MONTHS[month - 1]} {year}"))
    composer.add(Title(committee, size=12))
    composer.add(H("Ekonomiskt resultat", 1))
    table_rows = []
    for area, items in by_area.items():
        deviation = sum(r["amount_sek"] for r in items) / 1e6
        budget = round(rng.uniform(20, 400), 1)
        table_rows.append((area, swedish(budget), swedish(budget - deviation), swedish(deviation)))
    composer.add(
        Table(
            caption="Belopp i mnkr",
            header=(("Verksamhet", "Budget", "Prognos", "Avvikelse"),),
            rows=tuple(table_rows),
            widths=(190.0, 80.0, 80.0, 90.0),
        )
    )
    composer.add(H("Kommentarer per verksamhet", 1))
    for area, items in by_area.items():
        composer.add(H(area))
        for row in items:
            composer.add(P(row["text"]))
    data, _ = composer.finish({"title": f"{committee} {year}-{month:02d} ({index})", "author": place})
    return data


def run_ingest(data_dir: Path, folder: Path) -> float:
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "avvik_cli.main", "--data-dir", str(data_dir), "ingest", str(folder)],
        cwd=ROOT,
        check=True,
        stdout=subprocess.DEVNULL,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    return time.perf_counter() - started


def encoder_alone(settings: Settings, texts: list[str]) -> float:
    """Seconds the embedding model takes for ``texts``, loaded and warmed first."""
    embedder = SentenceTransformerEmbedder(
        settings.model_dir, threads=settings.threads, device=settings.device
    )
    embedder.embed_documents(texts[:16])
    started = time.perf_counter()
    embedder.embed_documents(texts)
    return time.perf_counter() - started


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--reports", type=int, default=100)
    parser.add_argument("--per-report", type=int, default=40, help="explanations written per report")
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--keep", type=Path, help="keep the reports and the data dir here")
    parser.add_argument(
        "--repeat", type=int, default=1, help="ingests and encoder runs, taking turns (medians)"
    )
    args = parser.parse_args(argv)
    say = lambda *a: print(*a, file=sys.stderr, flush=True)  # noqa: E731

    work = args.keep or Path(tempfile.mkdtemp(prefix="avvik-bench-ingest-"))
    folder, data_dir = work / "reports", work / "state"
    folder.mkdir(parents=True, exist_ok=True)
    rng, places = random.Random(args.seed), municipalities()
    for i in range(args.reports):
        (folder / f"rapport-{i:03d}.pdf").write_bytes(report_pdf(i, args.per_report, places, rng))
    say(f"wrote {args.reports} reports to {folder}")

    first = run_ingest(data_dir, folder)
    again = run_ingest(data_dir, folder)
    settings = Settings.load(data_dir)
    catalog = open_catalog(settings.db_path)
    try:
        done = catalog.reports()
        reports, pages, explanations = len(done), sum(r.n_pages for r in done), catalog.count("explanations")
        texts = list(
            dict.fromkeys(document_text(r, e) for r in done for e in catalog.explanations(r.report_id))
        )
    finally:
        catalog.close()
    turns = [(first, encoder_alone(settings, texts))]
    for turn in range(1, args.repeat):
        turns.append((run_ingest(work / f"state-{turn}", folder), encoder_alone(settings, texts)))
    first, encoder_s = statistics.median(t[0] for t in turns), statistics.median(t[1] for t in turns)
    if len(turns) > 1:
        say(
            "turns (ingest s, encoder s, ratio): "
            + "; ".join(f"{i:.1f}, {e:.1f}, {e / i:.2f}" for i, e in turns)
        )
    encoder = explanations / encoder_s
    ingest_per_s = explanations / first
    print(
        f"{reports} reports, {pages} pages, {explanations:,} explanations: ingested in {first:.1f} s "
        f"{'(median of ' + str(len(turns)) + ') ' if len(turns) > 1 else ''}"
        f"({explanations / first:.1f} explanations/s, {pages / first:.1f} pages/s, models loaded once); "
        f"the same folder again: {again:.1f} s (all skipped)"
    )
    print(
        f"the encoder alone on the {len(texts):,} distinct texts ingest embedded ({settings.device}, "
        f"{settings.threads} threads): {encoder_s:.1f} s, {encoder:.1f} explanations/s; "
        f"end-to-end / encoder: {ingest_per_s / encoder:.2f}"
    )
    print(
        json.dumps(
            {
                "reports": reports,
                "pages": pages,
                "explanations": explanations,
                "ingest_s": round(first, 1),
                "explanations_per_s": round(ingest_per_s, 1),
                "distinct_texts": len(texts),
                "encoder_s": round(encoder_s, 1),
                "encoder_per_s": round(encoder, 1),
                "ingest_to_encoder": round(ingest_per_s / encoder, 3),
                "again_s": round(again, 1),
                "repeat": len(turns),
            }
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
