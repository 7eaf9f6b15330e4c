"""Piteå kommun, Miljö- och tillsynsnämnden, uppföljning av tillsynsplan 2025.

A supervision-plan follow-up that is no budget follow-up at all, in "mnkr", "tkr" and "kronor" set in Times,
dated in February: a decision proposal and the legal background (unlabelled), inspections fewer than planned
"Det beror på" parental leave, fee revenue "0,3 mnkr mer än 2024" with an hourly fee raised "från 1 290 till
1 380 kronor", more notifications "till följd av", food-control fees and extra controls in whole kronor, sample
costs "har finansierats inom nämndens ram och ryms inom den budget" (a financing statement, no deviation
reported), sanction fees and next year's need of hours against the resources: seven `other` items and no cause.
A table of visits and hours per area is unlabelled.

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
        leading=1.33,
        para_gap=7.0,
        heading_sizes=(14.0, 12.0, 11.0),
        heading_fonts=("times-bold", "times-bold", "times-bold"),
        margins=(72.0, 80.0, 72.0, 76.0),
        header=lambda n, m: ("PITEÅ KOMMUN", "TJÄNSTESKRIVELSE"),
        footer=lambda n, m: ("Miljö- och tillsynsnämnden", "2026-02-17, Dnr MTN 2026/0041", f"Sida {n}({m})"),
        header_size=8.5,
        rule_under_header=True,
    )
    table = Table(
        caption="Tillsyn 2025 per område",
        header=(("Område", "Planerade besök", "Genomförda besök", "Debiterade timmar"),),
        rows=(
            ("Miljöfarlig verksamhet", "214", "196", "2 140"),
            ("Livsmedel", "268", "259", "1 610"),
            ("Hälsoskydd", "118", "97", "690"),
            ("Enskilda avlopp", "60", "60", "310"),
            ("Summa", "660", "612", "4 750"),
        ),
        widths=(170.0, 90.0, 100.0, 100.0),
        bold_rows=frozenset({4}),
        rules=True,
        size=9.5,
    )
    blocks = [
        Title("Uppföljning av tillsynsplan 2025", size=17, font="times-bold", after=2),
        Title("Miljö- och tillsynsnämnden", size=12, font="times-italic", after=12),
        H("Förslag till beslut", 2),
        P(
            "Miljö- och tillsynsnämnden godkänner uppföljningen av tillsynsplanen för 2025 och lägger den till handlingarna."
        ),
        H("Bakgrund", 2),
        P(
            "Enligt miljötillsynsförordningen och livsmedelslagstiftningen ska nämnden varje år följa upp sin "
            "tillsynsplan och redovisa hur den planerade tillsynen har genomförts."
        ),
        H("Genomförd tillsyn", 2),
        P(
            "Under 2025 genomfördes 612 planerade tillsynsbesök, vilket är 48 färre än planerat. Det beror på att två "
            "miljöinspektörer var föräldralediga under hösten och att tjänsterna inte kunde ersättas.",
            O(None, note="Inspections against the plan, not the budget: other."),
        ),
        table,
        P(
            "Antalet anmälningsärenden ökade med 18 procent, framför allt till följd av fler solcellsparker och "
            "bergvärmeanläggningar.",
            O(None, note="Volumes against an earlier time."),
        ),
        H("Avgifter", 2),
        P(
            "Den debiterade tillsynsavgiften uppgick till 3,4 mnkr, vilket är 0,3 mnkr mer än 2024. Ökningen beror på "
            "att timavgiften höjdes från 1 290 till 1 380 kronor.",
            O(None, note="Fee revenue against the previous year, not the budget: other."),
        ),
        P(
            "Livsmedelskontrollen debiterade 1 860 000 kronor i årliga kontrollavgifter. Extra offentlig kontroll efter "
            "klagomål debiteras i efterhand och uppgick till 74 000 kronor.",
            O(None, note="Supporting figures."),
        ),
        P(
            "Kostnaden för externa provtagningar av enskilda avlopp, 210 tkr, har finansierats inom nämndens ram och "
            "ryms inom den budget som fullmäktige har beslutat.",
            O(None, note="A financing statement: no deviation is reported."),
        ),
        P(
            "Under året har 14 miljösanktionsavgifter beslutats med sammanlagt 96 000 kronor, flest för försenade "
            "cisternkontroller.",
            O(None, note="Sanction fees."),
        ),
        H("Inför 2026", 2),
        P(
            "Behovet av tillsyn 2026 beräknas till 9 800 timmar, medan resurserna räcker till 8 900 timmar, vilket "
            "innebär en brist på 900 timmar.",
            O(None, note="Hours of need against resources, not a budget deviation."),
        ),
    ]
    return ReportSpec(
        file="pitea-mtn-uppfoljning-tillsynsplan-2025.pdf",
        report={
            "municipality": "Piteå",
            "committee": ["Miljö- och tillsynsnämnden"],
            "period": ["2025"],
            "report_type": "tillsynsuppföljning",
        },
        metadata={"title": "Uppföljning av tillsynsplan 2025", "author": "Piteå kommun"},
        style=style,
        blocks=blocks,
    )
