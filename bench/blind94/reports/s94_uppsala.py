"""Uppsala kommun, Idrotts- och fritidsnämnden, verksamhetsberättelse 2025.

A leisure committee's year-end report in Liberation Serif (Times metrics) 11 pt, footer with the dnr and the
adoption in February: the result "+3,2 miljoner kronor jämfört med budget" and, in the next sentence, the
interim forecast of zero (a forecast change with no amount); a table in tkr whose deficits carry a trailing minus
("1 850-"); headings with the amount in brackets ("Idrotts- och fritidsanläggningar (−1,9 mnkr)") and plain
headings: "lämnar ett överskott på 2,2 miljoner kronor", a reason-only surplus (the row's "2 450"), "i stort
sett ett utfall i nivå med budget" (boilerplate beside a row of 100-), a surplus in words ("en halv miljon
kronor"); revenue and personnel costs in two sentences; investments "Av investeringsbudgeten på 38,5 miljoner
kronor har 24,1 miljoner kronor använts" (14,4 never written out); an action for next year, visits against
last year and the surplus's transfer to equity (others).

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, HP, A, C, F, O

HEAD = "The heading carries the area and its amount."


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=11.0,
        leading=1.32,
        para_gap=7.0,
        heading_sizes=(16.0, 13.0, 11.0),
        heading_fonts=("times-bold", "times-bold", "times-italic"),
        margins=(72.0, 80.0, 72.0, 74.0),
        header=lambda n, m: ("Uppsala kommun", "Idrotts- och fritidsnämnden"),
        footer=lambda n, m: ("Dnr IFN-2026-00031", "Verksamhetsberättelse 2025, antagen 2026-02-19", f"{n}"),
        header_size=8.5,
    )
    table = Table(
        caption="Driftredovisning 2025 per verksamhet, tkr (underskott markeras med minustecken efter beloppet)",
        header=(("Verksamhet", "Budget", "Utfall", "Avvikelse"),),
        rows=(
            ("Idrotts- och fritidsanläggningar", "186 400", "188 250", "1 850-"),
            ("Föreningsstöd", "42 300", "40 100", "2 200"),
            ("Fritidsgårdar och fritidsklubbar", "61 800", "59 350", "2 450"),
            ("Friluftsverksamhet", "14 200", "14 300", "100-"),
            ("Nämnd och administration", "22 900", "22 400", "500"),
            ("Summa", "327 600", "324 400", "3 200"),
        ),
        widths=(190.0, 75.0, 75.0, 75.0),
        bold_rows=frozenset({5}),
        rules=True,
        size=9.5,
    )
    blocks = [
        Title("Verksamhetsberättelse 2025", size=20, font="times-bold", after=2),
        Title("Idrotts- och fritidsnämnden", size=13, font="times", after=14),
        H("Ekonomiskt utfall", 1),
        PS(
            (
                "Nämnden redovisar för 2025 ett resultat på +3,2 miljoner kronor jämfört med budget.",
                C(None, "+3,2 miljoner kronor", "+"),
            ),
            (
                "Vid delårsbokslutet prognostiserades ett nollresultat.",
                F(
                    None,
                    None,
                    "+",
                    note="The outcome against the interim forecast of zero: a forecast change, the 3,2 not restated.",
                ),
            ),
        ),
        table,
        H("Kommentarer per verksamhet", 2),
        HP(
            "Idrotts- och fritidsanläggningar (−1,9 mnkr)",
            "Energikostnaderna i ishallarna och simhallarna blev högre än budgeterat under vintermånaderna. Därtill "
            "tillkom oplanerade reparationer av kylanläggningen i ishallen i Storvreta efter ett haveri i januari.",
            C(
                "Idrotts- och fritidsanläggningar",
                "−1,9 mnkr",
                "-",
                "prisokningar",
                "ovrigt",
                note=HEAD
                + " Energy costs are prisokningar, a breakdown ovrigt. The prose rounds the row's 1 850-.",
            ),
        ),
        H("Föreningsstöd", 3),
        P(
            "Föreningsstödet lämnar ett överskott på 2,2 miljoner kronor. Färre föreningar än väntat sökte "
            "aktivitetsstöd, och två större arrangemangsbidrag betalades inte ut då evenemangen ställdes in.",
            C("Föreningsstöd", "2,2 miljoner kronor", "+", "volymer", "ovrigt"),
        ),
        H("Fritidsgårdar och fritidsklubbar", 3),
        P(
            "Vakanta tjänster under våren och att fritidsklubben i Gottsunda öppnade först i oktober i stället för i "
            "augusti har gett lägre personalkostnader än budgeterat.",
            C(
                "Fritidsgårdar och fritidsklubbar",
                "2 450",
                "+",
                "vakanser",
                "periodisering",
                unit="tkr",
                table=True,
                note="Reasons only: the table row's cell.",
            ),
        ),
        H("Friluftsverksamhet", 3),
        P(
            "Friluftsverksamheten redovisar i stort sett ett utfall i nivå med budget.",
            BP("Friluftsverksamhet", note="'i nivå med budget' beside the row's 100-: boilerplate."),
        ),
        H("Nämnd och administration", 3),
        P(
            "Överskottet, en halv miljon kronor, förklaras av lägre kostnader för IT-licenser än beräknat.",
            C(
                "Nämnd och administration",
                "en halv miljon kronor",
                "+",
                "it_digitalisering",
                value=500_000,
                note="An amount in words.",
            ),
        ),
        H("Intäkter och kostnader", 2),
        PS(
            (
                "Nämndens intäkter blev 1,6 miljoner kronor högre än budgeterat, framför allt genom ökad uthyrning av "
                "idrottshallar till externa arrangörer.",
                C("Intäkter", "1,6 miljoner kronor", "+", "avgifter_intakter"),
            ),
            (
                "Personalkostnaderna blev samtidigt 2,4 miljoner kronor lägre än budget.",
                C(
                    "Personalkostnader",
                    "2,4 miljoner kronor",
                    "+",
                    note="No reason in the sentence: no tags.",
                ),
            ),
        ),
        H("Investeringar", 2),
        P(
            "Av investeringsbudgeten på 38,5 miljoner kronor har 24,1 miljoner kronor använts. Konstgräsplanen i "
            "Sävja har skjutits till 2026 på grund av ett överklagat bygglov.",
            C(
                "Investeringar",
                "38,5 miljoner kronor har 24,1 miljoner kronor",
                "+",
                "periodisering",
                value=14_400_000,
                note="Under-spending of 14,4 miljoner kronor, never written out: the computed value.",
            ),
        ),
        H("Inför 2026", 2),
        P(
            "Nämnden har beslutat att sänka temperaturen i simhallarnas bassänger med en grad från januari 2026, "
            "vilket beräknas minska energikostnaderna med 0,3 miljoner kronor per år.",
            A("Idrotts- och fritidsanläggningar", "0,3 miljoner kronor", "prisokningar"),
        ),
        H("Måluppfyllelse", 2),
        P(
            "Besöken på fritidsgårdarna minskade med 6 procent jämfört med 2024, vilket delvis beror på den sena "
            "öppningen i Gottsunda.",
            O("Fritidsgårdar och fritidsklubbar", note="Visits against the previous year: other."),
        ),
        P(
            "Nämndens överskott överförs inte till 2026 utan tillfaller kommunens eget kapital.",
            O(None, note="Equity: other."),
        ),
    ]
    return ReportSpec(
        file="uppsala-ifn-verksamhetsberattelse-2025.pdf",
        report={
            "municipality": "Uppsala",
            "committee": ["Idrotts- och fritidsnämnden"],
            "period": ["2025", "2025-12"],
            "report_type": "verksamhetsberättelse",
        },
        metadata={
            "title": "Verksamhetsberättelse 2025 Idrotts- och fritidsnämnden",
            "author": "Uppsala kommun",
        },
        style=style,
        blocks=blocks,
    )
