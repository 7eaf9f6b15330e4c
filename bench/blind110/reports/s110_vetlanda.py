"""Vetlanda kommun, Miljö- och byggnadsnämnden, uppföljning av internkontrollplan 2025.

An internal-control follow-up that is no budget follow-up at all, a tjänsteskrivelse dated in February 2026:
full of amounts in whole kronor, "beror på", "mer än" and control "avvikelser": wrongly computed supervision
fees (the error's sum), late building-permit decisions whose fees were reduced (the reduction's sum),
purchases outside agreements "mer än gränsen", representation against the previous year, an external review
"finansierades inom nämndens ram" and a mention of the socialnämnd's deficit (a statement about someone
else): seven `other` items and no cause. The decision proposal, the background, the control table, the
proposals for 2026 and the economic consequences are unlabelled. Liberation Sans (Arial) 10 pt.

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
        leading=1.4,
        para_gap=7.0,
        heading_sizes=(14.0, 11.5, 10.5),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(70.0, 80.0, 70.0, 76.0),
        header=lambda n, m: ("Vetlanda kommun", "Tjänsteskrivelse 2026-02-04"),
        footer=lambda n, m: ("Miljö- och byggnadsnämnden 2026-02-18", "Dnr MBN 2026/14", f"Sida {n} av {m}"),
        header_size=8.0,
        rule_under_header=True,
    )
    controls = Table(
        caption="Tabell 1. Kontrollmoment 2025",
        header=(("Kontrollmoment", "Antal kontrollerade", "Avvikelser"),),
        rows=(
            ("Fakturering av tillsynsavgifter", "412", "9"),
            ("Handläggningstid för bygglov", "148", "6"),
            ("Direktupphandling", "34", "1"),
            ("Attest av leverantörsfakturor", "60", "0"),
            ("Representation", "11", "0"),
            ("Diarieföring av inkomna handlingar", "120", "3"),
        ),
        widths=(220.0, 110.0, 90.0),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Uppföljning av internkontrollplan 2025", size=17, font="arial-bold", after=10),
        H("Förslag till beslut", 2),
        P(
            "Miljö- och byggnadsnämnden godkänner uppföljningen av internkontrollplanen för 2025 och överlämnar "
            "den till kommunstyrelsen."
        ),
        H("Bakgrund", 2),
        P(
            "Enligt kommunens reglemente för intern kontroll ska nämnden varje år följa upp sin internkontrollplan. "
            "Planen för 2025 omfattade sex kontrollmoment, som har granskats av förvaltningens administrativa "
            "enhet under januari 2026."
        ),
        controls,
        H("Resultat av kontrollerna", 2),
        P(
            "Fakturering av tillsynsavgifter: 412 fakturor om sammanlagt 1 874 000 kronor kontrollerades. I nio "
            "fall hade avgiften beräknats med fel timtaxa, vilket beror på att taxan ändrades den 1 juli. Felen "
            "uppgick till 14 300 kronor och har rättats.",
            O(None, note="A control finding with 'beror på' and amounts: not a budget deviation."),
        ),
        P(
            "Handläggningstid för bygglov: 6 av 148 beslut fattades senare än tio veckor efter komplett ansökan. "
            "Förseningarna beror på att två handläggare var sjukskrivna under våren. I fyra av ärendena sattes "
            "avgiften ned med en femtedel per vecka, sammanlagt 38 600 kronor.",
            O(None, note="Reduced fees for late decisions: a control finding, no deviation from budget."),
        ),
        P(
            "Direktupphandling: Nämnden köpte konsulttjänster för strandskyddsärenden från en leverantör utan "
            "avtal för 268 000 kronor, vilket är mer än gränsen för direktupphandling. Avvikelsen beror på att "
            "tjänsterna beställdes i flera omgångar under året.",
            O(None, note="A control 'avvikelse' with 'beror på': other."),
        ),
        P(
            "Representation: Kostnaderna för representation uppgick till 21 500 kronor, vilket är 6 200 kronor "
            "mer än året innan. Ökningen beror på nämndens studieresa i september.",
            O(None, note="A comparison with the previous year."),
        ),
        P(
            "Diarieföring: Tre av 120 inkomna handlingar hade diarieförts senare än en vecka efter ankomst, "
            "vilket beror på en tillfällig vakans i registraturen.",
            O(None, note="A control finding with 'beror på'."),
        ),
        H("Extern granskning", 2),
        P(
            "Kostnaden för den externa granskningen av tillsynsprocessen blev 85 000 kronor och finansierades "
            "inom nämndens ram.",
            O(None, note="A financing statement, no deviation reported."),
        ),
        P(
            "Av kommunens samlade rapport om intern kontroll framgår att socialnämnden redovisar ett underskott "
            "på 8,4 miljoner kronor för 2025, som beror på placeringar. Det påverkar inte miljö- och "
            "byggnadsnämndens kontrollplan.",
            O(None, note="A statement about someone else: other."),
        ),
        H("Förslag till internkontrollplan 2026", 2),
        P(
            "Förvaltningen föreslår att kontrollerna av fakturering och handläggningstider behålls och att ett nytt "
            "kontrollmoment om avgifter för ovårdade tomter läggs till."
        ),
        H("Ekonomiska konsekvenser", 2),
        P("Beslutet medför inga ekonomiska konsekvenser."),
    ]
    return ReportSpec(
        file="vetlanda-mbn-uppfoljning-internkontrollplan-2025.pdf",
        report={
            "municipality": "Vetlanda",
            "committee": ["Miljö- och byggnadsnämnden"],
            "period": ["2025", "2026-02"],
            "report_type": "internkontroll",
        },
        metadata={"title": "Uppföljning av internkontrollplan 2025", "author": "Vetlanda kommun"},
        style=style,
        blocks=blocks,
    )
