"""Örebro kommun, Grundskolenämnden, månadsuppföljning februari 2026.

A school committee's month report in "miljoner kronor" and "mnkr", footer dated in March: the full year's
"underskott på 14,2 miljoner kronor" and, in the next sentence, the change since January with its cause (a
forecast change); a comment table whose deviation column uses a hyphen-minus ("-8,2") and whose comments
give reasons only (each row's cell), a comment with a part of its row's deficit ("sammanlagt 1,9 mnkr" of
"-5,2"), a comment that names its own amount ("2,3 mnkr dyrare än budgeterat"), an unused central buffer and
vacancies (reserver), "Prognos enligt budget" (boilerplate) and a sum row with no comment; an action plan with
its effect, sick leave against last year (other) and investments "6,5 miljoner kronor skjuts till 2027". 8
scored causes. Liberation Sans (Arial) 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, CommentTable, H, P, ReportSpec, Style, Title

from reports.common import BP, A, C, F, O

CELL = "A reason-only comment: its row's deviation cell."


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=10.0,
        leading=1.38,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(64.0, 76.0, 64.0, 74.0),
        header=lambda n, m: ("Örebro kommun", "Grundskolenämnden"),
        footer=lambda n, m: ("Förvaltningen förskola och skola, 2026-03-11", "Gsn 26/00031", f"{n} av {m}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = CommentTable(
        header=("Verksamhet, mnkr", "Budget", "Prognos", "Avvik.", "Kommentar"),
        rows=(
            (
                ("Grundskola F–6", "842,6", "846,9", "-4,3"),
                "Fler elever än budgeterat i de centrala skolorna och tre nya förberedelseklasser.",
                C("Grundskola F–6", "-4,3", "-", "volymer", unit="mnkr", table=True, note=CELL),
            ),
            (
                ("Grundskola 7–9", "401,8", "410,0", "-8,2"),
                "Lärarlönerna har blivit högre än beräknat i budgeten efter lönerevisionen, och fler "
                "elevassistenter har anställts.",
                C(
                    "Grundskola 7–9",
                    "-8,2",
                    "-",
                    "lonekostnader",
                    "bemanning",
                    unit="mnkr",
                    table=True,
                    note=CELL,
                ),
            ),
            (
                ("Grundsärskola", "96,4", "101,6", "-5,2"),
                "Elevantalet har ökat med elva elever sedan budgeten lades och två elever går i annan kommuns "
                "skola, sammanlagt 1,9 mnkr.",
                C(
                    "Grundsärskola",
                    "-5,2",
                    "-",
                    "volymer",
                    "kopt_verksamhet",
                    unit="mnkr",
                    table=True,
                    note="The comment's 1,9 mnkr is a part: the row's cell. Pupils in another kommun's school are "
                    "kopt_verksamhet.",
                ),
            ),
            (
                ("Fritidshem", "118,3", "117,1", "1,2"),
                "Lägre inskrivning än beräknat.",
                C("Fritidshem", "1,2", "+", "volymer", unit="mnkr", table=True, note=CELL),
            ),
            (
                ("Skolskjuts", "64,0", "66,3", "-2,3"),
                "Det nya skolskjutsavtalet är 2,3 mnkr dyrare än budgeterat på helår.",
                C("Skolskjuts", "2,3 mnkr", "-", "prisokningar", note="The comment names its own amount."),
            ),
            (
                ("Central administration", "52,7", "48,1", "4,6"),
                "Den centralt avsatta bufferten på 3,0 mnkr används inte och två tjänster är vakanta.",
                C(
                    "Central administration",
                    "4,6",
                    "+",
                    "reserver",
                    "vakanser",
                    unit="mnkr",
                    table=True,
                    note="The buffer (3,0) is a part: the row's cell.",
                ),
            ),
            (
                ("Måltider", "71,5", "71,5", "0,0"),
                "Prognos enligt budget.",
                BP("Måltider"),
            ),
            (("Summa", "1 647,3", "1 661,5", "-14,2"), "", None),
        ),
        widths=(140.0, 52.0, 52.0, 46.0),
        size=8.5,
    )
    blocks = [
        Title("Månadsuppföljning februari 2026", size=18, font="arial-bold", after=2),
        Title("Grundskolenämnden", size=12, font="arial", after=12),
        H("Ekonomiskt läge", 2),
        PS(
            (
                "Efter februari bedömer förvaltningen att grundskolenämnden gör ett underskott på 14,2 miljoner "
                "kronor för 2026.",
                C(None, "14,2 miljoner kronor", "-", note="The full year in a sentence of its own."),
            ),
            (
                "Bedömningen är 3,2 miljoner kronor sämre än i januari, främst för att tilläggsbeloppen för elever "
                "i behov av särskilt stöd har ökat.",
                F(None, "3,2 miljoner kronor", "-", "volymer"),
            ),
        ),
        P(
            "Tabellen visar helårsprognosen per verksamhet. Negativa tal i kolumnen Avvik. är underskott mot "
            "budget."
        ),
        table,
        H("Åtgärder", 2),
        PS(
            ("Nämnden beslutade i februari om en åtgärdsplan.", None),
            (
                "Den omfattar bland annat samordning av grundsärskolans klasser och en översyn av resursfördelningen "
                "till de centrala skolorna, och beräknas minska underskottet med 4,5 miljoner kronor under 2026.",
                A(None, "4,5 miljoner kronor", "bemanning"),
            ),
        ),
        H("Personal", 2),
        P(
            "Sjukfrånvaron var 7,9 procent i februari, jämfört med 8,6 procent samma månad förra året.",
            O(None, note="Sick leave against the previous year."),
        ),
        H("Investeringar", 2),
        P(
            "Av investeringsbudgeten på 38,0 miljoner kronor för inventarier och digitala läromedel beräknas 31,5 "
            "miljoner kronor användas, och 6,5 miljoner kronor skjuts till 2027 eftersom utbytet av elevdatorer "
            "senareläggs.",
            C(
                "Investeringar",
                "6,5 miljoner kronor",
                "+",
                "periodisering",
                "it_digitalisering",
                note="Investment under-spending.",
            ),
        ),
    ]
    return ReportSpec(
        file="orebro-gsn-manadsuppfoljning-2026-02.pdf",
        report={
            "municipality": "Örebro",
            "committee": ["Grundskolenämnden"],
            "period": ["2026-02"],
            "report_type": "månadsuppföljning",
        },
        metadata={"title": "Månadsuppföljning februari 2026 Grundskolenämnden", "author": "Örebro kommun"},
        style=style,
        blocks=blocks,
    )
