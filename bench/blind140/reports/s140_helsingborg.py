"""Helsingborgs stad, Arbetsmarknadsnämnden, beslut om internbudget 2026.

A tjänsteskrivelse on the committee's internal budget for 2026, which is no budget follow-up at all, dated in
January, full of amounts, "beror på", "mer än" and "högre än vad budgeten … byggde på": the frame against
2025 with its reasons, the frame for ekonomiskt bistånd raised because the households were more than the
2025 budget assumed (a budget allocation, not a deviation), adult education's lower allocation because of a
grant, an undistributed central buffer, an efficiency requirement, a rent increase that "ryms inom
förvaltningens ram", the household assumption against 2025 and a sensitivity risk: eight `other` items and no
cause. The decision proposal, the background and the allocation table are unlabelled. DejaVu Serif 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import O

BUDGET = "A budget allocation for the coming year, not a deviation: other."


def spec() -> ReportSpec:
    style = Style(
        body="serif",
        bold="serif-bold",
        italic="serif-italic",
        size=10.0,
        leading=1.4,
        para_gap=7.0,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("serif-bold", "serif-bold", "serif-bold"),
        margins=(72.0, 84.0, 72.0, 76.0),
        header=lambda n, m: ("Helsingborgs stad", "Tjänsteskrivelse 2026-01-14"),
        footer=lambda n, m: ("Arbetsmarknadsnämnden", "Dnr 2026/AMN 0042", f"{n} ({m})"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Internbudget 2026 per verksamhet, mnkr",
        header=(("Verksamhet", "Budget 2025", "Budget 2026", "Förändring"),),
        rows=(
            ("Ekonomiskt bistånd", "269,5", "281,5", "12,0"),
            ("Arbetsmarknadsinsatser", "142,8", "148,6", "5,8"),
            ("Vuxenutbildning", "118,4", "115,2", "-3,2"),
            ("Etablering och språk", "24,6", "25,1", "0,5"),
            ("Nämnd och förvaltningsledning", "37,2", "36,0", "-1,2"),
            ("Central buffert", "0,0", "5,0", "5,0"),
            ("Summa", "592,5", "611,4", "18,9"),
        ),
        widths=(170.0, 80.0, 80.0, 80.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Internbudget 2026 för arbetsmarknadsnämnden", size=16, font="serif-bold", after=12),
        H("Förslag till beslut", 2),
        P(
            "Arbetsmarknadsnämnden fastställer internbudget 2026 enligt arbetsmarknadsförvaltningens förslag och "
            "uppdrar åt förvaltningen att redovisa uppföljningen per mars till nämnden i april."
        ),
        H("Bakgrund", 2),
        P(
            "Kommunfullmäktige beslutade i november 2025 om budget för 2026. Nämnden ska därefter fördela sin ram på "
            "verksamheterna i en internbudget."
        ),
        H("Sammanfattning", 2),
        P(
            "Kommunfullmäktige har beslutat om en budgetram för arbetsmarknadsnämnden på 611,4 mnkr för 2026, vilket "
            "är 18,9 mnkr mer än för 2025. Ökningen beror främst på kompensation för löne- och prisökningar samt en "
            "förstärkning av ramen för ekonomiskt bistånd.",
            O(None, note="The frame against the previous year: other."),
        ),
        table,
        H("Fördelning av ramen", 2),
        P(
            "Ramen för ekonomiskt bistånd höjs med 12,0 mnkr till 281,5 mnkr. Det beror på att antalet hushåll med "
            "försörjningsstöd under hösten 2025 var högre än vad budgeten för 2025 byggde på.",
            O(
                "Ekonomiskt bistånd",
                "ekonomiskt_bistand",
                note=BUDGET + " Reads like a deficit, but is none.",
            ),
        ),
        P(
            "Vuxenutbildningen tilldelas 3,2 mnkr mindre än 2025, eftersom statsbidraget för regional "
            "yrkesutbildning väntas öka med motsvarande belopp.",
            O("Vuxenutbildning", "statsbidrag", note=BUDGET),
        ),
        P(
            "Nämnden avsätter en central buffert på 5,0 mnkr för oförutsedda kostnader, som inte fördelas till "
            "verksamheterna.",
            O(None, "reserver", note="A reserve statement: other."),
        ),
        P(
            "Effektiviseringskravet på 1 procent, motsvarande 6,1 mnkr, fördelas proportionellt mot verksamheternas "
            "ramar med undantag av ekonomiskt bistånd.",
            O(None, note="A decision formula: other."),
        ),
        P(
            "Hyreskostnaderna för Jobbtorget ökar med 1,4 mnkr efter flytten till nya lokaler, vilket ryms inom "
            "förvaltningens ram.",
            O("Nämnd och förvaltningsledning", "lokaler", note="A financing statement: other."),
        ),
        H("Antaganden och risker", 2),
        P(
            "Budgeten för 2026 bygger på ett antagande om 3 450 hushåll med försörjningsstöd per månad, vilket är 150 "
            "fler än i budgeten för 2025.",
            O("Ekonomiskt bistånd", note="An assumption against the previous year's budget: other."),
        ),
        P(
            "Om antalet hushåll blir 100 fler än antagandet ökar kostnaden med cirka 8 mnkr på helår, vilket är "
            "nämndens största ekonomiska risk.",
            O("Ekonomiskt bistånd", note="A sensitivity risk: other."),
        ),
    ]
    return ReportSpec(
        file="helsingborg-amn-internbudget-2026.pdf",
        report={
            "municipality": ["Helsingborg", "Helsingborgs stad"],
            "committee": ["Arbetsmarknadsnämnden"],
            "period": ["2026", "2026-01"],
            "report_type": "internbudget",
        },
        metadata={"title": "Internbudget 2026 för arbetsmarknadsnämnden", "author": "Helsingborgs stad"},
        style=style,
        blocks=blocks,
    )
