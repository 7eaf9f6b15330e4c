"""Lunds kommun, Servicenämnden, tjänsteskrivelse om internpriser 2027.

No budget follow-up at all: a tjänsteskrivelse in Times (Liberation Serif), dated in April 2026, proposing the
internal prices for meals, cleaning and vehicles in 2027. It is full of amounts, "beror på", "mer än" and
"lägre än", and one sentence says the cleaning prices cover the costs "till 98 procent, vilket beror på", but
nothing in it is a deviation from a budget: eight `other` items (the proposal's reasons, the three services,
the cost for the other nämnder with a "varav" for Barn- och skolnämnden, the financing set aside in the budget
directions, the cost coverage and a comparison with two other cities) and no cause. The decision proposal and
the price table are unlabelled.

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
        size=11.5,
        leading=1.35,
        para_gap=8.0,
        heading_sizes=(15.0, 12.5, 11.5),
        heading_fonts=("times-bold", "times-bold", "times-bold"),
        margins=(76.0, 84.0, 76.0, 76.0),
        header=lambda n, m: ("LUNDS KOMMUN  Serviceförvaltningen", "Tjänsteskrivelse 2026-04-21"),
        footer=lambda n, m: ("Dnr SERN 2026/0118", "", f"{n} ({m})"),
        header_size=8.5,
        rule_under_header=False,
    )
    prices = Table(
        caption="Föreslagna internpriser 2027",
        header=(("Tjänst", "Pris 2026", "Pris 2027", "Förändring"),),
        rows=(
            ("Lunch, förskola och skola (kr/portion)", "36,50", "38,40", "5,2 %"),
            ("Lunch, äldreboende (kr/portion)", "61,20", "63,90", "4,4 %"),
            ("Lokalvård (kr/timme)", "398", "412", "3,5 %"),
            ("Fordonsleasing, personbil (kr/månad)", "4 350", "4 200", "-3,4 %"),
        ),
        widths=(200.0, 70.0, 70.0, 70.0),
        rules=True,
        size=9.5,
    )
    blocks = [
        Title("Internpriser 2027 för Serviceförvaltningens tjänster", size=16, font="times-bold", after=10),
        H("Förslag till beslut", 3),
        P(
            "Servicenämnden fastställer internpriserna för kost, lokalvård och fordon för 2027 enligt bilaga 1 och "
            "överlämnar beslutet till kommunstyrelsen för kännedom."
        ),
        H("Sammanfattning", 3),
        P(
            "Serviceförvaltningen föreslår att internpriserna för kost, lokalvård och fordon räknas upp med i "
            "genomsnitt 3,1 procent inför 2027. Uppräkningen beror på avtalade löneökningar och högre "
            "livsmedelspriser.",
            O(
                None,
                "lonekostnader",
                "prisokningar",
                note="A price proposal's reasons, not a deviation: other.",
            ),
        ),
        prices,
        H("Kost", 3),
        P(
            "Priset för en lunchportion i förskola och skola föreslås bli 38,40 kronor, vilket är 1,90 kronor mer än "
            "2026. Höjningen beror främst på att livsmedelsavtalet indexregleras i januari.",
            O("Kost", "prisokningar"),
        ),
        H("Lokalvård", 3),
        P(
            "Timpriset för lokalvård höjs till 412 kronor. Lönekostnaderna ökar med 3,4 procent enligt avtal, medan "
            "övriga kostnader hålls oförändrade.",
            O("Lokalvård", "lonekostnader"),
        ),
        P(
            "Internpriserna ska enligt kommunens riktlinjer täcka de fulla kostnaderna. Beräkningen visar att "
            "kostnaderna för lokalvård täcks till 98 procent, vilket beror på att två nya skolor med större ytor "
            "tillkommer först under hösten.",
            O(
                "Lokalvård",
                "volymer",
                "periodisering",
                note="Cost coverage of a price, with 'beror på': not a budget deviation.",
            ),
        ),
        H("Fordon", 3),
        P(
            "För fordonsleasing sänks den månatliga avgiften med i genomsnitt 150 kronor per fordon, eftersom "
            "räntekostnaderna för den nya fordonsparken blir lägre än vid förra årets beräkning.",
            O("Fordon", "material_hjalpmedel"),
        ),
        H("Ekonomiska konsekvenser", 3),
        P(
            "Sammantaget innebär förslaget att kommunens nämnder får ökade kostnader med cirka 14,2 miljoner kronor "
            "under 2027, varav Barn- och skolnämnden svarar för 6,8 miljoner kronor.",
            O(None, note="The cost for other nämnder: a statement about someone else."),
        ),
        P(
            "Kommunstyrelsen har i budgetanvisningarna för 2027 avsatt 12 miljoner kronor för kompensation av "
            "internprisökningar. Mellanskillnaden på 2,2 miljoner kronor får nämnderna hantera inom sina ramar.",
            O(None, "reserver", note="Financing set aside in the budget directions: other."),
        ),
        P(
            "Jämfört med Malmö och Helsingborg ligger Lunds lunchpris 2,10 kronor lägre respektive 0,80 kronor högre.",
            O("Kost", note="A comparison with other cities: other."),
        ),
        H("Beslutsunderlag", 3),
        P("Tjänsteskrivelse 2026-04-21. Bilaga 1, Internpriser 2027."),
    ]
    return ReportSpec(
        file="lund-sern-internpriser-2027.pdf",
        report={
            "municipality": "Lund",
            "committee": ["Servicenämnden"],
            "period": ["2027", "2026-04"],
            "report_type": "tjänsteskrivelse",
        },
        metadata={"title": "Internpriser 2027 Servicenämnden", "author": "Lunds kommun"},
        style=style,
        blocks=blocks,
    )
