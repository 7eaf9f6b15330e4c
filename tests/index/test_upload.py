"""An upload is read in a child process of its own: page progress comes back, a crash or a hang costs the
upload (a code the app says in Swedish) and never the process that asked."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from conftest import HashEmbedder, KeywordTagger
from pdf_builder import build_report, sample_spec
from upload_jobs import misbehave_while_reading

from index.archive import Archive
from index.settings import Settings
from index.upload import ingest_upload, read_isolated


def _file(tmp_path: Path, name: str) -> Path:
    path = tmp_path / name
    path.write_bytes(b"%PDF-1.7 " + name.encode())
    return path


def test_pages_are_reported_as_they_are_read(tmp_path: Path) -> None:
    seen: list[tuple[str, int, int]] = []
    result, failure = read_isolated(
        _file(tmp_path, "bra.pdf"), None, progress=lambda *p: seen.append(p), job=misbehave_while_reading
    )
    assert failure is None and result["file"] == "bra.pdf"
    assert seen == [("pages", 1, 3), ("pages", 2, 3), ("pages", 3, 3)]


@pytest.mark.parametrize(("name", "code"), [("krasch.pdf", "crashed"), ("häng.pdf", "timeout")])
def test_a_crash_or_a_hang_is_a_failed_upload(tmp_path: Path, name: str, code: str) -> None:
    result, failure = read_isolated(_file(tmp_path, name), None, timeout_s=2, job=misbehave_while_reading)
    assert result is None and failure is not None
    assert failure.status == "failed" and failure.code == code and "\n" not in failure.message
    assert os.getpid()  # still here


def test_a_real_upload_is_read_with_its_pages_and_stored(tmp_path: Path) -> None:
    archive = Archive(Settings.load(tmp_path / "state"), embedder=HashEmbedder(), tagger=KeywordTagger())
    try:
        pdf = build_report(tmp_path / "lerum-sn-2024-05.pdf", sample_spec(municipality="Lerum"))
        seen: list[tuple[str, int, int]] = []
        result = ingest_upload(archive, pdf, progress=lambda *p: seen.append(p))
        assert (result.status, result.code, result.explanations) == ("ingested", "", 5)
        assert ("pages", 1, 1) in seen and seen[-1] == ("storing", 1, 1)
        assert archive.catalog.report(result.report_id or "") is not None
        again = ingest_upload(archive, pdf)
        assert again.status == "skipped"
        broken = tmp_path / "trasig.pdf"
        broken.write_bytes(b"<html>inte en pdf</html>")
        failed = ingest_upload(archive, broken)
        assert (failed.status, failed.code) == ("failed", "NotAPdf")
    finally:
        archive.close()


def test_the_child_never_runs_the_app_script_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Under Streamlit, ``__main__`` is the app script; a child started by multiprocessing would run it again."""
    import sys
    import types

    marker = tmp_path / "ran.txt"
    script = tmp_path / "app.py"
    script.write_text(f"open({str(marker)!r}, 'w').write('the app ran in the child')\n")
    app = types.ModuleType("__main__")
    app.__file__ = str(script)
    monkeypatch.setitem(sys.modules, "__main__", app)
    result, failure = read_isolated(_file(tmp_path, "bra.pdf"), None, job=misbehave_while_reading)
    assert failure is None and result["file"] == "bra.pdf"
    assert not marker.exists()
