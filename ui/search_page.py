"""Sök: a question, facets with counts, hits with their facts, export; the URL holds the whole search."""

from __future__ import annotations

import math

import streamlit as st

from extract.types import Hit
from index.analytics import amount_range
from index.archive import Archive
from index.errors import AvvikIndexError
from index.periods import period_key
from index.search import search
from ui import export
from ui import format as fmt
from ui.navigation import DOCUMENT
from ui.resources import current_archive, tag_label
from ui.search_state import LIMITS, SearchState, from_params

EXAMPLES = (
    "dyra hyrsjuksköterskor",
    "fler placeringar av barn och unga",
    "höga vikariekostnader",
    "uteblivna statsbidrag",
    "ökat försörjningsstöd",
)
FACETS = (  # state field, payload key, label, how a value is shown
    ("municipality", "municipality", "Kommun", fmt.municipality_label),
    ("committee", "committee", "Nämnd", str),
    ("tag", "tags", "Orsak", tag_label),
    ("direction", "direction", "Riktning", lambda v: fmt.DIRECTION_WORDS.get(v, v)),
    ("kind", "kind", "Typ av text", lambda v: fmt.KIND_LABELS.get(v, v)),
)


def _url_state() -> SearchState:
    """The search in the URL; coming back from another page (the URL is bare then), the last search."""
    params = {key: st.query_params.get_all(key) for key in st.query_params}
    if not params and "last_search" in st.session_state:
        params = st.session_state["last_search"]
    return from_params(params)


def _default(key: str, value: object) -> None:
    if key not in st.session_state:
        st.session_state[key] = value


def _facet(archive: Archive, state: SearchState, name: str, key: str, label: str, show) -> tuple[str, ...]:  # type: ignore[no-untyped-def]
    counts = archive.store.facets(key, state.filters(without=name), limit=400)
    chosen = getattr(state, name)
    options = sorted(set(counts) | set(chosen), key=lambda v: (-counts.get(v, 0), str(show(v)).casefold()))
    if name == "municipality":
        options.sort(key=lambda v: str(show(v)).casefold())
    _default(f"s_{name}", [v for v in chosen if v in options])
    picked = st.multiselect(
        label,
        options,
        key=f"s_{name}",
        format_func=lambda v: f"{show(v)} ({counts.get(v, 0)})",
        placeholder="Alla",
    )
    return tuple(picked)


def _period(archive: Archive, state: SearchState) -> tuple[str | None, str | None]:
    counts = archive.store.facets("period", state.filters(without="period"), limit=400)
    periods = sorted(counts, key=period_key)
    if len(periods) < 2:
        return None, None
    low = state.period_from if state.period_from in periods else periods[0]
    high = state.period_to if state.period_to in periods else periods[-1]
    low, high = st.select_slider(
        "Period",
        periods,
        value=(low, high),
        key="s_period",
        format_func=lambda p: f"{fmt.period_label(p)} ({counts.get(p, 0)})",
    )
    return (None if low == periods[0] else low), (None if high == periods[-1] else high)


def amount_steps(low_sek: float, high_sek: float) -> list[float]:
    """Slider stops in mnkr from below the smallest to above the largest amount, at a round step."""
    span = (high_sek - low_sek) / 1e6
    step = next((s for s in (0.1, 0.5, 1, 5, 10, 50, 100, 500) if span / s <= 80), 1000)
    start, stop = math.floor(low_sek / 1e6 / step), math.ceil(high_sek / 1e6 / step)
    return [round(i * step, 1) for i in range(start, stop + 1)]


def _nearest(steps: list[float], value: float | None, fallback: float) -> float:
    return fallback if value is None else min(steps, key=lambda s: abs(s - value))


def _amount(archive: Archive, state: SearchState) -> tuple[float | None, float | None]:
    bounds = amount_range(archive.catalog)
    if bounds is None or bounds[0] == bounds[1]:
        return None, None
    steps = amount_steps(*bounds)
    low, high = steps[0], steps[-1]
    start, end = _nearest(steps, state.amount_min_mnkr, low), _nearest(steps, state.amount_max_mnkr, high)
    chosen = st.select_slider(
        "Belopp (mnkr)",
        steps,
        value=(start, end),
        key="s_amount",
        format_func=lambda v: fmt.number(v, 1),
        help="Negativt = sämre än budget. När intervallet snävas in försvinner förklaringar utan belopp.",
    )
    return (None if chosen[0] <= low else chosen[0]), (None if chosen[1] >= high else chosen[1])


def _sidebar(archive: Archive, url: SearchState) -> SearchState:
    state = url
    with st.sidebar:
        st.subheader("Filter")
        for name, key, label, show in FACETS:
            state = state.with_(**{name: _facet(archive, state, name, key, label, show)})
        period_from, period_to = _period(archive, state)
        state = state.with_(period_from=period_from, period_to=period_to)
        amount_min, amount_max = _amount(archive, state)
        state = state.with_(amount_min_mnkr=amount_min, amount_max_mnkr=amount_max)
        state = state.with_(limit=st.select_slider("Antal träffar", LIMITS, value=url.limit, key="s_limit"))
    return state


