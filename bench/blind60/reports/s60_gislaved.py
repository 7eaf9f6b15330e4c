"""Gislaveds kommun, Barn- och utbildningsnämnden, månadsrapport oktober 2025.

A school committee's month report in Liberation Sans 10 pt: the period "3,8 mnkr lägre än den periodiserade
budgeten" (a net cost under budget, positive) and the full year's "underskott på 6,2 mnkr" in two sentences
with a share of the frame, the change since September with its causes, a table in tkr with hyphen-minus,
headings that carry the area and amount in mnkr with U+2212 ("Förskola −3,5 mnkr"), a run-in "Grundsärskola."
with reasons only (the row's "-950"), a possessive ("Gymnasieskolans prognos"), "Inom vuxenutbildningen … en
positiv avvikelse på 0,7 mnkr", the amount in the second sentence after the reason (Elevhälsa), a surplus "om
850 tkr"; two bulleted actions, a volume against last year and a risk (others). The footer carries the
meeting date in November.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import Bullets, H, P, Para, ReportSpec, Style, Table, Title

from reports.common import HP, LP, A, C, F, O

HEAD = "The heading carries the area and its amount."


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=10.0,
        leading=1.36,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(66.0, 78.0, 66.0, 72.0),
        header=lambda n, m: ("Gislaveds kommun", "Barn- och utbildningsförvaltningen"),
        footer=lambda n, m: (
            "Månadsrapport oktober 2025",
            "Barn- och utbildningsnämnden 2025-11-19",
            f"{n}/{m}",
        ),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Helårsprognos per verksamhet 2025, tkr",
        header=(("Verksamhet", "Budget", "Prognos", "Avvikelse"),),
        rows=(
            ("Nämnd och förvaltningsledning", "14 200", "13 350", "850"),
            ("Förskola", "168 400", "171 900", "-3 500"),
            ("Grundskola", "322 600", "326 100", "-3 500"),
            ("Grundsärskola", "18 900", "19 850", "-950"),
            ("Gymnasieskola", "141 300", "140 100", "1 200"),
            ("Vuxenutbildning", "24 800", "24 100", "700"),
            ("Elevhälsa", "21 500", "22 500", "-1 000"),
            ("Summa", "711 700", "717 900", "-6 200"),
        ),
        widths=(180.0, 80.0, 80.0, 80.0),
        bold_rows=frozenset({7}),
        rules=True,
        shade=(0.85, 0.9, 0.95),
    )
    blocks = [
        Title("Månadsrapport oktober 2025", size=18, font="arial-bold", after=2),
        Title("Barn- och utbildningsnämnden", size=12.5, font="arial", after=12),
        H("Ekonomisk sammanfattning", 2),
        Para(
            (
                (
                    "Barn- och utbildningsnämnden redovisar per oktober en nettokostnad som är 3,8 mnkr lägre än "
                    "den periodiserade budgeten.",
                    C(None, "3,8 mnkr", "+", note="The period: a net cost under the periodised budget."),
                ),
                (
                    "För helåret prognostiseras ett underskott på 6,2 mnkr, vilket motsvarar 0,9 procent av "
                    "nämndens budgetram.",
                    C(
                        None,
                        "6,2 mnkr",
                        "-",
                        note="The full year in a sentence of its own; the share is not the amount.",
                    ),
                ),
            )
        ),
        P(
            "Prognosen är 1,4 mnkr sämre än i september, främst på grund av att fler barn än beräknat har börjat i "
            "fristående förskolor under hösten.",
            F(None, "1,4 mnkr", "-", "kopt_verksamhet", "volymer"),
        ),
        table,
        H("Kommentarer per verksamhet", 2),
        HP(
            "Förskola −3,5 mnkr",
            "Fler barn än budgeterat går i fristående förskolor och pedagogisk omsorg, vilket ökar kostnaden för "
            "barnpeng till andra huvudmän. Samtidigt har sjukfrånvaron bland personalen varit hög under september "
            "och oktober, och fler timvikarier har behövts.",
            C(
                "Förskola",
                "−3,5 mnkr",
                "-",
                "kopt_verksamhet",
                "volymer",
                "sjukfranvaro",
                "vikarier",
                note=HEAD,
            ),
        ),
        HP(
            "Grundskola −3,5 mnkr",
            "Skolskjutsarna har blivit dyrare sedan det nya trafikavtalet började gälla i augusti. Grundskolan har "
            "dessutom fler elever i behov av särskilt stöd än vad resursfördelningen räknade med.",
            C("Grundskola", "−3,5 mnkr", "-", "prisokningar", "volymer", note=HEAD),
        ),
        LP(
            "Grundsärskola.",
            "Två elever har tillkommit under hösten med beslut om mottagande, varav en går i en annan kommuns "
            "skola. Verksamheten beräknas därför överskrida sin budget.",
            C(
                "Grundsärskola",
                "-950",
                "-",
                "volymer",
                "kopt_verksamhet",
                unit="tkr",
                table=True,
                note="Reasons only: the table row's cell.",
            ),
        ),
        P(
            "Gymnasieskolans prognos är ett överskott på 1,2 mnkr. Färre elever än beräknat läser på program i "
            "andra kommuner, och de interkommunala ersättningarna blir därmed lägre.",
            C("Gymnasieskola", "1,2 mnkr", "+", "kopt_verksamhet", "volymer"),
        ),
        P(
            "Inom vuxenutbildningen blir statsbidragen för regionalt yrkesvux högre än budgeterat, vilket ger en "
            "positiv avvikelse på 0,7 mnkr.",
            C("Vuxenutbildning", "0,7 mnkr", "+", "statsbidrag"),
        ),
        P(
            "Elevhälsan köper skolpsykologtjänster från ett konsultföretag eftersom två tjänster inte har gått att "
            "tillsätta. Kostnaden beräknas därför bli 1,0 mnkr högre än budget.",
            C("Elevhälsa", "1,0 mnkr", "-", "inhyrd_personal", "vakanser"),
        ),
        P(
            "Förvaltningsledningen bidrar med ett överskott om 850 tkr, eftersom en tjänst som utvecklingsstrateg "
            "har stått vakant sedan i våras.",
            C("Nämnd och förvaltningsledning", "850 tkr", "+", "vakanser"),
        ),
        H("Åtgärder", 2),
        Bullets(
            (
                "Anställningsstopp för administrativa tjänster till och med december, med en beräknad effekt på "
                "0,4 mnkr.",
                "Översyn av skolskjutsarnas linjer och hållplatser inför vårterminen 2026.",
            ),
            labels=(A(None, "0,4 mnkr"), A("Grundskola")),
        ),
        H("Verksamhet och risker", 2),
        P(
            "Antalet barn i förskolan är 42 fler än i oktober förra året.",
            O("Förskola", note="A volume against last year."),
        ),
        P(
            "Osäkerheten i prognosen gäller främst hur många barn som börjar i fristående förskolor under november "
            "och december.",
            O("Förskola", note="A risk."),
        ),
    ]
    return ReportSpec(
        file="gislaved-bun-manadsrapport-2025-10.pdf",
        report={
            "municipality": "Gislaved",
            "committee": ["Barn- och utbildningsnämnden"],
            "period": ["2025-10"],
            "report_type": "månadsrapport",
        },
        metadata={
            "title": "Månadsrapport oktober 2025 Barn- och utbildningsnämnden",
            "author": "Gislaveds kommun",
        },
        style=style,
        blocks=blocks,
    )
