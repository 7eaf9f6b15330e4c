"""Jämför: municipalities x causes as a heatmap (counts or amounts, per inhabitant from the stored population
figures), the deviations behind a cell, and one committee's causes across periods.

The sums are ``index.analytics``': each deviation once (a summary and a section stating the same one are
joined), one cut of each report summed, operations and investments apart (a choice on the page). A cell's
amount is "belopp i förklaringar som nämner orsaken"; the Totalt column counts each deviation once. A cell
without any amount shows "–", never 0.
"""

from __future__ import annotations

import math

import pandas as pd
import streamlit as st

from index.analytics import Comparison, Deviation, Scope, committees, comparison, explanations_behind
from index.catalog.interface import PopulationFigure
from index.deviations import CUT_LABELS
from ui import access, charts
from ui import format as fmt
from ui.navigation import DOCUMENT, read_only
from ui.population import PopulationError, inhabitants_in, parse_population
from ui.resources import current_archive, data_dir, tag_label, write_lock
from ui.trend_view import render_trend

COUNT, AMOUNT = "Antal avvikelser", "Summa belopp"
LATEST, ALL = "Senaste rapporten per nämnd", "Alla rapporter"
OPERATIONS, INVESTMENTS = "Drift", "Investeringar"
TOTAL = "__total__"
TOTAL_LABEL = "Totalt (varje avvikelse en gång)"
SHOWN_BEHIND = 30


def cause_label(tag: str) -> str:
    return TOTAL_LABEL if tag == TOTAL else tag_label(tag)


def _store_population(upload: object, year: int | None) -> None:
    """Read the uploaded table and store its figures (once per file)."""
    archive = current_archive()
    data = upload.getvalue()  # type: ignore[attr-defined]
    try:
        table = parse_population(data)
    except PopulationError as exc:
        st.error(f"Kunde inte läsa invånartalen: {exc}.")
        return
    figures = table.figures(year)
    if not figures:
        st.info("Filen säger inte vilket år invånartalen gäller. Välj året ovan.")
        return
    with write_lock(data_dir()):
        archive.catalog.store_population(figures, upload.name, access.current().user)  # type: ignore[attr-defined]
    st.session_state["population_stored"] = (upload.file_id, year)  # type: ignore[attr-defined]
    years = sorted({f.year for f in figures})
    note = (
        f"Sparade invånartal för {fmt.count(len({f.municipality for f in figures}), 'kommun', 'kommuner')} "
        f"({', '.join(map(str, years))}). De används i alla jämförelser per invånare."
    )
    if table.unmatched:
        note += " Okända namn som inte används: " + ", ".join(table.unmatched[:20])
    st.session_state["population_note"] = note
    st.rerun()  # the toggle above reads the stored figures


def _population(figures: list[PopulationFigure]) -> None:
    """The stored population figures, and loading a table from SCB or Kolada (kept in the database)."""
    if figures:
        years = sorted({f.year for f in figures})
        span = str(years[0]) if len(years) == 1 else f"{years[0]}–{years[-1]}"
        st.caption(
            f"Sparade invånartal: {fmt.count(len({f.municipality for f in figures}), 'kommun', 'kommuner')}, "
            f"år {span}. Varje kommun jämförs med invånartalet för året för dess senaste rapport (eller "
            "närmaste år före)."
        )
    else:
        st.caption("Inga invånartal sparade ännu.")
    if "population_note" in st.session_state:
        st.success(st.session_state.pop("population_note"))
    st.caption(
        "Ladda upp en CSV som SCB (Folkmängd efter region och år) eller Kolada (N01951, Invånare totalt) "
        "exporterar den; invånartalen sparas i arkivet per kommun och år. Inga invånartal hittas på."
    )
    if not access.can_write("spara invånartal"):
        return
    year = st.number_input("År (om filen inte säger det)", 2000, 2100, value=None, key="population_year")
    upload = st.file_uploader("Invånartal (CSV)", type=["csv", "txt"], key="population_file")
    if upload is not None and st.session_state.get("population_stored") != (upload.file_id, year):
        _store_population(upload, int(year) if year else None)


