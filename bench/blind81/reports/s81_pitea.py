"""Piteå kommun, Kommunstyrelsen, uppföljning av internkontrollplan 2025.

An internal-control report that is no budget follow-up at all, in DejaVu Sans, full of amounts, "beror på",
"mer än" and "över den nivå": a decision proposal and a background (unlabelled), a control table
(unlabelled), then one paragraph per control: purchases outside agreements "0,9 mnkr mer än vid kontrollen
2024" with "beror på", attestation with a control "Avvikelsen beror på", representation "37 tkr över den
nivå som riktlinjen anger", late-payment interest against 2024, salary overpayments that were reclaimed, a
remark about the socialnämnd's deficit with no amount (about someone else) and the cost of the review that
"ryms inom" the budget (a financing statement): seven `other` items and no cause. Proposals for next year
are unlabelled. DejaVu Sans 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import Bullets, H, P, ReportSpec, Style, Table, Title

from reports.common import O


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.42,
        para_gap=6.5,
        heading_sizes=(14.0, 11.5, 10.0),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(70.0, 80.0, 70.0, 74.0),
        header=lambda n, m: ("Piteå kommun", "Kommunstyrelsen"),
        footer=lambda n, m: ("Uppföljning internkontrollplan 2025", "KS 2026/0031", f"{n} ({m})"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Sammanställning av kontrollmoment 2025",
        header=(("Kontrollmoment", "Antal kontroller", "Avvikelser", "Belopp, tkr"),),
        rows=(
            ("Inköp utanför avtal", "120", "14", "2 700"),
            ("Attest av fakturor", "120", "6", "–"),
            ("Representation", "45", "3", "184"),
            ("Dröjsmålsräntor", "12", "12", "41,5"),
            ("Löneutbetalningar", "300", "9", "312"),
        ),
        widths=(170.0, 90.0, 80.0, 80.0),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Uppföljning av internkontrollplan 2025", size=17, font="sans-bold", after=2),
        Title("Kommunstyrelsen", size=12, font="sans", after=12),
        H("Förslag till beslut", 2),
        P(
            "Kommunstyrelsen godkänner uppföljningen av internkontrollplanen för 2025 och uppdrar åt "
            "kommundirektören att vidta de åtgärder som föreslås i rapporten."
        ),
        H("Bakgrund", 2),
        P(
            "Enligt kommunallagen ska nämnderna se till att den interna kontrollen är tillräcklig. Kommunstyrelsen "
            "antog internkontrollplanen för 2025 i januari, och uppföljningen redovisas här."
        ),
        table,
        H("Resultat av kontrollerna", 2),
        H("Inköp utanför avtal", 3),
        P(
            "Granskningen av 120 slumpvis valda fakturor visar att inköp utanför avtal uppgick till 2,7 mnkr, vilket "
            "är 0,9 mnkr mer än vid kontrollen 2024. Ökningen beror på att avtalet för konsulttjänster inom IT löpte "
            "ut i mars.",
            O(None, note="A control result against last year with 'beror på': no budget deviation."),
        ),
        H("Attest", 3),
        P(
            "I 6 av 120 kontrollerade fakturor saknades korrekt attest. Avvikelsen beror på att attestförteckningen "
            "inte hade uppdaterats efter omorganisationen.",
            O(None, note="A control 'avvikelse', not a budget deviation."),
        ),
        H("Representation", 3),
        P(
            "Kostnaderna för representation var 184 tkr, vilket är 37 tkr över den nivå som riktlinjen anger som "
            "vägledande. Överskridandet beror på vänortsbesöket i juni.",
            O(None, note="Against a guideline, not a budget."),
        ),
        H("Dröjsmålsräntor", 3),
        P(
            "Kommunstyrelsens förvaltning betalade 41 500 kronor i dröjsmålsräntor, jämfört med 12 300 kronor 2024, "
            "vilket beror på bytet av ekonomisystem under våren.",
            O(None, note="Against the previous year."),
        ),
        H("Löneutbetalningar", 3),
        P(
            "Felaktiga löneutbetalningar uppgick till 312 tkr, som i huvudsak har återkrävts.",
            O(None),
        ),
        H("Iakttagelser från revisionen", 3),
        P(
            "Revisorerna har påpekat att socialnämnden redovisar ett underskott mot budget och att uppföljningen av "
            "nämndens åtgärdsplan behöver bli tydligare.",
            O("Socialnämnden", note="A statement about someone else, no amount."),
        ),
        H("Kostnad för granskningen", 3),
        P(
            "Kostnaden för den externa granskningen av kontrollerna, 85 tkr, ryms inom kommunstyrelsens budget för "
            "revision och kontroll.",
            O(None, note="A financing statement: no deviation reported."),
        ),
        H("Förslag till internkontrollplan 2026", 2),
        Bullets(
            (
                "Kontroll av inköp utanför avtal ska göras varje kvartal.",
                "Attestförteckningarna ska uppdateras inom en månad efter varje organisationsförändring.",
                "Ett nytt kontrollmoment införs för hantering av kontanter i receptionerna.",
            )
        ),
    ]
    return ReportSpec(
        file="pitea-ks-uppfoljning-internkontrollplan-2025.pdf",
        report={
            "municipality": "Piteå",
            "committee": ["Kommunstyrelsen"],
            "period": ["2025"],
            "report_type": "internkontroll",
        },
        metadata={"title": "Uppföljning av internkontrollplan 2025", "author": "Piteå kommun"},
        style=style,
        blocks=blocks,
    )
