"""Västerviks kommun, Miljö- och byggnadsnämnden, tjänsteskrivelse: ny timavgift i taxan för prövning och
tillsyn enligt miljöbalken 2027.

A fee proposal, which is no budget follow-up at all: a decision proposal and a background (unlabelled), then
the new hourly fee "från 1 250 kronor till 1 340 kronor", the rise that "beror på" higher wage, premises and
IT costs, a cost-recovery rate under fullmäktige's goal, the fee revenue "cirka 300 000 kronor mer" with the
new taxa, a comparison with two neighbouring kommuner ("60 kronor högre respektive 40 kronor lägre"), the
kommunbidrag that finances the rest and a note that the byggnadsnämnd's plan- och bygglovtaxa is handled
apart (about someone else): seven `other` items and no cause. The comparison table is unlabelled.
DejaVu Serif Condensed 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import O


def spec() -> ReportSpec:
    style = Style(
        body="serif-cond",
        bold="serif-cond-bold",
        italic="serif-italic",
        size=10.0,
        leading=1.4,
        para_gap=6.5,
        heading_sizes=(14.0, 11.5, 10.5),
        heading_fonts=("serif-cond-bold", "serif-cond-bold", "serif-cond-bold"),
        margins=(72.0, 80.0, 72.0, 74.0),
        header=lambda n, m: ("Västerviks kommun – Miljö- och byggnadsförvaltningen", "MBN 2026/0218"),
        footer=lambda n, m: ("Tjänsteskrivelse 2026-08-17", "", f"{n} ({m})"),
        header_size=8.0,
    )
    compare = Table(
        caption="Timavgift för tillsyn enligt miljöbalken, kronor",
        header=(("Kommun", "2026", "2027"),),
        rows=(
            ("Västervik (förslag)", "1 250", "1 340"),
            ("Vimmerby", "1 230", "1 280"),
            ("Hultsfred", "1 320", "1 380"),
        ),
        widths=(170.0, 70.0, 70.0),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Tjänsteskrivelse", size=17, font="serif-cond-bold", after=4),
        Title(
            "Ny timavgift i taxan för prövning och tillsyn enligt miljöbalken från 2027",
            size=12.5,
            font="serif-cond-bold",
            after=10,
        ),
        H("Förslag till beslut", 2),
        P(
            "Miljö- och byggnadsnämnden föreslår kommunfullmäktige att fastställa timavgiften i taxan för prövning "
            "och tillsyn enligt miljöbalken till 1 340 kronor från och med den 1 januari 2027."
        ),
        H("Bakgrund", 2),
        P(
            "Kommunfullmäktige beslutar om taxan och nämnden ska varje år pröva om timavgiften behöver räknas om. "
            "Timavgiften ska täcka kostnaden för en handläggartimme inklusive overhead."
        ),
        H("Ärendet", 2),
        P(
            "Förslaget innebär att timavgiften för tillsyn höjs från 1 250 kronor till 1 340 kronor, en ökning med "
            "7,2 procent.",
            O(None, "avgifter_intakter", note="The proposed fee: a decision, not a deviation."),
        ),
        P(
            "Höjningen beror på att lönekostnaderna och kostnaderna för lokaler och IT-stöd har ökat mer än taxan "
            "sedan den senast räknades om 2023.",
            O(None, note="'Beror på' explains the proposal, not a deviation from budget: other."),
        ),
        P(
            "Kostnadstäckningsgraden för tillsynen var 58 procent 2025, vilket är lägre än fullmäktiges mål om 70 "
            "procent.",
            O(None, note="A goal not met: other."),
        ),
        compare,
        P(
            "Jämfört med grannkommunerna ligger den föreslagna timavgiften 60 kronor högre än i Vimmerby "
            "respektive 40 kronor lägre än i Hultsfred.",
            O(None, note="A comparison with other kommuner."),
        ),
        H("Ekonomiska konsekvenser", 2),
        P(
            "Med nuvarande taxa beräknas avgiftsintäkterna för 2027 bli cirka 4,1 miljoner kronor. Den föreslagna "
            "timavgiften ger cirka 300 000 kronor mer.",
            O(None, "avgifter_intakter", note="The effect of the decision on revenue: other."),
        ),
        P(
            "Den del av tillsynens kostnader som inte täcks av avgifter finansieras med kommunbidrag, som för 2026 "
            "uppgår till 3,6 miljoner kronor.",
            O(None, note="A financing statement."),
        ),
        P(
            "Taxan för plan- och bygglov omfattas inte av förslaget. Den räknas om i ett eget ärende i höst, "
            "samordnat med Vimmerby och Hultsfred.",
            O(None, note="About another taxa, handled apart."),
        ),
    ]
    return ReportSpec(
        file="vastervik-mbn-timavgift-tillsyn-2027.pdf",
        report={
            "municipality": "Västervik",
            "committee": ["Miljö- och byggnadsnämnden"],
            "period": ["2027", "2026-08"],
            "report_type": "taxeförslag",
        },
        metadata={"title": "Ny timavgift i taxan enligt miljöbalken 2027", "author": "Västerviks kommun"},
        style=style,
        blocks=blocks,
    )
