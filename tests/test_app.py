"""The app through Streamlit's AppTest, against a small store built here (real SQLite, real embedded Qdrant,
the real embedding model)."""

from collections.abc import Iterator
from pathlib import Path

import pytest
import streamlit as st
from conftest import KeywordTagger
from streamlit.testing.v1 import AppTest

from index.archive import Archive
from index.settings import REPO_ROOT, Settings

pytestmark = pytest.mark.slow
APP = str(REPO_ROOT / "app.py")


@pytest.fixture
def store_dir(tmp_path: Path, report_pdf: Path, real_embedder, monkeypatch) -> Iterator[Path]:  # type: ignore[no-untyped-def]
    directory = tmp_path / "state"
    archive = Archive(Settings.load(directory), embedder=real_embedder, tagger=KeywordTagger())
    archive.ingest([report_pdf])
    archive.close()
    monkeypatch.setenv("AVVIK_DATA_DIR", str(directory))
    yield directory
    st.cache_resource.clear()


def test_search_page_shows_hits_with_their_facts(store_dir: Path) -> None:
    at = AppTest.from_file(APP, default_timeout=120)
    at.query_params["q"] = "dyra vikarier och sjukskrivningar"
    at.run()
    assert not at.exception
    shown = " ".join(m.value for m in at.markdown)
    assert "Alingsås" in shown and "Socialnämnden" in shown and "2024-05" in shown
    assert "Personalkostnader" in shown and "−2,0 mnkr" in shown and "s. 1" in shown
    assert "<mark>vikariekostnader</mark>" in shown or "<mark>" in shown


def test_municipality_filter_narrows_the_hits(store_dir: Path) -> None:
    at = AppTest.from_file(APP, default_timeout=120)
    at.run()
    at.text_input[0].input("köpta placeringar").run()
    assert not at.exception
    assert at.sidebar.multiselect[0].options == ["Alingsås"]
    at.sidebar.multiselect[0].select("Alingsås").run()
    assert not at.exception and "träffar" in " ".join(c.value for c in at.caption)


def test_empty_store_says_what_to_do(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("AVVIK_DATA_DIR", str(tmp_path / "empty"))
    at = AppTest.from_file(APP, default_timeout=120).run()
    assert not at.exception
    assert "avvik ingest" in at.info[0].value
    st.cache_resource.clear()
