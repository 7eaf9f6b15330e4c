"""Marks kommun, Barn- och utbildningsnämnden, månadsuppföljning oktober 2025.

A school committee's month report whose kostnadsslag table states "Prognos − budget" for every row, so a "+"
means a cost overrun on a cost row and a revenue surplus on the revenue row (declared only in the header): the
full year's deficit and the improvement since September in one sentence (two items with the same text, a cause
and a forecast change), the accumulated period against the periodised budget in a sentence of its own; headings
that carry the kostnadsslag and its amount with the table's sign ("Personalkostnader, +5 400 tkr" is a deficit,
"Intäkter, +3 500 tkr" a surplus); a bold run-in lead that names two kostnadsslag, each sentence with its own
amount (two items); then a list with en-dash glyphs per verksamhet under a lead-in that switches the sign
("minus = underskott"), each with its amount and a short reason, one "±0 mnkr" (boilerplate); an action with its
effect, a risk about an undecided statsbidrag and a pupil count against last year (others). 12 scored causes.
Liberation Sans (Arial metrics) 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Bullets, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, HP, LP, A, C, F, O

HEAD = (
    "The heading carries the kostnadsslag and the table's 'prognos − budget' figure: the direction follows the "
    "prose."
)


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=10.0,
        leading=1.36,
        para_gap=6.0,
        heading_sizes=(16.0, 12.0, 10.5),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(64.0, 80.0, 64.0, 74.0),
        header=lambda n, m: ("Marks kommun", "Barn- och utbildningsförvaltningen"),
        footer=lambda n, m: ("Månadsuppföljning oktober 2025", "BUN 2025/0311", f"{n} av {m}"),
        header_size=8.0,
    )
    table = Table(
        caption="Resultaträkning per kostnadsslag, tkr",
        header=(("", "Budget 2025", "Prognos 2025", "Prognos − budget"),),
        rows=(
            ("Intäkter", "52 400", "55 900", "+3 500"),
            ("Personalkostnader", "498 700", "504 100", "+5 400"),
            ("Lokalkostnader", "96 200", "95 300", "−900"),
            ("Köp av verksamhet", "88 600", "92 400", "+3 800"),
            ("Övriga kostnader", "64 900", "63 700", "−1 200"),
            ("Nettokostnad", "696 000", "699 600", "+3 600"),
            ("Kommunbidrag", "696 000", "696 000", "0"),
            ("Resultat", "0", "−3 600", "−3 600"),
        ),
        widths=(150.0, 84.0, 84.0, 96.0),
        bold_rows=frozenset({5, 7}),
        rules=True,
        shade=(0.86, 0.91, 0.96),
        size=9.0,
    )
    blocks = [
        Title("Månadsuppföljning oktober 2025", size=19, font="arial-bold", after=2),
        Title("Barn- och utbildningsnämnden", size=12.5, font="arial", after=14),
        H("Ekonomiskt läge", 2),
        P(
            "Nämndens helårsprognos efter oktober är ett underskott på 3,6 mnkr, en förbättring med 0,9 mnkr jämfört "
            "med september.",
            C(
                None,
                "3,6 mnkr",
                "-",
                note="The full year's deviation and the change since September in one sentence: two items with the "
                "same text, a cause and a forecast change.",
                also=(F(None, "0,9 mnkr", "+"),),
            ),
        ),
        P(
            "Till och med oktober är nettokostnaden 4,8 mnkr högre än den periodiserade budgeten.",
            C(None, "4,8 mnkr", "-", note="The accumulated period in a sentence of its own: a cause."),
        ),
        table,
        H("Kommentarer per kostnadsslag", 2),
        HP(
            "Personalkostnader, +5 400 tkr",
            "Personalkostnaderna överskrider budget, främst inom grundskolan där fler elevassistenter har anställts "
            "för elever med omfattande behov. Därtill har lönerevisionen i april gett ett högre utfall för "
            "lärargrupperna än den nivå som kompenserades i ramen.",
            C(
                "Personalkostnader",
                "+5 400 tkr",
                "-",
                "bemanning",
                "lonekostnader",
                note=HEAD + " '+' on a cost row is an overrun.",
            ),
        ),
        HP(
            "Köp av verksamhet, +3 800 tkr",
            "Fler elever än beräknat går i fristående skolor och i andra kommuners gymnasieskolor, och ersättningen "
            "per elev har räknats upp mer än budgeterat.",
            C(
                "Köp av verksamhet",
                "+3 800 tkr",
                "-",
                "kopt_verksamhet",
                "volymer",
                "prisokningar",
                note=HEAD + " '+' on a cost row is an overrun.",
            ),
        ),
        HP(
            "Intäkter, +3 500 tkr",
            "Intäkterna blir högre än budgeterat, eftersom statsbidragen för lärarlöner och för fritidshem har "
            "ökat jämfört med vad Skolverket aviserade i början av året.",
            C(
                "Intäkter",
                "+3 500 tkr",
                "+",
                "statsbidrag",
                note=HEAD + " '+' on the revenue row is a surplus.",
            ),
        ),
        LP(
            "Lokalkostnader och övriga kostnader.",
            "Lokalkostnaderna blir 0,9 mnkr lägre än budget efter att paviljongen vid Björkängsskolan har avvecklats.",
            C(
                "Lokalkostnader",
                "0,9 mnkr",
                "+",
                "lokaler",
                "omstallning",
                note="The bold lead names two kostnadsslag: each sentence its own item, the lead part of the first.",
            ),
            (
                "Övriga kostnader visar ett överskott om 1,2 mnkr, främst för läromedel och inventarier där inköpen "
                "har bromsats.",
                C("Övriga kostnader", "1,2 mnkr", "+", "material_hjalpmedel"),
            ),
        ),
        H("Avvikelse per verksamhet", 2),
        P("Avvikelse mot budget per verksamhet, helår (minus = underskott):"),
        Bullets(
            (
                "Förskola +1,4 mnkr – färre inskrivna barn än budgeterat, framför allt i Kinna och Skene.",
                "Grundskola −4,2 mnkr – elevassistenter och särskilda undervisningsgrupper.",
                "Gymnasieskola −2,1 mnkr – fler elever i andra kommuners skolor.",
                "Anpassad skola −0,9 mnkr – två nya elever med skolskjuts och elevassistent.",
                "Kulturskola och fritidsgårdar ±0 mnkr.",
                "Central administration +2,2 mnkr – ofördelad buffert som inte bedöms behöva tas i anspråk.",
            ),
            labels=(
                C("Förskola", "+1,4 mnkr", "+", "volymer"),
                C("Grundskola", "−4,2 mnkr", "-", "bemanning"),
                C("Gymnasieskola", "−2,1 mnkr", "-", "kopt_verksamhet", "volymer"),
                C("Anpassad skola", "−0,9 mnkr", "-", "volymer"),
                BP("Kulturskola och fritidsgårdar", note="'±0 mnkr': boilerplate."),
                C("Central administration", "+2,2 mnkr", "+", "reserver"),
            ),
            glyph="–",
        ),
        H("Åtgärder", 2),
        P(
            "Förvaltningen har infört restriktivitet vid tillsättning av vikarier i grundskolan under november och "
            "december. Effekten beräknas till 0,5 mnkr.",
            A("Grundskola", "0,5 mnkr", "vikarier"),
        ),
        H("Risker", 2),
        PS(
            (
                "Beslutet om statsbidraget för mindre barngrupper i förskolan har ännu inte fattats. Om bidraget uteblir "
                "försämras prognosen med 1,0 mnkr.",
                O("Förskola", "statsbidrag", note="A risk with an amount: other."),
            ),
        ),
        H("Elever och barn", 2),
        P(
            "Antalet elever i grundskolan var 4 612 den 15 oktober, vilket är 38 fler än ett år tidigare.",
            O("Grundskola", "volymer", note="Pupils against last year: other."),
        ),
    ]
    return ReportSpec(
        file="mark-bun-manadsuppfoljning-2025-10.pdf",
        report={
            "municipality": "Mark",
            "committee": ["Barn- och utbildningsnämnden"],
            "period": ["2025-10"],
            "report_type": "månadsuppföljning",
        },
        metadata={
            "title": "Månadsuppföljning oktober 2025 Barn- och utbildningsnämnden",
            "author": "Marks kommun",
        },
        style=style,
        blocks=blocks,
    )
