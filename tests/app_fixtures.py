"""Fixtures for the app's AppTests: a small archive built once per session (real SQLite, the real embedded
index, the real embedding model, PDFs built in code), copied for each test so that a test may write to it.

The app opens its archive through ``ui.resources`` with the models the AVVIK_MODELS setting names; the tests
name ``app_models`` below: the already loaded real model and a keyword tagger, so that every AppTest run takes
seconds.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
import streamlit as st
from conftest import KeywordTagger, load_real_embedder
from pdf_builder import ReportSpec, Table, build_report, sample_spec

from index.archive import Archive
from index.models import Models
from index.settings import REPO_ROOT, Settings

APP = str(REPO_ROOT / "app.py")


def unknown_municipality_spec():  # type: ignore[no-untyped-def]
    """A report that names its committee and period but not its municipality."""
    spec = sample_spec(committee="Vård- och omsorgsnämnden")
    spec.header = "Vård- och omsorgsnämnden · Uppföljning per maj 2024"
    spec.metadata_author = ""
    return spec


def summary_and_section_spec() -> ReportSpec:
    """A report that states each deviation twice, in its summary and in its section (the same 5,8 mnkr on
    both), cuts the same money by account group too, and has an investment deviation."""
    return ReportSpec(
        title="Månadsuppföljning maj 2024",
        header="Kungälv kommun · Vård- och omsorgsnämnden · Uppföljning per maj 2024",
        metadata_author="Kungälv kommun",
        blocks=[
            ("h1", "Månadsuppföljning maj 2024"),
            ("h2", "Sammanfattning"),
            (
                "p",
                "Nämnden prognostiserar ett underskott på 7,4 mnkr för helåret. Äldreomsorgen prognostiserar "
                "ett underskott på 5,8 mnkr till följd av fler placeringar på externa boenden. Hemtjänsten "
                "prognostiserar ett underskott på 1,6 mnkr som beror på ökade vikariekostnader.",
            ),
            ("h2", "Äldreomsorg"),
            (
                "p",
                "Äldreomsorgen prognostiserar ett underskott på 5,8 mnkr. Avvikelsen beror på fler "
                "placeringar på externa boenden och högre priser för köpt vård.",
            ),
            ("h2", "Hemtjänst"),
            (
                "p",
                "Hemtjänsten prognostiserar ett underskott på 1,6 mnkr. Avvikelsen beror på ökade "
                "vikariekostnader och sjukfrånvaro.",
            ),
            ("h2", "Personalkostnader"),
            (
                "p",
                "Personalkostnaderna avviker negativt med 1,6 mnkr till följd av höga vikariekostnader i "
                "hemtjänsten.",
            ),
            ("h2", "Investeringar"),
            (
                "p",
                "Investeringsprojektet Nytt äldreboende beräknas överskrida investeringsbudgeten med 3,0 mnkr "
                "till följd av högre byggkostnader och dyrare lokalanpassningar.",
            ),
        ],
    )


def _tkr(value: int) -> str:
    return f"{value:,}".replace(",", " ")


def monthly_spec(municipality: str, month: str, staff_tkr: int, purchases_tkr: int) -> ReportSpec:
    """A committee's monthly report whose numbers move from month to month (for the trend view)."""
    spec = sample_spec(municipality=municipality, month=month)
    total = staff_tkr + purchases_tkr
    spec.blocks[1] = (
        "table",
        Table(
            "Belopp i tkr",
            ["Budget 2024", "Prognos 2024", "Avvikelse"],
            [
                ("Personalkostnader", ["-158 695", _tkr(-158_695 + staff_tkr), _tkr(staff_tkr)]),
                ("Köp av tjänster", ["-62 376", _tkr(-62_376 + purchases_tkr), _tkr(purchases_tkr)]),
                ("Årets resultat", ["0", _tkr(total), _tkr(total)]),
            ],
        ),
    )
    staff = f"{abs(staff_tkr) / 1000:.1f}".replace(".", ",")
    purchases = f"{abs(purchases_tkr) / 1000:.1f}".replace(".", ",")
    spec.blocks[3] = (
        "p",
        f"Personalkostnaderna prognostiseras avvika negativt med {staff} mnkr. Avvikelsen beror "
        "främst på höga vikariekostnader och ökad sjukfrånvaro inom hemtjänsten.",
    )
    spec.blocks[5] = (
        "p",
        f"Köp av tjänster avviker negativt med {purchases} mnkr till följd av fler externa "
        "placeringar av barn och unga på HVB-hem.",
    )
    return spec


@pytest.fixture(scope="session")
def app_template(tmp_path_factory: pytest.TempPathFactory, real_embedder) -> Path:  # type: ignore[no-untyped-def]
    """Alingsås (maj and juni: a carry-over), Lerum (maj) and one report whose municipality is unknown."""
    directory = tmp_path_factory.mktemp("app")
    pdfs = [
        build_report(directory / "alingsas-sn-2024-05.pdf", sample_spec()),
        build_report(directory / "alingsas-sn-2024-06.pdf", sample_spec(month="juni")),
        build_report(directory / "lerum-sn-2024-05.pdf", sample_spec(municipality="Lerum")),
        build_report(directory / "uppfoljning-von.pdf", unknown_municipality_spec()),
    ]
    archive = Archive(Settings.load(directory / "state"), embedder=real_embedder, tagger=KeywordTagger())
    results = archive.ingest(pdfs, workers=1)
    archive.close()
    assert [r.status for r in results] == ["ingested"] * 4, results
    return directory / "state"


def app_models(settings: Settings, argument: str = "") -> Models:
    """``AVVIK_MODELS=app_fixtures:app_models``: the real model loaded once, and the keyword tagger."""
    return Models(load_real_embedder, KeywordTagger)


def _use_test_models(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AVVIK_MODELS", "app_fixtures:app_models")
    serve_on("localhost")  # as `avvik serve` does: writing needs no sign-in on localhost (ui.access)


def serve_on(address: str | None) -> None:
    """The address the app under test is served on (Streamlit's server.address, read by ``ui.access``)."""
    from streamlit import config

    config.set_option("server.address", address)


@pytest.fixture
def app_dir(
    app_template: Path, tmp_path: Path, real_embedder, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Path]:  # type: ignore[no-untyped-def]
    """A fresh copy of the template archive, which the app opens."""
    directory = tmp_path / "state"
    shutil.copytree(app_template, directory)
    monkeypatch.setenv("AVVIK_DATA_DIR", str(directory))
    _use_test_models(monkeypatch)
    yield directory
    st.cache_resource.clear()  # closes the app's archive (on_release)


@pytest.fixture
def empty_dir(tmp_path: Path, real_embedder, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:  # type: ignore[no-untyped-def]
    directory = tmp_path / "empty"
    monkeypatch.setenv("AVVIK_DATA_DIR", str(directory))
    _use_test_models(monkeypatch)
    yield directory
    st.cache_resource.clear()


def state_dir() -> Path:
    """The data dir the app of the running test uses (set by ``app_dir``/``empty_dir``)."""
    import os

    return Path(os.environ["AVVIK_DATA_DIR"])


def shown(at) -> str:  # type: ignore[no-untyped-def]
    """Everything the page wrote as text: markdown, captions, alerts, headings."""
    parts = [m.value for m in at.markdown] + [c.value for c in at.caption]
    for kind in ("info", "warning", "error", "success", "title", "header", "subheader"):
        parts += [str(e.value) for e in getattr(at, kind)]
    return "\n".join(parts)
