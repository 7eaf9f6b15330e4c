"""Ladda upp: PDFs from the browser, each read in a child process of its own with a time limit (a PDF that
crashes or hangs the PDF reader costs that file, never the app), a progress bar that moves page by page, and a
result per file in Swedish. Files are kept under the data dir by their sha256; the name the browser sent is
only a label. Uploading needs a signed-in user when the app is shared (``ui.access``); each upload goes into
the audit trail."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import streamlit as st

from index.files import save_upload
from index.upload import UploadResult, ingest_upload
from ui import access
from ui import format as fmt
from ui.messages import file_message
from ui.navigation import DOCUMENT
from ui.resources import current_archive, data_dir, municipality_names, write_lock
from ui.uploads import display_name

STATUS = {
    "ingested": ":green[:material/check_circle: inläst]",
    "skipped": ":gray[:material/redo: fanns redan]",
    "failed": ":red[:material/error: kunde inte läsas]",
}


def _stage(stored: Path, name: str, staging: Path) -> Path:
    """A link to the stored file under the name the user knows (a report's name is a clue to its
    municipality and period); ``name`` is already stripped of folders, so it stays in ``staging``."""
    target = staging / name
    try:
        os.link(stored, target)
    except OSError:
        shutil.copyfile(stored, target)
    return target


def ingest_uploads(
    files: list[tuple[str, bytes]], municipality: str | None
) -> list[tuple[str, UploadResult]]:
    """Store each upload by its sha256, read and ingest them one by one, and pair each result with the name
    the user sent."""
    archive = current_archive()
    uploads = archive.settings.uploads_dir
    staging = Path(tempfile.mkdtemp(prefix=".staging-", dir=_ensure(uploads)))
    user = access.current().user
    try:
        names: dict[Path, str] = {}
        for sent, data in files:
            name = display_name(sent)
            if not name.lower().endswith(".pdf"):
                name += ".pdf"
            folder = staging / str(len(names))  # one folder each: two uploads may share a name
            folder.mkdir()
            names[_stage(save_upload(archive.settings.data_dir, data), name, folder)] = sent
        bar = st.progress(0.0, text="Läser rapporterna …")
        results: list[tuple[str, UploadResult]] = []
        total = len(names)
        for index, (path, sent) in enumerate(names.items()):
            head = f"Rapport {index + 1} av {total} · {display_name(sent)}"

            def progress(stage: str, done: int, pages: int, index: int = index, head: str = head) -> None:
                if stage == "pages":
                    share = 0.9 * done / max(pages, 1)
                    text = f"{head} · sida {done} av {pages}"
                else:
                    share = 0.9 + 0.1 * done
                    text = f"{head} · sparar och indexerar"
                bar.progress(min(1.0, (index + share) / total), text=text)

            bar.progress(index / total, text=f"{head} · startar läsningen")
            result = ingest_upload(
                archive,
                path,
                municipality=municipality,
                timeout_s=archive.settings.upload_timeout_s,
                progress=progress,
                lock=write_lock(data_dir()),
            )
            with write_lock(data_dir()):
                archive.catalog.record(
                    "upload",
                    user,
                    result.report_id,
                    {"file": display_name(sent), "status": result.status, "code": result.code},
                )
            results.append((sent, result))
        bar.progress(1.0, text="Klart")
        return results
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def _ensure(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _results(results: list[tuple[str, UploadResult]]) -> None:
    ingested = [r for _, r in results if r.status == "ingested"]
    if ingested:
        reports = (
            "1 rapport inläst" if len(ingested) == 1 else f"{fmt.number(len(ingested))} rapporter inlästa"
        )
        found = sum(r.explanations for r in ingested)
        st.success(
            f"{reports} med sammanlagt {fmt.count(found, 'förklaring', 'förklaringar')}. Sök bland dem på sidan "
            "**Sök**, eller rätta kommun, nämnd och period på sidan **Dokument**."
        )
    for sent, result in results:
        with st.container(border=True):
            head, link = st.columns([4, 1], vertical_alignment="center")
            detail = (
                f" · {fmt.count(result.explanations, 'förklaring', 'förklaringar')}"
                if result.status == "ingested"
                else ""
            )
            head.markdown(f"**{display_name(sent)}** · {STATUS.get(result.status, result.status)}{detail}")
            if result.report_id:
                with link:
                    st.page_link(
                        DOCUMENT,
                        label="Öppna",
                        icon=":material/description:",
                        query_params={"rapport": result.report_id},
                    )
            if result.status == "failed":
                seconds = int(result.seconds) if result.seconds else None
                st.error(file_message(result.code, seconds=seconds) if seconds else file_message(result.code))
            elif result.status == "skipped":
                st.caption("Samma innehåll finns redan i arkivet; den lästes inte in igen.")


def render() -> None:
    st.title("Ladda upp rapporter")
    st.markdown(
        "Månadsrapporter, delårsrapporter och bokslut som PDF. Kommun, nämnd och period läses ur "
        "rapporten; det som inte går att läsa kan du fylla i på sidan **Dokument** efteråt."
    )
    if not access.can_write("ladda upp rapporter"):
        return
    files = st.file_uploader("PDF-filer", type=["pdf"], accept_multiple_files=True, key="upload_files")
    municipality = st.selectbox(
        "Kommun (om rapporterna inte säger det själva)",
        municipality_names(),
        index=None,
        placeholder="Läs ur rapporten",
    )
    if st.button("Läs in", type="primary", icon=":material/upload:", disabled=not files):
        try:
            st.session_state["upload_results"] = ingest_uploads(
                [(f.name, f.getvalue()) for f in files or []], municipality
            )
        except OSError:
            st.error(
                "Inläsningen kunde inte starta. Kontrollera att modellerna är byggda (`make models`) och att "
                "datamappen går att skriva i."
            )
            return
    if "upload_results" in st.session_state:
        _results(st.session_state["upload_results"])


if __name__ == "__main__":
    render()
