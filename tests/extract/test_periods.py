"""The period a report covers: not the letter's date, a footer left from last month or a table header."""

import pytest
from metadata_fixtures import read_as_pipeline as _read


@pytest.mark.parametrize(
    ("title", "body", "running", "period"),
    [
        # a cover letter dated after the month it is about
        (
            [
                "Datum:",
                "2026-05-06",
                "Vård- och omsorgsnämnden",
                "Fördjupad månadsuppföljning per april 2026",
            ],
            "Förvaltningen prognostiserar per april ett resultat i balans.",
            (),
            "2026-04",
        ),
        (["Datum:", "2026-06-08", "Socialnämnden", "Ekonomisk uppföljning maj 2026"], "", (), "2026-05"),
        # a footer left over from the March template; the title and the text say maj
        (
            ["Ekonomisk uppföljning maj", "Barn- och ungdomsnämnden", "Budget 2026", "helår 2026"],
            "Helårsprognosen per maj är ett överskott.",
            ("Ekonomisk uppföljning mars 2026",),
            "2026-05",
        ),
        # a decision date loses to the follow-up the text names; a list of months names no period
        (
            [
                "Uppföljning",
                "inriktning budget",
                "Barn- och ungdomsnämnden 2026",
                "Datum för beslut: 2026-05-26",
            ],
            "Uppföljning sker i samband med fördjupad månadsuppföljning per april, delårsbokslut samt i årsbokslut.",
            (),
            "2026-04",
        ),
        (["Månadsuppföljning 2026"], "Nämnden följer upp ekonomin per mars och oktober år 2026.", (), "2026"),
        # a year-only title takes its month from the text
        (
            ["Fördjupad", "månadsuppföljning 2026"],
            "Förvaltningen prognostiserar per april ett resultat.",
            (),
            "2026-04",
        ),
        (["Delårsrapport 2010"], "Den omfattar perioden 1/1–31/8.", (), "2010-08"),
        (["Delårsrapport per 31 augusti 2025"], "", (), "2025-08"),
        (["Tertialrapport 2", "Budget 2025"], "", (), "2025-08"),
        # an annual report or a budget is its year, whenever it was signed
        (["2026-05-06", "§ 85 2026.019 KS", "Årsredovisning 2025 för Alingsås kommun"], "", (), "2025"),
        (
            [
                "Kommunfullmäktige",
                "Handling 2024 nr 62",
                "Stadsrevisionens årsredogörelse och",
                "årsrapport för 2023",
            ],
            "Revisorskollegiet har vid sammanträde den 19 mars 2024 föreslagit. Göteborg den 9 april 2024",
            (),
            "2023",
        ),
        (
            [
                "Stadsrevisionen",
                "Årsredogörelse",
                "Stadsrevisionen sammanfattar",
                "granskningen av verksamhetsåret 2022",
            ],
            "",
            (),
            "2022",
        ),
        (["Bokslut 2024", "Tekniska nämnden"], "", (), "2024"),
        (["Avdelningen för styrning och uppföljning", "Årsredovisning 2025"], "", (), "2025"),
        (["Kvartalsrapport 1 2025"], "", (), "2025-03"),
        (["Tertialrapport T2 2025"], "", (), "2025-08"),
        (["Ekonomisk rapport", "T1 2025"], "", (), "2025-04"),
        (
            ["Månadsrapport", "Prognos helår 2025"],
            "Nämnden prognostiserar per oktober ett underskott.",
            (),
            "2025-10",
        ),
        (["Helår 2025"], "Resultatet för perioden januari–december.", (), "2025"),
        (
            ["Budget 2027 och ramar 2028 – 2029"],
            "PKV 2027 per februari är 3,0 %. I enlighet med inriktningsbeslut 2026-02-20 arbetar förbundet vidare.",
            (),
            "2027",
        ),
        # a table's "Bokslut 2025" or "Budget 2026" is no period in a monthly report
        (["Månadsuppföljning maj", "Bokslut 2025", "Budget 2026", "Prognos 2026"], "", (), "2026-05"),
        # no year but the letter's date: a December report is written in January
        (["Månadsrapport december", "Datum 2026-01-15"], "", (), "2025-12"),
        (
            ["Uppföljning av budget 2024", "Regionstyrelsen"],
            "Regionens resultat efter tio månader uppgår till 12 mnkr.",
            (),
            "2024-10",
        ),
    ],
)
def test_period_is_what_the_report_covers(  # type: ignore[no-untyped-def]
    title, body, running, period
) -> None:
    assert _read(title, body, running=running).period == period


def test_period_from_the_file_name_when_the_headings_give_none() -> None:
    assert (
        _read(["Prognossäkerhet"], "Vid bokslutet i december", filename="x-2026-04.pdf").period == "2026-04"
    )
    assert _read(["Fördjupad månadsuppföljning 2026"], filename="bmn-2026-04.pdf").period == "2026-04"
    # a meeting date in the file name is a date: the text's period beats it, and it is the last resort
    assert (
        _read(["Uppföljning"], "Resultatet per maj 2026.", filename="sn-2026-06-10.pdf").period == "2026-05"
    )
    assert _read(["Uppföljning"], "", filename="sn-2026-06-10.pdf").period == "2026-06"


def test_a_year_only_title_takes_no_month_from_a_table_header() -> None:
    title = ["Ekonomisk uppföljning 2025", "Prognos april", "Prognos augusti"]
    assert _read(title, "Nämnden prognostiserar per augusti ett underskott.").period == "2025-08"


def test_a_month_titled_report_takes_its_year_from_a_file_name_of_the_same_month() -> None:
    """ "Månadsrapport oktober" with next year's plans in its text ("öppnar i februari 2026"): the file name of
    the same month says which October."""
    body = "Gruppbostaden öppnar i februari 2026 i stället för i november. Full effekt först under 2026."
    assert _read(["Månadsrapport oktober"], body, filename="saln-2025-10.pdf").period == "2025-10"
