"""Lunds kommun, Byggnadsnämnden, tjänsteskrivelse: förslag till ändrad plan- och bygglovstaxa från 2027.

A fee proposal that is no budget follow-up at all, dated in May 2026 for a taxa from January 2027: the rise of
the hourly fee and why ("Höjningen beror på"), the yearly revenue effect, cost coverage against the nämnd's goal
("lägre än nämndens mål … Det beror främst på"), permit revenue against the previous year, a fee example "1 680
kronor mer än i dag", a comparison with other kommuner ("150 kronor över genomsnittet … Skillnaden beror på")
and the financing ("ryms inom den ram"): seven `other` items and no cause. The decision proposal, the legal
background and the table of example fees are unlabelled. DejaVu Sans 10 pt.

The place is real; every figure and event is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import O


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=10.0,
        leading=1.4,
        para_gap=7.0,
        heading_sizes=(15.0, 11.5, 10.5),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(72.0, 80.0, 72.0, 74.0),
        header=lambda n, m: ("Lunds kommun", "Tjänsteskrivelse 2026-05-07"),
        footer=lambda n, m: ("Stadsbyggnadskontoret", "Dnr BN 2026/0241", f"{n} ({m})"),
        header_size=8.0,
        rule_under_header=False,
    )
    fees = Table(
        caption="Exempel på avgifter, kronor",
        header=(("Ärende", "Nuvarande taxa", "Föreslagen taxa", "Förändring"),),
        rows=(
            ("Nybyggnad av enbostadshus", "28 140", "29 820", "1 680"),
            ("Tillbyggnad av enbostadshus", "12 060", "12 780", "720"),
            ("Marklov", "8 040", "8 520", "480"),
            ("Rivningslov", "5 360", "5 680", "320"),
        ),
        widths=(180.0, 82.0, 88.0, 72.0),
        rules=True,
        grid=True,
        size=9.0,
    )
    blocks = [
        Title(
            "Förslag till ändrad plan- och bygglovstaxa från den 1 januari 2027", size=16, font="sans-bold"
        ),
        H("Förslag till beslut", 2),
        P(
            "Byggnadsnämnden föreslår kommunfullmäktige att anta förslaget till plan- och bygglovstaxa att gälla från "
            "och med den 1 januari 2027."
        ),
        H("Sammanfattning", 2),
        P(
            "Stadsbyggnadskontoret föreslår att timavgiften höjs från 1 340 kronor till 1 420 kronor. Höjningen "
            "beror på att löne- och lokalkostnaderna har ökat sedan taxan senast räknades om 2024.",
            O(None, note="A fee rise and its reason: no budget deviation."),
        ),
        H("Bakgrund", 2),
        P(
            "Enligt plan- och bygglagen får avgifterna inte överstiga kommunens genomsnittliga kostnad för den "
            "aktuella tjänsten. Taxan bygger på Sveriges Kommuner och Regioners underlag och har tidigare justerats "
            "med prisindex för kommunal verksamhet."
        ),
        H("Ekonomiska konsekvenser", 2),
        P(
            "Med oförändrad ärendemängd beräknas höjningen ge ökade avgiftsintäkter på cirka 2,6 miljoner kronor "
            "per år.",
            O(None, note="The revenue effect of the decision."),
        ),
        P(
            "Kostnadstäckningsgraden för bygglovsverksamheten var 78 procent 2025, vilket är lägre än nämndens mål på "
            "85 procent. Det beror främst på att antalet ansökningar om bygglov för flerbostadshus har minskat med "
            "nästan en tredjedel sedan 2023.",
            O(None, note="Cost coverage against a goal with 'beror på': other."),
        ),
        P(
            "Intäkterna från bygglov blev 4,1 miljoner kronor lägre 2025 än 2024.",
            O(None, note="Revenue against the previous year."),
        ),
        fees,
        P(
            "Höjningen innebär att en ansökan om bygglov för ett nytt enbostadshus kostar 1 680 kronor mer än i dag.",
            O(None, note="A fee example."),
        ),
        H("Jämförelse med andra kommuner", 2),
        P(
            "Lunds timavgift ligger efter höjningen i nivå med Malmös och Helsingborgs, men 150 kronor över "
            "genomsnittet för kommunerna i Skåne. Skillnaden beror på att Lund har en högre andel komplexa ärenden.",
            O(None, note="A comparison with other kommuner."),
        ),
        H("Finansiering", 2),
        P(
            "Förslaget medför inga ökade kostnader för kommunen. Byggnadsnämndens budget för 2027 har beräknats "
            "utifrån den föreslagna taxan och ryms inom den ram som kommunstyrelsen har föreslagit.",
            O(None, note="A financing statement: no deviation is reported."),
        ),
        P("Stadsbyggnadskontoret"),
    ]
    return ReportSpec(
        file="lund-bn-plan-och-bygglovstaxa-2027.pdf",
        report={
            "municipality": "Lund",
            "committee": ["Byggnadsnämnden"],
            "period": ["2027", "2026-05"],
            "report_type": "tjänsteskrivelse",
        },
        metadata={"title": "Förslag till ändrad plan- och bygglovstaxa 2027", "author": "Lunds kommun"},
        style=style,
        blocks=blocks,
    )
