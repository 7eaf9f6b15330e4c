"""Strömstads kommun, Kommunstyrelsen, månadsrapport maj 2026 (the kommunstyrelse's own verksamheter).

A kommunstyrelse's month report for its own verksamheter with a header carrying the arbetsutskott's date in
June: the full year's deficit and the period's surplus in one sentence (the full year's is the amount); a
table in tkr with deficits in brackets ("(1 250)"); bold run-in verksamheter after a colon: the rescue
service with overtime, sick leave and a dry spring and the amount at the end ("1 250 tkr högre än budget"),
food and cleaning "går därmed 1,2 mnkr över budget" after dearer food, a reason-only property deficit (the row's
"(900)"), an administration surplus "innebär ett överskott på 700 tkr", tourism "ligger 450 tkr bättre än
budget" during a rebuild, "Prognosen följer budget" (boilerplate); personnel costs "1,6 procent över budget"
after the pay revision (amount null), the change since April with its cause, an action with its effect,
undistributed funds outside the forecast and sick leave against last year (others), and investments "18,4
mnkr mot budgeterade 26,0 mnkr" (7,6 never written out). Liberation Sans (Arial metrics) 10.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import BP, LP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=10.5,
        leading=1.35,
        para_gap=7.0,
        heading_sizes=(16.0, 12.5, 11.0),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(70.0, 80.0, 70.0, 74.0),
        header=lambda n, m: ("Strömstads kommun – Kommunstyrelsens arbetsutskott 2026-06-10", f"{n} av {m}"),
        footer=lambda n, m: ("Kommunledningskontoret", "", "Månadsrapport maj 2026"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Kommunstyrelsens verksamheter, tkr. Underskott inom parentes.",
        header=(("Verksamhet", "Budget 2026", "Utfall jan–maj", "Prognos 2026", "Avvikelse"),),
        rows=(
            ("Kansli och ledning", "24 600", "9 720", "23 900", "700"),
            ("Räddningstjänsten", "21 300", "9 480", "22 550", "(1 250)"),
            ("Kost och lokalvård", "38 900", "16 810", "40 100", "(1 200)"),
            ("Fastighet", "12 400", "5 660", "13 300", "(900)"),
            ("Turism och näringsliv", "6 800", "2 310", "6 350", "450"),
            ("Digitalisering", "9 200", "3 890", "9 200", "0"),
            ("Summa", "113 200", "47 870", "115 400", "(2 200)"),
        ),
        widths=(140.0, 72.0, 76.0, 74.0, 66.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Månadsrapport maj 2026", size=19, font="arial-bold", after=2),
        Title("Kommunstyrelsens verksamheter", size=12.5, font="arial", after=14),
        H("Sammanfattning", 2),
        P(
            "Kommunstyrelsens verksamheter prognostiserar ett underskott på 2,2 mnkr för helåret, samtidigt som "
            "utfallet för januari–maj är 0,4 mnkr bättre än budget för perioden.",
            C(
                None,
                "2,2 mnkr",
                "-",
                note="The full year's deficit and the period's surplus in one sentence: the full year's is the amount.",
            ),
        ),
        P(
            "Prognosen är 0,8 mnkr sämre än i april, i huvudsak på grund av stigande livsmedelspriser.",
            F(None, "0,8 mnkr", "-", "prisokningar"),
        ),
        table,
        H("Kommentarer", 2),
        LP(
            "Räddningstjänsten:",
            "Beredskapen har förstärkts efter den torra våren, och två brandmän har varit långtidssjukskrivna. "
            "Kostnaderna för övertid blir därför 1 250 tkr högre än budget.",
            C("Räddningstjänsten", "1 250 tkr", "-", "overtid", "sjukfranvaro", "ovrigt"),
        ),
        LP(
            "Kost och lokalvård:",
            "Livsmedelspriserna har fortsatt att stiga, och det livsmedelsavtal som började gälla i februari är "
            "dyrare än det förra. Kost och lokalvård går därmed 1,2 mnkr över budget.",
            C("Kost och lokalvård", "1,2 mnkr", "-", "prisokningar"),
        ),
        LP(
            "Fastighet:",
            "Ett vattenskadat golv i en skolmatsal har fått bytas, och kostnaderna för fjärrvärme har ökat mer än "
            "beräknat.",
            C(
                "Fastighet",
                "(900)",
                "-",
                "ovrigt",
                "prisokningar",
                unit="tkr",
                table=True,
                note="Reason only: the table row's bracketed cell.",
            ),
        ),
        LP(
            "Kansli och ledning:",
            "Lägre kostnader för konsulter i upphandlingsärenden och en vakant tjänst som utredare innebär ett "
            "överskott på 700 tkr.",
            C("Kansli och ledning", "700 tkr", "+", "inhyrd_personal", "vakanser"),
        ),
        LP(
            "Turism och näringsliv:",
            "Verksamheten ligger 450 tkr bättre än budget, eftersom turistbyrån har hållit stängt under "
            "ombyggnaden i april och maj.",
            C("Turism och näringsliv", "450 tkr", "+", "ovrigt", note="A closure for rebuilding: ovrigt."),
        ),
        LP("Digitalisering:", "Prognosen följer budget.", BP("Digitalisering")),
        P(
            "Personalkostnaderna för kommunstyrelsens verksamheter ligger 1,6 procent över budget efter "
            "lönerevisionen, som blev högre än den nivå som budgeterades.",
            C(
                "Personalkostnader",
                None,
                "-",
                "lonekostnader",
                note="A percentage-only deviation with no table row for the kostnadsslag: amount null.",
            ),
        ),
        H("Åtgärder", 2),
        P(
            "Kost och lokalvård minskar antalet rätter att välja mellan i gymnasieskolans restaurang från augusti, "
            "vilket beräknas sänka kostnaderna med 200 tkr i år.",
            A("Kost och lokalvård", "200 tkr", "prisokningar"),
        ),
        P(
            "Kommunstyrelsens ofördelade medel för oförutsedda kostnader, 1,5 mnkr, har inte tagits i anspråk och "
            "ingår inte i prognosen.",
            O(None, "reserver", note="An undistributed reserve outside the forecast: other."),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsprognosen är 18,4 mnkr mot budgeterade 26,0 mnkr, bland annat eftersom det nya "
            "släckfordonet levereras först i februari 2027.",
            C(
                "Investeringar",
                "18,4 mnkr mot budgeterade 26,0 mnkr",
                "+",
                "periodisering",
                value=7_600_000,
                note="An under-spend never written out: the computed 7,6 mnkr, the amount text as written.",
            ),
        ),
        H("Personal", 2),
        P(
            "Sjukfrånvaron inom kost och lokalvård var 8,9 procent under perioden, jämfört med 7,1 procent samma "
            "period 2025.",
            O("Kost och lokalvård", "sjukfranvaro", note="Sick leave against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="stromstad-ks-manadsrapport-2026-05.pdf",
        report={
            "municipality": "Strömstad",
            "committee": ["Kommunstyrelsen"],
            "period": ["2026-05"],
            "report_type": "månadsrapport",
        },
        metadata={"title": "Månadsrapport maj 2026 Kommunstyrelsen", "author": "Strömstads kommun"},
        style=style,
        blocks=blocks,
    )
