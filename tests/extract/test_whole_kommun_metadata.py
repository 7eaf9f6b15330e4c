"""Who a report is from and what it covers: the council's meeting date in a running header and a nämnd's
heading with its amount name no owner of a whole-kommun report; a rescue service that calls itself
"förbundet" is its own municipality; a driftnämnd keeps the unit it runs; a cost and key-figure analysis is of
the year in its title, and rules for the budget process of the year they come into force."""

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


def test_a_rescue_service_that_calls_itself_förbundet_is_its_own_municipality() -> None:
    body = "Förbundet prognostiserar för 2025 ett underskott på 1,2 mnkr mot ett budgeterat nollresultat."
    for name in ("Räddningstjänsten Skåne Nordväst", "Bergslagens Räddningstjänst"):
        meta = read_metadata(
            ["Budgetuppföljning januari–september 2025", name], [], {"author": name}, body, "b.pdf"
        )
        assert (meta.municipality, meta.committee) == (name, "Direktionen")


def test_rules_for_the_budget_process_are_of_the_year_they_come_into_force_and_follow_nothing_up() -> None:
    title = ["Riktlinjer för ekonomistyrning", "Osby kommun – gäller från och med 2026-01-01"]
    body = "Nämnderna lämnar en uppföljning per april och en delårsrapport per augusti till kommunstyrelsen."
    meta = read_metadata(title, ["Antagna av kommunfullmäktige 2025-11-24"], {}, body, "riktlinjer.pdf")
    assert (meta.period, meta.report_type) == ("2026", "riktlinjer")


def test_an_area_joined_to_the_bare_word_nämnd_is_no_committee_and_a_driftnämnd_keeps_its_unit() -> None:
    body = (
        "Socialnämnden godkänner den ekonomiska uppföljningen och överlämnar den till kommunstyrelsen. "
        "Socialnämndens prognos pekar mot en negativ avvikelse. "
        + "Verksamheterna följer budget. " * 40
        + "Gemensamt och nämnd visar ett litet överskott."
    )
    meta = read_metadata(
        ["Ekonomisk uppföljning per den 31 oktober 2025"], ["ASKERSUNDS KOMMUN"], {}, body, "u.pdf"
    )
    assert meta.committee == "Socialnämnden"
    title = ["Månadsrapport oktober 2025", "Driftnämnden Hallands sjukhus"]
    assert read_metadata(title, [], {}, "Sjukhusets resultat är −118 mnkr.", "m.pdf").committee == (
        "Driftnämnden Hallands sjukhus"
    )


def test_a_kommunalförbund_by_its_name_is_its_own_municipality_whatever_places_its_text_names() -> None:
    title = ["Årsredovisning 2025", "Ljusnans Utbildningsförbund", "Förvaltningsberättelse"]
    body = (
        "Förbundet bedriver gymnasieskola i Bollnäs och Söderhamn. Förbundets resultat uppgår till 4,1 mnkr."
    )
    meta = read_metadata(
        title, [], {"author": "Ljusnans Utbildningsförbund"}, body, "arsredovisning-2025.pdf"
    )
    assert (meta.municipality, meta.committee) == ("Ljusnans Utbildningsförbund", "Direktionen")


def test_a_union_named_for_what_it_runs_that_calls_itself_förbundet_is_its_own_municipality() -> None:
    title = ["Tertialrapport 1 2026", "Norrbergslagens utbildningscentrum (NBU)", "Uppföljning januari–april"]
    body = (
        "Förbundet redovisar för januari–april ett resultat på 1,4 mnkr, vilket är 0,6 mnkr bättre än budget."
    )
    meta = read_metadata(title, [], {}, body, "tertialrapport-2026-04.pdf")
    assert meta.municipality == "Norrbergslagens utbildningscentrum"


def test_a_committee_with_an_adjective_keeps_it() -> None:
    title = ["Tertialrapport 2 – januari till augusti 2025", "Regionala utvecklingsnämnden"]
    meta = read_metadata(title, [], {"author": "Region Västerbotten"}, _BODY, "tertialrapport-2025-08.pdf")
    assert meta.committee == "Regionala utvecklingsnämnden"


def test_a_caption_comparing_two_years_names_no_period() -> None:
    title = [
        "Personalekonomisk redovisning 2025",
        "Storumans kommun",
        "Årsarbetare per förvaltning, november 2024 och 2025",
    ]
    body = "Den personalekonomiska redovisningen beskriver kommunens medarbetare under 2025."
    meta = read_metadata(title, [], {}, body, "personalekonomisk-redovisning-2025.pdf")
    assert meta.period == "2025"
