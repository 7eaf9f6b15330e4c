"""Hällefors kommun, Samhällsbyggnadsnämnden, verksamhetsberättelse 2025.

A year-end report for a technical committee with tax- and fee-financed services, Liberation Sans Narrow 10.5
pt, footer with the nämnd's meeting date in February: the year's net cost and budget levels with "ger en negativ
avvikelse på 1,5 mnkr", then the interim forecast's figure (the outcome against the forecast: a forecast change
with the change never written); a verksamhet table whose deviation is "Utfall − budget" (a "+" is a cost over
budget), and headings that carry the area and the table's signed figure ("Gator och vägar (+1 550 tkr)"), so
the sign runs against the direction: snow and frost damage, energy "lägre än 2024 men ändå högre än budget"
with a part "cirka 400 tkr", food prices and vacancies, fewer applications, and "hållit sig inom sin ram"
(boilerplate, –120 in the table); the water and waste services "ett överskott mot budget på 0,9 mnkr" with the
fund it goes to (other) and "gick 250 tkr back"; investments in a table whose deviation is budget − utfall:
"Totalt användes 21,3 mnkr av årets investeringsbudget på 28,3 mnkr" (the table's sum row, "7 050"), a project
where "8,4 mnkr återstår" and one "1,45 mnkr dyrare än budgeterat"; next year's extra frame (other). 10 scored
causes.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, Para, ReportSpec, Style, Table, Title

from reports.common import BP, HP, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="narrow",
        bold="narrow-bold",
        italic="arial-italic",
        size=10.5,
        leading=1.38,
        para_gap=7.0,
        heading_sizes=(16.0, 12.5, 11.0),
        heading_fonts=("narrow-bold", "narrow-bold", "narrow-bold"),
        margins=(68.0, 80.0, 68.0, 76.0),
        header=lambda n, m: (
            "Hällefors kommun – Samhällsbyggnadsförvaltningen",
            "Verksamhetsberättelse 2025",
        ),
        footer=lambda n, m: ("Samhällsbyggnadsnämnden 2026-02-18", "", f"{n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    operations = Table(
        caption="Driftredovisning 2025, skattefinansierad verksamhet, tkr",
        header=(("Verksamhet", "Budget", "Utfall", "Utfall − budget", "Motsv. 2024"),),
        rows=(
            ("Gator och vägar", "12 800", "14 350", "+1 550", "+420"),
            ("Parker och grönytor", "4 600", "4 480", "–120", "–60"),
            ("Fastighetsförvaltning", "10 300", "11 050", "+750", "–310"),
            ("Kost och städ", "5 900", "5 420", "–480", "+150"),
            ("Bostadsanpassning", "2 400", "2 100", "–300", "+540"),
            ("Administration och nämnd", "4 200", "4 300", "+100", "0"),
            ("Summa", "40 200", "41 700", "+1 500", "+740"),
        ),
        widths=(150.0, 70.0, 70.0, 84.0, 80.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=9.0,
    )
    investments = Table(
        caption="Investeringsredovisning 2025, tkr (avvikelse = budget − utfall)",
        header=(("Projekt", "Budget", "Utfall", "Avvikelse"),),
        rows=(
            ("Gatubelysning, byte till LED", "2 500", "2 380", "120"),
            ("VA-ledningar Grythyttan", "6 000", "7 450", "–1 450"),
            ("Ny förskola Hällefors, etapp 1", "18 000", "9 600", "8 400"),
            ("Fordon och maskiner", "1 800", "1 820", "–20"),
            ("Summa", "28 300", "21 250", "7 050"),
        ),
        widths=(180.0, 80.0, 80.0, 80.0),
        bold_rows=frozenset({4}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Verksamhetsberättelse 2025", size=21, font="narrow-bold", after=2),
        Title("Samhällsbyggnadsnämnden", size=13, font="narrow", after=14),
        H("Året i korthet", 1),
        P(
            "Året präglades av två stränga vinterperioder, av att den nya förskolan i centrala Hällefors började "
            "byggas och av att förvaltningen tog över ansvaret för kost och städ från kommunstyrelsen den 1 januari."
        ),
        H("Ekonomi", 1),
        Para(
            (
                (
                    "Nämndens skattefinansierade verksamhet redovisar för 2025 en nettokostnad på 41,7 mnkr mot en "
                    "budget på 40,2 mnkr, vilket ger en negativ avvikelse på 1,5 mnkr.",
                    C(None, "1,5 mnkr", "-", note="The net cost and budget levels are not the amount."),
                ),
                (
                    "I delårsbokslutet bedömdes avvikelsen bli –2,3 mnkr.",
                    F(
                        None,
                        None,
                        "+",
                        note="The outcome against the interim forecast: better by 0,8 mnkr, never written; the "
                        "forecast's level is not the change.",
                    ),
                ),
            )
        ),
        P("I tabellen innebär ett positivt tal att kostnaden blivit högre än budget.", size=9.0),
        operations,
        HP(
            "Gator och vägar (+1 550 tkr)",
            "Vinterns många snöfall i januari och december krävde fler plogningar och sandningar än under något år "
            "sedan 2010. Dessutom har slitlagret på flera av kommunens gator lagats efter skador i samband med "
            "tjällossningen.",
            C(
                "Gator och vägar",
                "+1 550 tkr",
                "-",
                "ovrigt",
                note="'+' in the heading follows the table (cost over budget): negative. Snow and frost: ovrigt.",
            ),
        ),
        HP(
            "Fastighetsförvaltning (+750 tkr)",
            "Energikostnaderna blev lägre än 2024 men ändå högre än budget, och en vattenskada i Klockarhagsskolan "
            "medförde oplanerade reparationer för cirka 400 tkr.",
            C(
                "Fastighetsförvaltning",
                "+750 tkr",
                "-",
                "prisokningar",
                "ovrigt",
                note="The year-on-year energy comparison stays inside the cause; the water damage (cirka 400 tkr) "
                "is a part, not the amount.",
            ),
        ),
        HP(
            "Kost och städ (–480 tkr)",
            "Livsmedelskostnaderna blev lägre än befarat när det nya ramavtalet började gälla i mars, och två "
            "tjänster i centralköket var obesatta under hösten.",
            C(
                "Kost och städ",
                "–480 tkr",
                "+",
                "prisokningar",
                "vakanser",
                note="'–' in the heading: under budget.",
            ),
        ),
        HP(
            "Bostadsanpassning (–300 tkr)",
            "Färre ansökningar om bostadsanpassningsbidrag än normalt.",
            C("Bostadsanpassning", "–300 tkr", "+", "volymer"),
        ),
        HP(
            "Parker och grönytor (–120 tkr)",
            "Verksamheten har hållit sig inom sin ram.",
            BP("Parker och grönytor", note="'Inom sin ram' with no cause: boilerplate (–120 in the table)."),
        ),
        H("Taxefinansierad verksamhet", 1),
        PS(
            (
                "VA-verksamheten redovisar ett överskott mot budget på 0,9 mnkr, som beror på högre brukningsavgifter "
                "efter taxehöjningen och lägre priser på fällningskemikalier än beräknat.",
                C("VA-verksamheten", "0,9 mnkr", "+", "avgifter_intakter", "prisokningar"),
            ),
            (
                "Överskottet förs till VA-kollektivets resultatfond, som därmed uppgår till 3,4 mnkr.",
                O("VA-verksamheten", "reserver", note="The fund the surplus goes to: its own item."),
            ),
        ),
        P(
            "Avfallsverksamheten gick 250 tkr back, en följd av att behandlingsavgiften för restavfall vid "
            "förbränningsanläggningen höjdes mitt under året.",
            C("Avfallsverksamheten", "250 tkr", "-", "prisokningar", note="'Gick 250 tkr back': a deficit."),
        ),
        H("Investeringar", 1),
        investments,
        PS(
            (
                "Totalt användes 21,3 mnkr av årets investeringsbudget på 28,3 mnkr.",
                C(
                    "Investeringar",
                    "7 050",
                    "+",
                    unit="tkr",
                    table=True,
                    note="The under-spend is never written in the prose: the table's sum row.",
                ),
            ),
            (
                "Den största avvikelsen finns i förskoleprojektet, där 8,4 mnkr återstår eftersom markarbetena "
                "försenades av arkeologiska undersökningar. Medlen begärs ombudgeterade till 2026.",
                C("Ny förskola Hällefors, etapp 1", "8,4 mnkr", "+", "periodisering"),
            ),
        ),
        P(
            "VA-ledningarna i Grythyttan blev 1,45 mnkr dyrare än budgeterat, då fler ledningssträckor än väntat "
            "behövde bytas när schaktet väl var öppnat.",
            C("VA-ledningar Grythyttan", "1,45 mnkr", "-", "ovrigt"),
        ),
        H("Framtid", 1),
        P(
            "Inför 2026 har nämnden fått 1,2 mnkr i utökad ram för vinterväghållning, vilket bedöms räcka för en "
            "normalvinter.",
            O("Gator och vägar", note="Next year's frame: other."),
        ),
    ]
    return ReportSpec(
        file="hallefors-sbn-verksamhetsberattelse-2025.pdf",
        report={
            "municipality": "Hällefors",
            "committee": ["Samhällsbyggnadsnämnden"],
            "period": ["2025", "2025-12"],
            "report_type": "verksamhetsberättelse",
        },
        metadata={
            "title": "Verksamhetsberättelse 2025 Samhällsbyggnadsnämnden",
            "author": "Hällefors kommun",
        },
        style=style,
        blocks=blocks,
    )
