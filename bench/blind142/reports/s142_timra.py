"""Timrå kommun, Kommunstyrelsen, uppföljning av internkontrollplan 2025 (no budget follow-up).

An internal-control report adopted in February 2026 that is no budget follow-up at all, full of amounts and
"beror på": purchases outside framework agreements "sammanlagt 612 000 kronor", attestation, representation
"24 000 kronor mer än riktlinjens takbelopp" (a control deviation, not a budget one), late-payment interest
against the year before, wrongly paid supplements, a mention of the socialnämnd's deficit with no amount (a
statement about someone else) and the cost of an external review and its financing: seven `other` items and
no cause. The decision proposal, the background and next year's control areas are unlabelled. DejaVu Serif
Condensed 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import Bullets, H, P, ReportSpec, Style, Title

from reports.common import O

CONTROL = "A control finding with amounts and 'beror på' in a document with no budget follow-up: other."


def spec() -> ReportSpec:
    style = Style(
        body="serif-cond",
        bold="serif-cond-bold",
        italic="serif-italic",
        size=10.0,
        leading=1.4,
        para_gap=7.0,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("serif-cond-bold", "serif-cond-bold", "serif-cond-bold"),
        margins=(72.0, 80.0, 72.0, 76.0),
        header=lambda n, m: ("Timrå kommun", "Uppföljning av internkontrollplan 2025"),
        footer=lambda n, m: ("Kommunstyrelsen 2026-02-10", "Dnr KS 2025/412", f"{n}/{m}"),
        header_size=8.0,
        rule_under_header=True,
    )
    blocks = [
        Title("Uppföljning av intern kontroll 2025", size=18, font="serif-cond-bold", after=2),
        Title("Kommunstyrelsen", size=12, font="serif-cond", after=12),
        H("Förslag till beslut", 2),
        P(
            "Kommunstyrelsen godkänner uppföljningen av 2025 års internkontrollplan och beslutar om de "
            "kontrollområden som föreslås för 2026."
        ),
        H("Bakgrund", 2),
        P(
            "Enligt kommunallagen ska kommunstyrelsen se till att den interna kontrollen är tillräcklig. "
            "Internkontrollplanen för 2025 antogs i januari 2025 och omfattar sex kontrollområden. Kontrollerna har "
            "utförts av ekonomiavdelningen och HR-avdelningen under hösten."
        ),
        H("Resultat av kontrollerna", 2),
        H("Inköp utanför ramavtal", 3),
        P(
            "Stickprov på 120 leverantörsfakturor visar att 14 inköp, sammanlagt 612 000 kronor, gjordes utanför "
            "upphandlade ramavtal. Avvikelserna beror främst på att beställare inom fastighetsenheten inte kände "
            "till det nya avtalet för elmaterial.",
            O("Inköp utanför ramavtal", note=CONTROL),
        ),
        H("Attest", 3),
        P(
            "I 3 av 80 granskade verifikationer saknades korrekt attest. Beloppen var mellan 2 300 och 41 500 "
            "kronor. Bristerna beror på att ersättare inte hade lagts in i ekonomisystemet under semestern.",
            O("Attest", note=CONTROL),
        ),
        H("Representation", 3),
        P(
            "Kostnaderna för intern representation uppgick till 186 000 kronor, vilket är 24 000 kronor mer än "
            "riktlinjens takbelopp per anställd. Överskridandet beror på en gemensam utbildningsdag för chefer som "
            "bokfördes som representation.",
            O("Representation", note="'mer än riktlinjens takbelopp' is a guideline, not a budget: other."),
        ),
        H("Dröjsmålsräntor", 3),
        P(
            "Kommunen betalade 38 400 kronor i dröjsmålsräntor under 2025, mot 21 700 kronor året innan. Ökningen "
            "beror på att fakturor fastnade i skanningen när kommunen bytte leverantör av e-fakturatjänst i maj.",
            O("Dröjsmålsräntor", note="Against the previous year: other."),
        ),
        H("Lönetillägg", 3),
        P(
            "Kontrollen av lönetillägg visade två felaktiga utbetalningar av OB-tillägg, sammanlagt 9 850 kronor, "
            "som har återkrävts.",
            O("Lönetillägg", note=CONTROL),
        ),
        H("Uppsikt över nämnderna", 3),
        P(
            "Socialnämnden redovisade ett underskott mot budget för 2025, och kommunstyrelsen har inom sin "
            "uppsiktsplikt begärt in nämndens åtgärdsplan. Uppföljningen av planen ingår inte i denna rapport.",
            O("Socialnämnden", note="A statement about another nämnd, no amount: other."),
        ),
        H("Kostnad för kontrollarbetet", 2),
        P(
            "Internkontrollarbetet har genomförts inom ekonomiavdelningens budget. Den externa granskningen av "
            "behörigheter i lönesystemet kostade 95 000 kronor och finansierades ur kommunstyrelsens "
            "utvecklingsmedel.",
            O(None, note="The review's cost and its financing: other."),
        ),
        H("Förslag till kontrollområden 2026", 2),
        Bullets(
            items=(
                "Inköp utanför ramavtal, med fokus på fastighetsenheten",
                "Behörigheter i ekonomisystemet",
                "Hantering av kontanta medel på fritidsgårdarna",
                "Uppföljning av avtal om hyrda lokaler",
            )
        ),
    ]
    return ReportSpec(
        file="timra-ks-uppfoljning-internkontrollplan-2025.pdf",
        report={
            "municipality": "Timrå",
            "committee": ["Kommunstyrelsen"],
            "period": ["2025", "2026-02"],
            "report_type": "internkontroll",
        },
        metadata={"title": "Uppföljning av internkontrollplan 2025", "author": "Timrå kommun"},
        style=style,
        blocks=blocks,
    )
