"""Skövde kommun, Kultur- och fritidsnämnden, verksamhetsberättelse 2025.

A culture and leisure committee's year-end report in "tkr" and "mnkr" set in Arial Narrow, footer with the
nämnd's meeting date in February: the result "+2,3 mnkr jämfört med budget" and, in the next sentence, the
improvement since the interim report (a forecast change), net cost growth against 2024 (other); a table whose
deficits carry a trailing minus ("1 150-"); then two columns of bold run-in verksamheter ending in a full stop,
in varied shapes: a reason-only surplus (the row's "600"), "redovisar ett underskott på 1,2 mnkr" (rounding the
row's "1 150-"), an amount at the end of the sentence ("vilket gav ett överskott på 800 tkr"), "Här blev
kostnaderna 1 250 tkr högre än budget", "Det största överskottet, 2 150 tkr, finns inom", "håller sin budget"
(boilerplate) and a reason-only surplus with consultants and an unused reserve (the row's "1 150"); investments
"Av investeringsbudgeten på 12,5 mnkr har 7,9 mnkr använts" (4,6 never written), one project over its budget
and one postponed without an amount in the same sentence (two items); a frame increase for next year (other).
10 scored causes.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Columns, H, P, PageBreak, ReportSpec, Style, Table, Title

from reports.common import BP, LP, C, F, O

ROW = "Reason only: the table row's cell, as printed, is the amount."


def spec() -> ReportSpec:
    style = Style(
        body="narrow",
        bold="narrow-bold",
        italic="arial-italic",
        size=10.0,
        leading=1.36,
        para_gap=6.0,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(64.0, 76.0, 64.0, 72.0),
        gutter=20.0,
        header=lambda n, m: ("Skövde kommun", "Verksamhetsberättelse 2025 – Kultur- och fritidsnämnden"),
        footer=lambda n, m: ("Kultur- och fritidsnämnden 2026-02-12", "KFN 2026/21", f"{n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Driftredovisning 2025 per verksamhet, tkr",
        header=(("Verksamhet", "Budget", "Utfall", "Avvikelse"),),
        rows=(
            ("Bibliotek", "28 400", "27 800", "600"),
            ("Kulturskolan", "21 300", "22 450", "1 150-"),
            ("Fritidsgårdar", "15 900", "15 100", "800"),
            ("Bad och idrottsanläggningar", "44 700", "45 950", "1 250-"),
            ("Föreningsstöd", "18 200", "16 050", "2 150"),
            ("Evenemang och kulturprogram", "6 400", "6 400", "0"),
            ("Nämnd och administration", "9 800", "8 650", "1 150"),
            ("Totalt", "144 700", "142 400", "2 300"),
        ),
        widths=(200.0, 80.0, 80.0, 80.0),
        bold_rows=frozenset({7}),
        rules=True,
        size=9.0,
        shade=(0.86, 0.9, 0.95),
    )
    blocks = [
        Title("Verksamhetsberättelse 2025", size=20, font="arial-bold", after=2),
        Title("Kultur- och fritidsnämnden", size=12.5, font="narrow", after=14),
        H("Ekonomiskt resultat", 1),
        PS(
            (
                "Kultur- och fritidsnämnden redovisar för 2025 ett resultat på +2,3 mnkr jämfört med budget.",
                C(None, "+2,3 mnkr", "+"),
            ),
            (
                "I delårsrapporten i augusti bedömdes ett överskott på 0,8 mnkr, vilket innebär en förbättring med "
                "1,5 mnkr.",
                F(None, "1,5 mnkr", "+", note="The outcome against the interim forecast: a forecast change."),
            ),
        ),
        P(
            "Nämndens nettokostnader ökade med 4,1 procent jämfört med 2024.",
            O(None, note="Cost growth against the previous year."),
        ),
        table,
        H("Kommentarer per verksamhet", 2),
        Columns(2),
        LP(
            "Bibliotek.",
            "Överskottet beror på att två bibliotekarietjänster stod vakanta under hösten och att inköpen av medier "
            "blev lägre än planerat.",
            C("Bibliotek", "600", "+", "vakanser", "material_hjalpmedel", unit="tkr", table=True, note=ROW),
        ),
        LP(
            "Kulturskolan.",
            "Kulturskolan redovisar ett underskott på 1,2 mnkr. Fler elever än planerat har tagits in i dans och "
            "musikal, och intäkterna från elevavgifterna blev lägre sedan syskonavgiften slopades.",
            C(
                "Kulturskolan",
                "1,2 mnkr",
                "-",
                "volymer",
                "avgifter_intakter",
                note="The prose rounds the row's 1 150-: the prose amount.",
            ),
        ),
        LP(
            "Fritidsgårdar.",
            "Fritidsgården i Värsås har haft begränsade öppettider under våren eftersom det har varit svårt att "
            "rekrytera fritidsledare, vilket gav ett överskott på 800 tkr.",
            C("Fritidsgårdar", "800 tkr", "+", "vakanser"),
        ),
        LP(
            "Bad och idrottsanläggningar.",
            "Här blev kostnaderna 1 250 tkr högre än budget. Energikostnaderna i badhuset ökade och en vattenläcka i "
            "idrottshallen krävde akuta reparationer i mars.",
            C(
                "Bad och idrottsanläggningar",
                "1 250 tkr",
                "-",
                "prisokningar",
                "ovrigt",
                note="Energy costs are prisokningar, a water leak ovrigt.",
            ),
        ),
        LP(
            "Föreningsstöd.",
            "Det största överskottet, 2 150 tkr, finns inom föreningsstödet, eftersom anläggningsbidraget till två "
            "föreningar inte betalades ut när deras byggprojekt försenades.",
            C("Föreningsstöd", "2 150 tkr", "+", "periodisering"),
        ),
        LP(
            "Evenemang och kulturprogram.",
            "Verksamheten håller sin budget.",
            BP("Evenemang och kulturprogram"),
        ),
        LP(
            "Nämnd och administration.",
            "Överskottet förklaras av lägre kostnader för konsulter och av att nämndens utvecklingsreserv inte har "
            "tagits i anspråk.",
            C(
                "Nämnd och administration",
                "1 150",
                "+",
                "inhyrd_personal",
                "reserver",
                unit="tkr",
                table=True,
                note=ROW + " Consultants are inhyrd_personal, an unused reserve reserver.",
            ),
        ),
        PageBreak(),
        Columns(1),
        H("Investeringar", 2),
        PS(
            (
                "Av investeringsbudgeten på 12,5 mnkr har 7,9 mnkr använts.",
                C(
                    "Investeringar",
                    "7,9 mnkr",
                    "+",
                    value=4_600_000,
                    note="An under-spend never written out (12,5 − 7,9): the computed value, the amount text as "
                    "written.",
                ),
            ),
            (
                "Konstgräsplanen i Timmersdala blev 0,6 mnkr dyrare än beräknat, medan upprustningen av friluftsbadet "
                "har skjutits upp till 2026.",
                C(
                    "Konstgräsplanen i Timmersdala",
                    "0,6 mnkr",
                    "-",
                    note="An investment overrun and a postponed project in one sentence: two items.",
                    also=(C("Friluftsbadet", None, "+", "periodisering"),),
                ),
            ),
        ),
        H("Inför 2026", 2),
        P(
            "Inför 2026 har nämnden fått en ramökning på 3,0 mnkr för driften av den nya idrottshallen i Ryd.",
            O(None, note="Next year's frame: context."),
        ),
    ]
    return ReportSpec(
        file="skovde-kfn-verksamhetsberattelse-2025.pdf",
        report={
            "municipality": "Skövde",
            "committee": ["Kultur- och fritidsnämnden"],
            "period": ["2025", "2025-12"],
            "report_type": "verksamhetsberättelse",
        },
        metadata={
            "title": "Verksamhetsberättelse 2025 Kultur- och fritidsnämnden",
            "author": "Skövde kommun",
        },
        style=style,
        blocks=blocks,
    )
