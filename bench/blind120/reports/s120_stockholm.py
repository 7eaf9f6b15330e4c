"""Stockholms stad, Arbetsmarknadsnämnden, tertialrapport 2 2025 (per augusti).

A labour-market committee's tertial report in "mnkr", footer with the nämnd's meeting date in September: the
full year "ett överskott på 14,8 mnkr jämfört med budget" with a percentage of the budget, the change since the
first tertial in the next sentence (its own item), a paragraph of reasons for the whole surplus without an
amount (a cause, amount null); a result table whose last column is each row's comment (U+2212 minus): a
comment that names its own amount, reason-only comments taking their row's cell, "Prognos enligt budget"
(boilerplate) and a row with no comment (nothing); one sentence with personnel costs "9,2 mnkr lägre än
budget" and bought education places "4,1 mnkr dyrare än budgeterat" after "medan" (two items); investments
as a budget and a forecast (6,5 never written out); a risk, an action and sick leave against last year.
9 scored causes. DejaVu Sans 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, CommentTable, H, P, ReportSpec, Style, Title

from reports.common import BP, A, C, F, O

ROW = "A reason-only comment in the comment column: the row's deviation cell is the amount."


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.4,
        para_gap=6.5,
        heading_sizes=(14.0, 11.5, 10.0),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(62.0, 76.0, 62.0, 72.0),
        header=lambda n, m: ("Arbetsmarknadsnämnden", "Tertialrapport 2 2025"),
        footer=lambda n, m: (
            "Stockholms stad",
            "Arbetsmarknadsnämnden 2025-09-23, Dnr AMN 2025/0391",
            f"{n}",
        ),
        header_size=8.0,
        rule_under_header=True,
    )
    table = CommentTable(
        header=("Verksamhet (mnkr)", "Budget", "Prognos", "Avvikelse", "Kommentar"),
        rows=(
            (
                ("Jobbtorg Stockholm", "412,6", "405,1", "7,5"),
                "Vakanta handläggartjänster under våren samt lägre kostnader för lokaler efter samlokaliseringen i "
                "Skärholmen.",
                C("Jobbtorg Stockholm", "7,5", "+", "vakanser", "lokaler", unit="mnkr", table=True, note=ROW),
            ),
            (
                ("Vuxenutbildning", "846,0", "833,2", "12,8"),
                "Färre helårsplatser inom grundläggande och gymnasial vuxenutbildning än budgeterat, 12,8 mnkr.",
                C("Vuxenutbildning", "12,8 mnkr", "+", "volymer", note="The comment names its own amount."),
            ),
            (
                ("Svenska för invandrare", "298,4", "301,0", "−2,6"),
                "Fler elever än beräknat har påbörjat studier, framför allt på studieväg 1.",
                C("Svenska för invandrare", "−2,6", "-", "volymer", unit="mnkr", table=True, note=ROW),
            ),
            (
                ("Feriejobb", "96,0", "96,0", "0,0"),
                "Prognos enligt budget.",
                BP("Feriejobb"),
            ),
            (
                ("Etablering och nyanlända", "64,2", "70,1", "−5,9"),
                "Intäkterna från Arbetsförmedlingen för etableringsinsatser har minskat sedan avtalet omförhandlades, "
                "medan kostnaderna för språkpraktik är oförändrade.",
                C(
                    "Etablering och nyanlända",
                    "−5,9",
                    "-",
                    "avgifter_intakter",
                    unit="mnkr",
                    table=True,
                    note=ROW,
                ),
            ),
            (
                ("Nämnd och förvaltningsledning", "58,3", "55,3", "3,0"),
                "",
                None,
            ),
            (
                ("Summa", "1 775,5", "1 760,7", "14,8"),
                "",
                None,
            ),
        ),
        widths=(150.0, 48.0, 48.0, 54.0),
        size=8.5,
    )
    blocks = [
        Title("Tertialrapport 2 2025", size=19, font="sans-bold", after=2),
        Title("Arbetsmarknadsnämnden", size=12, font="sans", after=12),
        H("Ekonomiskt utfall och prognos", 1),
        PS(
            (
                "Arbetsmarknadsnämnden prognostiserar för helåret ett överskott på 14,8 mnkr jämfört med budget, "
                "vilket motsvarar 0,8 procent av nämndens budget.",
                C(
                    None,
                    "14,8 mnkr",
                    "+",
                    note="The full year against budget; the percentage is not the amount.",
                ),
            ),
            (
                "Efter tertial 1 var prognosen ett överskott på 9,0 mnkr, och prognosen har därmed förbättrats med "
                "5,8 mnkr.",
                F(None, "5,8 mnkr", "+", note="The earlier forecast's level (9,0) is not the change."),
            ),
        ),
        P(
            "Överskottet beror främst på att vuxenutbildningen har haft färre deltagare än budgeterat och på att "
            "statsbidraget för regionalt yrkesvux har beviljats i högre grad än beräknat.",
            C(
                None,
                None,
                "+",
                "volymer",
                "statsbidrag",
                note="The surplus's reasons apart from its amount: amount null.",
            ),
        ),
        H("Avvikelser per verksamhet", 2),
        table,
        H("Kostnader", 2),
        P(
            "Personalkostnaderna beräknas bli 9,2 mnkr lägre än budget till följd av vakanser och sjukfrånvaro, medan "
            "köp av utbildningsplatser från externa anordnare blir 4,1 mnkr dyrare än budgeterat.",
            C(
                "Personalkostnader",
                "9,2 mnkr",
                "+",
                "vakanser",
                "sjukfranvaro",
                note="Two kostnadsslag in one sentence with their own amounts: two items.",
                also=(C("Köp av utbildningsplatser", "4,1 mnkr", "-", "kopt_verksamhet"),),
            ),
        ),
        H("Investeringar", 2),
        P(
            "Nämnden har en investeringsbudget på 18,0 mnkr för inventarier och IT-utrustning i vuxenutbildningens "
            "lokaler. Prognosen är 11,5 mnkr, eftersom ombyggnaden av undervisningslokalerna i Kista har skjutits upp "
            "till 2026.",
            C(
                "Investeringar",
                "11,5 mnkr",
                "+",
                "periodisering",
                value=6_500_000,
                note="An under-spend never written out (18,0 − 11,5): the computed value, the amount text as written.",
            ),
        ),
        H("Risker och åtgärder", 2),
        PS(
            (
                "Det finns en risk att statsbidraget för regionalt yrkesvux under hösten blir lägre än beviljat om "
                "antalet deltagare inte ökar.",
                O("Vuxenutbildning", note="A risk."),
            ),
            (
                "Förvaltningen har därför ökat antalet utbildningsstarter inom yrkesvux under hösten.",
                A("Vuxenutbildning", None, "volymer"),
            ),
        ),
        H("Medarbetare", 2),
        P(
            "Sjukfrånvaron var 5,9 procent under perioden, jämfört med 6,4 procent under samma period 2024.",
            O(None, "sjukfranvaro", note="Sick leave against the previous year."),
        ),
    ]
    return ReportSpec(
        file="stockholm-amn-tertialrapport-2025-08.pdf",
        report={
            "municipality": ["Stockholm", "Stockholms stad"],
            "committee": ["Arbetsmarknadsnämnden"],
            "period": ["2025-08"],
            "report_type": "tertialrapport",
        },
        metadata={"title": "Tertialrapport 2 2025 Arbetsmarknadsnämnden", "author": "Stockholms stad"},
        style=style,
        blocks=blocks,
    )
