"""Landskrona stad, Stadsbyggnadsnämnden, uppföljning av internkontrollplan 2025.

An internal-control follow-up that is no budget follow-up at all, full of amounts, "beror på", "mer än",
"översteg" and control "avvikelser": purchases outside agreements, attestation above the delegated amount,
building-permit fees charged too low, late-payment interest against last year, a dinner above the
guideline, a mention of another nämnd's deficit (about someone else) and the cost of an external review and
its financing: seven `other` items and no cause. The decision proposal, the background and the control table
are unlabelled. Liberation Sans 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import O


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=10.0,
        leading=1.38,
        para_gap=7.0,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(70.0, 82.0, 70.0, 76.0),
        header=lambda n, m: ("Landskrona stad", "Stadsbyggnadsförvaltningen"),
        footer=lambda n, m: ("Tjänsteskrivelse 2026-01-20", "Dnr SBN 2026/0031", f"Sida {n} av {m}"),
        header_size=8.0,
        rule_under_header=True,
    )
    controls = Table(
        caption="Kontrollmoment 2025",
        header=(("Kontrollmoment", "Omfattning", "Avvikelser", "Bedömning"),),
        rows=(
            ("Inköp enligt avtal", "60 fakturor", "9", "Brister"),
            ("Attest och delegation", "120 fakturor", "3", "Brister"),
            ("Debitering av bygglovsavgifter", "80 ärenden", "14", "Brister"),
            ("Dröjsmålsräntor", "Hela året", "0", "Godkänd"),
            ("Representation", "22 tillfällen", "1", "Mindre brist"),
        ),
        widths=(170.0, 90.0, 70.0, 90.0),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Uppföljning av internkontrollplan 2025", size=18, font="arial-bold", after=2),
        Title("Stadsbyggnadsnämnden", size=12, font="arial", after=12),
        H("Förslag till beslut", 2),
        P(
            "Stadsbyggnadsnämnden godkänner uppföljningen av internkontrollplanen för 2025 och överlämnar den till "
            "kommunstyrelsen."
        ),
        H("Bakgrund", 2),
        P(
            "Enligt reglementet för intern kontroll ska nämnden varje år anta en plan för intern kontroll och följa "
            "upp den. Kontrollerna har genomförts av förvaltningens controller under november och december."
        ),
        controls,
        H("Resultat av kontrollerna", 2),
        P(
            "Stickprov av 60 fakturor visar att inköp för 412 000 kronor gjordes utanför upphandlade avtal, vilket "
            "är mer än under 2024. Avvikelsen beror främst på att ramavtalet för konsulttjänster inom bygglov löpte "
            "ut i maj.",
            O("Inköp", note="A control deviation with 'beror på', no budget deviation: other."),
        ),
        P(
            "I tre fall har fakturor över 100 000 kronor attesterats av en person utan attesträtt för beloppet. Det "
            "beror på att delegationsordningen inte uppdaterades efter omorganisationen.",
            O("Attest", note="Attestation: other."),
        ),
        P(
            "Kontrollen av debiteringen visar att 14 bygglovsärenden har debiterats för lågt, sammanlagt 86 400 "
            "kronor, till följd av ett fel i taxetabellen i ärendesystemet.",
            O("Bygglovsavgifter", note="Fees charged too low in single cases: a control finding, other."),
        ),
        P(
            "Kostnaderna för dröjsmålsränta uppgick till 7 300 kronor, vilket är lägre än föregående år.",
            O(None, note="Against the previous year: other."),
        ),
        P(
            "Representationskostnaderna var 23 500 kronor. En middag översteg riktlinjens belopp per person med 180 "
            "kronor, vilket beror på att antalet deltagare ändrades sent.",
            O("Representation", note="A guideline deviation: other."),
        ),
        H("Övrigt", 2),
        P(
            "Kommunstyrelsen har i sin uppföljning noterat att tekniska nämnden redovisar ett underskott för 2025. "
            "Det påverkar inte stadsbyggnadsnämndens kontroller.",
            O("Tekniska nämnden", note="A statement about another nämnd: other."),
        ),
        P(
            "Kostnaden för den externa granskningen av ärendesystemet, 45 000 kronor, finansieras inom "
            "förvaltningens ram.",
            O(None, note="Financing: other."),
        ),
        H("Förslag till kontrollmoment 2026", 2),
        P(
            "Förvaltningen föreslår att kontrollen av inköp enligt avtal och av debitering av avgifter upprepas "
            "under 2026 och att en ny kontroll av behörigheter i ärendesystemet läggs till."
        ),
    ]
    return ReportSpec(
        file="landskrona-sbn-uppfoljning-internkontrollplan-2025.pdf",
        report={
            "municipality": ["Landskrona", "Landskrona stad"],
            "committee": ["Stadsbyggnadsnämnden"],
            "period": ["2025", "2025-12"],
            "report_type": "uppföljning av intern kontroll",
        },
        metadata={"title": "Uppföljning av internkontrollplan 2025", "author": "Landskrona stad"},
        style=style,
        blocks=blocks,
    )
