"""Dokument: the report's page as an image with the explanation marked (zoomable, the marked passage scrolled
into view), the PDF itself opened at that page, the report's facts (editable, and opened for editing when
something is unknown), and every explanation of the report.

The page can be named in the URL (``?rapport=…&sida=3``); a page the report does not have is refused in
Swedish and the nearest one shown.
"""

from __future__ import annotations

import base64
import json
from pathlib import Path

import streamlit as st

from extract.types import Explanation, Report
from index.archive import Archive
from index.periods import is_period
from ui import access
from ui import format as fmt
from ui.resources import current_archive, data_dir, municipality_names, tag_label, write_lock

ZOOMS = {"Anpassa": 0.0, "100 %": 1.0, "150 %": 1.5, "200 %": 2.0, "300 %": 3.0}
FIT_RENDER = 1.6  # the render scale when the page is fitted to the column
VIEW_HEIGHT = 620  # px: the page view scrolls within this height, so that the passage can be scrolled to
LINK_STYLE = (  # the app's own font and colour (st.html's links are unstyled)
    "font-family:'Source Sans','Source Sans Pro',sans-serif;font-size:1rem;color:#2f5fa7;text-decoration:none;"
    "display:inline-block;padding:.45rem 0"
)


@st.cache_data(max_entries=64, show_spinner="Ritar sidan …")
def _page_png(
    path: str,
    page: int,
    bbox: tuple[float, float, float, float] | None,
    mtime: float,
    zoom: float = FIT_RENDER,
) -> bytes:
    from extract.pdf import render_page_png

    return render_page_png(Path(path), page, bbox, zoom=zoom)


@st.cache_data(max_entries=8, show_spinner=False)
def _pdf_base64(path: str, mtime: float) -> str:
    return base64.b64encode(Path(path).read_bytes()).decode("ascii")


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
            user=access.current().user,
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
    if not access.current().can_write:
        with st.expander("Rapportens uppgifter", icon=":material/edit:", expanded=bool(unknown)):
            access.can_write("rätta rapportens uppgifter")
        st.caption(
            f"{report.report_type or 'rapport'} · {fmt.count(report.n_pages, 'sida', 'sidor')} · fil: {report.source}"
        )
        return
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
    st.caption(
        f"{report.report_type or 'rapport'} · {fmt.count(report.n_pages, 'sida', 'sidor')} · fil: {report.source}"
    )


def _explanations(explanations: list[Explanation], current: Explanation | None) -> None:
    st.subheader(f"Förklaringar i rapporten ({len(explanations)})")
    for exp in explanations:
        is_current = current is not None and exp.explanation_id == current.explanation_id
        with st.container(border=True):
            badge = " :orange-background[markerad på sidan]" if is_current else ""
            if exp.investment:
                badge += " :orange-badge[Investering]"
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


def requested_page(raw: object, n_pages: int, default: int) -> tuple[int, str | None]:
    """The page to show for a page number from the URL or the field, and a Swedish note when it had to be
    changed (not a number, or outside 1..n_pages)."""
    if raw is None or raw == "":
        return max(1, min(default, n_pages)), None
    try:
        page = int(str(raw).strip())
    except ValueError:
        return max(
            1, min(default, n_pages)
        ), f"”{raw}” är inget sidnummer; visar sida {max(1, min(default, n_pages))}."
    if page < 1 or page > n_pages:
        nearest = max(1, min(page, n_pages))
        pages = fmt.count(n_pages, "sida", "sidor")
        return nearest, f"Rapporten har {pages}, så sida {page} finns inte; visar sida {nearest}."
    return page, None


def _open_pdf_html(stored: str, page: int) -> str:
    """ "Öppna PDF:en" at the page: the PDF in the browser's own viewer, in a new tab (a blob made from the
    file on click, so that no file server is needed)."""
    data = _pdf_base64(stored, Path(stored).stat().st_mtime)
    element = f"avvik-pdf-{page}"
    return f"""<a id="{element}" href="#" style="{LINK_STYLE}">Öppna PDF:en på sidan {page} ↗</a>
<script>
(() => {{
  const link = document.getElementById({json.dumps(element)});
  if (!link || link.dataset.ready) return;
  link.dataset.ready = "1";
  link.addEventListener("click", (event) => {{
    event.preventDefault();
    const bytes = Uint8Array.from(atob({json.dumps(data)}), (c) => c.charCodeAt(0));
    const url = URL.createObjectURL(new Blob([bytes], {{ type: "application/pdf" }}));
    window.open(url + "#page={page}", "_blank");
  }});
}})();
</script>"""


