"""Karlskrona kommun, Miljö- och byggnadsnämnden, uppföljning av internkontrollplan 2025.

An internal-control follow-up that is no budget follow-up at all, footer with the nämnd's meeting in January
2026: the decision proposal, the background and a control table (unlabelled); then bold run-in controls
full of amounts and "beror på": supervision fees invoiced late (312 tkr, "Avvikelsen beror på"), building
permits whose fee was reduced by law ("148 000 kronor", "beror på vakanser"), a direct purchase over the
limit ("med 96 000 kronor", "Det beror på"), an invoice of 18 500 kronor attested by the person who ordered,
representation "mer än 2024 men ryms inom riktlinjerna", a mention of the technical committee's revenue
"0,4 mnkr lägre än budgeterat" (a statement about someone else) and the fines imposed in 2025: seven `other`
items and no cause. Liberation Serif (Times metrics) 11 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import LP, O

CONTROL = "A control finding with amounts and 'beror på', not a budget deviation: other."


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=11.0,
        leading=1.32,
        para_gap=7.0,
        heading_sizes=(15.0, 12.5, 11.0),
        heading_fonts=("arial-bold", "arial-bold", "times-bold"),
        margins=(72.0, 80.0, 72.0, 76.0),
        header=lambda n, m: ("KARLSKRONA KOMMUN", "Miljö- och byggnadsförvaltningen"),
        footer=lambda n, m: ("Miljö- och byggnadsnämnden 2026-01-28", "MBN 2025.1432", f"{n} ({m})"),
        header_size=8.0,
    )
    table = Table(
        caption="Genomförda kontroller 2025",
        header=(("Kontrollmoment", "Granskade", "Avvikelser"),),
        rows=(
            ("Fakturering av tillsynsavgifter", "120", "14"),
            ("Handläggningstid för bygglov", "85", "9"),
            ("Direktupphandling", "30", "2"),
            ("Attest av fakturor", "60", "1"),
            ("Representation", "12", "0"),
            ("Jäv vid handläggning", "40", "0"),
        ),
        widths=(230.0, 80.0, 80.0),
        rules=True,
        size=9.5,
    )
    blocks = [
        Title("Uppföljning av internkontrollplan 2025", size=16, font="arial-bold", after=6),
        H("Förslag till beslut", 2),
        P(
            "Miljö- och byggnadsnämnden godkänner uppföljningen av internkontrollplanen för 2025 och överlämnar den "
            "till kommunstyrelsen."
        ),
        H("Bakgrund", 2),
        P(
            "Enligt kommunens reglemente för intern kontroll ska nämnden varje år anta en plan och följa upp den. "
            "Planen för 2025 innehöll sex kontrollmoment, som har granskats genom stickprov."
        ),
        table,
        H("Resultat av kontrollerna", 2),
        LP(
            "Fakturering av tillsynsavgifter.",
            "Av 120 granskade tillsynsärenden hade 14 inte fakturerats inom en månad. Det motsvarar avgifter på "
            "sammanlagt 312 tkr som fakturerades senare än de skulle. Avvikelsen beror på att övergången till ett "
            "nytt ärendesystem i mars gjorde att debiteringsunderlag fastnade.",
            O("Fakturering av tillsynsavgifter", note=CONTROL),
        ),
        LP(
            "Handläggningstid för bygglov.",
            "I nio ärenden överskreds den lagstadgade handläggningstiden, vilket enligt plan- och bygglagen "
            "medförde att avgiften reducerades med totalt 148 000 kronor. Förseningarna beror på vakanser bland "
            "bygglovshandläggarna under våren.",
            O("Handläggningstid för bygglov", note=CONTROL),
        ),
        LP(
            "Direktupphandling.",
            "Två köp av konsulttjänster överskred gränsen för direktupphandling, det ena med 96 000 kronor. Det "
            "beror på att flera mindre beställningar till samma leverantör inte lades samman.",
            O("Direktupphandling", note=CONTROL),
        ),
        LP(
            "Attest av fakturor.",
            "En faktura på 18 500 kronor hade attesterats av den som själv gjort beställningen.",
            O("Attest av fakturor", note=CONTROL),
        ),
        LP(
            "Representation och jäv.",
            "Inga avvikelser noterades. Kostnaderna för representation uppgick till 21 tkr, vilket är mer än 2024 "
            "men ryms inom riktlinjerna.",
            O("Representation", note="A control without findings and a cost against last year: other."),
        ),
        H("Samordning med andra nämnder", 2),
        P(
            "Vid kontrollen av debitering för felparkering, som nämnden sköter åt tekniska nämnden, framkom att "
            "tekniska nämndens intäkter blev 0,4 mnkr lägre än budgeterat. Det beror enligt tekniska förvaltningen "
            "på färre parkeringsvakter under sommaren.",
            O("Tekniska nämnden", note="A statement about another committee's budget: other."),
        ),
        H("Förslag till internkontrollplan 2026", 2),
        P(
            "Förvaltningen föreslår att kontrollerna av fakturering och handläggningstider behålls och att ett nytt "
            "moment om förelägganden med vite läggs till. De viten som nämnden dömt ut under 2025 uppgick till "
            "1,2 mnkr.",
            O(None, note="A proposal with a supporting figure: other."),
        ),
        P("Anna Lindqvist, förvaltningschef    Erik Holm, controller", size=10.0),
    ]
    return ReportSpec(
        file="karlskrona-mbn-uppfoljning-internkontrollplan-2025.pdf",
        report={
            "municipality": "Karlskrona",
            "committee": ["Miljö- och byggnadsnämnden"],
            "period": ["2025", "2026-01"],
            "report_type": "internkontroll",
        },
        metadata={"title": "Uppföljning av internkontrollplan 2025", "author": "Karlskrona kommun"},
        style=style,
        blocks=blocks,
    )
