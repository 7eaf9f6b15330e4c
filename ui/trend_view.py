"""The trend tab of Jämför: one committee's causes and amounts across its reports (is it getting better?)."""

from __future__ import annotations

from collections import defaultdict

import pandas as pd
import streamlit as st

from index.analytics import committee_totals, committee_trend
from index.archive import Archive
from ui import charts
from ui import format as fmt
from ui.resources import tag_label


def _label(pair: tuple[str | None, str]) -> str:
    return f"{fmt.municipality_label(pair[0])} · {pair[1]}"


def render_trend(archive: Archive, pairs: list[tuple[str | None, str]]) -> None:
    if not pairs:
        st.info("Inga rapporter med känd nämnd ännu. Rätta nämnden på sidan **Dokument**.")
        return
    history: dict[tuple[str | None, str], set[str]] = defaultdict(set)
    for report in archive.catalog.reports():
        if report.committee and report.period:
            history[(report.municipality, report.committee)].add(report.period)
    default = max(range(len(pairs)), key=lambda i: len(history[pairs[i]]))  # the longest history first
    left, right = st.columns([4, 2], vertical_alignment="bottom")
    pair = left.selectbox("Nämnd", pairs, index=default, format_func=_label, key="t_committee")
    kind = right.radio(
        "Avvikelser",
        ("Drift", "Investeringar"),
        horizontal=True,
        key="t_kind",
        help="Drift och investeringar summeras aldrig ihop.",
    )
    investment = kind == "Investeringar"
    totals = committee_totals(archive.catalog, *pair, investment=investment)
    rows = committee_trend(archive.catalog, *pair, investment=investment)
    if not totals:
        st.info("Nämnden har inga rapporter med känd period.")
        return
    latest = totals[-1]
    cols = st.columns(3)
    previous = totals[-2] if len(totals) > 1 else None
    delta = None
    if (
        previous is not None and latest.with_amount and previous.with_amount
    ):  # an ASCII minus: Streamlit colours it
        change = (latest.amount_sek - previous.amount_sek) / 1e6
        delta = f"{change:+.1f}".replace(".", ",") + f" mnkr mot {fmt.period_label(previous.period)}"
    cols[0].metric(
        f"Orsakernas belopp, {fmt.period_label(latest.period)}",
        fmt.amount(latest.amount_sek) if latest.with_amount else "–",
        delta=delta,
        delta_color="normal",
        help="Uppåt = närmare budget eller bättre än budget.",
    )
    cols[1].metric(
        "Orsaker i senaste rapporten",
        latest.causes,
        delta=None
        if previous is None or latest.causes == previous.causes
        else latest.causes - previous.causes,
        delta_color="inverse",
    )
    cols[2].metric(
        "Rapporter",
        sum(t.reports for t in totals),
        help=", ".join(fmt.period_label(t.period) for t in totals),
    )
    if len(totals) < 2:
        st.info("Nämnden har rapporter från en enda period. Trenden syns när fler perioder är inlästa.")
    periods = [fmt.period_label(t.period) for t in totals]
    if rows:
        frame = pd.DataFrame(
            [
                {
                    "period": fmt.period_label(r.period),
                    "orsak": tag_label(r.tag),
                    "antal": r.count,
                    "mnkr": r.amount_sek / 1e6 if r.with_amount else None,
                }
                for r in rows
            ]
        )
        sums = pd.DataFrame(
            [
                {"period": fmt.period_label(t.period), "mnkr": t.amount_sek / 1e6}
                for t in totals
                if t.with_amount
            ]
        )
        st.altair_chart(charts.trend(frame, sums, periods), width="stretch")
        st.caption(
            "Staplarna visar beloppen per orsak och period; negativt = sämre än budget. Ett belopp med flera "
            "orsaker räknas under var och en. Den streckade linjen är summan, varje avvikelse en gång (en "
            "indelning per rapport)."
        )
        counts = frame.pivot_table(
            index="orsak", columns="period", values="antal", aggfunc="sum", fill_value=0
        )
        counts = counts[[p for p in periods if p in counts.columns]]
        st.markdown("**Hur ofta varje orsak nämns**")
        st.dataframe(counts, width="stretch")
    else:
        st.info(
            "Nämndens förklaringar har inga taggade orsaker här ännu; granska dem på sidan **Granska**, eller "
            "byt mellan drift och investeringar."
        )
