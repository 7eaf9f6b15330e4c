"""Granska: the review queue, least certain first. Each decision is saved at once (with reviewer, the signed-in
user, time and the tags before it), can be undone, and overrides the model in search and compare.

The reviewer's name is remembered for the browser session and kept in the URL (``?granskare=``); when the app
asks for sign-in, the reviewer is the signed-in user. A tag is added by choosing it in the picker (keyboard:
**L** focuses it, type, Enter); "Ingen orsak stämmer" rejects every tag and marks the text as naming no cause,
which the next training reads as such.
"""

from __future__ import annotations

import streamlit as st

from index import review
from index.review import NO_CAUSE, QueueItem
from ui import access
from ui import format as fmt
from ui.navigation import DOCUMENT
from ui.resources import current_archive, data_dir, tag_description, tag_label, taxonomy, write_lock

SHORTCUTS = (
    "**J** godkänn · **N** avvisa · **A** godkänn alla · **L** lägg till orsak · **I** ingen orsak stämmer · "
    "**S** nästa · **Z** ångra"
)
UNCERTAIN, UNTAGGED = "Modellens osäkraste taggar först", "Orsaker där modellen inte hittade någon tagg"
NO_CAUSE_LABEL = "Ingen orsak stämmer"
# L focuses the "Lägg till orsak" picker (Streamlit's own shortcuts are for buttons only)
FOCUS_PICKER = """<script>
(() => {
  if (window.__avvikPickerKey) return;
  window.__avvikPickerKey = true;
  document.addEventListener("keydown", (event) => {
    if (event.key !== "l" && event.key !== "L") return;
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const typing = event.target.closest && event.target.closest("input, textarea, [contenteditable=true]");
    if (typing) return;
    const input = document.querySelector(".st-key-review_add input");
    if (!input) return;
    event.preventDefault();
    input.focus();
    input.click();
  });
})();
</script>"""


def _reviewer(signed_in: str | None) -> str:
    """The reviewer: the signed-in user, or the name typed in the sidebar (remembered for the browser session,
    and in the URL so that a bookmark keeps it)."""
    if signed_in:
        st.sidebar.caption(f"Granskare: **{signed_in}** (inloggad)")
        name = signed_in
    else:
        if "reviewer" not in st.session_state:  # a widget's state goes when its page is left: set it again
            st.session_state["reviewer"] = st.session_state.get("reviewer_name") or st.query_params.get(
                "granskare", ""
            )
        name = st.sidebar.text_input(
            "Granskare",
            key="reviewer",
            placeholder="ditt namn eller dina initialer",
            help="Varje beslut sparas med ditt namn och tid, så att det går att följa upp.",
        ).strip()
        st.session_state["reviewer_name"] = name
    if name:
        st.query_params["granskare"] = name
    st.sidebar.radio("Kö", (UNCERTAIN, UNTAGGED), key="review_mode", on_change=_forget_current)
    return name


def _forget_current() -> None:
    st.session_state.pop("review_current", None)


def _decide(explanation_id: str, tags: list[str], decision: str, reviewer: str) -> None:
    archive = current_archive()
    signed_in = access.current().user
    with write_lock(data_dir()):
        for tag in tags:
            review.decide(archive, explanation_id, tag, decision, reviewer, signed_in)
    verb = {"accept": "Godkänt", "reject": "Avvisat", "add": "Lagt till"}[decision]
    st.session_state["review_note"] = f"{verb}: {', '.join(tag_label(t) for t in tags)}"


def _add_picked(explanation_id: str, reviewer: str) -> None:
    """The picker's choice is added at once (Enter in the picker is enough), and the picker is emptied."""
    picked = st.session_state.get("review_add")
    if picked:
        _decide(explanation_id, [picked], "add", reviewer)
    st.session_state["review_add"] = None


def _no_cause(explanation_id: str, reviewer: str) -> None:
    archive = current_archive()
    with write_lock(data_dir()):
        rejected = review.no_cause_fits(archive, explanation_id, reviewer, access.current().user)
    note = f"{NO_CAUSE_LABEL}" + (
        f" (avvisat: {', '.join(tag_label(t) for t in rejected)})" if rejected else ""
    )
    st.session_state["review_note"] = note


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
    if item.decisions.get(NO_CAUSE) == "reject":
        st.markdown(
            fmt.chip(NO_CAUSE_LABEL, "Texten nämner ingen av orsakerna", "red"), unsafe_allow_html=True
        )
    present = {t.tag for t in e.tags} | set(item.decisions)
    choices = [t for t in taxonomy() if t not in present]
    if st.session_state.get("review_add") not in choices:
        st.session_state["review_add"] = None
    pick, none_ = st.columns([6, 3], vertical_alignment="bottom")
    pick.selectbox(
        "Lägg till orsak",
        choices,
        index=None,
        key="review_add",
        format_func=tag_label,
        placeholder="skriv för att söka, Enter lägger till (L)",
        on_change=_add_picked,
        args=(explanation_id, reviewer),
    )
    none_.button(
        NO_CAUSE_LABEL,
        icon=":material/block:",
        width="stretch",
        shortcut="I",
        help="Ingen av orsakerna stämmer: alla taggar avvisas och texten lär modellen att den inte nämner "
        "någon orsak.",
        on_click=_no_cause,
        args=(explanation_id, reviewer),
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
    done = (not open_tags and bool(item.decisions)) or item.decisions.get(NO_CAUSE) == "reject"
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
    signed_in = access.current().user
    reviewer = _reviewer(signed_in)
    _progress()
    if not access.can_write("granska"):
        _agreement()
        return
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
        st.html(FOCUS_PICKER, unsafe_allow_javascript=True)
    st.caption("Tangenter: " + SHORTCUTS)
    _agreement()


if __name__ == "__main__":
    render()
