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
    assert "juni 2024 · Personalkostnader · **\u22122,0 mnkr** :red[▼ sämre än budget]" in text
    assert "<mark>vikariekostnader</mark>" in text
    assert 'title="”vikarie” · regel, säkerhet 0,90"' in text  # a chip's evidence, shown on hover
    assert ">Sjukfrånvaro</span>" in text
    links = [link for link in at.get("page_link") if link.proto.label.startswith("s. ")]
    assert links and all(
        link.proto.page == "dokument" and link.proto.query_string.startswith("id=") for link in links
    )
    assert "träffar bland" in text and "förklaringar som matchar filtren" in text


def test_facets_show_counts_and_a_filter_narrows_the_hits() -> None:
    at = _search("köpta placeringar")
    kommun = at.sidebar.multiselect(key="s_municipality")
    # two reports, one, and the report whose municipality is not known; boilerplate is not counted
    assert kommun.options == ["Alingsås (8)", "Lerum (4)", "Okänd kommun (4)"]
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
    buttons = at.get("download_button")
    assert [b.proto.label for b in buttons] == ["CSV", "Excel"]
    assert "högst 1\u00a0000" in buttons[0].proto.help


def test_the_unknown_municipality_can_be_chosen_and_links_to_fixing_it() -> None:
    at = _search("placeringar", kommun="Okänd kommun")
    assert not at.exception and not at.error
    text = shown(at)
    assert "**Okänd kommun**" in text and "**Alingsås**" not in text and "**Lerum**" not in text
    assert at.sidebar.multiselect(key="s_municipality").value == ["Okänd kommun"]
    fix = [link for link in at.get("page_link") if "ange den" in link.proto.label]
    assert fix and fix[0].proto.query_string.startswith("rapport=")


def test_the_unknown_municipality_can_be_excluded() -> None:
    at = _search("placeringar", kommun=["Alingsås", "Lerum"])
    text = shown(at)
    assert "**Okänd kommun**" not in text and "**Lerum**" in text


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"q": "x" * 1200}, "Frågan är 1\u00a0200 tecken lång"),
        ({"q": "vikarier", "kommun": "Narnia"}, "Arkivet har inga rapporter från Narnia"),
    ],
)
def test_errors_are_in_swedish(params: dict[str, str], expected: str) -> None:
    at = AppTest.from_file(APP, default_timeout=60)
    at.query_params.update(params)
    at.run()
    assert not at.exception
    assert expected in at.error[0].value
    assert "the query" not in at.error[0].value and "no reports" not in at.error[0].value


def test_one_hit_is_singular() -> None:
    at = _search("vikarier", antal="10", kommun="Lerum", orsak="lokaler")
    assert "1 träff bland" in shown(at)


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


def test_each_hit_shows_how_strong_the_match_is() -> None:
    at = _search("dyra vikarier och sjukskrivningar")
    text = shown(at)
    assert "träff]" in text and any(f":{c}-badge[" in text for c in ("green", "blue", "gray"))
    assert "Inga tydliga träffar" not in text


def test_a_question_without_an_answer_says_so_and_still_lists_the_hits() -> None:
    at = _search("xyzzy qwerty")
    assert not at.exception and not at.error
    assert any("Inga tydliga träffar" in w.value for w in at.warning)
    assert ":gray-badge[svag träff]" in shown(at)  # the nearest hits, for a user who looks anyway


def test_the_question_is_read_into_removable_chips() -> None:
    at = _search("underskott för vikarier i Lerum")
    assert not at.exception and not at.error
    pills = at.get("button_group")
    assert pills, "the chips are shown"
    chips = pills[0]
    assert set(chips.value) == {"Kommun: Lerum", "Riktning: sämre än budget", "Orsak: vikarier"}
    assert "**Lerum**" in shown(at) and "**Alingsås**" not in shown(at)  # the municipality chip filters
    chips.unselect("Kommun: Lerum").run()
    assert not at.exception and "**Alingsås**" in shown(at)  # clicked away: all municipalities again
