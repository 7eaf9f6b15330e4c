"""Malung-Sälens kommun, Kommunstyrelsen, uppföljning av internkontrollplan 2025.

Not a budget follow-up: a tjänsteskrivelse on the internal-control plan in Liberation Serif 11 pt, dated in
February, full of amounts, "beror på", "över den riktlinje" and a control "Avvikelsen": purchases outside
agreements, a cash shortfall, late-payment interest "mer än dubbelt så mycket som 2024", representation 40 tkr
over a guideline, wrong salary supplements, another nämnd's deficit (about someone else, no amount) and the
cost of an external review that "ryms inom kommunstyrelsens budget" (a financing statement): seven `other`
items and no cause. The decision proposal, the summary and the control table are unlabelled.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import O

CONTROL = "A control finding with an amount and 'beror på': no budget deviation, other."


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=11.0,
        leading=1.35,
        para_gap=7.0,
        heading_sizes=(15.0, 12.5, 11.0),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(72.0, 84.0, 72.0, 76.0),
        header=lambda n, m: ("MALUNG-SÄLENS KOMMUN", "TJÄNSTESKRIVELSE 2026-02-09"),
        footer=lambda n, m: ("Kommunledningsförvaltningen", "Dnr KS 2026/38", f"{n}({m})"),
        header_size=8.0,
        rule_under_header=True,
    )
    controls = Table(
        caption="Sammanställning av kontrollmoment 2025",
        header=(("Process", "Antal moment", "Utan anmärkning", "Med avvikelse"),),
        rows=(
            ("Inköp och upphandling", "3", "2", "1"),
            ("Ekonomi och kontanthantering", "3", "2", "1"),
            ("Personal och lön", "3", "2", "1"),
            ("Information och dokumenthantering", "2", "2", "0"),
            ("Summa", "11", "8", "3"),
        ),
        widths=(190.0, 80.0, 90.0, 80.0),
        bold_rows=frozenset({4}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Uppföljning av internkontrollplan 2025", size=17, font="arial-bold", after=2),
        Title("Kommunstyrelsen", size=12, font="arial", after=14),
        H("Förslag till beslut", 2),
        P(
            "Kommunstyrelsen godkänner uppföljningen av internkontrollplanen för 2025 och överlämnar den till "
            "kommunens revisorer."
        ),
        H("Sammanfattning", 2),
        P(
            "Internkontrollplanen för 2025 omfattade elva kontrollmoment. Åtta moment har genomförts utan anmärkning "
            "och tre har gett avvikelser, som redovisas nedan tillsammans med två iakttagelser utanför planen."
        ),
        controls,
        H("Resultat av kontrollerna", 2),
        H("Inköp utanför ramavtal", 3),
        P(
            "Av 120 granskade fakturor avsåg 14 inköp utanför ramavtal till ett sammanlagt värde av 386 tkr. "
            "Avvikelsen beror till största delen på att avtalet för arbetskläder löpte ut i april utan att ett nytt "
            "hade tecknats.",
            O(None, note=CONTROL),
        ),
        H("Kontanthantering", 3),
        P(
            "Vid inventering av handkassorna i kommunens två besökscenter saknades 1 250 kronor i en av kassorna, "
            "vilket beror på att växel lämnades fel vid en försäljning i februari.",
            O(None, note=CONTROL),
        ),
        H("Leverantörsfakturor och dröjsmålsräntor", 3),
        P(
            "Kommunen betalade under året 48 600 kronor i dröjsmålsräntor, mer än dubbelt så mycket som 2024. "
            "Ökningen beror på att fakturaflödet stördes i samband med bytet av ekonomisystem i mars.",
            O(None, note=CONTROL + " Compared with the previous year."),
        ),
        H("Löneutbetalningar", 3),
        P(
            "Kontrollen visade två felaktiga utbetalningar av OB-tillägg på sammanlagt 18 400 kronor, som har "
            "återkrävts. Felen beror på att scheman hade registrerats manuellt.",
            O(None, note=CONTROL),
        ),
        H("Iakttagelser utanför planen", 2),
        P(
            "Kostnaderna för representation uppgick till 212 tkr, vilket är 40 tkr över den riktlinje som "
            "kommunstyrelsen har fastställt. Överskridandet beror på näringslivsdagen i september, där kommunen stod "
            "som värd.",
            O(None, note="A guideline exceeded, not a budget: other."),
        ),
        P(
            "Socialnämnden har i sin egen uppföljning redovisat ett underskott för 2025 som beror på ökade "
            "placeringskostnader. Frågan hanteras i årsredovisningen och ingår inte i denna uppföljning.",
            O("Socialnämnden", note="A statement about another nämnd, no amount: other."),
        ),
        H("Ekonomiska konsekvenser", 2),
        P(
            "Uppföljningen medför inga kostnader utöver den arbetstid som ingår i ekonomiavdelningens budget. "
            "Kostnaden för den externa granskningen av löneprocessen, 95 tkr, ryms inom kommunstyrelsens budget för "
            "2025.",
            O(None, note="A financing statement: other."),
        ),
        H("Förslag till kontrollmoment 2026", 2),
        P(
            "Förvaltningen föreslår att kontrollen av inköp utanför ramavtal och av löneutbetalningar upprepas 2026 "
            "och att ett nytt moment om hantering av bisysslor läggs till."
        ),
    ]
    return ReportSpec(
        file="malung-salen-ks-uppfoljning-internkontrollplan-2025.pdf",
        report={
            "municipality": "Malung-Sälen",
            "committee": ["Kommunstyrelsen"],
            "period": ["2025"],
            "report_type": "uppföljning av internkontrollplan",
        },
        metadata={"title": "Uppföljning av internkontrollplan 2025", "author": "Malung-Sälens kommun"},
        style=style,
        blocks=blocks,
    )
