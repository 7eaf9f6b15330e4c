"""Ljungby kommun, Miljö- och byggnämnden, tjänsteskrivelse: taxa för prövning och tillsyn inom miljöbalkens
område 2027.

A proposal to raise the hourly fee, which is no budget follow-up at all: the decision proposal, the background
and the legal basis (unlabelled), a table of fees per hour (unlabelled), then seven `other` items full of
amounts and "beror på": the new hourly fee, the reason for the rise ("Höjningen beror på"), the revenue it
brings, the cost-coverage rate below its goal, its fall against 2024 with "beror främst på", a comparison
with neighbouring kommuner ("95 kronor lägre än i Växjö"), and the financing ("ryms inom nämndens
budgetram"). There is no cause. Liberation Serif (Times metrics) 11 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import O


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=11.0,
        leading=1.3,
        para_gap=7.0,
        heading_sizes=(15.0, 12.5, 11.0),
        heading_fonts=("arial-bold", "arial-bold", "times-bold"),
        margins=(72.0, 82.0, 72.0, 76.0),
        header=lambda n, m: ("LJUNGBY KOMMUN  Miljö- och byggförvaltningen", "TJÄNSTESKRIVELSE 2026-09-03"),
        footer=lambda n, m: ("Dnr MBN 2026/377", "", f"{n}({m})"),
        header_size=8.0,
    )
    fees = Table(
        caption="Timavgift, kronor per timme",
        header=(("Område", "Gällande taxa", "Föreslagen taxa 2027"),),
        rows=(
            ("Miljöfarlig verksamhet", "1 240", "1 320"),
            ("Hälsoskydd", "1 240", "1 320"),
            ("Avlopp och värmepumpar", "1 240", "1 320"),
        ),
        widths=(190.0, 90.0, 120.0),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title(
            "Taxa för prövning och tillsyn inom miljöbalkens område 2027", size=15, font="arial-bold", after=8
        ),
        H("Förslag till beslut", 2),
        P(
            "Miljö- och byggnämnden föreslår kommunfullmäktige att anta taxa för prövning och tillsyn inom "
            "miljöbalkens område att gälla från och med den 1 januari 2027."
        ),
        H("Bakgrund", 2),
        P(
            "Kommunen får enligt 27 kap. 1 § miljöbalken ta ut avgifter för prövning och tillsyn. Avgiften får "
            "inte överstiga kommunens självkostnad för verksamheten. Taxan räknades senast om 2023."
        ),
        H("Ärendet", 2),
        P(
            "Timavgiften föreslås höjas från 1 240 kronor till 1 320 kronor per timme från den 1 januari 2027.",
            O(None, note="A proposed fee, not a deviation."),
        ),
        P(
            "Höjningen beror på att lönekostnaderna och kostnaderna för verksamhetssystemet har ökat sedan taxan "
            "senast räknades om.",
            O(None, note="'Beror på' about the fee, not about a budget deviation."),
        ),
        fees,
        P(
            "Intäkterna från prövnings- och tillsynsavgifter beräknas öka med cirka 310 000 kronor per år med den "
            "nya taxan.",
            O(None, note="The effect of the proposal: a supporting figure."),
        ),
        P(
            "Kostnadstäckningsgraden för miljötillsynen var 58 procent 2025, vilket är lägre än nämndens mål på 65 "
            "procent.",
            O(None, note="A goal not met."),
        ),
        P(
            "Att kostnadstäckningen blev lägre än 2024 beror främst på att två miljöinspektörer var föräldralediga "
            "under delar av året och att färre tillsynsbesök därför kunde debiteras.",
            O(None, note="A comparison with the previous year with 'beror främst på'."),
        ),
        P(
            "En jämförelse med grannkommunerna visar att Ljungbys timavgift efter höjningen är 95 kronor lägre än "
            "i Växjö och 40 kronor högre än i Markaryd.",
            O(None, note="Other kommuner's fees."),
        ),
        H("Ekonomiska konsekvenser", 2),
        P(
            "Förslaget ryms inom nämndens budgetram för 2027 och bedöms inte medföra några ökade kostnader för "
            "kommunen.",
            O(None, note="A financing statement; no deviation is reported."),
        ),
        H("Beslutsunderlag", 2),
        P("Tjänsteskrivelse 2026-09-03. Förslag till taxa, bilaga 1. Beräkning av timavgift, bilaga 2."),
        P("Anna Lindqvist, miljöchef    Peter Holm, förvaltningschef", size=10.0),
    ]
    return ReportSpec(
        file="ljungby-mbn-taxa-miljobalken-2027.pdf",
        report={
            "municipality": "Ljungby",
            "committee": ["Miljö- och byggnämnden", "Kommunfullmäktige"],
            "period": ["2027", "2026-09"],
            "report_type": "tjänsteskrivelse",
        },
        metadata={
            "title": "Taxa för prövning och tillsyn inom miljöbalkens område 2027",
            "author": "Ljungby kommun",
        },
        style=style,
        blocks=blocks,
    )
