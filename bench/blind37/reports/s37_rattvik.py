"""Rättviks kommun, Kultur- och fritidsnämnden, månadsuppföljning mars 2026.

A small culture and leisure committee's month report whose table is pasted as an image (the amounts live
only in the prose), footer with the meeting date in April: the full year "en halv miljon kronor sämre än
budget" (in words) and the change since February "200 tusen kronor" in the next sentence; sports facilities
"går 550 tkr sämre än budget"; a reason-only library deficit whose amount is only in the image (null); two
verksamheter "visar plus, 260 respektive 160 tkr"; "beräknas överskrida budget med cirka 0,1 mnkr" where
the image says −120 (the prose rounds); an action with "150 tkr" and visitor numbers against last year
with "beror på" (other). Liberation Sans Narrow 10.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="narrow",
        bold="narrow-bold",
        italic="arial-italic",
        size=10.5,
        leading=1.38,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 11.0),
        heading_fonts=("narrow-bold", "narrow-bold", "narrow-bold"),
        margins=(70.0, 80.0, 70.0, 74.0),
        header=lambda n, m: ("Rättviks kommun", "Kultur- och fritidsnämnden"),
        footer=lambda n, m: ("Månadsuppföljning mars 2026", "Sammanträde 2026-04-22", f"{n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Ekonomisk uppföljning per verksamhet, tkr",
        header=(("Verksamhet", "Budget 2026", "Utfall mars", "Prognos 2026", "Avvikelse"),),
        rows=(
            ("Allmän kultur", "3 800", "1 010", "3 920", "-120"),
            ("Bibliotek", "6 100", "1 720", "6 350", "-250"),
            ("Fritidsgårdar", "2 900", "610", "2 640", "260"),
            ("Idrottsanläggningar", "11 400", "3 380", "11 950", "-550"),
            ("Turism och evenemang", "4 200", "880", "4 040", "160"),
            ("Summa", "28 400", "7 600", "28 900", "-500"),
        ),
        widths=(140.0, 70.0, 66.0, 70.0, 64.0),
        bold_rows=frozenset({5}),
        rules=True,
        size=9.0,
        shade=(0.85, 0.9, 0.95),
        as_image=True,
    )
    blocks = [
        Title("Månadsuppföljning mars 2026", size=18, font="narrow-bold", after=2),
        Title("Kultur- och fritidsnämnden", size=12.5, font="narrow", after=12),
        H("Nämndens ekonomi", 2),
        PS(
            (
                "Nämnden prognostiserar ett resultat som är en halv miljon kronor sämre än budget för helåret.",
                C(None, "en halv miljon kronor", "-", value=500_000, note="Amount in words."),
            ),
            (
                "Det är en försämring med 200 tusen kronor jämfört med februari.",
                F(None, "200 tusen kronor", "-"),
            ),
        ),
        table,
        H("Kommentarer", 2),
        P(
            "Idrottsanläggningarna går 550 tkr sämre än budget. Energikostnaderna för ishallen har ökat kraftigt, "
            "och konstgräsplanen i Furudal behövde nytt underlag efter tjälskador i vintras.",
            C("Idrottsanläggningar", "550 tkr", "-", "prisokningar", "ovrigt"),
        ),
        P(
            "Biblioteket har haft högre kostnader än planerat eftersom det nya biblioteksdatasystemet infördes i "
            "februari, med licenser för både det gamla och det nya systemet under en övergångsperiod.",
            C(
                "Bibliotek",
                None,
                "-",
                "it_digitalisering",
                note="Reasons only; the row's amount is only in the table image: null.",
            ),
        ),
        P(
            "Fritidsgårdarna och turismen visar plus, 260 respektive 160 tkr. Två fritidsledartjänster är vakanta och "
            "vinterns marknader gav högre intäkter än väntat.",
            C(
                "Fritidsgårdar",
                "260",
                "+",
                "vakanser",
                unit="tkr",
                note="A 'respektive' pair; each takes the reason that is its own.",
                also=(C("Turism och evenemang", "160 tkr", "+", "avgifter_intakter"),),
            ),
        ),
        P(
            "Allmän kultur beräknas överskrida budget med cirka 0,1 mnkr, eftersom bidragen till studieförbunden har "
            "räknats upp mer än budgeterat.",
            C(
                "Allmän kultur",
                "cirka 0,1 mnkr",
                "-",
                "prisokningar",
                note="The prose rounds the image's −120: the prose's figure.",
            ),
        ),
        H("Åtgärder", 2),
        P(
            "Nämnden har beslutat att hålla ishallen stängd under maj och att se över bibliotekets öppettider, vilket "
            "beräknas minska kostnaderna med 150 tkr.",
            A(None, "150 tkr"),
        ),
        H("Verksamheten", 2),
        P(
            "Biblioteket hade 12 procent fler besökare under första kvartalet än samma period 2025, vilket beror på "
            "den meröppna filialen i Vikarbyn.",
            O("Bibliotek", "volymer", note="Visitors against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="rattvik-kfn-manadsuppfoljning-2026-03.pdf",
        report={
            "municipality": "Rättvik",
            "committee": ["Kultur- och fritidsnämnden"],
            "period": ["2026-03"],
            "report_type": "månadsuppföljning",
        },
        metadata={
            "title": "Månadsuppföljning mars 2026 Kultur- och fritidsnämnden",
            "author": "Rättviks kommun",
        },
        style=style,
        blocks=blocks,
    )
