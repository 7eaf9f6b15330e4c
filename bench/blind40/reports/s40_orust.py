"""Orust kommun, Kommunstyrelsen, tjänsteskrivelse med förslag till VA-taxa 2026 (not a budget follow-up).

A tjänsteskrivelse proposing next year's water and sewage tariff, full of amounts in kronor and mnkr, "beror
på", "mer än" and an "underskott" that would follow if the tariff were not raised, but with no budget
follow-up at all: the tariff change for a standard house, the reason for the rise ("Höjningen beror främst
på"), next year's revenue against this year's budgeted revenue, the financing of a gap from the VA fund, a
comparison with other kommuner, the effect on a large household and a hypothetical deficit: seven `other`
items and no cause. The decision proposal and the legal background are unlabelled. Liberation Sans 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import O


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=10.0,
        leading=1.4,
        para_gap=7.0,
        heading_sizes=(14.0, 11.5, 10.5),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(72.0, 80.0, 72.0, 76.0),
        header=lambda n, m: ("Orust kommun", "Tjänsteskrivelse 2025-10-21"),
        footer=lambda n, m: ("Kommunstyrelsen 2025-11-12", "Dnr KS/2025:1148", f"{n}({m})"),
        header_size=8.0,
        rule_under_header=True,
    )
    tariff = Table(
        caption="Årskostnad för typhus, kronor inklusive moms",
        header=(("Typhus", "Taxa 2025", "Förslag 2026", "Förändring"),),
        rows=(
            ("Typhus A, villa 150 m³", "12 530", "13 658", "1 128"),
            ("Typhus A, villa 250 m³", "17 940", "19 555", "1 615"),
            ("Typhus B, flerbostadshus per lägenhet", "6 310", "6 878", "568"),
        ),
        widths=(200.0, 70.0, 80.0, 70.0),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Förslag till VA-taxa 2026", size=17, font="arial-bold", after=12),
        H("Förslag till beslut", 2),
        P(
            "Kommunstyrelsen föreslår kommunfullmäktige att anta taxa för Orust kommuns allmänna vatten- och "
            "avloppsanläggning att gälla från och med den 1 januari 2026."
        ),
        H("Sammanfattning", 2),
        P(
            "Förslaget innebär att brukningsavgiften höjs med 9 procent och anläggningsavgiften med 5 procent. För "
            "ett normalhus av typ A med en förbrukning på 150 kubikmeter per år innebär det en ökning med 1 128 "
            "kronor per år, från 12 530 kronor till 13 658 kronor.",
            O(None, "avgifter_intakter", note="A tariff change for a standard house: other."),
        ),
        P(
            "Höjningen beror främst på ökade kapitalkostnader för det nya avloppsreningsverket i Henån och på högre "
            "kostnader för el och kemikalier.",
            O(None, "prisokningar", note="'beror på' about the tariff rise, not a deviation from budget."),
        ),
        H("Bakgrund", 2),
        P(
            "VA-verksamheten ska enligt lagen om allmänna vattentjänster finansieras med avgifter och får inte ta ut "
            "mer än de nödvändiga kostnaderna för verksamheten, den så kallade självkostnadsprincipen."
        ),
        P(
            "Verksamhetens intäkter 2026 beräknas till 78,4 mnkr, vilket är 6,5 mnkr mer än de intäkter som är "
            "budgeterade för 2025. Kostnaderna beräknas samtidigt till 80,1 mnkr.",
            O(None, note="Next year's revenue against this year's budget: a plan, not a deviation."),
        ),
        P(
            "Skillnaden på 1,7 mnkr finansieras genom att VA-fonden tas i anspråk. Fonden uppgår efter 2025 års "
            "bokslut till 3,9 mnkr enligt den senaste bedömningen.",
            O(None, "reserver", note="Financing from the fund: other."),
        ),
        tariff,
        P(
            "Taxan ligger fortfarande under genomsnittet för jämförbara kustkommuner i länet, där årskostnaden för "
            "typhus A var 13 980 kronor 2025.",
            O(None, note="A comparison with other kommuner."),
        ),
        H("Konsekvenser", 2),
        P(
            "För en villa med hög förbrukning, 250 kubikmeter per år, blir ökningen mer än 1 600 kronor per år.",
            O(None, note="The effect on a household."),
        ),
        P(
            "Om taxan inte höjs beräknas VA-verksamheten gå med ett underskott på 5,2 mnkr under 2026, vilket "
            "skulle behöva täckas med skattemedel i strid med lagen.",
            O(None, note="A hypothetical deficit, no follow-up: other."),
        ),
    ]
    return ReportSpec(
        file="orust-ks-va-taxa-2026.pdf",
        report={
            "municipality": "Orust",
            "committee": ["Kommunstyrelsen"],
            "period": ["2026"],
            "report_type": "taxeförslag",
        },
        metadata={"title": "Förslag till VA-taxa 2026", "author": "Orust kommun"},
        style=style,
        blocks=blocks,
    )