def _page_html(
    png: bytes, render: float, zoom: float, marked: tuple[float, float] | None, caption: str, link: str
) -> str:
    """The page image in a scrolling view: fitted to the column, or at ``zoom`` (1.0 = the page's real size
    on screen, 96 px per inch), with the marked passage (its top left corner ``marked``, in PDF points)
    scrolled into view; under it the caption and ``link``."""
    data = base64.b64encode(png).decode("ascii")
    width = "100%" if not zoom else f"calc(var(--w) * {zoom * 96 / 72:.4f}px)"
    return f"""<div class="avvik-page">
<div class="avvik-view" data-marked="{json.dumps(list(marked) if marked else None)}" data-render="{render}"
style="height:{VIEW_HEIGHT}px;overflow:auto;border:1px solid rgba(49,51,63,.2);
border-radius:.5rem;background:#f4f4f6">
<img alt="{caption}" src="data:image/png;base64,{data}" style="display:block;width:{width};max-width:none;
margin:0 auto;box-shadow:0 0 4px rgba(0,0,0,.15)">
</div>
<div style="display:flex;justify-content:space-between;align-items:baseline;gap:1rem;margin:.3rem 0 0">
<span style="color:rgba(49,51,63,.6);font-size:.875rem">{caption}</span>{link}
</div>
</div>
<script>
(() => {{
  const views = document.querySelectorAll(".avvik-view");
  const view = views[views.length - 1];
  if (!view) return;
  const image = view.querySelector("img");
  const place = () => {{
    if (!image.naturalWidth) return;
    view.style.setProperty("--w", String(image.naturalWidth / {render}));
    const marked = JSON.parse(view.dataset.marked);
    if (marked === null) return;
    const scale = image.clientWidth / image.naturalWidth * {render};
    // a third down and a little in from the left: some of the page around it stays in view
    view.scrollTop = Math.max(0, marked[1] * scale - view.clientHeight / 3);
    const left = image.getBoundingClientRect().left - view.getBoundingClientRect().left + view.scrollLeft;
    view.scrollLeft = Math.max(0, left + marked[0] * scale - 24);
    const rect = view.getBoundingClientRect();
    if (rect.top < 0 || rect.bottom > window.innerHeight) view.scrollIntoView({{ block: "nearest" }});
  }};
  if (image.complete) place(); else image.addEventListener("load", place, {{ once: true }});
}})();
</script>"""


def _page_view(archive: Archive, report: Report, current: Explanation | None) -> None:
    stored = archive.catalog.stored_path(report.report_id)
    if not stored or not Path(stored).exists():
        st.warning(
            "PDF-filen finns inte kvar i arkivet. Läs in rapporten igen på sidan **Ladda upp** för att se "
            "sidan."
        )
        return
    n_pages = max(1, report.n_pages)
    key = f"doc_page_{report.report_id}_{current.explanation_id if current else ''}"
    wanted = st.query_params.get("sida")
    start, note = requested_page(wanted, n_pages, current.page if current else 1)
    if key not in st.session_state or (wanted and st.session_state.get("doc_page_asked") != (key, wanted)):
        st.session_state[key] = str(start)
        st.session_state["doc_page_asked"] = (key, wanted)
    pick, zoom_col = st.columns([1, 3], vertical_alignment="bottom")
    typed = pick.text_input(f"Sida (av {n_pages})", key=key)
    page, typed_note = requested_page(typed, n_pages, start)
    note = note if typed == str(start) else typed_note
    if note:
        st.warning(note)
    zoom_name = zoom_col.segmented_control(
        "Zoom", list(ZOOMS), default="Anpassa", key="doc_zoom", help="Anpassa = sidan i kolumnens bredd"
    )
    zoom = ZOOMS.get(zoom_name or "Anpassa", 0.0)
    bbox = current.bbox if current is not None and current.page == page else None
    render = min(4.0, max(FIT_RENDER, zoom * 96 / 72 * 1.5))  # sharp enough for the zoom
    png = _page_png(stored, page, bbox, Path(stored).stat().st_mtime, render)
    caption = f"Sida {page} av {n_pages}" + (" · den markerade texten är förklaringen" if bbox else "")
    marked = (bbox[0], bbox[1]) if bbox else None
    link = _open_pdf_html(stored, page)
    st.html(_page_html(png, render, zoom, marked, caption, link), unsafe_allow_javascript=True)


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
                "**Förklaringen:** "
                + " · ".join(
                    part
                    for part in (
                        current.area or "–",
                        fmt.amount(current.amount_sek),
                        fmt.DIRECTION_LABELS.get(current.direction or "", ""),
                    )
                    if part
                )
                + (" :orange-badge[Investering: räknas inte ihop med driften]" if current.investment else "")
            )
        _explanations(archive.catalog.explanations(report.report_id), current)


if __name__ == "__main__":
    render()
