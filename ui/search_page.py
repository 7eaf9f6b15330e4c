"""Sök: the search page."""

from __future__ import annotations

import streamlit as st

from extract.types import Hit
from index.errors import AvvikIndexError
from index.search import search
from index.store import Filters
from ui import format as fmt
from ui.resources import archive, data_dir, tag_label, taxonomy


def _hit(hit: Hit) -> None:
    r, e = hit.report, hit.explanation
    with st.container(border=True):
        head = f"**{r.municipality or 'Okänd kommun'}** · {r.committee or 'okänd nämnd'} · {r.period or 'okänd period'}"
        st.markdown(head)
        cols = st.columns([3, 2, 2, 1])
        cols[0].markdown(f"Område: **{e.area or '–'}**")
        cols[1].markdown(f"Belopp: **{fmt.amount(e.amount_sek)}**")
        cols[2].markdown(fmt.DIRECTION_LABELS.get(e.direction or "", "riktning okänd"))
        cols[3].markdown(f"s. {e.page}")
        st.markdown(fmt.highlighted(e.text, hit.highlights), unsafe_allow_html=True)
        chips = "".join(fmt.chip(tag_label(t.tag), f"{t.evidence} ({t.score:.2f})") for t in e.tags)
        extra = f" · förekommer {', '.join(hit.periods)}" if len(hit.periods) > 1 else ""
        st.markdown(f"{chips} <small>{fmt.KIND_LABELS.get(e.kind, e.kind)} · {r.source}{extra}</small>",
                    unsafe_allow_html=True)


def render() -> None:
    st.header("Sök bland avvikelseförklaringar")
    store = archive(data_dir())
    reports = store.catalog.reports()
    if not reports:
        st.info("Arkivet är tomt. Läs in rapporter med `avvik ingest MAPP` eller på sidan Ladda upp.")
        return
    params = st.query_params
    query = st.text_input("Fråga", value=params.get("q", ""), placeholder="t.ex. varför dyra hyrsjuksköterskor?")
    with st.sidebar:
        municipalities = sorted({r.municipality for r in reports if r.municipality})
        chosen_m = st.multiselect("Kommun", municipalities, default=[m for m in params.get_all("kommun")
                                                                        if m in municipalities])
        tags = list(taxonomy()) or sorted({t.tag for e in store.catalog.explanations() for t in e.tags})
        chosen_t = st.multiselect("Orsak", tags, format_func=tag_label,
                                  default=[t for t in params.get_all("orsak") if t in tags])
        limit = st.slider("Antal träffar", 5, 50, 10)
    st.query_params.update({"q": query, "kommun": chosen_m, "orsak": chosen_t})
    if not query.strip():
        st.caption(f"{len(reports)} rapporter i arkivet. Skriv en fråga för att söka.")
        return
    try:
        hits = search(store, query, Filters(municipality=tuple(chosen_m), tag=tuple(chosen_t)), limit=limit)
    except AvvikIndexError as exc:
        st.error(str(exc))
        return
    st.caption(f"{len(hits)} träffar")
    for hit in hits:
        _hit(hit)
