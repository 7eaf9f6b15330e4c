"""Sotenäs kommun, Barn- och utbildningsnämnden, månadsrapport oktober 2025.

A small school committee's month report in DejaVu Sans 10 pt, footer with the date it was sent out in
November: the full year "–2,7 mnkr (–2,2 mnkr i september)" (the bracket is last month's) and the period
"1,8 mnkr högre än periodiserad budget" (negative) as two sentences, the change since September with its
cause; a table in mnkr with en-dash minus and the deviation in October and September side by side; bold
run-in leads that carry the verksamhet, amount and last month's figure ("Grundskola –1,9 mnkr (–1,6)."),
then plain paragraphs in varied shapes ("visar ett överskott, 0,6 mnkr,", "överskrider budget med 0,3 mnkr",
"Kulturskolan: +0,2 mnkr beroende på", "följer budget" as boilerplate); an action with its effect and sick
leave against last year with "beror på" (other).

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, LP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=10.0,
        leading=1.42,
        para_gap=7.0,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(66.0, 80.0, 66.0, 74.0),
        header=lambda n, m: ("Sotenäs kommun", "Barn- och utbildningsnämnden"),
        footer=lambda n, m: ("Månadsrapport oktober 2025", "Utskick 2025-11-12", f"{n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Prognos 2025 per verksamhet, mnkr",
        header=(("Verksamhet", "Budget", "Prognos", "Avv. okt", "Avv. sep"),),
        rows=(
            ("Förskola", "38,4", "37,8", "0,6", "0,5"),
            ("Grundskola", "71,2", "73,1", "–1,9", "–1,6"),
            ("Gymnasieskola", "29,6", "30,9", "–1,3", "–0,8"),
            ("Skolskjuts", "6,8", "7,1", "–0,3", "–0,3"),
            ("Kulturskola", "3,1", "2,9", "0,2", "0,0"),
            ("Central förvaltning", "8,2", "8,2", "0,0", "0,0"),
            ("Summa", "157,3", "160,0", "–2,7", "–2,2"),
        ),
        widths=(140.0, 62.0, 62.0, 62.0, 62.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Månadsrapport oktober 2025", size=18, font="sans-bold", after=2),
        Title("Barn- och utbildningsnämnden", size=12, font="sans", after=12),
        H("Sammanfattning", 2),
        PS(
            (
                "Nämndens helårsprognos efter oktober är –2,7 mnkr (–2,2 mnkr i september).",
                C(None, "–2,7 mnkr", "-", note="The bracket is last month's figure, not the amount."),
            ),
            (
                "Utfallet till och med oktober är 1,8 mnkr högre än periodiserad budget.",
                C(None, "1,8 mnkr", "-", note="A net cost above the periodised budget: negative."),
            ),
        ),
        P(
            "Försämringen med 0,5 mnkr sedan förra månaden beror främst på att en elev har placerats i en "
            "resursskola i en annan kommun.",
            F(None, "0,5 mnkr", "-", "kopt_verksamhet", "volymer"),
        ),
        table,
        H("Kommentarer", 2),
        LP(
            "Grundskola –1,9 mnkr (–1,6).",
            "Fler elever med behov av särskilt stöd i Kungshamn och Hunnebostrand har krävt extra resurspersonal, "
            "och en elev har från oktober placerats i resursskola.",
            C(
                "Grundskola",
                "–1,9 mnkr",
                "-",
                "bemanning",
                "volymer",
                "kopt_verksamhet",
                note="A run-in lead with the amount and last month's figure in brackets.",
            ),
        ),
        LP(
            "Gymnasieskola –1,3 mnkr (–0,8).",
            "Kostnaden för interkommunal ersättning ökar när fler ungdomar än beräknat går naturbruks- och "
            "fordonsprogram, som har höga programpriser.",
            C("Gymnasieskola", "–1,3 mnkr", "-", "kopt_verksamhet", "volymer"),
        ),
        P(
            "Förskolan visar ett överskott, 0,6 mnkr, eftersom en avdelning i Bovallstrand har hållits stängd under "
            "hösten när barnantalet har minskat.",
            C("Förskola", "0,6 mnkr", "+", "volymer"),
        ),
        P(
            "Skolskjutsen överskrider budget med 0,3 mnkr efter att en ny linje till Smögen har tillkommit.",
            C("Skolskjuts", "0,3 mnkr", "-", "volymer"),
        ),
        P(
            "Kulturskolan: +0,2 mnkr beroende på en vakant tjänst som instrumentlärare.",
            C("Kulturskola", "+0,2 mnkr", "+", "vakanser"),
        ),
        P("Central förvaltning följer budget.", BP("Central förvaltning")),
        H("Åtgärder", 2),
        P(
            "Förvaltningen ser över resursfördelningen mellan grundskolorna inför vårterminen, med målet att minska "
            "kostnaderna med 0,4 mnkr.",
            A("Grundskola", "0,4 mnkr", "bemanning"),
        ),
        H("Sjukfrånvaro", 2),
        P(
            "Sjukfrånvaron bland förvaltningens medarbetare är 6,1 procent, lägre än i oktober 2024. Minskningen "
            "beror på färre långa sjukskrivningar.",
            O(None, "sjukfranvaro", note="Sick leave against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="sotenas-bun-manadsrapport-2025-10.pdf",
        report={
            "municipality": "Sotenäs",
            "committee": ["Barn- och utbildningsnämnden"],
            "period": ["2025-10"],
            "report_type": "månadsrapport",
        },
        metadata={
            "title": "Månadsrapport oktober 2025 Barn- och utbildningsnämnden",
            "author": "Sotenäs kommun",
        },
        style=style,
        blocks=blocks,
    )
