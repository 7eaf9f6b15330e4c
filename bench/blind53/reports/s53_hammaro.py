"""Hammarö kommun, Kultur- och fritidsnämnden, verksamhetsberättelse 2025.

A culture and leisure committee's year-end report in tkr and "miljoner kronor", footer with the nämnd's
meeting date in February: the result "–1,1 miljoner kronor jämfört med budget", then the outcome against the
interim report's forecast with a cause and no amount written (a forecast change); a result table whose last
column is each row's comment, deficits with a hyphen-minus ("-850"): reasons without amounts (the row's
cell), a part "cirka 180 tkr" inside a comment that is not the amount, "I nivå med budget." (boilerplate) and a
row with no comment; revenue "0,4 mnkr lägre än budgeterat" (negative) and personnel costs "310 tkr lägre
än budget" (positive) in a section of their own; investments "0,6 mnkr återlämnas" after two levels; a
budget reinforcement for next year and visits against last year (other). Liberation Sans (Arial) 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import CommentTable, H, P, ReportSpec, Style, Title

from reports.common import BP, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=10.0,
        leading=1.4,
        para_gap=7.0,
        heading_sizes=(16.0, 12.5, 10.5),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(62.0, 80.0, 62.0, 74.0),
        header=lambda n, m: ("Hammarö kommun", "Verksamhetsberättelse 2025"),
        footer=lambda n, m: ("Kultur- och fritidsnämnden 2026-02-11", "", f"Sida {n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    comments = CommentTable(
        header=("Verksamhet", "Budget", "Utfall", "Avvikelse", "Kommentar"),
        rows=(
            (
                ("Bibliotek", "7 850", "7 610", "240"),
                "Vakant tjänst som bibliotekarie under våren och lägre kostnader för medier.",
                C(
                    "Bibliotek",
                    "240",
                    "+",
                    "vakanser",
                    unit="tkr",
                    table=True,
                    note="A comment-column row: the amount is the row's cell.",
                ),
            ),
            (
                ("Fritidsgårdar", "5 420", "5 800", "-380"),
                "Utökade öppettider på fredagskvällar efter beslut i maj, som inte finansierades inom ramen.",
                C("Fritidsgårdar", "-380", "-", "volymer", unit="tkr", table=True),
            ),
            (
                ("Simhall", "9 300", "10 150", "-850"),
                "Vattenläckaget i november krävde akut reparation och stängning i tre veckor, med uteblivna "
                "entréintäkter på cirka 180 tkr.",
                C(
                    "Simhall",
                    "-850",
                    "-",
                    "ovrigt",
                    "avgifter_intakter",
                    unit="tkr",
                    table=True,
                    note="The lost entrance fees (cirka 180 tkr) are a part: the row's cell is the amount.",
                ),
            ),
            (
                ("Idrottsanläggningar", "6 700", "6 620", "80"),
                "I nivå med budget.",
                BP("Idrottsanläggningar", note="Beside a row of 80."),
            ),
            (
                ("Föreningsbidrag", "3 100", "3 340", "-240"),
                "Fler föreningar än tidigare har sökt aktivitetsstöd.",
                C("Föreningsbidrag", "-240", "-", "volymer", unit="tkr", table=True),
            ),
            (("Kulturskola", "4 900", "4 850", "50"), "", None),
            (("Summa", "37 270", "38 370", "-1 100"), "", None),
        ),
        widths=(112.0, 50.0, 50.0, 56.0),
        size=8.5,
    )
    blocks = [
        Title("Verksamhetsberättelse 2025", size=20, font="arial-bold", after=2),
        Title("Kultur- och fritidsnämnden", size=13, font="arial", after=12),
        H("Årets verksamhet", 2),
        P(
            "Året präglades av invigningen av den nya skateparken i Skoghall och av att biblioteket fick utökade "
            "öppettider på lördagar. Antalet deltagare i kulturskolans kurser var oförändrat."
        ),
        H("Ekonomiskt resultat", 2),
        P(
            "Kultur- och fritidsnämnden redovisar för 2025 ett resultat på –1,1 miljoner kronor jämfört med budget.",
            C(None, "–1,1 miljoner kronor", "-"),
        ),
        P(
            "I delårsrapporten prognostiserades ett underskott på 0,6 mnkr. Underskottet blev alltså större än "
            "prognosen, framför allt på grund av vattenläckaget i simhallen i november.",
            F(
                None,
                None,
                "-",
                "ovrigt",
                note="The outcome against the interim forecast: the change (0,5 mnkr) is never written, amount "
                "null; the 0,6 is the earlier forecast.",
            ),
        ),
        P("Belopp i tkr. Minustecken innebär att kostnaderna översteg budget.", size=9.0),
        comments,
        H("Intäkter och kostnader", 2),
        P(
            "Nämndens intäkter blev totalt 0,4 mnkr lägre än budgeterat. Förutom simhallens stängning minskade "
            "uthyrningen av scenen i Kulturhuset, sedan två större arrangörer flyttat sina evenemang till Karlstad.",
            C("Intäkter", "0,4 mnkr", "-", "avgifter_intakter", "ovrigt"),
        ),
        P(
            "Personalkostnaderna blev 310 tkr lägre än budget, som en följd av vakanser inom biblioteket och "
            "fritidsgårdarna under sommaren.",
            C("Personalkostnader", "310 tkr", "+", "vakanser"),
        ),
        H("Investeringar", 2),
        P(
            "Av investeringsbudgeten på 3,5 mnkr har 2,9 mnkr använts. Den nya konstgräsplanen vid Skoghalls IP blev "
            "billigare än kalkylerat, och 0,6 mnkr återlämnas.",
            C(
                "Investeringar",
                "0,6 mnkr",
                "+",
                note="'Billigare än kalkylerat' restates the deviation: no tag.",
            ),
        ),
        H("Framåtblick", 2),
        P(
            "Inför 2026 har nämnden fått en ramförstärkning på 0,5 mnkr för fritidsgårdarnas utökade öppettider.",
            O("Fritidsgårdar", note="Next year's frame: other."),
        ),
        P(
            "Antalet besök på biblioteket ökade med 8 procent jämfört med 2024, vilket beror på de nya "
            "lördagsöppettiderna.",
            O("Bibliotek", "volymer", note="Visits against the previous year."),
        ),
    ]
    return ReportSpec(
        file="hammaro-kfn-verksamhetsberattelse-2025.pdf",
        report={
            "municipality": "Hammarö",
            "committee": ["Kultur- och fritidsnämnden"],
            "period": ["2025", "2025-12"],
            "report_type": "verksamhetsberättelse",
        },
        metadata={
            "title": "Verksamhetsberättelse 2025 Kultur- och fritidsnämnden",
            "author": "Hammarö kommun",
        },
        style=style,
        blocks=blocks,
    )
