"""Jönköpings kommun, Äldrenämnden, verksamhetsberättelse 2025.

An elderly-care committee's year-end report in mnkr (period = the year), footer with the date the nämnd
adopted it in February: the result "−14,2 mnkr i förhållande till budget" with a percentage of the frame that
is not the amount, the outcome against the interim forecast with its cause (a forecast change); a table whose
last column is each row's comment (CommentTable), where reason-only comments take their row's cell ("−11,5",
"2,1", "2,6"), one comment names its own amount ("Underskottet på 8,2 mnkr"), one says "i nivå med budget"
(boilerplate) and two rows have no comment; then bold run-in kostnadsslag ending in a full stop with the
amounts in prose ("blev 19,6 mnkr högre än budget", "översteg budget med 6,9 mnkr, varav statsbidrag", "har
kostat 2,4 mnkr mer", "blev 0,9 mnkr lägre"), so the deficit is explained twice; investments "Av
investeringsbudgeten på 18,0 mnkr har 11,3 mnkr använts" (6,7 never written out); home-care clients against
2024 with "beror på" (other) and an action for 2026. Liberation Serif (Times) 10.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import CommentTable, H, P, ReportSpec, Style, Title

from reports.common import BP, LP, A, C, F, O

ROW = "A comment-column reason with no amount: the row's deviation cell (mnkr)."


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=10.5,
        leading=1.35,
        para_gap=6.5,
        heading_sizes=(16.0, 12.5, 11.0),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(66.0, 78.0, 66.0, 74.0),
        header=lambda n, m: ("JÖNKÖPINGS KOMMUN", "Äldrenämnden"),
        footer=lambda n, m: ("Verksamhetsberättelse 2025", "Antagen av äldrenämnden 2026-02-24", f"{n}/{m}"),
        header_size=8.0,
        rule_under_header=True,
    )
    comments = CommentTable(
        header=("Verksamhet, mnkr", "Budget", "Utfall", "Avvikelse", "Kommentar"),
        rows=(
            (
                ("Hemtjänst", "512,4", "523,9", "−11,5"),
                "Antalet beviljade hemtjänsttimmar ökade med sju procent under året och andelen delade turer var "
                "högre än planerat.",
                C("Hemtjänst", "−11,5", "-", "volymer", "bemanning", unit="mnkr", table=True, note=ROW),
            ),
            (
                ("Särskilt boende", "1 046,8", "1 055,0", "−8,2"),
                "Underskottet på 8,2 mnkr beror på höga kostnader för timvikarier och övertid under sommaren samt "
                "på sjuklönekostnader.",
                C(
                    "Särskilt boende",
                    "8,2 mnkr",
                    "-",
                    "vikarier",
                    "overtid",
                    "sjukfranvaro",
                    note="A comment that names its own amount: from the prose.",
                ),
            ),
            (
                ("Hälso- och sjukvård", "188,2", "186,1", "2,1"),
                "Vakanta sjukskötersketjänster under våren.",
                C("Hälso- och sjukvård", "2,1", "+", "vakanser", unit="mnkr", table=True, note=ROW),
            ),
            (
                ("Dagverksamhet", "34,5", "31,9", "2,6"),
                "Två dagverksamheter hölls stängda under renovering.",
                C(
                    "Dagverksamhet",
                    "2,6",
                    "+",
                    "ovrigt",
                    unit="mnkr",
                    table=True,
                    note=ROW + " Closure for renovation is ovrigt.",
                ),
            ),
            (("Hjälpmedel", "22,0", "22,1", "−0,1"), "Utfallet är i nivå med budget.", BP("Hjälpmedel")),
            (("Myndighetsutövning", "61,3", "60,5", "0,8"), "", None),
            (("Nämnd och ledning", "29,8", "29,7", "0,1"), "", None),
            (("Summa", "1 895,0", "1 909,2", "−14,2"), "", None),
        ),
        widths=(112.0, 48.0, 48.0, 52.0),
        size=9.0,
    )
    blocks = [
        Title("Verksamhetsberättelse 2025", size=20, font="arial-bold", after=2),
        Title("Äldrenämnden", size=13, font="times", after=12),
        H("Ekonomiskt resultat", 2),
        P(
            "Äldrenämnden redovisar för 2025 ett resultat på −14,2 mnkr i förhållande till budget, vilket "
            "motsvarar 0,7 procent av nämndens budgetram.",
            C(None, "−14,2 mnkr", "-", note="A percentage of the frame beside the amount: not the amount."),
        ),
        P(
            "Det är 2,8 mnkr bättre än prognosen i delårsrapporten. Förbättringen förklaras främst av att "
            "statsbidraget för äldreomsorgen blev högre än beräknat.",
            F(None, "2,8 mnkr", "+", "statsbidrag", note="The outcome against the interim forecast."),
        ),
        H("Resultat per verksamhet", 2),
        comments,
        H("Intäkter och kostnader", 2),
        LP(
            "Personalkostnader.",
            "Personalkostnaderna blev 19,6 mnkr högre än budget, främst på grund av de ökade hemtjänsttimmarna "
            "och vikarier under semesterperioden.",
            C("Personalkostnader", "19,6 mnkr", "-", "volymer", "vikarier"),
        ),
        LP(
            "Intäkter.",
            "Verksamhetens intäkter översteg budget med 6,9 mnkr, varav statsbidrag 5,2 mnkr.",
            C("Intäkter", "6,9 mnkr", "+", "statsbidrag", note="A 'varav' part: one item with the total."),
        ),
        LP(
            "Köp av verksamhet.",
            "Köpta platser i särskilt boende i andra kommuner har kostat 2,4 mnkr mer än budgeterat.",
            C("Köp av verksamhet", "2,4 mnkr", "-", "kopt_verksamhet"),
        ),
        LP(
            "Övriga kostnader.",
            "Övriga kostnader blev 0,9 mnkr lägre än budget.",
            C("Övriga kostnader", "0,9 mnkr", "+", note="A deviation with no reason: no tags."),
        ),
        H("Investeringar", 2),
        P(
            "Av investeringsbudgeten på 18,0 mnkr har 11,3 mnkr använts. Upphandlingen av nya digitala "
            "trygghetslarm har skjutits till 2026.",
            C(
                "Investeringar",
                "investeringsbudgeten på 18,0 mnkr har 11,3 mnkr",
                "+",
                "periodisering",
                value=6_700_000,
                note="An under-spend of 6,7 mnkr never written out: the computed value.",
            ),
        ),
        H("Volymer", 2),
        P(
            "Antalet personer med hemtjänst ökade från 2 310 till 2 455 jämfört med 2024, vilket främst beror på "
            "att allt fler invånare är över 85 år.",
            O("Hemtjänst", "volymer", note="Clients against the previous year: other."),
        ),
        H("Inför 2026", 2),
        P(
            "Nämnden har beslutat att minska användningen av timvikarier genom en central bemanningsenhet, med en "
            "beräknad besparing på 4 mnkr under 2026.",
            A(None, "4 mnkr", "vikarier", "bemanning"),
        ),
    ]
    return ReportSpec(
        file="jonkoping-aldn-verksamhetsberattelse-2025.pdf",
        report={
            "municipality": "Jönköping",
            "committee": ["Äldrenämnden"],
            "period": ["2025", "2025-12"],
            "report_type": "verksamhetsberättelse",
        },
        metadata={"title": "Verksamhetsberättelse 2025 Äldrenämnden", "author": "Jönköpings kommun"},
        style=style,
        blocks=blocks,
    )
