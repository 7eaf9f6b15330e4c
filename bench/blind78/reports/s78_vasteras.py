"""Västerås stad, Nämnden för personer med funktionsnedsättning, budgetuppföljning juni 2026.

A disability committee's month follow-up in mnkr, Liberation Sans Narrow 10 pt, footer with the nämnd's meeting
date in August: the full year "-11,3 mnkr för helåret (-9,8 mnkr i maj)" (the bracket is last month's), the
change since May with its cause, the period "4,1 mnkr sämre än den periodiserade budgeten" in a paragraph of
its own; a table with hyphen-minus deficits and June and May side by side; hyphen bullets under a generic
heading ("Förvaltningens kommentarer"): an area named in prose that the table calls otherwise with the amount
after a colon ("underskottet om 6,2 mnkr beror på"), "4,8 mnkr över budget, varav 3,1 mnkr" (one item with the
total), "ett överskott på 1,6 mnkr tack vare" a later start, a reason-only deficit (the row's "-2,4"), "beräknas
hamna 0,5 mnkr under budget" (a cost under budget, positive, no reason) and "en budget i balans"
(boilerplate); kostnadsslag as "7,9 respektive 5,6 mnkr, medan intäkterna blir 2,2 mnkr högre" (three items);
an action with its effect, a count of assistance decisions against last year and a court-case risk with an
amount (other).

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import Bullets, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="narrow",
        bold="narrow-bold",
        italic="arial-italic",
        size=10.0,
        leading=1.38,
        para_gap=6.0,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("narrow-bold", "narrow-bold", "narrow-bold"),
        margins=(70.0, 80.0, 70.0, 74.0),
        header=lambda n, m: ("Västerås stad", "Budgetuppföljning juni 2026"),
        footer=lambda n, m: ("Nämnden för personer med funktionsnedsättning 2026-08-26", "", f"{n}/{m}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Prognos per verksamhetsområde, mnkr",
        header=(("Verksamhetsområde", "Budget 2026", "Prognos 2026", "Avvikelse juni", "Avvikelse maj"),),
        rows=(
            ("LSS-boende", "486,2", "492,4", "-6,2", "-5,9"),
            ("Personlig assistans", "164,7", "169,5", "-4,8", "-3,3"),
            ("Daglig verksamhet", "138,9", "137,3", "1,6", "1,6"),
            ("Korttidsvistelse och avlösning", "62,4", "64,8", "-2,4", "-2,4"),
            ("Boendestöd SoL", "41,3", "40,8", "0,5", "0,2"),
            ("Ledning och gemensamt", "28,6", "28,6", "0,0", "0,0"),
            ("Summa", "922,1", "933,4", "-11,3", "-9,8"),
        ),
        widths=(160.0, 70.0, 70.0, 74.0, 74.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Budgetuppföljning juni 2026", size=19, font="narrow-bold", after=2),
        Title("Nämnden för personer med funktionsnedsättning", size=12.5, font="narrow", after=12),
        H("Ekonomisk prognos", 2),
        P(
            "Nämnden för personer med funktionsnedsättning prognostiserar ett underskott på -11,3 mnkr för helåret "
            "(-9,8 mnkr i maj).",
            C(None, "-11,3 mnkr", "-", note="The bracketed figure is last month's, not the amount."),
        ),
        P(
            "Försämringen med 1,5 mnkr sedan maj beror på två nya beslut om personlig assistans där Försäkringskassan "
            "inte har beviljat assistansersättning.",
            F(None, "1,5 mnkr", "-", "ersattning_fk"),
        ),
        P(
            "Utfallet för januari–juni är 4,1 mnkr sämre än den periodiserade budgeten.",
            C(None, "4,1 mnkr", "-", note="The period's deviation in a paragraph of its own."),
        ),
        table,
        H("Förvaltningens kommentarer", 2),
        Bullets(
            (
                "Bostad med särskild service enligt LSS: underskottet om 6,2 mnkr beror på att tre brukare med mycket "
                "omfattande behov har flyttat in under våren och kräver dubbelbemanning dygnet runt.",
                "Personlig assistans: 4,8 mnkr över budget, varav 3,1 mnkr avser ärenden där Försäkringskassan dragit "
                "in assistansersättningen och kommunen tagit över kostnaden.",
                "Daglig verksamhet visar ett överskott på 1,6 mnkr tack vare att två nya grupper startar först i "
                "oktober i stället för i mars.",
                "Korttidsvistelsen kostar mer än planerat eftersom fler vistelser har köpts av externa utförare.",
                "Boendestöd enligt SoL beräknas hamna 0,5 mnkr under budget.",
                "Ledning och gemensamt bedöms ha en budget i balans.",
            ),
            labels=(
                C(
                    "Bostad med särskild service enligt LSS",
                    "6,2 mnkr",
                    "-",
                    "volymer",
                    "bemanning",
                    note="The table calls the area LSS-boende.",
                ),
                C(
                    "Personlig assistans",
                    "4,8 mnkr",
                    "-",
                    "ersattning_fk",
                    note="A 'varav' part: one item with the total.",
                ),
                C("Daglig verksamhet", "1,6 mnkr", "+", "periodisering"),
                C(
                    "Korttidsvistelse och avlösning",
                    "-2,4",
                    "-",
                    "kopt_verksamhet",
                    "volymer",
                    unit="mnkr",
                    table=True,
                    note="A reason only: the table row's June cell.",
                ),
                C(
                    "Boendestöd enligt SoL",
                    "0,5 mnkr",
                    "+",
                    note="A cost under budget: positive. No reason, no tag.",
                ),
                BP("Ledning och gemensamt"),
            ),
            glyph="-",
        ),
        H("Kostnadsslag", 2),
        P(
            "Personalkostnaderna och köp av verksamhet överstiger budget med 7,9 respektive 5,6 mnkr, medan intäkterna "
            "blir 2,2 mnkr högre än budget.",
            C(
                "Personalkostnader",
                "7,9",
                "-",
                unit="mnkr",
                note="Three kostnadsslag in one sentence: three items. Account groups give no tags.",
                also=(C("Köp av verksamhet", "5,6 mnkr", "-"), C("Intäkter", "2,2 mnkr", "+")),
            ),
        ),
        H("Åtgärder", 2),
        P(
            "En handlingsplan har tagits fram med bland annat en översyn av bemanningen på boenden med "
            "dubbelbemanning. Planen beräknas minska kostnaderna med 2,5 mnkr under hösten.",
            A("Bostad med särskild service enligt LSS", "2,5 mnkr", "bemanning"),
        ),
        H("Volymer", 2),
        P(
            "Antalet personer med beslut om personlig assistans enligt LSS var 148 i juni, sex fler än i juni 2025.",
            O("Personlig assistans", "volymer", note="A count against the previous year: other."),
        ),
        P(
            "Två ärenden om assistansersättning prövas i förvaltningsrätten, och ett negativt utfall kan öka "
            "kostnaderna med ytterligare 1,8 mnkr.",
            O("Personlig assistans", "ersattning_fk", note="A risk with an amount: other."),
        ),
    ]
    return ReportSpec(
        file="vasteras-npf-budgetuppfoljning-2026-06.pdf",
        report={
            "municipality": "Västerås",
            "committee": ["Nämnden för personer med funktionsnedsättning"],
            "period": ["2026-06"],
            "report_type": "budgetuppföljning",
        },
        metadata={
            "title": "Budgetuppföljning juni 2026 Nämnden för personer med funktionsnedsättning",
            "author": "Västerås stad",
        },
        style=style,
        blocks=blocks,
    )
