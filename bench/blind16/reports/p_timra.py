"""Timrå kommun, Barn- och utbildningsnämnden, delårsrapport januari–augusti 2025.

A school committee's interim report in Liberation Serif with Liberation Sans headings, footer with the
nämnd's meeting date in September: the period's surplus "4,6 mnkr mot budget" with its timing reason in the
same sentence ("förklaras till största delen av att statsbidrag har bokförts före motsvarande kostnader"), the
full year "ett underskott på 3,2 mnkr" and the change since April with its cause in the next sentence; a
comment table in tkr whose deviation column is prognos minus budget (a footnote under it says so: "−1 500"
is a surplus and "3 800" a deficit), each comment a reason without an amount (the
row's cell, the direction from the prose), one row with no comment, "Enligt budget." (boilerplate) and a sum
row; investments "väntas överskrida ramen med 0,8 mnkr" beside the ram's level; an action with no effect in
the forecast, goal fulfilment and staff numbers against last year (other).

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, CommentTable, H, P, ReportSpec, Style, Title

from reports.common import BP, A, C, F, O

SIGN = "The column is prognos minus budget (a negative figure is a surplus): the direction is the prose's."


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=11.0,
        leading=1.32,
        para_gap=7.0,
        heading_sizes=(16.0, 12.5, 11.0),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(72.0, 82.0, 72.0, 76.0),
        header=lambda n, m: ("TIMRÅ KOMMUN", "Barn- och utbildningsförvaltningen"),
        footer=lambda n, m: ("Delårsrapport 2025 – Barn- och utbildningsnämnden 2025-09-24", "", f"{n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = CommentTable(
        header=("Verksamhet", "Budget", "Prognos", "Avvikelse*", "Kommentar"),
        rows=(
            (
                ("Förskola", "118 400", "116 900", "−1 500"),
                "Färre barn i förskoleåldern i Söråker och Vivsta än vid budgeteringen. Två avdelningar har inte "
                "öppnats.",
                C("Förskola", "−1 500", "+", "volymer", unit="tkr", table=True, note=SIGN),
            ),
            (
                ("Grundskola F–9", "241 700", "245 500", "3 800"),
                "Kostnaden för elevassistenter och särskilda undervisningsgrupper överstiger budget. Fler elever med "
                "omfattande stödbehov har flyttat in.",
                C("Grundskola F–9", "3 800", "-", "volymer", "bemanning", unit="tkr", table=True, note=SIGN),
            ),
            (
                ("Gymnasieskola", "96 300", "98 000", "1 700"),
                "Interkommunala ersättningar till Sundsvall blir högre när fler elever väljer program som inte finns "
                "på Timrå gymnasium.",
                C(
                    "Gymnasieskola",
                    "1 700",
                    "-",
                    "kopt_verksamhet",
                    "volymer",
                    unit="tkr",
                    table=True,
                    note=SIGN,
                ),
            ),
            (("Fritidshem", "34 100", "33 800", "−300"), "", None),
            (
                ("Vuxenutbildning", "22 600", "21 400", "−1 200"),
                "Det regionala yrkesvuxstödet har blivit större än väntat.",
                C("Vuxenutbildning", "−1 200", "+", "statsbidrag", unit="tkr", table=True, note=SIGN),
            ),
            (
                ("Skolmåltider", "27 900", "28 600", "700"),
                "Livsmedelspriserna har fortsatt att stiga.",
                C("Skolmåltider", "700", "-", "prisokningar", unit="tkr", table=True, note=SIGN),
            ),
            (
                ("Nämnd och administration", "11 000", "11 000", "0"),
                "Enligt budget.",
                BP("Nämnd och administration"),
            ),
            (("Summa", "552 000", "555 200", "3 200"), "", None),
        ),
        widths=(112.0, 50.0, 50.0, 64.0),
        size=8.5,
    )
    blocks = [
        Title("Delårsrapport januari–augusti 2025", size=20, font="arial-bold", after=2),
        Title("Barn- och utbildningsnämnden", size=13, font="times", after=14),
        H("Ekonomisk sammanfattning", 2),
        P(
            "Nämnden redovisar för perioden ett överskott på 4,6 mnkr mot budget, men överskottet förklaras till "
            "största delen av att statsbidrag har bokförts före motsvarande kostnader.",
            C(
                None,
                "4,6 mnkr",
                "+",
                "periodisering",
                "statsbidrag",
                note="The period's surplus with its timing reason in the same sentence.",
            ),
        ),
        PS(
            ("Helårsprognosen är ett underskott på 3,2 mnkr.", C(None, "3,2 mnkr", "-")),
            (
                "Det är 1,0 mnkr bättre än prognosen i april, främst eftersom nämnden har fått del av det utökade "
                "statsbidraget för sommarskola.",
                F(None, "1,0 mnkr", "+", "statsbidrag"),
            ),
        ),
        H("Prognos per verksamhet, tkr", 3),
        table,
        P("* Avvikelse = prognos minus budget. Ett negativt tal är ett överskott.", size=8.5),
        H("Investeringar", 2),
        P(
            "Investeringsramen för 2025 är 6,5 mnkr. Inköpen av digitala verktyg till grundskolan har blivit dyrare "
            "än planerat, och investeringarna väntas överskrida ramen med 0,8 mnkr.",
            C(
                "Investeringar",
                "0,8 mnkr",
                "-",
                "it_digitalisering",
                "prisokningar",
                note="An investment overrun; the ram's level is not the amount.",
            ),
        ),
        H("Åtgärder", 2),
        P(
            "Förvaltningen ser över organisationen av de särskilda undervisningsgrupperna inför vårterminen. Någon "
            "effekt är inte medräknad i prognosen.",
            A("Grundskola F–9", None, "omstallning"),
        ),
        H("Måluppfyllelse", 2),
        P(
            "Andelen elever i årskurs 9 med behörighet till gymnasiets yrkesprogram var 84,1 procent våren 2025, "
            "jämfört med 80,6 procent året innan.",
            O(None, note="Goal fulfilment against last year."),
        ),
        H("Personal", 2),
        P(
            "Antalet årsarbetare har ökat med 14 sedan augusti 2024, främst elevassistenter.",
            O(None, note="Staff numbers against last year."),
        ),
    ]
    return ReportSpec(
        file="timra-bun-delarsrapport-2025-08.pdf",
        report={
            "municipality": "Timrå",
            "committee": ["Barn- och utbildningsnämnden"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={"title": "Delårsrapport 2025 Barn- och utbildningsnämnden", "author": "Timrå kommun"},
        style=style,
        blocks=blocks,
    )
