"""Region Halland, Driftnämnden Närsjukvård, månadsrapport mars 2026 (health care).

A region's primary-care and dental-care month report in "miljoner kronor", footer with the driftnämnd's
meeting date in April: the period "11,2 miljoner kronor sämre än budget för perioden" and the full year "ett
underskott mot budget på 38 miljoner kronor (−35 miljoner kronor i februari)" in separate sentences (the bracket
is last month's), the worsening's cause with no amount (a forecast change, null); a table whose deviation
column uses a trailing minus ("19,4-"); plain headings per verksamhetsområde whose paragraphs carry the amount
in varied shapes ("beräknas överskrida budget med 19,4 miljoner kronor" with a part "står för 14 miljoner
kronor", "Folktandvårdens prognos är 12,5 miljoner kronor sämre än budget", "För de mobila teamen beräknas ett
underskott på", a reason-only area (the row's "2,6-"), "ett överskott om 2,2 miljoner kronor", "bedöms följa
budget"); personnel costs "2,4 procent högre än budget" (null) and hired staff "9,1 miljoner kronor mer än
budgeterat" after a level in one sentence (two items); an action without an amount and visits against 2025
with "beror på" (other). Liberation Sans 9 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=9.0,
        leading=1.45,
        para_gap=6.0,
        heading_sizes=(14.0, 11.5, 10.0),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(72.0, 82.0, 72.0, 72.0),
        header=lambda n, m: ("REGION HALLAND", "Närsjukvården – månadsrapport mars 2026"),
        footer=lambda n, m: ("Driftnämnden Närsjukvård 2026-04-16", "RH-2026-0377", f"Sida {n} av {m}"),
        header_size=7.5,
        rule_under_header=True,
    )
    table = Table(
        caption="Helårsprognos per verksamhetsområde, miljoner kronor (underskott med minustecken efter beloppet)",
        header=(("Verksamhetsområde", "Budget", "Prognos", "Avvikelse"),),
        rows=(
            ("Vårdcentraler", "1 246,0", "1 265,4", "19,4-"),
            ("Folktandvården", "610,0", "622,5", "12,5-"),
            ("Mobila närsjukvårdsteam", "95,4", "101,1", "5,7-"),
            ("Rehabilitering", "212,0", "214,6", "2,6-"),
            ("Barn- och ungdomshälsa", "168,5", "166,3", "2,2"),
            ("Ledning och gemensamt", "44,6", "44,6", "0,0"),
            ("Summa", "2 376,5", "2 414,5", "38,0-"),
        ),
        widths=(170.0, 75.0, 75.0, 75.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=8.5,
        shade=(0.88, 0.92, 0.88),
    )
    blocks = [
        Title("Månadsrapport mars 2026", size=18, font="arial-bold", after=2),
        Title("Driftnämnden Närsjukvård", size=12, font="arial", after=14),
        H("Resultat och prognos", 2),
        P(
            "Närsjukvården redovisar efter mars ett resultat på −14,6 miljoner kronor, vilket är 11,2 miljoner "
            "kronor sämre än budget för perioden.",
            C(None, "11,2 miljoner kronor", "-", note="The period's deviation after a level."),
        ),
        P(
            "Helårsprognosen är ett underskott mot budget på 38 miljoner kronor (−35 miljoner kronor i februari).",
            C(None, "38 miljoner kronor", "-", note="The bracketed figure is last month's."),
        ),
        P(
            "Försämringen sedan februari beror främst på ökade kostnader för hyrläkare på vårdcentralerna i "
            "Falkenberg och Hylte.",
            F(
                None,
                None,
                "-",
                "inhyrd_personal",
                note="The change (3 miljoner kronor) is not written out: null.",
            ),
        ),
        table,
        H("Verksamhetsområdenas kommentarer", 2),
        H("Vårdcentraler", 3),
        P(
            "Vårdcentralerna beräknas överskrida budget med 19,4 miljoner kronor. Hyrläkare på sex vårdcentraler står "
            "för 14 miljoner kronor, och kostnaderna för diabetesläkemedel ökar.",
            C(
                "Vårdcentraler",
                "19,4 miljoner kronor",
                "-",
                "inhyrd_personal",
                "material_hjalpmedel",
                note="The 14 miljoner kronor of hired doctors is a part. Drugs are material_hjalpmedel.",
            ),
        ),
        H("Folktandvården", 3),
        P(
            "Folktandvårdens prognos är 12,5 miljoner kronor sämre än budget. Intäkterna från barntandvården blir "
            "lägre när färre barn är listade, och kostnaderna för tandtekniska arbeten har räknats upp med index.",
            C("Folktandvården", "12,5 miljoner kronor", "-", "avgifter_intakter", "volymer", "prisokningar"),
        ),
        H("Mobila närsjukvårdsteam", 3),
        P(
            "För de mobila teamen beräknas ett underskott på 5,7 miljoner kronor eftersom verksamheten byggdes ut "
            "till Kungsbacka tre månader tidigare än planerat.",
            C("Mobila närsjukvårdsteam", "5,7 miljoner kronor", "-", "periodisering", "omstallning"),
        ),
        H("Rehabilitering", 3),
        P(
            "Långa sjukskrivningar bland fysioterapeuterna har krävt att verksamheten hyrt in personal från "
            "bemanningsföretag.",
            C(
                "Rehabilitering",
                "2,6-",
                "-",
                "sjukfranvaro",
                "inhyrd_personal",
                unit="mnkr",
                table=True,
                note="Reasons only: the table row's cell with its trailing minus.",
            ),
        ),
        H("Barn- och ungdomshälsa", 3),
        P(
            "Verksamheten visar ett överskott om 2,2 miljoner kronor till följd av vakanta psykologtjänster.",
            C("Barn- och ungdomshälsa", "2,2 miljoner kronor", "+", "vakanser"),
        ),
        H("Ledning och gemensamt", 3),
        P("Ledning och gemensamma funktioner bedöms följa budget.", BP("Ledning och gemensamt")),
        H("Personal", 2),
        P(
            "Personalkostnaderna är 2,4 procent högre än budget för perioden, medan kostnaderna för inhyrd personal "
            "uppgår till 22,8 miljoner kronor, vilket är 9,1 miljoner kronor mer än budgeterat.",
            C(
                "Personalkostnader",
                None,
                "-",
                note="A percentage only: amount null. One sentence, two account groups: two items.",
                also=(
                    C(
                        "Inhyrd personal",
                        "9,1 miljoner kronor",
                        "-",
                        note="The level 22,8 is not the amount. Naming the account group gives no tag.",
                    ),
                ),
            ),
        ),
        H("Åtgärder", 2),
        P(
            "Driftnämnden har beslutat om en handlingsplan för att minska beroendet av hyrläkare, med målet att "
            "halvera kostnaderna till hösten.",
            A("Vårdcentraler", None, "inhyrd_personal"),
        ),
        H("Produktion", 2),
        P(
            "Antalet besök på vårdcentralerna ökade med 6 procent jämfört med mars 2025, vilket beror på en "
            "utdragen influensasäsong.",
            O("Vårdcentraler", "volymer", note="Visits against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="region-halland-dn-narsjukvard-manadsrapport-2026-03.pdf",
        report={
            "municipality": "Region Halland",
            "committee": ["Driftnämnden Närsjukvård", "Närsjukvården Halland"],
            "period": ["2026-03"],
            "report_type": "månadsrapport",
        },
        metadata={"title": "Månadsrapport mars 2026 Driftnämnden Närsjukvård", "author": "Region Halland"},
        style=style,
        blocks=blocks,
    )
