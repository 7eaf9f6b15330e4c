"""Ladda upp through AppTest: ingest through the app's own archive, a result per file, and files kept by their
sha256 under the data dir whatever name the browser sent."""

import hashlib
import sqlite3
import uuid
from pathlib import Path

import pytest
from app_fixtures import APP, app_dir, app_template, shown, state_dir  # noqa: F401  (fixtures)
from pdf_builder import build_report, sample_spec
from streamlit.testing.v1 import AppTest

pytestmark = [pytest.mark.slow, pytest.mark.usefixtures("app_dir")]


def _files(root: Path) -> set[Path]:
    return {p for p in root.rglob("*") if p.is_file()}


def _upload(files: list[tuple[str, bytes]]) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=120).run()
    at.switch_page("ui/upload_page.py").run()
    at.file_uploader(key="upload_files").set_value([(name, data, "application/pdf") for name, data in files])
    at.run()
    next(b for b in at.button if b.label == "Läs in").click().run()
    return at


def test_uploads_are_ingested_and_kept_by_sha256_inside_the_data_dir(tmp_path: Path) -> None:
    pdf = build_report(tmp_path / "k.pdf", sample_spec(municipality="Kungälv", month="april"))
    data = pdf.read_bytes()
    absolute = Path("/tmp") / f"avvik-upload-{uuid.uuid4().hex}.pdf"
    before = _files(tmp_path)
    at = _upload([("../../kungalv-sn-2024-04.pdf", data), (str(absolute), b"<html>not a pdf</html>")])
    assert not at.exception
    text = shown(at)
    assert "**kungalv-sn-2024-04.pdf** · :green[:material/check_circle: inläst] · 5 förklaringar" in text
    assert f"**{absolute.name}** · :red[:material/error: kunde inte läsas]" in text
    assert "1 rapport inläst med sammanlagt 5 förklaringar" in text
    assert "Filen är inte en PDF" in at.error[0].value
    assert at.get("progress")[0].proto.text == "Klart"
    written = _files(tmp_path) - before
    assert written and all(p.is_relative_to(state_dir()) for p in written), sorted(written)
    assert not absolute.exists() and not (state_dir().parent / "kungalv-sn-2024-04.pdf").exists()
    assert (state_dir() / "uploads" / f"{hashlib.sha256(data).hexdigest()}.pdf").read_bytes() == data
    db = sqlite3.connect(state_dir() / "avvik.sqlite")
    row = db.execute(
        "SELECT source, municipality, period FROM reports WHERE source LIKE 'kungalv%'"
    ).fetchone()
    db.close()
    assert row == (
        "kungalv-sn-2024-04.pdf",
        "Kungälv",
        "2024-04",
    )  # the name is a label (and a clue), no more
    assert any(link.proto.page == "dokument" for link in at.get("page_link"))


def test_the_same_content_again_is_skipped(tmp_path: Path) -> None:
    data = build_report(tmp_path / "x.pdf", sample_spec(municipality="Ale")).read_bytes()
    assert "inläst]" in shown(_upload([("a.pdf", data)]))
    again = _upload([("annat-namn.pdf", data)])
    assert "fanns redan]" in shown(again) and "Samma innehåll finns redan" in shown(again)


def test_the_button_waits_for_files() -> None:
    at = AppTest.from_file(APP, default_timeout=60).run()
    at.switch_page("ui/upload_page.py").run()
    assert next(b for b in at.button if b.label == "Läs in").disabled


def test_a_pdf_that_crashes_or_hangs_the_reader_is_one_swedish_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from upload_jobs import misbehave_while_reading

    monkeypatch.setattr("index.upload.read_pages", misbehave_while_reading)
    monkeypatch.setenv("AVVIK_UPLOAD_TIMEOUT", "2")
    at = _upload([("krasch.pdf", b"%PDF-1.7 krasch"), ("häng.pdf", b"%PDF-1.7 hang")])
    assert not at.exception
    errors = [e.value for e in at.error]
    assert errors[0].startswith("PDF-läsaren kraschade på filen (appen är opåverkad)")
    assert errors[1].startswith("Det tog mer än 2 sekunder att läsa filen")
    assert all("\n" not in e and "PDF reader" not in e for e in errors)
    assert at.get("progress")[0].proto.text == "Klart"
    audit = (
        sqlite3.connect(state_dir() / "avvik.sqlite").execute("SELECT action, details FROM audit").fetchall()
    )
    assert [a for a, _ in audit] == ["upload", "upload"] and '"code": "crashed"' in audit[0][1]


def test_uploading_needs_a_signed_in_user_when_shared() -> None:
    from app_fixtures import serve_on

    serve_on("192.168.1.20")
    try:
        at = AppTest.from_file(APP, default_timeout=60).run()
        at.switch_page("ui/upload_page.py").run()
        assert not at.exception and not at.get("file_uploader")
        assert "Logga in för att ladda upp rapporter" in at.info[0].value
    finally:
        serve_on("localhost")
