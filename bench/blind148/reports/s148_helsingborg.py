"""Helsingborgs stad, Kulturnämnden, månadsrapport maj 2026.

A culture committee's month report in "miljoner kronor" and mnkr, footer with the nämnd's meeting date in
June: the full year "2,3 miljoner kronor sämre än budget" with no reason, the change since the April
forecast with its cause; a comment table with en-dash minus signs whose last column explains each row:
reason-only comments (the rows' "0,8", "0,2"), a comment with a part of its row ("1,1 mnkr dyrare" of
"–1,8"), a comment that names its own amount ("Avvikelsen uppgår till 1,5 mnkr"), "Prognos enligt budget"
(boilerplate) and a row with no comment; premises "0,5 miljoner kronor högre än budget" across the
verksamheter; investments "Av investeringsbudgeten på 14,0 miljoner kronor beräknas 9,5 miljoner kronor
användas" (4,5 never written out); an action with its effect, visits against last year with "beror på" and a
risk (others). Liberation Serif 10.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import CommentTable, H, P, ReportSpec, Style, Title

from reports.common import BP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=10.5,
        leading=1.36,
        para_gap=6.5,
        heading_sizes=(16.0, 12.5, 11.0),
        heading_fonts=("times-bold", "times-bold", "times-bold"),
        margins=(68.0, 78.0, 68.0, 72.0),
        header=lambda n, m: ("Helsingborgs stad", "Kulturförvaltningen"),
        footer=lambda n, m: ("Kulturnämnden 2026-06-11", "Månadsrapport maj", f"Sida {n} av {m}"),
        header_size=8.5,
    )
    table = CommentTable(
        header=("Verksamhet", "Budget", "Prognos", "Avvikelse", "Kommentar"),
        rows=(
            (
                ("Bibliotek", "58,4", "57,6", "0,8"),
                "Vakanser inom biblioteksorganisationen under våren och sen tillsättning av två bibliotekarietjänster.",
                C(
                    "Bibliotek",
                    "0,8",
                    "+",
                    "vakanser",
                    unit="mnkr",
                    table=True,
                    note="Reason only: the row's cell.",
                ),
            ),
            (
                ("Museer och konsthall", "41,2", "43,0", "–1,8"),
                "Utställningen om hamnens historia blev 1,1 mnkr dyrare än planerat till följd av höjda försäkrings- "
                "och transportkostnader, och entréintäkterna ligger under budget.",
                C(
                    "Museer och konsthall",
                    "–1,8",
                    "-",
                    "prisokningar",
                    "avgifter_intakter",
                    unit="mnkr",
                    table=True,
                    note="The comment's 1,1 mnkr is a part: the row's cell is the amount.",
                ),
            ),
            (
                ("Scenkonst och evenemang", "36,9", "38,4", "–1,5"),
                "Sponsorintäkterna till sommarfestivalen har delvis uteblivit. Avvikelsen uppgår till 1,5 mnkr.",
                C("Scenkonst och evenemang", "1,5 mnkr", "-", "avgifter_intakter"),
            ),
            (
                ("Kulturskolan", "29,7", "29,7", "0,0"),
                "Prognos enligt budget.",
                BP("Kulturskolan"),
            ),
            (
                ("Föreningsbidrag", "12,5", "12,3", "0,2"),
                "Färre ansökningar om arrangemangsbidrag än väntat.",
                C("Föreningsbidrag", "0,2", "+", "volymer", unit="mnkr", table=True),
            ),
            (("Nämnd och administration", "7,4", "7,4", "0,0"), "", None),
            (("Summa", "186,1", "188,4", "–2,3"), "", None),
        ),
        widths=(118.0, 44.0, 46.0, 52.0),
        size=8.5,
    )
    blocks = [
        Title("Månadsrapport maj 2026", size=20, font="times-bold", after=2),
        Title("Kulturnämnden", size=13, font="times", after=14),
        H("Ekonomiskt läge", 2),
        P(
            "Kulturnämnden beräknar för helåret ett resultat som är 2,3 miljoner kronor sämre än budget.",
            C(None, "2,3 miljoner kronor", "-", note="The full year with no reason: no tags."),
        ),
        P(
            "Jämfört med aprilprognosen är det en försämring med 0,6 miljoner kronor, som beror på att sommarens "
            "festival har fått lägre sponsorintäkter än väntat.",
            F(None, "0,6 miljoner kronor", "-", "avgifter_intakter"),
        ),
        H("Prognos per verksamhet, mnkr", 3),
        table,
        P(
            "Lokalkostnaderna för förvaltningen som helhet blir 0,5 miljoner kronor högre än budget efter "
            "hyreshöjningen för magasinet på Långvinkelsgatan.",
            C(
                "Lokalkostnader",
                "0,5 miljoner kronor",
                "-",
                "lokaler",
                note="A kostnadsslag across the verksamheter in the table: its own item.",
            ),
        ),
        H("Investeringar", 2),
        P(
            "Av investeringsbudgeten på 14,0 miljoner kronor beräknas 9,5 miljoner kronor användas under året. "
            "Ombyggnaden av magasinet vid Konsthallen Norra Kajen har skjutits upp till 2027 i väntan på "
            "fastighetsägarens beslut.",
            C(
                "Investeringar",
                "14,0 miljoner kronor beräknas 9,5 miljoner kronor",
                "+",
                "periodisering",
                value=4_500_000,
                note="An under-spend of 4,5 miljoner kronor never written out: the computed value.",
            ),
        ),
        H("Åtgärder", 2),
        P(
            "Nämnden har infört ett tillfälligt inköpsstopp för inventarier och ser över öppettiderna under sommaren, "
            "vilket väntas ge en effekt på 0,7 miljoner kronor.",
            A(None, "0,7 miljoner kronor", "material_hjalpmedel"),
        ),
        H("Verksamhetens utveckling", 2),
        P(
            "Antalet besök på biblioteken har ökat med 9 procent jämfört med maj 2025, vilket främst beror på de "
            "utökade kvällsöppettiderna.",
            O("Bibliotek", "volymer", note="Visits against the previous year: other."),
        ),
        P(
            "Prognosen är osäker eftersom höstens publikintäkter är svåra att bedöma.",
            O(None, note="A risk: other."),
        ),
    ]
    return ReportSpec(
        file="helsingborg-kn-manadsrapport-2026-05.pdf",
        report={
            "municipality": ["Helsingborg", "Helsingborgs stad"],
            "committee": ["Kulturnämnden"],
            "period": ["2026-05"],
            "report_type": "månadsrapport",
        },
        metadata={"title": "Månadsrapport maj 2026 Kulturnämnden", "author": "Helsingborgs stad"},
        style=style,
        blocks=blocks,
    )
