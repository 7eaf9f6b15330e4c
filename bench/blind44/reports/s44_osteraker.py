"""Österåkers kommun, Kultur- och fritidsnämnden, verksamhetsberättelse 2025.

A culture and leisure committee's year-end report (period = the year), DejaVu Serif 9.5 pt, footer with the
date the nämnd adopted it in February: the result "ett positivt resultat i förhållande till budget på 1 620
tkr", the outcome against the interim report's forecast "närmare en halv miljon kronor bättre" in words with
its cause (a forecast change); a table whose last column is each row's comment (CommentTable) in tkr with
hyphen-minus, where most comments give reasons without amounts (each takes its row's cell: "260", "-360",
"-1 250", "450", "1 850"), one names its own amount in words ("drygt sexhundratusen kronor", the cell says
640), one says "Utfallet motsvarar budget" (boilerplate) and one row has no comment (unlabelled); investments
where "4,6 mnkr återstår"; an energy action, a request to carry part of the surplus over (other) and swimming
visits against 2024 with "beror på" (other). 8 scored causes.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import CommentTable, H, P, ReportSpec, Style, Title

from reports.common import BP, A, C, F, O

ROW = "A comment-column reason with no amount: the row's deviation cell (tkr)."


def spec() -> ReportSpec:
    style = Style(
        body="serif",
        bold="serif-bold",
        italic="serif-italic",
        size=9.5,
        leading=1.42,
        para_gap=6.5,
        heading_sizes=(15.0, 11.5, 10.0),
        heading_fonts=("serif-bold", "serif-bold", "serif-bold"),
        margins=(62.0, 78.0, 62.0, 72.0),
        header=lambda n, m: ("Österåkers kommun", "Verksamhetsberättelse 2025"),
        footer=lambda n, m: ("Kultur- och fritidsnämnden", "Beslutad 2026-02-10", f"{n}"),
        header_size=8.0,
        rule_under_header=False,
    )
    comments = CommentTable(
        header=("Verksamhet", "Budget", "Utfall", "Avvikelse", "Kommentar"),
        rows=(
            (
                ("Nämnd och administration", "5 120", "4 860", "260"),
                "Vakant controllertjänst under hösten.",
                C("Nämnd och administration", "260", "+", "vakanser", unit="tkr", table=True, note=ROW),
            ),
            (
                ("Bibliotek", "14 350", "14 710", "-360"),
                "Högre kostnader för e-medier och för licenser till det nya bibliotekssystemet än budgeterat.",
                C("Bibliotek", "-360", "-", "it_digitalisering", unit="tkr", table=True, note=ROW),
            ),
            (
                ("Kulturskola", "11 980", "11 340", "640"),
                "Överskottet, drygt sexhundratusen kronor, beror på att fler elever än beräknat har betalat "
                "terminsavgift och att två lärartjänster i dans var vakanta under våren.",
                C(
                    "Kulturskola",
                    "drygt sexhundratusen kronor",
                    "+",
                    "avgifter_intakter",
                    "volymer",
                    "vakanser",
                    value=600_000,
                    note="A comment that names its own amount, in words: the stated figure (the cell says 640).",
                ),
            ),
            (
                ("Allmänkultur", "4 700", "4 690", "10"),
                "Utfallet motsvarar budget.",
                BP("Allmänkultur"),
            ),
            (
                ("Fritidsanläggningar", "31 400", "32 650", "-1 250"),
                "Simhallen stängdes i sex veckor efter ett haveri i reningsanläggningen, vilket gav lägre "
                "entréintäkter. El- och värmekostnaderna blev samtidigt högre än budgeterat.",
                C(
                    "Fritidsanläggningar",
                    "-1 250",
                    "-",
                    "ovrigt",
                    "avgifter_intakter",
                    "prisokningar",
                    unit="tkr",
                    table=True,
                    note=ROW + " A breakdown closure is ovrigt.",
                ),
            ),
            (
                ("Föreningsstöd", "9 800", "9 350", "450"),
                "Färre föreningar än väntat har sökt investeringsbidrag.",
                C("Föreningsstöd", "450", "+", "volymer", unit="tkr", table=True, note=ROW),
            ),
            (
                ("Fritidsgårdar", "8 400", "6 550", "1 850"),
                "Fritidsgården i Svinninge har hållits stängd under ombyggnaden av skolan, och personalen har "
                "arbetat i andra verksamheter.",
                C(
                    "Fritidsgårdar",
                    "1 850",
                    "+",
                    "ovrigt",
                    unit="tkr",
                    table=True,
                    note=ROW + " A closure for rebuilding is ovrigt.",
                ),
            ),
            (("Evenemang", "1 200", "1 180", "20"), "", None),
            (("Summa", "86 950", "85 330", "1 620"), "", None),
        ),
        widths=(122.0, 46.0, 46.0, 52.0),
        size=8.5,
    )
    blocks = [
        Title("Verksamhetsberättelse 2025", size=19, font="serif-bold", after=2),
        Title("Kultur- och fritidsnämnden", size=12, font="serif-italic", after=14),
        H("Året som gått", 2),
        P(
            "Under 2025 öppnade den nya spontanidrottsplatsen i Skårby och kulturskolan startade undervisning i "
            "musikproduktion. Biblioteken bytte bibliotekssystem i mars."
        ),
        H("Ekonomiskt resultat", 2),
        P(
            "Kultur- och fritidsnämnden redovisar ett positivt resultat i förhållande till budget på 1 620 tkr för "
            "2025.",
            C(None, "1 620 tkr", "+"),
        ),
        P(
            "Jämfört med prognosen i delårsrapporten är resultatet närmare en halv miljon kronor bättre, vilket "
            "främst förklaras av att fritidsgården i Svinninge förblev stängd hela hösten.",
            F(
                None,
                "närmare en halv miljon kronor",
                "+",
                "ovrigt",
                value=500_000,
                note="The outcome against the interim forecast, in words.",
            ),
        ),
        P("Belopp i tusen kronor. Negativ avvikelse innebär kostnader över budget.", size=8.5),
        comments,
        H("Investeringar", 2),
        P(
            "Av nämndens investeringsbudget på 12,5 mnkr har 7,9 mnkr använts. Upprustningen av elljusspåret och "
            "belysningen vid idrottsplatsen har flyttats till 2026, vilket förklarar att 4,6 mnkr återstår.",
            C("Investeringar", "4,6 mnkr", "+", "periodisering", note="Investment under-spending."),
        ),
        H("Åtgärder och överföring till 2026", 2),
        P(
            "Nämnden har tecknat ett nytt energiavtal för simhallen och sporthallarna från januari 2026 för att "
            "minska kostnaderna för el och värme.",
            A("Fritidsanläggningar", None, "prisokningar"),
        ),
        P(
            "Nämnden begär att 800 tkr av årets överskott förs över till 2026 för att finansiera inventarier till "
            "den ombyggda fritidsgården.",
            O(None, "reserver", note="A request to carry part of the surplus over: a financing statement."),
        ),
        H("Nyckeltal", 2),
        P(
            "Antalet besök i simhallen minskade med 14 procent jämfört med 2024, vilket beror på stängningen under "
            "våren.",
            O("Fritidsanläggningar", "volymer", note="Visits against the previous year."),
        ),
    ]
    return ReportSpec(
        file="osteraker-kfn-verksamhetsberattelse-2025.pdf",
        report={
            "municipality": "Österåker",
            "committee": ["Kultur- och fritidsnämnden"],
            "period": ["2025", "2025-12"],
            "report_type": "verksamhetsberättelse",
        },
        metadata={
            "title": "Verksamhetsberättelse 2025 Kultur- och fritidsnämnden",
            "author": "Österåkers kommun",
        },
        style=style,
        blocks=blocks,
    )
