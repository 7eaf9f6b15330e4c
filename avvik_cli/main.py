"""The `avvik` command line: ingest, extract, search, serve, reindex, check, export, import, train, eval.

Errors from the packages become one line on stderr and a non-zero exit; progress goes to stderr.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from extract.errors import ExtractError
from index.errors import AvvikIndexError


def pdf_paths(paths: list[str]) -> Iterator[Path]:
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() == ".pdf")
        elif path.exists():
            yield path
        else:
            raise FileNotFoundError(f"{raw}: no such file or folder")


def _notify(message: str) -> None:
    print(f"avvik: {message}", file=sys.stderr, flush=True)


def one_line(text: str) -> str:
    """A message on one line whatever the file name holds (a newline or a tab is legal in a name)."""
    return "".join(" " if ch in "\r\n\t\v\f\x85\u2028\u2029" else ch for ch in text)


def _archive(args: argparse.Namespace) -> Any:
    from index.archive import Archive
    from index.settings import Settings
    from index.test_doubles import from_environment

    return Archive(Settings.load(args.data_dir), lock_wait_s=args.wait, notify=_notify, **from_environment())


def _bar(total: int, desc: str) -> Any:
    from tqdm import tqdm

    return tqdm(total=total, desc=desc, unit="file", file=sys.stderr, disable=total == 0)


def cmd_ingest(args: argparse.Namespace) -> int:
    paths = list(pdf_paths(args.paths))
    archive = _archive(args)
    bar = None

    def progress(done: int, total: int, name: str) -> None:
        nonlocal bar
        if bar is None:
            bar = _bar(total, "ingest")
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


def load_cli_tagger(no_tags: bool) -> Any:
    """The cause tagger, or None with ``--no-tags``."""
    if no_tags:
        return None
    from extract.tagger import load_tagger

    return load_tagger()


def contract_rows(path: Path, tagger: Any, municipality: str | None = None) -> list[dict[str, Any]]:
    """The output-contract rows of one PDF, as `avvik extract` prints them: extracted, then tagged
    (when a tagger is given). Raises ExtractError for a file that cannot be read."""
    from dataclasses import replace

    from extract.pipeline import extract_report

    result = extract_report(path, municipality=municipality)
    explanations = list(result.explanations)
    if tagger is not None:
        kinds = ["boilerplate" if "boilerplate" in e.flags else e.kind for e in explanations]
        tags = tagger.tag_many([e.text for e in explanations], kinds)
        explanations = [replace(e, tags=tuple(t)) for e, t in zip(explanations, tags, strict=True)]
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


def _filters(args: argparse.Namespace) -> Any:
    from index.store import Filters

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
    from index.search import search_many

    if args.queries_file:
        with open(args.queries_file, encoding="utf-8") as fh:
            queries = [json.loads(line)["query"] for line in fh if line.strip()]
    elif args.query:
        queries = [args.query]
    else:
        raise AvvikIndexError('give a query, or --queries-file with one {"query": ...} per line')
    archive = _archive(args)
    try:
        results = search_many(archive, queries, _filters(args), args.limit, args.mode)
    finally:
        archive.close()
    for query, hits in zip(queries, results, strict=True):
        if args.format == "jsonl":
            rows = [h.contract() for h in hits]
            if args.queries_file:
                print(json.dumps({"query": query, "hits": rows}, ensure_ascii=False))
            else:
                for row in rows:
                    print(json.dumps(row, ensure_ascii=False))
            continue
        print(f"# {query}")
        for n, hit in enumerate(hits, start=1):
            r, e = hit.report, hit.explanation
            tags = ", ".join(t.tag for t in e.tags)
            print(
                f"{n:2}. {hit.score:.3f} {r.municipality or 'okänd kommun'} · {r.committee or '–'} · "
                f"{r.period or '–'} · {e.area or '–'} · {e.amount_sek} · s.{e.page} [{tags}]"
            )
            print(f"    {e.text[:160]}")
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    app = Path(__file__).resolve().parents[1] / "app.py"
    data_dir = Path(args.data_dir or os.environ.get("AVVIK_DATA_DIR", "data/state")).resolve()
    env = dict(os.environ, AVVIK_DATA_DIR=str(data_dir))
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
    ]
    os.execve(sys.executable, command, env)  # become the server, so that stopping `avvik serve` stops it


def cmd_reindex(args: argparse.Namespace) -> int:
    archive = _archive(args)
    bar = None

    def progress(done: int, total: int, name: str) -> None:
        nonlocal bar
        bar = bar or _bar(total, "reindex")
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
    archive = _archive(args)
    try:
        archive.recover()
        done = archive.last_recovery
        if any(done.values()):
            _notify(
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
    from index.backup import export_jsonl
    from index.catalog import Catalog
    from index.settings import Settings

    settings = Settings.load(args.data_dir)
    if not settings.db_path.exists():
        raise FileNotFoundError(f"{settings.db_path}: no database to export; check --data-dir")
    catalog = Catalog(settings.db_path)
    try:
        files_dir = settings.data_dir / "files" if args.files else None
        counts = export_jsonl(catalog, Path(args.out), files_dir=files_dir)
    finally:
        catalog.close()
    print(
        f"exported {counts['report']} reports, {counts['explanation']} explanations, {counts['tag']} tags, "
        f"{counts['review']} reviews, {counts['file']} PDFs to {args.out}",
        file=sys.stderr,
    )
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from index.backup import import_jsonl
    from index.catalog import Catalog
    from index.locking import writer_lock
    from index.settings import Settings

    source = Path(args.source)
    if not source.is_file():
        raise FileNotFoundError(f"{source}: no such file")
    settings = Settings.load(args.data_dir)
    with writer_lock(settings.data_dir, args.wait, _notify):
        catalog = Catalog(settings.db_path)
        try:
            counts = import_jsonl(catalog, source, settings.data_dir / "files")
        finally:
            catalog.close()
    print(
        f"imported {counts['report']} reports, {counts['explanation']} explanations, {counts['tag']} tags, "
        f"{counts['review']} reviews, {counts['file']} PDFs into {settings.data_dir}; "
        "run `avvik reindex` to rebuild the search index",
        file=sys.stderr,
    )
    return 0


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

    p = sub.add_parser("ingest", help="read PDFs (files or folders) into the archive")
    p.add_argument("paths", nargs="+")
    p.add_argument("--municipality", help="set the municipality of these reports")
    p.add_argument("--report", help="write the files that failed, with the reason, to this CSV")
    p.add_argument("--workers", type=int, default=2, help="parser processes (default 2)")
    p.set_defaults(func=cmd_ingest)

    p = sub.add_parser("extract", help="print the explanations of PDFs without indexing them")
    p.add_argument("paths", nargs="+")
    p.add_argument("--format", choices=["jsonl", "text"], default="jsonl")
    p.add_argument("--municipality")
    p.add_argument("--no-tags", action="store_true", help="skip cause tagging")
    p.set_defaults(func=cmd_extract)

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
    p.set_defaults(func=cmd_search)

    p = sub.add_parser("serve", help="start the app")
    p.add_argument("--port", type=int, default=8501)
    p.add_argument("--host", default="localhost")
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

    from avvik_cli.model_commands import add_model_commands

    add_model_commands(sub)
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
