"""Umeå kommun, Miljö- och hälsoskyddsnämnden, behovsutredning och resursbehov för tillsyn 2026.

Not a budget follow-up: the nämnd's needs assessment for supervision under the environmental and food
legislation, dated in November 2025, full of amounts, "beror på", "lägre än målet" and "högre än 2024": staffing
needed against staffing held with "Skillnaden beror främst på", a supervision backlog in hours and kronor with
"Det beror på vakanser", the fee-financing rate against a goal, the hourly fee and fee revenue against last
year, the extra kommunbidrag that "inte ryms inom nuvarande ram" (a financing statement), another nämnd's
budget for shoreline supervision that "inte räcker till" (a statement about someone else, no amount) and the
cost of a consultant financed within the frame. Seven `other` items and no causes; the decision proposal, the
background and the table of hours are unlabelled. DejaVu Sans Condensed 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import O

NOT_BUDGET = "A needs assessment, not a budget follow-up: other."


def spec() -> ReportSpec:
    style = Style(
        body="cond",
        bold="cond-bold",
        italic="sans-italic",
        size=10.0,
        leading=1.4,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("cond-bold", "cond-bold", "cond-bold"),
        margins=(70.0, 78.0, 70.0, 72.0),
        header=lambda n, m: ("Umeå kommun", "Miljö- och hälsoskyddsnämnden"),
        footer=lambda n, m: ("Behovsutredning tillsyn 2026", "2025-11-19", f"{n}({m})"),
        header_size=8.0,
    )
    hours = Table(
        caption="Tillsynsbehov och tillgängliga resurser 2026, timmar",
        header=(("Område", "Behov", "Resurser", "Skillnad"),),
        rows=(
            ("Miljöfarlig verksamhet", "19 800", "16 900", "2 900"),
            ("Hälsoskydd", "9 400", "8 100", "1 300"),
            ("Livsmedelskontroll", "17 300", "15 200", "2 100"),
            ("Tobak, alkohol och receptfria läkemedel", "2 600", "2 400", "200"),
            ("Summa", "49 100", "42 600", "6 500"),
        ),
        widths=(200.0, 70.0, 70.0, 70.0),
        bold_rows=frozenset({4}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Behovsutredning och resursbehov för tillsyn 2026", size=17, font="cond-bold", after=4),
        Title("Miljö- och hälsoskyddsnämnden", size=12, font="cond", after=12),
        H("Förslag till beslut", 2),
        P(
            "Miljö- och hälsoskyddsnämnden fastställer behovsutredningen för 2026 och överlämnar den till "
            "kommunstyrelsen som underlag för budgetdialogen."
        ),
        H("Bakgrund", 2),
        P(
            "Enligt miljötillsynsförordningen och livsmedelslagstiftningen ska nämnden varje år utreda behovet av "
            "tillsyn och jämföra det med de resurser som finns. Utredningen omfattar miljöbalkens område, "
            "livsmedelskontrollen och tillsynen enligt lagen om tobak och liknande produkter."
        ),
        hours,
        H("Resultat av utredningen", 2),
        P(
            "Behovsutredningen visar att nämnden behöver 38,5 årsarbetskrafter för att utföra den tillsyn som "
            "lagstiftningen kräver, men har resurser motsvarande 33,0. Skillnaden beror främst på att antalet "
            "livsmedelsverksamheter har ökat med 140 sedan 2022.",
            O(None, note=NOT_BUDGET + " Staffing needed against staffing held."),
        ),
        P(
            "Tillsynsskulden inom miljöbalkens område uppgår till cirka 2 100 timmar, vilket motsvarar 2,9 miljoner "
            "kronor i uteblivna avgifter. Det beror på vakanser under 2024 och 2025.",
            O("Miljöbalkens område", note=NOT_BUDGET + " A backlog, not a budget deviation."),
        ),
        H("Avgifter och finansiering", 2),
        P(
            "Avgiftsfinansieringsgraden var 46 procent 2024, lägre än målet på 55 procent, vilket beror på att en stor "
            "del av arbetet avser klagomål som inte kan avgiftsbeläggas.",
            O(None, note=NOT_BUDGET + " A rate against a goal."),
        ),
        P(
            "Timavgiften höjdes till 1 420 kronor per timme från den 1 januari 2025. Intäkterna från årliga "
            "tillsynsavgifter blev därmed 1,1 miljoner kronor högre än 2024.",
            O(None, note=NOT_BUDGET + " Revenue against the previous year."),
        ),
        P(
            "För att täcka hela behovet skulle nämnden behöva ett utökat kommunbidrag på 4,6 miljoner kronor per år, "
            "vilket inte ryms inom nuvarande ram.",
            O(None, note=NOT_BUDGET + " A financing statement."),
        ),
        H("Samverkan", 2),
        P(
            "Byggnadsnämnden har aviserat att dess budget för strandskyddstillsyn inte räcker till under 2026, vilket "
            "kan påverka samverkan kring tillsynen av enskilda avlopp.",
            O(
                "Byggnadsnämnden",
                direction="-",
                note="A statement about another nämnd's budget, no amount: other.",
            ),
        ),
        H("Ekonomiska konsekvenser", 2),
        P(
            "Kostnaden för den externa konsult som tog fram den nya riskklassningen uppgick till 180 000 kronor och "
            "finansierades inom förvaltningens ram.",
            O(None, note=NOT_BUDGET + " A cost and its financing."),
        ),
        H("Beslutsunderlag", 2),
        P("Behovsutredning 2026, bilaga 1. Tillsynsplan 2026, bilaga 2."),
    ]
    return ReportSpec(
        file="umea-mhn-behovsutredning-2026.pdf",
        report={
            "municipality": "Umeå",
            "committee": ["Miljö- och hälsoskyddsnämnden"],
            "period": ["2026", "2025-11"],
            "report_type": "behovsutredning",
        },
        metadata={"title": "Behovsutredning och resursbehov för tillsyn 2026", "author": "Umeå kommun"},
        style=style,
        blocks=blocks,
    )
