"""Arboga kommun, Barn- och utbildningsnämnden, bidrag till fristående förskolor, fritidshem och skolor 2026.

A tjänsteskrivelse on next year's grundbelopp for independent preschools and schools, dated in December, which
is no budget follow-up at all: full of amounts, percentages, "beror på", "eftersom", "mer än" and "ryms inom".
The decision proposal, the legal background and the table of amounts per verksamhet are unlabelled. Labelled
`other`: the preschool amount's increase against 2025 with its reason, the compulsory school's lower increase,
the total support against 2025, the financing within the frame, a retroactive adjustment of 2025's amount
"beror på" a budget change, the tilläggsbelopp granted in 2025 and the administration and VAT formula. The
document has no cause. DejaVu Sans 10 pt.

The place is real; every figure, event and unit name is invented.
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
        leading=1.42,
        para_gap=7.0,
        heading_sizes=(14.0, 11.5, 10.5),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(72.0, 84.0, 72.0, 76.0),
        header=lambda n, m: ("Arboga kommun", "Tjänsteskrivelse 2025-12-03"),
        footer=lambda n, m: ("Barn- och utbildningsförvaltningen", "Dnr BUN 2025/214", f"Sida {n} av {m}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Grundbelopp per barn och elev, kronor per år (exklusive administration och moms)",
        header=(("Verksamhet", "2025", "2026", "Förändring"),),
        rows=(
            ("Förskola 1–5 år", "147 800", "152 400", "3,1 %"),
            ("Pedagogisk omsorg", "121 300", "124 900", "3,0 %"),
            ("Fritidshem", "42 600", "43 700", "2,6 %"),
            ("Förskoleklass", "68 900", "70 600", "2,5 %"),
            ("Grundskola åk 1–6", "93 200", "95 400", "2,4 %"),
            ("Grundskola åk 7–9", "104 500", "107 000", "2,4 %"),
        ),
        widths=(170.0, 80.0, 80.0, 80.0),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title(
            "Bidrag till fristående förskolor, fritidshem och skolor 2026",
            size=16,
            font="sans-bold",
            after=10,
        ),
        H("Förslag till beslut", 2),
        P(
            "Barn- och utbildningsnämnden fastställer grundbelopp för 2026 till fristående förskolor, pedagogisk "
            "omsorg, fritidshem, förskoleklass och grundskolor enligt bilaga 1."
        ),
        H("Bakgrund", 2),
        P(
            "Enligt skollagen ska hemkommunen lämna bidrag till enskilda huvudmän för varje barn och elev. Bidraget "
            "består av ett grundbelopp och i vissa fall ett tilläggsbelopp, och ska bestämmas efter samma grunder som "
            "kommunen tillämpar vid fördelning av resurser till sin egen verksamhet."
        ),
        H("Ärendet", 2),
        table,
        P(
            "Grundbeloppet för förskola höjs till 152 400 kronor per barn och år, en ökning med 3,1 procent jämfört "
            "med 2025. Ökningen beror på löneökningar och höjda lokalkostnader i kommunens egen förskola.",
            O("Förskola", "lonekostnader", "lokaler", note="The amount against the previous year: other."),
        ),
        P(
            "För grundskolan blir ökningen lägre, 2,4 procent, eftersom antalet elever i kommunens skolor beräknas "
            "minska.",
            O("Grundskola", "volymer", note="A rate change and its reason: other."),
        ),
        P(
            "Den retroaktiva justeringen av 2025 års grundbelopp för förskola, 410 tkr, beror på att kommunens budget "
            "för förskolan utökades i juni.",
            O(
                "Förskola",
                "periodisering",
                note="A retroactive adjustment of a rate, not a budget deviation.",
            ),
        ),
        P(
            "Tilläggsbelopp för barn och elever med omfattande behov beslutas separat och ingår inte i grundbeloppet. "
            "Under 2025 beviljades tilläggsbelopp om 1,2 mnkr.",
            O(None, note="Context: other."),
        ),
        P(
            "Ersättningen för administration är 3 procent och momsersättningen 6 procent av grundbeloppet.",
            O(None, note="A decision formula: other."),
        ),
        H("Ekonomiska konsekvenser", 2),
        P(
            "Bidragen till de fristående verksamheterna beräknas uppgå till 18,6 mnkr 2026, vilket är 0,9 mnkr mer "
            "än 2025.",
            O(None, note="A comparison with the previous year: other."),
        ),
        P(
            "Kostnaden ryms inom nämndens budgetram för 2026, som kommunfullmäktige fastställde i november.",
            O(None, note="A financing statement, no deviation reported: other."),
        ),
    ]
    return ReportSpec(
        file="arboga-bun-bidrag-fristaende-verksamhet-2026.pdf",
        report={
            "municipality": "Arboga",
            "committee": ["Barn- och utbildningsnämnden"],
            "period": ["2026", "2025-12"],
            "report_type": "bidragsbeslut",
        },
        metadata={
            "title": "Bidrag till fristående förskolor, fritidshem och skolor 2026",
            "author": "Arboga kommun",
        },
        style=style,
        blocks=blocks,
    )
