"""Vetlanda kommun, Kommunstyrelsen, uppföljning av kommunfullmäktiges uppdrag 2025.

A tjänsteskrivelse that follows up the assignments kommunfullmäktige gave the nämnder, which is no budget
follow-up at all: full of amounts, "beror på", "mer än", "lägre än" and financing "inom ramen", with a
mention of the socialnämnd's deficit (a statement about someone else). Seven `other` items and no cause:
anything extracted from it as a cause is a false positive. The decision proposal and the status table are
unlabelled. DejaVu Serif Condensed 10 pt, footer with the letter's date in March 2026.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import O


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
        header=lambda n, m: ("Vetlanda kommun", "Tjänsteskrivelse"),
        footer=lambda n, m: ("Kommunledningsförvaltningen 2026-03-04", "Dnr KS 2026/112", f"{n} ({m})"),
        header_size=8.0,
        rule_under_header=True,
    )
    status = Table(
        caption="Uppdragens status per den 31 december 2025",
        header=(("Uppdrag", "Ansvarig", "Status"),),
        rows=(
            ("Gemensam kostorganisation", "Kommunstyrelsen", "Pågår"),
            ("Solceller på kommunens fastigheter", "Kommunstyrelsen", "Genomfört"),
            ("Översyn av föreningsbidragen", "Kultur- och fritidsnämnden", "Genomfört"),
            ("Utökade öppettider i simhallen", "Kultur- och fritidsnämnden", "Genomfört"),
            ("Hemmaplanslösningar för unga", "Socialnämnden", "Försenat"),
            ("Minskad sjukfrånvaro", "Samtliga nämnder", "Pågår"),
        ),
        widths=(200.0, 160.0, 80.0),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Uppföljning av kommunfullmäktiges uppdrag 2025", size=17, font="serif-cond-bold", after=2),
        Title("Kommunstyrelsen", size=12, font="serif-cond", after=12),
        H("Förslag till beslut", 2),
        P(
            "Kommunstyrelsen föreslår kommunfullmäktige att godkänna uppföljningen av de uppdrag som fullmäktige gav "
            "nämnderna i budgeten för 2025 och att förklara uppdragen om solceller, föreningsbidrag och öppettider "
            "i simhallen avslutade."
        ),
        H("Bakgrund", 2),
        P(
            "Kommunfullmäktige gav i budgeten för 2025 sex uppdrag till kommunstyrelsen och nämnderna. Uppföljningen "
            "görs en gång per år och redovisas tillsammans med årsredovisningen."
        ),
        status,
        H("Gemensam kostorganisation", 3),
        P(
            "Utredningen visar att en gemensam kostorganisation för skola och äldreomsorg kan minska kostnaderna med "
            "2,4 mnkr per år. Att uppdraget inte har slutförts beror på att upphandlingen av livsmedel drog ut på "
            "tiden.",
            O(None, note="An assignment's estimated saving and delay: other."),
        ),
        H("Solceller på kommunens fastigheter", 3),
        P(
            "Fullmäktige avsatte 3,0 mnkr för solcellsanläggningar. Anläggningarna på två skolor och ett "
            "äldreboende togs i drift i oktober, och uppdraget har genomförts inom den avsatta ramen.",
            O(None, note="A financing statement, no deviation reported: other."),
        ),
        H("Översyn av föreningsbidragen", 3),
        P(
            "Bidragen till föreningslivet uppgick 2025 till 6,8 mnkr, vilket är 0,4 mnkr mer än 2024. Ökningen beror "
            "på att två nya föreningar har fått verksamhetsbidrag.",
            O(None, note="A comparison with the previous year: other."),
        ),
        H("Utökade öppettider i simhallen", 3),
        P(
            "Kostnaden för de utökade öppettiderna uppgår till 350 tkr per år och finansieras genom omfördelning "
            "inom kultur- och fritidsnämndens ram.",
            O(None, note="Financing within a frame: other."),
        ),
        H("Hemmaplanslösningar för unga", 3),
        P(
            "Socialnämnden har i sin rapportering angett att uppdraget har försenats, vilket enligt nämnden beror på "
            "att nämnden redovisar ett underskott för 2025 och inte har kunnat avsätta medel för att bygga upp "
            "verksamheten.",
            O(None, note="A statement about another committee's deficit, no amount: other."),
        ),
        H("Minskad sjukfrånvaro", 3),
        P(
            "Sjukfrånvaron i kommunen var 6,9 procent 2025, vilket är 0,5 procentenheter lägre än 2024. Minskningen "
            "beror främst på färre långa sjukskrivningar inom vård och omsorg.",
            O(None, "sjukfranvaro", note="Sick leave against the previous year: other."),
        ),
        H("Ekonomiska konsekvenser", 2),
        P(
            "Uppföljningen i sig medför inga kostnader. Fortsatt arbete med den gemensamma kostorganisationen "
            "beräknas kosta 150 tkr för projektledning under 2026, vilket ryms inom kommunstyrelsens budget.",
            O(None, note="A financing statement: other."),
        ),
    ]
    return ReportSpec(
        file="vetlanda-ks-uppfoljning-uppdrag-2025.pdf",
        report={
            "municipality": "Vetlanda",
            "committee": ["Kommunstyrelsen", "Kommunfullmäktige"],
            "period": ["2025", "2026-03"],
            "report_type": "uppföljning av uppdrag",
        },
        metadata={"title": "Uppföljning av kommunfullmäktiges uppdrag 2025", "author": "Vetlanda kommun"},
        style=style,
        blocks=blocks,
    )
