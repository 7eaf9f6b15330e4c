"""Haninge kommun, Kultur- och fritidsnämnden, delårsrapport januari–augusti 2025.

A culture and leisure committee's interim report in mnkr, footer with the nämnd's meeting date in September: the
period's "överskott mot budget med 2,1 mnkr" and the full year's "överskott om 0,6 mnkr" in two sentences, the
period surplus's timing reason in a paragraph of its own (amount null), a comment table whose last column
explains each row (reasons without amounts, so the row's cell: "1,1", "-0,8"), a row whose comment "följer
budget" (boilerplate) and a row with no comment; the change since the tertial report, an action with "cirka 0,3
mnkr", investments "Avvikelsen på 2,6 mnkr avser" and library visits against last year with "beror på"
(other). DejaVu Sans 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, CommentTable, H, P, ReportSpec, Style, Title

from reports.common import BP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.42,
        para_gap=7.0,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(64.0, 78.0, 64.0, 72.0),
        header=lambda n, m: ("Haninge kommun", "Kultur- och fritidsförvaltningen"),
        footer=lambda n, m: ("Delårsrapport 2025 – Kultur- och fritidsnämnden 2025-09-24", "", f"Sida {n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    rows = (
        (
            ("Bibliotek", "48,2", "47,1", "1,1"),
            "Vakanta bibliotekarietjänster under våren och lägre kostnader för medieinköp än planerat.",
            C(
                "Bibliotek",
                "1,1",
                "+",
                "vakanser",
                unit="mnkr",
                table=True,
                note="A comment without an amount: the row's deviation cell.",
            ),
        ),
        (
            ("Kulturskola", "31,5", "32,3", "-0,8"),
            "Fler elever i ensemble och dans än planerat har krävt fler lärartimmar.",
            C("Kulturskola", "-0,8", "-", "volymer", unit="mnkr", table=True),
        ),
        (
            ("Fritidsgårdar", "22,9", "22,1", "0,8"),
            "Fritidsgården i Jordbro har varit stängd under ombyggnad i sex veckor.",
            C(
                "Fritidsgårdar",
                "0,8",
                "+",
                "ovrigt",
                unit="mnkr",
                table=True,
                note="Closed for rebuilding: ovrigt.",
            ),
        ),
        (
            ("Idrottsanläggningar", "64,0", "65,2", "-1,2"),
            "Högre kostnader för el och fjärrvärme i simhallen samt en oplanerad reparation av konstgräsplanen i "
            "Brandbergen.",
            C("Idrottsanläggningar", "-1,2", "-", "prisokningar", "ovrigt", unit="mnkr", table=True),
        ),
        (
            ("Föreningsbidrag", "18,4", "18,4", "0,0"),
            "Utbetalningarna följer budget.",
            BP("Föreningsbidrag"),
        ),
        (
            ("Kulturarrangemang", "9,7", "9,0", "0,7"),
            "Två arrangemang på sommarscenen ställdes in på grund av väder, vilket gav lägre kostnader än beräknat.",
            C("Kulturarrangemang", "0,7", "+", "ovrigt", unit="mnkr", table=True),
        ),
        (("Nämnd och administration", "12,3", "12,3", "0,0"), "", None),
        (("Summa", "207,0", "206,4", "0,6"), "", None),
    )
    blocks = [
        Title("Delårsrapport januari–augusti 2025", size=18, font="sans-bold", after=2),
        Title("Kultur- och fritidsnämnden", size=12, font="sans", after=12),
        H("Ekonomisk sammanfattning", 2),
        PS(
            (
                "Nämnden redovisar för perioden ett överskott mot budget med 2,1 mnkr.",
                C(None, "2,1 mnkr", "+", note="The period in a sentence of its own."),
            ),
            ("Helårsprognosen är ett överskott om 0,6 mnkr.", C(None, "0,6 mnkr", "+")),
        ),
        P(
            "Periodens överskott beror till största delen på att sommarens evenemang faktureras först i september.",
            C(
                None,
                None,
                "+",
                "periodisering",
                note="The period surplus's reason apart from its amount: null.",
            ),
        ),
        P(
            "Prognosen är 0,4 mnkr bättre än i tertialrapporten per april.",
            F(None, "0,4 mnkr", "+"),
        ),
        H("Prognos per verksamhet", 2),
        CommentTable(
            header=("Mnkr", "Budget", "Prognos", "Avvikelse", "Kommentar"),
            rows=rows,
            widths=(112.0, 46.0, 48.0, 54.0),
            size=8.5,
        ),
        H("Åtgärder", 2),
        P(
            "Nämnden har beslutat att senarelägga inköpet av ny scenutrustning till 2026, vilket minskar årets "
            "kostnader med cirka 0,3 mnkr.",
            A(None, "cirka 0,3 mnkr", "material_hjalpmedel"),
        ),
        H("Investeringar", 2),
        P(
            "Av årets investeringsram på 14,0 mnkr beräknas 11,4 mnkr förbrukas. Avvikelsen på 2,6 mnkr avser den "
            "nya spontanidrottsplatsen i Vendelsö, som blir klar först under våren 2026.",
            C("Investeringar", "2,6 mnkr", "+", "periodisering"),
        ),
        H("Verksamhetsmått", 2),
        P(
            "Antalet besök på biblioteken ökade med 6 procent jämfört med samma period 2024, vilket beror på de "
            "utökade öppettiderna i Handen.",
            O("Bibliotek", "volymer", note="Visits against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="haninge-kfn-delarsrapport-2025-08.pdf",
        report={
            "municipality": "Haninge",
            "committee": ["Kultur- och fritidsnämnden"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={"title": "Delårsrapport 2025 Kultur- och fritidsnämnden", "author": "Haninge kommun"},
        style=style,
        blocks=blocks,
    )
