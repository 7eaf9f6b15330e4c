"""Jämför through AppTest: the heatmap's numbers, the explanations behind a cell, per inhabitant only after a
population table is loaded, and one committee's trend."""

import pytest
from app_fixtures import APP, app_dir, app_template, shown, state_dir  # noqa: F401  (fixtures)
from streamlit.testing.v1 import AppTest

pytestmark = [pytest.mark.slow, pytest.mark.usefixtures("app_dir")]
POPULATION = '"region";"2024"\n"1489 Alingsås";"42 503"\n"0000 Atlantis";"7"\n'.encode("cp1252")


def _open() -> AppTest:
    at = AppTest.from_file(APP, default_timeout=60).run()
    return at.switch_page("ui/compare_page.py").run()


def _table(at: AppTest):  # type: ignore[no-untyped-def]
    return at.dataframe[0].value


def test_heatmap_counts_and_the_explanations_behind_a_cell() -> None:
    at = _open()
    assert not at.exception and not at.error
    [heatmap, _] = at.get("vega_lite_chart")  # the heatmap, and the trend tab's bars
    assert "Vikarier" in heatmap.proto.spec or heatmap.proto.datasets
    table = _table(at)
    assert table.loc["Alingsås", "Vikarier"] == 1 and table.loc["Okänd kommun", "Vikarier"] == 1
    at.selectbox(key="c_municipality").select("Alingsås").run()
    at.selectbox(key="c_tag").select("vikarier").run()
    text = shown(at)
    assert "1 förklaringar · summa \u22122,0 mnkr" in text
    assert "**\u22122,0 mnkr** · Socialnämnden · juni 2024 · Personalkostnader" in text


def test_summed_amounts() -> None:
    at = _open()
    at.radio(key="c_measure").set_value("Summa belopp").run()
    table = _table(at)
    assert table.loc["Alingsås", "Köpt verksamhet och externa placeringar"] == -4.0
    assert table.loc["Lerum", "Lokaler och hyror"] == 0.5
    assert "Negativt belopp = sämre än budget" in shown(at)


def test_per_inhabitant_needs_a_population_table() -> None:
    at = _open()
    assert at.toggle(key="c_per_inhabitant").proto.disabled
    at.file_uploader(key="population_file").upload("folkmangd.csv", POPULATION, "text/csv").run()
    assert not at.exception
    text = shown(at)
    assert "Invånartal för 1 kommuner" in text and "0000 Atlantis" in text
    at.toggle(key="c_per_inhabitant").set_value(True).run()
    at.radio(key="c_measure").set_value("Summa belopp").run()
    table = _table(at)
    assert list(table.index) == ["Alingsås"]  # no invented figures for the others
    assert table.loc["Alingsås", "Vikarier"] == pytest.approx(-2_000_000 / 42_503, abs=0.05)
    assert "Saknar invånartal och visas inte: Lerum, Okänd kommun" in shown(at)


def test_a_bad_population_file_says_what_is_wrong() -> None:
    at = _open()
    at.file_uploader(key="population_file").upload("fel.csv", b"a;b\n1;2\n", "text/csv").run()
    assert not at.exception
    assert "hittar inga kommunnamn" in at.error[0].value
    assert at.toggle(key="c_per_inhabitant").proto.disabled


def test_trend_of_one_committee() -> None:
    at = _open()
    at.selectbox(key="t_committee").select(("Alingsås", "Socialnämnden")).run()
    assert not at.exception
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["Rapporter"] == "2"
    assert metrics["Orsakernas belopp, juni 2024"] == "\u22125,5 mnkr"
    counts = at.dataframe[-1].value
    assert list(counts.columns) == ["maj 2024", "juni 2024"] and counts.loc["Vikarier", "juni 2024"] == 1
