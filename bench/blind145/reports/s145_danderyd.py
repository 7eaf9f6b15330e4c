"""Danderyds kommun, Kultur- och fritidsnämnden, månadsrapport oktober 2025.

A culture and leisure committee's month report in tkr and mnkr, set in Arial (Liberation Sans), footer with
the nämnd's meeting date in November: the full year "ett underskott på 1 350 tkr mot budgetramen", the change
since September with its cause in the same paragraph (a forecast change of its own), the period "0,8 mnkr
lägre än periodiserad budget" (a net cost under budget: positive) in a paragraph of its own; a comment table
whose last column explains each row: reason-only comments taking their cells ("240", "560", "-2 180",
"410"), one comment with its own amount ("totalt 410 tkr över budget"), "I nivå med budget." (boilerplate)
and a row with no comment; investments "ett överskott på 3,4 mnkr"; an action with "cirka 300 tkr", library
visits against last year with "beror på" and an insurance risk (others).

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, CommentTable, H, P, ReportSpec, Style, Title

from reports.common import BP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=10.0,
        leading=1.4,
        para_gap=7.0,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(64.0, 78.0, 64.0, 74.0),
        header=lambda n, m: ("Danderyds kommun", "Kultur- och fritidsförvaltningen"),
        footer=lambda n, m: ("Kultur- och fritidsnämnden 2025-11-20", "KFN 2025/0213", f"{n} ({m})"),
        header_size=8.0,
        rule_under_header=False,
    )
    table = CommentTable(
        header=("Verksamhet, tkr", "Budget", "Prognos", "Avvikelse", "Kommentar"),
        rows=(
            (
                ("Nämnd och förvaltning", "6 420", "6 180", "240"),
                "Vakant controllertjänst under våren.",
                C(
                    "Nämnd och förvaltning",
                    "240",
                    "+",
                    "vakanser",
                    unit="tkr",
                    table=True,
                    note="A reason-only comment takes its row's cell.",
                ),
            ),
            (
                ("Bibliotek", "24 300", "24 710", "-410"),
                "E-medielicenserna har blivit dyrare och avtalet för biblioteket i Mörby centrum omfattar från i år "
                "även systemet för meröppet, totalt 410 tkr över budget.",
                C(
                    "Bibliotek",
                    "410 tkr",
                    "-",
                    "it_digitalisering",
                    "prisokningar",
                    note="The comment names its amount.",
                ),
            ),
            (
                ("Kulturskolan", "19 850", "19 290", "560"),
                "Tre vakanta lärartjänster ger lägre lönekostnader, vilket mer än väl uppväger att färre elever i "
                "instrumentundervisningen efter avgiftshöjningen ger lägre intäkter.",
                C(
                    "Kulturskolan",
                    "560",
                    "+",
                    "vakanser",
                    "volymer",
                    "avgifter_intakter",
                    unit="tkr",
                    table=True,
                    note="Net surplus: the cell as printed.",
                ),
            ),
            (
                ("Idrott och anläggningar", "52 700", "54 880", "-2 180"),
                "Avvikelsen beror på att kylanläggningen i ishallen havererade i augusti, med reparation och hyrd "
                "istid i Täby som följd, samt på högre elkostnader för konstgräsplanernas belysning.",
                C(
                    "Idrott och anläggningar",
                    "-2 180",
                    "-",
                    "ovrigt",
                    "prisokningar",
                    unit="tkr",
                    table=True,
                    note="A breakdown is ovrigt, electricity prices prisokningar.",
                ),
            ),
            (
                ("Fritidsgårdar", "14 100", "13 690", "410"),
                "Fritidsgården i Enebyberg har hållit stängt under ombyggnaden och personalen har delvis arbetat i "
                "andra verksamheter.",
                C(
                    "Fritidsgårdar",
                    "410",
                    "+",
                    "ovrigt",
                    unit="tkr",
                    table=True,
                    note="A closure for rebuilding is ovrigt; the cell '410' is also the library's deficit figure.",
                ),
            ),
            (("Föreningsbidrag", "18 230", "18 230", "0"), "I nivå med budget.", BP("Föreningsbidrag")),
            (("Kultur och evenemang", "13 000", "12 970", "30"), "", None),
            (("Summa", "148 600", "149 950", "-1 350"), "", None),
        ),
        widths=(124.0, 50.0, 50.0, 54.0),
        size=8.5,
    )
    blocks = [
        Title("Månadsrapport oktober 2025", size=19, font="arial-bold", after=2),
        Title("Kultur- och fritidsnämnden", size=12, font="arial", after=12),
        H("Ekonomiskt resultat och prognos", 2),
        PS(
            (
                "Kultur- och fritidsnämnden prognostiserar för 2025 ett underskott på 1 350 tkr mot budgetramen på "
                "148,6 mnkr.",
                C(None, "1 350 tkr", "-", note="The full year against the frame, no reason."),
            ),
            (
                "Underskottet är 400 tkr större än i septemberprognosen, främst eftersom reparationen av ishallens "
                "kylanläggning blev dyrare än beräknat.",
                F(None, "400 tkr", "-", "ovrigt"),
            ),
        ),
        P(
            "Utfallet för januari–oktober är 122,9 mnkr, vilket är 0,8 mnkr lägre än periodiserad budget.",
            C(None, "0,8 mnkr", "+", note="A net cost under the periodised budget: positive."),
        ),
        H("Verksamheternas avvikelser", 2),
        P("Tabellen visar helårsprognosen per verksamhet. Negativt tal innebär ett underskott mot budget."),
        table,
        H("Investeringar", 2),
        P(
            "Av årets investeringsbudget på 9,5 mnkr beräknas 6,1 mnkr att användas, vilket ger ett överskott på "
            "3,4 mnkr. Bytet av konstgräs på Enebybergs idrottsplats har skjutits upp till 2026 i väntan på nya "
            "regler om granulat.",
            C("Investeringar", "3,4 mnkr", "+", "periodisering"),
        ),
        H("Åtgärder", 2),
        P(
            "Förvaltningen har infört inköpsstopp för inventarier och senarelägger rekryteringen av en fritidsledare, "
            "vilket minskar underskottet med cirka 300 tkr.",
            A(None, "cirka 300 tkr", "material_hjalpmedel", "vakanser"),
        ),
        H("Risker och verksamhetsmått", 2),
        P(
            "Försäkringsbolagets besked om ersättning för haveriet i ishallen väntas i december. Om skadan ersätts "
            "kan underskottet minska med upp till 1 mnkr.",
            O("Idrott och anläggningar", note="A risk with an amount: other."),
        ),
        P(
            "Antalet besök på biblioteken var 312 000 till och med oktober, 6 procent fler än samma period 2024, "
            "vilket beror på de utökade öppettiderna.",
            O("Bibliotek", "volymer", note="Visits against the previous year."),
        ),
    ]
    return ReportSpec(
        file="danderyd-kfn-manadsrapport-2025-10.pdf",
        report={
            "municipality": "Danderyd",
            "committee": ["Kultur- och fritidsnämnden"],
            "period": ["2025-10"],
            "report_type": "månadsrapport",
        },
        metadata={
            "title": "Månadsrapport oktober 2025 Kultur- och fritidsnämnden",
            "author": "Danderyds kommun",
        },
        style=style,
        blocks=blocks,
    )
