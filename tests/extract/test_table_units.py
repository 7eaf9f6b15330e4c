"""What a table's columns and figures mean: which column is the forecast's deviation, and the unit of a table
that names none, read from how the prose quotes its figures."""

from __future__ import annotations

from pathlib import Path

import pytest
from pdf_builder import ReportSpec, Table, build_report

from extract.pipeline import extract_report


@pytest.mark.parametrize(
    ("columns", "forecast", "period"),
    [
        # the deviation right after the forecast is the forecast's; the dated one an earlier report's
        (("Budget", "Prognos", "Avvikelse", "Avvikelse T1"), 2, None),
        # several dated deviations: the latest
        (("Budget", "Prognos", "Avv. sep", "Avv. okt"), 3, None),
        # the period's deviation beside the forecast's
        (("Utfall aug", "Budget aug", "Avvikelse aug", "Prognos", "Avvikelse prognos"), 4, 2),
    ],
)
def test_which_column_is_the_forecasts_deviation(
    columns: tuple[str, ...], forecast: int, period: int | None
) -> None:
    from extract.table_columns import pick_deviation, pick_period_deviation, role

    roles = [role(c) for c in columns]
    assert pick_deviation(columns, roles) == forecast
    assert pick_period_deviation(columns, roles, forecast) == period


@pytest.mark.parametrize(
    ("figures", "quoted", "deviation"),
    [
        # whole numbers, read as tkr by their size, that the prose quotes in mnkr
        (
            ["-103", "-69", "12"],
            ["Område Medicin visar ett underskott på 103 mnkr.", "Primärvården (−69 mnkr)."],
            -103e6,
        ),
        # figures in kronor that the prose quotes in kronor
        (
            ["-1 180 000", "-640 000", "240 000"],
            ["Biståndet blir 1 180 000 kronor högre än budget.", "Administrationen visar 240 000 kronor."],
            -1_180_000,
        ),
        # nothing quoted: the guess stands
        (["-103", "-69", "12"], ["Underskottet beror på hyrläkare."], -103_000),
    ],
)
def test_a_table_without_a_unit_takes_the_unit_the_prose_quotes_it_in(
    tmp_path: Path, figures: list[str], quoted: list[str], deviation: float
) -> None:
    table = Table(
        "Avvikelse per område",
        ["Budget", "Prognos", "Avvikelse"],
        [
            ("Medicin", ["900", "1 000", figures[0]]),
            ("Primärvård", ["500", "560", figures[1]]),
            ("Administration", ["80", "70", figures[2]]),
        ],
    )
    blocks: list[tuple[str, object]] = [("table", table), *(("p", text) for text in quoted)]
    spec = ReportSpec(
        title="Tertialrapport 2 2025", header="Region Exempel · Hälso- och sjukvårdsnämnden", blocks=blocks
    )
    rows = extract_report(build_report(tmp_path / "rapport.pdf", spec)).table_rows
    medicin = next(row for row in rows if row.label == "Medicin")
    assert medicin.values[2] == pytest.approx(deviation)


def test_a_table_with_trailing_minus_figures_is_read_as_a_table(tmp_path: Path) -> None:
    table = Table(
        "Resultat per kostnadsslag, tkr",
        ["Budget", "Prognos", "Avvikelse"],
        [
            ("Verksamhetens intäkter", ["148 300", "145 100", "3 200-"]),
            ("Personalkostnader", ["612 400", "614 900", "2 500-"]),
            ("Övriga kostnader", ["41 700", "40 700", "1 000"]),
        ],
    )
    spec = ReportSpec(
        title="Månadsuppföljning mars 2026",
        header="Hässleholms kommun · Omsorgsnämnden",
        blocks=[("table", table)],
    )
    rows = extract_report(build_report(tmp_path / "rapport.pdf", spec)).table_rows
    assert [(row.label, row.values[2]) for row in rows] == [
        ("Verksamhetens intäkter", -3_200_000),
        ("Personalkostnader", -2_500_000),
        ("Övriga kostnader", 1_000_000),
    ]


def test_forecast_columns_that_hold_the_deviations_are_read_as_such(tmp_path: Path) -> None:
    """ "Budget 2025 | Prognos sep | Prognos okt" with "142,3 | –2,9 | –2,9": the forecast columns are each row's
    deviation, not its level (a level of −2,9 against a budget of 142,3 would be no forecast at all); a
    reason-only comment under the row takes the latest one."""
    table = Table(
        "Helårsprognos per verksamhet, mnkr",
        ["Budget 2025", "Prognos sep", "Prognos okt"],
        [
            ("Hemtjänst", ["74,2", "-2,1", "-1,8"]),
            ("Särskilt boende", ["131,5", "-3,3", "-2,6"]),
            ("Administration", ["18,4", "0,6", "0,5"]),
        ],
    )
    blocks: list[tuple[str, object]] = [
        ("table", table),
        (
            "p",
            "Särskilt boende. Höga kostnader för nattbemanning och sjuklön gör att verksamheten går mot underskott.",
        ),
    ]
    spec = ReportSpec(
        title="Månadsrapport oktober 2025", header="Exempelby kommun · Omsorgsnämnden", blocks=blocks
    )
    found = extract_report(build_report(tmp_path / "rapport.pdf", spec)).explanations
    boende = next(e for e in found if e.area == "Särskilt boende")
    assert boende.amount_sek == -2_600_000


def test_forecast_levels_near_their_budget_are_levels() -> None:
    from extract.table_columns import forecasts_as_deviations
    from extract.types import TableRow

    def row(label: str, budget: float, forecast: float) -> TableRow:
        return TableRow(label, ("Budget", "Prognos"), (budget, forecast), "mnkr", 1, (0, 0, 1, 1))

    levels = [row("Hemtjänst", 74.2e6, 76.0e6), row("Särskilt boende", 131.5e6, 134.1e6)]
    assert not forecasts_as_deviations(levels, 1, 0)
    deviations = [row("Hemtjänst", 74.2e6, -1.8e6), row("Särskilt boende", 131.5e6, -2.6e6)]
    assert forecasts_as_deviations(deviations, 1, 0)