def _frame(
    result: Comparison, measure: str, figures: list[PopulationFigure] | None
) -> tuple[pd.DataFrame, list[str]]:
    """One row per shown cell, the Totalt column included; per inhabitant when ``figures`` is given (the
    municipalities without a figure are left out and named)."""
    is_count = measure == COUNT
    rows = []
    missing: set[str] = set()
    cells = [(c.municipality, c.tag, c.count, c.amount) for c in result.cells]
    cells += [(t.municipality, TOTAL, t.count, t.amount) for t in result.totals]
    for municipality, tag, count, amount in cells:
        inhabitants = None
        if figures is not None:
            found = inhabitants_in(figures, municipality, result.years.get(municipality))
            if found is None:
                missing.add(fmt.municipality_label(municipality))
                continue
            inhabitants = found[0]
        value, text = charts.shown(count, amount, inhabitants, is_count)
        rows.append(
            {
                "kommun": fmt.municipality_label(municipality),
                "orsak": cause_label(tag),
                "tag": tag,
                "visat": value,
                "text": text,
                "antal": count,
                "belopp": None if amount is None else amount / 1e6,
                "totalt": tag == TOTAL,
            }
        )
    return pd.DataFrame(rows), sorted(missing, key=str.casefold)


def _selected_cell(event: object) -> tuple[str, str] | None:
    selection = getattr(event, "selection", None) or {}
    points = selection.get("cell") if isinstance(selection, dict) else None
    if points:
        point = points[0]
        return point.get("kommun"), point.get("tag")
    return None


def _deviation(deviation: Deviation, links: bool) -> None:
    e, report = deviation.explanation, deviation.report
    with st.container(border=True):
        head, link = st.columns([6, 1], vertical_alignment="center")
        amount = (
            f"**{fmt.amount(deviation.amount_sek)}**" if deviation.amount_sek is not None else "belopp saknas"
        )
        facts = [amount, report.committee or "okänd nämnd", fmt.period_label(report.period)]
        if e.area:
            facts.append(e.area)
        badges = ""
        if deviation.amount_sek is not None and not deviation.summed:
            badges += f" :gray-badge[ingår inte i summan: {CUT_LABELS[deviation.cut]}, en annan indelning]"
        if e.investment:
            badges += " :orange-badge[Investering]"
        head.markdown(" · ".join(facts) + badges)
        if links:
            with link:
                st.page_link(
                    DOCUMENT,
                    label=f"s. {e.page}",
                    icon=":material/description:",
                    query_params={"id": e.explanation_id},
                )
        else:
            link.caption(f"s. {e.page}")
        st.markdown(e.text)
        if len(deviation.statements) > 1:
            pages = ", ".join(f"s. {s.page}" for s in deviation.statements)
            st.caption(
                f"Samma avvikelse nämns {len(deviation.statements)} gånger i rapporten ({pages}); räknas en gång."
            )
        if report.municipality is None and links:
            st.page_link(
                DOCUMENT,
                label="Okänd kommun: ange den på sidan Dokument",
                icon=":material/edit:",
                query_params={"rapport": report.report_id},
            )


def _behind(frame: pd.DataFrame, scope: Scope) -> None:
    st.subheader("Avvikelserna bakom en ruta")
    municipalities = sorted(frame["kommun"].unique(), key=str.casefold)
    left, right = st.columns(2)
    municipality = left.selectbox("Kommun", municipalities, key="c_municipality")
    causes = frame.loc[(frame["kommun"] == municipality) & ~frame["totalt"]].sort_values(
        "antal", ascending=False
    )
    tags = [TOTAL, *causes["tag"].tolist()]
    if st.session_state.get("c_tag") not in tags:
        st.session_state.pop("c_tag", None)
    tag = right.selectbox("Orsak", tags, key="c_tag", format_func=cause_label)
    if tag is None:
        return
    name = None if municipality == fmt.UNKNOWN_MUNICIPALITY else municipality
    found = explanations_behind(current_archive().catalog, name, None if tag == TOTAL else tag, scope)
    summed = [d.counted_amount for d in found if d.counted_amount is not None]
    caption = fmt.count(len(found), "avvikelse", "avvikelser")
    if summed:
        caption += (
            f", {fmt.count(len(summed), 'belopp', 'belopp')} i summan · summa {fmt.amount(sum(summed))}"
        )
    else:
        caption += " · inget belopp angivet"
    if len(found) > SHOWN_BEHIND:
        caption += f" · visar de {SHOWN_BEHIND} första"
    st.caption(caption)
    links = not read_only()
    for deviation in found[:SHOWN_BEHIND]:
        _deviation(deviation, links)


