"""Sök through AppTest on a small real archive (real embedded index, real embedding model)."""

import pytest
from app_fixtures import APP, app_dir, app_template, shown, state_dir  # noqa: F401  (fixtures)
from streamlit.testing.v1 import AppTest

pytestmark = [pytest.mark.slow, pytest.mark.usefixtures("app_dir")]


def _search(query: str, **params: str | list[str]) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=60)
    at.query_params["q"] = query
    for key, value in params.items():
        at.query_params[key] = value
    return at.run()


def test_hits_show_their_facts() -> None:
    at = _search("dyra vikarier och sjukskrivningar")
    assert not at.exception and not at.error
    text = shown(at)
    assert "**Alingsås** · Socialnämnden · juni 2024" in text  # the latest of a carried-over explanation
    assert "↻ samma förklaring i maj 2024, juni 2024" in text
    assert "Område: **Personalkostnader**" in text and "Belopp: **\u22122,0 mnkr**" in text
    assert "<mark>vikariekostnader</mark>" in text
    assert 'title="”vikarie” · regel, säkerhet 0,90"' in text  # a chip's evidence, shown on hover
    assert ">Sjukfrånvaro</span>" in text
    links = at.get("page_link")
    assert links and all(
        link.proto.page == "dokument" and link.proto.query_string.startswith("id=") for link in links
    )
    assert "träffar bland" in text


def test_facets_show_counts_and_a_filter_narrows_the_hits() -> None:
    at = _search("köpta placeringar")
    kommun = at.sidebar.multiselect(key="s_municipality")
    assert kommun.options == ["Alingsås (8)", "Lerum (4)"]  # two reports and one; boilerplate is not counted
    orsak = at.sidebar.multiselect(key="s_tag")
    assert "Köpt verksamhet och externa placeringar (4)" in orsak.options  # the unknown municipality too
    kommun.select("Lerum").run()
    assert not at.exception
    text = shown(at)
    assert "**Lerum**" in text and "**Alingsås**" not in text
    assert at.query_params["kommun"] == "Lerum" and at.query_params["q"] == "köpta placeringar"


def test_the_url_holds_the_filters() -> None:
    at = _search("placeringar", kommun="Lerum", riktning="negative", belopp_max="-3")
    assert not at.exception
    text = shown(at)
    assert "**Lerum**" in text and "Köp av tjänster" in text and "Personalkostnader" not in text
    assert at.sidebar.multiselect(key="s_direction").value == ["negative"]


def test_results_can_be_exported() -> None:
    at = _search("vikarier")
    labels = [b.proto.label for b in at.get("download_button")]
    assert labels == ["CSV", "Excel"]


def test_without_a_query_it_suggests_some() -> None:
    at = AppTest.from_file(APP, default_timeout=60).run()
    assert not at.exception
    assert "förklaringar matchar filtren" in shown(at)
    at.button[0].click().run()
    assert at.text_input(key="s_query").value == "dyra hyrsjuksköterskor"
    assert "träffar" in shown(at) or "Inga träffar" in shown(at)


def test_a_bad_period_in_the_url_is_ignored() -> None:
    at = _search("vikarier", fran="maj", antal="1000")
    assert not at.exception and not at.error
