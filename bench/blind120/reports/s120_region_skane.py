"""Region Skåne, Primärvårdsnämnden, månadsrapport mars 2026.

A region's primary-care month report in "miljoner kronor" and "mnkr" with U+2212 minus signs, footer with the
nämnd's meeting date in April: the accumulated result against the period's budget and, in a paragraph of its
own, the full year "ett underskott om 120 miljoner kronor mot budget (−95 i februari)" (the bracket is
February's); the change since February with its reason; a result table pasted as an image (no text layer:
every amount lives in the prose); headings that carry the area and the amount ("Primärvård Skåne −62 mnkr",
"Hälsoval, privata vårdgivare +14 mnkr") over one paragraph each; drugs "ligger 47 mnkr över budget för
helåret"; a surplus "drygt 6 miljoner kronor" after "gå med ett överskott"; a reason-only deficit whose amount
is only in the image (amount null); "följer budget" (boilerplate); one sentence with personnel costs "2,4
procent högre än budget" (amount null) and hired staff "19 miljoner kronor mer än budgeterat" after a level (two
items); two actions, listed inhabitants against last year and a risk (others). 9 scored causes. DejaVu Serif
Condensed 9.5 pt with DejaVu Sans headings.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, HP, A, C, F, O

IMAGE = "The result table is an image, so the amount can only come from the prose."


def spec() -> ReportSpec:
    style = Style(
        body="serif-cond",
        bold="serif-cond-bold",
        italic="serif-italic",
        size=9.5,
        leading=1.42,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(66.0, 78.0, 66.0, 72.0),
        header=lambda n, m: ("Region Skåne", "Primärvårdsnämnden – Månadsrapport mars 2026"),
        footer=lambda n, m: ("Primärvårdsnämnden 2026-04-22", "Dnr 2026-PVN-0118", f"{n} ({m})"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Resultat per verksamhetsområde, mnkr",
        header=(
            ("Verksamhetsområde", "Utfall jan–mar", "Budget jan–mar", "Prognos helår", "Avvikelse helår"),
        ),
        rows=(
            ("Primärvård Skåne", "-21,4", "-6,0", "-86", "-62"),
            ("Hälsoval, privata vårdgivare", "3,1", "0,0", "14", "14"),
            ("Läkemedel inom förmånen", "-14,9", "-2,5", "-47", "-47"),
            ("Digitala vårdtjänster", "1,6", "0,0", "6", "6"),
            ("Ungdomsmottagningar och barnhälsovård", "0,2", "0,0", "0", "0"),
            ("Nämndens gemensamma kostnader", "-6,8", "5,7", "-31", "-31"),
            ("Summa", "-38,2", "2,8", "-144", "-120"),
        ),
        widths=(186.0, 70.0, 76.0, 66.0, 74.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=8.5,
        as_image=True,
    )
    blocks = [
        Title("Månadsrapport mars 2026", size=19, font="sans-bold", after=2),
        Title("Primärvårdsnämnden", size=12, font="serif-cond", after=12),
        H("Sammanfattning", 2),
        P(
            "Primärvårdsnämndens ackumulerade resultat efter mars är −38,2 miljoner kronor, vilket är 41,0 miljoner "
            "kronor sämre än periodens budget.",
            C(
                None,
                "41,0 miljoner kronor",
                "-",
                note="The period against its budget in a paragraph of its own.",
            ),
        ),
        P(
            "Helårsprognosen är ett underskott om 120 miljoner kronor mot budget (−95 i februari).",
            C(None, "120 miljoner kronor", "-", note="February's figure in brackets is not the amount."),
        ),
        P(
            "Prognosen har därmed försämrats med 25 miljoner kronor jämfört med februari. Försämringen beror på att "
            "ersättningen till vårdgivarna i Hälsoval Skåne har räknats upp efter det nya avtalet.",
            F(None, "25 miljoner kronor", "-", "prisokningar"),
        ),
        table,
        H("Verksamheternas avvikelser", 2),
        HP(
            "Primärvård Skåne −62 mnkr",
            "De egna vårdcentralerna har fortsatt höga kostnader för hyrläkare, framför allt i nordöstra Skåne där "
            "flera distriktsläkartjänster är vakanta. Dessutom har antalet listade patienter minskat, vilket ger "
            "lägre kapiteringsersättning.",
            C(
                "Primärvård Skåne",
                "−62 mnkr",
                "-",
                "inhyrd_personal",
                "vakanser",
                "volymer",
                note="The heading carries area and amount.",
            ),
        ),
        HP(
            "Hälsoval, privata vårdgivare +14 mnkr",
            "Ersättningen till de privata vårdcentralerna blir lägre än budgeterat, eftersom färre besök än beräknat "
            "har registrerats under vintern.",
            C("Hälsoval, privata vårdgivare", "+14 mnkr", "+", "volymer"),
        ),
        P(
            "Läkemedelskostnaderna inom förmånen ligger 47 mnkr över budget för helåret. Det förklaras av en ökad "
            "förskrivning av diabetesläkemedel och av prishöjningar på flera generiska läkemedel.",
            C("Läkemedel inom förmånen", "47 mnkr", "-", "material_hjalpmedel", "volymer", "prisokningar"),
        ),
        P(
            "Digitala vårdtjänster beräknas gå med ett överskott om drygt 6 miljoner kronor, då införandet av den nya "
            "plattformen för digitala vårdmöten har försenats.",
            C("Digitala vårdtjänster", "drygt 6 miljoner kronor", "+", "it_digitalisering", "periodisering"),
        ),
        P(
            "Nämndens gemensamma kostnader överskrider budget till följd av engångskostnader för omorganisationen av "
            "närsjukvårdens ledning.",
            C(
                "Nämndens gemensamma kostnader",
                None,
                "-",
                "omstallning",
                "periodisering",
                note="Reason only; " + IMAGE,
            ),
        ),
        P(
            "Ungdomsmottagningarna och barnhälsovården följer budget.",
            BP("Ungdomsmottagningar och barnhälsovård"),
        ),
        H("Kostnadsslag", 2),
        P(
            "Personalkostnaderna är 2,4 procent högre än budget för perioden, samtidigt som kostnaderna för inhyrd "
            "personal uppgår till 58 miljoner kronor, 19 miljoner kronor mer än budgeterat.",
            C(
                "Personalkostnader",
                None,
                "-",
                note="A percentage only and the table is an image: amount null. The same sentence gives hired "
                "staff with its own amount (the 58 is a level): two items.",
                also=(C("Inhyrd personal", "19 miljoner kronor", "-", "inhyrd_personal"),),
            ),
        ),
        H("Åtgärder", 2),
        PS(
            (
                "Nämnden har gett Primärvård Skåne i uppdrag att halvera beroendet av hyrläkare till årsskiftet, "
                "vilket beräknas ge 30 miljoner kronor i lägre kostnader under 2026.",
                A("Primärvård Skåne", "30 miljoner kronor", "inhyrd_personal"),
            ),
            (
                "Samtidigt införs en gemensam bemanningsplanering för vårdcentralerna inom samma närområde.",
                A("Primärvård Skåne", None, "bemanning"),
            ),
        ),
        H("Verksamhet och osäkerheter", 2),
        P(
            "Antalet listade invånare i Skåne var 1 432 000 i mars, 0,8 procent fler än ett år tidigare.",
            O(None, "volymer", note="Volumes against the previous year."),
        ),
        P(
            "Prognosen är osäker, eftersom utfallet av tvisten med en privat vårdgivare om ersättningen för 2025 "
            "ännu inte är känt.",
            O(None, note="A risk."),
        ),
    ]
    return ReportSpec(
        file="region-skane-pvn-manadsrapport-2026-03.pdf",
        report={
            "municipality": "Region Skåne",
            "committee": ["Primärvårdsnämnden"],
            "period": ["2026-03"],
            "report_type": "månadsrapport",
        },
        metadata={"title": "Månadsrapport mars 2026 Primärvårdsnämnden", "author": "Region Skåne"},
        style=style,
        blocks=blocks,
    )
