"""Flens kommun, Barn- och utbildningsnämnden, ekonomisk lägesrapport november 2025.

A school committee's month report in DejaVu Sans with en dashes as minus signs,
footer with the nämnd's meeting date in December: the full year "–5 850 tkr" and the period "4 210 tkr högre än
den periodiserade budgeten" (a net cost over budget, negative) in two sentences, the change since October with
a grant as its cause, a table with the period's outcome and the full year, then en-dash bullets under a generic
heading ("Kommentarer") in varied shapes: "Grundskola: Underskottet om 4,1 mnkr förklaras av", "Skolskjutsen
blir 1 700 tkr dyrare än budgeterat", "prognostiserar –950 tkr på grund av", "För förskolan beräknas ett
underskott på 900 tkr, som följer av", and two verksamheter as a "respektive" pair with their own causes in the
next sentence ("1 200 respektive 600 tkr"); an action with its effect, investments "beräknas användas fullt ut"
(boilerplate) and sick leave against November 2024 with "beror på" (other).

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Bullets, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=10.0,
        leading=1.45,
        para_gap=7.0,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(72.0, 80.0, 72.0, 74.0),
        header=lambda n, m: ("Flens kommun – Barn- och utbildningsförvaltningen", ""),
        footer=lambda n, m: ("Barn- och utbildningsnämnden 2025-12-10", "", f"{n}/{m}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Ekonomisk uppföljning per verksamhet, tkr",
        header=(("Verksamhet", "Budget 2025", "Utfall jan–nov", "Prognos 2025", "Avvikelse"),),
        rows=(
            ("Förskola", "96 400", "88 900", "97 300", "–900"),
            ("Grundskola", "188 700", "175 100", "192 800", "–4 100"),
            ("Gymnasieskola", "74 300", "66 900", "73 100", "1 200"),
            ("Vuxenutbildning", "18 200", "15 800", "17 600", "600"),
            ("Elevhälsa", "21 500", "20 600", "22 450", "–950"),
            ("Skolskjuts", "15 100", "14 600", "16 800", "–1 700"),
            ("Summa", "414 200", "381 900", "420 050", "–5 850"),
        ),
        widths=(112.0, 72.0, 80.0, 76.0, 64.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Ekonomisk lägesrapport november 2025", size=17, font="sans-bold", after=2),
        Title("Barn- och utbildningsnämnden", size=12, font="sans", after=12),
        H("Sammanfattning", 2),
        PS(
            ("Nämndens helårsprognos efter november är –5 850 tkr.", C(None, "–5 850 tkr", "-")),
            (
                "Utfallet till och med november är 4 210 tkr högre än den periodiserade budgeten.",
                C(
                    None,
                    "4 210 tkr",
                    "-",
                    note="The period: a net cost above the periodised budget is negative.",
                ),
            ),
        ),
        P(
            "Prognosen är 650 tkr bättre än i oktober, främst eftersom Skolverket har beviljat ett högre statsbidrag "
            "för lärarassistenter än vad som tidigare var känt.",
            F(None, "650 tkr", "+", "statsbidrag"),
        ),
        table,
        H("Kommentarer", 2),
        Bullets(
            (
                "Grundskola: Underskottet om 4,1 mnkr förklaras av fler elever med stödbehov och av ökade kostnader "
                "för elever som går i fristående skolor i Katrineholm och Eskilstuna.",
                "Skolskjutsen blir 1 700 tkr dyrare än budgeterat. Det nya trafikavtalet har högre priser per "
                "kilometer, och fler elever har beviljats skolskjuts efter omläggningen av skolorganisationen i "
                "Malmköping.",
                "Elevhälsan prognostiserar –950 tkr på grund av att en skolpsykolog har hyrts in under hela hösten.",
                "För förskolan beräknas ett underskott på 900 tkr, som följer av att fler barn än planerat är "
                "inskrivna i Sparreholm och Hälleforsnäs.",
                "Gymnasieskolan och vuxenutbildningen redovisar överskott på 1 200 respektive 600 tkr. De "
                "interkommunala ersättningarna för gymnasieelever blir lägre än beräknat, och vuxenutbildningen har "
                "fått mer statsbidrag för regional yrkesvux.",
            ),
            labels=(
                C("Grundskola", "4,1 mnkr", "-", "volymer", "kopt_verksamhet"),
                C("Skolskjuts", "1 700 tkr", "-", "prisokningar", "volymer"),
                C("Elevhälsa", "–950 tkr", "-", "inhyrd_personal"),
                C("Förskola", "900 tkr", "-", "volymer"),
                C(
                    "Gymnasieskola",
                    "1 200",
                    "+",
                    "kopt_verksamhet",
                    unit="tkr",
                    note="A 'respektive' pair with each area's own cause in the next sentence: two items, each with "
                    "its own tags.",
                    also=(C("Vuxenutbildning", "600 tkr", "+", "statsbidrag"),),
                ),
            ),
            glyph="–",
        ),
        H("Åtgärder", 2),
        P(
            "Förvaltningen har från november infört inköpsstopp för läromedel och inventarier utöver det "
            "nödvändiga, vilket bedöms ge 300 tkr.",
            A(None, "300 tkr", "material_hjalpmedel"),
        ),
        H("Investeringar", 2),
        P("Investeringsbudgeten på 6,2 mnkr beräknas användas fullt ut.", BP("Investeringar")),
        H("Personal", 2),
        P(
            "Sjukfrånvaron bland lärarna i grundskolan har ökat till 7,1 procent, jämfört med 5,8 procent i november "
            "2024, vilket beror på ett flertal långa sjukskrivningar.",
            O(None, "sjukfranvaro", note="Sick leave against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="flen-bun-ekonomisk-lagesrapport-2025-11.pdf",
        report={
            "municipality": "Flen",
            "committee": ["Barn- och utbildningsnämnden"],
            "period": ["2025-11"],
            "report_type": "ekonomisk lägesrapport",
        },
        metadata={"title": "Ekonomisk lägesrapport november 2025", "author": "Flens kommun"},
        style=style,
        blocks=blocks,
    )
