"""Vetlanda kommun, Socialnämnden, uppföljning av internkontrollplan 2025.

A tjänsteskrivelse following up the social committee's internal-control plan: no budget follow-up at all,
but full of amounts, "beror på", "mer än" and control "avvikelser": invoices from staffing agencies without a
proper order ("Avvikelsen beror på"), home-care fees charged too low, late applications for assistance
compensation, representation "12 000 kronor mer än 2024", purchases outside agreements, the cost of the
external review that "ryms inom nämndens budget" (a financing statement) and the auditors' finding about
the kommunstyrelse (someone else): seven `other` items and no cause. The decision proposal, the background,
a control with no remark and the proposal for next year are unlabelled. Liberation Sans (Arial metrics) 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Title

from reports.common import LP, O


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=10.0,
        leading=1.4,
        para_gap=7.0,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(72.0, 80.0, 72.0, 74.0),
        header=lambda n, m: ("Vetlanda kommun", "Tjänsteskrivelse 2026-02-09"),
        footer=lambda n, m: ("Socialförvaltningen", "Dnr SN 2026/27", f"{n} ({m})"),
        header_size=8.0,
    )
    blocks = [
        Title("Uppföljning av internkontrollplan 2025", size=17, font="arial-bold", after=2),
        Title("Socialnämnden", size=12, font="arial", after=12),
        H("Förslag till beslut", 2),
        P(
            "Socialnämnden godkänner uppföljningen av internkontrollplanen för 2025 och överlämnar den till "
            "kommunstyrelsen."
        ),
        H("Bakgrund", 2),
        P(
            "Enligt kommunallagen ska nämnden se till att den interna kontrollen är tillräcklig. Internkontrollplanen "
            "för 2025 omfattade sex kontrollmoment, som har följts upp av förvaltningens controller."
        ),
        H("Resultat av kontrollerna", 2),
        LP(
            "Fakturor från bemanningsföretag.",
            "Stickprov på 40 fakturor visade att 6 fakturor, sammanlagt 412 000 kronor, saknade beställning av "
            "behörig chef. Avvikelsen beror på att beställningar har gjorts muntligt vid akuta vakanser under "
            "sommaren.",
            O(
                "Fakturor från bemanningsföretag",
                "inhyrd_personal",
                note="A control deviation with 'beror på', not a budget deviation.",
            ),
        ),
        LP(
            "Avgifter inom hemtjänsten.",
            "Kontrollen av 50 avgiftsbeslut visade att 3 brukare har debiterats för låg avgift, totalt 18 400 kronor "
            "för året. Felen beror på att inkomstuppgifter inte har uppdaterats i verksamhetssystemet.",
            O("Avgifter inom hemtjänsten", "avgifter_intakter"),
        ),
        LP("Handkassor.", "Samtliga 14 handkassor inventerades utan anmärkning.", None),
        LP(
            "Ersättning från Försäkringskassan.",
            "Ansökningar om assistansersättning har skickats i tid i 96 procent av fallen. Två ansökningar skickades "
            "för sent, vilket innebar att kommunen fick vänta på 265 000 kronor i ytterligare en månad.",
            O("Ersättning från Försäkringskassan", "ersattning_fk"),
        ),
        LP(
            "Representation.",
            "Kostnaderna för representation uppgick till 58 000 kronor, vilket är 12 000 kronor mer än 2024. "
            "Ökningen beror på två personalkonferenser.",
            O("Representation", note="A comparison with the previous year."),
        ),
        LP(
            "Avtalstrohet.",
            "Av inköpen av förbrukningsmaterial gjordes 87 procent hos upphandlade leverantörer. Köp utanför avtal "
            "för 134 000 kronor beror främst på att avtalet för inkontinensartiklar löpte ut i april.",
            O("Avtalstrohet", "material_hjalpmedel"),
        ),
        H("Ekonomisk kommentar", 2),
        P(
            "Nämndens ekonomiska resultat för 2025 redovisas i verksamhetsberättelsen och behandlas inte här. "
            "Kostnaden för den externa granskningen av kontrollerna, 45 000 kronor, ryms inom nämndens budget för "
            "administration.",
            O(None, note="A financing statement, no deviation reported."),
        ),
        P(
            "Revisorerna har i sin granskning av kommunstyrelsen påtalat att kommunens samlade kostnader för inhyrd "
            "personal har ökat med 3,2 mnkr jämfört med 2024.",
            O("Kommunstyrelsen", "inhyrd_personal", note="An audit finding about someone else."),
        ),
        H("Förslag till internkontrollplan 2026", 2),
        P(
            "Förvaltningen föreslår att kontrollen av fakturor från bemanningsföretag fortsätter 2026 och att ett nytt "
            "kontrollmoment om delegationsbeslut inom LSS läggs till."
        ),
    ]
    return ReportSpec(
        file="vetlanda-sn-uppfoljning-internkontrollplan-2025.pdf",
        report={
            "municipality": "Vetlanda",
            "committee": ["Socialnämnden"],
            "period": ["2025", "2026-02"],
            "report_type": "internkontroll",
        },
        metadata={
            "title": "Uppföljning av internkontrollplan 2025 Socialnämnden",
            "author": "Vetlanda kommun",
        },
        style=style,
        blocks=blocks,
    )
