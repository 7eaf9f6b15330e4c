"""Flens kommun, Arbetsmarknads- och integrationsnämnden, månadsrapport november 2025.

A labour-market and integration committee's month report, Liberation Serif 10.5 pt, footer with the
arbetsutskott's meeting in December: the full year "beräknas gå back med 1,9 mnkr" and, in the next sentence,
"0,4 mnkr bättre än prognosen i oktober" with its cause (a forecast change); a verksamhet table pasted as an
image (no text layer); under plain headings: monthly payment levels before "knappt tre miljoner kronor
högre än budget" (words), "levererar ett överskott på en halv miljon kronor" (words), reasons first and then
"Intäkterna understiger budget med 1 140 tusen kronor" (revenue below budget, negative), a reason with no
amount (null: the table is an image), summer jobs "310 tkr mer än budgeterat" with planned and actual
numbers, and "följer budget" (boilerplate); an action, a risk for next year with an amount and a
year-on-year percentage (others). 6 scored causes.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=10.5,
        leading=1.32,
        para_gap=6.0,
        heading_sizes=(15.0, 12.0, 11.0),
        heading_fonts=("times-bold", "times-bold", "times-bold"),
        margins=(72.0, 80.0, 72.0, 76.0),
        header=lambda n, m: ("Flens kommun", "Arbetsmarknads- och integrationsnämnden"),
        footer=lambda n, m: ("Månadsrapport november 2025", "Arbetsutskottet 2025-12-09", f"{n}"),
        header_size=8.0,
        rule_under_header=False,
    )
    table = Table(
        caption="Prognos per verksamhet 2025, tkr",
        header=(("Verksamhet", "Budget", "Prognos", "Avvikelse"),),
        rows=(
            ("Ekonomiskt bistånd", "32 400", "35 360", "−2 960"),
            ("Vuxenutbildning", "24 800", "24 280", "520"),
            ("Arbetsmarknadsenheten", "11 600", "12 740", "−1 140"),
            ("Integration", "3 900", "1 870", "2 030"),
            ("Feriearbete", "1 450", "1 760", "−310"),
            ("Nämnd och ledning", "2 150", "2 150", "0"),
            ("Summa", "76 300", "78 160", "−1 860"),
        ),
        widths=(180.0, 70.0, 70.0, 70.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=9.0,
        as_image=True,
    )
    image = "The table is an image: no amount to take from it."
    blocks = [
        Title("Månadsrapport november 2025", size=18, font="times-bold", after=2),
        Title("Arbetsmarknads- och integrationsnämnden", size=12.5, font="times-italic", after=12),
        H("Sammanfattning", 2),
        PS(
            ("Nämnden beräknas gå back med 1,9 mnkr för helåret.", C(None, "1,9 mnkr", "-")),
            (
                "Det är 0,4 mnkr bättre än prognosen i oktober, eftersom Arbetsförmedlingen har slutreglerat "
                "lönebidragen för andra halvåret.",
                F(None, "0,4 mnkr", "+", "statsbidrag"),
            ),
        ),
        table,
        H("Ekonomiskt bistånd", 3),
        P(
            "Utbetalningarna av försörjningsstöd har i genomsnitt varit 2,95 mnkr per månad, att jämföra med "
            "budgeterade 2,70 mnkr. Antalet hushåll med långvarigt bistånd har ökat, och med samma nivå i december "
            "blir kostnaden knappt tre miljoner kronor högre än budget.",
            C(
                "Ekonomiskt bistånd",
                "knappt tre miljoner kronor",
                "-",
                "ekonomiskt_bistand",
                "volymer",
                value=3_000_000,
                note="Monthly levels first; the amount in words at the end.",
            ),
        ),
        H("Vuxenutbildning", 3),
        P(
            "Komvux levererar ett överskott på en halv miljon kronor. Statsbidraget för regionalt yrkesvux blev större "
            "än vad budgeten byggde på, och två lärartjänster i svenska för invandrare har inte återbesatts.",
            C(
                "Vuxenutbildning",
                "en halv miljon kronor",
                "+",
                "statsbidrag",
                "vakanser",
                value=500_000,
                note="An amount in words.",
            ),
        ),
        H("Arbetsmarknadsenheten", 3),
        P(
            "Enheten har fått färre anvisade deltagare från Arbetsförmedlingen än planerat och säljer därmed färre "
            "arbetsmarknadsinsatser. Intäkterna understiger budget med 1 140 tusen kronor.",
            C(
                "Arbetsmarknadsenheten",
                "1 140 tusen kronor",
                "-",
                "volymer",
                "avgifter_intakter",
                note="Reasons first; revenue 'understiger budget': negative.",
            ),
        ),
        H("Integration", 3),
        P(
            "Schablonersättningen för nyanlända ligger kvar på en högre nivå än budgeterat, eftersom kommunen har "
            "tagit emot fler kvotflyktingar under hösten.",
            C("Integration", None, "+", "statsbidrag", "volymer", note="A reason only. " + image),
        ),
        H("Feriearbete", 3),
        P(
            "Sommarens feriearbeten kostade 310 tkr mer än budgeterat, då 142 ungdomar fick en plats mot planerade "
            "120.",
            C("Feriearbete", "310 tkr", "-", "volymer"),
        ),
        H("Nämnd och ledning", 3),
        P("Nämnd och ledning följer budget.", BP("Nämnd och ledning")),
        H("Åtgärder", 2),
        P(
            "Sedan oktober arbetar socialsekreterarna inom försörjningsstöd i ett gemensamt team med "
            "arbetsmarknadsenheten för att korta tiden till egen försörjning.",
            A("Ekonomiskt bistånd", None, "ekonomiskt_bistand"),
        ),
        H("Risker inför 2026", 2),
        P(
            "Om Arbetsförmedlingen minskar antalet anvisningar ytterligare kan enhetens intäkter 2026 bli upp till "
            "2 mnkr lägre än i budgetförslaget.",
            O("Arbetsmarknadsenheten", note="A risk for next year with an amount."),
        ),
        H("Nyckeltal", 2),
        P(
            "Nettokostnaden för ekonomiskt bistånd är 9 procent högre än under januari–november 2024.",
            O("Ekonomiskt bistånd", "ekonomiskt_bistand", note="Against the previous year."),
        ),
    ]
    return ReportSpec(
        file="flen-ain-manadsrapport-2025-11.pdf",
        report={
            "municipality": "Flen",
            "committee": ["Arbetsmarknads- och integrationsnämnden"],
            "period": ["2025-11"],
            "report_type": "månadsrapport",
        },
        metadata={"title": "Månadsrapport november 2025", "author": "Flens kommun"},
        style=style,
        blocks=blocks,
    )
