"""Salems kommun, Socialnämnden, månadsrapport november 2025.

A social committee's month report in tkr, footer with the nämnd's meeting date in December: the full year
"ett underskott på 6 480 tkr mot budget" beside a percentage of the frame (not the amount), the change since
October with its cause in the next sentence (one item), the period "överstiger den periodiserade budgeten med
5 210 tkr" in a paragraph of its own; a reading note that declares deficits in brackets and a table with
October's deviation beside November's ("(4 750)" against "(3 800)"); bold run-in verksamheter ending in a
colon: "beräknas gå med underskott på 4 750 tkr" with a volume inside, "kostar 1 900 tkr mer än budget",
"Underskottet är drygt två miljoner kronor" (words; the row says 2 080), two verksamheter as a "respektive"
pair under one lead with shared reasons (two items), "Överskottet på 650 tkr förklaras av", a reason-only
surplus (the row's "300") and "följer budget" (boilerplate); actions with and without an effect, a risk with a
per-day price and a volume against last year (others). DejaVu Serif 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import BP, LP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="serif",
        bold="serif-bold",
        italic="serif-italic",
        size=9.5,
        leading=1.42,
        para_gap=6.5,
        heading_sizes=(14.0, 11.5, 10.0),
        heading_fonts=("serif-bold", "serif-bold", "serif-bold"),
        margins=(70.0, 80.0, 70.0, 74.0),
        header=lambda n, m: ("Salems kommun – Socialnämnden", "Månadsrapport november 2025"),
        footer=lambda n, m: ("Socialnämndens sammanträde 2025-12-16", "", f"Sida {n} av {m}"),
        header_size=8.0,
        rule_under_header=False,
    )
    table = Table(
        caption="Prognos per verksamhet 2025, tkr",
        header=(("Verksamhet", "Budget", "Prognos", "Avvikelse", "Avvikelse okt"),),
        rows=(
            ("Nämnd och förvaltningsledning", "14 800", "14 150", "650", "600"),
            ("Barn och unga", "48 600", "53 350", "(4 750)", "(3 800)"),
            ("Vuxna och missbruk", "22 900", "24 800", "(1 900)", "(1 750)"),
            ("Ekonomiskt bistånd", "19 400", "21 480", "(2 080)", "(1 930)"),
            ("Socialpsykiatri", "26 700", "26 100", "600", "550"),
            ("Funktionsstöd (LSS)", "71 300", "70 600", "700", "620"),
            ("Familjerätt och familjebehandling", "8 200", "8 200", "0", "0"),
            ("Arbetsmarknad och integration", "12 400", "12 100", "300", "350"),
            ("Summa", "224 300", "230 780", "(6 480)", "(5 360)"),
        ),
        widths=(170.0, 58.0, 58.0, 62.0, 70.0),
        bold_rows=frozenset({8}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Månadsrapport november 2025", size=18, font="serif-bold", after=2),
        Title("Socialnämnden, Salems kommun", size=12, font="serif-italic", after=12),
        H("Sammanfattning", 2),
        P(
            "Socialnämnden prognostiserar för helåret ett underskott på 6 480 tkr mot budget, motsvarande 2,9 "
            "procent av nämndens ram på 224 300 tkr.",
            C(None, "6 480 tkr", "-", note="The full year; the percentage and the frame are not the amount."),
        ),
        P(
            "Prognosen är 1 120 tkr sämre än i oktober. Försämringen beror på två nya placeringar av ungdomar på "
            "HVB som beslutades i slutet av månaden.",
            F(None, "1 120 tkr", "-", "kopt_verksamhet", "volymer"),
        ),
        P(
            "Ackumulerat till och med november redovisar nämnden ett utfall som överstiger den periodiserade "
            "budgeten med 5 210 tkr.",
            C(None, "5 210 tkr", "-", note="The period in a paragraph of its own."),
        ),
        P(
            "Tabellen anges i tusen kronor. Negativa avvikelser (underskott) anges inom parentes. Kolumnen längst "
            "till höger visar avvikelsen i oktoberrapporten.",
            size=8.5,
        ),
        table,
        H("Verksamheternas avvikelser", 2),
        LP(
            "Barn och unga:",
            "Verksamheten beräknas gå med underskott på 4 750 tkr. Kostnaderna för placeringar på HVB och i "
            "konsulentstödda familjehem är betydligt högre än budgeterat, och under hösten har antalet placerade "
            "ungdomar ökat från nio till tolv.",
            C("Barn och unga", "4 750 tkr", "-", "kopt_verksamhet", "volymer"),
        ),
        LP(
            "Vuxna och missbruk:",
            "Köpt vård för vuxna med missbruk och insatser enligt LVM kostar 1 900 tkr mer än budget.",
            C("Vuxna och missbruk", "1 900 tkr", "-", "kopt_verksamhet"),
        ),
        LP(
            "Ekonomiskt bistånd:",
            "Underskottet är drygt två miljoner kronor. Fler hushåll än tidigare är beroende av försörjningsstöd "
            "under lång tid, främst till följd av att arbetslösheten i regionen har stigit.",
            C(
                "Ekonomiskt bistånd",
                "drygt två miljoner kronor",
                "-",
                "ekonomiskt_bistand",
                "volymer",
                value=2_000_000,
                note="An amount in words (the row says (2 080)): the stated figure.",
            ),
        ),
        LP(
            "Socialpsykiatri och funktionsstöd:",
            "Inom socialpsykiatrin och funktionsstödet beräknas överskott om 600 respektive 700 tkr, eftersom två "
            "boendeplatser har stått tomma sedan sommaren och vakanta tjänster inom daglig verksamhet inte har "
            "tillsatts.",
            C(
                "Socialpsykiatri",
                "600",
                "+",
                "volymer",
                "vakanser",
                unit="tkr",
                note="A 'respektive' pair under one lead with shared reasons: two items with the same text.",
                also=(C("Funktionsstöd (LSS)", "700 tkr", "+", "volymer", "vakanser"),),
            ),
        ),
        LP(
            "Nämnd och förvaltningsledning:",
            "Överskottet på 650 tkr förklaras av en vakant controllertjänst och lägre kostnader för konsulter än "
            "beräknat.",
            C("Nämnd och förvaltningsledning", "650 tkr", "+", "vakanser", "inhyrd_personal"),
        ),
        LP(
            "Arbetsmarknad och integration:",
            "Verksamheten har fått högre ersättning från Arbetsförmedlingen för extratjänster än budgeterat.",
            C(
                "Arbetsmarknad och integration",
                "300",
                "+",
                "statsbidrag",
                unit="tkr",
                table=True,
                note="A reason only: the row's cell. State compensation for subsidised jobs: statsbidrag.",
            ),
        ),
        LP(
            "Familjerätt och familjebehandling:",
            "Verksamheten följer budget.",
            BP("Familjerätt och familjebehandling"),
        ),
        H("Åtgärder", 2),
        P(
            "Förvaltningen har skärpt uppföljningen av samtliga externa placeringar och ska pröva "
            "hemmaplanslösningar i varje nytt ärende. Åtgärden bedöms minska kostnaderna med cirka 800 tkr på "
            "helårsbasis från 2026.",
            A("Barn och unga", "cirka 800 tkr", "kopt_verksamhet"),
        ),
        P(
            "Inom ekonomiskt bistånd förstärks samarbetet med arbetsmarknadsenheten för att fler ska gå till egen "
            "försörjning.",
            A("Ekonomiskt bistånd", None, "ekonomiskt_bistand"),
        ),
        H("Omvärld och risker", 2),
        P(
            "Det finns en risk att underskottet ökar ytterligare om fler ungdomar behöver placeras under december. "
            "Kostnaden för en HVB-placering är i genomsnitt 4 200 kronor per dygn.",
            O("Barn och unga", "kopt_verksamhet", note="A risk with a per-day price: other."),
        ),
        P(
            "Antalet hushåll med försörjningsstöd var i november 214, vilket är 18 fler än i november 2024.",
            O(
                "Ekonomiskt bistånd",
                "ekonomiskt_bistand",
                "volymer",
                note="A volume against last year: other.",
            ),
        ),
    ]
    return ReportSpec(
        file="salem-sn-manadsrapport-2025-11.pdf",
        report={
            "municipality": "Salem",
            "committee": ["Socialnämnden"],
            "period": ["2025-11"],
            "report_type": "månadsrapport",
        },
        metadata={"title": "Månadsrapport november 2025 Socialnämnden", "author": "Salems kommun"},
        style=style,
        blocks=blocks,
    )
