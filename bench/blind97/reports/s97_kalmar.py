"""Kalmar kommun, Fritidsnämnden, delårsrapport januari–augusti 2025.

A leisure committee's interim report in "miljoner kronor" and tkr, footer with the fullmäktige date in
October: the full year's "underskott på 2,1 miljoner kronor jämfört med tilldelad budgetram" and the period's
"utfallet 0,4 miljoner kronor högre än periodens budget" (a net cost above the period's budget: negative) in
two sentences, the change since April, then a comment table whose deviation column puts deficits in brackets
("(1 250)"): four commented rows whose amount is the row's cell, "Verksamheten följer budget" (boilerplate)
and two rows with no comment (administration and the sum), personnel costs "0,3 mnkr under budget för
perioden" (positive), revenue "0,5 mnkr lägre än budgeterat för perioden" (negative), an action with its full-year effect, investments "18,5 miljoner kronor och prognosen är
12,0 miljoner kronor" (6,5 never written out), equity and visitors against last year (other). Liberation
Sans (Arial metrics) 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import CommentTable, H, P, Para, ReportSpec, Style, Title

from reports.common import BP, A, C, F, O

CELL = "A comment in the table's comment column: the amount is its row's deviation cell."


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=10.0,
        leading=1.36,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(68.0, 78.0, 68.0, 72.0),
        header=lambda n, m: ("KALMAR KOMMUN", "Fritidsnämnden"),
        footer=lambda n, m: ("Delårsrapport 2025", "Kommunfullmäktige 2025-10-27", f"{n}"),
        header_size=8.0,
    )
    table = CommentTable(
        header=("Verksamhet, tkr", "Budget", "Prognos", "Avvikelse", "Kommentar"),
        rows=(
            (
                ("Simhallar", "14 300", "15 550", "(1 250)"),
                "Energikostnaderna för uppvärmning av bassängvattnet är högre än budgeterat och entréintäkterna har "
                "minskat under stängningen för reparation av reningsverket i juni.",
                C(
                    "Simhallar",
                    "(1 250)",
                    "-",
                    "prisokningar",
                    "avgifter_intakter",
                    "ovrigt",
                    unit="tkr",
                    table=True,
                    note=CELL + " A repair closure is ovrigt.",
                ),
            ),
            (
                ("Idrottsanläggningar", "22 800", "23 400", "(600)"),
                "Ökade kostnader för underhåll av konstgräsplanerna och för snöröjning av planerna i början av året.",
                C("Idrottsanläggningar", "(600)", "-", "ovrigt", unit="tkr", table=True, note=CELL),
            ),
            (
                ("Föreningsbidrag", "9 600", "9 200", "400"),
                "Färre föreningar än förväntat har sökt anläggningsbidrag.",
                C("Föreningsbidrag", "400", "+", "volymer", unit="tkr", table=True, note=CELL),
            ),
            (
                ("Fritidsgårdar", "11 400", "11 950", "(550)"),
                "Utökat kvällsöppet under sommarlovet har krävt fler timanställda än planerat.",
                C("Fritidsgårdar", "(550)", "-", "bemanning", unit="tkr", table=True, note=CELL),
            ),
            (
                ("Friluftsliv och badplatser", "3 900", "3 900", "0"),
                "Verksamheten följer budget.",
                BP("Friluftsliv och badplatser"),
            ),
            (("Administration", "6 200", "6 300", "(100)"), "", None),
            (("Summa", "68 200", "70 300", "(2 100)"), "", None),
        ),
        widths=(118.0, 46.0, 48.0, 54.0),
        size=8.5,
    )
    blocks = [
        Title("Delårsrapport 2025", size=20, font="arial-bold", after=2),
        Title("Fritidsnämnden, januari–augusti", size=12, font="arial", after=14),
        H("Ekonomisk sammanfattning", 2),
        Para(
            (
                (
                    "Fritidsnämndens prognos för helåret är ett underskott på 2,1 miljoner kronor jämfört med "
                    "tilldelad budgetram.",
                    C(None, "2,1 miljoner kronor", "-"),
                ),
                (
                    "Till och med augusti är utfallet 0,4 miljoner kronor högre än periodens budget.",
                    C(
                        None,
                        "0,4 miljoner kronor",
                        "-",
                        note="The period's net cost above the period's budget: a negative period deviation.",
                    ),
                ),
            )
        ),
        P(
            "Jämfört med prognosen i april har underskottet ökat med 0,6 miljoner kronor.",
            F(None, "0,6 miljoner kronor", "-"),
        ),
        H("Avvikelser per verksamhet", 2),
        table,
        H("Personal och intäkter", 2),
        P(
            "Personalkostnaderna ligger 0,3 mnkr under budget för perioden, vilket beror på vakanta tjänster som "
            "anläggningsvärd under våren.",
            C("Personalkostnader", "0,3 mnkr", "+", "vakanser"),
        ),
        P(
            "Intäkterna är 0,5 mnkr lägre än budgeterat för perioden, framför allt till följd av färre bokningar av "
            "idrottshallarna under sommaren.",
            C("Intäkter", "0,5 mnkr", "-", "avgifter_intakter", "volymer"),
        ),
        H("Åtgärder", 2),
        P(
            "För att minska underskottet har nämnden beslutat att sänka temperaturen i bassängerna med en grad och "
            "att begränsa öppettiderna under juli nästa år. Åtgärderna beräknas minska kostnaderna med 300 tkr på "
            "helårsbasis.",
            A("Simhallar", "300 tkr", "prisokningar"),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsbudgeten för 2025 uppgår till 18,5 miljoner kronor och prognosen är 12,0 miljoner kronor. "
            "Upprustningen av ett av elljusspåren har blivit försenad efter en överprövad upphandling.",
            C(
                "Investeringar",
                "18,5 miljoner kronor och prognosen är 12,0 miljoner kronor",
                "+",
                "periodisering",
                value=6_500_000,
                note="Under-spending of 6,5 never written out: the computed value.",
            ),
        ),
        H("Eget kapital", 2),
        P(
            "Nämndens eget kapital uppgår till 1,2 miljoner kronor. Nämnden föreslår inte att det används för att "
            "täcka årets underskott.",
            O(None, "reserver", note="Equity: other."),
        ),
        H("Verksamhet", 2),
        P(
            "Antalet besökare i simhallarna var 12 procent färre än samma period förra året.",
            O("Simhallar", "volymer", note="Visitors against the previous year."),
        ),
    ]
    return ReportSpec(
        file="kalmar-fn-delarsrapport-2025-08.pdf",
        report={
            "municipality": "Kalmar",
            "committee": ["Fritidsnämnden"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={"title": "Delårsrapport 2025 Fritidsnämnden", "author": "Kalmar kommun"},
        style=style,
        blocks=blocks,
    )
