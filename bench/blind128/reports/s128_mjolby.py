"""Mjölby kommun, Socialnämnden, beslut: avgifter och förbehållsbelopp inom vård och omsorg 2026.

A decision on next year's care fees, which is no budget follow-up at all: full of amounts in kronor and mnkr,
"beror på", "höjs", "lägre än" and "ryms inom den intäktsbudget", set in DejaVu Serif, footer with the nämnd's
meeting in November: the new maximum fee and its reason (the prisbasbelopp), the reserved amount, the fee
revenue's increase against 2025 with "beror på", the share of users paying the full fee, the meal fee's rise
with "beror på", a statement that the increase fits in the revenue budget and does not change the forecast
(a financing statement, no deviation reported), and a comparison with other kommuner's fees (about someone
else): seven `other` items and no cause. The decision proposal, the legal background and the fee table are
unlabelled.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import O


def spec() -> ReportSpec:
    style = Style(
        body="serif",
        bold="serif-bold",
        italic="serif-italic",
        size=10.0,
        leading=1.4,
        para_gap=7.0,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("serif-bold", "serif-bold", "serif-bold"),
        margins=(72.0, 80.0, 72.0, 76.0),
        header=lambda n, m: ("Mjölby kommun", "Socialnämnden"),
        footer=lambda n, m: ("Socialnämndens sammanträde 2025-11-26", "Dnr SN 2025/311", f"{n} ({m})"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Avgifter och belopp 2025 och 2026, kronor per månad",
        header=(("", "2025", "2026"),),
        rows=(
            ("Maxtaxa hemtjänst, hemsjukvård och särskilt boende", "2 576", "2 660"),
            ("Förbehållsbelopp, ensamstående", "7 010", "7 150"),
            ("Förbehållsbelopp, sammanboende", "5 920", "6 040"),
            ("Måltidsavgift särskilt boende", "4 136", "4 310"),
            ("Matdistribution, per portion", "68", "72"),
        ),
        widths=(270.0, 80.0, 80.0),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Avgifter och förbehållsbelopp inom vård och omsorg 2026", size=16, font="serif-bold", after=2),
        Title("Tjänsteskrivelse till socialnämnden", size=11.5, font="serif", after=12),
        H("Förslag till beslut", 2),
        P(
            "Socialnämnden fastställer avgifter och förbehållsbelopp inom vård och omsorg för 2026 enligt "
            "förvaltningens förslag, att gälla från och med den 1 januari 2026."
        ),
        H("Bakgrund", 2),
        P(
            "Enligt socialtjänstlagen får kommunen ta ut skäliga avgifter för hemtjänst, dagverksamhet och "
            "särskilt boende. Avgifterna får inte överstiga kommunens självkostnad, och den enskilde ska "
            "tillförsäkras ett förbehållsbelopp för sina personliga behov."
        ),
        H("Ärendet", 2),
        P(
            "Maxtaxan för hemtjänst, hemsjukvård och särskilt boende höjs från 2 576 kronor till 2 660 kronor per "
            "månad. Höjningen beror på att prisbasbeloppet för 2026 har fastställts till 59 200 kronor.",
            O(None, "avgifter_intakter", note="A fee rule and its reason: other."),
        ),
        P(
            "Förbehållsbeloppet för en ensamstående höjs till 7 150 kronor per månad, och för sammanboende till "
            "6 040 kronor per person.",
            O(None, note="A reserved amount: other."),
        ),
        table,
        P(
            "Avgiftsintäkterna beräknas öka med cirka 0,9 mnkr under 2026 jämfört med 2025, vilket beror på både "
            "den höjda maxtaxan och fler brukare med hemtjänst.",
            O(
                "Avgiftsintäkter",
                "avgifter_intakter",
                "volymer",
                note="Revenue against the previous year, with 'beror på': other.",
            ),
        ),
        P(
            "Av nämndens 1 480 brukare betalar 61 procent hela maxtaxan.",
            O(None, note="A supporting figure: other."),
        ),
        P(
            "Måltidsavgiften i särskilt boende höjs med 4,2 procent till 4 310 kronor per månad, vilket beror på "
            "högre livsmedelspriser enligt kostenhetens kalkyl.",
            O("Måltidsavgift", "prisokningar", note="A fee rise and its reason: other."),
        ),
        H("Ekonomiska konsekvenser", 2),
        P(
            "Ökningen av avgiftsintäkterna ryms inom den intäktsbudget som nämnden fastställde i internbudgeten "
            "för 2026 och påverkar inte nämndens prognos.",
            O(None, note="A financing statement, no deviation reported: other."),
        ),
        H("Jämförelse med andra kommuner", 2),
        P(
            "Mjölbys avgifter ligger lägre än genomsnittet för länets kommuner, och i tre kommuner är maxtaxan "
            "högre än i Mjölby med mellan 40 och 120 kronor per månad.",
            O(None, note="A comparison with other kommuner: other."),
        ),
    ]
    return ReportSpec(
        file="mjolby-sn-avgifter-vard-och-omsorg-2026.pdf",
        report={
            "municipality": "Mjölby",
            "committee": ["Socialnämnden"],
            "period": ["2026", "2025-11"],
            "report_type": "beslut",
        },
        metadata={
            "title": "Avgifter och förbehållsbelopp inom vård och omsorg 2026",
            "author": "Mjölby kommun",
        },
        style=style,
        blocks=blocks,
    )
