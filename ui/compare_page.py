"""Jämför: municipalities x causes as a heatmap (counts or amounts, per inhabitant once a population table is
loaded), the explanations behind a cell, and one committee's causes across periods."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from index.analytics import Cell, Scope, committees, compare, explanations_behind
from ui import charts
from ui import format as fmt
from ui.navigation import DOCUMENT
from ui.population import Population, PopulationError, parse_population
from ui.resources import current_archive, tag_label
from ui.trend_view import render_trend

COUNT, AMOUNT = "Antal förklaringar", "Summa belopp"
LATEST, ALL = "Senaste rapporten per nämnd", "Alla rapporter"
SHOWN_BEHIND = 30


def _population() -> Population | None:
    with st.expander("Invånartal, för jämförelse per invånare", icon=":material/groups:"):
        st.caption(
            "Ladda upp en CSV med kommun och antal invånare, som SCB (Folkmängd efter region) eller Kolada "
            "(N01951) exporterar den. Inga invånartal hittas på: kommuner som saknas i filen visas inte per "
            "invånare."
        )
        upload = st.file_uploader("Invånartal (CSV)", type=["csv", "txt"], key="population_file")
        if upload is not None:
            try:
                st.session_state["population"] = parse_population(upload.getvalue())
            except PopulationError as exc:
                st.error(f"Kunde inte läsa invånartalen: {exc}.")
                st.session_state.pop("population", None)
        population: Population | None = st.session_state.get("population")
        if population:
            st.success(
                f"Invånartal för {len(population.inhabitants)} kommuner och regioner "
                f'(kolumnen "{population.column}").'
            )
            if population.unmatched:
                st.warning("Okända namn som inte används: " + ", ".join(population.unmatched[:20]))
        return population


def _table(cells: list[Cell], measure: str, population: Population | None) -> tuple[pd.DataFrame, list[str]]:
    missing = sorted(
        {fmt.municipality_label(c.municipality) for c in cells}
        - set(population.inhabitants if population else ())
    )
    rows = []
    for c in cells:
        inhabitants = population.inhabitants.get(c.municipality or "") if population else None
        if population and not inhabitants:
            continue
        value, text = charts.shown(c.count, c.amount_sek, inhabitants, measure == COUNT)
        rows.append(
            {
                "kommun": fmt.municipality_label(c.municipality),
                "orsak": tag_label(c.tag),
                "tag": c.tag,
                "visat": value,
                "text": text,
                "antal": c.count,
                "belopp": c.amount_sek / 1e6,
            }
        )
    return pd.DataFrame(rows), (missing if population else [])


def _selected_cell(event: object) -> tuple[str, str] | None:
    selection = getattr(event, "selection", None) or {}
    points = selection.get("cell") if isinstance(selection, dict) else None
    if points:
        point = points[0]
        return point.get("kommun"), point.get("tag")
    return None


def _behind(frame: pd.DataFrame, scope: Scope) -> None:
    st.subheader("Förklaringarna bakom en ruta")
    municipalities = sorted(frame["kommun"].unique(), key=str.casefold)
    left, right = st.columns(2)
    municipality = left.selectbox("Kommun", municipalities, key="c_municipality")
    tags = frame.loc[frame["kommun"] == municipality].sort_values("antal", ascending=False)["tag"].tolist()
    if st.session_state.get("c_tag") not in tags:
        st.session_state.pop("c_tag", None)
    tag = right.selectbox("Orsak", tags, key="c_tag", format_func=tag_label)
    if tag is None:
        return
    name = None if municipality == fmt.UNKNOWN_MUNICIPALITY else municipality
    found = explanations_behind(current_archive().catalog, name, tag, scope)
    total = sum(e.amount_sek or 0 for e, _ in found)
    st.caption(
        f"{len(found)} förklaringar · summa {fmt.amount(total)}"
        + (f" · visar de {SHOWN_BEHIND} största" if len(found) > SHOWN_BEHIND else "")
    )
    for exp, report in found[:SHOWN_BEHIND]:
        with st.container(border=True):
            head, link = st.columns([4, 1])
            head.markdown(
                f"**{fmt.amount(exp.amount_sek)}** · {report.committee or 'okänd nämnd'} · "
                f"{fmt.period_label(report.period)}" + (f" · {exp.area}" if exp.area else "")
            )
            with link:
                st.page_link(
                    DOCUMENT,
                    label=f"s. {exp.page}",
                    icon=":material/description:",
                    query_params={"id": exp.explanation_id},
                )
            st.markdown(exp.text)


def _heatmap() -> None:
    archive = current_archive()
    left, middle, right = st.columns([2, 2, 1])
    measure = left.radio("Mått", (COUNT, AMOUNT), horizontal=True, key="c_measure")
    which = middle.radio(
        "Rapporter",
        (LATEST, ALL),
        horizontal=True,
        key="c_scope",
        help="Senaste rapporten: varje nämnds aktuella bild av året. Alla rapporter: en orsak som "
        "upprepas från förra månadens rapport räknas en gång.",
    )
    toggle = right.empty()
    population = _population()
    per_inhabitant = toggle.toggle(
        "Per invånare",
        key="c_per_inhabitant",
        disabled=population is None,
        help=None if population else "Ladda upp invånartal först (nedan).",
    )
    scope = Scope(latest_only=which == LATEST)
    cells = compare(archive.catalog, scope)
    if not cells:
        st.info(
            "Inga taggade orsaker ännu. Läs in rapporter på sidan **Ladda upp**, eller granska taggarna på "
            "sidan **Granska**."
        )
        return
    frame, missing = _table(cells, measure, population if per_inhabitant else None)
    if missing:
        st.caption("Saknar invånartal och visas inte: " + ", ".join(missing))
    if frame.empty:
        st.warning(
            "Ingen av kommunerna finns i invånartabellen. Kontrollera filen eller stäng av *per invånare*."
        )
        return
    unit = charts.unit_label(measure == COUNT, per_inhabitant and population is not None)
    rows = frame["kommun"].nunique()
    event = st.altair_chart(
        charts.heatmap(frame, measure == COUNT, unit),
        on_select="rerun",
        key="heatmap",
        width="stretch",
        height=charts.heatmap_height(rows) + 260,
    )
    clicked = _selected_cell(event)
    if clicked and clicked != st.session_state.get("c_clicked"):
        st.session_state["c_clicked"] = clicked
        st.session_state["c_municipality"], st.session_state["c_tag"] = clicked
    note = "Klicka på en ruta för att se förklaringarna bakom den."
    if measure == AMOUNT:
        note += " Negativt belopp = sämre än budget. Ett belopp med flera orsaker räknas under var och en."
    st.caption(note)
    with st.expander("Som tabell"):
        pivot = frame.pivot_table(index="kommun", columns="orsak", values="visat", aggfunc="sum")
        st.dataframe(pivot.round(1 if measure == AMOUNT or per_inhabitant else 0))
        st.download_button(
            "Ladda ner tabellen (CSV)",
            pivot.to_csv().encode("utf-8-sig"),
            "avvik-jamfor.csv",
            "text/csv",
            icon=":material/download:",
        )
    _behind(frame, scope)


def render() -> None:
    st.title("Jämför kommuner och följ en nämnd")
    archive = current_archive()
    if not archive.catalog.count("reports"):
        st.info("Arkivet är tomt. Läs in rapporter på sidan **Ladda upp** först.")
        return
    heat, trend = st.tabs(["Kommuner × orsaker", "Trend för en nämnd"])
    with heat:
        _heatmap()
    with trend:
        render_trend(archive, committees(archive.catalog))


if __name__ == "__main__":
    render()
