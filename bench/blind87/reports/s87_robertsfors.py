"""Robertsfors kommun, Kommunstyrelsen, tjänsteskrivelse: borgensram och borgensavgift för kommunens bolag 2026.

No budget follow-up at all: a proposal to the fullmäktige on the guarantee frames for the housing and energy
companies, set in Liberation Serif, dated in November with a diarienummer in the header, full of amounts and "beror
på": the housing company's need "ökar med 22 mnkr jämfört med 2025", the energy company's used guarantee that
"har minskat med 3,4 mnkr, vilket beror på amorteringar", the fee's income "70 000 kronor mer än 2025", a fee
lowered "vilket beror på" lower borrowing costs, the housing company's equity ratio below the owner's target
(about someone else), a financing and risk paragraph ("ryms inom kommunens budget") and the total commitment
"19 mnkr mer än vid utgången av 2025": seven `other` items and no cause. The decision proposal and the list of
documents are unlabelled.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Title

from reports.common import O

NO_CAUSE = "A document with no budget follow-up: other."


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=11.5,
        leading=1.3,
        para_gap=8.0,
        heading_sizes=(15.0, 12.5, 11.5),
        heading_fonts=("times-bold", "times-bold", "times-bold"),
        margins=(72.0, 84.0, 72.0, 76.0),
        header=lambda n, m: ("Robertsfors kommun", "Dnr KS 2025/311"),
        footer=lambda n, m: ("Ekonomiavdelningen 2025-11-05", "", f"{n} ({m})"),
        header_size=8.5,
        rule_under_header=False,
    )
    blocks = [
        Title("Tjänsteskrivelse", size=16, font="times-bold", after=4),
        Title(
            "Borgensram och borgensavgift för kommunens bolag 2026", size=13.5, font="times-bold", after=14
        ),
        H("Förslag till beslut", 2),
        P(
            "Kommunstyrelsen föreslår kommunfullmäktige besluta att fastställa borgensramen för bostadsbolaget till "
            "145 mnkr och för energibolaget till 38 mnkr för 2026, samt att borgensavgiften ska vara 0,45 procent "
            "av utnyttjad borgen."
        ),
        H("Ärendebeskrivning", 2),
        P(
            "Bostadsbolagets behov av borgen ökar med 22 mnkr jämfört med 2025. Ökningen beror på att bolaget "
            "planerar att bygga 16 nya lägenheter i centrala Robertsfors och att renovera två flerbostadshus i "
            "Bygdeå.",
            O("Bostadsbolaget", note=NO_CAUSE + " A company's borrowing need against the previous year."),
        ),
        P(
            "Energibolagets borgensram är oförändrad, men utnyttjad borgen har minskat med 3,4 mnkr, vilket beror på "
            "amorteringar under året.",
            O("Energibolaget", note=NO_CAUSE + " 'Oförändrad' and 'beror på' about a company's loans."),
        ),
        P(
            "Borgensavgiften beräknas ge kommunen intäkter på 520 000 kronor 2026, vilket är 70 000 kronor mer än "
            "2025.",
            O(None, note=NO_CAUSE + " Income against the previous year, not against a budget."),
        ),
        P(
            "Avgiften har sänkts från 0,50 procent, vilket beror på att kommunens egen upplåningskostnad har "
            "minskat.",
            O(None, note=NO_CAUSE),
        ),
        P(
            "Enligt den senaste riskbedömningen är soliditeten i bostadsbolaget 11 procent, vilket är lägre än "
            "ägardirektivets mål på 15 procent.",
            O("Bostadsbolaget", note=NO_CAUSE + " A statement about someone else."),
        ),
        H("Ekonomiska konsekvenser", 2),
        P(
            "Beslutet ryms inom kommunens budget för 2026. Om bostadsbolaget inte kan fullgöra sina åtaganden kan "
            "kommunen behöva infria borgen, vilket vid fullt utnyttjande motsvarar 145 mnkr.",
            O(None, note=NO_CAUSE + " A financing statement and a risk."),
        ),
        P(
            "Kommunens totala borgensåtagande uppgår efter beslutet till 186 mnkr, inklusive borgen för föreningar "
            "på 3 mnkr. Det är 19 mnkr mer än vid utgången av 2025 och beror på bostadsbolagets byggplaner.",
            O(None, note=NO_CAUSE + " The total commitment against the previous year."),
        ),
        H("Beslutsunderlag", 2),
        P(
            "Tjänsteskrivelse 2025-11-05. Bostadsbolagets investeringsplan 2026–2028. Energibolagets låneplan 2026."
        ),
    ]
    return ReportSpec(
        file="robertsfors-ks-borgensram-2026.pdf",
        report={
            "municipality": "Robertsfors",
            "committee": ["Kommunstyrelsen", "Kommunfullmäktige"],
            "period": ["2026", "2025-11"],
            "report_type": "tjänsteskrivelse",
        },
        metadata={"title": "Borgensram och borgensavgift 2026", "author": "Robertsfors kommun"},
        style=style,
        blocks=blocks,
    )
