"""Filipstads kommun, Barn- och utbildningsnämnden, månadsuppföljning mars 2026.

A school committee's month report dated in April, in tkr and mnkr with U+2212 minus signs: the full year
"ett underskott på 3,2 mnkr jämfört med budget", the change since February in the next sentence (a forecast
change), the period "0,9 mnkr lägre än periodiserad budget" with its timing reason in the same sentence (a net
cost below budget, positive), a risk about an unknown grant (other); a comment table whose last column explains
each row: reason-only comments taking their cells ("1 150", "−1 150", "−2 650", "650"), a comment that names
its own amount ("överskrider budget med 1,8 mnkr"), "Prognos enligt budget" (boilerplate) and two rows with no
comment; an action with its effect, and investments "ett överskott mot investeringsbudgeten på 2,4 mnkr"
after the two levels. 8 scored causes. Liberation Sans (Arial metrics) 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, CommentTable, H, P, ReportSpec, Style, Title

from reports.common import BP, A, C, F, O

CELL = "Reasons only in the comment: the row's deviation cell (tkr, U+2212 minus for a deficit)."


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=9.5,
        leading=1.4,
        para_gap=6.0,
        heading_sizes=(14.0, 11.5, 10.0),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(60.0, 76.0, 60.0, 72.0),
        header=lambda n, m: ("Filipstads kommun", "Barn- och utbildningsförvaltningen"),
        footer=lambda n, m: (
            "Barn- och utbildningsnämnden 2026-04-15",
            "Månadsuppföljning mars 2026",
            f"{n}/{m}",
        ),
        header_size=8.0,
        rule_under_header=True,
    )
    table = CommentTable(
        header=("Verksamhet", "Budget", "Prognos", "Avvikelse", "Kommentar"),
        rows=(
            (
                ("Förskola", "58 400", "57 250", "1 150"),
                "Färre barn inskrivna än budgeterat, framför allt i Nykroppa, där en avdelning har stängts.",
                C("Förskola", "1 150", "+", "volymer", unit="tkr", table=True, note=CELL),
            ),
            (
                ("Grundskola F–6", "72 300", "74 100", "−1 800"),
                "Prognosen överskrider budget med 1,8 mnkr på grund av fler elever i behov av särskilt stöd och "
                "elevassistenter som inte ryms i resursfördelningen.",
                C(
                    "Grundskola F–6",
                    "1,8 mnkr",
                    "-",
                    "volymer",
                    "bemanning",
                    note="The comment names its own amount.",
                ),
            ),
            (
                ("Grundskola 7–9", "41 600", "41 600", "0"),
                "Prognos enligt budget.",
                BP("Grundskola 7–9"),
            ),
            (
                ("Anpassad grundskola", "14 900", "16 050", "−1 150"),
                "Två elever är sedan januari placerade i en annan kommuns anpassade grundskola.",
                C(
                    "Anpassad grundskola",
                    "−1 150",
                    "-",
                    "kopt_verksamhet",
                    "volymer",
                    unit="tkr",
                    table=True,
                    note=CELL,
                ),
            ),
            (("Fritidshem", "12 700", "12 300", "400"), "", None),
            (
                ("Gymnasieskola", "63 800", "66 450", "−2 650"),
                "Interkommunala ersättningar blir dyrare än budgeterat, då fler elever än planerat har valt "
                "program i Karlstad. Även elevresorna ökar.",
                C(
                    "Gymnasieskola",
                    "−2 650",
                    "-",
                    "kopt_verksamhet",
                    "volymer",
                    unit="tkr",
                    table=True,
                    note=CELL + " Interkommunal ersättning is kopt_verksamhet.",
                ),
            ),
            (
                ("Elevhälsa", "9 800", "9 150", "650"),
                "Vakant skolpsykologtjänst sedan januari, delvis ersatt med köpta utredningar.",
                C(
                    "Elevhälsa",
                    "650",
                    "+",
                    "vakanser",
                    "inhyrd_personal",
                    unit="tkr",
                    table=True,
                    note=CELL,
                ),
            ),
            (("Nämnd och förvaltning", "11 200", "11 040", "160"), "", None),
            (("Summa", "284 700", "287 940", "−3 240"), "", None),
        ),
        widths=(118.0, 52.0, 52.0, 58.0),
        size=8.5,
    )
    blocks = [
        Title("Månadsuppföljning mars 2026", size=18, font="arial-bold", after=2),
        Title("Barn- och utbildningsnämnden", size=12, font="arial", after=12),
        H("Sammanfattning", 2),
        PS(
            (
                "Barn- och utbildningsnämnden beräknas för helåret göra ett underskott på 3,2 mnkr jämfört med "
                "budget.",
                C(None, "3,2 mnkr", "-"),
            ),
            (
                "Prognosen är 0,6 mnkr sämre än i februari, främst på grund av ökade kostnader för interkommunala "
                "ersättningar inom gymnasieskolan.",
                F(None, "0,6 mnkr", "-", "kopt_verksamhet"),
            ),
        ),
        P(
            "Utfallet för januari–mars är 0,9 mnkr lägre än periodiserad budget, vilket främst beror på att "
            "vårterminens fakturor för interkommunala ersättningar ännu inte har kommit in.",
            C(
                None,
                "0,9 mnkr",
                "+",
                "periodisering",
                note="A net cost below the periodised budget (positive); the reason is timing.",
            ),
        ),
        P(
            "Nämnden har ännu inte fått besked om statsbidraget för personalförstärkning i skolan, och prognosen "
            "bygger därför på samma nivå som 2025.",
            O(None, "statsbidrag", note="An uncertainty about a grant: other."),
        ),
        H("Prognos per verksamhet, tkr", 2),
        table,
        H("Åtgärder", 2),
        P(
            "Inför höstterminen slås två undervisningsgrupper i årskurs 7 på Hyttsjöskolan ihop, vilket beräknas "
            "minska kostnaderna med 350 tkr under 2026.",
            A("Grundskola 7–9", "350 tkr", "bemanning"),
        ),
        H("Investeringar", 2),
        P(
            "Av investeringsbudgeten på 4,5 mnkr beräknas 2,1 mnkr användas under året, vilket ger ett överskott mot "
            "investeringsbudgeten på 2,4 mnkr. Inköpet av nya elevdatorer till årskurs 4–6 skjuts till 2027.",
            C(
                "Investeringar",
                "2,4 mnkr",
                "+",
                "periodisering",
                "it_digitalisering",
                note="Investment under-spending (positive) from a postponed purchase of pupils' computers.",
            ),
        ),
    ]
    return ReportSpec(
        file="filipstad-bun-manadsuppfoljning-2026-03.pdf",
        report={
            "municipality": "Filipstad",
            "committee": ["Barn- och utbildningsnämnden"],
            "period": ["2026-03"],
            "report_type": "månadsuppföljning",
        },
        metadata={"title": "Månadsuppföljning mars 2026", "author": "Filipstads kommun"},
        style=style,
        blocks=blocks,
    )
