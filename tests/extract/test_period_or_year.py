"""Which of a table's deviations a passage explains, where the table shows both the period's and the full
year's: the one the report's prose quotes, for the row or for most rows; in a table of deviations only,
'Helårsprognos' columns are deviations and the latest is the year's."""

from pathlib import Path

from pdf_builder import ReportSpec, Table, build_report

from extract.pipeline import extract_report
from extract.table_columns import deviation_role, pick_deviation, role
from extract.types import Explanation

_BOTH = Table(
    "Tabell 1. Utfall och prognos per verksamhet, mnkr",
    ["Avvikelse jan-apr", "Budget helår", "Prognos helår", "Avvikelse helår"],
    [
        ("Hemtjänst", ["-4,1", "312,6", "324,0", "-11,4"]),
        ("Särskilt boende", ["-2,6", "688,4", "695,3", "-6,9"]),
        ("Hälso- och sjukvård", ["-1,3", "121,9", "123,9", "-2,0"]),
        ("Summa", ["-8,0", "1 122,9", "1 143,2", "-20,3"]),
    ],
)


def _explanations(tmp_path: Path, blocks: list[tuple[str, object]]) -> list[Explanation]:
    spec = ReportSpec("Tertialrapport 1 2026", "Exempelby kommun · Äldrenämnden · April 2026", blocks)
    return list(extract_report(build_report(tmp_path / "rapport.pdf", spec)).explanations)


def _boarding(found: list[Explanation]) -> Explanation:
    return next(e for e in found if e.text.startswith("Under våren"))


def _report(summary: str) -> list[tuple[str, object]]:
    return [
        ("h1", "Ekonomiskt resultat"),
        ("p", summary),
        ("table", _BOTH),
        ("h2", "Särskilt boende"),
        ("p", "Under våren har fler platser behövts än budgeterat, eftersom kön har vuxit."),
    ]


def test_the_year_when_the_prose_quotes_the_years_figures(tmp_path: Path) -> None:
    found = _explanations(
        tmp_path,
        _report(
            "För helåret prognostiseras ett underskott om 20,3 mnkr. Hemtjänsten prognostiserar −11,4 mnkr "
            "och hälso- och sjukvården −2,0 mnkr."
        ),
    )
    assert _boarding(found).amount_sek == -6_900_000


def test_the_period_when_the_prose_quotes_the_periods_figures(tmp_path: Path) -> None:
    found = _explanations(
        tmp_path,
        _report(
            "Utfallet för januari-april är 8,0 mnkr sämre än periodens budget. Hemtjänsten har ett "
            "underskott på 4,1 mnkr och hälso- och sjukvården på 1,3 mnkr."
        ),
    )
    assert _boarding(found).amount_sek == -2_600_000


def test_the_period_when_the_explanation_opens_on_the_periods_deviation(tmp_path: Path) -> None:
    """ "Periodens överskott beror på …" explains the period's figure, whatever it adds about the year."""
    found = _explanations(
        tmp_path,
        [
            ("h1", "Ekonomiskt resultat"),
            (
                "p",
                "För helåret prognostiseras ett underskott om 20,3 mnkr. Hemtjänsten prognostiserar −11,4 mnkr.",
            ),
            ("table", _BOTH),
            (
                "p",
                "Särskilt boende: Periodens underskott beror på att två avdelningar öppnade tidigare än planerat. "
                "För helåret väntas underskottet växa.",
            ),
        ],
    )
    assert next(e for e in found if e.text.startswith("Särskilt boende")).amount_sek == -2_600_000


def test_in_a_table_of_deviations_the_latest_forecast_is_the_years() -> None:
    columns = (
        "Avvikelse jan–aug",
        "Helårsprognos tertial 1",
        "Helårsprognos tertial 2",
        "Förändring sedan T1",
    )
    roles = [deviation_role(c, role(c)) for c in columns]
    assert roles[:3] == ["deviation", "deviation_forecast", "deviation_forecast"]
    assert pick_deviation(columns, roles) == 2
    later_first = ("Ackumulerat jan–nov", "Prognos helår nov", "Prognos helår okt")
    assert pick_deviation(later_first, [deviation_role(c, role(c)) for c in later_first]) == 1
