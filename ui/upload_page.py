"""Ladda upp: PDFs from the browser, ingested through the app's own archive with a progress bar, and a result
per file. Files are kept under the data dir by their sha256; the name the browser sent is only a label."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import streamlit as st

from extract.errors import ExtractError
from index.errors import AvvikIndexError
from index.files import save_upload
from index.ingest import IngestResult
from ui.navigation import DOCUMENT
from ui.resources import current_archive, data_dir, municipality_names, write_lock
from ui.uploads import display_name

STATUS = {
    "ingested": ":green[:material/check_circle: inläst]",
    "skipped": ":gray[:material/redo: fanns redan]",
    "failed": ":red[:material/error: kunde inte läsas]",
}
ADVICE = {
    "not a PDF": "Filen är inte en PDF. Spara rapporten som PDF och ladda upp den igen.",
    "password": "PDF:en är lösenordsskyddad. Spara en kopia utan lösenord och ladda upp den.",
    "damaged": "PDF:en är skadad. Hämta en ny kopia av rapporten.",
    "empty": "Filen är tom. Ladda ner rapporten igen.",
    "no readable text": "PDF:en saknar läsbar text (en skannad bild?). Kontrollera filen.",
}


def _advice(message: str) -> str:
    return next(
        (text for key, text in ADVICE.items() if key in message), "Kontrollera filen och försök igen."
    )


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
) -> list[tuple[str, IngestResult]]:
    """Store each upload by its sha256, ingest them, and pair each result with the name the user sent."""
    archive = current_archive()
    uploads = archive.settings.uploads_dir
    staging = Path(tempfile.mkdtemp(prefix=".staging-", dir=_ensure(uploads)))
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
        results: list[tuple[str, IngestResult]] = []
        for done, (path, sent) in enumerate(names.items()):
            bar.progress(
                done / len(names), text=f"{done} av {len(names)} rapporter lästa · läser {path.name}"
            )
            # one report at a time under the lock, so that a reviewer's decision waits seconds, not minutes
            with write_lock(data_dir()):
                results += [(sent, r) for r in archive.ingest([path], municipality=municipality, workers=1)]
        bar.progress(1.0, text="Klart")
        return results
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def _ensure(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _results(results: list[tuple[str, IngestResult]]) -> None:
    ingested = sum(r.status == "ingested" for _, r in results)
    found = sum(r.explanations for _, r in results)
    if ingested:
        reports = "1 rapport inläst" if ingested == 1 else f"{ingested} rapporter inlästa"
        st.success(
            f"{reports} med sammanlagt {found} förklaringar. Sök bland dem på sidan **Sök**, eller rätta "
            "kommun, nämnd och period på sidan **Dokument**."
        )
    for sent, result in results:
        with st.container(border=True):
            head, link = st.columns([4, 1], vertical_alignment="center")
            detail = f" · {result.explanations} förklaringar" if result.status == "ingested" else ""
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
                st.error(f"{_advice(result.message)} (*{result.message.split(': ', 1)[-1]}*)")
            elif result.status == "skipped":
                st.caption("Samma innehåll finns redan i arkivet; den lästes inte in igen.")


def render() -> None:
    st.title("Ladda upp rapporter")
    st.markdown(
        "Månadsrapporter, delårsrapporter och bokslut som PDF. Kommun, nämnd och period läses ur "
        "rapporten; det som inte går att läsa kan du fylla i på sidan **Dokument** efteråt."
    )
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
        except (AvvikIndexError, ExtractError) as exc:
            st.error(f"Inläsningen avbröts: {exc}")
            return
        except (ImportError, OSError) as exc:
            st.error(
                f"Inläsningen kunde inte starta ({type(exc).__name__}: {exc}). Kontrollera att modellerna "
                "är byggda (`make models`) och att datamappen går att skriva i."
            )
            return
    if "upload_results" in st.session_state:
        _results(st.session_state["upload_results"])


if __name__ == "__main__":
    render()
