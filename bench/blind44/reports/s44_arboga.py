"""Arboga kommun, Barn- och utbildningsnämnden, månadsuppföljning november 2025.

A school committee's month report in Liberation Sans (Arial's twin) 10 pt whose verksamhet table (with
October's deviation beside it) is pasted as an image, so every amount lives in the prose; the footer carries
the nämnd's meeting date in December. The full year "ett underskott på 4,7 mnkr" and the change since
October with its cause in the next sentence (a cause and a forecast change); plain headings per verksamhet
whose first sentence carries the amount in varied shapes: "beräknas överskrida sin budget med 3,7 mnkr",
"För förskolan blir avvikelsen –1,15 mnkr" (en dash), "ger ett underskott inom gymnasieskolan på 1 350 tkr"
(the area after "inom"), a reason-only "ryms inte i budgeten" whose amount is only in the image (null), "ett
överskott, cirka 0,9 mnkr," and two areas as a "respektive" pair of positive deviations with their own
reasons; an action after the school paragraph, an inköpsstopp with its effect, a grant risk and the number of
children against last year (others). 8 scored causes.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=10.0,
        leading=1.4,
        para_gap=7.0,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(66.0, 76.0, 66.0, 74.0),
        header=lambda n, m: ("Arboga kommun", "Barn- och utbildningsnämnden"),
        footer=lambda n, m: ("Månadsuppföljning november 2025", "Sammanträde 2025-12-16", f"{n} ({m})"),
        header_size=8.0,
        rule_under_header=False,
    )
    table = Table(
        caption="Tabell 1. Helårsprognos per verksamhet 2025, tkr",
        header=(("Verksamhet", "Budget", "Prognos", "Avvikelse", "Avvikelse okt"),),
        rows=(
            ("Nämnd och förvaltningsledning", "14 800", "13 950", "850", "700"),
            ("Förskola", "96 300", "97 450", "–1 150", "–1 300"),
            ("Grundskola F–9", "168 200", "171 900", "–3 700", "–3 900"),
            ("Grundsärskola", "9 600", "10 350", "–750", "–750"),
            ("Fritidshem", "21 400", "20 900", "500", "400"),
            ("Gymnasieskola", "58 700", "60 050", "–1 350", "–1 450"),
            ("Vuxenutbildning", "12 100", "11 200", "900", "800"),
            ("Summa", "381 100", "385 800", "–4 700", "–5 500"),
        ),
        widths=(168.0, 66.0, 66.0, 66.0, 80.0),
        bold_rows=frozenset({7}),
        rules=True,
        size=9.0,
        shade=(0.86, 0.90, 0.95),
        as_image=True,
    )
    blocks = [
        Title("Månadsuppföljning november 2025", size=19, font="arial-bold", after=2),
        Title("Barn- och utbildningsnämnden", size=12.5, font="arial", after=14),
        H("Sammanfattning", 2),
        P(
            "Uppföljningen bygger på bokfört utfall till och med november och verksamheternas bedömning av "
            "december. Samtliga belopp i tabellen anges i tusen kronor."
        ),
        P(
            "Barn- och utbildningsnämnden prognostiserar för 2025 ett underskott på 4,7 mnkr jämfört med budget.",
            C(None, "4,7 mnkr", "-", note="The full year against budget; the reasons follow per verksamhet."),
        ),
        P(
            "Jämfört med oktoberprognosen är det en förbättring med 0,8 mnkr, främst för att statsbidraget för "
            "sommarskola och lovskola blev större än beräknat.",
            F(None, "0,8 mnkr", "+", "statsbidrag"),
        ),
        table,
        H("Kommentarer per verksamhet", 2),
        H("Grundskola F–9", 3),
        P(
            "Grundskolan beräknas överskrida sin budget med 3,7 mnkr. Det beror främst på att fler elever än "
            "planerat har behov av särskilt stöd, och på att skolskjutsarna har blivit dyrare sedan det nya "
            "avtalet började gälla i augusti.",
            C("Grundskola F–9", "3,7 mnkr", "-", "volymer", "prisokningar"),
        ),
        P(
            "Rektorerna har fått i uppdrag att samordna elevassistenternas scheman mellan skolorna inför "
            "vårterminen.",
            A("Grundskola F–9", None, "bemanning"),
        ),
        H("Förskola", 3),
        P(
            "För förskolan blir avvikelsen –1,15 mnkr. Barnantalet har under hösten legat cirka 25 barn över den "
            "nivå som budgeten bygger på, och vikariekostnaderna har varit höga på grund av sjukfrånvaro bland "
            "personalen.",
            C(
                "Förskola",
                "–1,15 mnkr",
                "-",
                "volymer",
                "vikarier",
                "sjukfranvaro",
                note="En dash as minus; the 25 children are a volume, not an amount.",
            ),
        ),
        H("Gymnasieskola", 3),
        P(
            "Interkommunala ersättningar till andra huvudmän ger ett underskott inom gymnasieskolan på 1 350 tkr. "
            "Fler elever än beräknat har valt program i Köping och Västerås.",
            C(
                "Gymnasieskola",
                "1 350 tkr",
                "-",
                "kopt_verksamhet",
                "volymer",
                note="The area after 'inom'; interkommunal ersättning is kopt_verksamhet.",
            ),
        ),
        H("Grundsärskola", 3),
        P(
            "Grundsärskolan har tagit emot två nya elever med omfattande behov under hösten, vilket inte ryms i "
            "budgeten.",
            C(
                "Grundsärskola",
                None,
                "-",
                "volymer",
                note="A reason only; the row's –750 is only in the table image, which has no text layer: null.",
            ),
        ),
        H("Vuxenutbildning", 3),
        P(
            "Vuxenutbildningen redovisar ett överskott, cirka 0,9 mnkr, som förklaras av att statsbidraget för "
            "regionalt yrkesvux har blivit högre än budgeterat.",
            C("Vuxenutbildning", "cirka 0,9 mnkr", "+", "statsbidrag"),
        ),
        H("Övriga verksamheter", 3),
        P(
            "Nämnd och förvaltningsledning samt fritidshemmen visar positiva avvikelser på 850 respektive 500 tkr. "
            "På förvaltningskontoret har två tjänster varit vakanta under hösten, och antalet inskrivna barn på "
            "fritidshemmen är lägre än budgeterat.",
            C(
                "Nämnd och förvaltningsledning",
                "850",
                "+",
                "vakanser",
                unit="tkr",
                note="A 'respektive' pair, each area with its own reason: two items with the same text.",
                also=(C("Fritidshem", "500 tkr", "+", "volymer"),),
            ),
        ),
        H("Åtgärder", 2),
        P(
            "Förvaltningen har infört ett tillfälligt inköpsstopp för läromedel och inventarier under december, "
            "vilket beräknas minska kostnaderna med cirka 300 tkr.",
            A(None, "cirka 300 tkr", "material_hjalpmedel"),
        ),
        H("Risker och övrigt", 2),
        P(
            "Det finns en osäkerhet kring slutregleringen av statsbidraget för likvärdig skola, som kan påverka "
            "resultatet med upp till 0,5 mnkr.",
            O(None, "statsbidrag", note="A risk."),
        ),
        P(
            "Antalet barn i förskolan var i november 1 012, vilket är 38 fler än vid samma tid förra året.",
            O("Förskola", "volymer", note="Children against the previous year."),
        ),
    ]
    return ReportSpec(
        file="arboga-bun-manadsuppfoljning-2025-11.pdf",
        report={
            "municipality": "Arboga",
            "committee": ["Barn- och utbildningsnämnden"],
            "period": ["2025-11"],
            "report_type": "månadsuppföljning",
        },
        metadata={
            "title": "Månadsuppföljning november 2025 Barn- och utbildningsnämnden",
            "author": "Arboga kommun",
        },
        style=style,
        blocks=blocks,
    )
