"""Tanums kommun, Kultur- och fritidsnämnden, verksamhetsberättelse 2025.

A culture and leisure committee's year-end report, footer with the nämnd's meeting date in February: the
result as a net cost "42 900 tkr mot en budget på 44 270 tkr, vilket ger ett överskott på 1 370 tkr" (the
two levels are not the amount), the outcome "770 tkr bättre än prognosen" in the interim report (a forecast
change); a result table whose last column is each row's comment, with U+2212 for deficits: reason-only
comments taking their row's cell ("480", "880", "−620", "910"), a comment that names its own amount
("Underskottet uppgår till 370 tkr"), "I nivå med budget." (boilerplate) and a row with no comment; investments
"3,5 mnkr har använts till 2,1 mnkr" (1,4 mnkr never written out); sick leave against last year and next
year's reduced frame (others). DejaVu Sans Condensed 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import CommentTable, H, P, ReportSpec, Style, Title

from reports.common import BP, C, F, O

ROW = "A comment with a reason only: its row's deviation cell."


def spec() -> ReportSpec:
    style = Style(
        body="cond",
        bold="cond-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.4,
        para_gap=6.5,
        heading_sizes=(16.0, 12.0, 10.0),
        heading_fonts=("cond-bold", "cond-bold", "cond-bold"),
        margins=(62.0, 78.0, 62.0, 72.0),
        header=lambda n, m: ("Tanums kommun", "Verksamhetsberättelse 2025"),
        footer=lambda n, m: ("Kultur- och fritidsnämnden 2026-02-17", "", f"{n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = CommentTable(
        header=("Verksamhet", "Budget", "Utfall", "Avvikelse", "Kommentar"),
        rows=(
            (("Nämnd och administration", "2 150", "2 080", "70"), "", None),
            (
                ("Bibliotek", "9 820", "9 340", "480"),
                "Två bibliotekarietjänster har inte tillsatts under hösten i väntan på den nya biblioteksplanen.",
                C("Bibliotek", "480", "+", "vakanser", unit="tkr", table=True, note=ROW),
            ),
            (
                ("Kulturskola", "6 940", "7 310", "−370"),
                "Fler elever än planerat i ensemble- och dansgrupperna, samtidigt som avgiftsintäkterna blev lägre "
                "när syskonrabatten infördes. Underskottet uppgår till 370 tkr.",
                C(
                    "Kulturskola",
                    "370 tkr",
                    "-",
                    "volymer",
                    "avgifter_intakter",
                    note="The comment names its amount.",
                ),
            ),
            (
                ("Föreningsbidrag", "7 600", "6 720", "880"),
                "Färre föreningar än beräknat sökte anläggnings- och aktivitetsbidrag, och två större "
                "arrangemangsbidrag betalades inte ut när evenemangen ställdes in.",
                C("Föreningsbidrag", "880", "+", "volymer", unit="tkr", table=True, note=ROW),
            ),
            (
                ("Fritidsgårdar", "4 310", "4 290", "20"),
                "I nivå med budget.",
                BP("Fritidsgårdar"),
            ),
            (
                ("Idrottsanläggningar och bad", "10 650", "11 270", "−620"),
                "Badhuset i Tanumshede hölls stängt i sju veckor för reparation av reningsanläggningen, med lägre "
                "entréintäkter och extra kostnader för reservdelar som följd.",
                C(
                    "Idrottsanläggningar och bad",
                    "−620",
                    "-",
                    "ovrigt",
                    "avgifter_intakter",
                    unit="tkr",
                    table=True,
                    note=ROW + " A repair closure is ovrigt.",
                ),
            ),
            (
                ("Allmänkultur och evenemang", "2 800", "1 890", "910"),
                "Statsbidraget för Skapande skola och ett regionalt projektbidrag för kulturarvsarbetet täckte "
                "kostnader som var budgeterade med kommunala medel.",
                C("Allmänkultur och evenemang", "910", "+", "statsbidrag", unit="tkr", table=True, note=ROW),
            ),
            (("Summa", "44 270", "42 900", "1 370"), "", None),
        ),
        widths=(122.0, 48.0, 48.0, 56.0),
        size=8.5,
    )
    blocks = [
        Title("Verksamhetsberättelse 2025", size=20, font="cond-bold", after=2),
        Title("Kultur- och fritidsnämnden", size=13, font="cond", after=14),
        H("Året i korthet", 2),
        P(
            "Året präglades av invigningen av aktivitetshuset Skärgårdsladan i Grebbestad, som under hösten "
            "hade drygt 9 000 besök. Kulturskolan startade en ny dansgrupp för unga vuxna, och biblioteken "
            "utökade de meröppna timmarna på tre orter."
        ),
        H("Ekonomiskt utfall", 2),
        P(
            "Kultur- och fritidsnämndens nettokostnad 2025 blev 42 900 tkr mot en budget på 44 270 tkr, vilket ger "
            "ett överskott på 1 370 tkr.",
            C(None, "1 370 tkr", "+", note="Two levels and the deviation: the deviation is the amount."),
        ),
        P(
            "I delårsrapporten prognostiserades ett överskott på 600 tkr. Utfallet blev alltså 770 tkr bättre än "
            "prognosen, främst för att föreningsbidragen inte betalades ut fullt ut.",
            F(None, "770 tkr", "+", note="The outcome against the interim forecast."),
        ),
        P("Belopp i tusen kronor. Negativ avvikelse innebär ett sämre utfall än budget.", size=8.5),
        table,
        H("Investeringar", 2),
        P(
            "Nämndens investeringsbudget på 3,5 mnkr har använts till 2,1 mnkr. Konstgräsplanen i Hamburgsund blev "
            "klar till en lägre kostnad än kalkylerat, medan bytet av belysning i elljusspåret skjuts till 2026.",
            C(
                "Investeringar",
                "investeringsbudget på 3,5 mnkr har använts till 2,1 mnkr",
                "+",
                "periodisering",
                value=1_400_000,
                note="An under-spend of 1,4 mnkr never written out: the computed value.",
            ),
        ),
        H("Personal", 2),
        P(
            "Sjukfrånvaron var 4,2 procent, jämfört med 5,0 procent under 2024.",
            O(None, "sjukfranvaro", note="Sick leave against last year: other."),
        ),
        H("Framtid", 2),
        P(
            "Inför 2026 har nämndens ram minskats med 800 tkr, vilket innebär att bibliotekens öppettider och "
            "fritidsgårdarnas kvällsverksamhet ses över.",
            O(None, note="Next year's frame: other."),
        ),
    ]
    return ReportSpec(
        file="tanum-kfn-verksamhetsberattelse-2025.pdf",
        report={
            "municipality": "Tanum",
            "committee": ["Kultur- och fritidsnämnden"],
            "period": ["2025", "2025-12"],
            "report_type": "verksamhetsberättelse",
        },
        metadata={
            "title": "Verksamhetsberättelse 2025 Kultur- och fritidsnämnden",
            "author": "Tanums kommun",
        },
        style=style,
        blocks=blocks,
    )
