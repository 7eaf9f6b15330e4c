"""Upplands Väsby kommun, Kultur- och fritidsnämnden, verksamhetsberättelse 2025.

A culture and leisure committee's year-end report whose result table's last column is each row's comment
(tkr, hyphen-minus for deficits), footer with the nämnd's meeting date in February: the result "knappt 1,7
miljoner kronor sämre än budget"; the outcome against the interim report's forecast with its cause and no
amount (forecast change, null); comments with reasons only (the row's cell: "450", "-820", "-1 850", "-640"),
one comment that names its own amount ("Överskottet på 660 tkr beror på"), one "I nivå med budget." (the
row's 20, boilerplate) and one row with no comment; investments "7,3 mnkr mot budgeterade 11,0 mnkr" (3,7 never
written out) and a project "0,4 mnkr dyrare än beräknat" with no reason; visits against 2024 with "beror på"
(other) and a fee review with its effect (action). Liberation Sans Narrow 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import CommentTable, H, P, ReportSpec, Style, Title

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
        margins=(62.0, 78.0, 62.0, 72.0),
        header=lambda n, m: ("Upplands Väsby kommun", "Verksamhetsberättelse 2025"),
        footer=lambda n, m: ("Kultur- och fritidsnämnden 2026-02-24", "KFN 2026/0031", f"{n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = CommentTable(
        header=("Verksamhet", "Budget", "Utfall", "Avvikelse", "Kommentar"),
        rows=(
            (
                ("Nämnd och förvaltning", "9 800", "9 350", "450"),
                "Vakant tjänst som kulturstrateg under våren.",
                C("Nämnd och förvaltning", "450", "+", "vakanser", unit="tkr", table=True),
            ),
            (
                ("Bibliotek", "24 600", "25 420", "-820"),
                "Högre kostnader för licenser till e-böcker och utökade öppettider på biblioteket i Väsby centrum "
                "under hösten.",
                C("Bibliotek", "-820", "-", "it_digitalisering", "bemanning", unit="tkr", table=True),
            ),
            (
                ("Kulturskola", "18 300", "17 640", "660"),
                "Överskottet på 660 tkr beror på högre avgiftsintäkter när fler elever tog plats i kör och dans.",
                C(
                    "Kulturskola",
                    "660 tkr",
                    "+",
                    "avgifter_intakter",
                    "volymer",
                    note="The comment names its own amount: from the prose.",
                ),
            ),
            (
                ("Idrottsanläggningar", "41 200", "43 050", "-1 850"),
                "Reparation av konstgräsplanen i Smedby efter skadegörelse samt högre energikostnader i ishallen.",
                C("Idrottsanläggningar", "-1 850", "-", "ovrigt", "prisokningar", unit="tkr", table=True),
            ),
            (
                ("Fritidsgårdar", "12 900", "12 880", "20"),
                "I nivå med budget.",
                BP("Fritidsgårdar"),
            ),
            (("Föreningsbidrag", "8 700", "8 210", "490"), "", None),
            (
                ("Allmänkultur", "6 100", "6 740", "-640"),
                "Jubileumsprogrammet på konsthallen blev dyrare än planerat, bland annat för säkerhetsvakter och "
                "scenteknik.",
                C("Allmänkultur", "-640", "-", "ovrigt", unit="tkr", table=True),
            ),
            (("Summa", "121 600", "123 290", "-1 690"), "", None),
        ),
        widths=(120.0, 52.0, 52.0, 56.0),
        size=8.5,
    )
    blocks = [
        Title("Verksamhetsberättelse 2025", size=19, font="narrow-bold", after=2),
        Title("Kultur- och fritidsnämnden", size=12.5, font="narrow", after=12),
        H("Ekonomisk översikt", 2),
        P(
            "Kultur- och fritidsnämnden redovisar ett utfall för 2025 som är knappt 1,7 miljoner kronor sämre än "
            "budget.",
            C(None, "knappt 1,7 miljoner kronor", "-"),
        ),
        P(
            "I delårsrapporten per augusti bedömdes nämnden klara sin budget. Den negativa skillnaden mot prognosen "
            "beror i huvudsak på skadegörelsen på konstgräsplanen i Smedby i oktober.",
            F(
                None,
                None,
                "-",
                "ovrigt",
                note="The change against the interim forecast, no amount stated: null.",
            ),
        ),
        P(
            "Tabellen visar budget och utfall i tusen kronor. Negativ avvikelse innebär ett underskott mot budget.",
            size=9.0,
        ),
        table,
        H("Investeringar", 2),
        P(
            "Nämndens investeringar uppgick till 7,3 mnkr mot budgeterade 11,0 mnkr. Bytet av kylanläggningen i "
            "ishallen har flyttats till 2026 eftersom upphandlingen fick göras om.",
            C(
                "Investeringar",
                "7,3 mnkr mot budgeterade 11,0 mnkr",
                "+",
                "periodisering",
                value=3_700_000,
                note="An under-spend of 3,7 mnkr, never written out: the computed value.",
            ),
        ),
        P(
            "Projektet med ny belysning i elljusspåret blev 0,4 mnkr dyrare än beräknat.",
            C("Belysning i elljusspåret", "0,4 mnkr", "-", note="A project overrun with no reason: no tags."),
        ),
        H("Verksamhetens volymer", 2),
        P(
            "Antalet besök på biblioteken ökade med 12 procent jämfört med 2024, vilket beror på de längre "
            "öppettiderna.",
            O("Bibliotek", "volymer", note="Visits against the previous year: other."),
        ),
        H("Framåtblick", 2),
        P(
            "Nämnden har beslutat att se över avgifterna för uthyrning av lokaler och anläggningar inför 2026, "
            "vilket beräknas ge 0,3 mnkr i ökade intäkter.",
            A(None, "0,3 mnkr", "avgifter_intakter"),
        ),
    ]
    return ReportSpec(
        file="upplands-vasby-kfn-verksamhetsberattelse-2025.pdf",
        report={
            "municipality": "Upplands Väsby",
            "committee": ["Kultur- och fritidsnämnden"],
            "period": ["2025", "2025-12"],
            "report_type": "verksamhetsberättelse",
        },
        metadata={
            "title": "Verksamhetsberättelse 2025 Kultur- och fritidsnämnden",
            "author": "Upplands Väsby kommun",
        },
        style=style,
        blocks=blocks,
    )
