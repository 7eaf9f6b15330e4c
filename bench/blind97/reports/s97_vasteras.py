"""Västerås stad, Miljö- och konsumentnämnden, tjänsteskrivelse: timavgift för prövning och kontroll 2026.

Not a budget follow-up: a proposal to fullmäktige on next year's hourly fee, dated in November 2025, full of
amounts, "beror på", "högre än", "mer än" and "ryms inom nämndens budget": the indexation rule, the increase
and its reasons, the fee revenue against 2025, the self-financing degree against the nämnd's goal, food
control's cost against its revenue in 2024, the financing of the decision, the cost for a typical company and
the comparison with other kommuner. Eight `other` items and no cause; the decision proposal, the fee table
and the appeal note are unlabelled. Liberation Serif (Times metrics) 11 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import O

NOT_BUDGET = "A fee decision, not a budget follow-up: other."


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=11.0,
        leading=1.3,
        para_gap=7.0,
        heading_sizes=(15.0, 12.5, 11.0),
        heading_fonts=("times-bold", "times-bold", "times-bold"),
        margins=(78.0, 84.0, 72.0, 76.0),
        header=lambda n, m: ("VÄSTERÅS STAD", "Miljö- och konsumentförvaltningen"),
        footer=lambda n, m: ("Tjänsteskrivelse 2025-11-06", "Dnr MKN 2025/00517", f"{n} ({m})"),
        header_size=8.0,
    )
    fees = Table(
        caption="Avgiftsintäkter per område, tkr",
        header=(("Område", "Utfall 2024", "Prognos 2025", "Beräknat 2026"),),
        rows=(
            ("Miljöskydd", "9 450", "9 780", "10 260"),
            ("Hälsoskydd", "3 120", "3 240", "3 390"),
            ("Livsmedelskontroll", "7 860", "8 010", "8 450"),
            ("Tobak och alkohol", "1 940", "2 030", "2 100"),
            ("Summa", "22 370", "23 060", "24 200"),
        ),
        widths=(150.0, 80.0, 80.0, 80.0),
        bold_rows=frozenset({4}),
        rules=True,
        size=9.5,
    )
    blocks = [
        Title("Timavgift för prövning och offentlig kontroll 2026", size=16, font="times-bold", after=4),
        Title("Tjänsteskrivelse till Miljö- och konsumentnämnden", size=11.5, font="times", after=12),
        H("Förslag till beslut", 2),
        P(
            "Miljö- och konsumentnämnden föreslår kommunfullmäktige att fastställa timavgiften till 1 465 kronor från "
            "och med den 1 januari 2026."
        ),
        H("Bakgrund", 2),
        P(
            "Timavgiften räknas årligen upp med prisindex för kommunal verksamhet enligt kommunfullmäktiges beslut "
            "om taxa. För 2025 är timavgiften 1 410 kronor.",
            O(None, note=NOT_BUDGET + " The indexation rule."),
        ),
        H("Ärendet", 2),
        P(
            "Förslaget innebär en höjning med 55 kronor per timme, eller 3,9 procent. Höjningen beror på att "
            "lönekostnaderna och kostnaderna för lokaler och IT ökar mer än prisindex, och på att en större del av "
            "arbetstiden går till ärenden som inte kan avgiftsfinansieras.",
            O(None, note=NOT_BUDGET + " The increase and its reasons."),
        ),
        P(
            "Avgiftsintäkterna beräknas med den nya timavgiften öka med cirka 1,1 miljoner kronor 2026 jämfört med "
            "2025.",
            O(None, note=NOT_BUDGET + " Revenue against the previous year."),
        ),
        fees,
        P(
            "Självfinansieringsgraden för tillsynen är i dag 61 procent, vilket är lägre än nämndens mål om 70 "
            "procent. Skillnaden beror främst på att tillsynen av förorenade områden har ökat.",
            O(None, note=NOT_BUDGET + " A goal, not a budget."),
        ),
        P(
            "Kostnaden för nämndens kontroll inom livsmedelsområdet blev 2024 cirka 0,8 miljoner kronor högre än "
            "intäkterna, vilket beror på att kontrollfrekvensen höjdes efter den nya nationella modellen för "
            "riskklassning.",
            O("Livsmedelskontroll", note=NOT_BUDGET + " Cost against revenue, not against budget."),
        ),
        H("Ekonomiska konsekvenser", 2),
        P(
            "En höjning av timavgiften ryms inom nämndens budget för 2026 och påverkar inte kommunbidraget.",
            O(None, note=NOT_BUDGET + " The decision's financing."),
        ),
        H("Konsekvenser för företagen", 2),
        P(
            "För ett genomsnittligt livsmedelsföretag med två kontrolltimmar per år innebär förslaget en ökad "
            "kostnad på 110 kronor per år, vilket är mer än den genomsnittliga höjningen i länets övriga kommuner.",
            O(None, note=NOT_BUDGET),
        ),
        H("Jämförelse med andra kommuner", 2),
        P(
            "Västerås timavgift var 2025 lägre än i de flesta jämförbara kommuner. Förvaltningen bedömer att "
            "avgiften även efter höjningen ligger under genomsnittet för landets större städer.",
            O(None, note=NOT_BUDGET),
        ),
        H("Överklagande", 2),
        P("Beslutet om taxa kan överklagas till förvaltningsrätten genom laglighetsprövning."),
        P("Anna Lindqvist, miljö- och konsumentdirektör    Erik Holm, controller", size=10.0),
    ]
    return ReportSpec(
        file="vasteras-mkn-timavgift-2026.pdf",
        report={
            "municipality": "Västerås",
            "committee": ["Miljö- och konsumentnämnden"],
            "period": ["2026", "2025-11"],
            "report_type": "taxebeslut",
        },
        metadata={"title": "Timavgift för prövning och offentlig kontroll 2026", "author": "Västerås stad"},
        style=style,
        blocks=blocks,
    )
