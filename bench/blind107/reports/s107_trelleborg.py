"""Trelleborgs kommun, Tekniska nämnden, tertialrapport 1 2026 (januari–april).

A technical committee's tertial report in "miljoner kronor" and "mnkr", Liberation Serif (Times metrics) 10
pt, footer with the nämnd's meeting date in May: the full year and the period in two sentences of one
paragraph (two causes, the period's with a weather reason); a reading note that deficits are in brackets and
a table with "(1,6)"; then two columns of headings that carry the area and a U+2212 amount ("Gator och vägar
−1,6 mnkr", "Lokalvård ±0 mnkr" over "följer budget"), an uncertainty about insurance in the same paragraph
as a cause (its own other item), lower energy costs that do not outweigh a water damage and an empty-premises
rent, revenue from more portions sold, vehicle leasing and a vacancy; investments "28,5 mnkr lägre" after two
levels, two projects "2,2 respektive 0,9 mnkr dyrare än projektbudgeten" in the next paragraph, the change
since February and an action with its effect.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import Columns, H, P, PageBreak, Para, ReportSpec, Style, Table, Title

from reports.common import BP, HP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=10.0,
        leading=1.36,
        para_gap=6.5,
        heading_sizes=(16.0, 12.5, 10.5),
        heading_fonts=("times-bold", "times-bold", "times-bold"),
        margins=(66.0, 78.0, 66.0, 72.0),
        gutter=20.0,
        header=lambda n, m: ("Trelleborgs kommun – Tekniska nämnden", "Tertialrapport 1 2026"),
        footer=lambda n, m: ("Tekniska nämnden 2026-05-19, § 52", "", f"{n} ({m})"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Prognos per verksamhet, mnkr",
        header=(("Verksamhet", "Budget 2026", "Prognos 2026", "Avvikelse"),),
        rows=(
            ("Gator och vägar", "48,2", "49,8", "(1,6)"),
            ("Parker och grönområden", "21,5", "22,3", "(0,8)"),
            ("Fastighetsförvaltning", "6,0", "7,3", "(1,3)"),
            ("Måltidsservice", "4,1", "3,6", "0,5"),
            ("Lokalvård", "1,2", "1,2", "0,0"),
            ("Fordonsservice", "0,0", "0,4", "(0,4)"),
            ("Nämnd och administration", "9,8", "9,6", "0,2"),
            ("Totalt", "90,8", "94,2", "(3,4)"),
        ),
        widths=(170.0, 80.0, 80.0, 80.0),
        bold_rows=frozenset({7}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Tertialrapport 1 2026", size=20, font="times-bold", after=2),
        Title("Tekniska nämnden", size=13, font="times", after=12),
        H("Ekonomisk sammanfattning", 2),
        Para(
            (
                (
                    "Tekniska nämndens prognos för helåret visar ett underskott på 3,4 miljoner kronor.",
                    C(None, "3,4 miljoner kronor", "-"),
                ),
                (
                    "Efter årets fyra första månader är utfallet 2,1 miljoner kronor sämre än den periodiserade "
                    "budgeten, vilket till stor del beror på vinterväghållningen i januari och februari.",
                    C(
                        None,
                        "2,1 miljoner kronor",
                        "-",
                        "ovrigt",
                        note="The period in a sentence of its own: a second item. Winter road maintenance is "
                        "weather, ovrigt.",
                    ),
                ),
            )
        ),
        P("Belopp i miljoner kronor. Negativa avvikelser anges inom parentes.", size=9.0),
        table,
        H("Kommentarer per verksamhet", 2),
        Columns(2),
        HP(
            "Gator och vägar −1,6 mnkr",
            "Vintern blev kall med många halkbekämpningar, och kostnaden för snöröjning och sandning motsvarade "
            "redan i februari hela årets budget. Därtill kommer dyrare asfalt i det nya beläggningsavtalet.",
            C("Gator och vägar", "−1,6 mnkr", "-", "ovrigt", "prisokningar"),
        ),
        Para(
            (
                (
                    "Skadegörelse på lekplatser och stormen i mars har krävt omfattande reparationer och röjning.",
                    C(
                        "Parker och grönområden",
                        "−0,8 mnkr",
                        "-",
                        "ovrigt",
                        note="Vandalism and storm: ovrigt.",
                    ),
                ),
                (
                    "En del av kostnaderna kan komma att ersättas av kommunens försäkring, men det är ännu osäkert.",
                    O(
                        "Parker och grönområden",
                        note="An uncertainty in the cause's paragraph: its own item.",
                    ),
                ),
            ),
            head="Parker och grönområden −0,8 mnkr",
        ),
        HP(
            "Fastighetsförvaltning −1,3 mnkr",
            "Energikostnaderna är lägre än budgeterat, men det väger inte upp de ökade kostnaderna för akuta "
            "reparationer efter vattenskadan i Sjövångsskolan och tomhyran för den avvecklade förskolan Linden.",
            C("Fastighetsförvaltning", "−1,3 mnkr", "-", "prisokningar", "ovrigt", "lokaler"),
        ),
        HP(
            "Måltidsservice +0,5 mnkr",
            "Fler portioner än budgeterat säljs till äldreomsorgen, vilket ger högre intäkter.",
            C("Måltidsservice", "+0,5 mnkr", "+", "volymer", "avgifter_intakter"),
        ),
        HP(
            "Lokalvård ±0 mnkr",
            "Verksamheten följer budget.",
            BP("Lokalvård"),
        ),
        HP(
            "Fordonsservice −0,4 mnkr",
            "Leasingkostnaderna för de nya elbilarna i kommunens bilpool blev högre än beräknat.",
            C("Fordonsservice", "−0,4 mnkr", "-", "material_hjalpmedel"),
        ),
        HP(
            "Nämnd och administration +0,2 mnkr",
            "En tjänst som trafikplanerare har varit vakant under våren.",
            C("Nämnd och administration", "+0,2 mnkr", "+", "vakanser"),
        ),
        PageBreak(),
        Columns(1),
        H("Investeringar", 2),
        P(
            "Investeringsbudgeten för 2026 är 112,5 mnkr. Prognosen är 84,0 mnkr, det vill säga 28,5 mnkr lägre. "
            "Ombyggnaden av Hamntorget har försenats av arkeologiska utgrävningar och flyttas delvis till 2027.",
            C("Investeringar", "28,5 mnkr", "+", "periodisering"),
        ),
        Para(
            (
                (
                    "Gång- och cykelvägen längs Kustvägen och den nya tvätthallen vid fordonsverkstaden blir 2,2 "
                    "respektive 0,9 mnkr dyrare än projektbudgeten.",
                    C(
                        "Gång- och cykelväg längs Kustvägen",
                        "2,2",
                        "-",
                        unit="mnkr",
                        note="Two projects as a 'respektive' pair: two items, no reason given.",
                        also=(C("Tvätthall vid fordonsverkstaden", "0,9 mnkr", "-"),),
                    ),
                ),
            )
        ),
        H("Förändring sedan februari", 2),
        P(
            "Prognosen är 1,5 mnkr sämre än i februari, till största delen på grund av stormen i mars.",
            F(None, "1,5 mnkr", "-", "ovrigt"),
        ),
        H("Åtgärder", 2),
        P(
            "Förvaltningen skjuter upp underhåll av belysning och planteringar för 1,0 mnkr för att begränsa "
            "underskottet.",
            A(None, "1,0 mnkr"),
        ),
    ]
    return ReportSpec(
        file="trelleborg-tn-tertialrapport-2026-04.pdf",
        report={
            "municipality": "Trelleborg",
            "committee": ["Tekniska nämnden"],
            "period": ["2026-04"],
            "report_type": "tertialrapport",
        },
        metadata={"title": "Tertialrapport 1 2026 Tekniska nämnden", "author": "Trelleborgs kommun"},
        style=style,
        blocks=blocks,
    )
