"""Södra Älvsborgs Räddningstjänstförbund, Direktionen, månadsuppföljning oktober 2025.

A fire and rescue kommunalförbund's month report in tkr, header "SÄRF" and footer with the direktion's meeting
date in November: the period "2 140 tkr bättre än periodiserad budget" and the full year "att jämföra med
budgeterat 2 500 tkr, dvs. en negativ avvikelse på 1 300 tkr" (two items; the levels are not the amount), the
change since August with its cause (a forecast change), the members' contributions that "följer budget"
(boilerplate); a table with trailing minus deficits ("2 300-") and costs as negative levels; then en-dash bullets
under a heading, each its own explanation: a run-in label with the amount after a colon ("Personalkostnader:
−2 300 tkr."), revenue "650 tkr högre än budget", a run-in label with the amount inside ("faktureringen ger 400
tkr mindre än budgeterat"), vehicles and fuel "kostar 900 tkr mer än planerat", premises "blir 550 tkr lägre",
pensions "bedöms bli 1 100 tkr lägre"; investments "5,5 mnkr lägre än budgeterat"; an action without an amount,
the equity at year end and call-outs against 2024 (others). Liberation Sans Narrow 10.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import Bullets, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="narrow",
        bold="narrow-bold",
        italic="arial-italic",
        size=10.5,
        leading=1.36,
        para_gap=6.5,
        heading_sizes=(16.0, 12.5, 11.0),
        heading_fonts=("narrow-bold", "narrow-bold", "narrow-bold"),
        margins=(70.0, 80.0, 70.0, 74.0),
        header=lambda n, m: (
            "SÄRF – Södra Älvsborgs Räddningstjänstförbund",
            "Månadsuppföljning oktober 2025",
        ),
        footer=lambda n, m: ("Direktionen 2025-11-21", "Dnr 2025-000412", f"Sida {n} ({m})"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Driftredovisning helår 2025, tkr",
        header=(("", "Budget", "Prognos", "Avvikelse"),),
        rows=(
            ("Medlemsbidrag", "184 600", "184 600", "0"),
            ("Externutbildning", "3 200", "3 850", "650"),
            ("Automatlarm", "2 900", "2 500", "400-"),
            ("Övriga intäkter", "4 100", "4 100", "0"),
            ("Personalkostnader", "-148 300", "-150 600", "2 300-"),
            ("Fordon och drivmedel", "-9 800", "-10 700", "900-"),
            ("Lokaler", "-17 400", "-16 850", "550"),
            ("Pensioner", "-8 200", "-7 100", "1 100"),
            ("Övriga kostnader", "-8 200", "-8 200", "0"),
            ("Finansnetto", "-400", "-400", "0"),
            ("Resultat", "2 500", "1 200", "1 300-"),
        ),
        widths=(170.0, 80.0, 80.0, 80.0),
        bold_rows=frozenset({10}),
        rules=True,
        size=9.0,
    )
    bullets = Bullets(
        items=(
            "Personalkostnader: −2 300 tkr. Fler larm än normalt under den torra sommaren har gett högre "
            "kostnader för deltidsbrandmännens larmersättning, och övertid har krävts för att bemanna "
            "heltidsstationerna under semestrarna.",
            "Intäkterna för externutbildning blir 650 tkr högre än budget, då fler företag har beställt utbildning "
            "i brandskydd och hjärt-lungräddning.",
            "Felaktiga automatlarm: faktureringen ger 400 tkr mindre än budgeterat, eftersom flera stora "
            "anläggningar har åtgärdat sina larm.",
            "Fordon och drivmedel kostar 900 tkr mer än planerat, främst på grund av en motorskada på ett "
            "höjdfordon och högre dieselpriser.",
            "Lokalkostnaderna blir 550 tkr lägre, eftersom den nya brandstationen i Sandared tas i bruk först i "
            "februari 2026.",
            "Pensionskostnaderna bedöms bli 1 100 tkr lägre enligt KPA:s senaste prognos.",
        ),
        labels=(
            C(
                "Personalkostnader",
                "−2 300 tkr",
                "-",
                "volymer",
                "overtid",
                note="A run-in label with the amount after a colon; a dry summer's call-outs are volymer.",
            ),
            C("Externutbildning", "650 tkr", "+", "avgifter_intakter", "volymer"),
            C("Automatlarm", "400 tkr", "-", "avgifter_intakter", note="Revenue under budget."),
            C(
                "Fordon och drivmedel",
                "900 tkr",
                "-",
                "material_hjalpmedel",
                "ovrigt",
                "prisokningar",
                note="Vehicles are material_hjalpmedel, an engine failure ovrigt, diesel prices prisokningar.",
            ),
            C("Lokaler", "550 tkr", "+", "lokaler", "periodisering"),
            C("Pensioner", "1 100 tkr", "+", note="A pension forecast: no tag."),
        ),
        glyph="–",
    )
    blocks = [
        Title("Månadsuppföljning oktober 2025", size=19, font="narrow-bold", after=2),
        Title("Södra Älvsborgs Räddningstjänstförbund", size=13, font="narrow", after=12),
        H("Resultat och prognos", 2),
        P(
            "Förbundets resultat per den 31 oktober uppgår till 4 870 tkr, vilket är 2 140 tkr bättre än "
            "periodiserad budget.",
            C(None, "2 140 tkr", "+", note="The period; the level (4 870) is not the amount."),
        ),
        P(
            "Helårsprognosen är ett resultat på 1 200 tkr, att jämföra med budgeterat 2 500 tkr, dvs. en negativ "
            "avvikelse på 1 300 tkr.",
            C(None, "1 300 tkr", "-", note="The full year; the levels are not the amount."),
        ),
        P(
            "Prognosen har försämrats med 600 tkr sedan augusti, främst till följd av motorskadan på ett av "
            "förbundets höjdfordon.",
            F(None, "600 tkr", "-", "material_hjalpmedel", "ovrigt"),
        ),
        P(
            "Medlemsbidragen från medlemskommunerna följer budget.",
            BP("Medlemsbidrag"),
        ),
        table,
        H("Avvikelser mot budget", 2),
        bullets,
        H("Investeringar", 2),
        P(
            "Investeringarna beräknas bli 5,5 mnkr lägre än budgeterat, eftersom leveransen av två nya "
            "räddningsfordon har försenats till 2026.",
            C("Investeringar", "5,5 mnkr", "+", "periodisering", "material_hjalpmedel"),
        ),
        H("Åtgärder", 2),
        P(
            "Direktionen har beslutat att deltidsstyrkor ska täcka vakanta pass på heltidsstationerna i stället "
            "för övertid under resten av året.",
            A("Personalkostnader", None, "overtid", "bemanning"),
        ),
        H("Eget kapital och verksamhet", 2),
        P(
            "Förbundets egna kapital beräknas uppgå till 21,4 mnkr vid årets slut.",
            O(None, note="Equity: other."),
        ),
        P(
            "Antalet räddningsuppdrag till och med oktober var 3 412, vilket är 9 procent fler än samma period "
            "2024.",
            O(None, "volymer", note="Call-outs against the previous year."),
        ),
    ]
    return ReportSpec(
        file="sodra-alvsborgs-raddningstjanstforbund-manadsuppfoljning-2025-10.pdf",
        report={
            "municipality": [
                "Södra Älvsborgs Räddningstjänstförbund",
                "Kommunalförbundet Södra Älvsborgs Räddningstjänstförbund",
                "SÄRF",
            ],
            "committee": ["Direktionen", "Förbundsdirektionen"],
            "period": ["2025-10"],
            "report_type": "månadsuppföljning",
        },
        metadata={
            "title": "Månadsuppföljning oktober 2025",
            "author": "Södra Älvsborgs Räddningstjänstförbund",
        },
        style=style,
        blocks=blocks,
    )
