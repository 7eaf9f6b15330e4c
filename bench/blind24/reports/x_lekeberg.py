"""Lekebergs kommun, Bildningsnämnden, tertialrapport 2 2025 (januari–augusti).

A school and culture committee's second tertial report in mnkr, footer with the nämnd's meeting date in
September: the full year "ett underskott på 2,9 mnkr jämfört med budget" and the change since the first
tertial report ("så förbättringen uppgår till 1,7 mnkr", the earlier 4,6 mnkr being a level) in one
paragraph, the change's reason in a paragraph of its own (a forecast change, amount null); a result table
whose last column is each row's comment, where some comments carry the amount ("Avvikelsen på 3,7 mnkr",
"0,7 mnkr högre än beräknat", "drygt en halv miljon kronor") and others give reasons only (the row's cell:
"1,3", "−1,7"), one says "Följer budget." (boilerplate) and one row has no comment; the period's spending as
a share of the annual budget (other); investments "beräknas underskridas med 0,9 mnkr"; an action with its
effect and a risk about pupil numbers (other). 7 scored causes. DejaVu Sans Condensed 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, CommentTable, H, P, ReportSpec, Style, Title

from reports.common import BP, A, C, F, O

ROW = "A comment-column reason with no amount: the row's deviation cell (mnkr)."


def spec() -> ReportSpec:
    style = Style(
        body="cond",
        bold="cond-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.4,
        para_gap=6.5,
        heading_sizes=(15.0, 11.5, 10.0),
        heading_fonts=("cond-bold", "cond-bold", "cond-bold"),
        margins=(60.0, 76.0, 60.0, 72.0),
        header=lambda n, m: ("Lekebergs kommun", "Bildningsnämnden"),
        footer=lambda n, m: ("Tertialrapport 2 2025", "Bildningsnämnden 2025-09-24", f"{n} ({m})"),
        header_size=8.0,
        rule_under_header=True,
    )
    comments = CommentTable(
        header=("Verksamhet, mnkr", "Budget", "Prognos", "Avvikelse", "Kommentar"),
        rows=(
            (
                ("Förskola", "62,4", "61,1", "1,3"),
                "Färre barn i åldern 1–3 år än befolkningsprognosen visade, i genomsnitt 18 färre placeringar.",
                C("Förskola", "1,3", "+", "volymer", unit="mnkr", table=True, note=ROW),
            ),
            (
                ("Grundskola F–9", "118,9", "122,6", "−3,7"),
                "Avvikelsen på 3,7 mnkr förklaras av fler elever med beslut om elevassistent och av att "
                "löneökningarna för lärare blev högre än budgeterat.",
                C("Grundskola F–9", "3,7 mnkr", "-", "volymer", "lonekostnader"),
            ),
            (
                ("Gymnasieskola", "38,2", "39,9", "−1,7"),
                "Fler elever än beräknat har valt gymnasieprogram i Örebro, 412 mot budgeterade 398.",
                C(
                    "Gymnasieskola",
                    "−1,7",
                    "-",
                    "kopt_verksamhet",
                    "volymer",
                    unit="mnkr",
                    table=True,
                    note=ROW + " 412 and 398 are pupils. Places bought in Örebro: kopt_verksamhet.",
                ),
            ),
            (
                ("Vuxenutbildning", "6,8", "6,1", "0,7"),
                "Statsbidraget för regional yrkesvux blev 0,7 mnkr högre än beräknat.",
                C("Vuxenutbildning", "0,7 mnkr", "+", "statsbidrag"),
            ),
            (
                ("Elevhälsa", "11,2", "10,6", "0,6"),
                "En vakant kuratorstjänst och lägre kostnader för skolläkare ger ett överskott på drygt en halv "
                "miljon kronor.",
                C(
                    "Elevhälsa",
                    "drygt en halv miljon kronor",
                    "+",
                    "vakanser",
                    value=500_000,
                    note="An amount in words: the stated figure (the table shows 0,6).",
                ),
            ),
            (
                ("Kultur och fritid", "14,1", "14,1", "0,0"),
                "Följer budget.",
                BP("Kultur och fritid"),
            ),
            (("Nämnd och administration", "9,6", "9,7", "−0,1"), "", None),
            (("Summa", "261,2", "264,1", "−2,9"), "", None),
        ),
        widths=(122.0, 48.0, 50.0, 56.0),
        size=8.5,
    )
    blocks = [
        Title("Tertialrapport 2 2025", size=19, font="cond-bold", after=2),
        Title("Bildningsnämnden, Lekebergs kommun", size=12, font="cond", after=12),
        H("Ekonomisk sammanfattning", 2),
        PS(
            (
                "Bildningsnämnden lämnar en helårsprognos som innebär ett underskott på 2,9 mnkr jämfört med budget.",
                C(None, "2,9 mnkr", "-"),
            ),
            (
                "I tertialrapport 1 var prognosen ett underskott på 4,6 mnkr, så förbättringen uppgår till 1,7 mnkr.",
                F(None, "1,7 mnkr", "+", note="4,6 mnkr is the first tertial report's forecast level."),
            ),
        ),
        P(
            "Förbättringen förklaras främst av att Skolverket under sommaren beviljade ett högre statsbidrag för "
            "mindre barngrupper än vad nämnden hade räknat med.",
            F(
                None,
                None,
                "+",
                "statsbidrag",
                note="The change's reason in a paragraph of its own: amount null.",
            ),
        ),
        H("Prognos per verksamhet", 2),
        comments,
        H("Periodens utfall", 2),
        P(
            "Utfallet för januari–augusti är 172,1 mnkr, vilket motsvarar 65,9 procent av årsbudgeten. Vid en jämn "
            "förbrukning över året hade andelen varit 66,7 procent.",
            O(None, note="The period's spending as a share of the annual budget: supporting figures."),
        ),
        H("Investeringar", 2),
        P(
            "Nämndens investeringsbudget om 3,2 mnkr för möbler och digitala verktyg beräknas underskridas med "
            "0,9 mnkr, då inköpen av elevdatorer till årskurs 7 har senarelagts till januari.",
            C("Investeringar", "0,9 mnkr", "+", "periodisering", "it_digitalisering"),
        ),
        H("Åtgärder för en budget i balans", 2),
        PS(
            (
                "Grundskolan har sett över klassorganisationen inför höstterminen och slagit ihop två parallella "
                "klasser i årskurs 4 på Lekebergsskolan, vilket minskar lärarkostnaderna med 0,6 mnkr under hösten.",
                A("Grundskola F–9", "0,6 mnkr", "bemanning"),
            ),
            (
                "Ytterligare åtgärder bedöms inte vara möjliga utan att kvaliteten i undervisningen påverkas.",
                None,
            ),
        ),
        H("Risker", 2),
        P(
            "Prognosen för gymnasieskolan är osäker, eftersom antalet elever som börjar i höst inte är känt förrän "
            "efter den 15 september.",
            O("Gymnasieskola", "volymer", note="A risk: other."),
        ),
    ]
    return ReportSpec(
        file="lekeberg-bin-tertialrapport-2025-08.pdf",
        report={
            "municipality": "Lekeberg",
            "committee": ["Bildningsnämnden"],
            "period": ["2025-08"],
            "report_type": "tertialrapport",
        },
        metadata={"title": "Tertialrapport 2 2025 Bildningsnämnden", "author": "Lekebergs kommun"},
        style=style,
        blocks=blocks,
    )
