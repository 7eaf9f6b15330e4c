"""Lunds kommun, Kultur- och fritidsnämnden, tertialrapport 1 2026.

A culture and leisure committee's tertial report, Liberation Serif 11 pt, footer with a diarienummer and the
meeting date in May: the full year "ett underskott på 3,2 miljoner kronor jämfört med budget" with a
percentage of the frame in the next sentence (one item), revenue and costs as two items in one sentence
("2,0 miljoner kronor lägre … och kostnaderna 1,2 miljoner kronor högre"), the period "1,4 miljoner kronor
lägre än den periodiserade budgeten" (a net cost under budget: positive) with a timing reason; a result table
whose last column is each row's comment, with deficits in brackets ("(1 900)"): reason-only comments that
take their cells, one comment that names its own amount, "Prognos enligt budget" (boilerplate) and a row with
no comment; an investment overrun "4,3 miljoner kronor mer än budget" (damp damage: ovrigt); an action, an
energy-price risk (other) and "bedömningen oförändrad" (a boilerplate forecast change).

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import CommentTable, H, P, ReportSpec, Style, Title

from reports.common import BF, BP, A, C, O


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=11.0,
        leading=1.32,
        para_gap=6.0,
        heading_sizes=(16.0, 13.0, 11.0),
        heading_fonts=("times-bold", "times-bold", "times-bold"),
        margins=(70.0, 80.0, 70.0, 76.0),
        header=lambda n, m: ("Lunds kommun", "Kultur- och fritidsförvaltningen"),
        footer=lambda n, m: ("Dnr KU 2026/0241", "", f"Sammanträde 2026-05-21 – sida {n}"),
        header_size=8.5,
        rule_under_header=True,
    )
    table = CommentTable(
        header=("Verksamhet, tkr", "Budget", "Prognos", "Avvikelse", "Kommentar"),
        rows=(
            (
                ("Bibliotek", "78 400", "77 600", "800"),
                "Vakanta tjänster på huvudbiblioteket under våren.",
                C(
                    "Bibliotek",
                    "800",
                    "+",
                    "vakanser",
                    unit="tkr",
                    table=True,
                    note="A reason-only comment: the cell.",
                ),
            ),
            (
                ("Idrott och anläggningar", "112 300", "114 200", "(1 900)"),
                "Energikostnaderna i ishallarna och badet ligger högre än budgeterat, och en av simhallarna har varit "
                "stängd i sex veckor för reparation.",
                C(
                    "Idrott och anläggningar",
                    "(1 900)",
                    "-",
                    "prisokningar",
                    "ovrigt",
                    unit="tkr",
                    table=True,
                    note="A deficit in brackets: the cell as printed, the amount positive.",
                ),
            ),
            (
                ("Kulturhus och scenkonst", "46 900", "48 600", "(1 700)"),
                "Publikintäkterna för vårens föreställningar blev 1,7 miljoner kronor lägre än beräknat.",
                C(
                    "Kulturhus och scenkonst",
                    "1,7 miljoner kronor",
                    "-",
                    "avgifter_intakter",
                    note="The comment names its own amount.",
                ),
            ),
            (
                ("Fritidsgårdar och unga", "39 200", "39 200", "0"),
                "Prognos enligt budget.",
                BP("Fritidsgårdar och unga"),
            ),
            (("Föreningsbidrag", "31 500", "30 900", "600"), "", None),
            (
                ("Gemensamt och nämnd", "22 700", "23 700", "(1 000)"),
                "Uppstartskostnader för det nya bokningssystemet.",
                C(
                    "Gemensamt och nämnd",
                    "(1 000)",
                    "-",
                    "it_digitalisering",
                    "omstallning",
                    unit="tkr",
                    table=True,
                ),
            ),
            (("Summa", "331 000", "334 200", "(3 200)"), "", None),
        ),
        widths=(128.0, 52.0, 52.0, 56.0),
        size=9.0,
    )
    blocks = [
        Title("Tertialrapport 1 2026", size=20, font="times-bold", after=2),
        Title("Kultur- och fritidsnämnden", size=13, font="times", after=14),
        H("Ekonomisk bedömning", 2),
        P(
            "Kultur- och fritidsnämnden bedömer att årets resultat blir ett underskott på 3,2 miljoner kronor "
            "jämfört med budget. Det motsvarar 1,1 procent av nämndens ram.",
            C(None, "3,2 miljoner kronor", "-", note="The percentage of the frame is not the amount."),
        ),
        P(
            "Intäkterna blir sammantaget 2,0 miljoner kronor lägre än budgeterat och kostnaderna 1,2 miljoner kronor "
            "högre.",
            C(
                "Intäkter",
                "2,0 miljoner kronor",
                "-",
                note="Revenue and costs in one sentence: two items.",
                also=(C("Kostnader", "1,2 miljoner kronor", "-"),),
            ),
        ),
        P(
            "Efter april är utfallet 1,4 miljoner kronor lägre än den periodiserade budgeten, främst därför att "
            "sommarens evenemang och lovaktiviteter ännu inte har belastat resultatet.",
            C(
                None,
                "1,4 miljoner kronor",
                "+",
                "periodisering",
                note="A net cost under the periodised budget: a positive period deviation.",
            ),
        ),
        H("Prognos per verksamhet", 2),
        table,
        H("Investeringar", 2),
        P(
            "Investeringsutgifterna för året beräknas till 18,7 miljoner kronor, vilket är 4,3 miljoner kronor mer "
            "än budget. Anledningen är att renoveringen av omklädningsrummen vid en av idrottsplatserna blev dyrare "
            "än planerat när fuktskador upptäcktes.",
            C(
                "Investeringar",
                "4,3 miljoner kronor",
                "-",
                "ovrigt",
                note="An overrun: negative. Damp damage.",
            ),
        ),
        H("Åtgärder och risker", 2),
        P(
            "Förvaltningen har infört inköpsstopp för inventarier och prövar varje ny rekrytering för att minska "
            "underskottet med cirka 1,0 miljoner kronor.",
            A(None, "cirka 1,0 miljoner kronor", "material_hjalpmedel", "vakanser"),
        ),
        P(
            "En risk i prognosen är att energipriserna under hösten blir högre än vad som har antagits.",
            O(None, "prisokningar", note="A risk."),
        ),
        P("Jämfört med föregående prognos i februari är bedömningen oförändrad.", BF(None)),
    ]
    return ReportSpec(
        file="lund-kfn-tertialrapport-2026-04.pdf",
        report={
            "municipality": "Lund",
            "committee": ["Kultur- och fritidsnämnden"],
            "period": ["2026-04"],
            "report_type": "tertialrapport",
        },
        metadata={"title": "Tertialrapport 1 2026 Kultur- och fritidsnämnden", "author": "Lunds kommun"},
        style=style,
        blocks=blocks,
    )
