"""Pajala kommun, Kommunstyrelsen, uppföljning av internkontrollplan 2025.

An internal-control follow-up that is no budget follow-up at all, dated in February, full of amounts, "beror
på", "mer än" and control "avvikelser": purchases outside agreements (with "Avvikelsen beror främst på"),
attestation, cash differences "mer än de 500 kronor som rutinen godtar", vehicle logbooks beside the cars'
cost, late-payment interest against 2024 with "beror på", a mention of the socialnämnd's deficit (about
someone else) and the cost of the review that "ryms inom" the kommunstyrelse's appropriation: seven `other`
items and no cause. The decision proposal, the background, the control table and next year's proposals are
unlabelled. Liberation Serif 11 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import O

CONTROL = "A control finding, not a budget deviation: other."


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=11.0,
        leading=1.34,
        para_gap=7.0,
        heading_sizes=(16.0, 12.5, 11.0),
        heading_fonts=("times-bold", "times-bold", "times-bold"),
        margins=(72.0, 82.0, 72.0, 76.0),
        header=lambda n, m: ("Pajala kommun", "Kommunstyrelsen"),
        footer=lambda n, m: ("Tjänsteskrivelse 2026-02-09", "Dnr KS 2026/31", f"{n} av {m}"),
        header_size=8.5,
    )
    table = Table(
        caption="Sammanställning av kontrollmoment 2025",
        header=(("Kontrollmoment", "Stickprov", "Avvikelser", "Bedömning"),),
        rows=(
            ("Inköp utanför ramavtal", "60", "9", "Brister"),
            ("Attest av leverantörsfakturor", "80", "3", "Mindre brister"),
            ("Kontanthantering simhallen", "12", "4", "Brister"),
            ("Körjournaler leasingbilar", "14", "5", "Brister"),
            ("Betalning i tid", "120", "11", "Mindre brister"),
        ),
        widths=(180.0, 70.0, 70.0, 96.0),
        rules=True,
        size=9.5,
    )
    blocks = [
        Title("Uppföljning av internkontrollplan 2025", size=18, font="times-bold", after=12),
        H("Förslag till beslut", 2),
        P(
            "Kommunstyrelsen godkänner uppföljningen av internkontrollplanen för 2025 och ger kommundirektören i "
            "uppdrag att åtgärda de brister som redovisas."
        ),
        H("Bakgrund", 2),
        P(
            "Enligt kommunallagen ska kommunstyrelsen se till att den interna kontrollen är tillräcklig. Planen för "
            "2025 antogs av kommunstyrelsen i december 2024 och omfattar fem kontrollmoment."
        ),
        table,
        H("Resultat per kontrollmoment", 2),
        P(
            "Inköp utanför ramavtal: av 60 granskade fakturor avsåg 9 inköp utanför avtal till ett värde av 412 000 "
            "kronor. Avvikelsen beror främst på att avtalet för arbetskläder löpte ut i maj utan att ett nytt var på "
            "plats.",
            O(None, note=CONTROL),
        ),
        P(
            "Attest av leverantörsfakturor: 3 av 80 fakturor var attesterade av fel person. Det beror på att "
            "attestförteckningen inte uppdaterades efter omorganisationen av den tekniska förvaltningen.",
            O(None, note=CONTROL),
        ),
        P(
            "Kontanthantering i simhallen: kassadifferenser på sammanlagt 2 340 kronor har uppkommit under året, "
            "vilket är mer än de 500 kronor som rutinen godtar.",
            O(None, note=CONTROL),
        ),
        P(
            "Fordonsanvändning: körjournalerna för kommunens 14 leasingbilar var ofullständiga i fem fall. Kostnaden "
            "för leasingbilarna uppgick till 1,1 mnkr under året.",
            O(None, note=CONTROL + " The cars' cost is a level, not a deviation."),
        ),
        P(
            "Betalning i tid: kommunen betalade 18 600 kronor i dröjsmålsränta, 7 200 kronor mer än 2024, vilket "
            "beror på sena betalningar under semesterperioden.",
            O(None, note="Late-payment interest against the previous year: other."),
        ),
        H("Övriga iakttagelser", 2),
        P(
            "Socialnämnden redovisar i sin egen uppföljning ett underskott för 2025, men det ingår inte i "
            "kommunstyrelsens interna kontroll.",
            O(None, note="A statement about another nämnd: other."),
        ),
        P(
            "Granskningen har utförts av ekonomienheten. Kostnaden för det externa stödet på 45 000 kronor ryms inom "
            "kommunstyrelsens anslag för revision och kontroll.",
            O(None, note="Financing of the review: other."),
        ),
        H("Förslag till kontrollmoment 2026", 2),
        P(
            "Ekonomienheten föreslår att inköp utanför ramavtal och betalning i tid följs upp även 2026, och att "
            "hanteringen av representation läggs till som nytt kontrollmoment."
        ),
    ]
    return ReportSpec(
        file="pajala-ks-uppfoljning-internkontroll-2025.pdf",
        report={
            "municipality": "Pajala",
            "committee": ["Kommunstyrelsen"],
            "period": ["2025", "2026-02"],
            "report_type": "internkontroll",
        },
        metadata={"title": "Uppföljning av internkontrollplan 2025", "author": "Pajala kommun"},
        style=style,
        blocks=blocks,
    )
