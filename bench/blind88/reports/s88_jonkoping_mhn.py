"""Jönköpings kommun, Miljö- och hälsoskyddsnämnden, tjänsteskrivelse om timavgift för tillsyn 2026.

A decision on the hourly fee for inspections, which is no budget follow-up at all: full of amounts ("1 480
kronor", "21,4 miljoner kronor", "cirka 1,2 miljoner kronor"), "beror på" and "lägre än"/"högre än"
comparisons with other kommuner, a cost coverage that has fallen and a statement that the proposal "ryms inom
nämndens budgetram". Seven `other` items and no cause; the decision proposal and the legal background are
unlabelled. Liberation Serif (Times) 11 pt.

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
        leading=1.35,
        para_gap=7.0,
        heading_sizes=(15.0, 12.5, 11.0),
        heading_fonts=("times-bold", "times-bold", "times-bold"),
        margins=(76.0, 84.0, 76.0, 76.0),
        header=lambda n, m: ("Jönköpings kommun", "Tjänsteskrivelse 2025-10-14"),
        footer=lambda n, m: ("Miljö- och hälsoskyddskontoret", "Diarienummer MHN 2025:3318", f"Sida {n}"),
        header_size=8.5,
        rule_under_header=False,
    )
    table = Table(
        caption="Timavgift för tillsyn, kronor",
        header=(("", "2024", "2025", "Förslag 2026"),),
        rows=(
            ("Miljöbalken", "1 360", "1 410", "1 480"),
            ("Livsmedelslagstiftningen", "1 360", "1 410", "1 480"),
            ("Strålskyddslagen", "1 360", "1 410", "1 480"),
        ),
        widths=(190.0, 80.0, 80.0, 90.0),
        rules=True,
        size=9.5,
    )
    blocks = [
        Title("Timavgift för tillsyn 2026", size=17, font="times-bold", after=8),
        H("Förslag till beslut", 2),
        P(
            "Miljö- och hälsoskyddsnämnden föreslår kommunfullmäktige att fastställa timavgiften för tillsyn "
            "enligt miljöbalken, livsmedelslagstiftningen och strålskyddslagen till 1 480 kronor från den 1 januari "
            "2026."
        ),
        H("Bakgrund", 2),
        P(
            "Enligt kommunallagen får kommunen ta ut avgifter för tillsyn som motsvarar högst kostnaden för "
            "verksamheten. Timavgiften räknas upp varje år med hänsyn till förvaltningens kostnader."
        ),
        P(
            "Timavgiften för 2025 är 1 410 kronor. Höjningen med 70 kronor beror på att kostnaderna för löner och "
            "lokaler har ökat.",
            O(None, "lonekostnader", "lokaler", note="A fee increase with 'beror på': other."),
        ),
        table,
        H("Ärendet", 2),
        P(
            "Förvaltningens kostnader för tillsyn beräknas till 21,4 miljoner kronor 2026, varav 13,8 miljoner "
            "kronor ska täckas av avgifter.",
            O(None, note="Costs and fee financing, no budget deviation: other."),
        ),
        P(
            "Kostnadstäckningsgraden har sjunkit från 68 till 64 procent, vilket beror på att fler timmar läggs på "
            "klagomålsärenden som inte är avgiftsfinansierade.",
            O(None, note="A cost coverage with 'beror på': other."),
        ),
        P(
            "Från 2025 debiteras livsmedelskontrollen i efterhand, vilket innebär att intäkter om cirka 1,2 "
            "miljoner kronor förskjuts mellan åren.",
            O(None, "periodisering", note="A timing shift, not against budget: other."),
        ),
        H("Jämförelse med andra kommuner", 2),
        P(
            "Den föreslagna timavgiften är 90 kronor lägre än i Linköping och 120 kronor högre än i Värnamo.",
            O(None, note="A comparison with other kommuner: other."),
        ),
        H("Konsekvenser", 2),
        P(
            "För en restaurang med fyra timmars kontroll per år innebär förslaget en ökning med 280 kronor.",
            O(None, note="A consequence for a business: other."),
        ),
        P(
            "Förslaget ryms inom nämndens budgetram för 2026 och påverkar inte kommunbidraget.",
            O(None, note="A financing statement with no deviation: other."),
        ),
    ]
    return ReportSpec(
        file="jonkoping-mhn-timavgift-tillsyn-2026.pdf",
        report={
            "municipality": "Jönköping",
            "committee": ["Miljö- och hälsoskyddsnämnden"],
            "period": ["2026"],
            "report_type": "taxeförslag",
        },
        metadata={"title": "Timavgift för tillsyn 2026", "author": "Jönköpings kommun"},
        style=style,
        blocks=blocks,
    )
