"""Salems kommun, Socialnämnden, tjänsteskrivelse: ersättning till familjehem och kontaktpersoner 2026.

Not a budget follow-up: a decision on the fees and expense allowances paid to foster homes and contact persons
for 2026, dated in November 2025, full of amounts, "beror på", "mer än" and "ryms inom den budget": the fee
increase and its reason, the expense allowance "290 kronor mer än 2025" with its reason, the range for contact
persons (a decision formula), retroactive fees paid in 2025 "vilket beror på", the cost of the decision that
"ryms inom den budget" fullmäktige set (a financing statement, no deviation), a comparison with the county's
other kommuner, and the number of placed children against last year: seven `other` items and no cause. The
decision proposal, the background and the table of levels are unlabelled. DejaVu Serif 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import O

NOT_BUDGET = "A fee decision, not a budget follow-up: other."


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
        margins=(72.0, 80.0, 72.0, 74.0),
        header=lambda n, m: ("Salems kommun  Socialförvaltningen", "Tjänsteskrivelse 2025-11-12"),
        footer=lambda n, m: ("Dnr SN 2025/214", "", f"{n} ({m})"),
        header_size=8.0,
    )
    levels = Table(
        caption="Ersättningsnivåer 2026, kronor per månad",
        header=(("Ersättning", "2025", "2026"),),
        rows=(
            ("Arvode, grundnivå", "7 880", "8 150"),
            ("Arvode, förhöjd nivå", "11 820", "12 220"),
            ("Omkostnad, barn 0–12 år", "6 410", "6 630"),
            ("Omkostnad, barn 13–20 år", "7 190", "7 480"),
            ("Kontaktperson, lägsta nivå", "1 210", "1 250"),
            ("Kontaktperson, högsta nivå", "3 000", "3 100"),
        ),
        widths=(200.0, 80.0, 80.0),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Ersättning till familjehem och kontaktpersoner 2026", size=16, font="serif-bold", after=10),
        H("Förslag till beslut", 2),
        P(
            "Socialnämnden fastställer ersättningsnivåerna för familjehem och kontaktpersoner för 2026 enligt bilaga 1. "
            "Nivåerna gäller från och med den 1 januari 2026."
        ),
        H("Bakgrund", 2),
        P(
            "Nämnden fastställer varje år arvoden och omkostnadsersättningar till familjehem, jourhem och "
            "kontaktpersoner. Sveriges Kommuner och Regioner ger ut rekommendationer som de flesta kommuner i länet "
            "följer."
        ),
        levels,
        H("Arvoden", 2),
        P(
            "Arvodet per placerat barn höjs med 3,4 procent till 8 150 kronor per månad i grundnivån. Höjningen beror "
            "på att rekommendationerna har räknats upp med hänsyn till löneutvecklingen.",
            O("Arvoden", note=NOT_BUDGET + " A fee increase and its reason."),
        ),
        H("Omkostnadsersättning", 2),
        P(
            "Omkostnadsersättningen för barn 13–20 år blir 7 480 kronor per månad, vilket är 290 kronor mer än 2025. "
            "Skillnaden beror på att konsumentprisindex har stigit.",
            O("Omkostnadsersättning", note=NOT_BUDGET + " 'mer än 2025': against the previous year."),
        ),
        H("Kontaktpersoner", 2),
        P(
            "Ersättningen till kontaktpersoner blir mellan 1 250 och 3 100 kronor per månad beroende på uppdragets "
            "omfattning och hur ofta kontakten sker.",
            O("Kontaktpersoner", note=NOT_BUDGET + " A decision formula."),
        ),
        H("Retroaktiva arvoden", 2),
        P(
            "Under 2025 betalades 96 000 kronor ut i retroaktiva arvoden, vilket beror på att två familjehem fick "
            "höjd ersättning efter en omprövning av uppdragen.",
            O("Arvoden", note=NOT_BUDGET),
        ),
        H("Ekonomiska konsekvenser", 2),
        P(
            "Höjningarna beräknas öka nämndens kostnader med 0,8 mnkr under 2026. Kostnadsökningen ryms inom den "
            "budget som kommunfullmäktige har fastställt för socialnämnden.",
            O(None, note=NOT_BUDGET + " A financing statement, no deviation reported."),
        ),
        H("Jämförelse med andra kommuner", 2),
        P(
            "Salems nivåer ligger två procent under genomsnittet i Stockholms län, vilket beror på att kommunen "
            "tidigare år inte har följt rekommendationerna fullt ut.",
            O(None, note=NOT_BUDGET + " A comparison with other kommuner."),
        ),
        H("Uppföljning", 2),
        P(
            "Antalet familjehemsplacerade barn var 34 vid årsskiftet, fyra fler än ett år tidigare.",
            O(None, "volymer", note="A volume against last year: other."),
        ),
        H("Beslutsunderlag", 2),
        P("Tjänsteskrivelse 2025-11-12. Bilaga 1, Ersättningsnivåer 2026."),
    ]
    return ReportSpec(
        file="salem-sn-ersattning-familjehem-2026.pdf",
        report={
            "municipality": "Salem",
            "committee": ["Socialnämnden"],
            "period": ["2026", "2025-11"],
            "report_type": "ersättningsbeslut",
        },
        metadata={"title": "Ersättning till familjehem och kontaktpersoner 2026", "author": "Salems kommun"},
        style=style,
        blocks=blocks,
    )
