"""Åsele kommun, Barn- och utbildningsnämnden, tertialrapport 1 2026 (januari–april).

A school committee's tertial report in DejaVu Sans Condensed 10 pt, footer with the nämnd's meeting and
paragraph number: the full year "kostnaderna överskrider den tilldelade ramen med 1 530 tkr", the period's
opposite deviation in a paragraph of its own with its timing reason ("310 tkr lägre än periodiserad
budget", retroactive pay); a reading note that the deviation is forecast minus budget, so that a positive
figure means a cost above budget; a result table whose last column is each row's comment: comments with
reasons and no amounts (each takes its row's cell as printed, "+540", "−70", whose sign is the opposite of
the prose's direction), one comment with a part ("cirka 640 tkr" of "+830") that is not the amount, one
"I nivå med budget." (boilerplate), rows with no comment; an action with its effect, investments that will
use the whole frame (boilerplate), sick leave against last year with "beror på" and a grant risk (others).

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import CommentTable, H, P, ReportSpec, Style, Title

from reports.common import BP, A, C, O

ROW = (
    "A reason without an amount in the comment column: the row's deviation cell as printed (forecast minus "
    "budget, so '+' is a cost above budget)."
)


def spec() -> ReportSpec:
    style = Style(
        body="cond",
        bold="cond-bold",
        italic="sans-italic",
        size=10.0,
        leading=1.4,
        para_gap=7.0,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("cond-bold", "cond-bold", "cond-bold"),
        margins=(64.0, 78.0, 64.0, 74.0),
        header=lambda n, m: ("Åsele kommun | Barn- och utbildningsnämnden", "Tertialrapport 1 2026"),
        footer=lambda n, m: ("BUN 2026-05-27 § 34", "", f"{n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    comments = CommentTable(
        header=("Verksamhet, tkr", "Budget", "Prognos", "Avvikelse", "Kommentar"),
        rows=(
            (
                ("Nämnd och förvaltning", "2 950", "2 880", "−70"),
                "Lägre kostnader för nämndens sammanträden, då två möten har ställts in.",
                C("Nämnd och förvaltning", "−70", "+", "ovrigt", unit="tkr", table=True, note=ROW),
            ),
            (
                ("Förskola", "11 400", "11 940", "+540"),
                "Barnantalet har ökat med nio barn sedan budgeten lades, och en extra avdelning öppnades i mars.",
                C("Förskola", "+540", "-", "volymer", unit="tkr", table=True, note=ROW),
            ),
            (("Fritidshem", "1 850", "1 850", "0"), "", None),
            (
                ("Grundskola F–9", "27 300", "28 130", "+830"),
                "Två elevassistenter har anställts för fler elever med omfattande stödbehov. Kostnaden för dem är "
                "cirka 640 tkr för helåret.",
                C(
                    "Grundskola F–9",
                    "+830",
                    "-",
                    "volymer",
                    "bemanning",
                    unit="tkr",
                    table=True,
                    note=ROW + " The assistants' cost (cirka 640 tkr) is a part, not the amount.",
                ),
            ),
            (
                ("Skolskjuts", "1 700", "1 960", "+260"),
                "Ny linje mellan Åsele och Fredrika från januari, en följd av att högstadiet samlas i "
                "centralskolan.",
                C("Skolskjuts", "+260", "-", "omstallning", unit="tkr", table=True, note=ROW),
            ),
            (
                ("Gymnasieskola", "9 600", "9 420", "−180"),
                "Färre ungdomar än beräknat har valt program i Vilhelmina och Lycksele, så de interkommunala "
                "ersättningarna blir lägre.",
                C(
                    "Gymnasieskola",
                    "−180",
                    "+",
                    "kopt_verksamhet",
                    "volymer",
                    unit="tkr",
                    table=True,
                    note=ROW,
                ),
            ),
            (("Vuxenutbildning", "2 100", "2 100", "0"), "I nivå med budget.", BP("Vuxenutbildning")),
            (
                ("Måltider", "3 600", "3 750", "+150"),
                "Livsmedelspriserna fortsätter att stiga mer än vad som antogs i budgeten.",
                C("Måltider", "+150", "-", "prisokningar", unit="tkr", table=True, note=ROW),
            ),
            (("Summa", "60 500", "62 030", "+1 530"), "", None),
        ),
        widths=(104.0, 46.0, 46.0, 54.0),
        size=8.5,
    )
    blocks = [
        Title("Tertialrapport 1 – januari–april 2026", size=18, font="cond-bold", after=2),
        Title("Barn- och utbildningsnämnden", size=12, font="cond", after=12),
        H("Sammanfattning", 2),
        P(
            "Nämnden redovisar efter årets första tertial en prognos som innebär att kostnaderna överskrider den "
            "tilldelade ramen med 1 530 tkr.",
            C(None, "1 530 tkr", "-", note="The full year: areas are in the comment table."),
        ),
        P(
            "Periodens utfall är däremot 310 tkr lägre än periodiserad budget, eftersom lönerevisionen ännu inte är "
            "klar och retroaktiva löner för januari–april betalas ut först i juni.",
            C(
                None,
                "310 tkr",
                "+",
                "periodisering",
                "lonekostnader",
                note="The period's opposite deviation in a paragraph of its own: a cause of its own.",
            ),
        ),
        P(
            "Under perioden har arbetet med att samla högstadiet i Åsele centralskola fortsatt. Nämnden har också "
            "fått besked om statsbidraget för stärkt likvärdighet för 2026."
        ),
        H("Driftredovisning med kommentarer", 2),
        P(
            "Avvikelse = prognos minus budget. Ett positivt tal innebär att kostnaden väntas bli högre än budget.",
            size=8.5,
        ),
        comments,
        H("Åtgärder", 2),
        P(
            "För att minska underskottet prövar rektor varje vikarieanskaffning, och förskolans extra avdelning "
            "stängs när vårterminens äldsta barn börjar förskoleklass i augusti. Åtgärderna beräknas sammantaget "
            "minska kostnaderna med 400 tkr under hösten.",
            A(None, "400 tkr", "vikarier", "volymer"),
        ),
        H("Investeringar", 2),
        P(
            "Av investeringsramen på 1 500 tkr har 240 tkr använts. Resterande medel avser nya elevdatorer och "
            "möbler till förskolan, och hela ramen beräknas förbrukas under året.",
            BP("Investeringar", note="Investments expected to use the whole frame: no deviation."),
        ),
        H("Personal", 2),
        P(
            "Sjukfrånvaron var 4,8 procent under perioden jämfört med 6,2 procent samma period 2025. Minskningen "
            "beror främst på färre långa sjukskrivningar.",
            O(None, "sjukfranvaro", note="Sick leave against the previous year: other."),
        ),
        H("Risker", 2),
        P(
            "Statsbidraget för stärkt likvärdighet och kunskapsutveckling är budgeterat till 1,9 mnkr. Om "
            "Skolverket sänker beloppet, som har signalerats, påverkar det prognosen negativt.",
            O(None, "statsbidrag", note="A risk: other."),
        ),
    ]
    return ReportSpec(
        file="asele-bun-tertialrapport-2026-04.pdf",
        report={
            "municipality": "Åsele",
            "committee": ["Barn- och utbildningsnämnden"],
            "period": ["2026-04"],
            "report_type": "tertialrapport",
        },
        metadata={"title": "Tertialrapport 1 2026 Barn- och utbildningsnämnden", "author": "Åsele kommun"},
        style=style,
        blocks=blocks,
    )
