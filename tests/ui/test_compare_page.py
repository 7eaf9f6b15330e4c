"""Jämför through AppTest: the heatmap's numbers (each deviation once, a Totalt column, "–" for no amount,
Swedish digits in the table), the deviations behind a cell, operations and investments apart, per inhabitant
from population figures stored in the database, and one committee's trend."""

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
import streamlit as st
from app_fixtures import (  # noqa: F401  (fixtures)
    APP,
    app_dir,
    app_template,
    serve_on,
    shown,
    state_dir,
    summary_and_section_spec,
)
from conftest import KeywordTagger
from pdf_builder import build_report
from streamlit.testing.v1 import AppTest

from index.archive import Archive
from index.catalog import open_catalog
from index.settings import Settings

pytestmark = [pytest.mark.slow, pytest.mark.usefixtures("app_dir")]
POPULATION = '"region";"2023";"2024"\n"1489 Alingsås";"42 189";"42 503"\n"0000 Atlantis";"7";"8"\n'.encode(
    "cp1252"
)


def _open() -> AppTest:
    at = AppTest.from_file(APP, default_timeout=60).run()
    return at.switch_page("ui/compare_page.py").run()


def _table(at: AppTest):  # type: ignore[no-untyped-def]
    return at.dataframe[0].value  # the numbers behind the Swedish display


def _displayed(at: AppTest):  # type: ignore[no-untyped-def]
    """The table as the page shows it (the styler's display values)."""
    from streamlit.dataframe_util import convert_arrow_bytes_to_pandas_df

    return convert_arrow_bytes_to_pandas_df(at.dataframe[0].proto.arrow_data.styler.display_values)


def test_heatmap_counts_and_the_explanations_behind_a_cell() -> None:
    at = _open()
    assert not at.exception and not at.error
    [heatmap, _] = at.get("vega_lite_chart")  # the heatmap, and the trend tab's bars
    assert "Vikarier" in heatmap.proto.spec or heatmap.proto.datasets
    table = _table(at)
    assert table.loc["Alingsås", "Vikarier"] == 1 and table.loc["Okänd kommun", "Vikarier"] == 1
    assert table.loc["Alingsås", "Totalt (varje avvikelse en gång)"] == 3
    at.selectbox(key="c_municipality").select("Alingsås").run()
    at.selectbox(key="c_tag").select("vikarier").run()
    text = shown(at)
    assert "1 avvikelse, 1 belopp i summan · summa \u22122,0 mnkr" in text
    assert "**\u22122,0 mnkr** · Socialnämnden · juni 2024 · Personalkostnader" in text


def test_the_unknown_municipality_is_a_choice_and_links_to_fixing_it() -> None:
    at = _open()
    assert "Okänd kommun" in at.selectbox(key="c_municipality").options
    at.selectbox(key="c_municipality").select("Okänd kommun").run()
    fix = [link for link in at.get("page_link") if "ange den" in link.proto.label]
    assert fix and fix[0].proto.query_string.startswith("rapport=")


def test_summed_amounts_in_swedish() -> None:
    at = _open()
    at.radio(key="c_measure").set_value("Summa belopp").run()
    table = _table(at)
    assert table.loc["Alingsås", "Köpt verksamhet och externa placeringar"] == -4.0
    assert table.loc["Lerum", "Lokaler och hyror"] == 0.5
    assert table.loc["Alingsås", "Totalt (varje avvikelse en gång)"] == -5.5
    displayed = _displayed(at)  # what the page shows: Swedish digits, never 404.7
    assert displayed.loc["Alingsås", "Totalt (varje avvikelse en gång)"] == "\u22125,5"
    assert displayed.loc["Lerum", "Lokaler och hyror"] == "0,5"
    assert "belopp i förklaringar som nämner orsaken" in shown(at).lower()


def test_investments_are_apart_from_operations() -> None:
    at = _open()
    at.radio(key="c_kind").set_value("Investeringar").run()
    assert not at.exception
    assert "Inga investeringsavvikelser ännu" in at.info[0].value