def _table(frame: pd.DataFrame, decimals: int) -> None:
    order = [*dict.fromkeys(frame.loc[~frame["totalt"], "orsak"]), TOTAL_LABEL]
    pivot = frame.pivot_table(index="kommun", columns="orsak", values="visat", aggfunc="sum", dropna=False)
    pivot = pivot[[c for c in order if c in pivot.columns]]
    shown = pivot.style.format(lambda v: "–" if v is None or math.isnan(v) else fmt.number(v, decimals))
    st.dataframe(shown)
    st.download_button(
        "Ladda ner tabellen (CSV för svenskt Excel)",
        pivot.round(decimals).to_csv(sep=";", decimal=",").encode("utf-8-sig"),
        "avvik-jamfor.csv",
        "text/csv",
        icon=":material/download:",
        on_click="ignore",
    )


def _heatmap() -> None:
    archive = current_archive()
    measure_col, scope_col, kind_col, people_col = st.columns([3, 4, 2, 2], vertical_alignment="bottom")
    measure = measure_col.radio("Mått", (COUNT, AMOUNT), horizontal=True, key="c_measure")
    which = scope_col.radio(
        "Rapporter",
        (LATEST, ALL),
        horizontal=True,
        key="c_scope",
        help="Senaste rapporten: varje nämnds aktuella bild av året. Alla rapporter: en orsak som "
        "upprepas från förra månadens rapport räknas en gång.",
    )
    kind = kind_col.radio(
        "Avvikelser",
        (OPERATIONS, INVESTMENTS),
        horizontal=True,
        key="c_kind",
        help="Drift och investeringar summeras aldrig ihop.",
    )
    figures = archive.catalog.population()
    with people_col:
        per_inhabitant = st.toggle(
            "Per invånare",
            key="c_per_inhabitant",
            disabled=not figures,
            help=None if figures else "Ladda upp invånartal först (Invånartal, under diagrammet).",
        )
    scope = Scope(latest_only=which == LATEST, investment=kind == INVESTMENTS)
    result = comparison(archive.catalog, scope)
    if not result.totals:
        what = "investeringsavvikelser" if scope.investment else "avvikelser i driften"
        st.info(
            f"Inga {what} ännu. Läs in rapporter på sidan **Ladda upp**, eller byt mellan drift och "
            "investeringar ovan."
        )
    else:
        frame, missing = _frame(result, measure, figures if per_inhabitant and figures else None)
        if missing:
            st.caption("Saknar invånartal och visas inte: " + ", ".join(missing))
        if frame.empty:
            st.warning(
                "Ingen av kommunerna har sparade invånartal. Ladda upp dem eller stäng av *per invånare*."
            )
        else:
            unit = charts.unit_label(measure == COUNT, per_inhabitant and bool(figures))
            rows = frame["kommun"].nunique()
            event = st.altair_chart(
                charts.heatmap(frame, measure == COUNT, unit),
                on_select="rerun",
                key="heatmap",
                width="stretch",
                height=charts.heatmap_height(rows) + 230,
            )
            clicked = _selected_cell(event)
            if clicked and clicked != st.session_state.get("c_clicked"):
                st.session_state["c_clicked"] = clicked
                st.session_state["c_municipality"], st.session_state["c_tag"] = clicked
            note = "Klicka på en ruta för att se avvikelserna bakom den. Samma avvikelse nämnd två gånger i en rapport räknas en gång."
            if measure == AMOUNT:
                note += (
                    " Belopp i förklaringar som nämner orsaken; negativt = sämre än budget. En avvikelse som "
                    "nämner flera orsaker finns i var och en av dem, så rutorna ska inte läggas ihop: kolumnen "
                    "Totalt räknar varje avvikelse en gång. Av en rapports två indelningar (kontogrupper och "
                    "verksamhetsområden) summeras den mest detaljerade. – = inget belopp angivet."
                )
            st.caption(note)
            with st.expander("Som tabell"):
                _table(frame, 1 if measure == AMOUNT or per_inhabitant else 0)
            _behind(frame, scope)
    with st.expander("Invånartal", icon=":material/groups:"):
        _population(figures)


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
