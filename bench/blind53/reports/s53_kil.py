"""Kils kommun, Socialnämnden, tertialrapport 1 2026 (äldreomsorg, LSS and hälso- och sjukvård).

A social committee's tertial report on elderly care in tkr and mnkr, footer with the nämnd's meeting date in
May: the full year "landar på 5,2 mnkr över tilldelad ram" (negative) followed in the same paragraph by the
change since February with its cause (a forecast change); a kostnadsslag table with a trailing minus
("6 400-") and no sign for a surplus; bold run-in kostnadsslag ending in a full stop: a reason-only deficit
(the row's "6 400-"), revenue "1,4 mnkr högre än budgeterat", "ligger 700 tkr över budget på grund av"; an
action with a full-year effect and home-care users against last year (other); then two columns of
paragraphs under headings that carry the verksamhet and amount ("Hemtjänst −3,1 mnkr", "Hälso- och sjukvård
+0,8 mnkr"), one of them with a risk sentence of its own (other), so the deficit is explained twice, by
kostnadsslag and by verksamhet. Liberation Serif (Times) 10.5 pt with Liberation Sans headings.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Columns, H, P, Para, ReportSpec, Style, Table, Title

from reports.common import HP, LP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=10.5,
        leading=1.36,
        para_gap=6.5,
        heading_sizes=(16.0, 12.5, 10.5),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(66.0, 78.0, 66.0, 72.0),
        header=lambda n, m: ("KILS KOMMUN", "Tertialrapport 1 2026 – Socialnämnden"),
        footer=lambda n, m: ("Socialnämnden 2026-05-27", "", f"{n}/{m}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Prognos per kostnadsslag 2026, tkr",
        header=(("Kostnadsslag", "Budget 2026", "Prognos 2026", "Avvikelse"),),
        rows=(
            ("Intäkter", "48 200", "49 600", "1 400"),
            ("Personalkostnader", "212 500", "218 900", "6 400-"),
            ("Köp av verksamhet", "31 700", "32 400", "700-"),
            ("Lokalkostnader", "24 800", "24 300", "500"),
            ("Övriga kostnader", "19 900", "19 900", "0"),
            ("Nettokostnad", "240 700", "245 900", "5 200-"),
        ),
        widths=(150.0, 80.0, 80.0, 80.0),
        bold_rows=frozenset({5}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Tertialrapport 1 2026", size=20, font="arial-bold", after=2),
        Title("Socialnämnden – äldreomsorg, LSS och hälso- och sjukvård", size=12, font="times", after=12),
        H("Ekonomi – sammanfattning", 2),
        PS(
            (
                "Nämndens prognos för helåret landar på 5,2 mnkr över tilldelad ram.",
                C(None, "5,2 mnkr", "-", note="'Över tilldelad ram': negative."),
            ),
            (
                "Jämfört med prognosen i februari är det en förbättring med 0,8 mnkr, som beror på att statsbidraget "
                "för äldreomsorgens bemanning blev högre än väntat.",
                F(None, "0,8 mnkr", "+", "statsbidrag"),
            ),
        ),
        table,
        LP(
            "Personalkostnader.",
            "Sjukfrånvaron inom hemtjänst och särskilt boende har legat över 10 procent sedan januari, och ersättare "
            "har i stor utsträckning tagits in på övertid.",
            C(
                "Personalkostnader",
                "6 400-",
                "-",
                "sjukfranvaro",
                "overtid",
                unit="tkr",
                table=True,
                note="A reason only: the row's cell with a trailing minus; the percentage is not the amount.",
            ),
        ),
        LP(
            "Intäkter.",
            "Omvårdnadsavgifterna och hyresintäkterna blir 1,4 mnkr högre än budgeterat eftersom alla lägenheter på "
            "Stationsgårdens särskilda boende är uthyrda.",
            C("Intäkter", "1,4 mnkr", "+", "avgifter_intakter", "volymer"),
        ),
        LP(
            "Köp av verksamhet.",
            "Kostnaden ligger 700 tkr över budget på grund av två externa LSS-placeringar som inte fanns med vid "
            "budgeteringen.",
            C("Köp av verksamhet", "700 tkr", "-", "kopt_verksamhet", "volymer"),
        ),
        H("Åtgärder", 2),
        P(
            "Nämnden har gett förvaltningen i uppdrag att ta fram en handlingsplan för minskad sjukfrånvaro och att "
            "införa ett nytt schema med färre delade turer i hemtjänsten. Effekten bedöms till 1,5 mnkr på "
            "helårsbasis.",
            A("Hemtjänst", "1,5 mnkr", "sjukfranvaro", "bemanning"),
        ),
        P(
            "Antalet brukare med hemtjänst var 312 i april, 24 fler än i april 2025.",
            O("Hemtjänst", "volymer", note="Volumes against the previous year."),
        ),
        H("Verksamhetsområden", 2),
        Columns(2),
        HP(
            "Hemtjänst −3,1 mnkr",
            "Antalet beviljade hemtjänsttimmar har ökat med 11 procent sedan budgeten lades, och den höga "
            "sjukfrånvaron gör att timvikarier och övertid används mer än planerat.",
            C(
                "Hemtjänst",
                "−3,1 mnkr",
                "-",
                "volymer",
                "sjukfranvaro",
                "vikarier",
                "overtid",
                note="The heading carries the area and amount; explained twice with the kostnadsslag.",
            ),
        ),
        HP(
            "Särskilt boende −2,6 mnkr",
            "Två avdelningar på Fryksgården har dubbelbemanning nattetid för boende med omfattande behov. "
            "Nattbemanningen förklarar i stort sett hela avvikelsen.",
            C("Särskilt boende", "−2,6 mnkr", "-", "bemanning"),
        ),
        HP(
            "LSS −0,9 mnkr",
            "De externa placeringarna (se köp av verksamhet) förklarar underskottet, som delvis vägs upp av en vakant "
            "tjänst i daglig verksamhet.",
            C("LSS", "−0,9 mnkr", "-", "kopt_verksamhet", "vakanser"),
        ),
        Para(
            (
                (
                    "Överskottet beror på sjukskötersketjänster som inte har gått att tillsätta.",
                    C(
                        "Hälso- och sjukvård",
                        "+0,8 mnkr",
                        "+",
                        "vakanser",
                        note="The heading is part of the item.",
                    ),
                ),
                (
                    "Risken är att behovet av inhyrda sjuksköterskor ökar under sommaren.",
                    O(
                        "Hälso- och sjukvård",
                        "inhyrd_personal",
                        note="A risk sentence in the same paragraph.",
                    ),
                ),
            ),
            head="Hälso- och sjukvård +0,8 mnkr",
            head_level=3,
        ),
        HP(
            "Myndighet och administration +0,6 mnkr",
            "Administrationen visar ett plus, då bytet av verksamhetssystem har skjutits till hösten och "
            "licenskostnaderna därför blir lägre i år.",
            C("Myndighet och administration", "+0,6 mnkr", "+", "it_digitalisering", "periodisering"),
        ),
    ]
    return ReportSpec(
        file="kil-sn-tertialrapport-2026-04.pdf",
        report={
            "municipality": "Kil",
            "committee": ["Socialnämnden"],
            "period": ["2026-04"],
            "report_type": "tertialrapport",
        },
        metadata={"title": "Tertialrapport 1 2026 Socialnämnden", "author": "Kils kommun"},
        style=style,
        blocks=blocks,
    )
