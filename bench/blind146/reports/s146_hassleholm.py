"""Hässleholms kommun, Omsorgsnämnden, yttrande över revisionsrapport (granskning av hemtjänsten), 2026.

Not a budget follow-up: the omsorgsnämnd's reply to the auditors' review of home-care planning, dated in
January 2026, full of amounts, "beror på", "högre än", "mer än" and an "avvikelse" between planned and
performed time (not a budget deviation): the cost per hour against comparable kommuner, the share of planned
time performed, the cost of external providers against last year, a licence cost that "ryms inom nämndens
budget", an estimate of what more time with the users would be worth, the kommunstyrelse's deficit for the
car pool (a statement about someone else, no amount) and the cost of the audit. Eight `other` items and no
cause; the decision proposal, the background and the closing assessment are unlabelled. DejaVu Sans 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Title

from reports.common import O

NOT_BUDGET = "A reply to an audit, not a budget follow-up: other."


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=10.0,
        leading=1.42,
        para_gap=7.0,
        heading_sizes=(14.0, 11.5, 10.0),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(70.0, 80.0, 70.0, 74.0),
        header=lambda n, m: ("Hässleholms kommun", "Omsorgsförvaltningen"),
        footer=lambda n, m: ("Tjänsteskrivelse 2026-01-28", "Dnr ON 2025/214", f"{n}({m})"),
        header_size=8.0,
        rule_under_header=True,
    )
    blocks = [
        Title(
            "Yttrande över revisionsrapport: Granskning av hemtjänstens planering och uppföljning",
            size=15,
            font="sans-bold",
            after=4,
        ),
        Title("Omsorgsnämnden", size=11, font="sans", after=12),
        H("Förslag till beslut", 2),
        P(
            "Omsorgsnämnden antar förvaltningens yttrande som sitt eget och överlämnar det till kommunens "
            "revisorer."
        ),
        H("Bakgrund", 2),
        P(
            "Kommunens revisorer har granskat om omsorgsnämnden har en ändamålsenlig planering och uppföljning av "
            "hemtjänsten. Revisorerna önskar nämndens svar senast den 15 februari 2026."
        ),
        H("Revisorernas iakttagelser och förvaltningens kommentarer", 2),
        H("Kostnad per utförd timme", 3),
        P(
            "Revisorerna konstaterar att kostnaden per utförd hemtjänsttimme var 612 kronor under 2024, vilket är 9 "
            "procent högre än genomsnittet för jämförbara kommuner. Enligt revisorerna beror skillnaden främst på en "
            "låg andel brukarnära tid.",
            O("Hemtjänst", note=NOT_BUDGET + " A comparison with other kommuner."),
        ),
        H("Planerad och utförd tid", 3),
        P(
            "Andelen planerad tid som faktiskt utfördes var 84 procent. Avvikelsen mellan planerad och utförd tid "
            "beror enligt förvaltningen på akuta förändringar i brukarnas behov och på sjukfrånvaro bland "
            "personalen.",
            O("Hemtjänst", note=NOT_BUDGET + " 'Avvikelsen' is between planned and performed time."),
        ),
        H("Externa utförare", 3),
        P(
            "Under 2024 betalade nämnden 2,1 mnkr till externa utförare inom hemtjänsten enligt LOV, vilket är 0,4 "
            "mnkr mer än året innan. Ökningen beror på att fler brukare har valt en privat utförare.",
            O("Hemtjänst", note=NOT_BUDGET + " Against the previous year."),
        ),
        H("Planeringssystem", 3),
        P(
            "Förvaltningen införde hösten 2025 ett nytt planeringssystem. Licenskostnaden är 480 000 kronor per år "
            "och ryms inom nämndens budget.",
            O(None, note=NOT_BUDGET + " A cost and its financing."),
        ),
        H("Brukarnära tid", 3),
        P(
            "Förvaltningen bedömer att en ökning av den brukarnära tiden från 62 till 68 procent skulle motsvara "
            "cirka 5 mnkr per år i lägre kostnader. Beräkningen är inte ett besparingskrav.",
            O("Hemtjänst", note=NOT_BUDGET + " An estimate, not a deviation."),
        ),
        H("Bilpoolen", 3),
        P(
            "Revisorerna noterar också att kommunstyrelsen har redovisat ett underskott för kommunens bilpool, som "
            "hemtjänsten använder. Det beror på att leasingavtalen för bilarna har blivit dyrare.",
            O("Kommunstyrelsen", direction="-", note="A statement about another committee's deficit: other."),
        ),
        H("Granskningens kostnad", 3),
        P(
            "Kostnaden för granskningen, 165 000 kronor, belastar revisionens budget och inte nämndens.",
            O(None, note=NOT_BUDGET + " Someone else's cost."),
        ),
        H("Förvaltningens bedömning", 2),
        P(
            "Förvaltningen delar revisorernas bedömning att uppföljningen av beslutad och utförd tid behöver "
            "utvecklas. Från och med mars 2026 redovisas den varje månad till nämnden."
        ),
        P(
            "Sjukfrånvaron inom hemtjänsten var 9,8 procent under 2025, vilket är 1,1 procentenheter lägre än 2024.",
            O("Hemtjänst", note=NOT_BUDGET + " Sick leave against the previous year."),
        ),
    ]
    return ReportSpec(
        file="hassleholm-on-yttrande-revisionsrapport-hemtjanst-2026.pdf",
        report={
            "municipality": "Hässleholm",
            "committee": ["Omsorgsnämnden"],
            "period": ["2026", "2026-01"],
            "report_type": "yttrande",
        },
        metadata={"title": "Yttrande över revisionsrapport hemtjänst", "author": "Hässleholms kommun"},
        style=style,
        blocks=blocks,
    )
