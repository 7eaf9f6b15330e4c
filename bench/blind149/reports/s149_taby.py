"""Täby kommun, Kultur- och fritidsnämnden, tertialrapport 1 2026.

A culture and leisure committee's tertial report, header with the kommun, footer with the nämnd's meeting in
May: the period ("0,8 mnkr lägre än periodiserad budget") and the full year ("ett överskott på 1,4 mnkr") in
one sentence, the change since February with its cause (a forecast change); a table whose last column is each
row's comment (CommentTable) in tkr with U+2212 minus signs, where one comment names its own amount ("600 tkr
högre än budgeterat"), the others give reasons only (each takes its row's cell: "300", "800", "1 500",
"−500"), one says "Prognos enligt budget" (boilerplate) and one row has no comment (unlabelled); investments
"12,5 mnkr lägre än budget"; an action with its effect, a procurement risk and library loans against 2025
(others). DejaVu Sans 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import CommentTable, H, P, ReportSpec, Style, Title

from reports.common import BP, A, C, F, O

ROW = "A comment-column reason with no amount: the row's deviation cell (tkr)."


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.4,
        para_gap=6.5,
        heading_sizes=(16.0, 12.0, 10.0),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(60.0, 76.0, 60.0, 72.0),
        header=lambda n, m: ("Täby kommun", "Tertialrapport 1 2026"),
        footer=lambda n, m: ("Kultur- och fritidsnämnden 2026-05-26", "", f"{n}/{m}"),
        header_size=8.0,
        rule_under_header=True,
    )
    comments = CommentTable(
        header=("Verksamhet, tkr", "Budget", "Prognos", "Avvikelse", "Kommentar"),
        rows=(
            (
                ("Nämnd och förvaltningsledning", "9 800", "9 500", "300"),
                "Tjänsten som kulturstrateg har varit vakant under våren.",
                C("Nämnd och förvaltningsledning", "300", "+", "vakanser", unit="tkr", table=True, note=ROW),
            ),
            (
                ("Bibliotek", "42 300", "42 900", "−600"),
                "Hyran för det nya biblioteket i Näsbypark blev 600 tkr högre än budgeterat.",
                C(
                    "Bibliotek",
                    "600 tkr",
                    "-",
                    "lokaler",
                    note="A comment that names its own amount: from the prose.",
                ),
            ),
            (
                ("Kulturskola", "31 200", "30 400", "800"),
                "Fler elever har anmält sig till kurserna, vilket ger högre avgiftsintäkter.",
                C(
                    "Kulturskola",
                    "800",
                    "+",
                    "volymer",
                    "avgifter_intakter",
                    unit="tkr",
                    table=True,
                    note=ROW,
                ),
            ),
            (
                ("Idrottsanläggningar", "88 600", "87 100", "1 500"),
                "Elpriset har varit lägre än budgeterat och Ängsbadet har haft fler besökare, vilket ger högre "
                "entréintäkter.",
                C(
                    "Idrottsanläggningar",
                    "1 500",
                    "+",
                    "prisokningar",
                    "volymer",
                    "avgifter_intakter",
                    unit="tkr",
                    table=True,
                    note=ROW,
                ),
            ),
            (
                ("Föreningsbidrag", "34 700", "34 700", "0"),
                "Prognos enligt budget.",
                BP("Föreningsbidrag"),
            ),
            (
                ("Fritidsgårdar", "19 400", "19 900", "−500"),
                "Sommarlovsaktiviteterna startar tidigare i år och finansieras bara delvis av statsbidraget.",
                C(
                    "Fritidsgårdar",
                    "−500",
                    "-",
                    "periodisering",
                    "statsbidrag",
                    unit="tkr",
                    table=True,
                    note=ROW,
                ),
            ),
            (("Allmän kultur", "22 600", "22 700", "−100"), "", None),
            (("Summa", "248 600", "247 200", "1 400"), "", None),
        ),
        widths=(132.0, 48.0, 48.0, 54.0),
        size=8.5,
    )
    blocks = [
        Title("Tertialrapport 1 2026", size=20, font="sans-bold", after=2),
        Title("Kultur- och fritidsnämnden", size=12, font="sans", after=12),
        H("Verksamheten under perioden", 2),
        P(
            "Under årets första fyra månader har det nya biblioteket i Näsbypark öppnat och kulturskolan har startat "
            "en ny kurs i digitalt skapande för mellanstadiet."
        ),
        H("Ekonomi", 2),
        P(
            "Efter årets första fyra månader är nettokostnaderna 0,8 mnkr lägre än periodiserad budget, och för "
            "helåret prognostiseras ett överskott på 1,4 mnkr.",
            C(
                None,
                "1,4 mnkr",
                "+",
                note="The period and the full year in one sentence: the full year's amount.",
            ),
        ),
        P(
            "Prognosen är 0,6 mnkr bättre än i februariuppföljningen, främst eftersom elpriset har sjunkit.",
            F(None, "0,6 mnkr", "+", "prisokningar"),
        ),
        comments,
        P(
            "En osäkerhet är upphandlingen av driften av ishallen, som kan ge högre kostnader från och med hösten.",
            O("Idrottsanläggningar", note="A risk."),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsutgifterna beräknas bli 12,5 mnkr lägre än budget, eftersom renoveringen av "
            "konstgräsplanen vid Tibble skjuts till 2027.",
            C("Investeringar", "12,5 mnkr", "+", "periodisering", note="Investment under-spending."),
        ),
        H("Åtgärder", 2),
        P(
            "Fritidsgårdarnas sommaraktiviteter samordnas med föreningarnas lovverksamhet, vilket beräknas ge 150 "
            "tkr lägre kostnader.",
            A("Fritidsgårdar", "150 tkr"),
        ),
        H("Nyckeltal", 2),
        P(
            "Antalet utlån på biblioteken ökade med 6 procent jämfört med första tertialet 2025.",
            O("Bibliotek", "volymer", note="Loans against the previous year."),
        ),
    ]
    return ReportSpec(
        file="taby-kfn-tertialrapport-2026-04.pdf",
        report={
            "municipality": "Täby",
            "committee": ["Kultur- och fritidsnämnden"],
            "period": ["2026-04"],
            "report_type": "tertialrapport",
        },
        metadata={"title": "Tertialrapport 1 2026 Kultur- och fritidsnämnden", "author": "Täby kommun"},
        style=style,
        blocks=blocks,
    )
