"""Hässleholms kommun, Kultur- och fritidsnämnden, bokslut 2025.

A culture and leisure committee's year-end report in tkr, footer with the nämnd's meeting date in February
2026: the result "+1 340 tkr jämfört med budget" with a percentage of the frame, the outcome against the
interim forecast with its cause (a forecast change, amount never written out), a result table whose last
column is each row's comment: reasons without amounts (the row's cell: "390", "-350", "1 080", "-200"), one
comment that names its own amount ("med 620 tkr"), "I nivå med budget" (boilerplate), a row with no
comment and the sum row; investments "Av nämndens investeringsbudget på 8,5 mnkr har 5,1 mnkr använts" (3,4
never written out); library visits against 2024 with "beror på" (other) and an action. Liberation Serif
10.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import CommentTable, H, P, ReportSpec, Style, Title

from reports.common import BP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=10.5,
        leading=1.36,
        para_gap=7.0,
        heading_sizes=(16.0, 13.0, 11.0),
        heading_fonts=("times-bold", "times-bold", "times-bold"),
        margins=(70.0, 80.0, 66.0, 74.0),
        header=lambda n, m: ("HÄSSLEHOLMS KOMMUN", "Kultur- och fritidsförvaltningen"),
        footer=lambda n, m: ("Kultur- och fritidsnämnden 2026-02-18", "§ 14", f"{n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = CommentTable(
        header=("Verksamhet, tkr", "Budget", "Utfall", "Avvikelse", "Kommentar"),
        rows=(
            (
                ("Nämnd och förvaltning", "6 200", "5 810", "390"),
                "Vakant handläggartjänst under tre månader.",
                C("Nämnd och förvaltning", "390", "+", "vakanser", unit="tkr", table=True),
            ),
            (
                ("Bibliotek", "24 600", "24 950", "-350"),
                "Högre kostnader för medier och e-böcker efter förlagens prishöjningar.",
                C("Bibliotek", "-350", "-", "prisokningar", unit="tkr", table=True),
            ),
            (
                ("Kulturverksamhet", "15 300", "15 300", "0"),
                "I nivå med budget.",
                BP("Kulturverksamhet"),
            ),
            (
                ("Fritidsgårdar", "11 900", "11 280", "620"),
                "Fritidsgården i Tyringe har hållit stängt under renovering sedan maj, vilket gav lägre personal- och "
                "driftskostnader med 620 tkr.",
                C(
                    "Fritidsgårdar",
                    "620 tkr",
                    "+",
                    "ovrigt",
                    note="A comment that names its own amount: from the prose. A closure for renovation: ovrigt.",
                ),
            ),
            (
                ("Idrottsanläggningar", "48 700", "47 620", "1 080"),
                "Lägre el- och uppvärmningskostnader i ishallen och simhallen än budgeterat.",
                C(
                    "Idrottsanläggningar",
                    "1 080",
                    "+",
                    "prisokningar",
                    unit="tkr",
                    table=True,
                    note="Energy costs: prisokningar.",
                ),
            ),
            (("Föreningsbidrag", "9 800", "10 000", "-200"), "", None),
            (
                ("Kulturskola", "5 300", "5 500", "-200"),
                "Färre elever än beräknat har betalat full avgift, vilket minskat intäkterna.",
                C("Kulturskola", "-200", "-", "avgifter_intakter", "volymer", unit="tkr", table=True),
            ),
            (("Summa", "121 800", "120 460", "1 340"), "", None),
        ),
        widths=(118.0, 50.0, 50.0, 56.0),
        size=9.0,
    )
    blocks = [
        Title("Bokslut 2025", size=20, font="times-bold", after=2),
        Title("Kultur- och fritidsnämnden", size=13, font="times", after=14),
        H("Årets resultat", 2),
        P(
            "Kultur- och fritidsnämnden redovisar för 2025 ett resultat på +1 340 tkr jämfört med budget, vilket "
            "motsvarar 1,1 procent av nämndens ram på 121,8 mnkr.",
            C(
                None,
                "+1 340 tkr",
                "+",
                note="The result with no reason: no tags. The percentage and frame are not it.",
            ),
        ),
        P(
            "I delårsrapporten prognostiserades ett överskott på 600 tkr. Att utfallet blev bättre än prognosen "
            "beror främst på att energikostnaderna för ishallen blev lägre under hösten.",
            F(
                None,
                None,
                "+",
                "prisokningar",
                note="The outcome against the interim forecast, the difference never written out: amount null.",
            ),
        ),
        H("Resultat per verksamhet", 2),
        table,
        H("Investeringar", 2),
        P(
            "Av nämndens investeringsbudget på 8,5 mnkr har 5,1 mnkr använts. Konstgräsplanen vid Ljungdalsvallen "
            "flyttades till 2026 när upphandlingen drog ut på tiden.",
            C(
                "Investeringar",
                "investeringsbudget på 8,5 mnkr har 5,1 mnkr",
                "+",
                "periodisering",
                value=3.4e6,
                note="The under-spend (3,4 mnkr) is never written out: the computed value.",
            ),
        ),
        H("Verksamhetens utveckling", 2),
        P(
            "Antalet besök på biblioteken ökade med 6 procent jämfört med 2024, vilket beror på de längre "
            "öppettiderna i meröppet-biblioteken.",
            O("Bibliotek", "volymer", note="Visits against the previous year: other."),
        ),
        H("Inför 2026", 2),
        P(
            "Inför 2026 ses avgifterna i kulturskolan över, så att syskonrabatten får en tydligare finansiering.",
            A("Kulturskola", None, "avgifter_intakter"),
        ),
    ]
    return ReportSpec(
        file="hassleholm-kfn-bokslut-2025.pdf",
        report={
            "municipality": "Hässleholm",
            "committee": ["Kultur- och fritidsnämnden"],
            "period": ["2025", "2025-12"],
            "report_type": "bokslut",
        },
        metadata={"title": "Bokslut 2025 Kultur- och fritidsnämnden", "author": "Hässleholms kommun"},
        style=style,
        blocks=blocks,
    )
