"""Motala kommun, Kommunstyrelsen, uppföljning av internkontrollplan 2025.

An internal-control follow-up, no budget follow-up at all, in DejaVu Serif, dated in February: the decision
proposal and background (unlabelled), then the results of the controls, full of amounts, "beror på", "mer än"
and "Avvikelsen beror på" (a control deviation, not a budget one): purchases without documentation,
attestation in a sample of invoices "om sammanlagt 14,6 miljoner kronor", wrong salary payments with a
"varav", late-payment interest "mer än 2024", representation above the guideline, a mention of the
socialnämnd's deficit (about someone else) and the audit's cost and its financing "inom … budget": seven
`other` items and no cause; the proposed control areas for next year are unlabelled bullets.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import Bullets, H, P, ReportSpec, Style, Title

from reports.common import O


def spec() -> ReportSpec:
    style = Style(
        body="serif",
        bold="serif-bold",
        italic="serif-italic",
        size=10.0,
        leading=1.4,
        para_gap=7.0,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(72.0, 80.0, 72.0, 76.0),
        header=lambda n, m: ("Motala kommun", "Kommunledningsförvaltningen"),
        footer=lambda n, m: ("Tjänsteskrivelse 2026-02-04", "KS 2026/37", f"{n} ({m})"),
        header_size=8.0,
    )
    blocks = [
        Title("Uppföljning av internkontrollplan 2025", size=18, font="sans-bold", after=2),
        Title("Kommunstyrelsen", size=12, font="serif-italic", after=12),
        H("Förslag till beslut", 2),
        P(
            "Kommunstyrelsen godkänner uppföljningen av internkontrollplan 2025 och överlämnar den till "
            "kommunens revisorer för kännedom."
        ),
        H("Bakgrund", 2),
        P(
            "Enligt reglementet för intern kontroll ska kommunstyrelsen varje år anta en plan för den interna "
            "kontrollen och följa upp den efter årets slut. Planen för 2025 omfattade sex kontrollområden."
        ),
        H("Resultat av kontrollerna", 2),
        P(
            "Direktupphandlingar: av 60 granskade inköp över 100 000 kronor saknades dokumentation i 9 fall. "
            "Avvikelsen beror på att två verksamheter inte känt till kravet på dokumentation över den gränsen.",
            O(None, note="A control deviation with 'Avvikelsen beror på': no budget deviation."),
        ),
        P(
            "Attest: i ett stickprov på 200 leverantörsfakturor om sammanlagt 14,6 miljoner kronor var tre "
            "fakturor attesterade av fel person.",
            O(None, note="A sample's total is not a deviation."),
        ),
        P(
            "Löneutbetalningar: felaktiga utbetalningar om 186 000 kronor upptäcktes, varav 142 000 kronor har "
            "återbetalats. Felen beror på sent inrapporterade avslut av anställningar.",
            O(None, note="Wrong payments with 'beror på': other."),
        ),
        P(
            "Dröjsmålsräntor: kommunen betalade 48 000 kronor i dröjsmålsräntor under 2025, vilket är mer än 2024. "
            "Ökningen beror på att fakturor fastnade i flödet vid bytet av e-handelssystem.",
            O(None, note="Against the previous year, not the budget."),
        ),
        P(
            "Representation: vid 12 av 40 kontrollerade tillfällen översteg kostnaden riktlinjens belopp på 300 "
            "kronor per person exklusive moms.",
            O(None),
        ),
        P(
            "Socialnämndens underskott för 2025 redovisas i nämndens egen verksamhetsberättelse och ingår därför "
            "inte i denna uppföljning.",
            O("Socialnämnden", note="A statement about someone else's deficit, with no amount: other."),
        ),
        P(
            "Kostnaden för den externa granskningen av behörigheter i ekonomisystemet blev 95 000 kronor och "
            "finansierades inom kommunledningsförvaltningens budget.",
            O(None, note="A cost and its financing: other."),
        ),
        H("Förslag på kontrollområden 2026", 2),
        Bullets(
            (
                "Dokumentation av direktupphandlingar",
                "Hantering av förtroendekänsliga kostnader",
                "Avslut av anställningar i lönesystemet",
                "Behörigheter i verksamhetssystem",
            )
        ),
    ]
    return ReportSpec(
        file="motala-ks-uppfoljning-internkontrollplan-2025.pdf",
        report={
            "municipality": "Motala",
            "committee": ["Kommunstyrelsen"],
            "period": ["2025", "2026-02"],
            "report_type": "internkontroll",
        },
        metadata={"title": "Uppföljning av internkontrollplan 2025", "author": "Motala kommun"},
        style=style,
        blocks=blocks,
    )