def _set_query(text: str) -> None:
    st.session_state["s_query"] = text


def _hit(hit: Hit) -> None:
    r, e = hit.report, hit.explanation
    with st.container(border=True):
        kind = "" if e.kind == "cause" else f" · *{fmt.KIND_LABELS.get(e.kind, e.kind)}*"
        st.markdown(
            f"**{fmt.municipality_label(r.municipality)}** · {r.committee or 'okänd nämnd'} · "
            f"{fmt.period_label(r.period)}{kind}"
        )
        cols = st.columns([3, 2, 2, 2])
        cols[0].markdown(f"Område: **{e.area or '–'}**")
        cols[1].markdown(f"Belopp: **{fmt.amount(e.amount_sek)}**")
        cols[2].markdown(fmt.DIRECTION_LABELS.get(e.direction or "", ":gray[riktning okänd]"))
        with cols[3]:
            st.page_link(
                DOCUMENT,
                label=f"Visa sidan (s. {e.page})",
                icon=":material/description:",
                query_params={"id": e.explanation_id},
            )
        st.markdown(fmt.highlighted(e.text, hit.highlights), unsafe_allow_html=True)
        chips = "".join(
            fmt.chip(
                ("✓ " if t.source == "review" else "") + tag_label(t.tag),
                fmt.evidence_title(t.evidence, t.score, t.source),
                "green" if t.source == "review" else "blue",
            )
            for t in e.tags
        ) or fmt.chip("ingen orsak taggad", "Granska förklaringen för att sätta orsaker", "gray")
        notes = [r.source]
        if len(hit.periods) > 1:
            notes.append("↻ samma förklaring i " + ", ".join(fmt.period_label(p) for p in hit.periods))
        if "amount_mismatch" in e.flags:
            notes.append("⚠ beloppet i texten och i tabellen skiljer sig")
        if "unit_corrected" in e.flags:
            notes.append("⚠ fel enhet i texten: beloppet är tabellens")
        st.markdown(f"{chips} <small style='color:#666'>{' · '.join(notes)}</small>", unsafe_allow_html=True)


def _export(hits: list[Hit], state: SearchState) -> None:
    name = "avvik-" + ("-".join(state.query.split()[:4]) or "sok")
    left, right = st.columns(2)
    left.download_button(
        "CSV",
        export.to_csv(hits, tag_label),
        f"{name}.csv",
        "text/csv",
        icon=":material/download:",
        width="stretch",
    )
    right.download_button(
        "Excel",
        export.to_xlsx(hits, tag_label, state.query),
        f"{name}.xlsx",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        icon=":material/download:",
        width="stretch",
    )


def render() -> None:
    st.title("Sök bland avvikelseförklaringar")
    archive = current_archive()
    reports = archive.catalog.count("reports")
    if not reports:
        st.info(
            "Arkivet är tomt. Läs in rapporter på sidan **Ladda upp** eller med `avvik ingest MAPP` "
            "(när appen inte är igång)."
        )
        return
    url = _url_state()
    _default("s_query", url.query)
    query = st.text_input(
        "Fråga",
        key="s_query",
        placeholder="t.ex. varför ökar kostnaderna för hyrsjuksköterskor?",
        help="Skriv en fråga eller några ord. Sökningen förstår synonymer och böjningar.",
    )
    state = _sidebar(archive, url).with_(query=query)
    st.query_params.from_dict(state.to_params())
    st.session_state["last_search"] = {
        k: v if isinstance(v, list) else [v] for k, v in state.to_params().items()
    }
    matching = sum(archive.store.facets("kind", state.filters()).values())
    if not query.strip():
        st.caption(
            f"{reports} rapporter och {matching} förklaringar matchar filtren. Skriv en fråga, eller prova:"
        )
        cols = st.columns(len(EXAMPLES))
        for col, example in zip(cols, EXAMPLES, strict=True):
            col.button(example, on_click=_set_query, args=(example,), width="stretch")
        return
    try:
        hits = search(archive, query, state.filters(), limit=state.limit)
    except AvvikIndexError as exc:
        st.error(str(exc))
        return
    head, buttons = st.columns([3, 1], vertical_alignment="bottom")
    head.caption(f"{len(hits)} träffar bland {matching} förklaringar som matchar filtren")
    if not hits:
        st.info("Inga träffar. Ta bort något filter eller skriv frågan på ett annat sätt.")
        return
    with buttons:
        _export(hits, state)
    for hit in hits:
        _hit(hit)


if __name__ == "__main__":
    render()
