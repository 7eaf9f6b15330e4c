"""Vingåkers kommun, Vård- och omsorgsnämnden, månadsrapport november 2025.

An elderly-care committee's month report in DejaVu Sans 9.5 pt with en dashes as minus signs and no-break
spaces between number and unit, footer with the nämnd's meeting date in December: the full year, the change
since October and the accumulated deviation in three sentences of one paragraph (two causes and a forecast
change); a table with October's deviation; headings that carry the area, its amount and October's figure in
brackets ("Hemtjänst –2,1 mnkr (–1,6)"), one followed by a sentence on the change since last month (a forecast
change with an amount), one whose second sentence explains the improvement since October with no amount (a
forecast change), an "i nivå med budget" that is phrased "bedöms landa på budget" (boilerplate); the kostnadsslag
view with two account groups in one sentence (two items) and "Övriga kostnader ligger sammantaget nära budget"
(boilerplate); an action with its effect so far and sick leave against last year (other). 8 scored causes.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, Para, ReportSpec, Style, Table, Title

from reports.common import BP, HP, A, C, F, O

HEAD = "The heading carries the area, its amount and October's figure in brackets (not the amount)."
NB = "\u00a0"


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.4,
        para_gap=6.0,
        heading_sizes=(15.0, 11.5, 10.0),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(62.0, 76.0, 62.0, 72.0),
        header=lambda n, m: ("Vingåkers kommun", "Vård- och omsorgsnämnden"),
        footer=lambda n, m: ("Månadsrapport november 2025", "VON 2025-12-10", f"{n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Prognos per verksamhet, mnkr (negativt tal = underskott)",
        header=(("Verksamhet", "Budget", "Prognos", "Avvikelse", "Avvikelse okt"),),
        rows=(
            ("Hemtjänst", "46,8", "48,9", "–2,1", "–1,6"),
            ("Särskilt boende", "71,2", "74,6", "–3,4", "–3,9"),
            ("Hälso- och sjukvård", "22,5", "22,9", "–0,4", "–0,8"),
            ("Funktionsstöd", "38,0", "37,4", "0,6", "0,6"),
            ("Ledning och gemensamt", "9,6", "9,6", "0,0", "0,0"),
            ("Totalt", "188,1", "193,4", "–5,3", "–5,7"),
        ),
        widths=(150.0, 62.0, 62.0, 66.0, 80.0),
        bold_rows=frozenset({5}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Månadsrapport november 2025", size=19, font="sans-bold", after=2),
        Title("Vård- och omsorgsnämnden", size=12, font="sans", after=12),
        H("Ekonomiskt läge", 2),
        PS(
            (
                f"Nämnden prognostiserar ett underskott på 5,3{NB}mnkr för helåret 2025.",
                C(None, f"5,3{NB}mnkr", "-", note="The full year."),
            ),
            (
                f"Det är en förbättring med 0,4{NB}mnkr jämfört med oktoberprognosen.",
                F(None, f"0,4{NB}mnkr", "+"),
            ),
            (
                f"Ackumulerat till och med november är avvikelsen mot budget –4,9{NB}mnkr.",
                C(None, f"–4,9{NB}mnkr", "-", note="The period, in a sentence of its own: a cause."),
            ),
        ),
        table,
        H("Kommentarer per verksamhet", 2),
        Para(
            (
                (
                    "Antalet utförda timmar i november var 7 480, cirka 600 fler än budgeterat per månad, och flera "
                    "brukare med dubbelbemanning har tillkommit.",
                    C(
                        "Hemtjänst",
                        "–2,1 mnkr",
                        "-",
                        "volymer",
                        "bemanning",
                        note=HEAD + " 7 480 hours are a volume.",
                    ),
                ),
                (
                    "Underskottet har ökat med 0,5 mnkr sedan förra månaden.",
                    F(
                        "Hemtjänst",
                        "0,5 mnkr",
                        "-",
                        note="The change since last month, in the same paragraph.",
                    ),
                ),
            ),
            head="Hemtjänst –2,1 mnkr (–1,6)",
            head_level=3,
        ),
        HP(
            "Särskilt boende –3,4 mnkr (–3,9)",
            "Kostnaderna för sjuklön och timvikarier ligger fortsatt över budget.",
            C("Särskilt boende", "–3,4 mnkr", "-", "sjukfranvaro", "vikarier", note=HEAD),
        ),
        P(
            "Förbättringen sedan oktober beror på att en avdelning på Viadalens boende har stängts tillfälligt under "
            "ombyggnaden och att personalen har flyttats till lediga tjänster på andra avdelningar.",
            F(
                "Särskilt boende",
                None,
                "+",
                "omstallning",
                note="The improvement since October with its reason and no amount written (the brackets' 0,5).",
            ),
        ),
        HP(
            "Hälso- och sjukvård –0,4 mnkr (–0,8)",
            "Kostnaderna för inhyrda sjuksköterskor har minskat sedan två tillsvidareanställda sjuksköterskor "
            "började i oktober. Bemanningsföretag används nu bara under helger.",
            C("Hälso- och sjukvård", "–0,4 mnkr", "-", "inhyrd_personal", note=HEAD),
        ),
        HP(
            "Funktionsstöd +0,6 mnkr (+0,6)",
            "En gruppbostad enligt LSS har haft två tomma lägenheter sedan i våras, vilket ger lägre "
            "personalkostnader.",
            C("Funktionsstöd", "+0,6 mnkr", "+", "volymer", note=HEAD),
        ),
        P("Ledning och gemensamt bedöms landa på budget.", BP("Ledning och gemensamt")),
        H("Kostnadsslag", 2),
        PS(
            (
                f"Sett till kostnadsslag är det personalkostnaderna som avviker mest, –6,8{NB}mnkr, medan intäkterna "
                f"överstiger budget med 1,9{NB}mnkr, främst genom högre statsbidrag för äldreomsorgen.",
                C(
                    "Personalkostnader",
                    f"–6,8{NB}mnkr",
                    "-",
                    note="Two account groups with their own amounts in one sentence: two items. No reason for "
                    "the personnel costs (naming the account group gives no tag).",
                    also=(C("Intäkter", f"1,9{NB}mnkr", "+", "statsbidrag"),),
                ),
            ),
            ("Övriga kostnader ligger sammantaget nära budget.", BP("Övriga kostnader")),
        ),
        H("Åtgärder", 2),
        P(
            "Nämnden beslutade i september om en åtgärdsplan med bland annat minskad användning av timvikarier och en "
            f"översyn av nattbemanningen. Åtgärderna har hittills gett en effekt på cirka 0,3{NB}mnkr.",
            A(None, f"cirka 0,3{NB}mnkr", "vikarier", "bemanning"),
        ),
        H("Sjukfrånvaro", 2),
        P(
            "Sjukfrånvaron i november var 9,1 procent, vilket är lägre än i november förra året.",
            O(None, "sjukfranvaro", note="Sick leave against the previous year."),
        ),
    ]
    return ReportSpec(
        file="vingaker-von-manadsrapport-2025-11.pdf",
        report={
            "municipality": "Vingåker",
            "committee": ["Vård- och omsorgsnämnden"],
            "period": ["2025-11"],
            "report_type": "månadsrapport",
        },
        metadata={
            "title": "Månadsrapport november 2025 Vård- och omsorgsnämnden",
            "author": "Vingåkers kommun",
        },
        style=style,
        blocks=blocks,
    )
