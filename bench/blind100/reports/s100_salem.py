"""Salems kommun, Kommunfullmäktige, arvoden och ersättningar till förtroendevalda 2026 (tjänsteskrivelse).

A tjänsteskrivelse proposing the fees for elected representatives, which is no budget follow-up at all: full of
amounts, "beror på", "mer än vad som beräknades" and "ryms inom den ram": the rule tying the fees to the
riksdag's fee (a decision formula), the rise "beror på" a new level, a meeting fee whose cost is "mer än vad som
beräknades i budgetförslaget", lost earnings against 2024 with "beror på", the total cost that "ryms inom den
ram" (a financing statement), the election committee's grant, and the revision's finding about another nämnd's
over-payment: seven `other` items and no cause. The decision proposal and the table of fees are unlabelled.
Liberation Serif 11 pt.

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
        leading=1.34,
        para_gap=7.0,
        heading_sizes=(15.0, 12.5, 11.0),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(72.0, 82.0, 72.0, 76.0),
        header=lambda n, m: ("Salems kommun", "Tjänsteskrivelse"),
        footer=lambda n, m: ("Kommunstyrelsens förvaltning 2025-10-14", "Dnr KS 2025/388", f"{n} ({m})"),
        header_size=8.5,
        rule_under_header=False,
    )
    table = Table(
        caption="Månadsarvoden från den 1 januari 2026",
        header=(("Uppdrag", "Andel av riksdagsarvodet", "Kronor per månad"),),
        rows=(
            ("Kommunstyrelsens ordförande", "90 %", "73 350"),
            ("Kommunstyrelsens vice ordförande", "40 %", "32 600"),
            ("Ordförande i nämnd", "15 %", "12 225"),
            ("Kommunfullmäktiges ordförande", "8 %", "6 520"),
        ),
        widths=(200.0, 120.0, 100.0),
        rules=True,
        size=9.5,
    )
    blocks = [
        Title("Arvoden och ersättningar till förtroendevalda 2026", size=16, font="arial-bold", after=12),
        H("Förslag till beslut", 2),
        P(
            "Kommunfullmäktige fastställer arvoden och ersättningar till förtroendevalda från och med den 1 januari "
            "2026 enligt bilaga 1."
        ),
        H("Ärendet", 2),
        P(
            "Arvodena i Salems kommun är kopplade till riksdagsledamöternas arvode, som från den 1 november 2025 är "
            "81 500 kronor per månad. Kommunstyrelsens ordförande får 90 procent av detta belopp.",
            O(None, note="The rule for the fees: a decision formula, other."),
        ),
        P(
            "Höjningen av arvodena med 2,9 procent beror på att Riksdagens arvodesnämnd har beslutat om en ny nivå.",
            O(None, note="'beror på' about a rise in fees, not a budget deviation: other."),
        ),
        table,
        P(
            "Sammanträdesarvodet höjs från 1 150 kronor till 1 190 kronor per sammanträde. Det ökar kostnaden med "
            "ungefär 46 000 kronor per år, mer än vad som beräknades i budgetförslaget i juni.",
            O(None, note="A proposal's cost against an earlier budget proposal: no follow-up, other."),
        ),
        P(
            "Ersättning för förlorad arbetsinkomst betalas med högst 520 kronor per timme. Kostnaderna för förlorad "
            "arbetsinkomst var 12 procent högre 2025 än 2024, vilket beror på fler extra sammanträden.",
            O(None, note="Costs against the previous year: other."),
        ),
        H("Ekonomiska konsekvenser", 2),
        P(
            "Den totala kostnaden för arvoden och ersättningar beräknas till 7,4 miljoner kronor för 2026, inklusive "
            "personalomkostnader. Kostnaden ryms inom den ram som kommunfullmäktige har avsatt i budget 2026.",
            O(None, note="A financing statement, no deviation reported: other."),
        ),
        P(
            "Valnämndens kostnader för arvoden under valåret 2026 finansieras med ett särskilt statsbidrag på 0,6 "
            "miljoner kronor.",
            O("Valnämnden", note="Financing: other."),
        ),
        P(
            "Revisionen har påpekat att samhällsbyggnadsnämnden betalade ut 38 000 kronor för mycket i arvoden under "
            "2025, vilket beror på ett fel i lönesystemet.",
            O("Samhällsbyggnadsnämnden", note="An audit finding about another nämnd: other."),
        ),
    ]
    return ReportSpec(
        file="salem-kf-arvoden-fortroendevalda-2026.pdf",
        report={
            "municipality": "Salem",
            "committee": ["Kommunfullmäktige", "Kommunstyrelsen"],
            "period": ["2026", "2025-10"],
            "report_type": "arvodesbeslut",
        },
        metadata={"title": "Arvoden och ersättningar till förtroendevalda 2026", "author": "Salems kommun"},
        style=style,
        blocks=blocks,
    )
