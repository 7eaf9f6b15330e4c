"""Vellinge kommun, Utbildningsnämnden, månadsrapport oktober 2025.

An education committee's month report whose result table is pasted as an image (so the amounts live in the
prose or nowhere), header with the letter date in November: the full year "ett överskott på 3,2 mnkr för 2025
(2,6 mnkr i september)" and the change since September with its cause; plain headings whose paragraphs put
the amount in varied shapes: "bedöms gå med överskott, 2,4 mnkr", "För grundskolan blir kostnaderna 1,8 mnkr
högre än budget", "Inom gymnasieskolan uppstår ett överskott mot budget på 2,9 mnkr", a reason-only deficit
whose amount is only in the image (null), two verksamheter as a "respektive" pair ("underskott på 0,4
respektive 0,3 mnkr") with a shared reason, an undistributed reserve that "inte behöver tas i anspråk"
(reserver), "ligger i övrigt i nivå med budget" (boilerplate); an action with no amount and sick leave
against last year with "beror på" (other). DejaVu Serif 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="serif",
        bold="serif-bold",
        italic="serif-italic",
        size=9.5,
        leading=1.42,
        para_gap=6.5,
        heading_sizes=(15.0, 11.5, 10.0),
        heading_fonts=("serif-bold", "serif-bold", "serif-bold"),
        margins=(66.0, 80.0, 66.0, 74.0),
        header=lambda n, m: ("Vellinge kommun | Utbildningsförvaltningen", "2025-11-14"),
        footer=lambda n, m: ("", f"{n}", ""),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Helårsprognos per verksamhet, mnkr",
        header=(("Verksamhet", "Budget", "Prognos okt", "Avvikelse okt", "Avvikelse sep"),),
        rows=(
            ("Förskola", "214,6", "212,2", "2,4", "2,1"),
            ("Grundskola", "468,3", "470,1", "-1,8", "-1,5"),
            ("Grundsärskola", "21,4", "21,8", "-0,4", "-0,4"),
            ("Fritidshem", "58,9", "59,2", "-0,3", "-0,3"),
            ("Gymnasieskola", "176,5", "173,6", "2,9", "2,3"),
            ("Skolskjuts", "18,2", "18,9", "-0,7", "-0,7"),
            ("Central administration och reserv", "34,0", "32,9", "1,1", "1,1"),
            ("Summa", "991,9", "988,7", "3,2", "2,6"),
        ),
        widths=(170.0, 64.0, 70.0, 74.0, 74.0),
        bold_rows=frozenset({7}),
        rules=True,
        size=8.5,
        as_image=True,
    )
    blocks = [
        Title("Månadsrapport oktober 2025", size=18, font="serif-bold", after=2),
        Title("Utbildningsnämnden", size=12, font="serif", after=12),
        H("Ekonomisk prognos", 2),
        P(
            "Utbildningsnämnden prognostiserar ett överskott på 3,2 mnkr för 2025 (2,6 mnkr i september).",
            C(None, "3,2 mnkr", "+", note="Last month's figure in brackets is not the amount."),
        ),
        P(
            "Förbättringen med 0,6 mnkr jämfört med septemberprognosen beror på att elevantalet i gymnasieskolan "
            "blev lägre än planerat vid höstterminens start.",
            F(None, "0,6 mnkr", "+", "volymer"),
        ),
        table,
        H("Förskola", 3),
        P(
            "Förskoleverksamheten bedöms gå med överskott, 2,4 mnkr, eftersom barnkullarna i Västra Ingelstad och "
            "Skanör är mindre än befolkningsprognosen förutsåg.",
            C("Förskola", "2,4 mnkr", "+", "volymer"),
        ),
        H("Grundskola", 3),
        P(
            "För grundskolan blir kostnaderna 1,8 mnkr högre än budget. Skälet är fler elever med omfattande "
            "stödbehov, vilket har krävt fler elevassistenter under hösten.",
            C("Grundskola", "1,8 mnkr", "-", "volymer", "bemanning"),
        ),
        H("Grundsärskola och fritidshem", 3),
        P(
            "Grundsärskolan och fritidshemmen visar underskott på 0,4 respektive 0,3 mnkr, i båda fallen beroende "
            "på höga vikariekostnader under sensommaren.",
            C(
                "Grundsärskola",
                "0,4",
                "-",
                "vikarier",
                unit="mnkr",
                note="A 'respektive' pair with a shared reason: two items.",
                also=(C("Fritidshem", "0,3 mnkr", "-", "vikarier"),),
            ),
        ),
        H("Gymnasieskola", 3),
        P(
            "Inom gymnasieskolan uppstår ett överskott mot budget på 2,9 mnkr, då färre elever än beräknat har valt "
            "program i andra kommuner och kostnaderna för interkommunal ersättning därmed minskar.",
            C("Gymnasieskola", "2,9 mnkr", "+", "volymer", "kopt_verksamhet"),
        ),
        H("Skolskjuts", 3),
        P(
            "Skolskjutsarna blir dyrare än budgeterat, sedan entreprenören höjt priserna enligt avtalets "
            "indexklausul.",
            C(
                "Skolskjuts",
                None,
                "-",
                "prisokningar",
                note="Reasons only, and the row's amount lives only in the pasted image: null.",
            ),
        ),
        H("Central administration och reserv", 3),
        P(
            "Nämndens ofördelade reserv på 1,1 mnkr bedöms inte behöva tas i anspråk under året och redovisas som "
            "överskott.",
            C("Reserv", "1,1 mnkr", "+", "reserver", note="An unused reserve as the surplus's reason."),
        ),
        P(
            "Den centrala administrationen ligger i övrigt i nivå med budget.",
            BP("Central administration"),
        ),
        H("Åtgärder", 2),
        P(
            "Med anledning av grundskolans underskott ska varje ny anställning prövas av skolchefen innan den "
            "tillsätts.",
            A("Grundskola", None, "bemanning"),
        ),
        H("Personal", 2),
        P(
            "Sjukfrånvaron bland lärarna var 5,2 procent i oktober, lägre än i oktober 2024, vilket främst beror "
            "på en mildare influensasäsong.",
            O(None, "sjukfranvaro", note="Sick leave against last year, with 'beror på': other."),
        ),
    ]
    return ReportSpec(
        file="vellinge-un-manadsrapport-2025-10.pdf",
        report={
            "municipality": "Vellinge",
            "committee": ["Utbildningsnämnden"],
            "period": ["2025-10"],
            "report_type": "månadsrapport",
        },
        metadata={"title": "Månadsrapport oktober 2025 Utbildningsnämnden", "author": "Vellinge kommun"},
        style=style,
        blocks=blocks,
    )
