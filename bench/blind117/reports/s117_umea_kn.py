"""Umeå kommun, Kulturnämnden, tertialrapport 1 2026 (januari–april).

A culture committee's tertial report, set in Liberation Sans (Arial metrics) 9.5 pt, footer with the nämnd's
meeting date in May: the full year's "underskott på 2,2 mnkr" and the period "0,6 mnkr lägre än beräknat"
(costs under the periodised budget: positive) with its timing reason in the same sentence; a reading note (tkr,
budget − prognos, negative = underskott) and a table with U+2212 signs; then two columns of bold run-in
verksamheter with a colon: reasons only (the rows' "−1 150" and "300"), a revenue part "1,9 mnkr lägre" that
is offset (so the row's "−1 400"), "Ett överskott på 0,8 mnkr väntas", fees "750 tkr lägre än budget" and "följer
budget" (boilerplate); the change since February; investments "Av investeringsbudgeten på 6,5 mnkr beräknas
4,2 mnkr" (2,3 never written out) and two purchases "1,3 respektive 1,0 mnkr lägre"; an action and visitor
numbers against last year (other).

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import Columns, H, P, PageBreak, ReportSpec, Style, Table, Title

from reports.common import BP, LP, A, C, F, O

ROW = "Reasons only in the prose: the table row's deviation (tkr)."


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=9.5,
        leading=1.38,
        para_gap=6.0,
        heading_sizes=(15.0, 12.0, 10.0),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(60.0, 78.0, 60.0, 72.0),
        gutter=20.0,
        header=lambda n, m: ("Umeå kommun", "Kulturnämnden – Tertialrapport 1 2026"),
        footer=lambda n, m: ("Kulturnämnden 2026-05-28", "", f"Sida {n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Driftredovisning per verksamhet, tkr",
        header=(("Verksamhet", "Budget 2026", "Utfall jan–apr", "Prognos 2026", "Avvikelse"),),
        rows=(
            ("Nämnd och administration", "8 900", "2 840", "8 600", "300"),
            ("Bibliotek", "62 400", "20 100", "63 550", "−1 150"),
            ("Kulturhus och scener", "41 700", "15 900", "43 100", "−1 400"),
            ("Museer och konst", "28 300", "8 700", "27 500", "800"),
            ("Kulturskolan", "35 600", "11 200", "36 350", "−750"),
            ("Stöd till föreningar", "19 800", "9 400", "19 800", "0"),
            ("Summa", "196 700", "68 140", "198 900", "−2 200"),
        ),
        widths=(140.0, 70.0, 76.0, 74.0, 70.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Tertialrapport 1 2026", size=20, font="arial-bold", after=2),
        Title("Kulturnämnden", size=12, font="arial", after=12),
        H("Ekonomisk sammanfattning", 2),
        P(
            "Kulturnämnden prognostiserar ett underskott på 2,2 mnkr för helåret.",
            C(None, "2,2 mnkr", "-"),
        ),
        P(
            "Jämfört med budgetens periodisering är utfallet för januari–april 0,6 mnkr lägre än beräknat, vilket "
            "främst beror på att flera evenemang är planerade till hösten.",
            C(None, "0,6 mnkr", "+", "periodisering", note="Costs under the periodised budget: positive."),
        ),
        P(
            "Avvikelse avser budget minus prognos. Negativa belopp innebär underskott. Belopp i tkr.",
            size=8.5,
        ),
        table,
        H("Kommentarer per verksamhet", 2),
        Columns(2),
        LP(
            "Bibliotek:",
            "Hyran för de nya bibliotekslokalerna i Västerslätt har räknats upp med index mer än beräknat, och "
            "meröppet på tre filialer har krävt mer bemanning än planerat.",
            C(
                "Bibliotek",
                "−1 150",
                "-",
                "lokaler",
                "prisokningar",
                "bemanning",
                unit="tkr",
                table=True,
                note=ROW,
            ),
        ),
        LP(
            "Kulturhus och scener:",
            "Biljettintäkterna väntas bli 1,9 mnkr lägre än budgeterat, eftersom två gästspel har ställts in. "
            "Lägre kostnader för artistarvoden väger delvis upp.",
            C(
                "Kulturhus och scener",
                "−1 400",
                "-",
                "avgifter_intakter",
                unit="tkr",
                table=True,
                note="The revenue shortfall is a part, offset by lower fees: the row's cell.",
            ),
        ),
        LP(
            "Museer och konst:",
            "Ett överskott på 0,8 mnkr väntas, främst eftersom en tjänst som intendent är vakant till hösten och "
            "energikostnaderna för konsthallen har blivit lägre än beräknat.",
            C("Museer och konst", "0,8 mnkr", "+", "vakanser", "prisokningar"),
        ),
        LP(
            "Kulturskolan:",
            "Fler elever än väntat betalar reducerad avgift efter att syskonrabatten utökades, och "
            "avgiftsintäkterna blir 750 tkr lägre än budget.",
            C("Kulturskolan", "750 tkr", "-", "avgifter_intakter"),
        ),
        LP(
            "Stöd till föreningar:",
            "Bidragen följer budget.",
            BP("Stöd till föreningar"),
        ),
        LP(
            "Nämnd och administration:",
            "Lägre kostnader för konsulter än budgeterat.",
            C("Nämnd och administration", "300", "+", "inhyrd_personal", unit="tkr", table=True, note=ROW),
        ),
        LP(
            "Förändring:",
            "Prognosen har försämrats med 0,9 mnkr sedan februari, när gästspelen ställdes in.",
            F(None, "0,9 mnkr", "-", "avgifter_intakter"),
        ),
        PageBreak(),
        Columns(1),
        H("Investeringar", 2),
        P(
            "Av investeringsbudgeten på 6,5 mnkr beräknas 4,2 mnkr användas under 2026.",
            C(
                "Investeringar",
                "Av investeringsbudgeten på 6,5 mnkr beräknas 4,2 mnkr",
                "+",
                value=2_300_000,
                note="An under-spend of 2,3 mnkr never written out: the computed value. No reason here.",
            ),
        ),
        P(
            "Inköpen av scenteknik till kulturhuset och av ny utställningsteknik till museet blir 1,3 respektive 1,0 "
            "mnkr lägre än budgeterat i år, eftersom upphandlingarna har dragit ut på tiden.",
            C(
                "Scenteknik",
                "1,3",
                "+",
                "periodisering",
                unit="mnkr",
                note="A 'respektive' pair after the total: one item per purchase.",
                also=(C("Utställningsteknik", "1,0 mnkr", "+", "periodisering"),),
            ),
        ),
        H("Åtgärder", 2),
        P(
            "Nämnden har beslutat att skjuta två utställningar till 2027, vilket minskar kostnaderna med 0,5 mnkr i "
            "år.",
            A("Museer och konst", "0,5 mnkr"),
        ),
        H("Verksamhet", 2),
        P(
            "Antalet besök på biblioteken ökade med 7 procent jämfört med samma period 2025, vilket främst beror på "
            "de utökade öppettiderna.",
            O("Bibliotek", note="Visitors against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="umea-kn-tertialrapport-2026-04.pdf",
        report={
            "municipality": "Umeå",
            "committee": ["Kulturnämnden"],
            "period": ["2026-04"],
            "report_type": "tertialrapport",
        },
        metadata={"title": "Tertialrapport 1 2026 Kulturnämnden", "author": "Umeå kommun"},
        style=style,
        blocks=blocks,
    )
