"""Dokument: the report's page as an image with the explanation marked, the report's facts (editable, and
opened for editing when something is unknown), and every explanation of the report."""

from __future__ import annotations

from pathlib import Path

import streamlit as st

from extract.types import Explanation, Report
from index.archive import Archive
from index.periods import is_period
from ui import format as fmt
from ui.resources import current_archive, data_dir, municipality_names, tag_label, write_lock


@st.cache_data(max_entries=64, show_spinner="Ritar sidan …")
def _page_png(path: str, page: int, bbox: tuple[float, float, float, float] | None, mtime: float) -> bytes:
    from extract.pdf import render_page_png

    return render_page_png(Path(path), page, bbox, zoom=1.6)


def _report_label(report: Report) -> str:
    unknown = "⚠ " if not (report.municipality and report.committee and report.period) else ""
    return (
        f"{unknown}{fmt.municipality_label(report.municipality)} · {report.committee or 'okänd nämnd'} · "
        f"{fmt.period_label(report.period)} · {report.source}"
    )


def _switch() -> None:
    picked: str | None = st.session_state.get("doc_report")
    st.query_params.from_dict({"rapport": picked} if picked else {})
    st.session_state["doc_target"] = picked


def _choose(archive: Archive) -> tuple[Report | None, Explanation | None]:
    """The report and explanation named in the URL (?id=explanation or ?rapport=report), and a picker."""
    current = None
    explanation_id = st.query_params.get("id")
    if explanation_id:
        found = archive.catalog.explanations(ids=[explanation_id])
        if found:
            current = found[0]
        else:
            st.warning("Förklaringen i länken finns inte längre i arkivet; välj en rapport nedan.")
    target = current.report_id if current else st.query_params.get("rapport")
    reports = {r.report_id: r for r in archive.catalog.reports()}
    if st.session_state.get("doc_target") != target or "doc_report" not in st.session_state:
        st.session_state["doc_report"] = target if target in reports else None
        st.session_state["doc_target"] = target
    picked = st.selectbox(
        "Rapport",
        list(reports),
        key="doc_report",
        format_func=lambda i: _report_label(reports[i]),
        placeholder="Välj en rapport …",
        on_change=_switch,
    )
    report = reports.get(picked) if picked else None
    return report, current if current is not None and current.report_id == picked else None


def _save(report: Report, municipality: str | None, committee: str, period: str) -> None:
    archive = current_archive()
    if period and not is_period(period):
        st.session_state["doc_error"] = (
            f"Perioden ”{period}” går inte att läsa; skriv år och månad, t.ex. 2024-05."
        )
        return
    with write_lock(data_dir()):
        archive.update_report(
            report.report_id,
            municipality=municipality or None,
            committee=committee.strip() or None,
            period=period.strip() or None,
        )
    st.session_state["doc_saved"] = "Uppgifterna är sparade och gäller nu i sök och jämförelser."


def _metadata(report: Report) -> None:
    unknown = [
        label
        for label, value in (
            ("kommun", report.municipality),
            ("nämnd", report.committee),
            ("period", report.period),
        )
        if not value
    ]
    if unknown:
        st.warning(
            f"Okänt i rapporten: {', '.join(unknown)}. Fyll i det nedan, så hittas rapporten i sök och "
            "jämförelser."
        )
    for key, show in (("doc_saved", st.success), ("doc_error", st.error)):
        if key in st.session_state:
            show(st.session_state.pop(key))
    with (
        st.expander("Rapportens uppgifter", icon=":material/edit:", expanded=bool(unknown)),
        st.form(f"meta_{report.report_id}", border=False),
    ):
        names = municipality_names()
        index = names.index(report.municipality) if report.municipality in names else None
        municipality = st.selectbox(
            "Kommun eller region", names, index=index, placeholder="Välj kommun …", accept_new_options=False
        )
        committee = st.text_input("Nämnd", value=report.committee or "", placeholder="t.ex. Socialnämnden")
        period = st.text_input(
            "Period",
            value=report.period or "",
            placeholder="ÅÅÅÅ-MM, t.ex. 2024-05",
            help="Månaden eller delårsdatumet rapporten gäller; bara året för helår.",
        )
        if st.form_submit_button("Spara", icon=":material/save:", type="primary"):
            _save(report, municipality, committee, period)
            st.rerun()
    st.caption(f"{report.report_type or 'rapport'} · {report.n_pages} sidor · fil: {report.source}")


def _explanations(explanations: list[Explanation], current: Explanation | None) -> None:
    st.subheader(f"Förklaringar i rapporten ({len(explanations)})")
    for exp in explanations:
        is_current = current is not None and exp.explanation_id == current.explanation_id
        with st.container(border=True):
            badge = " :orange-background[markerad på sidan]" if is_current else ""
            st.markdown(
                f"**{exp.area or '–'}** · {fmt.amount(exp.amount_sek)} · s. {exp.page} · "
                f"{fmt.KIND_LABELS.get(exp.kind, exp.kind)}{badge}"
            )
            tags = "".join(
                fmt.chip(
                    tag_label(t.tag),
                    fmt.evidence_title(t.evidence, t.score, t.source),
                    "green" if t.source == "review" else "blue",
                )
                for t in exp.tags
            )
            text = exp.text if len(exp.text) < 240 or is_current else exp.text[:240].rsplit(" ", 1)[0] + " …"
            st.markdown(f"<small>{fmt.highlighted(text, ())}</small><br>{tags}", unsafe_allow_html=True)
            if not is_current:
                st.button(
                    "Visa på sidan",
                    key=f"show_{exp.explanation_id}",
                    type="tertiary",
                    icon=":material/visibility:",
                    on_click=st.query_params.from_dict,
                    args=({"id": exp.explanation_id},),
                )


def _page_view(archive: Archive, report: Report, current: Explanation | None) -> None:
    stored = archive.catalog.stored_path(report.report_id)
    if not stored or not Path(stored).exists():
        st.warning(
            "PDF-filen finns inte kvar i arkivet. Läs in rapporten igen på sidan **Ladda upp** för att se "
            "sidan."
        )
        return
    key = f"doc_page_{report.report_id}_{current.explanation_id if current else ''}"
    start = current.page if current else 1
    page = st.number_input("Sida", 1, max(1, report.n_pages), value=start, key=key)
    bbox = current.bbox if current is not None and current.page == page else None
    png = _page_png(stored, int(page), bbox, Path(stored).stat().st_mtime)
    caption = f"Sida {page} av {report.n_pages}" + (" · den markerade texten är förklaringen" if bbox else "")
    st.image(png, caption=caption, width="stretch")


def render() -> None:
    archive = current_archive()
    if not archive.catalog.count("reports"):
        st.title("Dokument")
        st.info("Arkivet är tomt. Läs in rapporter på sidan **Ladda upp** först.")
        return
    report, current = _choose(archive)
    if report is None:
        st.title("Dokument")
        st.caption("Välj en rapport, eller öppna en träff från sidan **Sök**.")
        return
    st.header(
        f"{fmt.municipality_label(report.municipality)} · {report.committee or 'okänd nämnd'} · "
        f"{fmt.period_label(report.period)}"
    )
    left, right = st.columns([3, 2], gap="large")
    with left:
        _page_view(archive, report, current)
    with right:
        _metadata(report)
        if current is not None:
            st.markdown(
                f"**Förklaringen:** {current.area or '–'} · {fmt.amount(current.amount_sek)} · "
                f"{fmt.DIRECTION_LABELS.get(current.direction or '', '')}"
            )
        _explanations(archive.catalog.explanations(report.report_id), current)


if __name__ == "__main__":
    render()