def test_per_inhabitant_needs_population_figures_which_are_stored() -> None:
    at = _open()
    assert at.toggle(key="c_per_inhabitant").proto.disabled
    at.file_uploader(key="population_file").upload("folkmangd.csv", POPULATION, "text/csv").run()
    assert not at.exception
    text = shown(at)
    assert "Sparade invånartal för 1 kommun (2023, 2024)" in text and "0000 Atlantis" in text
    catalog = open_catalog(Settings.load(state_dir()).db_path)
    try:
        assert [(f.municipality, f.year, f.inhabitants) for f in catalog.population()] == [
            ("Alingsås", 2023, 42189),
            ("Alingsås", 2024, 42503),
        ]
    finally:
        catalog.close()
    st.cache_resource.clear()  # a restart: the figures are still there, the file is not needed again
    again = _open()
    again.toggle(key="c_per_inhabitant").set_value(True).run()
    again.radio(key="c_measure").set_value("Summa belopp").run()
    table = _table(again)
    assert list(table.index) == ["Alingsås"]  # no invented figures for the others
    assert table.loc["Alingsås", "Vikarier"] == pytest.approx(-2_000_000 / 42_503, abs=0.05)  # 2024's figure
    assert "Saknar invånartal och visas inte: Lerum, Okänd kommun" in shown(again)


def test_a_bad_population_file_says_what_is_wrong() -> None:
    at = _open()
    at.file_uploader(key="population_file").upload("fel.csv", b"a;b\n1;2\n", "text/csv").run()
    assert not at.exception
    assert "hittar inga kommunnamn" in at.error[0].value
    assert at.toggle(key="c_per_inhabitant").proto.disabled


def test_population_cannot_be_loaded_by_someone_not_signed_in_on_a_shared_app() -> None:
    serve_on("0.0.0.0")
    try:
        at = _open()
        assert not at.exception
        assert not at.get("file_uploader")
        assert "Logga in för att spara invånartal" in shown(at)
    finally:
        serve_on("localhost")


def test_trend_of_one_committee() -> None:
    at = _open()
    at.selectbox(key="t_committee").select(("Alingsås", "Socialnämnden")).run()
    assert not at.exception
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["Rapporter"] == "2"
    assert metrics["Orsakernas belopp, juni 2024"] == "\u22125,5 mnkr"
    counts = at.dataframe[-1].value
    assert list(counts.columns) == ["maj 2024", "juni 2024"] and counts.loc["Vikarier", "juni 2024"] == 1


@pytest.fixture
def stated_twice_dir(tmp_path: Path, real_embedder, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:  # type: ignore[no-untyped-def]
    """An archive with one report that states its deviations twice (summary and section)."""
    directory = tmp_path / "twice"
    archive = Archive(Settings.load(directory), embedder=real_embedder, tagger=KeywordTagger())
    [result] = archive.ingest([build_report(tmp_path / "kungalv-von.pdf", summary_and_section_spec())])
    archive.close()
    assert result.status == "ingested", result.message
    monkeypatch.setenv("AVVIK_DATA_DIR", str(directory))
    yield directory
    st.cache_resource.clear()
    shutil.rmtree(directory, ignore_errors=True)


def test_a_deviation_in_the_summary_and_its_section_counts_once_in_the_cell(stated_twice_dir: Path) -> None:
    at = _open()
    at.radio(key="c_measure").set_value("Summa belopp").run()
    table = _table(at)
    assert table.loc["Kungälv", "Köpt verksamhet och externa placeringar"] == -5.8  # not −11,6
    assert table.loc["Kungälv", "Totalt (varje avvikelse en gång)"] == -7.4
    at.selectbox(key="c_tag").select("kopt_verksamhet").run()
    text = shown(at)
    assert "1 avvikelse, 1 belopp i summan · summa \u22125,8 mnkr" in text
    assert "Samma avvikelse nämns 2 gånger i rapporten (s. 1, s. 1); räknas en gång." in text
    at.radio(key="c_kind").set_value("Investeringar").run()
    assert _table(at).loc["Kungälv", "Totalt (varje avvikelse en gång)"] == -3.0
