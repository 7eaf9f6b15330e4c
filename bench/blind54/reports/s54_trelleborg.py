"""Trelleborgs kommun, Kultur- och fritidsnämnden, verksamhetsberättelse 2025.

A culture and leisure year-end report: the result "ett överskott på drygt två miljoner kronor jämfört med
budget" in words with its reasons in the next sentence, the outcome against the interim report's forecast with
a cause (a forecast change) and net cost growth against 2024 (other); a result table whose last column is
each row's comment, deficits in brackets ("(450)"), reasons without amounts (each row's cell), one "I nivå med
budget." (boilerplate), one row with no comment and a sum row; investments "Av investeringsbudgeten på 8,5 mnkr
har 5,1 mnkr förbrukats" (3,4 mnkr never written out) and a risk for next year (other). Liberation Sans 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import CommentTable, H, P, ReportSpec, Style, Title

from reports.common import BP, C, F, O

ROW = "Comment column: the row's deviation cell is the amount."


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=10.0,
        leading=1.38,
        para_gap=7.0,
        heading_sizes=(16.0, 12.5, 10.5),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(66.0, 80.0, 66.0, 72.0),
        header=lambda n, m: ("Trelleborgs kommun", "Kultur- och fritidsnämnden"),
        footer=lambda n, m: ("Fastställd av kultur- och fritidsnämnden 2026-02-17", "", f"{n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = CommentTable(
        header=("Verksamhet, tkr", "Budget", "Utfall", "Avvikelse", "Kommentar"),
        rows=(
            (
                ("Nämnd och förvaltning", "6 850", "6 420", "430"),
                "Lägre kostnader för konsulter än budgeterat.",
                C("Nämnd och förvaltning", "430", "+", "inhyrd_personal", unit="tkr", table=True, note=ROW),
            ),
            (
                ("Bibliotek", "21 300", "21 750", "(450)"),
                "Inköpen av e-böcker har blivit dyrare när licensavgifterna höjdes vid årsskiftet.",
                C(
                    "Bibliotek",
                    "(450)",
                    "-",
                    "prisokningar",
                    "it_digitalisering",
                    unit="tkr",
                    table=True,
                    note=ROW + " Deficit in brackets.",
                ),
            ),
            (
                ("Kulturverksamhet", "14 100", "14 080", "20"),
                "I nivå med budget.",
                BP("Kulturverksamhet", note="The row says 20."),
            ),
            (
                ("Fritidsgårdar", "12 600", "11 700", "900"),
                "Två fritidsledartjänster har varit vakanta under hela året, och Östra fritidsgården har haft "
                "kortare öppettider.",
                C("Fritidsgårdar", "900", "+", "vakanser", unit="tkr", table=True, note=ROW),
            ),
            (
                ("Idrottsanläggningar", "32 400", "33 310", "(910)"),
                "Högre energikostnader i ishallen och skadegörelse på konstgräsplanen vid Söderslättsplanen.",
                C(
                    "Idrottsanläggningar",
                    "(910)",
                    "-",
                    "prisokningar",
                    "ovrigt",
                    unit="tkr",
                    table=True,
                    note=ROW + " Vandalism is ovrigt.",
                ),
            ),
            (
                ("Simhall", "18 200", "15 950", "2 250"),
                "Simhallen var stängd för renovering från september till december, vilket gav lägre kostnader för "
                "personal och energi men också lägre entréintäkter.",
                C(
                    "Simhall",
                    "2 250",
                    "+",
                    "ovrigt",
                    unit="tkr",
                    table=True,
                    note=ROW
                    + " A closure for renovation is ovrigt; the lower revenue is an offsetting part.",
                ),
            ),
            (("Föreningsbidrag", "9 800", "9 830", "(30)"), "", None),
            (("Summa", "115 250", "113 040", "2 210"), "", None),
        ),
        widths=(128.0, 50.0, 50.0, 56.0),
        size=8.5,
    )
    blocks = [
        Title("Verksamhetsberättelse 2025", size=20, font="arial-bold", after=2),
        Title("Kultur- och fritidsnämnden", size=13, font="arial", after=14),
        H("Ekonomisk sammanfattning", 1),
        P(
            "Kultur- och fritidsnämnden redovisar för 2025 ett överskott på drygt två miljoner kronor jämfört med "
            "budget. Överskottet beror främst på att simhallen var stängd för renovering under hösten och att "
            "flera tjänster har stått vakanta.",
            C(
                None,
                "drygt två miljoner kronor",
                "+",
                "ovrigt",
                "vakanser",
                value=2_000_000,
                note="Amount in words; the stated figure. The table's sum is 2 210.",
            ),
        ),
        P(
            "Jämfört med prognosen i delårsrapporten blev resultatet 0,6 mnkr bättre, främst genom högre intäkter "
            "från sommarlovsaktiviteter.",
            F(None, "0,6 mnkr", "+", "avgifter_intakter"),
        ),
        P(
            "Nämndens nettokostnader ökade med 3,4 procent jämfört med 2024.",
            O(None, note="Against the previous year: other."),
        ),
        H("Driftredovisning per verksamhet", 2),
        table,
        H("Investeringar", 2),
        P(
            "Av investeringsbudgeten på 8,5 mnkr har 5,1 mnkr förbrukats. Den nya belysningen i Skogsbyns "
            "motionsspår kunde inte slutföras, eftersom leverantören inte levererade armaturerna i tid.",
            C(
                "Investeringar",
                "8,5 mnkr har 5,1 mnkr",
                "+",
                "periodisering",
                value=3_400_000,
                note="Investment under-spending of 3,4 mnkr, never written out: the computed value.",
            ),
        ),
        H("Framtid", 2),
        P(
            "Inför 2026 ser nämnden en risk att hyran för det nya kulturhuset blir högre än den ram som "
            "fullmäktige har beslutat.",
            O(None, note="A risk for next year: other."),
        ),
    ]
    return ReportSpec(
        file="trelleborg-kfn-verksamhetsberattelse-2025.pdf",
        report={
            "municipality": "Trelleborg",
            "committee": ["Kultur- och fritidsnämnden"],
            "period": ["2025", "2025-12"],
            "report_type": "verksamhetsberättelse",
        },
        metadata={"title": "Verksamhetsberättelse 2025", "author": "Trelleborgs kommun"},
        style=style,
        blocks=blocks,
    )
