"""Ljungby kommun, Omsorgsnämnden, månadsrapport november 2025.

An elderly-care committee's month report in DejaVu Sans Condensed, footer with the nämnd's meeting date in
December: the full year "ett underskott på 7,6 mnkr" with last month's figure in brackets "(−7,1 mnkr i
oktober)", followed in the same paragraph by the change since October with its cause; a table in tkr whose
deficits carry a trailing minus ("4 100-") and a note saying so; bullets under a generic heading, each opened
by the verksamhet and a colon: the amount last ("Avvikelsen mot budget är 4,1 mnkr", "Prognosen är −3,2
mnkr"), a reason-only deficit (the row's "1 400-"), "Ett positivt utfall jämfört med budget om 600 tkr" and a
reason-only small surplus (the row's "500"); two units of the särskilt boende as a "respektive" pair in a
paragraph of their own; "oförändrade" (a boilerplate forecast change); two action bullets (one with its
effect) and sick leave against last year (other).

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Bullets, H, P, ReportSpec, Style, Table, Title

from reports.common import BF, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="cond",
        bold="cond-bold",
        italic="sans-italic",
        size=10.0,
        leading=1.4,
        para_gap=7.0,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("cond-bold", "cond-bold", "cond-bold"),
        margins=(72.0, 80.0, 72.0, 74.0),
        header=lambda n, m: ("Ljungby kommun", "Månadsrapport november 2025"),
        footer=lambda n, m: ("Omsorgsnämnden 2025-12-10", "", f"{n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Prognos per verksamhet 2025, tkr",
        header=(("Verksamhet", "Budget", "Prognos", "Avvikelse"),),
        rows=(
            ("Hemtjänst", "98 200", "102 300", "4 100-"),
            ("Särskilt boende", "164 500", "167 700", "3 200-"),
            ("Hälso- och sjukvård", "42 800", "44 200", "1 400-"),
            ("Funktionsstöd", "71 600", "71 000", "600"),
            ("Ledning och administration", "18 900", "18 400", "500"),
            ("Summa", "396 000", "403 600", "7 600-"),
        ),
        widths=(160.0, 76.0, 76.0, 76.0),
        bold_rows=frozenset({5}),
        rules=True,
        grid=True,
        size=9.0,
    )
    blocks = [
        Title("Månadsrapport november 2025", size=18, font="cond-bold", after=2),
        Title("Omsorgsnämnden", size=12, font="cond", after=12),
        H("Ekonomisk sammanfattning", 2),
        PS(
            (
                "Omsorgsnämnden prognostiserar ett underskott på 7,6 mnkr för 2025 (−7,1 mnkr i oktober).",
                C(None, "7,6 mnkr", "-", note="The bracketed figure is last month's, not the amount."),
            ),
            (
                "Försämringen med 0,5 mnkr jämfört med oktober beror på fler beviljade hemtjänsttimmar.",
                F(None, "0,5 mnkr", "-", "volymer"),
            ),
        ),
        table,
        P("Minustecken efter beloppet anger underskott mot budget.", size=8.5),
        H("Kommentarer per verksamhet", 2),
        Bullets(
            (
                "Hemtjänst: Antalet beviljade timmar har ökat med 9 procent sedan januari och resursfördelningen "
                "täcker inte de ökade kostnaderna. Avvikelsen mot budget är 4,1 mnkr.",
                "Särskilt boende: Sjukfrånvaron har varit hög på Ekbacken och Sunnanvik under hösten, vilket har lett "
                "till mycket övertid och timvikarier. Prognosen är −3,2 mnkr.",
                "Hälso- och sjukvård: Svårigheter att rekrytera sjuksköterskor har gjort att verksamheten har hyrt in "
                "sjuksköterskor från bemanningsföretag under sommaren.",
                "Funktionsstöd: Ett positivt utfall jämfört med budget om 600 tkr, då en ny gruppbostad har öppnat "
                "senare än planerat.",
                "Ledning och administration: Lägre kostnader för utbildning och resor gör att verksamheten lämnar ett "
                "litet överskott.",
            ),
            labels=(
                C("Hemtjänst", "4,1 mnkr", "-", "volymer"),
                C("Särskilt boende", "−3,2 mnkr", "-", "sjukfranvaro", "overtid", "vikarier"),
                C(
                    "Hälso- och sjukvård",
                    "1 400-",
                    "-",
                    "vakanser",
                    "inhyrd_personal",
                    unit="tkr",
                    table=True,
                    note="Reasons only: the table row's cell, a trailing minus.",
                ),
                C("Funktionsstöd", "600 tkr", "+", "periodisering"),
                C(
                    "Ledning och administration",
                    "500",
                    "+",
                    "ovrigt",
                    unit="tkr",
                    table=True,
                    note="Reasons only: the table row's cell.",
                ),
            ),
        ),
        P(
            "Av underskottet inom särskilt boende står Ekbacken och Sunnanvik för 1,9 respektive 1,3 mnkr.",
            C(
                "Ekbacken",
                "1,9",
                "-",
                unit="mnkr",
                note="Two units as a 'respektive' pair in a paragraph of their own: two items, no reasons.",
                also=(C("Sunnanvik", "1,3 mnkr", "-"),),
            ),
        ),
        P("Övriga verksamheters prognoser är oförändrade jämfört med oktober.", BF(None)),
        H("Åtgärder", 2),
        Bullets(
            (
                "Ett övertidsstopp gäller på särskilt boende från den 1 november.",
                "Planeringen i hemtjänsten ses över för att öka andelen brukartid, med en beräknad effekt på 0,3 mnkr "
                "per månad från januari.",
            ),
            labels=(
                A("Särskilt boende", None, "overtid"),
                A("Hemtjänst", "0,3 mnkr", "bemanning"),
            ),
        ),
        H("Personal", 2),
        P(
            "Sjukfrånvaron i förvaltningen var 9,4 procent i oktober, jämfört med 8,1 procent i oktober 2024.",
            O(None, "sjukfranvaro", note="Sick leave against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="ljungby-on-manadsrapport-2025-11.pdf",
        report={
            "municipality": "Ljungby",
            "committee": ["Omsorgsnämnden"],
            "period": ["2025-11"],
            "report_type": "månadsrapport",
        },
        metadata={"title": "Månadsrapport november 2025 Omsorgsnämnden", "author": "Ljungby kommun"},
        style=style,
        blocks=blocks,
    )
