"""Karlshamns kommun, Barn- och utbildningsnämnden, månadsuppföljning oktober 2025.

A school committee's month report in tkr and mnkr, footer with the nämnd's meeting date in November: the
full year's deficit and the change since September in one paragraph (two items, the change with its cause),
the accumulated outcome "4,9 mnkr mer än periodiserad budget" in a sentence of its own (the period, a
cause); a reading note that negative deviations are in brackets, then a table whose last column is each
row's comment (CommentTable): reasons without amounts take their row's cell ("2 350", "(4 800)", "(5 250)",
"900"), a comment with a part in mnkr ("0,4 mnkr lägre än avtalat") that is not the amount (the row's
"1 300" is), "i nivå med budget" on a row of +700 (boilerplate), a row with no comment and the sum row
(unlabelled); staff numbers against last year (other); two action bullets, one with its effect;
investments "underskridas med 3,2 mnkr". Liberation Serif 10.5 pt with Liberation Sans headings.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Bullets, CommentTable, H, P, ReportSpec, Style, Title

from reports.common import BP, A, C, F, O

ROW = "A comment with no amount: the row's deviation cell (tkr, brackets for a deficit)."


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=10.5,
        leading=1.35,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(68.0, 80.0, 62.0, 72.0),
        header=lambda n, m: ("KARLSHAMNS KOMMUN", "Barn- och utbildningsförvaltningen"),
        footer=lambda n, m: ("Barn- och utbildningsnämnden 2025-11-20", "", f"{n} ({m})"),
        header_size=7.5,
        rule_under_header=False,
    )
    comments = CommentTable(
        header=("Verksamhet", "Budget", "Prognos", "Avvikelse", "Kommentar"),
        rows=(
            (
                ("Förskola", "214 800", "212 450", "2 350"),
                "Färre inskrivna barn än budgeterat under hösten, främst i de centrala förskolorna.",
                C("Förskola", "2 350", "+", "volymer", unit="tkr", table=True, note=ROW),
            ),
            (
                ("Grundskola F–6", "268 300", "273 100", "(4 800)"),
                "Tilläggsbelopp för elever med omfattande behov samt vikarier vid flera långa sjukskrivningar.",
                C(
                    "Grundskola F–6",
                    "(4 800)",
                    "-",
                    "volymer",
                    "sjukfranvaro",
                    "vikarier",
                    unit="tkr",
                    table=True,
                    note=ROW,
                ),
            ),
            (
                ("Grundskola 7–9", "142 600", "141 900", "700"),
                "Prognosen ligger i nivå med budget.",
                BP("Grundskola 7–9", note="'I nivå med budget' on a row of +700: boilerplate."),
            ),
            (
                ("Gymnasieskola", "156 200", "161 450", "(5 250)"),
                "Fler elever än beräknat har valt program hos andra huvudmän, vilket ökar kostnaderna för "
                "interkommunal ersättning och skolpeng till fristående skolor.",
                C(
                    "Gymnasieskola",
                    "(5 250)",
                    "-",
                    "kopt_verksamhet",
                    "volymer",
                    unit="tkr",
                    table=True,
                    note=ROW,
                ),
            ),
            (
                ("Elevhälsa", "24 500", "23 600", "900"),
                "Skolpsykologtjänsten har varit vakant sedan augusti.",
                C("Elevhälsa", "900", "+", "vakanser", unit="tkr", table=True, note=ROW),
            ),
            (("Skolskjuts", "18 700", "20 150", "(1 450)"), "", None),
            (
                ("Central administration", "31 400", "30 100", "1 300"),
                "Kostnaden för lärplattformen blev 0,4 mnkr lägre än avtalat, och en del av licenserna för "
                "elevdatorerna har kunnat sägas upp.",
                C(
                    "Central administration",
                    "1 300",
                    "+",
                    "it_digitalisering",
                    unit="tkr",
                    table=True,
                    note="The comment's 0,4 mnkr is a part: the row's cell is the amount.",
                ),
            ),
            (("Summa", "856 500", "862 750", "(6 250)"), "", None),
        ),
        widths=(104.0, 52.0, 52.0, 56.0),
        size=8.5,
    )
    blocks = [
        Title("Månadsuppföljning oktober 2025", size=18, font="arial-bold", after=2),
        Title("Barn- och utbildningsnämnden", size=12, font="times-italic", after=14),
        H("Ekonomiskt läge", 2),
        PS(
            (
                "Barn- och utbildningsnämnden prognostiserar per oktober ett underskott på 6,3 mnkr för helåret.",
                C(None, "6,3 mnkr", "-"),
            ),
            (
                "Prognosen är 1,1 mnkr bättre än i september, då lägre kostnader för skolskjuts än befarat nu har "
                "kunnat räknas in.",
                F(None, "1,1 mnkr", "+"),
            ),
        ),
        P(
            "Det ackumulerade utfallet till och med oktober är 709,2 mnkr, vilket är 4,9 mnkr mer än periodiserad "
            "budget.",
            C(None, "4,9 mnkr", "-", note="The period: the outcome level is not the amount."),
        ),
        H("Prognos per verksamhet", 2),
        P("Belopp i tkr. Negativa avvikelser anges inom parentes.", size=9.0),
        comments,
        H("Personal", 2),
        P(
            "Antalet årsarbetare uppgick i oktober till 1 046, vilket är 21 fler än i oktober 2024. Ökningen beror "
            "främst på fler elevassistenter i grundskolan.",
            O(None, "bemanning", note="Staff numbers against the previous year."),
        ),
        H("Åtgärder", 2),
        Bullets(
            (
                "Anställningsstopp för tjänster inom administration och elevhälsa till årsskiftet.",
                "Översyn av tilläggsbeloppen i grundskolan, med en beräknad effekt på 0,8 mnkr under "
                "november–december.",
            ),
            labels=(
                A(None, None, "bemanning"),
                A("Grundskola F–6", "0,8 mnkr", "volymer"),
            ),
            glyph="–",
        ),
        H("Investeringar", 2),
        P(
            "Nämndens investeringsram på 12,5 mnkr beräknas underskridas med 3,2 mnkr, då utbytet av möbler och "
            "utrustning på Ekbackeskolan har senarelagts till sommaren 2026.",
            C("Investeringar", "3,2 mnkr", "+", "periodisering", "material_hjalpmedel"),
        ),
    ]
    return ReportSpec(
        file="karlshamn-bun-manadsuppfoljning-2025-10.pdf",
        report={
            "municipality": "Karlshamn",
            "committee": ["Barn- och utbildningsnämnden"],
            "period": ["2025-10"],
            "report_type": "månadsuppföljning",
        },
        metadata={"title": "Månadsuppföljning oktober 2025", "author": "Karlshamns kommun"},
        style=style,
        blocks=blocks,
    )
