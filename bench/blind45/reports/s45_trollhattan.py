"""Trollhättans stad, Kommunstyrelsen, redovisning av försäkringar och skador 2025 (not a budget follow-up).

The kommunstyrelse's yearly report on insurance premiums and damage, in mnkr, dated in March: no budget
follow-up at all, but full of amounts, comparisons and "beror på": premiums against 2024 and why they rose,
the number and cost of claims "varav" the deductibles, the largest fire and its cause, water damage against
the year before, deductibles charged to another nämnd "0,6 mnkr högre än för 2024" (about someone else), the
premiums that "ryms inom den budget" the kommunstyrelse set aside (a financing statement, no deviation
reported) and the premium rise for 2026 with its reason: seven `other` items and no cause. The decision
proposal, the background and a table of claims per förvaltning are unlabelled. Liberation Sans 10 pt.

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
        margins=(70.0, 84.0, 70.0, 74.0),
        header=lambda n, m: ("Trollhättans stad", "Tjänsteskrivelse 2026-03-12"),
        footer=lambda n, m: ("Kommunstyrelsen, Dnr KS 2026/000187", "", f"{n} ({m})"),
        header_size=8.0,
        rule_under_header=True,
    )
    claims = Table(
        caption="Anmälda skador 2025 per förvaltning",
        header=(("Förvaltning", "Antal skador", "Skadekostnad, mnkr", "Självrisk, mnkr"),),
        rows=(
            ("Barn- och utbildningsförvaltningen", "27", "10,1", "1,1"),
            ("Samhällsbyggnadsförvaltningen", "18", "2,3", "0,7"),
            ("Omsorgsförvaltningen", "11", "1,2", "0,5"),
            ("Kultur- och fritidsförvaltningen", "8", "0,6", "0,3"),
            ("Summa", "64", "14,2", "2,6"),
        ),
        widths=(180.0, 80.0, 100.0, 90.0),
        bold_rows=frozenset({4}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Redovisning av kommunens försäkringar och skador 2025", size=15, font="arial-bold", after=12),
        H("Förslag till beslut", 2),
        P("Kommunstyrelsen noterar redovisningen till protokollet."),
        H("Bakgrund", 2),
        P(
            "Kommunen har sina egendoms- och ansvarsförsäkringar upphandlade gemensamt med kommunens bolag. Varje år "
            "redovisas premier, anmälda skador och det skadeförebyggande arbetet för kommunstyrelsen."
        ),
        H("Premier", 2),
        P(
            "Kommunens försäkringspremier uppgick 2025 till 9,8 mnkr, en ökning med 1,3 mnkr jämfört med 2024. "
            "Ökningen beror på att försäkringsbolaget har höjt premierna för egendom efter flera stora bränder i skolor "
            "i regionen.",
            O(None, "prisokningar", note="Premiums against the previous year, with 'beror på': other."),
        ),
        H("Skador", 2),
        P(
            "Under året anmäldes 64 skador med en sammanlagd skadekostnad på 14,2 mnkr, varav kommunen själv bar 2,6 "
            "mnkr i självrisker.",
            O(None, note="A supporting figure with a 'varav': other."),
        ),
        claims,
        P(
            "Den enskilt största skadan var branden i en förskola i Lextorp i mars, där skadekostnaden beräknas till "
            "8,4 mnkr. Branden orsakades enligt räddningstjänstens utredning av ett elfel i ett förråd.",
            O(None, "ovrigt", note="A damage event and its cause: other."),
        ),
        P(
            "Vattenskadorna har blivit fler, 23 jämfört med 15 året innan, vilket främst beror på åldrande "
            "tappvattenledningar i äldre skolbyggnader.",
            O(None, note="Counts against the previous year: other."),
        ),
        P(
            "Självriskerna belastar de nämnder där skadorna har inträffat. Barn- och utbildningsnämnden har därmed "
            "fått kostnader som är 0,6 mnkr högre än för 2024, vilket nämnden har hanterat inom sin ram.",
            O("Barn- och utbildningsnämnden", note="About another nämnd, against the previous year: other."),
        ),
        H("Ekonomi", 2),
        P(
            "Kostnaden för kommunens försäkringsskydd ryms inom den budget på 10,5 mnkr som kommunstyrelsen avsatt för "
            "2025.",
            O(None, note="A financing statement; no deviation is reported: other."),
        ),
        P(
            "Inför 2026 har premierna höjts med ytterligare 8 procent, vilket beror på indexuppräkning och den höga "
            "skadefrekvensen i kommunens skolor.",
            O(None, "prisokningar", note="Next year's premiums: other."),
        ),
        H("Skadeförebyggande arbete", 2),
        P(
            "Under 2026 installeras automatiska vattenlarm i tolv skolor och förskolor, och brandskyddskontrollerna "
            "utökas till att omfatta alla förråd i verksamhetslokalerna."
        ),
    ]
    return ReportSpec(
        file="trollhattan-ks-forsakringsredovisning-2025.pdf",
        report={
            "municipality": "Trollhättan",
            "committee": ["Kommunstyrelsen"],
            "period": ["2025"],
            "report_type": "försäkringsredovisning",
        },
        metadata={
            "title": "Redovisning av kommunens försäkringar och skador 2025",
            "author": "Trollhättans stad",
        },
        style=style,
        blocks=blocks,
    )
