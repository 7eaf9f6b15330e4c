"""Hässleholms kommun, Tekniska nämnden, taxa för upplåtelse av allmän platsmark och parkering 2026.

Not a budget follow-up: a technical committee's proposal for new fees, dated in October 2025, full of amounts,
"beror på", "lägre än", "mer än" and even "budget": the revenue in 2024 against 2022 with its reason, the
raise of the terrace fee with "Höjningen beror på", the parking fee, the whole proposal's revenue "det belopp
som nämnden har räknat med i budgeten för 2026" (a financing statement, no deviation), two neighbouring
kommuner's fees as a "respektive" pair (about someone else), the cost of new signs that "ryms inom befintlig
budget" and last year's parking revenue against the year before with "beror på". Seven `other` items and no
causes; the decision proposal, the background and the fee table are unlabelled. Liberation Serif (Times) 11 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import O

NOT_BUDGET = "A fee proposal, not a budget follow-up: other."


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=11.0,
        leading=1.33,
        para_gap=7.0,
        heading_sizes=(16.0, 12.5, 11.0),
        heading_fonts=("times-bold", "times-bold", "times-bold"),
        margins=(72.0, 80.0, 72.0, 74.0),
        header=lambda n, m: ("Hässleholms kommun", "Tjänsteskrivelse 2025-10-14"),
        footer=lambda n, m: ("Tekniska förvaltningen", "TN 2025/0342", f"{n} ({m})"),
        header_size=8.5,
        rule_under_header=False,
    )
    fees = Table(
        caption="Nuvarande och föreslagna avgifter",
        header=(("Avgift", "Nuvarande", "Förslag 2026"),),
        rows=(
            ("Uteservering, kr per kvm och säsong", "150", "190"),
            ("Torghandel, kr per dag", "120", "150"),
            ("Byggetablering, kr per kvm och månad", "35", "45"),
            ("Parkering i centrum, kr per timme", "10", "15"),
            ("Boendeparkering, kr per månad", "250", "300"),
        ),
        widths=(230.0, 90.0, 100.0),
        rules=True,
        size=9.5,
    )
    blocks = [
        Title(
            "Taxa för upplåtelse av allmän platsmark och parkering 2026", size=17, font="times-bold", after=4
        ),
        Title("Tekniska nämnden", size=12.5, font="times-italic", after=12),
        H("Förslag till beslut", 2),
        P(
            "Tekniska nämnden föreslår kommunfullmäktige att anta taxa för upplåtelse av allmän platsmark och "
            "parkering att gälla från och med den 1 januari 2026."
        ),
        H("Bakgrund", 2),
        P(
            "Kommunen tar ut avgifter när allmän platsmark, till exempel gator, torg och parker, upplåts för "
            "uteserveringar, torghandel och byggetableringar. Taxan har inte räknats upp sedan 2019."
        ),
        P(
            "Intäkterna från upplåtelser uppgick 2024 till 1,8 mnkr, vilket är 0,3 mnkr lägre än 2022. Minskningen "
            "beror på att färre restauranger har sökt tillstånd för uteservering.",
            O(None, "avgifter_intakter", note=NOT_BUDGET + " Revenue against an earlier year."),
        ),
        fees,
        H("Förslagets innehåll", 2),
        P(
            "Förslaget innebär att avgiften för uteservering höjs från 150 till 190 kronor per kvadratmeter och "
            "säsong. Höjningen beror på att kostnaderna för renhållning och tillsyn har ökat med omkring 25 "
            "procent sedan 2019.",
            O("Uteservering", "prisokningar", note=NOT_BUDGET + " A fee raise and its reason."),
        ),
        P(
            "Avgiften för parkering i centrum föreslås höjas från 10 till 15 kronor per timme, i syfte att öka "
            "omsättningen på parkeringsplatserna närmast Stortorget.",
            O("Parkering", note=NOT_BUDGET),
        ),
        P(
            "Sammantaget beräknas förslaget ge 0,9 mnkr i ökade intäkter på helår, vilket motsvarar det belopp "
            "som nämnden har räknat med i budgeten för 2026.",
            O(
                None,
                note=NOT_BUDGET + " A financing statement that names the budget: no deviation is reported.",
            ),
        ),
        H("Jämförelse med andra kommuner", 2),
        P(
            "Kristianstad och Hörby tar i dag ut 220 respektive 180 kronor per kvadratmeter för uteserveringar.",
            O(None, note=NOT_BUDGET + " About other kommuner."),
        ),
        H("Ekonomiska konsekvenser", 2),
        P(
            "En höjd parkeringsavgift kräver nya skyltar och omprogrammering av automaterna, vilket kostar cirka "
            "40 000 kronor. Kostnaden ryms inom befintlig budget.",
            O("Parkering", note=NOT_BUDGET + " A cost and its financing."),
        ),
        P(
            "Under 2024 var intäkterna från parkeringsavgifter 2,4 mnkr, vilket är 0,2 mnkr mer än året innan. "
            "Ökningen beror på att avgiftsbelagd parkering infördes vid resecentrum i april 2023.",
            O("Parkering", "avgifter_intakter", note=NOT_BUDGET + " Revenue against the year before."),
        ),
        H("Samråd", 2),
        P(
            "Förslaget har stämts av med kommunens näringslivsenhet och med företrädare för handeln i centrum."
        ),
    ]
    return ReportSpec(
        file="hassleholm-tn-taxa-allman-platsmark-2026.pdf",
        report={
            "municipality": "Hässleholm",
            "committee": ["Tekniska nämnden"],
            "period": ["2026", "2025-10"],
            "report_type": "taxebeslut",
        },
        metadata={
            "title": "Taxa för upplåtelse av allmän platsmark och parkering 2026",
            "author": "Hässleholms kommun",
        },
        style=style,
        blocks=blocks,
    )
