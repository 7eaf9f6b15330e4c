"""Region Stockholm, Kulturnämnden, verksamhetsberättelse 2025.

A region's culture committee's year-end report in "miljoner kronor", Liberation Sans (Arial) 9.5 pt with a
grey-shaded table header, footer with the nämnd's meeting date in February 2026: the year's result "6,8
miljoner kronor jämfört med budget" with its reason in the next sentence (one item), the result against the
tertial 2 forecast (a forecast change without a cause), a result table with "+" and "−" signs; then plain
headings per row: revenue "1,4 miljoner kronor högre än budgeterat", grants split into operating and project
grants "4,2 respektive 1,7 miljoner kronor" (two items), a reason-only surplus (the row's "+0,6"), premises
that "överskred budget med 1,8 miljoner kronor", other costs "något lägre än budgeterat, 0,7 miljoner kronor"
(consultants); investments with the unused part "Resterande 1,9 miljoner kronor" (positive, no reason); grants
paid against last year (other) and a tightened routine (an action). 8 scored causes.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Space, Style, Table, Title

from reports.common import A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=9.5,
        leading=1.42,
        para_gap=6.5,
        heading_sizes=(15.0, 11.5, 10.0),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(70.0, 80.0, 70.0, 74.0),
        header=lambda n, m: ("Region Stockholm", "Kulturförvaltningen"),
        footer=lambda n, m: ("Verksamhetsberättelse 2025", "Kulturnämnden 2026-02-17", f"{n} ({m})"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Resultaträkning 2025, miljoner kronor",
        header=(("", "Budget 2025", "Utfall 2025", "Avvikelse"),),
        rows=(
            ("Verksamhetens intäkter", "18,2", "19,6", "+1,4"),
            ("Bidrag till kulturverksamhet", "-498,0", "-492,1", "+5,9"),
            ("Personalkostnader", "-61,3", "-60,7", "+0,6"),
            ("Lokalkostnader", "-14,6", "-16,4", "−1,8"),
            ("Övriga kostnader", "-21,9", "-21,2", "+0,7"),
            ("Regionbidrag", "577,6", "577,6", "0,0"),
            ("Resultat", "0,0", "6,8", "+6,8"),
        ),
        widths=(170.0, 76.0, 76.0, 76.0),
        bold_rows=frozenset({6}),
        rules=True,
        shade=(0.85, 0.88, 0.92),
        size=8.5,
    )
    blocks = [
        Title("Verksamhetsberättelse 2025", size=20, font="arial-bold", after=2),
        Title("Kulturnämnden", size=12.5, font="arial", after=12),
        H("Ekonomiskt resultat", 1),
        P(
            "Kulturnämnden redovisar för 2025 ett resultat på 6,8 miljoner kronor jämfört med budget. Det positiva "
            "resultatet beror främst på att verksamhetsbidrag till två regionala kulturinstitutioner inte betalades "
            "ut fullt ut, eftersom de inte uppfyllde villkoren för bidraget.",
            C(
                None,
                "6,8 miljoner kronor",
                "+",
                "ovrigt",
                note="The year's result against budget with its reason in the next sentence: one item. Grants held "
                "back for unmet conditions are ovrigt.",
            ),
        ),
        P(
            "Jämfört med prognosen i tertialrapport 2 blev resultatet 2,9 miljoner kronor bättre.",
            F(None, "2,9 miljoner kronor", "+", note="The outcome against the interim forecast, no cause."),
        ),
        table,
        Space(8),
        H("Kommentarer till resultaträkningen", 2),
        H("Verksamhetens intäkter", 3),
        P(
            "Intäkterna blev 1,4 miljoner kronor högre än budgeterat tack vare ett statsbidrag från Kulturrådet för "
            "läsfrämjande insatser som beviljades sent under året.",
            C("Verksamhetens intäkter", "1,4 miljoner kronor", "+", "statsbidrag"),
        ),
        H("Bidrag till kulturverksamhet", 3),
        P(
            "Verksamhetsbidragen och projektbidragen understeg budget med 4,2 respektive 1,7 miljoner kronor. Utöver "
            "de två institutioner som inte uppfyllde villkoren har tre studieförbund återbetalat delar av sina bidrag "
            "för 2024.",
            C(
                "Verksamhetsbidrag",
                "4,2",
                "+",
                "ovrigt",
                unit="mnkr",
                note="A 'respektive' pair: two items with the same text and the shared reasons (grants held back or "
                "repaid: ovrigt).",
                also=(C("Projektbidrag", "1,7 miljoner kronor", "+", "ovrigt"),),
            ),
        ),
        H("Personalkostnader", 3),
        P(
            "Två tjänster som kulturutvecklare har stått vakanta under hösten.",
            C(
                "Personalkostnader",
                "+0,6",
                "+",
                "vakanser",
                unit="mnkr",
                table=True,
                note="Reason only: the row's cell.",
            ),
        ),
        H("Lokalkostnader", 3),
        P(
            "Lokalkostnaderna överskred budget med 1,8 miljoner kronor. Orsaken är att hyran för förvaltningens "
            "magasin räknades upp kraftigare än väntat och att tillfälliga lokaler har behövts under renoveringen "
            "av kontoret.",
            C("Lokalkostnader", "1,8 miljoner kronor", "-", "lokaler", "prisokningar"),
        ),
        H("Övriga kostnader", 3),
        P(
            "Övriga kostnader blev något lägre än budgeterat, 0,7 miljoner kronor, främst genom lägre kostnader för "
            "konsulter och tryck.",
            C(
                "Övriga kostnader",
                "0,7 miljoner kronor",
                "+",
                "inhyrd_personal",
                note="Consultants: inhyrd_personal.",
            ),
        ),
        H("Investeringar", 2),
        P(
            "Nämnden hade en investeringsbudget på 3,0 miljoner kronor för inköp till regionens konstsamling, varav "
            "1,1 miljoner kronor användes. Resterande 1,9 miljoner kronor förs inte över till 2026.",
            C(
                "Investeringar",
                "1,9 miljoner kronor",
                "+",
                note="The unused investment frame: positive, no reason.",
            ),
        ),
        H("Bidragsgivning", 2),
        P(
            "Kulturnämnden fördelade under 2025 totalt 492 miljoner kronor i bidrag, vilket är 21 miljoner kronor mer "
            "än under 2024.",
            O("Bidrag till kulturverksamhet", note="Grants against the previous year: other."),
        ),
        P(
            "Inför 2026 har nämnden beslutat om skärpta rutiner för uppföljning av bidragsvillkoren.",
            A("Bidrag till kulturverksamhet"),
        ),
    ]
    return ReportSpec(
        file="region-stockholm-kun-verksamhetsberattelse-2025.pdf",
        report={
            "municipality": "Region Stockholm",
            "committee": ["Kulturnämnden"],
            "period": ["2025", "2025-12"],
            "report_type": "verksamhetsberättelse",
        },
        metadata={"title": "Verksamhetsberättelse 2025 Kulturnämnden", "author": "Region Stockholm"},
        style=style,
        blocks=blocks,
    )
