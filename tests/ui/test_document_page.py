"""Dokument through AppTest: the page image, the report's explanations, and fixing unknown metadata."""

import sqlite3
from pathlib import Path

import pytest
from app_fixtures import APP, app_dir, app_template, shown, state_dir  # noqa: F401  (fixtures)
from streamlit.testing.v1 import AppTest

pytestmark = [pytest.mark.slow, pytest.mark.usefixtures("app_dir")]


def _query(state: Path, sql: str) -> list[tuple]:
    db = sqlite3.connect(state / "avvik.sqlite")
    try:
        return db.execute(sql).fetchall()
    finally:
        db.close()


def _open(**params: str) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=60).run()
    at.switch_page("ui/document_page.py")
    at.query_params.update(params)
    return at.run()


def test_an_explanation_on_its_page() -> None:
    [(explanation_id,)] = _query(
        state_dir(),
        "SELECT e.explanation_id FROM explanations e JOIN reports r USING (report_id)"
        " WHERE r.source = 'lerum-sn-2024-05.pdf' AND e.area = 'Lokalhyror'",
    )
    at = _open(id=explanation_id)
    assert not at.exception and not at.error
    text = shown(at)
    assert "Lerum · Socialnämnden · maj 2024" in text
    assert "**Lokalhyror** · +500 tkr · s. 1 · orsak :orange-background[markerad på sidan]" in text
    assert "Förklaringar i rapporten (5)" in text
    [image] = at.get("image")
    assert image.captions == ["Sida 1 av 1 · den markerade texten är förklaringen"]
    others = [b for b in at.button if b.label == "Visa på sidan"]
    assert len(others) == 4
    others[0].click().run()
    assert at.query_params["id"] != explanation_id and "markerad på sidan" in shown(at)


def test_unknown_metadata_is_asked_for_and_saved() -> None:
    [(report_id,)] = _query(state_dir(), "SELECT report_id FROM reports WHERE municipality IS NULL")
    at = _open(rapport=report_id)
    assert "Okänt i rapporten: kommun" in at.warning[0].value
    municipality = at.selectbox[1]
    assert len(municipality.options) >= 311 and "Region Halland" in municipality.options
    municipality.select("Vårgårda")
    at.text_input[1].input("2024-05")
    at.button[0].click().run()  # the form's Spara
    assert not at.exception
    assert _query(
        state_dir(), f"SELECT municipality, committee, period FROM reports WHERE report_id = '{report_id}'"
    ) == [("Vårgårda", "Vård- och omsorgsnämnden", "2024-05")]
    assert "Uppgifterna är sparade" in shown(at)
    search = AppTest.from_file(APP, default_timeout=60)
    search.query_params["q"] = "vikarier"
    search.run()
    assert (
        "Vårgårda (4)" in search.sidebar.multiselect(key="s_municipality").options
    )  # the index knows it too


def test_a_bad_period_is_refused() -> None:
    [(report_id,)] = _query(state_dir(), "SELECT report_id FROM reports WHERE municipality IS NULL")
    at = _open(rapport=report_id)
    at.text_input[1].input("maj")
    at.button[0].click().run()
    assert "Perioden ”maj” går inte att läsa" in at.error[0].value
    assert _query(state_dir(), f"SELECT period FROM reports WHERE report_id = '{report_id}'") == [
        ("2024-05",)
    ]


def test_a_missing_pdf_is_explained() -> None:
    [(report_id,)] = _query(
        state_dir(), "SELECT report_id FROM reports WHERE source = 'lerum-sn-2024-05.pdf'"
    )
    db = sqlite3.connect(state_dir() / "avvik.sqlite")
    db.execute("UPDATE reports SET stored_path = '/nowhere.pdf' WHERE report_id = ?", (report_id,))
    db.commit()
    db.close()
    at = _open(rapport=report_id)
    assert not at.exception
    assert "PDF-filen finns inte kvar" in shown(at)


def test_without_a_link_a_report_is_chosen() -> None:
    at = _open()
    assert "Välj en rapport" in shown(at)
    at.selectbox[0].select_index(0).run()
    assert not at.exception and at.query_params.get("rapport")
    assert "Förklaringar i rapporten" in shown(at)
