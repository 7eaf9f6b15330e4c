"""The commands on the archive: ingest, search, serve, reindex, check, export, import."""

from __future__ import annotations

import argparse
import csv
import json
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from avvik_cli.console import notify, one_line, open_archive, pdf_paths, progress_bar
from index.errors import AvvikIndexError

if TYPE_CHECKING:
    from index.vectors.store import Filters


def cmd_ingest(args: argparse.Namespace) -> int:
    paths = list(pdf_paths(args.paths))
    archive = open_archive(args)
    bar = None

    def progress(done: int, total: int, name: str) -> None:
        nonlocal bar
        if bar is None:
            bar = progress_bar(total, "ingest")
        if done:
            bar.update(1)
            bar.set_postfix_str(name[:30])

    try:
        results = archive.ingest(
            paths, municipality=args.municipality, progress=progress, workers=args.workers
        )
    finally:
        if bar is not None:
            bar.close()
        archive.close()
    failed = [r for r in results if r.status == "failed"]
    for r in results:
        stream = sys.stderr if r.status == "failed" else sys.stdout
        print(one_line(f"{r.status:8} {r.message}"), file=stream)
    if args.report:
        with open(args.report, "w", newline="", encoding="utf-8") as fh:
            writer = csv.writer(fh)
            writer.writerow(["file", "reason"])
            writer.writerows([(r.path, one_line(r.message)) for r in failed])
    ingested = sum(r.status == "ingested" for r in results)
    skipped = sum(r.status == "skipped" for r in results)
    print(f"{ingested} ingested, {skipped} skipped, {len(failed)} failed", file=sys.stderr)
    return 1 if failed else 0


def _filters(args: argparse.Namespace) -> Filters:
    from index.vectors.store import Filters

    return Filters(
        municipality=tuple(args.municipality or ()),
        committee=tuple(args.committee or ()),
        tag=tuple(args.tag or ()),
        kind=tuple(args.kind or ()),
        direction=tuple(args.direction or ()),
        period_from=args.period_from,
        period_to=args.period_to,
        include_boilerplate=args.include_boilerplate,
    )


def cmd_search(args: argparse.Namespace) -> int:
    from index.relevance import NO_CLEAR_MATCH, strength_label
    from index.search import clear_match, search_many, understand_queries

    if args.queries_file:
        with open(args.queries_file, encoding="utf-8") as fh:
            queries = [json.loads(line)["query"] for line in fh if line.strip()]
    elif args.query:
        queries = [args.query]
    else:
        raise AvvikIndexError('give a query, or --queries-file with one {"query": ...} per line')
    archive = open_archive(args)
    try:
        understood = None if args.literal else understand_queries(archive.catalog, queries)
        results = search_many(archive, queries, _filters(args), args.limit, args.mode, understood)
    finally:
        archive.close()
    for n, (query, hits) in enumerate(zip(queries, results, strict=True)):
        clear = clear_match(hits)
        chips = [c.label for c in understood[n].chips] if understood else []
        if args.format == "jsonl":
            rows = [h.contract() for h in hits]
            if args.queries_file:
                line = {"query": query, "clear_match": clear, "chips": chips, "hits": rows}
                print(json.dumps(line, ensure_ascii=False))
            else:
                for row in rows:
                    print(json.dumps({**row, "clear_match": clear}, ensure_ascii=False))
            continue
        print(f"# {query}" + "".join(f" [{c}]" for c in chips))
        if not clear:
            print(f"  {NO_CLEAR_MATCH}")
        for n, hit in enumerate(hits, start=1):
            r, e = hit.report, hit.explanation
            tags = ", ".join(t.tag for t in e.tags)
            print(
                f"{n:2}. {hit.score:.3f} (träff {strength_label(hit.strength)}) "
                f"{r.municipality or 'okänd kommun'} · {r.committee or '–'} · "
                f"{r.period or '–'} · {e.area or '–'} · {e.amount_sek} · s.{e.page}"
                + (f" (också på s. {', '.join(map(str, hit.also_pages))})" if hit.also_pages else "")
                + "".join(f" (också i {file} s. {page})" for file, page in hit.also_in)
                + f" [{tags}]"
            )
            print(f"    {e.text[:160]}")
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    from index.settings import Settings

    app = Path(__file__).resolve().parents[1] / "app.py"
    env = dict(os.environ, AVVIK_DATA_DIR=str(Settings.load(args.data_dir).data_dir))
    if args.read_only:
        env["AVVIK_READ_ONLY"] = "1"
    command = [
        sys.executable,
        "-m",
        "streamlit",
        "run",
        str(app),
        "--server.port",
        str(args.port),
        "--server.address",
        args.host,
        "--server.headless",
        "true",
        "--browser.gatherUsageStats",
        "false",
        "--client.toolbarMode",
        "viewer",
        "--server.fileWatcherType",  # a served app never offers "File change. Rerun" (Streamlit's, in English)
        "none",
    ]
    os.execve(sys.executable, command, env)  # become the server, so that stopping `avvik serve` stops it


