"""Who a whole-kommun report is from, and the period and type of a document that is no follow-up: the
council's meeting date in a running header and a nämnd's heading with its amount name no owner; a cost and
key-figure analysis is of the year in its title, not of the budget year its decision looks ahead to."""

from pathlib import Path

from pdf_builder import ReportSpec, build_report

from extract.metadata import read_metadata
from extract.pipeline import extract_report

_BODY = (
    "Periodens resultat uppgår till 68,2 mnkr, vilket är 21,5 mnkr bättre än periodiserad budget. Jämfört med "
    "prognosen efter april har helårsresultatet försämrats med 7,8 mnkr, nästan helt till följd av "
    "socialnämndens placeringskostnader. Nämnderna redovisar nedan sina helårsprognoser och de viktigaste "
    "orsakerna till avvikelserna mot budget. Socialnämnden har fått i uppdrag att redovisa en åtgärdsplan."
)


def test_a_whole_kommun_report_is_the_kommunstyrelses_not_the_councils_meeting_nor_a_nämnds() -> None:
    title = [
        "Delårsrapport januari–augusti 2025",
        "Härnösands kommun",
        "Ekonomisk översikt",
        "mnkr, i första hand inom socialnämnden.",  # the end of a sentence: prose, not a heading
        "Socialnämnden, −18,4 mnkr",  # one nämnd's part of the report
    ]
    running = ["Härnösands kommun", "Kommunfullmäktige 2025-10-27"]  # the meeting that receives it
    meta = read_metadata(title, running, {}, _BODY, "delarsrapport-2025-08.pdf")
    assert (meta.committee, meta.period) == ("Kommunstyrelsen", "2025-08")


def test_a_nämnd_named_first_thing_in_its_own_report_stays_its_owner() -> None:
    body = (
        "Bildningsnämnden redovisar ett underskott på 3,2 mnkr efter mars. Enligt kommunens regler för "
        "ekonomistyrning ska nämnderna följa upp sin ekonomi efter mars, maj och augusti."
    )
    meta = read_metadata(["Ekonomisk uppföljning mars 2026"], ["Sala kommun"], {}, body, "uppfoljning.pdf")
    assert meta.committee == "Bildningsnämnden"


def test_a_cost_and_key_figure_analysis_is_of_its_title_year_and_explains_no_budget_deviation(
    tmp_path: Path,
) -> None:
    blocks: list[tuple[str, object]] = [
        ("h1", "Kostnads- och nyckeltalsanalys 2024"),
        ("h2", "Förslag till beslut"),
        (
            "p",
            "Kommunstyrelsen tar del av kostnads- och nyckeltalsanalysen för 2024 och överlämnar den till "
            "nämnderna som underlag inför arbetet med budget 2027.",
        ),
        ("h2", "Äldreomsorg"),
        (
            "p",
            "Äldreomsorgens nettokostnadsavvikelse var +6,2 procent, motsvarande ungefär 14 mnkr. Avvikelsen "
            "beror främst på att en större andel av de äldre bor i särskilt boende än i jämförbara kommuner.",
        ),
    ]
    spec = ReportSpec("Kostnads- och nyckeltalsanalys 2024", "Vimmerby kommun · Kommunstyrelsen", blocks)
    found = extract_report(build_report(tmp_path / "analys.pdf", spec))
    assert (found.report.period, found.report.report_type) == ("2024", "nyckeltalsanalys")
    assert not [e for e in found.explanations if e.kind == "cause"]
