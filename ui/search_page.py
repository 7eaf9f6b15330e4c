"""Sök: a question, facets with counts, hits with their facts, export; the URL holds the whole search.

"Okänd kommun" is a value of the Kommun facet like any other: chosen, it becomes a filter on the reports
whose municipality is not known (the index holds no value to match), and each such hit links to Dokument,
where the municipality is filled in. Investment deviations carry a badge. The export holds every hit up to
``export.EXPORT_LIMIT``, not only the ones shown, made when the button is pressed.
"""

from __future__ import annotations

import math
from dataclasses import replace

import streamlit as st

from extract.types import Hit
from index.analytics import amount_range
from index.archive import Archive
from index.errors import AvvikIndexError
from index.periods import period_key
from index.query_understanding import Chip, Understood
from index.relevance import NO_CLEAR_MATCH, strength_label
from index.search import MAX_QUERY_CHARS, clear_match, search, understand_query
from index.vectors.store import Filters
from ui import export
from ui import format as fmt
from ui.messages import swedish
from ui.navigation import DOCUMENT, document_url, read_only
from ui.resources import current_archive, tag_label, taxonomy
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


def store_filters(archive: Archive, state: SearchState, without: str | None = None) -> Filters:
    """The state's filters for the store; "Okänd kommun" among the municipalities turns the municipality
    filter into one on the reports of the chosen municipalities, those whose municipality is unknown
    included (the index has no value to match for "not known")."""
    filters = state.filters(without)
    if fmt.UNKNOWN_MUNICIPALITY not in filters.municipality:
        return filters
    chosen = set(filters.municipality)
    ids = tuple(
        r.report_id for r in archive.catalog.reports() if fmt.municipality_label(r.municipality) in chosen
    )
    return replace(filters, municipality=(), report_id=ids or ("-",))  # "-": no report, so no hit


def _unknown_count(archive: Archive, filters: Filters, known: dict[str, int]) -> int:
    """Explanations under ``filters`` whose municipality is not known: every one has a kind, not every one a
    municipality."""
    return sum(archive.store.facets("kind", filters).values()) - sum(known.values())


def _facet(archive: Archive, state: SearchState, name: str, key: str, label: str, show) -> tuple[str, ...]:  # type: ignore[no-untyped-def]
    filters = store_filters(archive, state, without=name)
    counts = archive.store.facets(key, filters, limit=400)
    if name == "municipality":
        unknown = _unknown_count(archive, filters, counts)
        if unknown > 0:
            counts[fmt.UNKNOWN_MUNICIPALITY] = unknown
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
    counts = archive.store.facets("period", store_filters(archive, state, without="period"), limit=400)
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


STRENGTH_COLOURS = {"stark": "green", "god": "blue", "svag": "gray", "okänd": "gray"}


def _strength(value: float | None) -> str:
    """The match strength as a small badge: stark, god or svag träff."""
    label = strength_label(value)
    return f":{STRENGTH_COLOURS[label]}-badge[{label} träff]"


def _hit(hit: Hit, links: bool) -> None:
    r, e = hit.report, hit.explanation
    with st.container(border=True):
        head, link = st.columns([6, 1], vertical_alignment="center")
        facts = [f"**{fmt.municipality_label(r.municipality)}**", r.committee or "okänd nämnd"]
        facts.append(fmt.period_label(r.period))
        if e.kind != "cause":
            facts.append(f"*{fmt.KIND_LABELS.get(e.kind, e.kind)}*")
        facts.append(e.area or "–")
        facts.append(f"**{fmt.amount(e.amount_sek)}**")
        badge = " :orange-badge[:material/construction: Investering]" if e.investment else ""
        direction = fmt.DIRECTION_LABELS.get(e.direction or "", ":gray[riktning okänd]")
        head.markdown(" · ".join(facts) + f" {direction}{badge} {_strength(hit.strength)}")
        if links:
            with link:
                st.page_link(
                    DOCUMENT,
                    label=f"s. {e.page}",
                    icon=":material/description:",
                    query_params={"id": e.explanation_id},
                    help="Visa förklaringen på sidan i rapporten",
                )
        else:
            link.caption(f"s. {e.page}")
        chips = "".join(
            fmt.chip(
                ("✓ " if t.source == "review" else "") + tag_label(t.tag),
                fmt.evidence_title(t.evidence, t.score, t.source),
                "green" if t.source == "review" else "blue",
            )
            for t in e.tags
        ) or fmt.chip("ingen orsak taggad", "Granska förklaringen för att sätta orsaker", "gray")
        notes = [r.source]
        if hit.also_pages:
            notes.append("också på s. " + ", ".join(str(p) for p in hit.also_pages))
        notes += [f"också i {file} s. {page}" for file, page in hit.also_in]
        if len(hit.periods) > 1:
            notes.append("↻ samma förklaring i " + ", ".join(fmt.period_label(p) for p in hit.periods))
        if "amount_mismatch" in e.flags:
            notes.append("⚠ beloppet i texten och i tabellen skiljer sig")
        if "unit_corrected" in e.flags:
            notes.append("⚠ fel enhet i texten: beloppet är tabellens")
        st.markdown(
            f"{fmt.highlighted(e.text, hit.highlights)}<br>{chips} "
            f"<small style='color:#666'>{' · '.join(notes)}</small>",
            unsafe_allow_html=True,
        )
        if r.municipality is None and links:
            st.page_link(
                DOCUMENT,
                label="Okänd kommun: ange den på sidan Dokument",
                icon=":material/edit:",
                query_params={"rapport": r.report_id},
            )