def cmd_reindex(args: argparse.Namespace) -> int:
    archive = open_archive(args)
    bar = None

    def progress(done: int, total: int, name: str) -> None:
        nonlocal bar
        bar = bar or progress_bar(total, "reindex")
        bar.update(1)

    try:
        count = archive.reindex(progress)
    finally:
        if bar is not None:
            bar.close()
        archive.close()
    print(f"reindexed {count} explanations", file=sys.stderr)
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    """Recover from an interrupted writer (as every writer does when it starts), then compare; the last
    line of stdout is the JSON of counts; exit 1 when the catalog and the index disagree."""
    archive = open_archive(args)
    try:
        archive.recover()
        done = archive.last_recovery
        if any(done.values()):
            notify(
                f"recovered from an interrupted ingest: {done['rolled_back']} unfinished report(s) "
                f"rolled back (ingest them again), {done['orphan_points']} stray point(s) deleted, "
                f"{done['reindexed_reports']} report(s) given their points again"
            )
        result = archive.check(repair=args.repair)
    finally:
        archive.close()
    print(json.dumps(result))
    return 0 if result["orphan_points"] == 0 and result["half_written"] == 0 else 1


def cmd_export(args: argparse.Namespace) -> int:
    from index.catalog import open_catalog
    from index.catalog.backup import export_jsonl
    from index.settings import Settings

    settings = Settings.load(args.data_dir)
    if not settings.database_url and not settings.db_path.exists():
        raise FileNotFoundError(f"{settings.db_path}: no database to export; check --data-dir")
    catalog = open_catalog(settings.db_path, settings.database_url)
    try:
        counts = export_jsonl(catalog, Path(args.out), files_dir=settings.files_dir if args.files else None)
    finally:
        catalog.close()
    print(
        f"exported {counts['report']} reports, {counts['explanation']} explanations, {counts['tag']} tags, "
        f"{counts['review']} reviews, {counts['file']} PDFs to {args.out}",
        file=sys.stderr,
    )
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from index.catalog import open_catalog
    from index.catalog.backup import import_jsonl
    from index.recovery import writer_lock
    from index.settings import Settings

    source = Path(args.source)
    if not source.is_file():
        raise FileNotFoundError(f"{source}: no such file")
    settings = Settings.load(args.data_dir)
    with writer_lock(settings.data_dir, args.wait, notify):
        catalog = open_catalog(settings.db_path, settings.database_url)
        try:
            counts = import_jsonl(catalog, source, settings.files_dir)
        finally:
            catalog.close()
    print(
        f"imported {counts['report']} reports, {counts['explanation']} explanations, {counts['tag']} tags, "
        f"{counts['review']} reviews, {counts['file']} PDFs into {settings.data_dir}; "
        "run `avvik reindex` to rebuild the search index",
        file=sys.stderr,
    )
    return 0


def add_archive_commands(sub: Any) -> None:
    p = sub.add_parser("ingest", help="read PDFs (files or folders) into the archive")
    p.add_argument("paths", nargs="+")
    p.add_argument("--municipality", help="set the municipality of these reports")
    p.add_argument("--report", help="write the files that failed, with the reason, to this CSV")
    p.add_argument("--workers", type=int, default=2, help="parser processes (default 2)")
    p.set_defaults(func=cmd_ingest)

    p = sub.add_parser("search", help="search the explanations")
    p.add_argument("query", nargs="?")
    p.add_argument("--queries-file", help='JSONL with one {"query": ...} per line')
    p.add_argument("--municipality", action="append")
    p.add_argument("--committee", action="append")
    p.add_argument("--tag", action="append")
    p.add_argument("--kind", action="append")
    p.add_argument("--direction", action="append")
    p.add_argument("--period-from")
    p.add_argument("--period-to")
    p.add_argument("--include-boilerplate", action="store_true")
    p.add_argument("--limit", type=int, default=10)
    p.add_argument("--mode", choices=["hybrid", "dense", "sparse"], default="hybrid")
    p.add_argument("--format", choices=["text", "jsonl"], default="text")
    p.add_argument(
        "--literal",
        action="store_true",
        help="search the words only: no municipality, committee or period filters and no direction, "
        "investment or cause boosts read from the question",
    )
    p.set_defaults(func=cmd_search)

    p = sub.add_parser("serve", help="start the app")
    p.add_argument("--port", type=int, default=8501)
    p.add_argument(
        "--host",
        default="localhost",
        help="address to serve on (default localhost; any other address asks for sign-in before any write)",
    )
    p.add_argument(
        "--read-only", action="store_true", help="serve search and compare only: nothing can be changed"
    )
    p.set_defaults(func=cmd_serve)

    p = sub.add_parser("reindex", help="rebuild the vector index from the database")
    p.set_defaults(func=cmd_reindex)

    p = sub.add_parser("check", help="check that the database and the index agree")
    p.add_argument("--repair", action="store_true")
    p.set_defaults(func=cmd_check)

    p = sub.add_parser("export", help="write reports, explanations, tags and reviews as JSONL (a backup)")
    p.add_argument("out", help="the JSONL file to write")
    p.add_argument("--files", action="store_true", help="include the kept PDFs (base64)")
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("import", help="restore an export into an empty data dir (then run `avvik reindex`)")
    p.add_argument("source", help="a JSONL file written by `avvik export`")
    p.set_defaults(func=cmd_import)
