"""Älmhults kommun, Kommunstyrelsen, uppföljning av internkontrollplan 2025.

No budget follow-up at all: the kommunstyrelse's follow-up of its internal-control plan, adopted in
February, full of amounts, "beror på", "mer än", "överskrider" and control "avvikelser": purchases outside
framework agreements (a share and an amount), late-payment interest "beror på" late attestation, representation
"mer än föregående år", a car-allowance check, a mention of the socialnämnd's reported deficit (a statement
about someone else), the external review's cost that "ryms inom" the budget (a financing statement), and a
phone-subscription cost that "överskrider riktvärdet" (a control target, not a budget): seven `other` items
and no cause. The decision proposal, the background, the control table and the proposals are unlabelled.
Liberation Sans (Arial metrics) 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import Bullets, H, P, ReportSpec, Style, Table, Title

from reports.common import O

NOT = "An internal-control finding, not a budget deviation: other."


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=10.0,
        leading=1.36,
        para_gap=7.0,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(70.0, 78.0, 70.0, 74.0),
        header=lambda n, m: ("Älmhults kommun", "Kommunledningsförvaltningen"),
        footer=lambda n, m: ("Kommunstyrelsen 2026-02-10, § 21", "", f"{n}({m})"),
        header_size=8.0,
        rule_under_header=True,
    )
    controls = Table(
        caption="Sammanställning av kontrollmoment 2025",
        header=(("Kontrollmoment", "Antal stickprov", "Avvikelser", "Bedömning"),),
        rows=(
            ("Inköp utanför ramavtal", "60", "11", "Brister"),
            ("Attest av leverantörsfakturor", "80", "6", "Brister"),
            ("Representation", "40", "3", "Godtagbar"),
            ("Bilersättning", "30", "0", "Godtagbar"),
            ("Mobilabonnemang", "25", "4", "Godtagbar"),
        ),
        widths=(190.0, 90.0, 80.0, 90.0),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Uppföljning av internkontrollplan 2025", size=17, font="arial-bold", after=4),
        Title("Kommunstyrelsen", size=11.5, font="arial", after=12),
        H("Förslag till beslut", 2),
        P(
            "Kommunstyrelsen godkänner uppföljningen av internkontrollplanen för 2025 och ger "
            "kommunledningsförvaltningen i uppdrag att åtgärda de brister som har identifierats."
        ),
        H("Bakgrund", 2),
        P(
            "Enligt kommunallagen ska nämnderna se till att den interna kontrollen är tillräcklig. Kommunstyrelsen "
            "antog sin internkontrollplan för 2025 i december 2024. Kontrollerna har genomförts av "
            "ekonomienheten genom stickprov under september och oktober."
        ),
        controls,
        H("Resultat av kontrollerna", 2),
        P(
            "Av 60 granskade inköp gjordes 11 utanför gällande ramavtal, till ett sammanlagt värde av 412 tkr. "
            "Avvikelserna beror främst på att beställare inte kände till att det finns avtal för konsulttjänster "
            "och kontorsmöbler.",
            O(None, note=NOT + " Purchases outside agreements with 'beror på'."),
        ),
        P(
            "Kommunstyrelsens förvaltning betalade under året 38 600 kronor i dröjsmålsräntor, vilket är 14 200 "
            "kronor mer än 2024. Ökningen beror på att fakturor har blivit liggande i attestflödet under "
            "semesterperioden.",
            O(None, note=NOT + " Late-payment interest against last year."),
        ),
        P(
            "Kostnaderna för representation uppgick till 186 tkr, 42 tkr mer än föregående år, vilket förklaras av "
            "kommunens 50-årsjubileum för vänortssamarbetet. Samtliga granskade underlag innehöll syfte och "
            "deltagarförteckning.",
            O(None, note=NOT + " Representation against last year."),
        ),
        P(
            "Kontrollen av bilersättningar visade inga avvikelser. Utbetald ersättning för tjänsteresor med egen bil "
            "uppgick till 97 tkr.",
            O(None, note="A supporting figure from a control without findings: other."),
        ),
        P(
            "Kostnaden för mobilabonnemang överskrider kommunens riktvärde med 6 100 kronor, eftersom fyra "
            "abonnemang för avslutade anställningar inte hade sagts upp.",
            O(
                None,
                note="'Överskrider riktvärdet' is a control target, not a budget deviation: other.",
            ),
        ),
        H("Iakttagelser om andra nämnder", 2),
        P(
            "I samband med kontrollen av attestordningen noterades att socialnämnden i sin delårsrapport redovisade "
            "ett underskott på 9,4 mnkr, främst till följd av externa placeringar. Kommunstyrelsen har inte "
            "granskat socialnämndens prognos inom ramen för denna plan.",
            O("Socialnämnden", note="A statement about another nämnd's deficit: other."),
        ),
        H("Kostnader för uppföljningen", 2),
        P(
            "Den externa granskningen av upphandlingsprocessen kostade 95 000 kronor och ryms inom "
            "kommunledningsförvaltningens budget för 2025.",
            O(None, note="A financing statement, no deviation reported: other."),
        ),
        H("Förslag till kontrollmoment 2026", 2),
        Bullets(
            (
                "Inköp utanför ramavtal, med särskild uppföljning av konsulttjänster.",
                "Attest av leverantörsfakturor under semesterperioden.",
                "Avslut av behörigheter och abonnemang när anställningar upphör.",
            )
        ),
        P("Lena Strand, kommundirektör    Oskar Nyberg, ekonomichef", size=9.5),
    ]
    return ReportSpec(
        file="almhult-ks-uppfoljning-internkontrollplan-2025.pdf",
        report={
            "municipality": "Älmhult",
            "committee": ["Kommunstyrelsen"],
            "period": ["2025"],
            "report_type": "internkontroll",
        },
        metadata={"title": "Uppföljning av internkontrollplan 2025", "author": "Älmhults kommun"},
        style=style,
        blocks=blocks,
    )
