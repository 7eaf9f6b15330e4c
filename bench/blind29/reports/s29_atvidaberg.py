"""Åtvidabergs kommun, Kommunstyrelsen, bokslutsrapport 2025 (the whole kommun).

A small kommun's year-end report in mnkr (period = the year), footer with the kommunstyrelse's meeting date in
February: the result as a level, the budgeted result and "en positiv budgetavvikelse med 3,6 mnkr" in two
sentences (one item), the nämnder's deficit and the finance function's surplus in one sentence (two items),
the outcome against the interim report's forecast with its cause (a forecast change); a nämnd table whose
last column is each row's comment and whose deviation is "budget minus utfall": reasons without amounts (the
row's cell: "2,4", "−2,1", "0,6", "12,6"), one comment with its own amount ("Underskottet på 9,7 mnkr"), one
"Utfallet motsvarar budget" (boilerplate) and one row with no comment (unlabelled); the finance row with
negative budget and outcome (net income); investments "22,7 mnkr under budget" and a project table whose
deviation is "utfall minus budget", so a preschool's "+3,2" is an overrun ("3,2 mnkr dyrare än
projektbudgeten", negative); the balanskrav and cost growth against last year (others). 10 scored causes.
Liberation Sans Narrow 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import CommentTable, H, P, PageBreak, ReportSpec, Style, Table, Title

from reports.common import BP, C, F, O

ROW = "A comment-column reason with no amount: the row's deviation cell (mnkr, budget minus utfall)."
NO_TAG = "A finance item: no cause tag."


def spec() -> ReportSpec:
    style = Style(
        body="narrow",
        bold="narrow-bold",
        italic="arial-italic",
        size=10.0,
        leading=1.38,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("narrow-bold", "narrow-bold", "narrow-bold"),
        margins=(66.0, 78.0, 66.0, 72.0),
        header=lambda n, m: ("Åtvidabergs kommun", "Bokslutsrapport 2025"),
        footer=lambda n, m: ("Kommunstyrelsen 2026-02-17", "KS 2026/31", f"{n}/{m}"),
        header_size=8.0,
        rule_under_header=True,
    )
    committees = CommentTable(
        header=("Nämnd, mnkr", "Budget", "Utfall", "Avvikelse", "Kommentar"),
        rows=(
            (
                ("Kommunstyrelsen", "61,8", "59,4", "2,4"),
                "Vakanser inom kansliet och lägre kostnader för den politiska organisationen än budgeterat.",
                C(
                    "Kommunstyrelsen",
                    "2,4",
                    "+",
                    "vakanser",
                    "ovrigt",
                    unit="mnkr",
                    table=True,
                    note=ROW + " The political organisation's costs: ovrigt.",
                ),
            ),
            (
                ("Barn- och utbildningsnämnden", "268,5", "270,6", "−2,1"),
                "Fler barn i behov av särskilt stöd i förskolan och fler gymnasieelever som studerar i Linköping och "
                "Norrköping.",
                C(
                    "Barn- och utbildningsnämnden",
                    "−2,1",
                    "-",
                    "volymer",
                    "kopt_verksamhet",
                    unit="mnkr",
                    table=True,
                    note=ROW,
                ),
            ),
            (
                ("Socialnämnden", "231,0", "240,7", "−9,7"),
                "Underskottet på 9,7 mnkr förklaras främst av placeringar av barn och unga och av högre kostnader "
                "för försörjningsstöd.",
                C("Socialnämnden", "9,7 mnkr", "-", "kopt_verksamhet", "ekonomiskt_bistand"),
            ),
            (
                ("Samhällsbyggnadsnämnden", "44,3", "43,7", "0,6"),
                "Den milda vintern gav lägre kostnader för snöröjning, vilket mer än vägde upp lägre intäkter från "
                "bygglov.",
                C(
                    "Samhällsbyggnadsnämnden",
                    "0,6",
                    "+",
                    "ovrigt",
                    "avgifter_intakter",
                    unit="mnkr",
                    table=True,
                    note=ROW + " Weather is ovrigt.",
                ),
            ),
            (
                ("Kultur- och fritidsnämnden", "23,9", "23,9", "0,0"),
                "Utfallet motsvarar budget.",
                BP("Kultur- och fritidsnämnden"),
            ),
            (("Överförmyndarnämnden", "3,1", "3,3", "−0,2"), "", None),
            (
                ("Finansförvaltningen", "−642,1", "−654,7", "12,6"),
                "Skatteintäkterna blev högre än budgeterat och pensionskostnaderna lägre.",
                C("Finansförvaltningen", "12,6", "+", unit="mnkr", table=True, note=ROW + " " + NO_TAG),
            ),
        ),
        widths=(124.0, 44.0, 44.0, 50.0),
        size=8.5,
    )
    investments = Table(
        caption="Investeringar 2025, mnkr (avvikelse = utfall minus budget)",
        header=(("Projekt", "Budget", "Utfall", "Avvikelse"),),
        rows=(
            ("Reningsverket i Grebo, ombyggnad", "28,0", "6,5", "−21,5"),
            ("Förskolan Grävlingen", "14,0", "17,2", "+3,2"),
            ("Gator och belysning", "9,0", "8,6", "−0,4"),
            ("Övriga projekt", "20,0", "16,0", "−4,0"),
            ("Summa", "71,0", "48,3", "−22,7"),
        ),
        widths=(200.0, 70.0, 70.0, 70.0),
        bold_rows=frozenset({4}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Bokslutsrapport 2025", size=20, font="narrow-bold", after=2),
        Title("Åtvidabergs kommun", size=12.5, font="narrow", after=14),
        H("Driftredovisning 2025", 1),
        P(
            "Kommunens resultat för 2025 blev 13,1 mnkr. Budgeterat resultat var 9,5 mnkr, vilket innebär en positiv "
            "budgetavvikelse med 3,6 mnkr.",
            C(
                None,
                "3,6 mnkr",
                "+",
                note="The result and the budgeted result are levels; the deviation is the amount.",
            ),
        ),
        P(
            "Nämnderna redovisar tillsammans ett underskott på 9,0 mnkr, medan finansförvaltningen visar ett "
            "överskott på 12,6 mnkr.",
            C(
                "Nämnderna",
                "9,0 mnkr",
                "-",
                note="Two parts with their own amounts in one sentence: two items.",
                also=(C("Finansförvaltningen", "12,6 mnkr", "+", note=NO_TAG),),
            ),
        ),
        P(
            "Resultatet blev 5,1 mnkr bättre än prognosen i delårsrapporten, främst eftersom slutavräkningen för "
            "skatteintäkterna blev högre än SKR:s augustiprognos.",
            F(None, "5,1 mnkr", "+", note="The outcome against the interim forecast. " + NO_TAG),
        ),
        P("Avvikelse = budget minus utfall. Ett negativt tal innebär ett underskott.", None, size=9.0),
        committees,
        H("Investeringar", 1),
        investments,
        P(
            "Investeringarna uppgick till 48,3 mnkr, vilket är 22,7 mnkr under budget. Den största delen av "
            "skillnaden avser ombyggnaden av reningsverket i Grebo, där entreprenaden har senarelagts till 2026 "
            "efter att upphandlingen fick göras om.",
            C(
                "Investeringar",
                "22,7 mnkr",
                "+",
                "periodisering",
                note="Investment under-spending: positive (the table's '−22,7' is utfall minus budget).",
            ),
        ),
        P(
            "Förskolan Grävlingen blev 3,2 mnkr dyrare än projektbudgeten, då grundläggningen krävde mer arbete än "
            "beräknat och priserna på installationer steg under byggtiden.",
            C(
                "Förskolan Grävlingen",
                "3,2 mnkr",
                "-",
                "prisokningar",
                "ovrigt",
                note="An investment overrun: negative, though the table shows '+3,2' (more spending). Ground "
                "conditions are ovrigt.",
            ),
        ),
        PageBreak(),
        H("Balanskrav och nyckeltal", 1),
        P(
            "Balanskravsresultatet uppgår till 11,8 mnkr efter att realisationsvinster från försäljningen av "
            "industritomter har räknats bort. Balanskravet uppfylls.",
            O(None, note="Balanskrav: other."),
        ),
        P(
            "Nettokostnaderna ökade med 4,8 procent jämfört med 2024, medan skatteintäkter och generella statsbidrag "
            "ökade med 4,1 procent.",
            O(None, note="Growth against the previous year: other."),
        ),
        H("Väsentliga händelser", 1),
        P(
            "Under året antog kommunfullmäktige en ny översiktsplan, och arbetet med en gemensam räddningsnämnd "
            "tillsammans med grannkommunerna inleddes. Befolkningen ökade med 46 personer till 12 250 invånare."
        ),
    ]
    return ReportSpec(
        file="atvidaberg-ks-bokslutsrapport-2025.pdf",
        report={
            "municipality": "Åtvidaberg",
            "committee": ["Kommunstyrelsen"],
            "period": ["2025", "2025-12"],
            "report_type": "bokslut",
        },
        metadata={"title": "Bokslutsrapport 2025", "author": "Åtvidabergs kommun"},
        style=style,
        blocks=blocks,
    )
