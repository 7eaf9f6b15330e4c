"""Malung-Sälens kommun, Barn- och utbildningsnämnden, månadsrapport november 2025.

An education committee's month report, footer with the date it was drawn up in December: the full year "ett
underskott på 4,7 mnkr (–5,2 mnkr i oktober)" (the bracketed figure is last month's), the improvement since
October with its reason (a forecast change); a table in tkr with hyphen-minus and the deviation in November
and October side by side; plain headings per verksamhet whose first sentence carries the amount in varied
shapes ("prognostiserar ett underskott på 2,1 mnkr", "landar 1,9 mnkr sämre än budget", "Kostnaderna för
interkommunal ersättning överstiger budget med 1,8 mnkr"), a grant "0,4 mnkr lägre än budgeterat" in a
paragraph of its own (its own item), a comparison with last year in the gymnasium's paragraph (other), two
verksamheter as a "respektive" pair with a shared reason, a reason-only surplus from an unused buffer (the
row's "600", tag reserver), "följer budget" and investments that "beräknas användas fullt ut" (boilerplate);
action bullets, one with its effect. Liberation Sans Narrow 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import Bullets, H, P, Para, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="narrow",
        bold="narrow-bold",
        italic="arial-italic",
        size=10.0,
        leading=1.35,
        para_gap=6.0,
        heading_sizes=(16.0, 12.5, 10.5),
        heading_fonts=("narrow-bold", "narrow-bold", "narrow-bold"),
        margins=(70.0, 74.0, 70.0, 72.0),
        header=lambda n, m: ("Malung-Sälens kommun", "Barn- och utbildningsnämnden"),
        footer=lambda n, m: ("Månadsrapport november 2025 · Upprättad 2025-12-08", "", f"{n}"),
        header_size=8.0,
    )
    table = Table(
        caption="Prognos per verksamhet, tkr",
        header=(("Verksamhet", "Budget helår", "Prognos helår", "Avvikelse nov", "Avvikelse okt"),),
        rows=(
            ("Förvaltningsgemensamt", "14 200", "13 600", "600", "600"),
            ("Förskola", "62 800", "64 900", "-2 100", "-2 500"),
            ("Grundskola F–9", "118 400", "120 300", "-1 900", "-1 900"),
            ("Fritidshem", "9 600", "9 400", "200", "100"),
            ("Gymnasieskola", "58 900", "60 700", "-1 800", "-1 800"),
            ("Vuxenutbildning", "11 300", "11 000", "300", "300"),
            ("Skolskjuts", "9 400", "9 400", "0", "0"),
            ("Totalt", "284 600", "289 300", "-4 700", "-5 200"),
        ),
        widths=(140.0, 70.0, 70.0, 70.0, 70.0),
        bold_rows=frozenset({7}),
        rules=True,
        grid=True,
        size=9.0,
    )
    blocks = [
        Title("Månadsrapport november 2025", size=20, font="narrow-bold", after=2),
        Title("Barn- och utbildningsnämnden", size=13, font="narrow", after=14),
        H("Ekonomiskt läge", 2),
        P(
            "Barn- och utbildningsnämndens prognos för helåret är ett underskott på 4,7 mnkr (–5,2 mnkr i "
            "oktober).",
            C(None, "4,7 mnkr", "-", note="The bracketed figure is last month's, not the amount."),
        ),
        P(
            "Prognosen har därmed förbättrats med 0,5 mnkr sedan förra månaden, framför allt för att sjukfrånvaron "
            "i förskolan har minskat under hösten.",
            F(None, "0,5 mnkr", "+", "sjukfranvaro"),
        ),
        table,
        H("Förskola", 3),
        P(
            "Förskolan prognostiserar ett underskott på 2,1 mnkr. Barngrupperna i Sälen har fått förstärkas under "
            "vintersäsongen, när många säsongsanställdas barn skrivs in, och sjukfrånvaron har krävt vikarier.",
            C("Förskola", "2,1 mnkr", "-", "bemanning", "volymer", "sjukfranvaro", "vikarier"),
        ),
        H("Grundskola F–9", 3),
        P(
            "Grundskolan landar 1,9 mnkr sämre än budget. Tilläggsbeloppen för elever med omfattande stödbehov har "
            "ökat, och två elever går i resursskola i en annan kommun.",
            C("Grundskola F–9", "1,9 mnkr", "-", "volymer", "kopt_verksamhet"),
        ),
        P(
            "Statsbidraget för likvärdig skola blev 0,4 mnkr lägre än budgeterat.",
            C(
                "Statsbidrag för likvärdig skola",
                "0,4 mnkr",
                "-",
                "statsbidrag",
                note="A grant's deviation in a paragraph of its own under the grundskola's heading: its own item.",
            ),
        ),
        H("Gymnasieskola", 3),
        Para(
            (
                (
                    "Kostnaderna för interkommunal ersättning överstiger budget med 1,8 mnkr, eftersom fler "
                    "ungdomar än väntat har valt naturbruks- och fordonsprogram i andra kommuner.",
                    C("Gymnasieskola", "1,8 mnkr", "-", "kopt_verksamhet", "volymer"),
                ),
                (
                    "Ersättningen till andra huvudmän är 1 240 tkr högre än under 2024.",
                    O("Gymnasieskola", note="A comparison with last year: other."),
                ),
            )
        ),
        H("Fritidshem och vuxenutbildning", 3),
        P(
            "Fritidshemmet och vuxenutbildningen visar överskott på 0,2 respektive 0,3 mnkr, båda till följd av "
            "vakanta tjänster under hösten.",
            C(
                "Fritidshem",
                "0,2",
                "+",
                "vakanser",
                unit="mnkr",
                note="A 'respektive' pair with a shared reason: two items.",
                also=(C("Vuxenutbildning", "0,3 mnkr", "+", "vakanser"),),
            ),
        ),
        H("Förvaltningsgemensamt och skolskjuts", 3),
        P(
            "Förvaltningsgemensamt ger ett överskott eftersom den centrala bufferten för oförutsedda kostnader inte "
            "har tagits i anspråk.",
            C(
                "Förvaltningsgemensamt",
                "600",
                "+",
                "reserver",
                unit="tkr",
                table=True,
                note="A reason only: the table row's cell.",
            ),
        ),
        P("Skolskjutsen följer budget.", BP("Skolskjuts")),
        H("Investeringar", 3),
        P(
            "Investeringsramen på 2,5 mnkr för inventarier och digitala verktyg beräknas användas fullt ut.",
            BP("Investeringar", note="The whole frame used: boilerplate."),
        ),
        H("Åtgärder", 3),
        Bullets(
            (
                "Anställningsstopp för administrativa tjänster under resten av året.",
                "Översyn av barngruppernas storlek i förskolan inför vårterminen, med en beräknad effekt på 0,6 "
                "mnkr på helår.",
            ),
            labels=(A(None), A("Förskola", "0,6 mnkr", "bemanning")),
        ),
    ]
    return ReportSpec(
        file="malung-salen-bun-manadsrapport-2025-11.pdf",
        report={
            "municipality": "Malung-Sälen",
            "committee": ["Barn- och utbildningsnämnden"],
            "period": ["2025-11"],
            "report_type": "månadsrapport",
        },
        metadata={
            "title": "Månadsrapport november 2025 Barn- och utbildningsnämnden",
            "author": "Malung-Sälens kommun",
        },
        style=style,
        blocks=blocks,
    )
