"""Älvdalens kommun, Socialnämnden, månadsuppföljning oktober 2025.

A social committee's month report in tkr and mnkr, footer with the nämnd's meeting date in November: the
full year "ett underskott om 6,1 mnkr (5,4 mnkr i september)" (the bracket is last month's), the change since
September with its cause, the period's accumulated deviation against the periodised budget in a paragraph of
its own; a result table whose last column is each row's comment (budget minus forecast, minus = underskott):
comments that give reasons only (the row's cell is the amount: "−2 150", "−1 500", "450", "−500", "250"), one
comment with its own amount in another unit ("Underskottet på 2,65 mnkr beror på"), a percentage and
household counts that are not amounts, "I nivå med budget." (boilerplate), and a row with no comment (nothing);
three action bullets, one with an effect "på årsbasis"; sick leave against the previous year (other). DejaVu
Sans Condensed 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import Bullets, CommentTable, H, P, ReportSpec, Style, Title

from reports.common import BP, A, C, F, O

ROW = "A comment with reasons only: its row's deviation cell."


def spec() -> ReportSpec:
    style = Style(
        body="cond",
        bold="cond-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.42,
        para_gap=6.5,
        heading_sizes=(14.0, 11.5, 10.0),
        heading_fonts=("cond-bold", "cond-bold", "cond-bold"),
        margins=(62.0, 76.0, 62.0, 72.0),
        header=lambda n, m: ("Älvdalens kommun", "Socialnämnden – månadsuppföljning oktober 2025"),
        footer=lambda n, m: ("Socialnämndens sammanträde 2025-11-25", "", f"Sida {n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = CommentTable(
        header=("Verksamhet", "Budget", "Prognos", "Avvikelse", "Kommentar"),
        rows=(
            (
                ("Särskilt boende", "64 200", "66 350", "−2 150"),
                "Högre bemanning nattetid på Älvdalsgården sedan två demensavdelningar slogs samman, och "
                "sjukfrånvaro som till stor del har ersatts med övertid.",
                C(
                    "Särskilt boende",
                    "−2 150",
                    "-",
                    "bemanning",
                    "sjukfranvaro",
                    "overtid",
                    unit="tkr",
                    table=True,
                    note=ROW,
                ),
            ),
            (
                ("Hemtjänst", "31 800", "33 300", "−1 500"),
                "Beviljade timmar i Idre och Särna har ökat med 14 procent sedan januari. De långa avstånden gör att "
                "restiden tar en stor del av arbetstiden.",
                C(
                    "Hemtjänst",
                    "−1 500",
                    "-",
                    "volymer",
                    unit="tkr",
                    table=True,
                    note=ROW + " 14 procent is not the amount.",
                ),
            ),
            (
                ("Personlig assistans", "18 400", "21 050", "−2 650"),
                "Underskottet på 2,65 mnkr beror på en ny brukare från september och på att Försäkringskassan inte "
                "ersätter de 20 första timmarna per vecka.",
                C(
                    "Personlig assistans",
                    "2,65 mnkr",
                    "-",
                    "volymer",
                    "ersattning_fk",
                    note="The comment states its own amount, in mnkr where the table is in tkr.",
                ),
            ),
            (
                ("LSS boende och daglig verksamhet", "22 600", "22 600", "0"),
                "I nivå med budget.",
                BP("LSS boende och daglig verksamhet"),
            ),
            (
                ("Hälso- och sjukvård", "9 400", "9 150", "250"),
                "En sjukskötersketjänst i Särna har varit vakant sedan i somras.",
                C("Hälso- och sjukvård", "250", "+", "vakanser", unit="tkr", table=True, note=ROW),
            ),
            (
                ("Individ- och familjeomsorg", "19 900", "19 450", "450"),
                "Två placeringar på HVB har avslutats tidigare än planerat, vilket ger lägre kostnader för köpt vård.",
                C(
                    "Individ- och familjeomsorg",
                    "450",
                    "+",
                    "kopt_verksamhet",
                    unit="tkr",
                    table=True,
                    note=ROW,
                ),
            ),
            (
                ("Ekonomiskt bistånd", "8 100", "8 600", "−500"),
                "Fler hushåll med långvarigt behov, i snitt 64 per månad jämfört med 55 under 2024.",
                C(
                    "Ekonomiskt bistånd",
                    "−500",
                    "-",
                    "ekonomiskt_bistand",
                    "volymer",
                    unit="tkr",
                    table=True,
                    note=ROW + " The household counts are not amounts.",
                ),
            ),
            (("Förvaltningsgemensamt", "6 300", "6 300", "0"), "", None),
            (("Summa", "180 700", "186 800", "−6 100"), "", None),
        ),
        widths=(128.0, 48.0, 48.0, 54.0),
        size=8.5,
    )
    blocks = [
        Title("Månadsuppföljning oktober 2025", size=18, font="cond-bold", after=2),
        Title("Socialnämnden", size=12, font="cond", after=12),
        H("Nämndens ekonomiska läge", 2),
        P(
            "Socialnämnden prognostiserar ett underskott om 6,1 mnkr (5,4 mnkr i september) för helåret.",
            C(None, "6,1 mnkr", "-", note="The figure in brackets is September's, not the amount."),
        ),
        P(
            "Avvikelsen har ökat med 0,7 mnkr sedan förra månaden, vilket beror på att en brukare med omfattande "
            "behov av personlig assistans har flyttat till kommunen.",
            F(None, "0,7 mnkr", "-", "volymer"),
        ),
        P(
            "Efter oktober är den ackumulerade avvikelsen mot periodiserad budget −4,8 mnkr.",
            C(None, "−4,8 mnkr", "-", note="The period in a paragraph of its own: its own item."),
        ),
        H("Helårsprognos per verksamhet", 2),
        P("Belopp i tkr. Avvikelse = budget minus prognos, negativt tal innebär underskott.", size=8.5),
        table,
        H("Åtgärder", 2),
        Bullets(
            (
                "Övertid i särskilt boende ska beviljas av enhetschef i förväg.",
                "Hemtjänstens turplanering ses över tillsammans med hemtjänsten i Mora för att minska restiden, med "
                "en beräknad besparing om 250 tkr på årsbasis.",
                "Förvaltningen ansöker hos Försäkringskassan om ersättning för den nya brukaren retroaktivt.",
            ),
            labels=(
                A("Särskilt boende", None, "overtid"),
                A("Hemtjänst", "250 tkr", "bemanning"),
                A("Personlig assistans", None, "ersattning_fk"),
            ),
        ),
        H("Personal", 2),
        P(
            "Sjukfrånvaron i förvaltningen var 8,4 procent i september, lägre än i september 2024.",
            O(None, note="Sick leave against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="alvdalen-sn-manadsuppfoljning-2025-10.pdf",
        report={
            "municipality": "Älvdalen",
            "committee": ["Socialnämnden"],
            "period": ["2025-10"],
            "report_type": "månadsuppföljning",
        },
        metadata={"title": "Månadsuppföljning oktober 2025 Socialnämnden", "author": "Älvdalens kommun"},
        style=style,
        blocks=blocks,
    )
