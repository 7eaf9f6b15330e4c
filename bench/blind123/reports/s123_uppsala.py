"""Uppsala kommun, Kulturnämnden, bokslut 2025.

A culture committee's year-end report in Liberation Sans Narrow 9.5 pt, footer with the February adoption
date: the result "+3,8 miljoner kronor jämfört med budget", the outcome against the interim forecast with a
cause (a forecast change), net cost growth against 2024 (other), revenue "2,6 miljoner kronor högre än
budgeterat" with two causes; a result table in tkr whose last column is each row's comment: reason-only
comments taking their row's cell ("1 700", "800", "1 450"), one comment that names its own amount ("1,15
mnkr"), "I nivå med budget." (boilerplate) and a row with no comment; investments "Av investeringsramen på
12,0 miljoner kronor användes 8,6 miljoner kronor" (3,4 never written out), sick leave against 2024 (other)
and an action for next year.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import CommentTable, H, P, ReportSpec, Style, Title

from reports.common import BP, A, C, F, O

ROW = "A comment column: the comment is the item, its amount the row's deviation cell."


def spec() -> ReportSpec:
    style = Style(
        body="narrow",
        bold="narrow-bold",
        italic="arial-italic",
        size=9.5,
        leading=1.38,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("narrow-bold", "narrow-bold", "narrow-bold"),
        margins=(66.0, 78.0, 66.0, 72.0),
        header=lambda n, m: ("Uppsala kommun", "Kulturförvaltningen"),
        footer=lambda n, m: ("Kulturnämnden, bokslut 2025", "Fastställd 2026-02-19", f"{n} ({m})"),
        header_size=8.0,
        rule_under_header=True,
    )
    comments = CommentTable(
        header=("Verksamhet, tkr", "Budget", "Utfall", "Avvikelse", "Kommentar"),
        rows=(
            (
                ("Bibliotek", "148 600", "146 900", "1 700"),
                "Vakanta tjänster under våren och lägre kostnader för medier.",
                C("Bibliotek", "1 700", "+", "vakanser", unit="tkr", table=True, note=ROW),
            ),
            (
                ("Kulturskola", "52 300", "53 450", "-1 150"),
                "Underskottet på 1,15 mnkr beror på fler elever än budgeterat i ensemble- och dansundervisningen, "
                "medan avgiftsintäkterna inte räcker till.",
                C(
                    "Kulturskola",
                    "1,15 mnkr",
                    "-",
                    "volymer",
                    "avgifter_intakter",
                    note="A comment that names its own amount: from the prose.",
                ),
            ),
            (
                ("Konst och kulturarv", "38 900", "38 100", "800"),
                "En planerad utställning flyttades till 2026.",
                C("Konst och kulturarv", "800", "+", "periodisering", unit="tkr", table=True, note=ROW),
            ),
            (
                ("Kulturstöd och bidrag", "61 200", "61 200", "0"),
                "I nivå med budget.",
                BP("Kulturstöd och bidrag"),
            ),
            (
                ("Kulturhus och scener", "44 700", "43 250", "1 450"),
                "Kostnaderna för de tillfälliga lokalerna blev lägre än beräknat sedan återflytten till de ordinarie "
                "lokalerna tidigarelades till oktober.",
                C(
                    "Kulturhus och scener",
                    "1 450",
                    "+",
                    "lokaler",
                    "periodisering",
                    unit="tkr",
                    table=True,
                    note=ROW,
                ),
            ),
            (("Nämnd och administration", "12 100", "11 100", "1 000"), "", None),
            (("Summa", "357 800", "354 000", "3 800"), "", None),
        ),
        widths=(118.0, 50.0, 50.0, 52.0),
        size=8.5,
    )
    blocks = [
        Title("Bokslut 2025", size=18, font="narrow-bold", after=2),
        Title("Kulturnämnden", size=12, font="narrow", after=12),
        H("Nämndens resultat", 2),
        P(
            "Kulturnämnden redovisar för 2025 ett resultat på +3,8 miljoner kronor jämfört med budget.",
            C(None, "+3,8 miljoner kronor", "+", note="The year's result against budget."),
        ),
        P(
            "Det är 2,2 miljoner kronor bättre än prognosen i delårsbokslutet, framför allt eftersom kostnaderna för "
            "kulturhusets tillfälliga lokaler blev lägre än befarat.",
            F(None, "2,2 miljoner kronor", "+", "lokaler", note="The outcome against the interim forecast."),
        ),
        P(
            "Nämndens nettokostnad ökade med 4,1 procent jämfört med 2024.",
            O(None, note="Cost growth against the previous year: other."),
        ),
        P(
            "Intäkterna blev 2,6 miljoner kronor högre än budgeterat, främst genom projektbidrag från Statens "
            "kulturråd och fler sålda biljetter till föreställningarna.",
            C("Intäkter", "2,6 miljoner kronor", "+", "statsbidrag", "avgifter_intakter"),
        ),
        H("Resultat per verksamhet", 2),
        comments,
        H("Investeringar", 2),
        P(
            "Av investeringsramen på 12,0 miljoner kronor användes 8,6 miljoner kronor. Inköpet av ny scenteknik till "
            "Stora salen har senarelagts till 2026.",
            C(
                "Investeringar",
                "12,0 miljoner kronor användes 8,6 miljoner kronor",
                "+",
                "periodisering",
                value=3_400_000,
                note="Under-spending of 3,4 miljoner kronor, never written out: the computed value.",
            ),
        ),
        H("Personal", 2),
        P(
            "Sjukfrånvaron minskade till 5,2 procent, från 6,0 procent under 2024.",
            O(None, "sjukfranvaro", note="Sick leave against the previous year: other."),
        ),
        H("Inför 2026", 2),
        P(
            "För att klara ramen för 2026 minskar nämnden öppettiderna vid två filialbibliotek under sommaren, vilket "
            "beräknas ge 0,6 miljoner kronor.",
            A("Bibliotek", "0,6 miljoner kronor"),
        ),
    ]
    return ReportSpec(
        file="uppsala-kln-bokslut-2025.pdf",
        report={
            "municipality": "Uppsala",
            "committee": ["Kulturnämnden"],
            "period": ["2025", "2025-12"],
            "report_type": "bokslut",
        },
        metadata={"title": "Kulturnämnden bokslut 2025", "author": "Uppsala kommun"},
        style=style,
        blocks=blocks,
    )
