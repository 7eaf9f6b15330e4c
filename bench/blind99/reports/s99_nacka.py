"""Nacka kommun, Socialnämnden, tertialbokslut 1 2026 (januari–april).

A social committee's tertial report with a footer carrying the nämnd's meeting date in May: the full year
"ett underskott på 6,9 mnkr" with a share of the net budget (not the amount), the period "2,3 mnkr högre än
den periodiserade budgeten" with its reasons in the same sentence (negative), two kostnadsslag in one
sentence ("Köp av verksamhet överskrider budget med 8,2 mnkr, medan personalkostnaderna blir 2,4 mnkr lägre",
two items); then a comment table whose last column explains each row and whose deviation is budget − prognos:
reason-only comments take their row's cell ("-4,5", "+1,8", "+0,9"), two comments name their own amounts,
"Prognos enligt budget." (boilerplate) and a sum row with no comment; a change since February, two actions
(one with its effect), a risk and a year-on-year placement count (others). Liberation Sans (Arial metrics)
9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import CommentTable, H, P, ReportSpec, Style, Title

from reports.common import BP, A, C, F, O

ROW = "Reasons only in the comment: the row's deviation cell (mnkr, budget − prognos)."


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=9.5,
        leading=1.4,
        para_gap=6.0,
        heading_sizes=(14.0, 11.5, 10.0),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(60.0, 74.0, 60.0, 72.0),
        header=lambda n, m: ("Nacka kommun", "Tertialbokslut 1 2026 – Socialnämnden"),
        footer=lambda n, m: ("Socialnämnden 2026-05-27, § 64", "", f"Sida {n}"),
        header_size=8.0,
    )
    table = CommentTable(
        header=("Verksamhet", "Budget", "Prognos", "Avvikelse", "Kommentar"),
        rows=(
            (
                ("Barn och unga", "182,4", "186,9", "-4,5"),
                "Fler placeringar i familjehem och på HVB än budgeterat, särskilt av tonåringar.",
                C(
                    "Barn och unga",
                    "-4,5",
                    "-",
                    "kopt_verksamhet",
                    "volymer",
                    unit="mnkr",
                    table=True,
                    note=ROW,
                ),
            ),
            (
                ("Vuxna", "64,0", "66,1", "-2,1"),
                "Köpt missbruksvård överstiger budget med 2,1 mnkr, främst genom två långa LVM-placeringar.",
                C("Vuxna", "2,1 mnkr", "-", "kopt_verksamhet"),
            ),
            (
                ("Ekonomiskt bistånd", "58,3", "61,3", "-3,0"),
                "Utbetalningarna ligger 3,0 mnkr över budget. Fler hushåll än beräknat har långvarigt bistånd.",
                C("Ekonomiskt bistånd", "3,0 mnkr", "-", "ekonomiskt_bistand", "volymer"),
            ),
            (
                ("Funktionsnedsättning", "410,2", "408,4", "+1,8"),
                "Färre beslut om daglig verksamhet än planerat.",
                C("Funktionsnedsättning", "+1,8", "+", "volymer", unit="mnkr", table=True, note=ROW),
            ),
            (
                ("Socialpsykiatri", "71,6", "71,6", "0,0"),
                "Prognos enligt budget.",
                BP("Socialpsykiatri"),
            ),
            (
                ("Nämnd och ledning", "22,1", "21,2", "+0,9"),
                "Vakanta tjänster inom stabsenheten.",
                C("Nämnd och ledning", "+0,9", "+", "vakanser", unit="mnkr", table=True, note=ROW),
            ),
            (("Summa", "808,6", "815,5", "-6,9"), "", None),
        ),
        widths=(112.0, 50.0, 52.0, 56.0),
        size=8.5,
    )
    blocks = [
        Title("Tertialbokslut 1 2026", size=19, font="arial-bold", after=2),
        Title("Socialnämnden", size=12.5, font="arial", after=14),
        H("Ekonomiskt resultat", 2),
        P(
            "Socialnämnden prognostiserar för helåret ett underskott på 6,9 mnkr, vilket motsvarar 0,9 procent av "
            "nämndens nettobudget.",
            C(None, "6,9 mnkr", "-", note="The percentage of the net budget is not the amount."),
        ),
        P(
            "Utfallet för januari–april är 2,3 mnkr högre än den periodiserade budgeten, främst på grund av "
            "retroaktiva fakturor för placeringar som avser 2025.",
            C(
                None,
                "2,3 mnkr",
                "-",
                "periodisering",
                "kopt_verksamhet",
                note="Net cost above the periodised budget: a negative period deviation.",
            ),
        ),
        P(
            "Köp av verksamhet överskrider budget med 8,2 mnkr, medan personalkostnaderna blir 2,4 mnkr lägre än "
            "budgeterat till följd av vakanser.",
            C(
                "Köp av verksamhet",
                "8,2 mnkr",
                "-",
                note="Two kostnadsslag in one sentence: two items, the vacancies belong to the second.",
                also=(C("Personalkostnader", "2,4 mnkr", "+", "vakanser"),),
            ),
        ),
        P(
            "Jämfört med prognosen i februari har underskottet ökat med 1,4 mnkr, framför allt inom barn och unga.",
            F(None, "1,4 mnkr", "-"),
        ),
        H("Prognos per verksamhet, mnkr", 3),
        table,
        H("Åtgärder för att nå budget i balans", 2),
        P(
            "Förvaltningen har infört en placeringsgrupp som prövar alla nya placeringar och söker alternativ i "
            "egen öppenvård. Effekten beräknas till 1,5 mnkr under resten av året.",
            A("Barn och unga", "1,5 mnkr", "kopt_verksamhet"),
        ),
        P(
            "Därutöver prövas varje återbesättning av tjänster inom nämnd och ledning av förvaltningsledningen.",
            A("Nämnd och ledning", None, "bemanning"),
        ),
        H("Risker och omvärld", 2),
        P(
            "Osäkerheten i prognosen är stor. Några få nya placeringar av ungdomar med omfattande vårdbehov kan "
            "snabbt öka kostnaderna med flera miljoner kronor.",
            O(None, note="A risk."),
        ),
        P(
            "Antalet barn och unga i placering var 64 i slutet av april, jämfört med 55 vid samma tidpunkt "
            "förra året.",
            O("Barn och unga", "volymer", note="Volumes against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="nacka-sn-tertialbokslut-2026-04.pdf",
        report={
            "municipality": "Nacka",
            "committee": ["Socialnämnden"],
            "period": ["2026-04"],
            "report_type": "tertialrapport",
        },
        metadata={"title": "Tertialbokslut 1 2026 Socialnämnden", "author": "Nacka kommun"},
        style=style,
        blocks=blocks,
    )
