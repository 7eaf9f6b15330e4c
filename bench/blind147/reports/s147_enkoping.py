"""Enköpings kommun, Vård- och omsorgsnämnden, uppföljning av internkontrollplan 2025.

An internal-control follow-up that is no budget follow-up at all, in Liberation Serif (Times) under a
tjänsteskrivelse header dated in January: fees charged wrongly ("18 400 kronor … beror på"), purchases
outside agreements "96 tkr mer än året innan" with "Avvikelsen beror främst på" (a control deviation),
differences in residents' cash, overpaid unsocial-hours pay with "beror på", the cost of bought places against
2024, the control work's own cost that "ryms inom förvaltningens budget" and another nämnd's attestation
errors: seven `other` items and no cause. The decision proposal, the summary, the control table and next
year's proposals are unlabelled.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import O


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=11.0,
        leading=1.36,
        para_gap=7.0,
        heading_sizes=(15.0, 12.5, 11.0),
        heading_fonts=("times-bold", "times-bold", "times-bold"),
        margins=(72.0, 84.0, 72.0, 78.0),
        header=lambda n, m: ("ENKÖPINGS KOMMUN  Tjänsteskrivelse 2026-01-20", "Dnr VON2026-0014"),
        footer=lambda n, m: ("Vård- och omsorgsförvaltningen", "", f"{n} ({m})"),
        header_size=8.5,
        rule_under_header=True,
    )
    controls = Table(
        caption="Tabell 1. Kontrollmoment och resultat",
        header=(("Kontrollmoment", "Omfattning", "Avvikelser"),),
        rows=(
            ("Debitering av avgifter i hemtjänsten", "60 beslut", "4"),
            ("Inköp utanför avtal", "alla leverantörer", "31"),
            ("Brukares privata medel", "12 kassor", "2"),
            ("OB-ersättning för timanställda", "120 rader", "7"),
            ("Avtal för köpta platser", "18 avtal", "0"),
            ("Attest och delegation", "80 fakturor", "0"),
        ),
        widths=(220.0, 110.0, 80.0),
        rules=True,
        size=9.5,
    )
    blocks = [
        Title("Uppföljning av internkontrollplan 2025", size=18, font="times-bold", after=2),
        Title("Vård- och omsorgsnämnden", size=12.5, font="times-italic", after=14),
        H("Förslag till beslut", 2),
        P(
            "Vård- och omsorgsnämnden godkänner uppföljningen av internkontrollplanen för 2025 och överlämnar den "
            "till kommunstyrelsen."
        ),
        H("Sammanfattning", 2),
        P(
            "Av sex kontrollmoment har två genomförts utan anmärkning. I fyra moment har avvikelser upptäckts, och "
            "förvaltningen föreslår att tre av dem ingår även i 2026 års plan."
        ),
        controls,
        H("Resultat av kontrollerna", 2),
        H("Debitering av avgifter i hemtjänsten", 3),
        P(
            "Stickprov av 60 avgiftsbeslut visade att fyra brukare hade debiterats fel avgift. Felen uppgick "
            "sammanlagt till 18 400 kronor och beror på att ändrade beslut om insatser inte registrerats i "
            "avgiftssystemet i tid.",
            O(None, "avgifter_intakter", note="A control finding with 'beror på': other."),
        ),
        H("Inköp utanför avtal", 3),
        P(
            "Granskningen visar att inköp för 412 tkr gjordes utanför upphandlade avtal, vilket är 96 tkr mer än "
            "året innan. Avvikelsen beror främst på köp av förbrukningsmaterial från lokala leverantörer vid "
            "leveransproblem hos avtalsleverantören.",
            O(None, "material_hjalpmedel", note="'Avvikelsen' is a control deviation, not a budget one."),
        ),
        H("Brukares privata medel", 3),
        P(
            "Kontrollen av kassorna på två särskilda boenden visade differenser på totalt 2 350 kronor, som har "
            "rättats.",
            O(None, note="A control finding."),
        ),
        H("OB-ersättning för timanställda", 3),
        P(
            "Av 120 kontrollerade lönerader hade sju felaktig OB-ersättning, sammanlagt 11 900 kronor för mycket "
            "utbetalt. Felen beror på manuell inrapportering av pass som bytts mellan medarbetare.",
            O(None, "lonekostnader", note="A control finding with 'beror på'."),
        ),
        H("Avtal för köpta platser", 3),
        P(
            "Samtliga köpta platser på externa boenden hade giltiga avtal. Kostnaden för köpta platser uppgick till "
            "8,6 mnkr under 2025, vilket är mer än 2024 och beror på fler beslut om demensboende.",
            O(None, "kopt_verksamhet", "volymer", note="A cost against the previous year, not the budget."),
        ),
        H("Internkontrollarbetets kostnad", 3),
        P(
            "Arbetet med den interna kontrollen har tagit cirka 340 timmar i anspråk, motsvarande 190 tkr, och ryms "
            "inom förvaltningens budget.",
            O(None, note="A financing statement, no deviation reported."),
        ),
        H("Iakttagelser om andra nämnder", 3),
        P(
            "Kommunstyrelsens granskning av socialnämnden visade brister i attesten av fakturor för sammanlagt "
            "1,2 mnkr.",
            O(None, note="A statement about another nämnd."),
        ),
        H("Förslag till kontrollmoment 2026", 2),
        P(
            "Förvaltningen föreslår att debitering av avgifter, inköp utanför avtal och OB-ersättning följs upp "
            "även under 2026, och att ett nytt moment om hantering av nycklar i hemtjänsten läggs till."
        ),
    ]
    return ReportSpec(
        file="enkoping-von-uppfoljning-internkontrollplan-2025.pdf",
        report={
            "municipality": "Enköping",
            "committee": ["Vård- och omsorgsnämnden"],
            "period": ["2025", "2026-01"],
            "report_type": "internkontroll",
        },
        metadata={"title": "Uppföljning av internkontrollplan 2025", "author": "Enköpings kommun"},
        style=style,
        blocks=blocks,
    )