def _export(
    archive: Archive, query: str, filters: Filters, state: SearchState, understood: Understood | None = None
) -> None:
    """CSV and Excel of every hit up to EXPORT_LIMIT, made when a button is pressed (on Streamlit's own
    thread: nothing here may touch the page)."""
    name = "avvik-" + ("-".join(state.query.split()[:4]) or "sok")
    labels = {tag: str(row.get("label", tag)) for tag, row in taxonomy().items()}
    base = document_url("")

    def label(tag: str) -> str:
        return labels.get(tag, tag)

    def link(explanation_id: str) -> str:
        return f"{base}{explanation_id}" if base else ""

    def every_hit() -> list[Hit]:
        return search(archive, query, filters, limit=export.EXPORT_LIMIT, understood=understood)

    help_text = (
        f"Alla träffar, högst {fmt.number(export.EXPORT_LIMIT)}, de bästa först. CSV för svenskt Excel: "
        "semikolon, decimalkomma."
    )
    left, right = st.columns(2)
    left.download_button(
        "CSV",
        lambda: export.to_csv(every_hit(), label, link),
        f"{name}.csv",
        "text/csv",
        icon=":material/download:",
        width="stretch",
        help=help_text,
        on_click="ignore",
        key="export_csv",
    )
    right.download_button(
        "Excel",
        lambda: export.to_xlsx(every_hit(), label, link, state.query),
        f"{name}.xlsx",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        icon=":material/download:",
        width="stretch",
        help=help_text,
        on_click="ignore",
        key="export_xlsx",
    )


CHIP_KINDS = {
    "municipality": "Kommun",
    "committee": "Nämnd",
    "period": "Period",
    "direction": "Riktning",
    "investment": "Budget",
    "tag": "Orsak",
}


def chip_label(chip: Chip) -> str:
    return f"{CHIP_KINDS.get(chip.kind, chip.kind)}: {chip.label}"


def _chips(archive: Archive, query: str) -> Understood:
    """What the question says besides its words, as chips the user can click away (all on at first)."""
    understood = understand_query(archive.catalog, query)
    if not understood.chips:
        return understood
    labels = {chip_label(c): c.key for c in understood.chips}
    kept = st.pills(
        "Tolkat ur frågan",
        list(labels),
        selection_mode="multi",
        default=list(labels),
        key="s_chips_" + "_".join(sorted(labels.values())),
        help="Kommun, nämnd och period filtrerar; riktning, investering och orsak lyfter träffar som "
        "stämmer. Klicka bort det som inte ska gälla; resten av frågan söks som text.",
    )
    return understood.kept(key for label, key in labels.items() if label not in (kept or []))


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
        max_chars=MAX_QUERY_CHARS,
        placeholder="t.ex. varför ökar kostnaderna för hyrsjuksköterskor?",
        help="Skriv en fråga eller några ord. Sökningen förstår synonymer och böjningar.",
    )
    state = _sidebar(archive, url).with_(query=query)
    st.query_params.from_dict(state.to_params())
    st.session_state["last_search"] = {
        k: v if isinstance(v, list) else [v] for k, v in state.to_params().items()
    }
    filters = store_filters(archive, state)
    matching = sum(archive.store.facets("kind", filters).values())
    if not query.strip():
        st.caption(
            f"{fmt.count(reports, 'rapport', 'rapporter')} och "
            f"{fmt.count(matching, 'förklaring', 'förklaringar')} matchar filtren. Skriv en fråga, eller prova:"
        )
        cols = st.columns(len(EXAMPLES))
        for col, example in zip(cols, EXAMPLES, strict=True):
            col.button(example, on_click=_set_query, args=(example,), width="stretch")
        return
    try:
        understood = _chips(archive, query)
        hits = search(archive, query, filters, limit=state.limit, understood=understood)
    except AvvikIndexError as exc:
        st.error(swedish(exc))
        return
    head, buttons = st.columns([3, 1], vertical_alignment="bottom")
    head.caption(
        f"{fmt.count(len(hits), 'träff', 'träffar')} bland "
        f"{fmt.count(matching, 'förklaring', 'förklaringar')} som matchar filtren"
    )
    if not hits:
        st.info("Inga träffar. Ta bort något filter eller skriv frågan på ett annat sätt.")
        return
    if not clear_match(hits):
        st.warning(NO_CLEAR_MATCH, icon=":material/search_off:")
    with buttons:
        _export(archive, query, filters, state, understood)
    links = not read_only()
    for hit in hits:
        _hit(hit, links)


if __name__ == "__main__":
    render()
