"""Trelleborgs kommun, Kultur- och fritidsnämnden, tertialrapport 1 2026.

A culture and leisure committee's first tertial report in DejaVu Sans Condensed, footer with the
arbetsutskott's date in May: the full year "1 350 tkr sämre än budget", the period "2,4 mnkr lägre än
periodiserad budget" with its timing reason (positive), a table with deficits in brackets ("(1 200)"), then
en-dash bullets under a generic heading with the area in varied places ("Idrottsanläggningar och bad:" with
the amount last in mnkr, "Kulturhus och scenkonst går 850 tkr sämre än budget", a reason-only deficit (the
row's "(600)"), "Biblioteken redovisar ett överskott om 550 tkr", undistributed funds "750 tkr" (reserver),
"följer budget"), investments where 2,5 mnkr for one project "flyttas till 2027", an action without amount
and library visitors against last year (other).

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import Bullets, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, O


def spec() -> ReportSpec:
    style = Style(
        body="cond",
        bold="cond-bold",
        italic="sans-italic",
        size=10.0,
        leading=1.42,
        para_gap=7.0,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("cond-bold", "cond-bold", "cond-bold"),
        margins=(66.0, 80.0, 66.0, 74.0),
        header=lambda n, m: ("Trelleborgs kommun – Kultur- och fritidsförvaltningen", ""),
        footer=lambda n, m: ("Kultur- och fritidsnämndens arbetsutskott 2026-05-12", "", f"{n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Helårsprognos per verksamhet, tkr (underskott inom parentes)",
        header=(("Verksamhet", "Budget 2026", "Prognos 2026", "Avvikelse"),),
        rows=(
            ("Bibliotek", "38 200", "37 650", "550"),
            ("Kulturhus och scenkonst", "24 600", "25 450", "(850)"),
            ("Fritidsgårdar", "19 800", "20 400", "(600)"),
            ("Idrottsanläggningar och bad", "52 100", "53 300", "(1 200)"),
            ("Föreningsbidrag", "14 500", "14 500", "0"),
            ("Nämnd och ledning", "9 700", "8 950", "750"),
            ("Summa", "158 900", "160 250", "(1 350)"),
        ),
        widths=(170.0, 78.0, 78.0, 70.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Tertialrapport 1 2026", size=18, font="cond-bold", after=2),
        Title("Kultur- och fritidsnämnden", size=12, font="cond", after=12),
        H("Ekonomisk uppföljning", 2),
        P(
            "Kultur- och fritidsnämnden bedömer att årets resultat blir 1 350 tkr sämre än budget.",
            C(None, "1 350 tkr", "-"),
        ),
        P(
            "Utfallet för januari–april är 2,4 mnkr lägre än periodiserad budget, vilket beror på att största "
            "delen av föreningsbidragen betalas ut i maj.",
            C(
                None,
                "2,4 mnkr",
                "+",
                "periodisering",
                note="A net cost under the periodised budget: positive.",
            ),
        ),
        table,
        H("Kommentarer per verksamhet", 3),
        Bullets(
            (
                "Idrottsanläggningar och bad: badhuset har haft ökade energikostnader och ett längre driftstopp i "
                "februari efter ett pumphaveri, vilket ger ett underskott på 1,2 mnkr.",
                "Kulturhus och scenkonst går 850 tkr sämre än budget eftersom biljettintäkterna för vårens "
                "föreställningar blev lägre än väntat.",
                "Fritidsgårdar: utökade personalinsatser under sportlovet och påsklovet, som inte finansieras med "
                "statsbidrag i år, ger ett underskott.",
                "Biblioteken redovisar ett överskott om 550 tkr på grund av vakanta bibliotekarietjänster.",
                "Nämnd och ledning: ej fördelade medel för kulturstrategiska satsningar, 750 tkr, ger ett positivt "
                "utfall.",
                "Föreningsbidragen följer budget.",
            ),
            labels=(
                C(
                    "Idrottsanläggningar och bad",
                    "1,2 mnkr",
                    "-",
                    "prisokningar",
                    "ovrigt",
                    note="Energy costs are prisokningar, a pump failure ovrigt.",
                ),
                C("Kulturhus och scenkonst", "850 tkr", "-", "avgifter_intakter"),
                C(
                    "Fritidsgårdar",
                    "(600)",
                    "-",
                    "bemanning",
                    "statsbidrag",
                    unit="tkr",
                    table=True,
                    note="Reason only: the row's bracketed cell.",
                ),
                C("Bibliotek", "550 tkr", "+", "vakanser"),
                C("Nämnd och ledning", "750 tkr", "+", "reserver", note="Undistributed funds: reserver."),
                BP("Föreningsbidrag"),
            ),
            glyph="–",
        ),
        H("Investeringar", 2),
        P(
            "Av investeringsbudgeten om 12,0 mnkr har 1,8 mnkr använts under perioden. Hela budgeten beräknas "
            "förbrukas, förutom konstgräsplanen i Anderslöv där 2,5 mnkr flyttas till 2027 eftersom bygglovet har "
            "överklagats.",
            C(
                "Konstgräsplan i Anderslöv",
                "2,5 mnkr",
                "+",
                "periodisering",
                note="A project's money moved to next year: under-spending, positive.",
            ),
        ),
        H("Åtgärder", 2),
        P(
            "Förvaltningen ser över öppettiderna på badhuset inför sommaren för att minska underskottet.",
            A("Idrottsanläggningar och bad", None),
        ),
        H("Verksamhet", 2),
        P(
            "Antalet besök på biblioteken ökade med 6 procent jämfört med samma period förra året.",
            O("Bibliotek", "volymer", note="Visitors against the previous year."),
        ),
    ]
    return ReportSpec(
        file="trelleborg-kfn-tertialrapport-2026-04.pdf",
        report={
            "municipality": "Trelleborg",
            "committee": ["Kultur- och fritidsnämnden"],
            "period": ["2026-04"],
            "report_type": "tertialrapport",
        },
        metadata={
            "title": "Tertialrapport 1 2026 Kultur- och fritidsnämnden",
            "author": "Trelleborgs kommun",
        },
        style=style,
        blocks=blocks,
    )
