"""Altair charts for the compare page (Altair ships with Streamlit; nothing else to install)."""

from __future__ import annotations

import math

import altair as alt
import pandas as pd

from ui import format as fmt

# Vega writes numbers the English way; axis and legend labels are rewritten to Swedish digits: a space between
# thousands and a decimal comma (Vega's own minus is already the real minus sign)
SWEDISH_LABEL = "replace(replace(format(datum.value, ',.1~f'), /,/g, '\u00a0'), '.', ',')"


def _mnkr_text(frame: pd.DataFrame) -> pd.DataFrame:
    """The frame with ``mnkr_text``: its mnkr in Swedish (for tooltips)."""
    return frame.assign(mnkr_text=[fmt.number(v, 1) if pd.notna(v) else "–" for v in frame["mnkr"]])


def unit_label(is_count: bool, per_inhabitant: bool) -> str:
    if is_count:
        return "förklaringar per 100 000 invånare" if per_inhabitant else "antal förklaringar"
    return "kr per invånare" if per_inhabitant else "mnkr"


def shown(count: int, amount_sek: float | None, inhabitants: int | None, is_count: bool) -> tuple[float, str]:
    """The value a cell shows, in the unit of ``unit_label``, and its Swedish text; a cell without an amount
    shows "–" (its value NaN: no colour), never 0."""
    if is_count:
        if inhabitants:
            value = count / inhabitants * 100_000
            return value, fmt.number(value, 1)
        return float(count), fmt.number(count)
    if amount_sek is None:
        return math.nan, "–"
    if inhabitants:
        value = amount_sek / inhabitants
        return value, fmt.number(value)
    return amount_sek / 1e6, fmt.number(amount_sek / 1e6, 1)


def heatmap(frame: pd.DataFrame, is_count: bool, unit: str) -> alt.LayerChart:
    """Municipalities (rows) x causes (columns), and a grey Totalt column last (``totalt``: each deviation
    once, so on a scale of its own); a click selects a cell (fields kommun and tag)."""
    data = frame
    causes = data.loc[~data["totalt"]]
    order = causes.groupby("orsak")["antal"].sum().sort_values(ascending=False).index.tolist()
    order += data.loc[data["totalt"], "orsak"].unique().tolist()
    rows = sorted(data["kommun"].unique(), key=str.casefold)
    if is_count:
        scale = alt.Scale(scheme="blues", domainMin=0)
    else:
        extreme = float(causes["visat"].abs().max() or 0) or 1.0
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
        alt.Tooltip("antal:Q", title="Avvikelser"),
        alt.Tooltip("text:N", title="Visat"),
    ]
    colour = alt.Color(
        "visat:Q",
        scale=scale,
        title=unit,
        legend=alt.Legend(orient="bottom", gradientLength=260, labelExpr=SWEDISH_LABEL),
    )
    rects = (
        base.mark_rect(stroke="white", strokeWidth=2, cornerRadius=3)
        .encode(
            color=alt.condition(alt.datum.totalt, alt.value("#e9e9ee"), colour),
            opacity=alt.condition(pick, alt.value(1.0), alt.value(0.55)),
            tooltip=tooltip,
        )
        .add_params(pick)
    )
    labels = base.mark_text(fontSize=12).encode(
        text="text:N",
        color=alt.condition(_dark(is_count, causes), alt.value("white"), alt.value("#222")),
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
    """Cause cells where white text reads better: the darker end of the colour scale (never Totalt's)."""
    if is_count:
        dark = alt.datum.visat > 0.6 * float(data["visat"].max() or 1)
    else:
        extreme = float(data["visat"].abs().max() or 0) or 1.0
        dark = (alt.datum.visat > 0.6 * extreme) | (alt.datum.visat < -0.6 * extreme)
    return dark & ~alt.datum.totalt  # type: ignore[no-any-return]


def trend(frame: pd.DataFrame, totals: pd.DataFrame, periods: list[str]) -> alt.LayerChart:
    """Stacked bars of the amount per cause and period (mnkr; negative = worse than budget), and a line of the
    period's total over all causes, each explanation once."""
    x = alt.X("period:N", sort=periods, title=None, axis=alt.Axis(labelAngle=0))
    y_axis = alt.Axis(labelExpr=SWEDISH_LABEL)
    bars = (
        alt.Chart(_mnkr_text(frame))
        .mark_bar(size=46, cornerRadius=2)
        .encode(
            x=x,
            y=alt.Y("mnkr:Q", title="mnkr", stack="zero", axis=y_axis),
            color=alt.Color("orsak:N", title="Orsak", legend=alt.Legend(orient="right", labelLimit=260)),
            tooltip=[
                alt.Tooltip("period:N", title="Period"),
                alt.Tooltip("orsak:N", title="Orsak"),
                alt.Tooltip("antal:Q", title="Avvikelser"),
                alt.Tooltip("mnkr_text:N", title="mnkr"),
            ],
        )
    )
    line = (
        alt.Chart(_mnkr_text(totals))
        .mark_line(
            color="#222", strokeDash=[4, 3], point=alt.OverlayMarkDef(color="#222", size=60, shape="diamond")
        )
        .encode(
            x=x,
            y=alt.Y("mnkr:Q", axis=y_axis),
            tooltip=[
                alt.Tooltip("period:N", title="Period"),
                alt.Tooltip("mnkr_text:N", title="Summa (mnkr)"),
            ],
        )
    )
    return (bars + line).properties(height=340)
