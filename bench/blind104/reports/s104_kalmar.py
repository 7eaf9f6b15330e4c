"""Kalmar kommun, Miljönämnden, uppföljning av tillsynsplan 2025 (no budget follow-up).

A follow-up of the environmental committee's supervision plan in DejaVu Sans, dated in February: full of hours,
fees, amounts in kronor and "beror på", a fee-financing share "mer än det mål", a supervision backlog valued
in kronor, a state grant and a mention of another committee's deficit, but no deviation from budget: seven
`other` items and no cause. The decision proposal, the background and the table of planned and performed hours
per area are unlabelled.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import O

NO_BUDGET = "No budget follow-up: other."


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=10.0,
        leading=1.4,
        para_gap=7.0,
        heading_sizes=(14.0, 12.0, 10.5),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(70.0, 80.0, 70.0, 76.0),
        header=lambda n, m: ("Kalmar kommun – Samhällsbyggnadskontoret, miljöenheten", "2026-02-09"),
        footer=lambda n, m: ("Miljönämnden", "Dnr MN 2026-000214", f"{n}({m})"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Planerad och utförd tillsyn 2025, timmar",
        header=(("Område", "Planerat", "Utfört", "Skillnad"),),
        rows=(
            ("Miljöfarlig verksamhet", "2 400", "2 180", "–220"),
            ("Livsmedelskontroll", "2 300", "2 150", "–150"),
            ("Hälsoskydd", "1 100", "930", "–170"),
            ("Enskilda avlopp", "700", "600", "–100"),
            ("Summa", "6 500", "5 860", "–640"),
        ),
        widths=(180.0, 70.0, 70.0, 70.0),
        bold_rows=frozenset({4}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Uppföljning av tillsynsplan 2025", size=17, font="sans-bold", after=10),
        H("Förslag till beslut", 2),
        P(
            "Miljönämnden godkänner uppföljningen av tillsynsplanen för 2025 och lägger den till handlingarna."
        ),
        H("Bakgrund", 2),
        P(
            "Miljönämnden ska varje år anta en tillsynsplan och följa upp den. Uppföljningen redovisar utförd "
            "tillsyn, avgifter och kontrollskuld per område."
        ),
        table,
        H("Utförd tillsyn", 2),
        P(
            "Under 2025 debiterades 5 860 timmar tillsyn, vilket är 640 timmar färre än planerat. Det beror på "
            "att två inspektörstjänster var vakanta under hösten.",
            O(None, "vakanser", note="Hours against the plan, not the budget: other."),
        ),
        P(
            "Timavgiften för tillsyn enligt miljöbalken var 1 380 kronor under 2025 och höjs till 1 440 kronor från "
            "1 januari 2026, vilket beror på indexuppräkningen i taxan.",
            O(None, note=NO_BUDGET),
        ),
        P(
            "Avgiftsfinansieringen av livsmedelskontrollen uppgick till 78 procent, mer än det mål om 75 procent som "
            "nämnden har satt.",
            O(None, note="A goal met: other."),
        ),
        P(
            "Kontrollskulden inom livsmedel uppgår till 214 kontroller, motsvarande cirka 290 000 kronor i avgifter "
            "som debiteras under 2026.",
            O(None, note=NO_BUDGET),
        ),
        H("Statsbidrag och samverkan", 2),
        P(
            "Nämnden har fått 1,2 miljoner kronor i statsbidrag för tillsyn av enskilda avlopp, som ska användas "
            "under 2025 och 2026.",
            O(None, note="A grant received, no deviation: other."),
        ),
        P(
            "Antalet klagomål på buller och inomhusmiljö ökade till 412, jämfört med 355 året innan, vilket beror "
            "på fler ärenden om luftvärmepumpar.",
            O(None, note="Complaints against the previous year: other."),
        ),
        P(
            "Samhällsbyggnadsnämnden har aviserat ett underskott inom bygglov, vilket kan leda till att de "
            "gemensamma kostnaderna för e-arkivet fördelas om mellan nämnderna.",
            O(None, note="A statement about another committee: other."),
        ),
        H("Förslag inför 2026", 2),
        P(
            "Miljöenheten föreslår att tillsynen av hälsoskydd prioriteras till skolor och förskolor och att "
            "kontrollskulden inom livsmedel betas av under första halvåret."
        ),
    ]
    return ReportSpec(
        file="kalmar-mn-uppfoljning-tillsynsplan-2025.pdf",
        report={
            "municipality": "Kalmar",
            "committee": ["Miljönämnden"],
            "period": ["2025"],
            "report_type": "tillsynsuppföljning",
        },
        metadata={"title": "Uppföljning av tillsynsplan 2025", "author": "Kalmar kommun"},
        style=style,
        blocks=blocks,
    )
