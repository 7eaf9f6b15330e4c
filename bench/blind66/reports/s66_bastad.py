"""Båstads kommun, Vård- och omsorgsnämnden, månadsrapport september 2025 (elderly care).

An elderly-care month report in tkr and mnkr, header with the nämnd's meeting date in October: the period and
the full year in one sentence (the full year's "underskott om 5,6 mnkr" is the amount), the change since
August with its cause (a forecast change); a kostnadsslag table whose deficits carry an en dash ("–3 700"),
followed by two kostnadsslag paragraphs that give reasons only (each takes its row's cell); then headings
that carry the verksamhet and amount in tkr ("Hemtjänst –3 400 tkr", "Hälso- och sjukvård +900 tkr",
"Myndighet och bistånd ±0 tkr"), so the deficit is explained twice; under "Särskilt boende –2 100 tkr" two
boenden as a "respektive" pair in a second sentence (two more items); a closure after water damage (ovrigt),
a new system's licences, an action with its effect and sick leave against last year (other). 10 scored
causes. DejaVu Sans 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, Para, ReportSpec, Style, Table, Title

from reports.common import BP, HP, A, C, F, O

ROW = "A reason-only kostnadsslag paragraph: the table row's deviation cell (tkr)."


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.4,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(62.0, 76.0, 62.0, 72.0),
        header=lambda n, m: ("Båstads kommun – Vård- och omsorgsnämnden", "Sammanträde 2025-10-22"),
        footer=lambda n, m: ("Månadsrapport september 2025", "", f"Sida {n}"),
        header_size=8.0,
        rule_under_header=False,
    )
    table = Table(
        caption="Prognos per kostnadsslag, tkr",
        header=(("Kostnadsslag", "Budget helår", "Prognos helår", "Avvikelse"),),
        rows=(
            ("Intäkter", "48 200", "46 900", "–1 300"),
            ("Personalkostnader", "-182 400", "-186 100", "–3 700"),
            ("Köp av verksamhet", "-21 500", "-22 050", "–550"),
            ("Lokalkostnader", "-24 800", "-24 300", "500"),
            ("Övriga kostnader", "-15 600", "-16 150", "–550"),
            ("Nettokostnad", "-196 100", "-201 700", "–5 600"),
        ),
        widths=(170.0, 80.0, 80.0, 80.0),
        bold_rows=frozenset({5}),
        rules=True,
        shade=(0.85, 0.9, 0.95),
        size=8.5,
    )
    blocks = [
        Title("Månadsrapport september 2025", size=19, font="sans-bold", after=2),
        Title("Vård- och omsorgsnämnden", size=12, font="sans", after=12),
        H("Sammanfattande analys", 2),
        P(
            "Nämndens resultat efter september visar en negativ avvikelse mot periodiserad budget på 3,9 mnkr, och "
            "för helåret prognostiseras ett underskott om 5,6 mnkr.",
            C(
                None,
                "5,6 mnkr",
                "-",
                note="The period and the full year in one sentence: the full year's amount.",
            ),
        ),
        P(
            "Prognosen har försämrats med 0,7 mnkr sedan augusti, då fler brukare har beviljats korttidsplats "
            "efter sjukhusvistelse.",
            F(None, "0,7 mnkr", "-", "volymer"),
        ),
        table,
        P(
            "Personalkostnaderna överstiger budget, främst på grund av hög sjukfrånvaro i hemtjänsten och att fler "
            "timvikarier har behövts under sommaren.",
            C(
                "Personalkostnader",
                "–3 700",
                "-",
                "sjukfranvaro",
                "vikarier",
                unit="tkr",
                table=True,
                note=ROW,
            ),
        ),
        P(
            "Intäkterna blir lägre än budgeterat, eftersom fler brukare har fått sänkt avgift efter den nya "
            "inkomstprövningen.",
            C("Intäkter", "–1 300", "-", "avgifter_intakter", unit="tkr", table=True, note=ROW),
        ),
        H("Verksamheternas avvikelser", 2),
        HP(
            "Hemtjänst –3 400 tkr",
            "De beviljade timmarna har ökat med nära 9 procent sedan årsskiftet. Turerna har inte planerats om i "
            "samma takt, vilket ger mycket restid och dubbelbemanning.",
            C("Hemtjänst", "–3 400 tkr", "-", "volymer", "bemanning"),
        ),
        Para(
            (
                (
                    "Underskottet finns på två av kommunens fyra boenden.",
                    C(
                        "Särskilt boende",
                        "–2 100 tkr",
                        "-",
                        note="The heading's area and amount; the reasons follow.",
                    ),
                ),
                (
                    "Skogsgläntan och Solhaga överstiger budget med 1,3 respektive 0,8 mnkr, där nattbemanningen har "
                    "förstärkts för boende med demenssjukdom.",
                    C(
                        "Skogsgläntan",
                        "1,3",
                        "-",
                        "bemanning",
                        unit="mnkr",
                        note="Two boenden as a 'respektive' pair inside the area's paragraph: two items.",
                        also=(C("Solhaga", "0,8 mnkr", "-", "bemanning"),),
                    ),
                ),
            ),
            head="Särskilt boende –2 100 tkr",
        ),
        HP(
            "Hälso- och sjukvård +900 tkr",
            "Två sjukskötersketjänster har varit vakanta under våren och har inte ersatts med "
            "bemanningssjuksköterskor.",
            C("Hälso- och sjukvård", "+900 tkr", "+", "vakanser"),
        ),
        HP(
            "Dagverksamhet +500 tkr",
            "Dagverksamheten i Förslöv har varit stängd sedan juni efter en vattenskada, vilket minskar kostnaderna "
            "för personal och måltider.",
            C("Dagverksamhet", "+500 tkr", "+", "ovrigt", note="A closure after water damage: ovrigt."),
        ),
        HP(
            "Ledning och gemensamt –1 500 tkr",
            "Licenskostnaderna för det nya verksamhetssystemet för dokumentation har blivit högre än budgeterat, och "
            "det gamla systemet måste köras parallellt året ut.",
            C("Ledning och gemensamt", "–1 500 tkr", "-", "it_digitalisering"),
        ),
        HP(
            "Myndighet och bistånd ±0 tkr",
            "Verksamheten bedöms hålla budget.",
            BP("Myndighet och bistånd"),
        ),
        H("Åtgärder", 2),
        P(
            "Från november införs en ny schemaläggning i hemtjänsten med färre delade turer, vilket beräknas minska "
            "kostnaderna med 600 tkr under resten av året.",
            A("Hemtjänst", "600 tkr", "bemanning"),
        ),
        H("Personal", 2),
        P(
            "Sjukfrånvaron uppgick till 9,8 procent i augusti, jämfört med 8,1 procent samma månad förra året.",
            O(None, "sjukfranvaro", note="Sick leave against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="bastad-von-manadsrapport-2025-09.pdf",
        report={
            "municipality": "Båstad",
            "committee": ["Vård- och omsorgsnämnden"],
            "period": ["2025-09"],
            "report_type": "månadsrapport",
        },
        metadata={
            "title": "Månadsrapport september 2025 Vård- och omsorgsnämnden",
            "author": "Båstads kommun",
        },
        style=style,
        blocks=blocks,
    )
