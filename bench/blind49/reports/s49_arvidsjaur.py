"""Arvidsjaurs kommun, Kommunstyrelsen, uppföljning av kommunfullmäktiges uppdrag 2025.

Not a budget follow-up: the kommunstyrelse's report on the assignments fullmäktige gave in the budget for
2025, dated in February 2026, full of amounts, "beror på", "mer än" and "lägre än": a shared switchboard
study and its cost, an e-archive whose cost was "60 tkr mer än vad som beräknades i uppdraget" (against an
estimate, not a budget), premises to be vacated with a yearly saving, sick leave against 2024 with "beror
på", the socialnämnd's placement costs mentioned with "underskott" and no amount (a statement about someone
else), broadband to the villages with a grant, and the financing of the remaining assignments. Seven `other`
items and no causes; the decision proposal, the background and the status table are unlabelled. DejaVu Sans
Condensed 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import O

NOT_BUDGET = "A follow-up of assignments, not a budget follow-up: other."


def spec() -> ReportSpec:
    style = Style(
        body="cond",
        bold="cond-bold",
        italic="sans-italic",
        size=10.0,
        leading=1.4,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("cond-bold", "cond-bold", "cond-bold"),
        margins=(70.0, 80.0, 70.0, 72.0),
        header=lambda n, m: ("Arvidsjaurs kommun", "Kommunledningsförvaltningen"),
        footer=lambda n, m: ("Kommunstyrelsen 2026-02-09", "Dnr KS 2026/22", f"{n}({m})"),
        header_size=8.0,
        rule_under_header=True,
    )
    status = Table(
        caption="Uppdrag i budget 2025 och status vid årets slut",
        header=(("Uppdrag", "Ansvarig", "Status"),),
        rows=(
            ("Gemensam växel med grannkommun", "Kommunstyrelsen", "Genomfört"),
            ("Införande av e-arkiv", "Kommunstyrelsen", "Genomfört"),
            ("Översyn av lokalbehov", "Kommunstyrelsen", "Pågår"),
            ("Minskad sjukfrånvaro", "Samtliga nämnder", "Pågår"),
            ("Minskade placeringskostnader", "Socialnämnden", "Pågår"),
            ("Bredband till byarna", "Kommunstyrelsen", "Pågår"),
        ),
        widths=(200.0, 130.0, 90.0),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Uppföljning av kommunfullmäktiges uppdrag 2025", size=17, font="cond-bold", after=4),
        Title("Kommunstyrelsen", size=12, font="cond", after=12),
        H("Förslag till beslut", 2),
        P(
            "Kommunstyrelsen godkänner uppföljningen av kommunfullmäktiges uppdrag i budget 2025 och överlämnar den "
            "till kommunfullmäktige."
        ),
        H("Bakgrund", 2),
        P(
            "I budget 2025 gav kommunfullmäktige sex uppdrag till kommunstyrelsen och nämnderna. Uppdragen följs upp "
            "en gång per år. Två uppdrag är genomförda och fyra pågår."
        ),
        status,
        H("Redovisning per uppdrag", 2),
        H("Gemensam växel med grannkommun", 3),
        P(
            "Utredningen av en gemensam telefonväxel kostade 180 000 kronor och visar att kommunen kan spara omkring "
            "350 tkr per år från 2027. Att besparingen inte kommer tidigare beror på att det nuvarande avtalet löper "
            "till utgången av 2026.",
            O("Gemensam växel", note=NOT_BUDGET),
        ),
        H("Införande av e-arkiv", 3),
        P(
            "E-arkivet togs i drift i oktober. Kostnaden blev 420 tkr, vilket är 60 tkr mer än vad som beräknades i "
            "uppdraget. Det beror på att fler äldre verksamhetssystem än väntat behövde avvecklas.",
            O(
                "E-arkiv",
                "it_digitalisering",
                note=NOT_BUDGET + " 'Mer än vad som beräknades' is against an estimate in the assignment.",
            ),
        ),
        H("Översyn av lokalbehov", 3),
        P(
            "Översynen visar att kommunen kan lämna tre förhyrda lokaler i centrum, vilket ger en lägre hyreskostnad "
            "med 1,2 mnkr per år när avtalen har löpt ut.",
            O("Lokaler", "lokaler", note=NOT_BUDGET),
        ),
        H("Minskad sjukfrånvaro", 3),
        P(
            "Sjukfrånvaron var 6,8 procent 2025, lägre än 7,5 procent 2024. Minskningen beror främst på färre "
            "långtidssjukskrivningar inom förskolan och hemtjänsten.",
            O(None, "sjukfranvaro", note=NOT_BUDGET + " Sick leave against the previous year."),
        ),
        H("Minskade placeringskostnader", 3),
        P(
            "Socialnämnden har under 2025 redovisat ett underskott som till stor del beror på externa placeringar. "
            "Nämnden har tagit fram en plan för fler hemmaplanslösningar, men uppdraget bedöms inte kunna slutföras "
            "förrän 2026.",
            O(
                "Socialnämnden",
                "kopt_verksamhet",
                direction="-",
                note="A statement about another committee's deficit, with no amount, in an assignment follow-up: "
                "other.",
            ),
        ),
        H("Bredband till byarna", 3),
        P(
            "Fjorton av arton byar är nu anslutna. Utbyggnaden har fått ett statligt stöd på 3,2 mnkr, och den "
            "kommunala medfinansieringen uppgår hittills till 1,9 mnkr.",
            O("Bredband", "statsbidrag", note=NOT_BUDGET),
        ),
        H("Ekonomiska konsekvenser", 2),
        P(
            "De pågående uppdragen ryms inom kommunstyrelsens ram för 2026 och kräver inga ytterligare medel.",
            O(None, note=NOT_BUDGET + " Financing of the remaining assignments."),
        ),
    ]
    return ReportSpec(
        file="arvidsjaur-ks-uppfoljning-uppdrag-2025.pdf",
        report={
            "municipality": "Arvidsjaur",
            "committee": ["Kommunstyrelsen", "Kommunfullmäktige"],
            "period": ["2025", "2026-02"],
            "report_type": "uppföljning av uppdrag",
        },
        metadata={"title": "Uppföljning av kommunfullmäktiges uppdrag 2025", "author": "Arvidsjaurs kommun"},
        style=style,
        blocks=blocks,
    )
