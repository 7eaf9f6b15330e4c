"""Södertälje kommun, Utbildningsnämnden, tjänsteskrivelse om ekonomisk uppföljning februari 2026.

A cover letter (tjänsteskrivelse) for the education committee's first follow-up of the year, in "miljoner
kronor" and mnkr (Liberation Serif, so no semicolons), headed with the letter's date in March and a
diarienummer: the decision proposal (unlabelled), the full year "ett underskott på 11,2 miljoner kronor" with
its reasons in the next sentence (one item), the period's personnel costs "1,3 mnkr lägre än periodiserad
budget"; a table whose last column is each row's comment in mnkr with en-dash deficits, where most comments
give reasons only (each takes its row's cell: "–8,5", "2,5", "–1,4", "–2,0"), one names its own amount
("1,8 mnkr") and one says "Prognos enligt budget" (boilerplate), the sum row without a comment; actions as
bullets (one with a full-year effect), equity that may cover the deficit and an uncertain pupil forecast
(others). 7 scored causes. Liberation Serif 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import Bullets, CommentTable, H, P, ReportSpec, Style, Title

from reports.common import BP, A, C, O

ROW = "A comment-column reason with no amount: the row's deviation cell (mnkr)."


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=10.0,
        leading=1.35,
        para_gap=6.0,
        heading_sizes=(14.0, 11.5, 10.5),
        heading_fonts=("times-bold", "times-bold", "times-bold"),
        margins=(72.0, 84.0, 72.0, 76.0),
        header=lambda n, m: ("SÖDERTÄLJE KOMMUN · Utbildningskontoret", "Tjänsteskrivelse 2026-03-10"),
        footer=lambda n, m: ("Dnr UN 2026/0143", "", f"{n} ({m})"),
        header_size=8.0,
        rule_under_header=True,
    )
    comments = CommentTable(
        header=("Verksamhet, mnkr", "Budget", "Prognos", "Avvikelse", "Kommentar"),
        rows=(
            (
                ("Gymnasieskola", "612,0", "620,5", "–8,5"),
                "Färre elever än budgeterat ger lägre intäkter från elevpeng och interkommunal ersättning, medan "
                "lokalkostnaderna ligger kvar.",
                C(
                    "Gymnasieskola",
                    "–8,5",
                    "-",
                    "volymer",
                    "avgifter_intakter",
                    "lokaler",
                    unit="mnkr",
                    table=True,
                    note=ROW,
                ),
            ),
            (
                ("Anpassad gymnasieskola", "58,3", "60,1", "–1,8"),
                "Två elever med omfattande behov har tillkommit och kräver egen assistent, 1,8 mnkr.",
                C(
                    "Anpassad gymnasieskola",
                    "1,8 mnkr",
                    "-",
                    "volymer",
                    "bemanning",
                    note="The comment names its own amount: from the prose.",
                ),
            ),
            (
                ("Vuxenutbildning", "141,7", "139,2", "2,5"),
                "Statsbidraget för regionalt yrkesvux blev högre än beräknat.",
                C("Vuxenutbildning", "2,5", "+", "statsbidrag", unit="mnkr", table=True, note=ROW),
            ),
            (
                ("SFI", "64,9", "66,3", "–1,4"),
                "Den upphandlade utbildningen kostar mer per elev efter årets indexuppräkning.",
                C("SFI", "–1,4", "-", "kopt_verksamhet", "prisokningar", unit="mnkr", table=True, note=ROW),
            ),
            (
                ("Elevhälsa", "48,2", "50,2", "–2,0"),
                "Tjänster som skolpsykolog har inte gått att rekrytera och ersätts med inhyrda psykologer.",
                C(
                    "Elevhälsa",
                    "–2,0",
                    "-",
                    "vakanser",
                    "inhyrd_personal",
                    unit="mnkr",
                    table=True,
                    note=ROW,
                ),
            ),
            (
                ("Gemensam administration", "35,6", "35,6", "0,0"),
                "Prognos enligt budget.",
                BP("Gemensam administration"),
            ),
            (("Summa", "960,7", "971,9", "–11,2"), "", None),
        ),
        widths=(120.0, 46.0, 46.0, 54.0),
        size=8.5,
    )
    blocks = [
        Title("Ekonomisk uppföljning per februari 2026", size=16, font="times-bold", after=4),
        Title("Ärende till Utbildningsnämnden", size=11, font="times-italic", after=12),
        H("Förslag till beslut", 2),
        P("Utbildningsnämnden godkänner den ekonomiska uppföljningen per februari 2026."),
        H("Sammanfattning", 2),
        P(
            "Utbildningsnämnden prognostiserar efter februari ett underskott på 11,2 miljoner kronor för 2026. "
            "Underskottet beror i huvudsak på att antalet elever i gymnasieskolan är lägre än vad budgeten bygger "
            "på, samtidigt som kostnaderna för lokaler inte kan anpassas i samma takt.",
            C(None, "11,2 miljoner kronor", "-", "volymer", "lokaler"),
        ),
        P(
            "Personalkostnaderna för perioden är 1,3 mnkr lägre än periodiserad budget, eftersom flera lärartjänster "
            "har varit vakanta under januari och februari.",
            C("Personalkostnader", "1,3 mnkr", "+", "vakanser", note="The period's personnel costs."),
        ),
        H("Prognos per verksamhet", 2),
        comments,
        H("Åtgärder", 2),
        P("Utbildningskontoret föreslår följande åtgärder, som redovisas närmare i bilaga 2:"),
        Bullets(
            (
                "Sammanslagning av två programklasser från höstterminen, med en beräknad effekt på 2,4 mnkr på "
                "helårsbasis.",
                "Avveckling av inhyrda lokaler i enlighet med lokalförsörjningsplanen.",
                "Anställningsprövning av alla administrativa tjänster.",
            ),
            labels=(
                A("Gymnasieskola", "2,4 mnkr", "volymer"),
                A("Gymnasieskola", None, "lokaler"),
                A(None, None, "bemanning"),
            ),
            glyph="–",
        ),
        H("Ekonomiska konsekvenser", 2),
        P(
            "Nämnden har ett ackumulerat eget kapital på 14,6 miljoner kronor, som enligt kommunens regler kan "
            "användas för att täcka ett tillfälligt underskott efter beslut i kommunstyrelsen.",
            O(None, "reserver", note="Equity: other."),
        ),
        P(
            "Elevprognosen inför hösten är osäker, och intagningen i juli kan förändra bilden med flera miljoner "
            "kronor i båda riktningarna.",
            O("Gymnasieskola", "volymer", note="A risk."),
        ),
        P("Utbildningskontoret, ekonomienheten", size=9.0),
    ]
    return ReportSpec(
        file="sodertalje-un-tjansteskrivelse-ekonomisk-uppfoljning-2026-02.pdf",
        report={
            "municipality": "Södertälje",
            "committee": ["Utbildningsnämnden"],
            "period": ["2026-02"],
            "report_type": "tjänsteskrivelse",
        },
        metadata={"title": "Ekonomisk uppföljning per februari 2026", "author": "Södertälje kommun"},
        style=style,
        blocks=blocks,
    )
