import json
import subprocess
import sys
from pathlib import Path

import bad_files

CONTRACT = {"file", "page", "bbox", "text", "area", "kind", "direction", "amount_sek", "tags", "report"}


def avvik(*args: str, data_dir: Path | None = None) -> subprocess.CompletedProcess[str]:
    extra = ["--data-dir", str(data_dir)] if data_dir else []
    return subprocess.run(
        [sys.executable, "-m", "avvik_cli.main", *extra, *args], capture_output=True, text=True, timeout=300
    )


def test_extract_prints_the_output_contract(report_pdf: Path) -> None:
    done = avvik("extract", str(report_pdf), "--format", "jsonl", "--no-tags")
    assert done.returncode == 0, done.stderr
    rows = [json.loads(line) for line in done.stdout.splitlines()]
    assert rows and all(set(row) >= CONTRACT for row in rows)
    staff = next(r for r in rows if r["area"] == "Personalkostnader")
    assert staff["file"] == report_pdf.name and staff["page"] == 1 and len(staff["bbox"]) == 4
    assert staff["kind"] == "cause" and staff["direction"] == "negative" and staff["amount_sek"] == -2_000_000
    assert staff["report"] == {
        "municipality": "Alingsås",
        "committee": "Socialnämnden",
        "period": "2024-05",
        "report_type": "månadsuppföljning",
    }


def test_errors_are_one_line_and_a_non_zero_exit(tmp_path: Path, report_pdf: Path) -> None:
    bad = bad_files.html_page(tmp_path / "inte-en-pdf.pdf")
    done = avvik("extract", str(bad), str(report_pdf), "--no-tags")
    assert done.returncode == 1
    assert done.stderr.strip().count("\n") == 0 and "inte-en-pdf.pdf" in done.stderr
    assert done.stdout.count("\n") >= 4  # the good file was still extracted
    missing = avvik("extract", str(tmp_path / "finns-inte.pdf"))
    assert (
        missing.returncode == 1 and missing.stderr.startswith("avvik: ") and "no such file" in missing.stderr
    )


def test_folders_are_searched_for_pdfs(tmp_path: Path, make_pdf) -> None:  # type: ignore[no-untyped-def]
    make_pdf("a.pdf")
    make_pdf("b.pdf", month="juni")
    done = avvik("extract", str(tmp_path), "--no-tags")
    files = {json.loads(line)["file"] for line in done.stdout.splitlines()}
    assert files == {"a.pdf", "b.pdf"}
