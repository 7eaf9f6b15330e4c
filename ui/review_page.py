"""Granska: the review queue, least certain first. Each decision is saved at once (with reviewer, time and the
tags before it), can be undone, and overrides the model in search and compare."""

from __future__ import annotations

import streamlit as st

from index import review
from index.review import QueueItem
from ui import format as fmt
from ui.navigation import DOCUMENT
from ui.resources import current_archive, data_dir, tag_description, tag_label, taxonomy, write_lock

SHORTCUTS = "**J** godkänn · **N** avvisa · **A** godkänn alla · **S** nästa · **Z** ångra"
UNCERTAIN, UNTAGGED = "Modellens osäkraste taggar först", "Orsaker där modellen inte hittade någon tagg"


def _reviewer() -> str:
    if "reviewer" not in st.session_state:
        st.session_state["reviewer"] = st.query_params.get("granskare", "")
    name = st.sidebar.text_input(
        "Granskare",
        key="reviewer",
        placeholder="ditt namn eller dina initialer",
        help="Varje beslut sparas med ditt namn och tid, så att det går att följa upp.",
    )
    if name.strip():
        st.query_params["granskare"] = name.strip()
    st.sidebar.radio("Kö", (UNCERTAIN, UNTAGGED), key="review_mode", on_change=_forget_current)
    return name.strip()


def _forget_current() -> None:
    st.session_state.pop("review_current", None)


def _decide(explanation_id: str, tags: list[str], decision: str, reviewer: str) -> None:
    archive = current_archive()
    with write_lock(data_dir()):
        for tag in tags:
            review.decide(archive, explanation_id, tag, decision, reviewer)
    verb = {"accept": "Godkänt", "reject": "Avvisat", "add": "Lagt till"}[decision]
    st.session_state["review_note"] = f"{verb}: {', '.join(tag_label(t) for t in tags)}"
    st.session_state.pop("review_add", None)


def _next(explanation_id: str) -> None:
    st.session_state.setdefault("review_skipped", []).append(explanation_id)
    st.session_state.pop("review_current", None)


def _undo(reviewer: str) -> None:
    archive = current_archive()
    with write_lock(data_dir()):
        explanation_id = review.undo_last(archive, reviewer)
    if explanation_id is None:
        st.session_state["review_note"] = "Inget att ångra."
        return
    st.session_state["review_current"] = explanation_id
    skipped = st.session_state.get("review_skipped", [])
    st.session_state["review_skipped"] = [i for i in skipped if i != explanation_id]
    st.session_state["review_note"] = "Senaste beslutet är ångrat."


def _current(reviewer: str) -> QueueItem | None:
    catalog = current_archive().catalog
    pinned = st.session_state.get("review_current")
    if pinned:
        item = review.queue_item(catalog, pinned, reviewer)
        if item is not None:
            return item
    untagged = st.session_state.get("review_mode") == UNTAGGED
    skipped = st.session_state.get("review_skipped", [])
    upcoming = review.queue(catalog, reviewer, limit=1, skip=skipped, untagged=untagged)
    if not upcoming:
        return None
    st.session_state["review_current"] = upcoming[0].explanation.explanation_id
    return upcoming[0]


def _progress() -> None:
    progress = review.progress(current_archive().catalog)
    share = progress.reviewed / progress.total if progress.total else 1.0
    st.progress(share, text=f"{fmt.number(progress.reviewed)} av {fmt.number(progress.total)} granskade")
    if progress.by_reviewer:
        st.caption(" · ".join(f"{who}: {fmt.number(n)}" for who, n in progress.by_reviewer.items()))


def _tag_row(item: QueueItem, tag_index: int, reviewer: str, first_open: bool) -> None:
    tag = item.explanation.tags[tag_index]
    decided = item.decisions.get(tag.tag)
    explanation_id = item.explanation.explanation_id
    label, score, accept, reject = st.columns([4, 2, 2, 2], vertical_alignment="center")
    tone = {"accept": "green", "add": "green", "reject": "red"}.get(decided or "", "blue")
    label.markdown(
        fmt.chip(tag_label(tag.tag), tag_description(tag.tag), tone)
        + (f" <small>”{tag.evidence}”</small>" if tag.evidence else ""),
        unsafe_allow_html=True,
    )
    score.markdown(f"säkerhet **{fmt.number(tag.score, 2)}**")
    if decided:
        accept.markdown({"accept": "✓ godkänd", "reject": "✗ avvisad", "add": "✓ tillagd"}[decided])
        return
    accept.button(
        "Godkänn",
        key=f"accept_{tag.tag}",
        icon=":material/check:",
        width="stretch",
        on_click=_decide,
        args=(explanation_id, [tag.tag], "accept", reviewer),
        shortcut="J" if first_open else None,
        type="primary" if first_open else "secondary",
    )
    reject.button(
        "Avvisa",
        key=f"reject_{tag.tag}",
        icon=":material/close:",
        width="stretch",
        on_click=_decide,
        args=(explanation_id, [tag.tag], "reject", reviewer),
        shortcut="N" if first_open else None,
    )


