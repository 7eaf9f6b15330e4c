"""Uppsala kommun, Kommunstyrelsen, uppföljning av internkontrollplan 2025 (tjänsteskrivelse in February 2026).

An internal-control report that is no budget follow-up at all, full of amounts, "beror på", "mer än" and a
control "avvikelse": purchases outside agreements with "Avvikelsen beror främst på" (a control deviation),
representation "96 000 kronor mer än året innan" (against the previous year), late-payment interest with "Det
beror på", an attestation breach, retroactive salary supplements after a dispute, a mention of the
äldrenämnd's deficit with no amount (a statement about someone else) and the review's cost and its financing:
seven `other` items and no cause. The decision proposal, the summary, the control table and the proposals
for next year are unlabelled. DejaVu Sans 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import Bullets, H, P, ReportSpec, Style, Table, Title

from reports.common import O

CONTROL = "An internal-control finding, not a budget deviation: other."


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=10.0,
        leading=1.38,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(70.0, 80.0, 70.0, 72.0),
        header=lambda n, m: ("Uppsala kommun  Kommunledningskontoret", "Tjänsteskrivelse 2026-02-10"),
        footer=lambda n, m: ("KSN-2026-00214", "", f"Sida {n} ({m})"),
        header_size=8.0,
    )
    table = Table(
        caption="Kontrollmoment 2025",
        header=(("Kontrollmoment", "Granskade", "Avvikelser", "Bedömning"),),
        rows=(
            ("Inköp utanför avtal", "120", "14", "Brister"),
            ("Attest av leverantörsfakturor", "200", "3", "Brister"),
            ("Representation", "45", "0", "Godkänt"),
            ("Betalning i tid", "300", "22", "Godkänt"),
            ("Löneutbetalningar och tillägg", "150", "0", "Godkänt"),
        ),
        widths=(190.0, 70.0, 70.0, 80.0),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Uppföljning av kommunstyrelsens internkontrollplan 2025", size=16, font="sans-bold", after=8),
        H("Förslag till beslut", 2),
        P("Kommunstyrelsen föreslås besluta att godkänna uppföljningen av internkontrollplanen för 2025."),
        H("Sammanfattning", 2),
        P(
            "Kommunstyrelsen fastställde i februari 2025 en internkontrollplan med tio kontrollmoment. Åtta av dessa "
            "har genomförts utan väsentliga avvikelser. Två kontrollmoment visar brister som behöver åtgärdas."
        ),
        table,
        H("Inköp utanför avtal", 3),
        P(
            "Av 120 granskade inköp saknade 14 stöd i ramavtal. Inköpen uppgick till sammanlagt 2,3 miljoner kronor, "
            "varav 1,6 miljoner kronor avsåg konsulttjänster inom IT. Avvikelsen beror främst på att ramavtalet för "
            "IT-konsulter löpte ut i mars utan att ett nytt avtal var på plats.",
            O(None, note=CONTROL),
        ),
        H("Attest av leverantörsfakturor", 3),
        P(
            "Tre fakturor på sammanlagt 184 000 kronor hade attesterats av samma person som beställt varan, vilket "
            "avviker från attestreglementet.",
            O(None, note=CONTROL),
        ),
        H("Representation", 3),
        P(
            "Kostnaderna för extern representation uppgick till 412 000 kronor, vilket är 96 000 kronor mer än året "
            "innan. Ökningen beror på att kommunen var värd för två nationella konferenser.",
            O(None, note="Against the previous year, not a budget."),
        ),
        H("Betalning i tid", 3),
        P(
            "Kommunstyrelsens förvaltningar betalade 58 000 kronor i dröjsmålsränta under 2025. Det beror på att "
            "fakturor blev liggande i attestflödet under semesterperioden.",
            O(None, note=CONTROL),
        ),
        H("Löneutbetalningar och tillägg", 3),
        P(
            "Granskningen av 150 löneutbetalningar visade inga felaktiga tillägg. Under året har dock 1,2 miljoner "
            "kronor i retroaktiva lönetillägg betalats ut efter en tvist med en arbetstagarorganisation.",
            O(None, note="Context, no budget deviation."),
        ),
        H("Iakttagelser om andra nämnder", 3),
        P(
            "Kommunens revisorer har i sin granskning noterat att äldrenämnden redovisar ett underskott mot budget, "
            "men kommunstyrelsen har inte inom ramen för internkontrollen följt upp orsakerna till detta.",
            O("Äldrenämnden", note="A statement about another nämnd: other."),
        ),
        H("Kostnad för granskningen", 3),
        P(
            "Den externa granskningen av inköpsprocessen kostade 340 000 kronor och finansierades inom "
            "kommunledningskontorets budget för 2025.",
            O(None, note="A cost and its financing: other."),
        ),
        H("Förslag till kontrollmoment 2026", 2),
        Bullets(
            (
                "Uppföljning av nya ramavtal för konsulttjänster",
                "Attest av leverantörsfakturor",
                "Hantering av förtroendekänsliga kostnader",
                "Informationssäkerhet vid byte av verksamhetssystem",
            )
        ),
        P("Anna Westerberg, kommundirektör    Karl Nyström, controller", size=9.5),
    ]
    return ReportSpec(
        file="uppsala-ks-uppfoljning-internkontrollplan-2025.pdf",
        report={
            "municipality": "Uppsala",
            "committee": ["Kommunstyrelsen"],
            "period": ["2025", "2026-02"],
            "report_type": "internkontroll",
        },
        metadata={"title": "Uppföljning av internkontrollplan 2025", "author": "Uppsala kommun"},
        style=style,
        blocks=blocks,
    )
