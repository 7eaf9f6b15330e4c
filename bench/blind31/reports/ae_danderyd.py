"""Danderyds kommun, Socialnämnden, budgetuppföljning juni 2026.

A social and elderly-care committee's June follow-up in tkr: the full year "ett underskott på 3 750 tkr,
vilket motsvarar 0,8 procent av nettobudgeten" (the share is not the amount), the period's spending as a
share of the year's budget (other), the improvement since May with its cause; then a result table whose last
column is each row's comment: comments with hours, a rate and vacant places inside that are not the deviation,
one that names a cost rise and a surplus in the same comment, "Följer budget." (boilerplate) and the sum row
with no comment (each comment an item with its row's cell); actions as bullets, one with its yearly saving;
investments "Resterande 0,8 mnkr används inte i år" and a demographic risk. 8 scored causes. Liberation Serif
(Times metrics) 10.5 pt with Liberation Sans headings.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import Bullets, CommentTable, H, P, ReportSpec, Style, Title

from reports.common import BP, A, C, F, O

CELL = "A comment in the table: the amount is its row's deviation cell (tkr)."


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=10.5,
        leading=1.38,
        para_gap=6.5,
        heading_sizes=(14.0, 11.5, 10.5),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(66.0, 78.0, 66.0, 74.0),
        header=lambda n, m: ("Danderyds kommun", "Socialnämnden"),
        footer=lambda n, m: ("Budgetuppföljning juni 2026", "SN 2026/0188", f"{n} av {m}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = CommentTable(
        header=("Verksamhet", "Budget", "Prognos", "Avvikelse", "Kommentar"),
        rows=(
            (
                ("Nämnd och administration", "14 300", "13 850", "450"),
                "Lägre arvoden till förtroendevalda och en vakant controllertjänst under våren.",
                C(
                    "Nämnd och administration",
                    "450",
                    "+",
                    "vakanser",
                    "ovrigt",
                    unit="tkr",
                    table=True,
                    note=CELL + " Nämnd members' fees: ovrigt.",
                ),
            ),
            (
                ("Hemtjänst", "96 500", "100 300", "−3 800"),
                "Fler beviljade timmar än budgeterat, i genomsnitt 36 800 timmar per månad mot budgeterade 34 500. "
                "Timersättningen till utförarna i kundvalet höjdes i januari med 2,8 procent.",
                C(
                    "Hemtjänst",
                    "−3 800",
                    "-",
                    "volymer",
                    "kopt_verksamhet",
                    "prisokningar",
                    unit="tkr",
                    table=True,
                    note=CELL + " Hours and the rate rise are not the amount.",
                ),
            ),
            (
                ("Särskilt boende", "182 400", "180 100", "2 300"),
                "Lägre beläggning på de externa boendena, i genomsnitt åtta lediga platser under perioden.",
                C(
                    "Särskilt boende",
                    "2 300",
                    "+",
                    "volymer",
                    "kopt_verksamhet",
                    unit="tkr",
                    table=True,
                    note=CELL,
                ),
            ),
            (
                ("Funktionsnedsättning", "88 900", "90 200", "−1 300"),
                "En ny brukare med personlig assistans enligt SFB. Kommunen betalar de första 20 timmarna per vecka.",
                C(
                    "Funktionsnedsättning",
                    "−1 300",
                    "-",
                    "ersattning_fk",
                    "volymer",
                    unit="tkr",
                    table=True,
                    note=CELL,
                ),
            ),
            (
                ("Bostadsanpassning", "3 100", "3 900", "−800"),
                "Två omfattande anpassningar av badrum och entréer har beviljats.",
                C("Bostadsanpassning", "−800", "-", "volymer", unit="tkr", table=True, note=CELL),
            ),
            (
                ("Individ- och familjeomsorg", "41 200", "41 800", "−600"),
                "Ökade kostnader för skyddat boende. Ekonomiskt bistånd ligger samtidigt under budget.",
                C(
                    "Individ- och familjeomsorg",
                    "−600",
                    "-",
                    "kopt_verksamhet",
                    "ekonomiskt_bistand",
                    unit="tkr",
                    table=True,
                    note=CELL
                    + " A cost rise and an offsetting surplus in one comment: one item, the net cell.",
                ),
            ),
            (
                ("Hälso- och sjukvård", "22 700", "22 700", "0"),
                "Följer budget.",
                BP("Hälso- och sjukvård"),
            ),
            (("Summa", "449 100", "452 850", "−3 750"), "", None),
        ),
        widths=(112.0, 50.0, 50.0, 52.0),
        size=8.5,
    )
    blocks = [
        Title("Budgetuppföljning juni 2026", size=18, font="times-bold", after=2),
        Title("Socialnämnden, Danderyds kommun", size=12, font="times-italic", after=12),
        H("Sammanfattning", 2),
        P(
            "Socialnämnden prognostiserar i juni ett underskott på 3 750 tkr, vilket motsvarar 0,8 procent av "
            "nettobudgeten.",
            C(None, "3 750 tkr", "-", note="0,8 procent is a share, not the amount."),
        ),
        P(
            "Utfallet för januari–juni uppgår till 221,3 mnkr, eller 49,3 procent av årets budget.",
            O(None, note="The period's spending as a level."),
        ),
        P(
            "Prognosen har förbättrats med 450 tkr sedan maj. Förbättringen beror på att två platser i särskilt boende "
            "som köpts från en privat utförare har kunnat avslutas.",
            F(None, "450 tkr", "+", "kopt_verksamhet"),
        ),
        H("Prognos per verksamhet, tkr", 2),
        table,
        H("Åtgärder", 2),
        Bullets(
            (
                "Biståndshandläggarna följer under hösten upp samtliga hemtjänstbeslut som överstiger 60 timmar per "
                "månad.",
                "Avtalet om skyddat boende upphandlas på nytt tillsammans med Täby kommun, med en beräknad besparing "
                "på 250 tkr per år.",
            ),
            labels=(
                A("Hemtjänst", None, "volymer"),
                A("Individ- och familjeomsorg", "250 tkr", "kopt_verksamhet"),
            ),
        ),
        H("Investeringar", 2),
        P(
            "Nämndens investeringsbudget på 1,2 mnkr avser inventarier till det nya trygghetsboendet vid Mörbyskogen "
            "och prognostiseras till 0,4 mnkr. Resterande 0,8 mnkr används inte i år, eftersom inflyttningen har "
            "skjutits fram till 2027.",
            C(
                "Investeringar",
                "0,8 mnkr",
                "+",
                "periodisering",
                "material_hjalpmedel",
                note="Investment under-spending: positive.",
            ),
        ),
        H("Risker", 2),
        P(
            "Antalet invånare över 85 år ökar med omkring 4 procent per år, och efterfrågan på hemtjänst kan därför "
            "stiga snabbare än prognosen förutsätter.",
            O("Hemtjänst", "volymer", note="Risk."),
        ),
    ]
    return ReportSpec(
        file="danderyd-sn-budgetuppfoljning-2026-06.pdf",
        report={
            "municipality": "Danderyd",
            "committee": ["Socialnämnden"],
            "period": ["2026-06"],
            "report_type": "budgetuppföljning",
        },
        metadata={"title": "Budgetuppföljning juni 2026 Socialnämnden", "author": "Danderyds kommun"},
        style=style,
        blocks=blocks,
    )
