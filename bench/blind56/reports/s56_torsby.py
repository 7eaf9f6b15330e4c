"""Torsby kommun, Kultur- och fritidsnämnden, bokslut 2025.

A culture and leisure committee's year-end report in tkr, footer with the nämnd's meeting date in February:
"redovisar ett överskott mot budget på 1 140 tkr" with its reason in the next sentence (one item) and the
outcome against the interim forecast "1,1 mnkr bättre än prognosen" in the same paragraph (a forecast change);
a result table whose last column is each row's comment: reasons without amounts (the row's cell as printed,
"-260" with hyphen minus), a comment that names its own amount ("310 tkr högre än budget"), "I nivå med
budget" (boilerplate) and a row with no comment; investments "1,9 mnkr mot budgeterade 3,5 mnkr" (1,6 never
written as the deviation) followed by the proposed carry-over of 1,6 mnkr (other), library visits against 2024
with "beror på" and next year's reduced frame (others). DejaVu Sans Condensed 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, CommentTable, H, P, ReportSpec, Style, Title

from reports.common import BP, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="cond",
        bold="cond-bold",
        italic="sans-italic",
        size=10.0,
        leading=1.4,
        para_gap=7.0,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("cond-bold", "cond-bold", "cond-bold"),
        margins=(64.0, 80.0, 64.0, 74.0),
        header=lambda n, m: ("Torsby kommun – Kultur- och fritidsförvaltningen", "Bokslut 2025"),
        footer=lambda n, m: ("Kultur- och fritidsnämnden 2026-02-24", "", f"{n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    comments = CommentTable(
        header=("Verksamhet, tkr", "Budget", "Utfall", "Avvikelse", "Kommentar"),
        rows=(
            (
                ("Nämnd och administration", "3 450", "3 310", "140"),
                "Lägre kostnader för sammanträden och utbildning.",
                C("Nämnd och administration", "140", "+", "ovrigt", unit="tkr", table=True),
            ),
            (
                ("Bibliotek", "8 920", "9 180", "-260"),
                "Ökade kostnader för e-medier och licenser till det nya bibliotekssystemet.",
                C(
                    "Bibliotek",
                    "-260",
                    "-",
                    "it_digitalisering",
                    unit="tkr",
                    table=True,
                    note="A comment-column reason: the row's deviation cell as printed.",
                ),
            ),
            (
                ("Bad och idrottsanläggningar", "12 600", "11 380", "1 220"),
                "Badhuset var stängt mars–juni för renovering av bassängen, vilket gav lägre personal- och "
                "energikostnader.",
                C("Bad och idrottsanläggningar", "1 220", "+", "ovrigt", unit="tkr", table=True),
            ),
            (
                ("Kulturskola", "5 300", "5 300", "0"),
                "I nivå med budget.",
                BP("Kulturskola"),
            ),
            (
                ("Föreningsbidrag", "2 780", "2 620", "160"),
                "Färre föreningar än väntat har sökt aktivitetsstöd.",
                C("Föreningsbidrag", "160", "+", "volymer", unit="tkr", table=True),
            ),
            (
                ("Allmän kultur", "2 050", "2 360", "-310"),
                "Kostnaderna för Klarälvsfestivalen blev 310 tkr högre än budget, bland annat för säkerhet och scen.",
                C(
                    "Allmän kultur",
                    "310 tkr",
                    "-",
                    "ovrigt",
                    note="The comment names its own amount: from the prose.",
                ),
            ),
            (("Fritidsgårdar", "1 900", "1 710", "190"), "", None),
            (("Summa", "37 000", "35 860", "1 140"), "", None),
        ),
        widths=(128.0, 46.0, 46.0, 52.0),
        size=8.5,
    )
    blocks = [
        Title("Bokslut 2025", size=19, font="cond-bold", after=2),
        Title("Kultur- och fritidsnämnden", size=12.5, font="cond", after=12),
        H("Årets resultat", 2),
        PS(
            (
                "Kultur- och fritidsnämnden redovisar ett överskott mot budget på 1 140 tkr för 2025. Överskottet "
                "förklaras främst av att badhuset i Torsby höll stängt under fyra månader för renovering.",
                C(None, "1 140 tkr", "+", "ovrigt", note="A closure for renovation: ovrigt."),
            ),
            (
                "Resultatet är 1,1 mnkr bättre än prognosen i delårsrapporten per augusti.",
                F(None, "1,1 mnkr", "+", note="The outcome against the interim forecast: a forecast change."),
            ),
        ),
        H("Driftredovisning per verksamhet", 2),
        comments,
        H("Investeringar", 2),
        P(
            "Nämndens investeringar uppgick till 1,9 mnkr mot budgeterade 3,5 mnkr. Avvikelsen beror på att "
            "konstgräsplanen i Oleby inte blev klar under året.",
            C(
                "Investeringar",
                "1,9 mnkr mot budgeterade 3,5 mnkr",
                "+",
                "periodisering",
                value=1_600_000,
                note="Investment under-spending of 1,6 mnkr, written only in the carry-over sentence: the "
                "computed value.",
            ),
        ),
        P(
            "Nämnden föreslår att 1,6 mnkr förs över till 2026 års investeringsbudget.",
            O("Investeringar", note="A proposed carry-over: a financing statement."),
        ),
        H("Verksamhetsmått", 2),
        P(
            "Antalet besök i biblioteken ökade med 8 procent jämfört med 2024, vilket beror på de utökade "
            "öppettiderna i Stöllet och Sysslebäck.",
            O("Bibliotek", "volymer", note="Visits against the previous year: other."),
        ),
        H("Framåtblick", 2),
        P(
            "Inför 2026 har nämndens ram minskats med 600 tkr, vilket kräver att öppettiderna på fritidsgårdarna ses "
            "över.",
            O(None, note="Next year's frame: context, other."),
        ),
    ]
    return ReportSpec(
        file="torsby-kfn-bokslut-2025.pdf",
        report={
            "municipality": "Torsby",
            "committee": ["Kultur- och fritidsnämnden"],
            "period": ["2025", "2025-12"],
            "report_type": "bokslut",
        },
        metadata={"title": "Bokslut 2025 Kultur- och fritidsnämnden", "author": "Torsby kommun"},
        style=style,
        blocks=blocks,
    )
