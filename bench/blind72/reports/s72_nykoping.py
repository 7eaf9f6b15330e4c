"""Nyköpings kommun, Vård- och omsorgsnämnden, månadsrapport november 2025.

An elderly-care committee's month report in Liberation Sans Narrow 10 pt, footer with the nämnd's meeting
date in December: the full year "ett underskott på 11,2 mnkr", the period "9,8 mnkr högre än periodiserad
budget" (a net cost over budget: negative) and the change since October with its cause, in three sentences;
a reading note that declares tkr and brackets for deficits and a verksamhet table with "(5 650)"; headings
that carry the verksamhet and the bracketed amount ("Hemtjänst (5 650)") or a plain figure ("Hemsjukvård
850"), a reason-only surplus under a plain heading (the row's "360"), "bedöms i stort sett hålla budget"
beside a row of "(380)" (boilerplate), "överskrider budget med 2,2 mnkr" (the row says 2 180); then three
kostnadsslag in one sentence ("överstiger budget med 8,4 mnkr", "1,9 mnkr dyrare", "0,9 mnkr lägre"), so
the deficit is explained twice; an action with its effect and sick leave against last year (other).

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, HP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="narrow",
        bold="narrow-bold",
        italic="arial-italic",
        size=10.0,
        leading=1.38,
        para_gap=6.0,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("narrow-bold", "narrow-bold", "narrow-bold"),
        margins=(70.0, 76.0, 70.0, 72.0),
        header=lambda n, m: ("Nyköpings kommun", "Vård- och omsorgsförvaltningen"),
        footer=lambda n, m: ("Månadsrapport november 2025", "Vård- och omsorgsnämnden 2025-12-16", f"{n}"),
        header_size=8.0,
        rule_under_header=False,
    )
    table = Table(
        caption="Prognos per verksamhet 2025",
        header=(("Verksamhet", "Budget 2025", "Prognos 2025", "Avvikelse"),),
        rows=(
            ("Hemtjänst", "198 400", "204 050", "(5 650)"),
            ("Särskilt boende", "286 900", "291 100", "(4 200)"),
            ("Hemsjukvård", "74 300", "73 450", "850"),
            ("Dagverksamhet", "12 600", "12 240", "360"),
            ("Myndighet och bistånd", "21 800", "22 180", "(380)"),
            ("Förvaltningsgemensamt", "18 400", "20 580", "(2 180)"),
            ("Summa", "612 400", "623 600", "(11 200)"),
        ),
        widths=(160.0, 80.0, 80.0, 80.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=9.0,
        grid=True,
    )
    blocks = [
        Title("Månadsrapport november 2025", size=19, font="narrow-bold", after=2),
        Title("Vård- och omsorgsnämnden", size=13, font="narrow", after=12),
        H("Ekonomiskt läge", 2),
        PS(
            ("Nämnden prognostiserar ett underskott på 11,2 mnkr för helåret.", C(None, "11,2 mnkr", "-")),
            (
                "Till och med november är utfallet 9,8 mnkr högre än periodiserad budget.",
                C(None, "9,8 mnkr", "-", note="A net cost above the periodised budget: negative."),
            ),
            (
                "Det är en förbättring av helårsprognosen med 0,9 mnkr jämfört med oktober, som främst beror på att "
                "sjuklönekostnaderna har minskat.",
                F(None, "0,9 mnkr", "+", "sjukfranvaro"),
            ),
        ),
        P("Belopp i tkr. Negativa avvikelser anges inom parentes.", size=9.0),
        table,
        H("Kommentarer per verksamhet", 2),
        HP(
            "Hemtjänst (5 650)",
            "Antalet beviljade hemtjänsttimmar har ökat med 7 procent sedan årsskiftet, och delade turer samt långa "
            "restider på landsbygden ger högre personalkostnader än budgeterat.",
            C(
                "Hemtjänst",
                "(5 650)",
                "-",
                "volymer",
                "bemanning",
                unit="tkr",
                note="The heading carries the amount in brackets (a deficit); the percentage is not the amount.",
            ),
        ),
        HP(
            "Särskilt boende (4 200)",
            "Underskottet hänger samman med hög sjukfrånvaro på två av boendena och kostnader för timvikarier och "
            "övertid under sommaren.",
            C("Särskilt boende", "(4 200)", "-", "sjukfranvaro", "vikarier", "overtid", unit="tkr"),
        ),
        HP(
            "Hemsjukvård 850",
            "Vakanta sjukskötersketjänster ger ett överskott, trots att en del pass har bemannats med sjuksköterskor "
            "från bemanningsföretag.",
            C("Hemsjukvård", "850", "+", "vakanser", "inhyrd_personal", unit="tkr"),
        ),
        H("Dagverksamhet", 3),
        P(
            "Dagverksamheten för personer med demenssjukdom har haft färre besökare än planerat under hösten, vilket "
            "ger lägre kostnader för personal och måltider.",
            C(
                "Dagverksamhet",
                "360",
                "+",
                "volymer",
                unit="tkr",
                table=True,
                note="Reasons only: the table row's cell.",
            ),
        ),
        H("Myndighet och bistånd", 3),
        P(
            "Verksamheten bedöms i stort sett hålla budget.",
            BP("Myndighet och bistånd", note="Boilerplate beside a row of (380)."),
        ),
        H("Förvaltningsgemensamt", 3),
        P(
            "Förvaltningsgemensamma kostnader överskrider budget med 2,2 mnkr, framför allt på grund av införandet av "
            "ett nytt verksamhetssystem för social dokumentation och högre licenskostnader.",
            C(
                "Förvaltningsgemensamt",
                "2,2 mnkr",
                "-",
                "it_digitalisering",
                note="The prose rounds the row's (2 180): the prose amount.",
            ),
        ),
        H("Kostnadsslag", 2),
        P(
            "Personalkostnaderna överstiger budget med 8,4 mnkr, medan köp av verksamhet blir 1,9 mnkr dyrare än "
            "budgeterat och intäkterna från avgifter 0,9 mnkr lägre.",
            C(
                "Personalkostnader",
                "8,4 mnkr",
                "-",
                note="Three kostnadsslag in one sentence: three items. Account groups only: no tags.",
                also=(
                    C("Köp av verksamhet", "1,9 mnkr", "-"),
                    C("Avgiftsintäkter", "0,9 mnkr", "-"),
                ),
            ),
        ),
        H("Åtgärder", 2),
        P(
            "Förvaltningen har startat ett schemaprojekt i hemtjänsten som ska minska antalet delade turer. Effekten "
            "beräknas till 1,5 mnkr i årstakt från 2026.",
            A("Hemtjänst", "1,5 mnkr", "bemanning"),
        ),
        H("Personal", 2),
        P(
            "Sjukfrånvaron i november var 8,9 procent, vilket är lägre än i november 2024.",
            O(None, "sjukfranvaro", note="Sick leave against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="nykoping-von-manadsrapport-2025-11.pdf",
        report={
            "municipality": "Nyköping",
            "committee": ["Vård- och omsorgsnämnden"],
            "period": ["2025-11"],
            "report_type": "månadsrapport",
        },
        metadata={
            "title": "Månadsrapport november 2025 Vård- och omsorgsnämnden",
            "author": "Nyköpings kommun",
        },
        style=style,
        blocks=blocks,
    )
