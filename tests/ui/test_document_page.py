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
    page = _page_view(at)
    assert "Sida 1 av 1 · den markerade texten är förklaringen" in page and "data:image/png;base64," in page
    assert "scrollTop" in page  # the marked passage is scrolled into view
    pdf = next(h.proto.body for h in at.get("html") if "Öppna PDF:en" in h.proto.body)
    assert "Öppna PDF:en på sidan 1" in pdf and "#page=1" in pdf and "application/pdf" in pdf
    others = [b for b in at.button if b.label == "Visa på sidan"]
    assert len(others) == 4
    others[0].click().run()
    assert at.query_params["id"] != explanation_id and "markerad på sidan" in shown(at)


def _page_view(at: AppTest) -> str:
    return next(h.proto.body for h in at.get("html") if "avvik-view" in h.proto.body)


def _report_of(source: str) -> str:
    [(report_id,)] = _query(state_dir(), f"SELECT report_id FROM reports WHERE source = '{source}'")
    return str(report_id)


def test_zoom_shows_the_page_larger() -> None:
    at = _open(rapport=_report_of("lerum-sn-2024-05.pdf"))
    assert "width:100%" in _page_view(at)
    at.segmented_control(key="doc_zoom").set_value("200 %").run()
    assert not at.exception
    assert "calc(var(--w) * 2.6667px)" in _page_view(at)


@pytest.mark.parametrize(
    ("page", "note"),
    [
        ("99", "Rapporten har 1 sida, så sida 99 finns inte; visar sida 1."),
        ("0", "sida 0 finns inte"),
        ("tre", "”tre” är inget sidnummer"),
    ],
)
def test_a_page_the_report_does_not_have_is_refused_in_swedish(page: str, note: str) -> None:
    at = _open(rapport=_report_of("lerum-sn-2024-05.pdf"), sida=page)
    assert not at.exception and not at.error
    assert note in at.warning[0].value
    assert "Sida 1 av 1" in _page_view(at)
    _field(at, "Sida (av 1)").input("7").run()
    assert "sida 7 finns inte" in at.warning[0].value


def test_unknown_metadata_is_asked_for_and_saved() -> None:
    [(report_id,)] = _query(state_dir(), "SELECT report_id FROM reports WHERE municipality IS NULL")
    at = _open(rapport=report_id)
    assert "Okänt i rapporten: kommun" in at.warning[0].value
    municipality = at.selectbox[1]
    assert len(municipality.options) >= 311 and "Region Halland" in municipality.options
    municipality.select("Vårgårda")
    _field(at, "Period").input("2024-05")
    at.button[0].click().run()  # the form's Spara
    assert not at.exception
    assert _query(
        state_dir(), f"SELECT municipality, committee, period FROM reports WHERE report_id = '{report_id}'"
    ) == [("Vårgårda", "Vård- och omsorgsnämnden", "2024-05")]
    assert "Uppgifterna är sparade" in shown(at)
    [edit] = [row for row in _audit() if row[0] == "edit_report"]
    assert edit[1] is None and report_id == edit[2] and '"municipality": [null, "Vårgårda"]' in edit[3]
    search = AppTest.from_file(APP, default_timeout=60)
    search.query_params["q"] = "vikarier"
    search.run()
    assert (
        "Vårgårda (4)" in search.sidebar.multiselect(key="s_municipality").options
    )  # the index knows it too


def _field(at: AppTest, label: str):  # type: ignore[no-untyped-def]
    return next(t for t in at.text_input if t.label == label)


def _audit() -> list[tuple]:
    return _query(state_dir(), "SELECT action, user, report_id, details FROM audit ORDER BY audit_id")


def test_a_bad_period_is_refused() -> None:
    [(report_id,)] = _query(state_dir(), "SELECT report_id FROM reports WHERE municipality IS NULL")
    at = _open(rapport=report_id)
    _field(at, "Period").input("maj")
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
