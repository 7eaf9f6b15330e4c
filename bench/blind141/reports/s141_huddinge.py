"""Huddinge kommun, Kommunstyrelsen, uppföljning av internkontrollplan 2025.

An internal-control follow-up in Times (Liberation Serif) that is no budget follow-up at all, dated in
March 2026: full of amounts, "beror på", "mer än" and control "avvikelser" (purchases outside agreements,
attestation, representation against last year, late-payment interest, temporary salary supplements), a
mention of the kultur- och fritidsnämnd's own finding (about someone else) and the cost of the follow-up
within the existing budget (a financing statement). Seven `other` items and no cause; the decision proposal,
the background and the control table are unlabelled.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import O

NO_CAUSE = "An internal-control finding, not a budget deviation: other."


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=11.0,
        leading=1.3,
        para_gap=6.5,
        heading_sizes=(15.0, 12.5, 11.0),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(72.0, 80.0, 72.0, 74.0),
        header=lambda n, m: ("HUDDINGE KOMMUN", "Tjänsteskrivelse 2026-03-04"),
        footer=lambda n, m: ("Kommunstyrelsens förvaltning", "KS-2026/311.117", f"{n} ({m})"),
        header_size=8.0,
        rule_under_header=True,
    )
    controls = Table(
        caption="Sammanställning av kontrollmomenten 2025",
        header=(("Kontrollmoment", "Antal kontroller", "Avvikelser", "Bedömning"),),
        rows=(
            ("Inköp utanför avtal", "60", "9", "Brist"),
            ("Attest av verifikationer", "50", "3", "Mindre brist"),
            ("Representation", "40", "0", "Utan anmärkning"),
            ("Dröjsmålsräntor", "12", "12", "Brist"),
            ("Tillfälliga lönetillägg", "25", "4", "Brist"),
        ),
        widths=(170.0, 90.0, 70.0, 100.0),
        rules=True,
        size=9.5,
    )
    blocks = [
        Title("Uppföljning av kommunstyrelsens internkontrollplan 2025", size=16, font="arial-bold"),
        H("Förslag till beslut", 3),
        P(
            "Kommunstyrelsen godkänner uppföljningen av internkontrollplanen för 2025 och ger kommundirektören i "
            "uppdrag att åtgärda de brister som redovisas."
        ),
        H("Bakgrund", 3),
        P(
            "Enligt kommunens reglemente för intern kontroll ska kommunstyrelsen varje år följa upp sin "
            "internkontrollplan. Planen för 2025 omfattade fem kontrollmoment inom ekonomi och personal."
        ),
        controls,
        H("Resultat av kontrollerna", 3),
        P(
            "Granskningen av inköp omfattade 60 fakturor på sammanlagt 4,3 miljoner kronor. I 9 fall hade inköpet "
            "gjorts utanför ramavtal, till ett värde av 612 000 kronor. Avvikelserna beror främst på att beställarna "
            "inte känt till det nya avtalet för konsulttjänster.",
            O(None, note=NO_CAUSE + " Purchases outside agreements."),
        ),
        P(
            "I 3 av 50 kontrollerade verifikationer saknades attest av behörig attestant. Bristen beror på att "
            "attestförteckningen inte uppdaterades efter omorganisationen i mars.",
            O(None, note=NO_CAUSE + " Attestation."),
        ),
        P(
            "Kostnaderna för representation uppgick till 286 000 kronor, vilket är 41 000 kronor mer än 2024. "
            "Ökningen beror på två studiebesök från vänorter, och samtliga kontrollerade tillfällen följde "
            "riktlinjen.",
            O(None, note="Representation against the previous year: other."),
        ),
        P(
            "Kommunstyrelsen har betalat 38 500 kronor i dröjsmålsräntor under året. Förseningarna beror på att "
            "fakturor fastnade i skanningsflödet under övergången till det nya ekonomisystemet.",
            O(None, note=NO_CAUSE + " Late-payment interest."),
        ),
        P(
            "Av 25 kontrollerade tillfälliga lönetillägg hade 4 inte avslutats i tid, vilket har lett till felaktiga "
            "utbetalningar om sammanlagt 57 000 kronor. Felet beror på att slutdatum inte registrerats i "
            "lönesystemet.",
            O(None, note=NO_CAUSE + " Salary supplements."),
        ),
        H("Övriga iakttagelser", 3),
        P(
            "Kultur- och fritidsnämnden har i sin egen uppföljning redovisat att två föreningar har fått bidrag på "
            "totalt 180 000 kronor utan fullständig redovisning.",
            O(None, note="A statement about another nämnd: other."),
        ),
        H("Ekonomiska konsekvenser", 3),
        P(
            "Uppföljningen har genomförts inom ekonomiavdelningens befintliga budget och har inte medfört några "
            "extra kostnader.",
            O(None, note="A financing statement: other."),
        ),
        H("Förslag till kontrollmoment 2026", 3),
        P(
            "Förvaltningen föreslår att inköp utanför avtal och tillfälliga lönetillägg kontrolleras igen under 2026, "
            "och att ett nytt kontrollmoment om hantering av leasingbilar läggs till."
        ),
    ]
    return ReportSpec(
        file="huddinge-ks-uppfoljning-internkontrollplan-2025.pdf",
        report={
            "municipality": "Huddinge",
            "committee": ["Kommunstyrelsen"],
            "period": ["2025", "2026-03"],
            "report_type": "internkontroll",
        },
        metadata={"title": "Uppföljning av internkontrollplan 2025", "author": "Huddinge kommun"},
        style=style,
        blocks=blocks,
    )
