"""Lunds kommun, Vård- och omsorgsnämnden, uppföljning av internkontrollplan 2025.

An internal-control report in Times (Liberation Serif) that is no budget follow-up at all, footer with the
nämnd's meeting date in February: a decision proposal and background (unlabelled), a control table
(unlabelled), then control results full of amounts and "beror på": invoices from staffing agencies without
call-offs, care fees debited "1 240 kronor för mycket per månad", representation "12 000 kronor mer än 2024",
rent for two empty premises, delegation decisions whose "avvikelsen beror på" is a control deviation, the
socialnämnd's deficit for bought places (about someone else) and the review's cost that "ryms inom
nämndens budget" (a financing statement): seven `other` items and no cause.

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
        size=11.5,
        leading=1.3,
        para_gap=6.0,
        heading_sizes=(16.0, 13.0, 12.0),
        heading_fonts=("times-bold", "times-bold", "times-bold"),
        margins=(76.0, 80.0, 76.0, 74.0),
        header=lambda n, m: ("LUNDS KOMMUN", "Vård- och omsorgsförvaltningen"),
        footer=lambda n, m: (
            "Tjänsteskrivelse 2026-01-28, Vård- och omsorgsnämnden 2026-02-18",
            "",
            f"{n} ({m})",
        ),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Kontrollmoment 2025",
        header=(("Kontrollmoment", "Metod", "Antal", "Avvikelser"),),
        rows=(
            ("Fakturor från bemanningsföretag", "Stickprov", "40", "4"),
            ("Debitering av omvårdnadsavgifter", "Stickprov", "25", "2"),
            ("Representation", "Genomgång", "31", "1"),
            ("Lokalhyror", "Genomgång", "58", "2"),
            ("Delegationsbeslut", "Stickprov", "30", "3"),
        ),
        widths=(190.0, 90.0, 60.0, 70.0),
        rules=True,
        size=9.5,
    )
    blocks = [
        Title("Uppföljning av internkontrollplan 2025", size=18, font="times-bold", after=2),
        Title("Vård- och omsorgsnämnden", size=13, font="times", after=12),
        H("Förslag till beslut", 2),
        P("Vård- och omsorgsnämnden godkänner uppföljningen av internkontrollplanen för 2025."),
        H("Bakgrund", 2),
        P(
            "Enligt kommunens reglemente för intern kontroll ska varje nämnd årligen anta en plan för intern "
            "kontroll och följa upp den. Uppföljningen redovisas för kommunstyrelsen i samband med årsredovisningen."
        ),
        table,
        H("Resultat av kontrollerna", 2),
        P(
            "Stickprovet omfattade 40 fakturor från bemanningsföretag på sammanlagt 2,8 mnkr. I fyra fall saknades "
            "avrop enligt ramavtalet, vilket beror på att beställningarna gjordes direkt av enhetschefer under "
            "semesterperioden.",
            O(
                "Inhyrd personal",
                "inhyrd_personal",
                note="A control finding with an amount and 'beror på': no budget deviation.",
            ),
        ),
        P(
            "Omvårdnadsavgifterna för 25 brukare kontrollerades. För två brukare hade avgiften debiterats med "
            "1 240 kronor för mycket per månad, vilket beror på ett fel vid inläsningen av inkomstuppgifter.",
            O("Omvårdnadsavgifter", "avgifter_intakter"),
        ),
        P(
            "Representationskostnaderna uppgick till 46 000 kronor, vilket är 12 000 kronor mer än 2024.",
            O("Representation", note="Against the previous year, not a budget."),
        ),
        P(
            "Genomgången av lokalhyror visar att förvaltningen betalar hyra för två tomställda lokaler på "
            "sammanlagt 380 tkr per år.",
            O("Lokalhyror", "lokaler"),
        ),
        P(
            "I tre av 30 granskade delegationsbeslut saknades underskrift av delegaten. Avvikelsen beror på att "
            "beslutsmallen i verksamhetssystemet inte har uppdaterats.",
            O("Delegationsbeslut", note="A control deviation, not a budget deviation."),
        ),
        H("Övrigt", 2),
        P(
            "Socialnämnden har i sin uppföljning rapporterat ett underskott för köpta platser, men det berör inte "
            "vård- och omsorgsnämndens kontrollområden.",
            O(None, note="A statement about another nämnd."),
        ),
        P(
            "Kostnaden för den externa granskningen av avgiftshanteringen, 85 tkr, ryms inom nämndens budget för "
            "administration.",
            O(None, note="A financing statement: no deviation reported."),
        ),
        H("Förslag till kontrollmoment 2026", 2),
        P(
            "Förvaltningen föreslår att kontrollen av fakturor från bemanningsföretag och av lokalhyror upprepas "
            "under 2026 och att en ny kontroll av inköp utanför avtal läggs till."
        ),
    ]
    return ReportSpec(
        file="lund-von-uppfoljning-internkontrollplan-2025.pdf",
        report={
            "municipality": "Lund",
            "committee": ["Vård- och omsorgsnämnden"],
            "period": ["2025"],
            "report_type": "internkontroll",
        },
        metadata={"title": "Uppföljning av internkontrollplan 2025", "author": "Lunds kommun"},
        style=style,
        blocks=blocks,
    )
