"""Osby kommun, Barn- och skolnämnden, tjänsteskrivelse om avgifter i förskola och fritidshem 2027.

A fee decision that is no budget follow-up at all, set in Times with the letter date and diarienummer in
the header: the proposal, the background (Skolverket's income ceiling "höjs … vilket beror på"), the highest
fee "58 kronor mer än 2026", the fee revenue that "beräknas öka med cirka 260 tkr jämfört med 2026", the
state grant "i nivå med 2026", last year's invoiced fees "0,3 mnkr mer än 2024, vilket beror på", the third
child's fee with "beror på", the cost of changing the e-service and its financing, and the fee revenue that
"ryms inom den budget" fullmäktige set: eight `other` items and no cause. The decision proposal, the fee
table and the consequences for children are unlabelled. Liberation Serif 11 pt.

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
        leading=1.32,
        para_gap=7.0,
        heading_sizes=(15.0, 12.5, 11.0),
        heading_fonts=("times-bold", "times-bold", "times-bold"),
        margins=(72.0, 84.0, 72.0, 76.0),
        header=lambda n, m: ("OSBY KOMMUN Barn- och skolförvaltningen", "2026-09-08   Dnr BSN 2026/74"),
        footer=lambda n, m: ("Tjänsteskrivelse", "", f"{n} ({m})"),
        header_size=8.0,
        rule_under_header=False,
    )
    table = Table(
        caption="Avgifter i förskola och fritidshem 2027",
        header=(("", "Andel av inkomst", "Högsta avgift, förskola", "Högsta avgift, fritidshem"),),
        rows=(
            ("Barn 1", "3 % / 2 %", "1 776 kr", "1 184 kr"),
            ("Barn 2", "2 % / 1 %", "1 184 kr", "592 kr"),
            ("Barn 3", "1 % / 1 %", "592 kr", "592 kr"),
            ("Barn 4", "0 %", "0 kr", "0 kr"),
        ),
        widths=(90.0, 100.0, 120.0, 130.0),
        rules=True,
        size=9.5,
    )
    blocks = [
        Title("Avgifter i förskola och fritidshem 2027", size=17, font="times-bold", after=12),
        H("Förslag till beslut", 2),
        P(
            "Barn- och skolnämnden föreslår kommunfullmäktige besluta att fastställa avgifterna i förskola och "
            "fritidshem för 2027 enligt förvaltningens förslag, med inkomsttak enligt Skolverkets beslut."
        ),
        H("Bakgrund", 2),
        P(
            "Skolverket fastställer varje år inkomsttaket för maxtaxan. För 2027 höjs inkomsttaket till 59 200 kronor "
            "per månad, vilket beror på indexuppräkningen av inkomstbasbeloppet.",
            O(None, note="A rule with 'beror på': other."),
        ),
        P(
            "Höjningen innebär att den högsta avgiften för det första barnet i förskola blir 1 776 kronor per månad, "
            "58 kronor mer än 2026.",
            O(None, note="A fee against the previous year: other."),
        ),
        P(
            "Avgiften för det tredje barnet blir högst 592 kronor, vilket beror på att den motsvarar en procent av "
            "hushållets inkomst upp till inkomsttaket.",
            O(None, note="A fee rule with 'beror på': other."),
        ),
        table,
        H("Ekonomiska konsekvenser", 2),
        P(
            "Avgiftsintäkterna beräknas öka med cirka 260 tkr jämfört med 2026.",
            O(None, "avgifter_intakter", note="Revenue against the previous year, not a budget: other."),
        ),
        P(
            "Under 2025 fakturerades 14,6 mnkr i avgifter, 0,3 mnkr mer än 2024, vilket beror på att fler barn hade "
            "heltidsplacering.",
            O(None, "avgifter_intakter", "volymer", note="Last year against the year before: other."),
        ),
        P(
            "Statsbidraget för maxtaxa beräknas till 2,9 mnkr, vilket är i nivå med 2026.",
            O(None, "statsbidrag", note="A grant against the previous year: other."),
        ),
        P(
            "Förvaltningens förslag ryms inom den budget för avgiftsintäkter som fullmäktige fastställt i Mål och budget "
            "2027.",
            O(None, note="A financing statement, no deviation: other."),
        ),
        P(
            "Kostnaden för att ändra avgiftsmallarna i e-tjänsten beräknas till 45 000 kronor och finansieras inom "
            "förvaltningens IT-budget.",
            O(None, note="A cost and its financing: other."),
        ),
        H("Konsekvenser för barn", 2),
        P(
            "Förslaget bedöms inte påverka barns möjlighet att delta i förskola eller fritidshem, eftersom avgifterna "
            "fortsatt följer maxtaxans regler och syskonrabatten behålls."
        ),
        P("Förvaltningschef Barn- och skolförvaltningen", size=10.0),
    ]
    return ReportSpec(
        file="osby-bsn-avgifter-forskola-fritidshem-2027.pdf",
        report={
            "municipality": "Osby",
            "committee": ["Barn- och skolnämnden", "Kommunfullmäktige"],
            "period": ["2027", "2026-09"],
            "report_type": "taxebeslut",
        },
        metadata={"title": "Avgifter i förskola och fritidshem 2027", "author": "Osby kommun"},
        style=style,
        blocks=blocks,
    )
