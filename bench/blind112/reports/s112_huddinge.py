"""Huddinge kommun, Gymnasienämnden, tjänsteskrivelse: programpeng och interkommunal ersättning 2027.

No budget follow-up at all: a tjänsteskrivelse proposing next year's per-pupil amounts for upper secondary
school, dated in October 2026, full of amounts, "beror på", "mer än" and "ryms inom den preliminära ram": the
average increase in percent and its reason, the average amount "3 000 kronor mer än 2026", two programmes as a
"respektive" pair, the introduction programmes' higher increase with "Det beror på", the total cost that "ryms
inom" the frame (a financing statement), the additional amount per pupil and the cost increase against 2026
with two "varav" parts: seven `other` items and no cause. The decision proposal (bullets), the legal
background and the table per programme are unlabelled. DejaVu Sans 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import Bullets, H, P, ReportSpec, Style, Table, Title

from reports.common import O

NO_FOLLOW_UP = "No budget follow-up: the document has no cause."


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=10.0,
        leading=1.42,
        para_gap=7.0,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(70.0, 80.0, 70.0, 76.0),
        header=lambda n, m: ("Huddinge kommun", "Tjänsteskrivelse"),
        footer=lambda n, m: ("Gymnasienämnden 2026-10-14", "Dnr GN-2026/318", f"{n} ({m})"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Programpeng per elev och år, kronor",
        header=(("Program", "2026", "2027", "Förändring"),),
        rows=(
            ("Barn- och fritidsprogrammet", "112 600", "115 500", "2,6 %"),
            ("Ekonomiprogrammet", "92 300", "94 600", "2,5 %"),
            ("El- och energiprogrammet", "138 900", "142 600", "2,7 %"),
            ("Naturvetenskapsprogrammet", "102 300", "104 900", "2,5 %"),
            ("Samhällsvetenskapsprogrammet", "91 800", "94 100", "2,5 %"),
            ("Teknikprogrammet", "118 200", "121 300", "2,6 %"),
            ("Språkintroduktion", "131 700", "139 700", "6,1 %"),
            ("Genomsnitt", "115 400", "118 400", "2,6 %"),
        ),
        widths=(170.0, 70.0, 70.0, 70.0),
        bold_rows=frozenset({7}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title(
            "Programpeng och interkommunal ersättning för gymnasieskolan 2027",
            size=15,
            font="sans-bold",
            after=4,
        ),
        Title("Gymnasienämnden", size=11.5, font="sans", after=12),
        H("Förslag till beslut", 2),
        Bullets(
            (
                "Gymnasienämnden fastställer programpeng för 2027 enligt bilaga 1.",
                "Gymnasienämnden fastställer interkommunal ersättning och bidrag till enskilda huvudmän för 2027 "
                "enligt bilaga 2.",
            ),
        ),
        H("Sammanfattning", 2),
        P(
            "Förvaltningen föreslår att programpengen för 2027 räknas upp med i genomsnitt 2,6 procent jämfört med "
            "2026. Uppräkningen beror på kommunfullmäktiges beslut om ramar och på förväntade löneökningar för "
            "lärare.",
            O(None, note=NO_FOLLOW_UP + " A proposed increase and its reason."),
        ),
        H("Bakgrund", 2),
        P(
            "Enligt skollagen ska hemkommunen lämna bidrag till enskilda huvudmän på samma grunder som kommunen "
            "tillämpar vid fördelning av resurser till den egna gymnasieskolan. Programpengen ska fastställas före "
            "kalenderårets början."
        ),
        H("Ärendet", 2),
        P(
            "Den genomsnittliga programpengen blir 118 400 kronor per elev och år, vilket är 3 000 kronor mer än "
            "2026.",
            O(None, note=NO_FOLLOW_UP + " 'mer än' against last year."),
        ),
        P(
            "För naturvetenskapsprogrammet och teknikprogrammet blir programpengen 104 900 respektive 121 300 "
            "kronor.",
            O(None, note=NO_FOLLOW_UP + " A 'respektive' pair of rates, not deviations: one item."),
        ),
        P(
            "Ersättningen för introduktionsprogrammen höjs mer än för övriga program, med 6,1 procent. Det beror på "
            "att fler elever på språkintroduktion behöver studiehandledning på modersmålet.",
            O("Introduktionsprogram", note=NO_FOLLOW_UP + " 'beror på' about a rate."),
        ),
        table,
        P(
            "Den totala kostnaden för programpeng och interkommunal ersättning beräknas till 412,6 mnkr 2027. Den "
            "ryms inom den preliminära ram som kommunstyrelsen föreslår, under förutsättning att elevantalet blir "
            "det som befolkningsprognosen anger.",
            O(None, note=NO_FOLLOW_UP + " A financing statement, no deviation reported."),
        ),
        P(
            "Tilläggsbeloppet för elever med omfattande behov av särskilt stöd lämnas som i dag efter individuell "
            "prövning, i genomsnitt 86 000 kronor per elev och år.",
            O(None, note=NO_FOLLOW_UP),
        ),
        H("Ekonomiska konsekvenser", 2),
        P(
            "Jämfört med 2026 ökar kostnaderna med 14,8 mnkr, varav 9,2 mnkr beror på fler elever och 5,6 mnkr på "
            "uppräkningen av programpengen.",
            O(None, "volymer", note=NO_FOLLOW_UP + " A cost increase against last year: other."),
        ),
    ]
    return ReportSpec(
        file="huddinge-gn-programpeng-2027.pdf",
        report={
            "municipality": "Huddinge",
            "committee": ["Gymnasienämnden"],
            "period": ["2027", "2026-10"],
            "report_type": "tjänsteskrivelse",
        },
        metadata={"title": "Programpeng och interkommunal ersättning 2027", "author": "Huddinge kommun"},
        style=style,
        blocks=blocks,
    )
