"""Piteå kommun, Fastighets- och servicenämnden, delårsrapport januari–augusti 2025.

A technical committee's interim report in "mkr" with hyphen-minus signs, footer with the nämnd's meeting
date in September: the period "2,8 mkr bättre än periodiserad budget", then the full year's "underskott på 3,5
mkr mot budget" and the period surplus's timing reason in the next sentence (a cause with amount null); a
table per verksamhet; headings that carry the area and a hyphen-minus amount ("Fastighet -4,6 mkr", "Lokalvård
+0,9 mkr") over paragraphs with parts inside (energy "2,1 mkr högre", an unused reserve "på 1,0 mkr"), food
prices "cirka 6 procent över budgeterad nivå" (not the amount); the change since April; investments "en
avvikelse på 45,4 mkr" between three levels, two projects "18,0 respektive 12,5 mkr billigare i år än
budgeterat", an overrun written "+3,2 mkr mot projektbudgeten" where "+" means more spending (negative),
"Övriga projekt beräknas följa sina budgetar" (boilerplate); an action and sick leave against 2024 (other).
12 scored causes. Liberation Sans Narrow 10.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, HP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="narrow",
        bold="narrow-bold",
        italic="arial-italic",
        size=10.5,
        leading=1.35,
        para_gap=6.0,
        heading_sizes=(15.0, 12.5, 11.0),
        heading_fonts=("arial-bold", "arial-bold", "narrow-bold"),
        margins=(70.0, 78.0, 70.0, 74.0),
        header=lambda n, m: ("Piteå kommun", "Delårsrapport 2025 – Fastighets- och servicenämnden"),
        footer=lambda n, m: ("Fastighets- och servicenämnden 2025-09-24", "", f"{n}"),
        header_size=8.5,
    )
    table = Table(
        caption="Driftredovisning per verksamhet, mkr",
        header=(("Verksamhet", "Budget 2025", "Prognos 2025", "Avvikelse"),),
        rows=(
            ("Fastighet", "48,6", "53,2", "-4,6"),
            ("Lokalvård", "12,4", "11,5", "0,9"),
            ("Måltidsservice", "31,0", "32,8", "-1,8"),
            ("Fordon och transport", "2,1", "1,5", "0,6"),
            ("Ledning och stöd", "9,8", "8,4", "1,4"),
            ("Totalt", "103,9", "107,4", "-3,5"),
        ),
        widths=(170.0, 80.0, 80.0, 80.0),
        bold_rows=frozenset({5}),
        rules=True,
        grid=True,
        size=9.5,
        shade=(0.85, 0.9, 0.95),
    )
    blocks = [
        Title("Delårsrapport januari–augusti 2025", size=19, font="arial-bold", after=2),
        Title("Fastighets- och servicenämnden", size=13, font="narrow", after=14),
        H("Ekonomisk sammanfattning", 1),
        P(
            "Resultatet per den 31 augusti är 6,8 mkr, vilket är 2,8 mkr bättre än periodiserad budget.",
            C(None, "2,8 mkr", "+", note="The period against the periodised budget: a cause of its own."),
        ),
        PS(
            (
                "För helåret prognostiserar nämnden ett underskott på 3,5 mkr mot budget.",
                C(None, "3,5 mkr", "-", note="The full year."),
            ),
            (
                "Överskottet under perioden vänds därmed till ett underskott, eftersom merparten av det planerade "
                "underhållet utförs under hösten.",
                C(
                    None,
                    None,
                    "+",
                    "periodisering",
                    note="The period surplus's timing reason apart from its amount: a cause with amount null.",
                ),
            ),
        ),
        table,
        H("Verksamheternas avvikelser", 2),
        HP(
            "Fastighet -4,6 mkr",
            "Kostnaderna för el och fjärrvärme i nämndens lokaler beräknas bli 2,1 mkr högre än budgeterat. Till "
            "det kommer akuta reparationer efter en vattenläcka i en av högstadieskolorna i juni och högre "
            "kostnader för tomställda lokaler sedan hemtjänsten flyttat ut ur kvarteret Tallen.",
            C(
                "Fastighet",
                "-4,6 mkr",
                "-",
                "prisokningar",
                "ovrigt",
                "lokaler",
                note="The heading's amount; the energy costs (2,1 mkr) are a part.",
            ),
        ),
        HP(
            "Måltidsservice -1,8 mkr",
            "Livsmedelspriserna har fortsatt att stiga och ligger cirka 6 procent över budgeterad nivå. Samtidigt "
            "har beställningarna från äldreomsorgen minskat, vilket sänker intäkterna.",
            C("Måltidsservice", "-1,8 mkr", "-", "prisokningar", "volymer", "avgifter_intakter"),
        ),
        HP(
            "Lokalvård +0,9 mkr",
            "Vakanta tjänster som inte har tillsatts under sommaren ger ett överskott.",
            C("Lokalvård", "+0,9 mkr", "+", "vakanser"),
        ),
        HP(
            "Fordon och transport +0,6 mkr",
            "Leasingkostnaderna för fordon blir lägre än budgeterat då utbytet av bilparken till elbilar har "
            "försenats.",
            C("Fordon och transport", "+0,6 mkr", "+", "material_hjalpmedel", "periodisering"),
        ),
        HP(
            "Ledning och stöd +1,4 mkr",
            "Överskottet beror på en ofördelad budgetreserv på 1,0 mkr som inte väntas behövas under året samt på "
            "lägre kostnader för utbildning.",
            C(
                "Ledning och stöd",
                "+1,4 mkr",
                "+",
                "reserver",
                note="The heading's amount; the reserve (1,0 mkr) is a part.",
            ),
        ),
        H("Jämförelse med prognosen i april", 2),
        P(
            "Jämfört med aprilprognosen har helårsprognosen försämrats med 1,9 mkr, främst på grund av "
            "vattenläckan.",
            F(None, "1,9 mkr", "-", "ovrigt"),
        ),
        H("Investeringar", 2),
        P(
            "Nämndens investeringsbudget för 2025 uppgår till 186,4 mkr inklusive ombudgeteringar från 2024. "
            "Utfallet per augusti är 74,2 mkr och helårsprognosen 141,0 mkr, vilket ger en avvikelse på 45,4 mkr.",
            C("Investeringar", "45,4 mkr", "+", note="Investment under-spending, no reason given."),
        ),
        P(
            "Den nya förskolan i Norrfjärden och ombyggnaden av badhuset beräknas bli 18,0 respektive 12,5 mkr "
            "billigare i år än budgeterat, eftersom byggstarterna har flyttats till våren 2026.",
            C(
                "Förskolan i Norrfjärden",
                "18,0",
                "+",
                "periodisering",
                unit="mnkr",
                note="Two projects as a 'respektive' pair: two items, the unit written once.",
                also=(C("Ombyggnaden av badhuset", "12,5 mkr", "+", "periodisering"),),
            ),
        ),
        P(
            "Energieffektiviseringen av kommunhuset blir däremot dyrare: +3,2 mkr mot projektbudgeten, till följd "
            "av högre entreprenadpriser.",
            C(
                "Energieffektivisering av kommunhuset",
                "+3,2 mkr",
                "-",
                "prisokningar",
                note="In the investment section '+' means more spending: an overrun, negative.",
            ),
        ),
        P("Övriga projekt beräknas följa sina budgetar.", BP("Övriga projekt")),
        H("Åtgärder", 2),
        P(
            "För att begränsa underskottet har förvaltningen senarelagt planerat underhåll för 2,0 mkr till 2026.",
            A(None, "2,0 mkr", "periodisering"),
        ),
        H("Personal", 2),
        P(
            "Sjukfrånvaron under perioden var 6,1 procent, jämfört med 6,8 procent under samma period 2024.",
            O(None, note="Sick leave against the previous year."),
        ),
    ]
    return ReportSpec(
        file="pitea-fsn-delarsrapport-2025-08.pdf",
        report={
            "municipality": "Piteå",
            "committee": ["Fastighets- och servicenämnden"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={"title": "Delårsrapport 2025 Fastighets- och servicenämnden", "author": "Piteå kommun"},
        style=style,
        blocks=blocks,
    )
