"""Ovanåkers kommun, Barn- och utbildningsnämnden, tertialrapport 1 2026 (januari–april).

A school committee's tertial report, footer with the nämnd's meeting date in May: the period "3,1 mnkr
bättre än periodbudgeten" with a timing reason in its own sentence and the full year "2,4 mnkr över sin ram"
in the next (two causes); a table whose last column is each row's comment (CommentTable) in mnkr with
April's and February's deviations side by side: reasons without amounts that take the April cell ("1,3",
"1,1", "−0,8"), one comment that states its own amount ("Avvikelsen på −4,2 mnkr förklaras av"), one with a
leading "+0,6 mnkr tack vare", one "Ingen avvikelse." (boilerplate) and one row with no comment (unlabelled);
the change since February "nästan helt inom grundskolan" (one forecast change); an action with its effect; a
child count against last year and a risk about a grant (others). 7 scored causes. DejaVu Serif 9.5 pt with
DejaVu Sans headings.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import CommentTable, H, P, ReportSpec, Style, Title

from reports.common import BP, A, C, F, O

ROW = "A comment-column reason with no amount: the row's April deviation cell (mnkr, budget minus prognos)."


def spec() -> ReportSpec:
    style = Style(
        body="serif",
        bold="serif-bold",
        italic="serif-italic",
        size=9.5,
        leading=1.42,
        para_gap=6.5,
        heading_sizes=(15.0, 11.5, 10.0),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(62.0, 78.0, 62.0, 72.0),
        header=lambda n, m: ("Ovanåkers kommun", "Tertialrapport 1 2026"),
        footer=lambda n, m: ("Barn- och utbildningsnämnden 2026-05-27", "Dnr BUN 2026/61", f"{n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    comments = CommentTable(
        header=("Verksamhet, mnkr", "Budget", "Prognos", "Avv. apr", "Avv. feb", "Kommentar"),
        rows=(
            (
                ("Förskola", "96,4", "95,1", "1,3", "1,0"),
                "Färre barn i Edsbyn än barnprognosen visade. En avdelning på Lindens förskola hålls stängd "
                "under hösten.",
                C("Förskola", "1,3", "+", "volymer", unit="mnkr", table=True, note=ROW),
            ),
            (
                ("Grundskola F–9", "201,7", "205,9", "−4,2", "−2,6"),
                "Avvikelsen på −4,2 mnkr förklaras av ökade kostnader för elevassistenter till elever med "
                "omfattande stödbehov och av att skolskjutsarna blev dyrare efter indexuppräkningen i januari.",
                C(
                    "Grundskola F–9",
                    "−4,2 mnkr",
                    "-",
                    "volymer",
                    "prisokningar",
                    note="A comment that states its own amount. Assistants for more pupils with needs: volymer.",
                ),
            ),
            (
                ("Grundsärskola", "14,8", "14,8", "0,0", "0,0"),
                "Ingen avvikelse.",
                BP("Grundsärskola"),
            ),
            (
                ("Gymnasieskola", "88,3", "87,2", "1,1", "1,3"),
                "Interkommunala ersättningar blir lägre när färre ungdomar väljer gymnasieskolor i andra "
                "kommuner.",
                C(
                    "Gymnasieskola",
                    "1,1",
                    "+",
                    "kopt_verksamhet",
                    "volymer",
                    unit="mnkr",
                    table=True,
                    note=ROW,
                ),
            ),
            (
                ("Vuxenutbildning", "12,6", "12,0", "0,6", "0,3"),
                "+0,6 mnkr tack vare statsbidrag för regional yrkesvux som inte fanns med i budgeten.",
                C("Vuxenutbildning", "+0,6 mnkr", "+", "statsbidrag"),
            ),
            (
                ("Central administration", "18,2", "19,0", "−0,8", "−0,6"),
                "Införandet av den nya lärplattformen drar över tidsplanen, med dubbla licenskostnader under våren.",
                C(
                    "Central administration",
                    "−0,8",
                    "-",
                    "it_digitalisering",
                    unit="mnkr",
                    table=True,
                    note=ROW,
                ),
            ),
            (("Måltidsverksamhet", "22,0", "22,4", "−0,4", "−0,3"), "", None),
            (("Summa", "454,0", "456,4", "−2,4", "−0,9"), "", None),
        ),
        widths=(104.0, 40.0, 42.0, 40.0, 40.0),
        size=8.5,
    )
    blocks = [
        Title("Tertialrapport 1 2026", size=20, font="sans-bold", after=2),
        Title("Barn- och utbildningsnämnden, januari–april", size=12, font="serif", after=14),
        H("Ekonomisk sammanfattning", 2),
        P(
            "Utfallet efter april är 3,1 mnkr bättre än periodbudgeten, vilket till stor del beror på att "
            "statsbidraget för ökad lärartäthet har betalats ut i förskott och bokförts under perioden.",
            C(
                None,
                "3,1 mnkr",
                "+",
                "statsbidrag",
                "periodisering",
                note="The period against its budget, with a timing reason: a cause of its own.",
            ),
        ),
        P(
            "För helåret bedöms nämnden i stället hamna 2,4 mnkr över sin ram.",
            C(None, "2,4 mnkr", "-", note="The full year in a sentence of its own: a second cause."),
        ),
        P(
            "Jämfört med februariprognosen har avvikelsen försämrats med 1,5 mnkr, och försämringen finns nästan "
            "helt inom grundskolan.",
            F(None, "1,5 mnkr", "-"),
        ),
        H("Prognos per verksamhet", 2),
        P("Avvikelse anges som budget minus prognos. Negativt tal innebär underskott.", size=8.5),
        comments,
        H("Åtgärder", 2),
        P(
            "Rektorerna i grundskolan har fått i uppdrag att se över hur elevassistenterna är organiserade inför "
            "höstterminen. Förvaltningen bedömer att det kan minska kostnaden med 1,0 mnkr under 2026.",
            A("Grundskola F–9", "1,0 mnkr", "bemanning"),
        ),
        H("Barn och elever", 2),
        P(
            "I april var 612 barn inskrivna i förskolan, fyra procent färre än i april 2025. Antalet elever i "
            "grundskolan är i stort sett oförändrat.",
            O("Förskola", "volymer", note="Child counts against last year: other."),
        ),
        H("Risker", 2),
        P(
            "Det finns en risk att statsbidraget för likvärdig skola sänks inför hösten. Ett bortfall på 10 procent "
            "motsvarar cirka 0,7 mnkr.",
            O(None, "statsbidrag", note="A risk with its size: other."),
        ),
    ]
    return ReportSpec(
        file="ovanaker-bun-tertialrapport-2026-04.pdf",
        report={
            "municipality": "Ovanåker",
            "committee": ["Barn- och utbildningsnämnden"],
            "period": ["2026-04"],
            "report_type": "tertialrapport",
        },
        metadata={
            "title": "Tertialrapport 1 2026 Barn- och utbildningsnämnden",
            "author": "Ovanåkers kommun",
        },
        style=style,
        blocks=blocks,
    )
