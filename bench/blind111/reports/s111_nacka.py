"""Nacka kommun, Fritidsnämnden, tertialbokslut 1 2026.

A leisure committee's tertial report in "miljoner kronor" and tkr, footer with the nämnd's meeting date in May:
the full year "ett underskott på 2,9 miljoner kronor" with a percentage of the frame, and in the same paragraph
the period "0,6 miljoner kronor bättre än den periodiserade budgeten" with its timing reason (two items); a
comment table (mnkr) whose last column explains each row: reason-only comments taking their cells ("−2,4",
"−1,1", "0,8", "0,6"), one comment that names its own amount ("överstiger budget med 800 tkr"), "Prognos enligt
budget" (boilerplate) and a sum row with no comment; the change since March with its cause; investments "Av
nämndens investeringsram på 64 miljoner kronor beräknas 41 miljoner kronor att användas" (23 never written
out); an action "cirka 0,4 miljoner kronor" and booked hours against last year with "beror på" (other). DejaVu
Serif 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, CommentTable, H, P, ReportSpec, Style, Title

from reports.common import BP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="serif",
        bold="serif-bold",
        italic="serif-italic",
        size=10.0,
        leading=1.4,
        para_gap=7.0,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("serif-bold", "serif-bold", "serif-bold"),
        margins=(68.0, 80.0, 68.0, 74.0),
        header=lambda n, m: ("Nacka kommun", "Tertialbokslut 1 2026 – Fritidsnämnden"),
        footer=lambda n, m: ("Fritidsnämnden 2026-05-20", "", f"{n} ({m})"),
        header_size=8.0,
        rule_under_header=False,
    )
    table = CommentTable(
        header=("Verksamhet, mnkr", "Budget", "Prognos", "Avvikelse", "Kommentar"),
        rows=(
            (
                ("Idrottsanläggningar", "72,0", "74,4", "−2,4"),
                "Högre kostnader för el och snöröjning vid konstgräsplanerna under den kalla vintern samt hyra för "
                "en tillfällig bollhall.",
                C(
                    "Idrottsanläggningar",
                    "−2,4",
                    "-",
                    "prisokningar",
                    "ovrigt",
                    "lokaler",
                    unit="mnkr",
                    table=True,
                    note="A reason-only comment: the row's cell. Snow is ovrigt.",
                ),
            ),
            (
                ("Simhallar", "26,4", "27,5", "−1,1"),
                "Längre stängning av den ena simhallen för reparation av bassängen ger lägre entréintäkter.",
                C(
                    "Simhallar",
                    "−1,1",
                    "-",
                    "avgifter_intakter",
                    "ovrigt",
                    unit="mnkr",
                    table=True,
                    note="A repair closure is ovrigt.",
                ),
            ),
            (
                ("Föreningsbidrag", "31,2", "30,4", "0,8"),
                "Färre ansökningar om anläggningsbidrag än budgeterat.",
                C("Föreningsbidrag", "0,8", "+", "volymer", unit="mnkr", table=True),
            ),
            (
                ("Fritidsgårdar", "24,6", "25,4", "−0,8"),
                "Vikariekostnader vid sjukfrånvaro och förlängda öppettider under sportlovet gör att kostnaderna "
                "överstiger budget med 800 tkr.",
                C(
                    "Fritidsgårdar",
                    "800 tkr",
                    "-",
                    "vikarier",
                    "sjukfranvaro",
                    note="The comment names its own amount.",
                ),
            ),
            (
                ("Kundval simskola", "8,2", "8,2", "0,0"),
                "Prognos enligt budget.",
                BP("Kundval simskola"),
            ),
            (
                ("Nämnd och administration", "5,1", "4,5", "0,6"),
                "En vakant controllertjänst.",
                C("Nämnd och administration", "0,6", "+", "vakanser", unit="mnkr", table=True),
            ),
            (("Summa", "167,5", "170,4", "−2,9"), "", None),
        ),
        widths=(124.0, 46.0, 48.0, 56.0),
        size=8.5,
    )
    blocks = [
        Title("Tertialbokslut 1 2026", size=18, font="serif-bold", after=2),
        Title("Fritidsnämnden", size=12.5, font="serif", after=12),
        H("Ekonomiskt resultat", 2),
        PS(
            (
                "Fritidsnämnden prognostiserar ett underskott på 2,9 miljoner kronor för 2026, motsvarande 1,1 "
                "procent av nämndens ram.",
                C(None, "2,9 miljoner kronor", "-", note="A percentage of the frame beside the amount."),
            ),
            (
                "Utfallet efter april är 0,6 miljoner kronor bättre än den periodiserade budgeten, vilket beror på "
                "att säsongsintäkterna för isbanorna faktureras under vårens första månader.",
                C(
                    None,
                    "0,6 miljoner kronor",
                    "+",
                    "periodisering",
                    "avgifter_intakter",
                    note="The period in a sentence of its own: its own item.",
                ),
            ),
        ),
        H("Verksamheternas avvikelser", 2),
        table,
        H("Prognosförändring", 2),
        P(
            "Jämfört med prognosen i mars har underskottet ökat med 1,2 miljoner kronor, vilket främst beror på "
            "de höjda elpriserna.",
            F(None, "1,2 miljoner kronor", "-", "prisokningar"),
        ),
        H("Investeringar", 2),
        P(
            "Av nämndens investeringsram på 64 miljoner kronor beräknas 41 miljoner kronor att användas under året. "
            "Upphandlingen av den nya konstgräsplanen i Älta har överprövats och färdigställandet flyttas till 2027.",
            C(
                "Investeringar",
                "64 miljoner kronor beräknas 41 miljoner kronor",
                "+",
                "periodisering",
                value=23_000_000,
                note="Under-spending of 23 miljoner kronor, never written out: the computed value.",
            ),
        ),
        H("Åtgärder", 2),
        P(
            "Förvaltningen ser över öppettiderna i simhallarna under sommaren, vilket kan minska kostnaderna med "
            "cirka 0,4 miljoner kronor.",
            A("Simhallar", "cirka 0,4 miljoner kronor"),
        ),
        H("Verksamhetsmått", 2),
        P(
            "Antalet bokade timmar i idrottshallarna ökade med 7 procent jämfört med första tertialet 2025, vilket "
            "beror på att den tillfälliga bollhallen öppnade i januari.",
            O(None, "volymer", note="Booked hours against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="nacka-fn-tertialbokslut-2026-04.pdf",
        report={
            "municipality": "Nacka",
            "committee": ["Fritidsnämnden"],
            "period": ["2026-04"],
            "report_type": "tertialbokslut",
        },
        metadata={"title": "Tertialbokslut 1 2026 Fritidsnämnden", "author": "Nacka kommun"},
        style=style,
        blocks=blocks,
    )
