"""The demo (`make demo` ingests data/samples) shows what the product is for: some committee has reports from
more than one period, so that Jämför's trend has something to show on first start, and some statement is
carried over from one report to the committee's next."""

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
import streamlit as st
from app_fixtures import APP, serve_on, shown
from streamlit.testing.v1 import AppTest

from avvik_cli.console import pdf_paths
from index.archive import Archive
from index.settings import REPO_ROOT, Settings

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory: pytest.TempPathFactory, real_embedder) -> Path:  # type: ignore[no-untyped-def]
    """data/samples read as `avvik ingest data/samples` reads it (folders included), tagged by the real cause
    classifier as in the demo."""
    from extract.tagger import load_tagger

    directory = tmp_path_factory.mktemp("demo") / "state"
    archive = Archive(Settings.load(directory), embedder=real_embedder, tagger=load_tagger())
    results = archive.ingest(list(pdf_paths([str(REPO_ROOT / "data" / "samples")])), workers=1)
    archive.close()
    assert results and all(r.status == "ingested" for r in results), [r.message for r in results]
    return directory


@pytest.fixture
def demo_dir(demo_template: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    directory = tmp_path / "state"
    shutil.copytree(demo_template, directory)
    monkeypatch.setenv("AVVIK_DATA_DIR", str(directory))
    monkeypatch.setenv("AVVIK_MODELS", "app_fixtures:app_models")
    serve_on("localhost")
    yield directory
    st.cache_resource.clear()


def test_the_demo_has_a_committee_with_several_periods(demo_dir: Path) -> None:
    at = AppTest.from_file(APP, default_timeout=60).run()
    at.switch_page("ui/compare_page.py").run()
    assert not at.exception
    committee = at.selectbox(key="t_committee")
    assert committee.value[0] == "Alingsås"  # the longest history is the one shown first
    metrics = {m.label: m for m in at.metric}
    assert int(metrics["Rapporter"].value) >= 2
    [amount] = [m for label, m in metrics.items() if label.startswith("Orsakernas belopp")]
    assert " mnkr mot " in amount.proto.delta  # a change against the committee's earlier period
    assert "rapporter från en enda period" not in shown(at)
    assert len(at.dataframe[-1].value.columns) >= 2  # how often each cause is named, per period


def test_the_demo_has_a_statement_carried_over_to_a_later_period(demo_template: Path) -> None:
    from index.catalog import open_catalog

    catalog = open_catalog(Settings.load(demo_template).db_path)
    try:
        carried = [e.explanation_id for e in catalog.explanations() if e.carry_over_of]
        assert carried
        chains = catalog.chained(carried)
        assert any(
            len(c.chain_periods) >= 2 for c in chains
        )  # one hit, shown with every period it was stated in
    finally:
        catalog.close()
