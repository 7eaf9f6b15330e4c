"""Danderyds kommun, Kommunstyrelsen, bokslut 2025 (the kommunstyrelse's own verksamheter).

A year-end report of the kommunstyrelse's own units in tkr and mnkr,
with a footer carrying the arbetsutskott's meeting in March: the result "5,3 mnkr bättre än budget", net
cost growth against 2024 (other), the outcome against October's forecast with its cause (a forecast change);
a table with en-dash minus signs and a row with no comment; then headings that carry the unit and amount in
brackets ("Kommunledning (+1 250 tkr)", "IT-avdelningen (–2 100 tkr)", "Upphandling (±0 tkr)" over "landade i
nivå med budget", boilerplate) with reason-only paragraphs (the amount is the heading's), a heading in tkr over
prose in mnkr ("4,9 mnkr"), and plain headings whose prose carries the amount ("gick 0,3 mnkr back", "blev
530 tkr billigare än budgeterat"); investments "21,4 mnkr lägre än budget" and a project that "överskred sin
budget med 0,7 mnkr"; the licence budget raised for next year (other). Liberation Serif (Times metrics) 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import BP, HP, C, F, O

HEAD = "The heading carries the unit and its amount; the paragraph gives the reasons only."


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=10.0,
        leading=1.35,
        para_gap=6.0,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("arial-bold", "arial-bold", "times-bold"),
        margins=(72.0, 78.0, 72.0, 72.0),
        header=lambda n, m: ("Danderyds kommun", "Bokslut 2025 – Kommunstyrelsen"),
        footer=lambda n, m: ("Kommunstyrelsens arbetsutskott 2026-03-09", "", f"{n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Tabell 1. Nettokostnad per verksamhet 2025, tkr",
        header=(("Verksamhet", "Budget", "Utfall", "Avvikelse"),),
        rows=(
            ("Kommunledning", "24 600", "23 350", "1 250"),
            ("IT-avdelningen", "31 800", "33 900", "–2 100"),
            ("HR-avdelningen", "14 200", "13 580", "620"),
            ("Upphandling", "5 900", "5 900", "0"),
            ("Mark och exploatering", "–2 000", "–6 900", "4 900"),
            ("Medlemsavgift räddningstjänst", "27 400", "27 720", "–320"),
            ("Kommunikation", "8 700", "9 000", "–300"),
            ("Näringsliv och arbetsmarknad", "11 300", "10 770", "530"),
            ("Gemensamma kostnader", "6 100", "5 380", "720"),
            ("Summa", "128 000", "122 700", "5 300"),
        ),
        widths=(176.0, 74.0, 74.0, 74.0),
        bold_rows=frozenset({9}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Bokslut 2025", size=20, font="arial-bold", after=2),
        Title("Kommunstyrelsens verksamheter", size=12.5, font="times-italic", after=14),
        H("Ekonomiskt resultat", 1),
        P(
            "Kommunstyrelsens verksamheter redovisar för 2025 ett resultat som är 5,3 mnkr bättre än budget.",
            C(None, "5,3 mnkr", "+"),
        ),
        P(
            "Nettokostnaderna ökade med 4,1 procent jämfört med 2024.",
            O(None, note="Net cost growth against the previous year: other."),
        ),
        P(
            "Jämfört med prognosen i oktober blev utfallet 1,9 mnkr bättre, främst genom att försäljningen av en "
            "tomt i Enebyberg tidigarelades.",
            F(None, "1,9 mnkr", "+", "avgifter_intakter", "periodisering"),
        ),
        table,
        H("Kommentarer per verksamhet", 2),
        HP(
            "Kommunledning (+1 250 tkr)",
            "Överskottet förklaras främst av att den centrala utvecklingsreserven inte har tagits i anspråk fullt "
            "ut.",
            C("Kommunledning", "+1 250 tkr", "+", "reserver", note=HEAD),
        ),
        HP(
            "IT-avdelningen (–2 100 tkr)",
            "Licenskostnaderna för kommunens samarbetsplattform har ökat mer än budgeterat, och bytet av "
            "e-postsystem har medfört engångskostnader.",
            C("IT-avdelningen", "–2 100 tkr", "-", "it_digitalisering", "periodisering", note=HEAD),
        ),
        HP(
            "HR-avdelningen (+620 tkr)",
            "En tjänst som lönespecialist har varit vakant under hösten. Kostnaderna för företagshälsovård blev "
            "samtidigt något högre än budgeterat.",
            C("HR-avdelningen", "+620 tkr", "+", "vakanser", note=HEAD),
        ),
        HP(
            "Upphandling (±0 tkr)",
            "Verksamheten landade i nivå med budget.",
            BP("Upphandling"),
        ),
        HP(
            "Mark och exploatering (+4 900 tkr)",
            "Intäkterna från markförsäljning blev 4,9 mnkr högre än budgeterat, eftersom försäljningen av två "
            "fastigheter för bostäder genomfördes redan under 2025.",
            C(
                "Mark och exploatering",
                "4,9 mnkr",
                "+",
                "avgifter_intakter",
                "periodisering",
                note="The heading in tkr, the prose in mnkr: the prose amount.",
            ),
        ),
        HP(
            "Medlemsavgift räddningstjänst (–320 tkr)",
            "Medlemsavgiften till räddningstjänstförbundet blev högre än budgeterat till följd av förbundets "
            "indexuppräkning.",
            C("Medlemsavgift räddningstjänst", "–320 tkr", "-", "prisokningar", note=HEAD),
        ),
        H("Kommunikation", 3),
        P(
            "Kommunikationsavdelningen gick 0,3 mnkr back, främst till följd av kostnaderna för den nya "
            "webbplatsen.",
            C("Kommunikation", "0,3 mnkr", "-", "it_digitalisering"),
        ),
        H("Näringsliv och arbetsmarknad", 3),
        P(
            "Verksamheten blev 530 tkr billigare än budgeterat, eftersom färre deltagare än beräknat har haft "
            "anställningsstöd.",
            C("Näringsliv och arbetsmarknad", "530 tkr", "+", "volymer"),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsutgifterna uppgick till 38,6 mnkr, vilket är 21,4 mnkr lägre än budget. Den största "
            "avvikelsen avser ombyggnaden av kommunhusets entréplan, där upphandlingen fick göras om.",
            C("Investeringar", "21,4 mnkr", "+", "periodisering"),
        ),
        P(
            "Projektet ny telefonilösning överskred sin budget med 0,7 mnkr, då fler licenser än planerat behövdes.",
            C("Ny telefonilösning", "0,7 mnkr", "-", "it_digitalisering", note="Investment overrun."),
        ),
        H("Inför 2026", 2),
        P(
            "I budgeten för 2026 har IT-avdelningens ram räknats upp med 1,5 mnkr för att täcka de ökade "
            "licenskostnaderna.",
            O("IT-avdelningen", note="A budget change for next year: a financing statement, other."),
        ),
    ]
    return ReportSpec(
        file="danderyd-ks-bokslut-2025.pdf",
        report={
            "municipality": "Danderyd",
            "committee": ["Kommunstyrelsen"],
            "period": ["2025", "2025-12"],
            "report_type": "bokslut",
        },
        metadata={"title": "Bokslut 2025 Kommunstyrelsen", "author": "Danderyds kommun"},
        style=style,
        blocks=blocks,
    )
