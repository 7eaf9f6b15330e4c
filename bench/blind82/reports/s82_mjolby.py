"""Mjölby kommun, Kommunstyrelsen, uppföljning av intern kontrollplan 2025 (no budget follow-up).

A tjänsteskrivelse dated in February 2026 on the kommunstyrelse's internal-control plan for 2025: no budget
follow-up at all, yet full of amounts, "beror på", "mer än" and a control "avvikelse": purchases outside
agreements "för 1 340 tkr" with their reason, late-payment interest "mer än året innan", incorrect salary
payments "varav 156 tkr har återkrävts", a control finding about the socialnämnd's action plan (a statement
about someone else), leasing cars "0,3 mnkr mer än 2024" (against the previous year), the external review's
cost that "ryms inom kommunstyrelsens budget" (a financing statement) and the proposal's financing: seven
`other` items and no cause; the decision proposal, the background and the control table are unlabelled.
Liberation Serif (Times) 11 pt.

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
        leading=1.35,
        para_gap=7.0,
        heading_sizes=(15.0, 12.5, 11.0),
        heading_fonts=("times-bold", "times-bold", "times-bold"),
        margins=(72.0, 82.0, 72.0, 76.0),
        header=lambda n, m: ("Mjölby kommun – Kommunledningsförvaltningen", f"{n} ({m})"),
        footer=lambda n, m: ("Tjänsteskrivelse 2026-02-09", "Dnr KS/2026:41", ""),
        header_size=8.5,
        rule_under_header=False,
    )
    table = Table(
        caption="Sammanställning av kontrollmoment 2025",
        header=(("Kontrollmoment", "Antal kontroller", "Avvikelser", "Bedömning"),),
        rows=(
            ("Inköp utanför avtal", "60", "9", "Brist"),
            ("Attest av leverantörsfakturor", "80", "2", "Godtagbar"),
            ("Representation", "25", "3", "Brist"),
            ("Löneutbetalningar", "120", "7", "Godtagbar"),
            ("Behörigheter i ekonomisystemet", "1", "0", "Godtagbar"),
        ),
        widths=(190.0, 90.0, 70.0, 90.0),
        rules=True,
        size=9.5,
    )
    blocks = [
        Title("Uppföljning av intern kontrollplan 2025", size=18, font="times-bold", after=2),
        Title("Kommunstyrelsen", size=12.5, font="times", after=14),
        H("Förslag till beslut", 2),
        P(
            "Kommunstyrelsen godkänner uppföljningen av den interna kontrollplanen för 2025 och uppdrar åt "
            "kommundirektören att åtgärda de brister som redovisas."
        ),
        H("Sammanfattning", 2),
        P(
            "Kommunstyrelsen antog i december 2024 en plan för intern kontroll med fem kontrollmoment. Kontrollerna "
            "har genomförts av ekonomiavdelningen och HR-avdelningen under hösten 2025. Två av momenten bedöms ha "
            "brister som behöver åtgärdas."
        ),
        table,
        H("Ärendet", 2),
        H("Inköp utanför avtal", 3),
        P(
            "Granskningen av 60 slumpvis valda fakturor visar att inköp för 1 340 tkr gjordes utanför upphandlade "
            "avtal. Det beror främst på att avtalet för konsulttjänster inom IT löpte ut i mars och att ett nytt "
            "avtal ännu inte har tecknats.",
            O(
                None,
                note="Purchases outside agreements, with 'beror på': a control finding, not a deviation.",
            ),
        ),
        H("Attest och dröjsmålsräntor", 3),
        P(
            "Kommunen har under året betalat 48 600 kronor i dröjsmålsräntor, vilket är mer än året innan. Ökningen "
            "beror på att fakturor har blivit liggande under semesterperioden.",
            O(None, note="Late-payment interest against the previous year: other."),
        ),
        H("Representation", 3),
        P(
            "Kontrollen av representation omfattade 25 tillfällen till en sammanlagd kostnad av 182 tkr. I tre fall "
            "saknades deltagarförteckning, och avvikelsen från riktlinjen beror på att blanketten inte har "
            "uppdaterats.",
            O(None, note="A control 'avvikelse' from a guideline, not from budget."),
        ),
        H("Löneutbetalningar", 3),
        P(
            "Felaktiga löneutbetalningar uppgick till 214 tkr under perioden januari–september, varav 156 tkr har "
            "återkrävts. Felen beror till största delen på sent inrapporterad frånvaro.",
            O(None, note="Incorrect salary payments: other."),
        ),
        H("Övriga iakttagelser", 3),
        P(
            "Socialnämnden redovisar i sin egen uppföljning ett underskott, och revisorerna har påtalat att nämndens "
            "åtgärdsplan saknar belopp och tidplan.",
            O("Socialnämnden", note="A statement about another nämnd, no amount: other."),
        ),
        H("Fordon", 3),
        P(
            "Kommunens leasingbilar kostade 2,6 mnkr under 2025, 0,3 mnkr mer än 2024. Det beror på att fler bilar "
            "har ersatts med elbilar med högre leasingavgift.",
            O(
                None,
                "material_hjalpmedel",
                note="A cost against the previous year, not against budget: other.",
            ),
        ),
        H("Ekonomiska konsekvenser", 2),
        P(
            "Kostnaden för den externa granskningen av behörigheter i ekonomisystemet, 95 tkr, ryms inom "
            "kommunstyrelsens budget för 2025. Förslaget till beslut medför inga ytterligare kostnader.",
            O(None, note="A financing statement, no deviation reported."),
        ),
        H("Förslag till kontrollmoment 2026", 2),
        P(
            "Förvaltningen föreslår att inköp utanför avtal och representation kontrolleras även 2026, och att "
            "kontrollen av löneutbetalningar ersätts med en kontroll av bisysslor."
        ),
        Title("Kommunledningsförvaltningen", size=10.5, font="times", after=2),
        Title("Ekonomichef", size=10.5, font="times-italic", after=2),
    ]
    return ReportSpec(
        file="mjolby-ks-uppfoljning-internkontrollplan-2025.pdf",
        report={
            "municipality": "Mjölby",
            "committee": ["Kommunstyrelsen"],
            "period": ["2025"],
            "report_type": "uppföljning av intern kontroll",
        },
        metadata={"title": "Uppföljning av intern kontrollplan 2025", "author": "Mjölby kommun"},
        style=style,
        blocks=blocks,
    )