def _item(item: QueueItem, reviewer: str) -> None:
    e, r = item.explanation, item.report
    with st.container(border=True):
        area = f" · {e.area}" if e.area else ""
        st.markdown(
            f"**{fmt.municipality_label(r.municipality)}** · {r.committee or 'okänd nämnd'} · "
            f"{fmt.period_label(r.period)}{area} · **{fmt.amount(e.amount_sek)}** "
            f"{fmt.DIRECTION_LABELS.get(e.direction or '', '')}"
        )
        st.markdown(f"> {e.text}")
        st.page_link(
            DOCUMENT,
            label=f"Visa i rapporten (s. {e.page})",
            icon=":material/description:",
            query_params={"id": e.explanation_id},
        )
    explanation_id = e.explanation_id
    open_tags = [t.tag for t in item.undecided]
    if e.tags:
        st.markdown("**Modellens orsaker** (minst säker först)")
        for index, tag in enumerate(e.tags):
            _tag_row(item, index, reviewer, first_open=bool(open_tags) and tag.tag == open_tags[0])
    else:
        st.info(
            "Modellen hittade ingen orsak. Lägg till de orsaker som texten nämner (eller *Övrigt*), "
            "eller gå vidare."
        )
    added = [t for t, d in item.decisions.items() if d == "add"]
    if added:
        st.markdown(
            "Tillagda: " + "".join(fmt.chip(tag_label(t), tone="green") for t in added),
            unsafe_allow_html=True,
        )
    present = {t.tag for t in e.tags} | set(item.decisions)
    choices = [t for t in taxonomy() if t not in present]
    pick, add = st.columns([6, 2], vertical_alignment="bottom")
    chosen = pick.multiselect(
        "Lägg till orsak",
        choices,
        key="review_add",
        format_func=tag_label,
        placeholder="välj en eller flera orsaker",
    )
    add.button(
        "Lägg till",
        icon=":material/add:",
        width="stretch",
        disabled=not chosen,
        on_click=_decide,
        args=(explanation_id, chosen, "add", reviewer),
    )
    all_, next_, undo = st.columns(3)
    all_.button(
        "Godkänn alla återstående",
        icon=":material/done_all:",
        width="stretch",
        shortcut="A",
        disabled=not open_tags,
        on_click=_decide,
        args=(explanation_id, open_tags, "accept", reviewer),
    )
    done = not open_tags and bool(item.decisions)
    next_.button(
        "Nästa" if done else "Hoppa över",
        icon=":material/arrow_forward:",
        width="stretch",
        shortcut="S",
        type="primary" if done else "secondary",
        on_click=_next,
        args=(explanation_id,),
    )
    undo.button(
        "Ångra senaste",
        icon=":material/undo:",
        width="stretch",
        shortcut="Z",
        on_click=_undo,
        args=(reviewer,),
    )


def _agreement() -> None:
    rows = review.agreement(current_archive().catalog)
    with st.expander("Samstämmighet mellan granskare", icon=":material/groups:", expanded=bool(rows)):
        if not rows:
            st.caption("Syns när två granskare har granskat samma förklaring.")
            return
        st.dataframe(
            [
                {
                    "Orsak": tag_label(a.tag) if a.tag else "Alla orsaker",
                    "Beslut i par": a.items,
                    "Samma beslut": f"{a.percent:.0%}".replace("%", " %"),
                    "Cohens kappa": "–" if a.kappa is None else fmt.number(a.kappa, 2),
                }
                for a in rows
            ],
            hide_index=True,
            width="stretch",
        )
        st.caption("Kappa 1 = full samstämmighet, 0 = som slumpen; – när båda alltid sa samma sak.")


def render() -> None:
    st.title("Granska orsakerna")
    archive = current_archive()
    if not archive.catalog.count("reports"):
        st.info("Arkivet är tomt. Läs in rapporter på sidan **Ladda upp** först.")
        return
    reviewer = _reviewer()
    _progress()
    if not reviewer:
        st.info(
            "Skriv ditt namn under **Granskare** i sidomenyn för att börja. Kön visar först de förklaringar "
            "där modellen är minst säker."
        )
        _agreement()
        return
    note = st.session_state.pop("review_note", None)
    if note:
        st.toast(note, icon=":material/check_circle:")
    item = _current(reviewer)
    if item is None:
        other = UNTAGGED if st.session_state.get("review_mode") != UNTAGGED else UNCERTAIN
        st.success(
            f"Kön är tom. Tack! Nya rapporter hamnar i kön när de läses in. Byt kö i sidomenyn för att "
            f"granska *{other.lower()}*."
        )
        if st.session_state.get("review_skipped"):
            st.button("Visa de överhoppade igen", on_click=st.session_state.pop, args=("review_skipped",))
    else:
        _item(item, reviewer)
    st.caption("Tangenter: " + SHORTCUTS)
    _agreement()


if __name__ == "__main__":
    render()
