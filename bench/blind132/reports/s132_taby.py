"""Täby kommun, Barn- och grundskolenämnden, tjänsteskrivelse: ekonomisk uppföljning mars 2026.

An education committee's tjänsteskrivelse dated in April for the period to March, set in Liberation Serif:
the decision proposal and background (not labelled), the full year "+2,8 mnkr i förhållande till budget"
and, in the next sentence, the period "1,9 mnkr lägre än periodiserad budget" (a positive period deviation),
a comment table in tkr whose last column explains each row: reason-only comments taking their cells
("5 500", "-4 100", "2 200", "1 300"), a comment that names only a part of its row ("2 400 tkr" of "-3 200"),
a comment that names its own amount ("överskrider budget med 1,2 mnkr"), an undistributed buffer
(reserver), "Prognos enligt budget" (boilerplate) and a row with no comment; the change since February with
its cause (a forecast change), investments "Av investeringsbudgeten på 14,0 mnkr beräknas 9,5 mnkr användas"
(4,5 never written out), an action with its effect, a risk and the accumulated equity (others).
Liberation Serif 11 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, CommentTable, H, P, ReportSpec, Style, Title

from reports.common import BP, A, C, F, O

ROW = "A comment-column reason with no amount: the row's deviation cell (tkr)."


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=11.0,
        leading=1.3,
        para_gap=7.0,
        heading_sizes=(15.0, 12.5, 11.0),
        heading_fonts=("arial-bold", "arial-bold", "times-bold"),
        margins=(70.0, 80.0, 70.0, 74.0),
        header=lambda n, m: ("TÄBY KOMMUN  Barn- och grundskoleförvaltningen", "Tjänsteskrivelse 2026-04-07"),
        footer=lambda n, m: ("BGN 2026/0094", "", f"{n} ({m})"),
        header_size=8.0,
    )
    comments = CommentTable(
        header=("Verksamhet, tkr", "Budget", "Prognos", "Avvikelse", "Kommentar"),
        rows=(
            (
                ("Förskola", "612 400", "606 900", "5 500"),
                "Färre barn i förskoleåldern än enligt befolkningsprognosen, i genomsnitt cirka 60 barn färre.",
                C("Förskola", "5 500", "+", "volymer", unit="tkr", table=True, note=ROW),
            ),
            (
                ("Grundskola", "1 104 200", "1 108 300", "-4 100"),
                "Fler elever i årskurs 7–9 och högre tilläggsbelopp för elever i behov av särskilt stöd.",
                C("Grundskola", "-4 100", "-", "volymer", unit="tkr", table=True, note=ROW),
            ),
            (
                ("Anpassad grundskola", "58 300", "61 500", "-3 200"),
                "Tre nya elever med omfattande behov har placerats i skolor i andra kommuner, kostnaden för dessa "
                "är 2 400 tkr.",
                C(
                    "Anpassad grundskola",
                    "-3 200",
                    "-",
                    "kopt_verksamhet",
                    "volymer",
                    unit="tkr",
                    table=True,
                    note="The comment names only a part (2 400 tkr): the row's cell is the amount.",
                ),
            ),
            (
                ("Fritidshem", "142 800", "140 600", "2 200"),
                "Lägre andel inskrivna elever i fritidshem än budgeterat.",
                C("Fritidshem", "2 200", "+", "volymer", unit="tkr", table=True, note=ROW),
            ),
            (
                ("Skolskjuts", "21 400", "22 600", "-1 200"),
                "Nytt avtal med högre pris per resa från januari, överskrider budget med 1,2 mnkr.",
                C("Skolskjuts", "1,2 mnkr", "-", "prisokningar", note="The comment names its own amount."),
            ),
            (
                ("Central administration och nämnd", "38 900", "37 600", "1 300"),
                "Ej fördelad buffert för volymförändringar.",
                C(
                    "Central administration och nämnd",
                    "1 300",
                    "+",
                    "reserver",
                    unit="tkr",
                    table=True,
                    note=ROW + " An undistributed buffer is reserver.",
                ),
            ),
            (
                ("Modersmål och studiehandledning", "9 800", "9 800", "0"),
                "Prognos enligt budget.",
                BP("Modersmål och studiehandledning"),
            ),
            (("Elevhälsa", "32 100", "29 800", "2 300"), "", None),
            (("Summa", "2 019 900", "2 017 100", "2 800"), "", None),
        ),
        widths=(118.0, 54.0, 54.0, 52.0),
        size=8.5,
    )
    blocks = [
        Title("Ekonomisk uppföljning mars 2026", size=16, font="arial-bold", after=6),
        H("Förslag till beslut", 2),
        P("Barn- och grundskolenämnden godkänner den ekonomiska uppföljningen för mars 2026."),
        H("Ärendet", 2),
        P(
            "Nämnden följer upp ekonomin varje månad utom januari och juli. Uppföljningen bygger på utfallet "
            "till och med mars och på barn- och elevantalet vid mätningen den 15 mars."
        ),
        H("Sammanfattning", 2),
        PS(
            (
                "Barn- och grundskolenämnden prognostiserar ett helårsresultat på +2,8 mnkr i förhållande till "
                "budget.",
                C(None, "+2,8 mnkr", "+"),
            ),
            (
                "Utfallet för perioden januari–mars är 1,9 mnkr lägre än periodiserad budget.",
                C(
                    None,
                    "1,9 mnkr",
                    "+",
                    note="A net cost below the periodised budget: a positive period deviation.",
                ),
            ),
        ),
        comments,
        H("Förändring sedan februari", 2),
        P(
            "Prognosen har förbättrats med 1,1 mnkr sedan februari, eftersom antalet barn i förskolan har "
            "fortsatt att minska.",
            F(None, "1,1 mnkr", "+", "volymer"),
        ),
        H("Investeringar", 2),
        P(
            "Av investeringsbudgeten på 14,0 mnkr beräknas 9,5 mnkr användas under året. Upprustningen av "
            "skolgården vid Vallabergsskolan senareläggs till 2027.",
            C(
                "Investeringar",
                "14,0 mnkr beräknas 9,5 mnkr",
                "+",
                "periodisering",
                value=4_500_000,
                note="Investment under-spending of 4,5 mnkr, never written out: the computed value.",
            ),
        ),
        H("Åtgärder", 2),
        P(
            "Förvaltningen minskar antalet avdelningar i de kommunala förskolorna från hösten, vilket minskar "
            "lokalkostnaderna med 0,8 mnkr.",
            A("Förskola", "0,8 mnkr", "lokaler", "volymer"),
        ),
        H("Risker", 2),
        P(
            "Prognosen bygger på elevantalet i mars. Om fler elever väljer fristående skolor i andra kommuner kan "
            "kostnaderna för interkommunala ersättningar öka.",
            O(None, note="A risk: other."),
        ),
        P(
            "Nämndens ackumulerade resultat från tidigare år uppgår till 18,4 mnkr.",
            O(None, note="Equity: other."),
        ),
        P("Karin Bergström, förvaltningschef    Erik Nyman, ekonomichef", size=10.0),
    ]
    return ReportSpec(
        file="taby-bgn-tjansteskrivelse-ekonomisk-uppfoljning-2026-03.pdf",
        report={
            "municipality": "Täby",
            "committee": ["Barn- och grundskolenämnden"],
            "period": ["2026-03"],
            "report_type": "tjänsteskrivelse",
        },
        metadata={"title": "Ekonomisk uppföljning mars 2026", "author": "Täby kommun"},
        style=style,
        blocks=blocks,
    )
