"""Altair charts for the compare page (Altair ships with Streamlit; nothing else to install)."""

from __future__ import annotations

import altair as alt
import pandas as pd

from ui import format as fmt


def unit_label(is_count: bool, per_inhabitant: bool) -> str:
    if is_count:
        return "förklaringar per 100 000 invånare" if per_inhabitant else "antal förklaringar"
    return "kr per invånare" if per_inhabitant else "mnkr"


def shown(count: int, amount_sek: float, inhabitants: int | None, is_count: bool) -> tuple[float, str]:
    """The value a cell shows, in the unit of ``unit_label``, and its Swedish text."""
    if is_count:
        if inhabitants:
            value = count / inhabitants * 100_000
            return value, fmt.number(value, 1)
        return float(count), fmt.number(count)
    if inhabitants:
        value = amount_sek / inhabitants
        return value, fmt.number(value)
    return amount_sek / 1e6, fmt.number(amount_sek / 1e6, 1)


def heatmap(frame: pd.DataFrame, is_count: bool, unit: str) -> alt.LayerChart:
    """Municipalities (rows) x causes (columns); a click selects a cell (fields kommun and tag)."""
    data = frame
    order = data.groupby("orsak")["antal"].sum().sort_values(ascending=False).index.tolist()
    rows = sorted(data["kommun"].unique(), key=str.casefold)
    if is_count:
        scale = alt.Scale(scheme="blues", domainMin=0)
    else:
        extreme = float(data["visat"].abs().max()) or 1.0
        scale = alt.Scale(scheme="redblue", domain=[-extreme, extreme], domainMid=0)
    pick = alt.selection_point(name="cell", fields=["kommun", "tag"], on="click", toggle=False)
    x = alt.X(
        "orsak:N",
        sort=order,
        title=None,
        axis=alt.Axis(labelAngle=-40, labelLimit=220, labelOverlap=False, orient="top"),
    )
    y = alt.Y("kommun:N", sort=rows, title=None, axis=alt.Axis(labelLimit=220, labelOverlap=False))
    base = alt.Chart(data).encode(x=x, y=y)
    tooltip = [
        alt.Tooltip("kommun:N", title="Kommun"),
        alt.Tooltip("orsak:N", title="Orsak"),
        alt.Tooltip("antal:Q", title="Förklaringar"),
        alt.Tooltip("belopp:Q", title="Summa (mnkr)", format=",.1f"),
    ]
    if unit != unit_label(True, False):
        tooltip.append(alt.Tooltip("text:N", title=unit.capitalize()))
    rects = (
        base.mark_rect(stroke="white", strokeWidth=2, cornerRadius=3)
        .encode(
            color=alt.Color(
                "visat:Q", scale=scale, title=unit, legend=alt.Legend(orient="bottom", gradientLength=260)
            ),
            opacity=alt.condition(pick, alt.value(1.0), alt.value(0.55)),
            tooltip=tooltip,
        )
        .add_params(pick)
    )
    labels = base.mark_text(fontSize=12).encode(
        text="text:N",
        color=alt.condition(_dark(is_count, data), alt.value("white"), alt.value("#222")),
    )
    return (
        (rects + labels)
        .properties(height=heatmap_height(len(rows)))
        .configure_view(strokeWidth=0)
        .configure_axis(labelFontSize=12, domain=False, ticks=False)
    )


def heatmap_height(rows: int) -> int:
    return 34 * rows + 10


def _dark(is_count: bool, data: pd.DataFrame) -> alt.Predicate:  # type: ignore[name-defined]
    """Cells where white text reads better: the darker end of the colour scale."""
    if is_count:
        return alt.datum.visat > 0.6 * float(data["visat"].max() or 1)
    extreme = float(data["visat"].abs().max()) or 1.0
    return (alt.datum.visat > 0.6 * extreme) | (alt.datum.visat < -0.6 * extreme)


def trend(frame: pd.DataFrame, totals: pd.DataFrame, periods: list[str]) -> alt.LayerChart:
    """Stacked bars of the amount per cause and period (mnkr; negative = worse than budget), and a line of the
    period's total over all causes, each explanation once."""
    x = alt.X("period:N", sort=periods, title=None, axis=alt.Axis(labelAngle=0))
    bars = (
        alt.Chart(frame)
        .mark_bar(size=46, cornerRadius=2)
        .encode(
            x=x,
            y=alt.Y("mnkr:Q", title="mnkr", stack="zero"),
            color=alt.Color("orsak:N", title="Orsak", legend=alt.Legend(orient="right", labelLimit=260)),
            tooltip=[
                alt.Tooltip("period:N", title="Period"),
                alt.Tooltip("orsak:N", title="Orsak"),
                alt.Tooltip("antal:Q", title="Förklaringar"),
                alt.Tooltip("mnkr:Q", title="mnkr", format=",.1f"),
            ],
        )
    )
    line = (
        alt.Chart(totals)
        .mark_line(
            color="#222", strokeDash=[4, 3], point=alt.OverlayMarkDef(color="#222", size=60, shape="diamond")
        )
        .encode(
            x=x,
            y="mnkr:Q",
            tooltip=[
                alt.Tooltip("period:N", title="Period"),
                alt.Tooltip("mnkr:Q", title="Summa (mnkr)", format=",.1f"),
            ],
        )
    )
    return (bars + line).properties(height=340)
