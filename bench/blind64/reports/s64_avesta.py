"""Avesta kommun, Barn- och utbildningsnämnden, ekonomisk lägesrapport november 2025.

An education committee's month report in "tkr", footer with the decision date in December: the full year
"ett överskridande av budgetramen med 7 850 tkr", the period "6 940 tkr sämre än den periodiserade budgeten"
in a sentence of its own and the change since October with its reason (a forecast change); a reading note
that "Diff" is budget minus forecast; a comment table (CommentTable) whose comments give reasons without
amounts (each takes its row's cell: "550", "−3 250", "−2 650", "1 900"), one comment with a part (a pavilion
rent "620 tkr" of "−3 250"), one that names its own amount ("ett underskott på 5 400 tkr"), "Prognos enligt
budget" (boilerplate) and a surplus row with no comment (unlabelled); sick leave against last year (other);
an action with "cirka 900 tkr"; investments "Av nämndens investeringsram på 9,5 mnkr beräknas 6,1 mnkr
användas" (3,4 mnkr never written out) and a risk (other). DejaVu Sans 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, CommentTable, H, P, ReportSpec, Style, Title

from reports.common import BP, A, C, F, O

ROW = "A comment-column reason with no amount: the row's Diff cell (tkr)."


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.42,
        para_gap=6.5,
        heading_sizes=(15.0, 11.5, 10.0),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(62.0, 76.0, 62.0, 72.0),
        header=lambda n, m: ("Avesta kommun", "Ekonomisk lägesrapport november 2025"),
        footer=lambda n, m: ("Barn- och utbildningsnämnden", "Beslutad 2025-12-10", f"{n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    comments = CommentTable(
        header=("Verksamhet (tkr)", "Budget", "Prognos", "Diff", "Kommentar"),
        rows=(
            (
                ("Nämnd och central adm.", "12 480", "11 930", "550"),
                "Överskottet beror på att en utvecklingstjänst inte har tillsatts och på lägre kostnader för "
                "licenser sedan två system avvecklats.",
                C(
                    "Nämnd och central administration",
                    "550",
                    "+",
                    "vakanser",
                    "it_digitalisering",
                    unit="tkr",
                    table=True,
                    note=ROW,
                ),
            ),
            (
                ("Förskola", "118 200", "121 450", "−3 250"),
                "Fler barn än planerat under hösten, främst i centralorten, och två tillfälliga avdelningar i "
                "paviljong med en hyra om 620 tkr för året.",
                C(
                    "Förskola",
                    "−3 250",
                    "-",
                    "volymer",
                    "lokaler",
                    unit="tkr",
                    table=True,
                    note=ROW + " The pavilion rent (620 tkr) is a part, not the amount.",
                ),
            ),
            (
                ("Grundskola F–9", "286 900", "292 300", "−5 400"),
                "Grundskolan prognostiserar ett underskott på 5 400 tkr, som förklaras av ökade kostnader för "
                "elevassistenter till elever i behov av särskilt stöd och av vikarier vid sjukfrånvaro.",
                C(
                    "Grundskola F–9",
                    "5 400 tkr",
                    "-",
                    "bemanning",
                    "vikarier",
                    "sjukfranvaro",
                    note="A comment that names its own amount: from the prose.",
                ),
            ),
            (
                ("Grundsärskola", "14 600", "14 600", "0"),
                "Prognos enligt budget.",
                BP("Grundsärskola"),
            ),
            (
                ("Gymnasieskola", "98 700", "101 350", "−2 650"),
                "Fler elever än budgeterat går program i andra kommuner, vilket ökar kostnaderna för interkommunal "
                "ersättning.",
                C(
                    "Gymnasieskola",
                    "−2 650",
                    "-",
                    "kopt_verksamhet",
                    "volymer",
                    unit="tkr",
                    table=True,
                    note=ROW + " Interkommunal ersättning is kopt_verksamhet.",
                ),
            ),
            (
                ("Vuxenutbildning", "22 300", "20 400", "1 900"),
                "Högre statsbidrag för yrkesvux än budgeterat och färre köpta utbildningsplatser.",
                C(
                    "Vuxenutbildning",
                    "1 900",
                    "+",
                    "statsbidrag",
                    "kopt_verksamhet",
                    unit="tkr",
                    table=True,
                    note=ROW,
                ),
            ),
            (("Skolskjuts", "17 800", "16 800", "1 000"), "", None),
            (("Summa", "570 980", "578 830", "−7 850"), "", None),
        ),
        widths=(116.0, 50.0, 50.0, 46.0),
        size=8.5,
    )
    blocks = [
        Title("Ekonomisk lägesrapport per november 2025", size=18, font="sans-bold", after=2),
        Title("Barn- och utbildningsnämnden", size=12, font="sans", after=12),
        H("Nämndens ekonomiska läge", 2),
        PS(
            (
                "Barn- och utbildningsnämnden prognostiserar för helåret ett överskridande av budgetramen med "
                "7 850 tkr.",
                C(None, "7 850 tkr", "-", note="The full year in a sentence of its own."),
            ),
            (
                "Utfallet till och med november är 6 940 tkr sämre än den periodiserade budgeten.",
                C(None, "6 940 tkr", "-", note="The period in a sentence of its own."),
            ),
            (
                "Jämfört med oktoberprognosen är det en försämring med 1 200 tkr, som främst beror på att fler "
                "elever har valt gymnasieskola i andra kommuner.",
                F(None, "1 200 tkr", "-", "kopt_verksamhet", "volymer"),
            ),
        ),
        H("Prognos per verksamhet", 2),
        P(
            "I tabellen nedan anges Diff som budget minus prognos; ett minus innebär ett underskott. Kommentarerna "
            "förklarar de väsentliga avvikelserna."
        ),
        comments,
        H("Personal och sjukfrånvaro", 2),
        P(
            "Sjukfrånvaron uppgick till 7,9 procent under perioden januari–oktober, jämfört med 8,6 procent samma "
            "period förra året.",
            O(None, note="Sick leave against last year: other."),
        ),
        H("Åtgärder för att minska underskottet", 2),
        P(
            "Förvaltningen har infört anställningsstopp för tjänster som inte är lärare eller förskollärare samt "
            "stopp för inköp av inventarier till och med årsskiftet. Åtgärderna beräknas ge en effekt på cirka 900 "
            "tkr under december.",
            A(None, "cirka 900 tkr"),
        ),
        H("Investeringar", 2),
        P(
            "Av nämndens investeringsram på 9,5 mnkr beräknas 6,1 mnkr användas. Inköpen av digitala lärverktyg "
            "till årskurs 4–6 har skjutits till 2026.",
            C(
                "Investeringar",
                "9,5 mnkr beräknas 6,1 mnkr",
                "+",
                "periodisering",
                value=3.4e6,
                note="An under-spend never written out: the computed 3,4 mnkr, the amount text as written.",
            ),
        ),
        H("Osäkerheter", 2),
        P(
            "Osäkerheten i prognosen gäller främst antalet gymnasieelever som byter program efter höstterminen.",
            O("Gymnasieskola", note="A risk: other."),
        ),
    ]
    return ReportSpec(
        file="avesta-bun-ekonomisk-lagesrapport-2025-11.pdf",
        report={
            "municipality": "Avesta",
            "committee": ["Barn- och utbildningsnämnden"],
            "period": ["2025-11"],
            "report_type": "ekonomisk lägesrapport",
        },
        metadata={"title": "Ekonomisk lägesrapport november 2025", "author": "Avesta kommun"},
        style=style,
        blocks=blocks,
    )
