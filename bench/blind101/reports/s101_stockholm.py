"""Stockholms stad, Kungsholmens stadsdelsnämnd, tertialrapport 1 2026.

A stadsdelsnämnd's first tertial report (elderly care, social services, disability support, preschool) in
DejaVu Sans Condensed, footer with the nämnd's meeting date in May: the full year's "underskott på 6,8 mnkr"
with a share of the budget that is not the amount, the period "3,5 mnkr mot periodiserad budget" in a sentence
of its own, a change since February with its cause, the verksamhet table pasted as an image (every amount in
the prose), then bullets under a generic heading in varied shapes ("Äldreomsorg: underskott om 9,4 mnkr.",
"visar ett överskott på 3,2 mnkr", "beräknas överstiga budget med 4,1 mnkr", "1,9 mnkr bättre än budget",
"ett överskott om 1,6 mnkr", "håller budget"), the elderly-care deficit split into two parts in the next
section (two items, so the deficit is explained twice), an action with an effect, an application for central
compensation and households against last year (others). 9 scored causes.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import Bullets, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="cond",
        bold="cond-bold",
        italic="sans-italic",
        size=10.0,
        leading=1.4,
        para_gap=6.0,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("cond-bold", "cond-bold", "cond-bold"),
        margins=(66.0, 78.0, 66.0, 72.0),
        header=lambda n, m: ("Kungsholmens stadsdelsförvaltning", "Tertialrapport 1 2026"),
        footer=lambda n, m: (
            "Stadsdelsnämndens sammanträde 2026-05-21",
            "Dnr KUN 2026/412",
            f"Sida {n} ({m})",
        ),
        header_size=8.0,
        rule_under_header=True,
    )
    image = Table(
        caption="Tabell 1. Prognos per verksamhetsområde, mnkr",
        header=(("Verksamhetsområde", "Budget", "Prognos", "Avvikelse"),),
        rows=(
            ("Äldreomsorg", "486,2", "495,6", "-9,4"),
            ("Individ- och familjeomsorg, barn och unga", "92,4", "89,2", "3,2"),
            ("Ekonomiskt bistånd", "41,0", "45,1", "-4,1"),
            ("Stöd och service till personer med funktionsnedsättning", "178,5", "176,6", "1,9"),
            ("Förskoleverksamhet", "402,7", "401,1", "1,6"),
            ("Nämndgemensam administration", "48,9", "48,9", "0,0"),
            ("Summa", "1 249,7", "1 256,5", "-6,8"),
        ),
        widths=(230.0, 60.0, 60.0, 64.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=8.5,
        as_image=True,
    )
    blocks = [
        Title("Tertialrapport 1 2026", size=19, font="cond-bold", after=3),
        Title("Kungsholmens stadsdelsnämnd", size=12, font="cond", after=12),
        H("Ekonomisk sammanfattning", 2),
        P(
            "Nämnden prognostiserar ett underskott på 6,8 mnkr för helåret, motsvarande 0,5 procent av budgeten.",
            C(None, "6,8 mnkr", "-", note="The share of the budget is not the amount."),
        ),
        P(
            "Periodens utfall visar ett underskott på 3,5 mnkr mot periodiserad budget.",
            C(None, "3,5 mnkr", "-", note="The period in a sentence of its own."),
        ),
        P(
            "Jämfört med prognosen i februari har underskottet ökat med 1,4 mnkr, främst inom äldreomsorgen där "
            "antalet beviljade hemtjänsttimmar fortsätter att öka.",
            F(None, "1,4 mnkr", "-", "volymer"),
        ),
        image,
        H("Förvaltningens kommentarer per verksamhetsområde", 2),
        Bullets(
            (
                "Äldreomsorg: underskott om 9,4 mnkr. Beläggningen på de egna vård- och omsorgsboendena är lägre "
                "än planerat, samtidigt som kostnaderna för hemtjänst i egen regi ökar till följd av fler "
                "beviljade timmar.",
                "Individ- och familjeomsorgen för barn och unga visar ett överskott på 3,2 mnkr, då färre "
                "placeringar i HVB och familjehem har behövts än vad som budgeterats.",
                "Kostnaderna för ekonomiskt bistånd beräknas överstiga budget med 4,1 mnkr. Fler hushåll än "
                "tidigare har ett långvarigt behov av försörjningsstöd.",
                "Stöd och service till personer med funktionsnedsättning beräknas bli 1,9 mnkr bättre än budget "
                "eftersom två gruppbostäder har haft vakanta tjänster under våren.",
                "Förskoleverksamheten lämnar ett överskott om 1,6 mnkr, främst genom lägre lokalkostnader sedan "
                "den tillfälliga paviljongförskolan avvecklades vid årsskiftet.",
                "Nämndgemensam administration håller budget.",
            ),
            labels=(
                C("Äldreomsorg", "9,4 mnkr", "-", "volymer", note="Lower occupancy and more granted hours."),
                C("Individ- och familjeomsorg, barn och unga", "3,2 mnkr", "+", "kopt_verksamhet", "volymer"),
                C("Ekonomiskt bistånd", "4,1 mnkr", "-", "ekonomiskt_bistand", "volymer"),
                C("Stöd och service till personer med funktionsnedsättning", "1,9 mnkr", "+", "vakanser"),
                C("Förskoleverksamhet", "1,6 mnkr", "+", "lokaler", "omstallning"),
                BP("Nämndgemensam administration"),
            ),
            glyph="•",
        ),
        H("Fördjupning äldreomsorg", 2),
        P(
            "Av äldreomsorgens underskott avser 5,6 mnkr hemtjänsten och 3,8 mnkr vård- och omsorgsboendena.",
            C(
                "Hemtjänst",
                "5,6 mnkr",
                "-",
                note="The elderly-care deficit split into two parts with their own amounts: two items.",
                also=(C("Vård- och omsorgsboenden", "3,8 mnkr", "-"),),
            ),
        ),
        P(
            "Inom hemtjänsten har antalet beviljade timmar ökat med 9 procent sedan december, och andelen "
            "dubbelbemanning har ökat.",
            O(
                "Hemtjänst",
                "volymer",
                note="A volume change against an earlier time, no budget deviation: other.",
            ),
        ),
        H("Åtgärder", 2),
        P(
            "Förvaltningen har inlett en översyn av bemanningen på vård- och omsorgsboendena, med en beräknad "
            "effekt på 2,0 mnkr för resten av året.",
            A("Vård- och omsorgsboenden", "2,0 mnkr", "bemanning"),
        ),
        H("Finansiering", 2),
        P(
            "Stadsdelsnämnden har ansökt om kompensation ur kommunstyrelsens centrala medel för de ökade "
            "kostnaderna för ekonomiskt bistånd.",
            O("Ekonomiskt bistånd", note="A financing statement: other."),
        ),
        P(
            "I april hade 612 hushåll ekonomiskt bistånd, vilket är 8 procent fler än i april 2025.",
            O(
                "Ekonomiskt bistånd",
                "ekonomiskt_bistand",
                "volymer",
                note="Households against the previous year.",
            ),
        ),
    ]
    return ReportSpec(
        file="stockholm-kungsholmen-sdn-tertialrapport-2026-04.pdf",
        report={
            "municipality": ["Stockholm", "Stockholms stad"],
            "committee": ["Kungsholmens stadsdelsnämnd", "Stadsdelsnämnden Kungsholmen"],
            "period": ["2026-04"],
            "report_type": "tertialrapport",
        },
        metadata={"title": "Tertialrapport 1 2026 Kungsholmens stadsdelsnämnd", "author": "Stockholms stad"},
        style=style,
        blocks=blocks,
    )
