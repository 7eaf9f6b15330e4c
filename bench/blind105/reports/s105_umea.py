"""Umeå kommun, Gymnasienämnden, tertialrapport 1 2026.

An upper-secondary school committee's tertial report in "miljoner kronor", footer with the nämnd's meeting
date in May: the full year "ett underskott på 9,8 miljoner kronor", the period "2,6 miljoner kronor bättre än
den periodiserade budgeten" and the period's timing reason in three sentences (three items, the reason with
amount null); a comment table in tkr with a trailing minus for deficits ("6 400-"), where the comments give
reasons without amounts (each takes its row's cell), one comment names a part ("1 900 tkr"), one says
"Prognos enligt budget" (boilerplate) and one row has no comment; investments "Av årets investeringsram på 18
miljoner kronor väntas 11 miljoner kronor att användas" (7 never written out); the change since February
without a cause; an action with its effect, a risk and pupils against last year (others). DejaVu Sans Condensed 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import CommentTable, H, P, ReportSpec, Style, Title

from reports.common import BP, A, C, F, O

ROW = "A comment-column reason with no amount: the row's deviation cell (tkr, trailing minus)."


def spec() -> ReportSpec:
    style = Style(
        body="cond",
        bold="cond-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.4,
        para_gap=6.0,
        heading_sizes=(15.0, 11.5, 10.0),
        heading_fonts=("cond-bold", "cond-bold", "cond-bold"),
        margins=(64.0, 78.0, 64.0, 72.0),
        header=lambda n, m: ("UMEÅ KOMMUN  Gymnasieförvaltningen", "Tertialrapport 1 2026"),
        footer=lambda n, m: ("Gymnasienämnden 2026-05-21", "", f"{n}"),
        header_size=8.0,
    )
    comments = CommentTable(
        header=("Verksamhet, tkr", "Budget", "Prognos", "Avvikelse", "Kommentar"),
        rows=(
            (
                ("Nationella program", "412 500", "418 900", "6 400-"),
                "Fler elever än budgeterat på yrkesprogrammen, där programpengen inte täcker kostnaden för mindre "
                "undervisningsgrupper.",
                C("Nationella program", "6 400-", "-", "volymer", unit="tkr", table=True, note=ROW),
            ),
            (
                ("Introduktionsprogram", "58 200", "61 700", "3 500-"),
                "Fler nyanlända elever än planerat har kommit till språkintroduktion, och studiehandledningen på "
                "modersmål har utökats för 1 900 tkr.",
                C(
                    "Introduktionsprogram",
                    "3 500-",
                    "-",
                    "volymer",
                    unit="tkr",
                    table=True,
                    note=ROW + " The 1 900 tkr is a part.",
                ),
            ),
            (
                ("Interkommunala ersättningar", "96 400", "99 100", "2 700-"),
                "Fler elever väljer utbildningar i andra kommuner och hos fristående huvudmän.",
                C(
                    "Interkommunala ersättningar",
                    "2 700-",
                    "-",
                    "kopt_verksamhet",
                    "volymer",
                    unit="tkr",
                    table=True,
                    note=ROW,
                ),
            ),
            (
                ("Anpassad gymnasieskola", "44 800", "43 100", "1 700"),
                "Vakanta lärartjänster under våren samt lägre kostnader för elevassistenter.",
                C("Anpassad gymnasieskola", "1 700", "+", "vakanser", unit="tkr", table=True, note=ROW),
            ),
            (
                ("Elevhälsa", "21 300", "21 300", "0"),
                "Prognos enligt budget.",
                BP("Elevhälsa"),
            ),
            (
                ("Lokaler och måltider", "88 900", "87 800", "1 100"),
                "Lägre livsmedelskostnader än beräknat efter ett nytt avtal med grossisten.",
                C("Lokaler och måltider", "1 100", "+", "prisokningar", unit="tkr", table=True, note=ROW),
            ),
            (("Nämnd och förvaltning", "15 600", "15 600", "0"), "", None),
            (("Summa", "737 700", "747 500", "9 800-"), "", None),
        ),
        widths=(122.0, 50.0, 50.0, 54.0),
        size=8.5,
    )
    blocks = [
        Title("Tertialrapport 1 2026", size=19, font="cond-bold", after=2),
        Title("Gymnasienämnden, januari–april", size=12, font="cond", after=12),
        H("Ekonomisk sammanfattning", 2),
        P(
            "Gymnasienämnden prognostiserar ett underskott på 9,8 miljoner kronor för 2026.",
            C(None, "9,8 miljoner kronor", "-", note="The full year in its own sentence."),
        ),
        P(
            "Utfallet för januari–april är 2,6 miljoner kronor bättre än den periodiserade budgeten.",
            C(None, "2,6 miljoner kronor", "+", note="The period in its own sentence: its own item."),
        ),
        P(
            "Att perioden ser bättre ut än helåret beror på att kostnaderna för läromedel och studieresor i huvudsak "
            "faller ut under hösten.",
            C(
                None,
                None,
                "+",
                "periodisering",
                note="The period surplus's reason apart from its amount: null.",
            ),
        ),
        P(
            "Prognosen är 1,2 miljoner kronor sämre än den prognos som lämnades efter februari.",
            F(None, "1,2 miljoner kronor", "-", note="No cause given."),
        ),
        H("Avvikelser per verksamhet", 2),
        comments,
        H("Investeringar", 2),
        P(
            "Av årets investeringsram på 18 miljoner kronor väntas 11 miljoner kronor att användas, eftersom "
            "upprustningen av verkstadslokalerna för fordonsprogrammet har skjutits till 2027.",
            C(
                "Investeringar",
                "18 miljoner kronor väntas 11 miljoner kronor",
                "+",
                "periodisering",
                value=7_000_000,
                note="Investment under-spending of 7 miljoner kronor, never written out: the computed value.",
            ),
        ),
        H("Åtgärder", 2),
        P(
            "Förvaltningen ser över gruppstorlekarna på yrkesprogrammen inför höstterminen, vilket bedöms minska "
            "kostnaderna med 2,5 miljoner kronor under hösten.",
            A("Nationella program", "2,5 miljoner kronor"),
        ),
        H("Risker", 2),
        P(
            "Prognosen är osäker eftersom antalet elever på introduktionsprogrammen kan öka ytterligare till hösten.",
            O("Introduktionsprogram", note="A risk: other."),
        ),
        H("Elever", 2),
        P(
            "Antalet elever i nämndens skolor var 5 420 i april, 160 fler än vid samma tid 2025.",
            O(None, note="Pupils against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="umea-gyn-tertialrapport-2026-04.pdf",
        report={
            "municipality": "Umeå",
            "committee": ["Gymnasienämnden"],
            "period": ["2026-04"],
            "report_type": "tertialrapport",
        },
        metadata={"title": "Tertialrapport 1 2026 Gymnasienämnden", "author": "Umeå kommun"},
        style=style,
        blocks=blocks,
    )
