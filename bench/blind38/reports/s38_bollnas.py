"""Bollnäs kommun, Kultur- och fritidsnämnden, månadsuppföljning maj 2026.

A culture and leisure committee's month report in mkr, footer with the date it was drawn up in June: the full
year's "överskott på 0,9 mkr" and the period's "1,4 mkr lägre än budget" with its timing reason in two
sentences (two items), the change since April without a cause; a result table whose last column is each
row's comment, with hyphen-minus deficits: comments with reasons only (the row's cell, "-0,3", "0,5",
"1,0", "-0,5"), comments that name their own amount ("0,8 mkr högre än budgeterat", "0,7 mkr högre än
budget"), "Prognos enligt budget" (boilerplate) and a row with no comment; investments that "beräknas
användas fullt ut" (boilerplate), an action without an amount and library visits against last year with
"beror på" (other). DejaVu Sans 9.5 pt.

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
        leading=1.4,
        para_gap=6.0,
        heading_sizes=(14.0, 11.5, 10.0),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(62.0, 78.0, 62.0, 74.0),
        header=lambda n, m: ("Bollnäs kommun", "Kultur- och fritidsnämnden"),
        footer=lambda n, m: ("Upprättad 2026-06-08", "Månadsuppföljning maj 2026", f"Sida {n} av {m}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = CommentTable(
        header=("Verksamhet", "Budget", "Prognos", "Avvikelse", "Kommentar"),
        rows=(
            (
                ("Bibliotek", "14,6", "14,9", "-0,3"),
                "Sommarstängningen av filialen i Arbrå har ställts in, och öppethållandet kräver timvikarier under "
                "juli och augusti.",
                C(
                    "Bibliotek",
                    "-0,3",
                    "-",
                    "vikarier",
                    unit="mkr",
                    table=True,
                    note="A comment with a reason only: its row's cell.",
                ),
            ),
            (
                ("Kulturskola", "9,8", "9,3", "0,5"),
                "Två vakanta lärartjänster i stråk och piano ger lägre personalkostnader.",
                C("Kulturskola", "0,5", "+", "vakanser", unit="mkr", table=True),
            ),
            (
                ("Idrottsanläggningar", "22,1", "22,9", "-0,8"),
                "Elpriset och en reparation av kylaggregatet i ishallen gör att kostnaderna blir 0,8 mkr högre än "
                "budgeterat.",
                C(
                    "Idrottsanläggningar",
                    "0,8 mkr",
                    "-",
                    "prisokningar",
                    "ovrigt",
                    note="The comment names its own amount; a repair is ovrigt.",
                ),
            ),
            (
                ("Bad", "11,4", "10,7", "0,7"),
                "Entréintäkterna blir 0,7 mkr högre än budget sedan badhuset har öppnat igen efter renoveringen.",
                C("Bad", "0,7 mkr", "+", "avgifter_intakter"),
            ),
            (
                ("Fritidsgårdar", "6,2", "6,2", "0,0"),
                "Prognos enligt budget.",
                BP("Fritidsgårdar"),
            ),
            (
                ("Föreningsbidrag", "8,5", "7,5", "1,0"),
                "Färre föreningar än väntat har sökt investeringsbidrag, och bidraget till konstgräsplanen i "
                "Kilafors betalas ut först 2027.",
                C("Föreningsbidrag", "1,0", "+", "volymer", "periodisering", unit="mkr", table=True),
            ),
            (
                ("Allmän kultur", "5,3", "5,8", "-0,5"),
                "Kulturveckan i juni var inte budgeterad och har bara delvis finansierats med bidrag från regionen.",
                C("Allmän kultur", "-0,5", "-", "ovrigt", unit="mkr", table=True),
            ),
            (("Nämnd och administration", "3,9", "3,6", "0,3"), "", None),
            (("Summa", "81,8", "80,9", "0,9"), "", None),
        ),
        widths=(112.0, 44.0, 46.0, 54.0),
        size=8.5,
    )
    blocks = [
        Title("Månadsuppföljning maj 2026", size=17, font="sans-bold", after=2),
        Title("Kultur- och fritidsnämnden", size=12, font="sans", after=12),
        H("Ekonomisk sammanfattning", 2),
        PS(
            (
                "Kultur- och fritidsnämnden beräknas göra ett överskott på 0,9 mkr för helåret.",
                C(None, "0,9 mkr", "+"),
            ),
            (
                "Till och med maj är utfallet 1,4 mkr lägre än budget, vilket till stor del är en tidsfråga eftersom "
                "föreningsbidragen betalas ut i september.",
                C(
                    None,
                    "1,4 mkr",
                    "+",
                    "periodisering",
                    note="The period's deviation with its timing reason in its own sentence.",
                ),
            ),
        ),
        P("Prognosen har förbättrats med 0,3 mkr sedan april.", F(None, "0,3 mkr", "+")),
        H("Prognos per verksamhet, mkr", 3),
        table,
        H("Investeringar", 2),
        P("Investeringsbudgeten på 6,5 mkr beräknas användas fullt ut.", BP("Investeringar")),
        H("Åtgärder", 2),
        P(
            "Inför sommaren prövas varje vikariebehov inom biblioteken av enhetschefen.",
            A("Bibliotek", None, "vikarier"),
        ),
        H("Verksamhetsmått", 2),
        P(
            "Antalet besök på biblioteken ökade med 8 procent jämfört med januari–maj 2025, vilket beror på de "
            "utökade öppettiderna.",
            O("Bibliotek", note="Visits against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="bollnas-kfn-manadsuppfoljning-2026-05.pdf",
        report={
            "municipality": "Bollnäs",
            "committee": ["Kultur- och fritidsnämnden"],
            "period": ["2026-05"],
            "report_type": "månadsuppföljning",
        },
        metadata={
            "title": "Månadsuppföljning maj 2026 Kultur- och fritidsnämnden",
            "author": "Bollnäs kommun",
        },
        style=style,
        blocks=blocks,
    )
