"""Kristinehamns kommun, Kommunstyrelsen, tjänsteskrivelse: investeringsbudget 2026 och investeringsplan
2027–2030.

Not a budget follow-up: a proposal for next year's investment budget and the plan beyond it, dated in
October, full of what a follow-up says ("beror på", "beror främst på", "högre än", "mer än", "lägre än",
amounts in mnkr and miljoner kronor, "budget") but with no outcome or forecast against a budget, so there
are no cause items at all: a decision proposal (not labelled), a summary where next year's budget is "38,2
mnkr mer än" the earlier plan for the same year with "Ökningen beror främst på" (other, a plan revision,
not a deviation), financing and the loan debt (other), a plan table per nämnd in mnkr; one level-3 heading
per large project: the swimming hall whose estimate is "22 miljoner kronor högre än i förstudien" (other),
the new preschool with its capital costs (other) and its demographic reason, and street and bridge
reinvestments whose backlog "beror på" with no money (not labelled); the capital cost consequences
(other), the nämnder's requests "97,5 mnkr mer än" the proposed room (other), and the self-financing goal
not met with "beror på" (other); the carry-over of this year's unspent funds is left to the annual report
in a sentence with no amount (not labelled). DejaVu Sans 9.5 pt with a header naming the förvaltning.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import O

NOT_BUDGET = "An investment plan's figures, not a deviation from budget."


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.42,
        para_gap=6.5,
        heading_sizes=(14.0, 11.5, 10.0),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(74.0, 78.0, 70.0, 72.0),
        header=lambda n, m: ("Kristinehamns kommun", "Kommunledningsförvaltningen, ekonomiavdelningen"),
        footer=lambda n, m: ("Tjänsteskrivelse 2025-10-21", "Dnr KS 2025/0734", f"{n} ({m})"),
        header_size=8.0,
    )
    plan = Table(
        caption="Tabell 1. Investeringsbudget 2026 och plan 2027–2030 per nämnd, mnkr",
        header=(("Nämnd", "Budget 2026", "Plan 2027", "Plan 2028", "Plan 2029", "Plan 2030"),),
        rows=(
            ("Kommunstyrelsen", "38,4", "31,0", "29,5", "27,0", "27,0"),
            ("Barn- och utbildningsnämnden", "52,6", "61,0", "14,5", "12,0", "12,0"),
            ("Kultur- och fritidsnämnden", "71,3", "58,2", "22,0", "6,5", "6,5"),
            ("Omsorgsnämnden", "9,8", "8,0", "31,0", "42,0", "8,0"),
            ("Tekniska nämnden", "42,4", "40,0", "38,0", "38,0", "38,0"),
            ("Summa", "214,5", "198,2", "135,0", "125,5", "91,5"),
        ),
        widths=(170.0, 62.0, 54.0, 54.0, 54.0, 54.0),
        bold_rows=frozenset({5}),
        rules=True,
        size=8.5,
        shade=(0.9, 0.9, 0.9),
    )
    blocks = [
        Title("Investeringsbudget 2026 och investeringsplan 2027–2030", size=16, font="sans-bold", after=4),
        Title("Kommunstyrelsen", size=11.5, font="sans", after=10),
        H("Förslag till beslut", 2),
        P(
            "Kommunstyrelsen föreslår kommunfullmäktige att fastställa investeringsbudgeten för 2026 till 214,5 mnkr "
            "och att godkänna investeringsplanen för 2027–2030 som underlag för kommande budgetarbete."
        ),
        H("Sammanfattning", 2),
        P(
            "Investeringsbudgeten för 2026 uppgår till 214,5 mnkr, vilket är 38,2 mnkr mer än vad den antagna planen "
            "för samma år angav. Ökningen beror främst på att ombyggnaden av simhallen har tidigarelagts ett år och "
            "att byggpriserna har stigit mer än vad som antogs när planen togs fram.",
            O(
                None,
                "prisokningar",
                amount="38,2 mnkr",
                note=NOT_BUDGET + " Next year's budget against the earlier plan: a plan revision.",
            ),
        ),
        H("Finansiering", 2),
        P(
            "Investeringarna finansieras med egna medel upp till avskrivningarnas nivå, cirka 95 mnkr per år, och "
            "därutöver med nya lån. Låneskulden beräknas öka från 640 mnkr till 890 mnkr under planperioden.",
            O(None, note=NOT_BUDGET + " Financing."),
        ),
        plan,
        H("Större projekt", 2),
        H("Ombyggnad av simhallen", 3),
        P(
            "Projektet beräknas kosta 148 miljoner kronor och genomförs 2026–2028. Kalkylen är 22 miljoner kronor "
            "högre än i förstudien från 2023, vilket beror på högre installationskostnader och krav på ett nytt "
            "system för vattenrening.",
            O(
                "Ombyggnad av simhallen",
                "prisokningar",
                amount="22 miljoner kronor",
                note=NOT_BUDGET + " A project estimate against the feasibility study.",
            ),
        ),
        H("Ny förskola i Kvarnberget", 3),
        P(
            "En förskola med åtta avdelningar byggs 2026–2027 för att möta det ökade antalet barn i de västra "
            "stadsdelarna. Behovet beror på att flera nya bostadsområden har tagits i bruk sedan 2023. "
            "Investeringsutgiften är 96 mnkr och ger kapitalkostnader på 5,8 mnkr per år från 2028, som ska rymmas "
            "inom barn- och utbildningsnämndens ram.",
            O(
                "Ny förskola i Kvarnberget",
                "volymer",
                amount="96 mnkr",
                note=NOT_BUDGET + " A project, its demographic reason and its capital costs.",
            ),
        ),
        H("Gator och broar", 3),
        P(
            "Reinvesteringarna i gator och broar ligger kvar på samma nivå som tidigare år. Det finns ett eftersatt "
            "underhåll på flera av kommunens broar, vilket beror på att reinvesteringarna under många år har "
            "prioriterats ned till förmån för nya projekt."
        ),
        H("Driftkonsekvenser", 2),
        P(
            "De nya investeringarna medför ökade kapitalkostnader på sammanlagt 14,6 mnkr år 2030 jämfört med 2025. "
            "Ökningen beror främst på simhallen och förskolan i Kvarnberget.",
            O(None, amount="14,6 mnkr", note=NOT_BUDGET + " Capital cost consequences of the plan."),
        ),
        H("Prioriteringar", 2),
        P(
            "Nämndernas önskemål om investeringar för 2026 uppgick till 312 mnkr, vilket är 97,5 mnkr mer än det "
            "utrymme som föreslås. Skillnaden beror på att kommunstyrelsen har prioriterat projekt som är "
            "nödvändiga för att uppfylla lagkrav eller som minskar driftkostnaderna.",
            O(None, amount="97,5 mnkr", note=NOT_BUDGET + " Requests against the proposed room."),
        ),
        P(
            "Ombudgetering av medel som inte förbrukas under 2025 behandlas i samband med årsredovisningen och ingår "
            "inte i detta förslag."
        ),
        H("Finansiella mål", 2),
        P(
            "Målet att investeringarna under planperioden ska självfinansieras till minst 60 procent uppnås inte. "
            "Självfinansieringsgraden beräknas till 48 procent, vilket beror på den höga investeringsnivån "
            "2026–2028.",
            O(None, note=NOT_BUDGET + " A financial goal not met: other."),
        ),
        P("Eva Lindberg, ekonomichef                    Martin Sjöberg, kommundirektör", size=9.0),
        P("Bilaga: Investeringsplan 2026–2030 per projekt", size=9.0),
    ]
    return ReportSpec(
        file="kristinehamn-ks-investeringsbudget-2026-plan-2027-2030.pdf",
        report={
            "municipality": "Kristinehamn",
            "committee": ["Kommunstyrelsen"],
            "period": ["2026", "2025-10"],
            "report_type": "budget",
        },
        metadata={
            "title": "Investeringsbudget 2026 och investeringsplan 2027–2030",
            "author": "Kristinehamns kommun",
        },
        style=style,
        blocks=blocks,
    )
