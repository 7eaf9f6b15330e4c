"""Timrå kommun, Kultur- och fritidsnämnden, tjänsteskrivelse om fördelning av föreningsbidrag 2026.

A decision on the distribution of activity grants to associations, which is no budget follow-up at all: the
decision proposal and the background (unlabelled), the applied amount "640 000 kronor mer än den budget som
nämnden har avsatt" with "Skillnaden beror på" (applications against the frame, not a deviation), the
proportional reduction (a decision formula), the frame against 2025 with "vilket beror på", one association's
grant against last year with "beror på", the separate facility grant, the cost that "ryms inom" the budget (a
financing statement) and the auditors' finding about another nämnd's grants (a statement about someone else):
seven `other` items and no cause, and a table per grant type (unlabelled). Liberation Sans (Arial) 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import O


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=10.0,
        leading=1.4,
        para_gap=7.5,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(74.0, 84.0, 74.0, 76.0),
        header=lambda n, m: ("Timrå kommun – Kultur- och fritidsförvaltningen", "Dnr KFN 2026/14"),
        footer=lambda n, m: ("Kultur- och fritidsnämnden 2026-02-11", "", f"{n} ({m})"),
        header_size=8.0,
        rule_under_header=False,
    )
    table = Table(
        caption="Föreningsbidrag 2026, kronor",
        header=(("Bidragstyp", "Budget 2026", "Sökt", "Förslag"),),
        rows=(
            ("Verksamhetsbidrag barn och unga", "2 760 000", "3 270 000", "2 760 000"),
            ("Ledarutbildningsbidrag", "310 000", "402 000", "310 000"),
            ("Arrangemangsbidrag", "410 000", "448 000", "410 000"),
            ("Summa", "3 480 000", "4 120 000", "3 480 000"),
        ),
        widths=(190.0, 80.0, 80.0, 80.0),
        bold_rows=frozenset({3}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Tjänsteskrivelse", size=17, font="arial-bold", after=2),
        Title("Fördelning av föreningsbidrag 2026", size=13, font="arial", after=12),
        H("Förslag till beslut", 2),
        P(
            "Kultur- och fritidsnämnden fördelar verksamhetsbidrag, ledarutbildningsbidrag och arrangemangsbidrag "
            "till föreningar för 2026 enligt bilaga 1, totalt 3 480 000 kronor."
        ),
        H("Bakgrund", 2),
        P(
            "Föreningar med verksamhet för barn och unga mellan 7 och 20 år kan ansöka om verksamhetsbidrag. "
            "Bidraget beräknas utifrån antalet redovisade deltagartillfällen och antalet ledare med utbildning."
        ),
        H("Ärendet", 2),
        P(
            "Det sammanlagda sökta beloppet uppgår till 4 120 000 kronor, vilket är 640 000 kronor mer än den budget "
            "som nämnden har avsatt. Skillnaden beror på att tre nya föreningar har ansökt för första gången.",
            O(
                None,
                "volymer",
                note="Applications against the frame, not a budget deviation: other.",
            ),
        ),
        P(
            "Bidragen har därför räknats ned proportionellt med 15,5 procent för samtliga föreningar.",
            O(None, note="A decision formula."),
        ),
        table,
        P(
            "Jämfört med 2025 ökar den totala bidragsramen med 180 000 kronor, vilket beror på att nämnden i "
            "budgeten för 2026 har prioriterat barn- och ungdomsverksamhet.",
            O(None, note="Against the previous year."),
        ),
        P(
            "En av de större idrottsföreningarna får 42 000 kronor mindre än föregående år. Det beror på att "
            "antalet redovisade deltagartillfällen har minskat med en tredjedel.",
            O(None, "volymer", note="About an association, against the previous year."),
        ),
        P(
            "Anläggningsbidraget till föreningar som driver egna anläggningar följer ett separat beslut och uppgår "
            "till 1 150 000 kronor för 2026.",
            O(None, note="A supporting figure."),
        ),
        H("Ekonomiska konsekvenser", 2),
        P(
            "Kostnaden för bidragen ryms inom kultur- och fritidsnämndens budget för 2026.",
            O(None, note="A financing statement, no deviation reported."),
        ),
        P(
            "Kommunens revisorer konstaterade i sin granskning 2025 att socialnämndens bidrag till sociala "
            "föreningar hade överskridits med 95 000 kronor.",
            O(None, note="A statement about someone else."),
        ),
    ]
    return ReportSpec(
        file="timra-kfn-foreningsbidrag-2026.pdf",
        report={
            "municipality": "Timrå",
            "committee": ["Kultur- och fritidsnämnden"],
            "period": ["2026", "2026-02"],
            "report_type": "beslut",
        },
        metadata={"title": "Fördelning av föreningsbidrag 2026", "author": "Timrå kommun"},
        style=style,
        blocks=blocks,
    )
