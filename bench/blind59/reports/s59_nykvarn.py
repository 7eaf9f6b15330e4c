"""Nykvarns kommun, Socialnämnden, månadsrapport november 2025.

A social committee's month report whose footer carries the letter date in December: the full year's
"underskott på 5,8 mnkr" and the improvement since October in one paragraph (two items), the period against
the periodised budget in a sentence of its own; a verksamhet table in tkr with a trailing minus for deficits
("2 950-"); then plain headings over prose that names the area in varied ways: "Inom äldreomsorgen blir
kostnaderna 2 950 tkr högre än budget" with four causes and a risk sentence (other), "Verksamheten går 1,3
mnkr back", two placement areas as a "respektive" pair ("1,6 respektive 0,6 mnkr mer än budgeterat"), a
reason-only surplus (the row's "350"), "ligger något över budget, 250 tkr" and "Överskottet på 550 tkr";
an action with its effect and a household count against last year (other). Liberation Serif (Times metrics)
10.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=10.5,
        leading=1.35,
        para_gap=7.0,
        heading_sizes=(16.0, 13.0, 11.0),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(72.0, 80.0, 72.0, 74.0),
        header=lambda n, m: ("NYKVARNS KOMMUN", "Socialförvaltningen"),
        footer=lambda n, m: ("2025-12-04", "Dnr SN 2025/214", f"{n}/{m}"),
        header_size=8.0,
    )
    table = Table(
        caption="Driftredovisning per verksamhet, tkr",
        header=(("Verksamhet", "Budget 2025", "Utfall jan–nov", "Prognos 2025", "Avvikelse"),),
        rows=(
            ("Nämnd och administration", "14 200", "12 480", "13 650", "550"),
            ("Äldreomsorg", "118 400", "111 230", "121 350", "2 950-"),
            ("Funktionsnedsättning", "61 300", "57 490", "62 600", "1 300-"),
            ("Individ- och familjeomsorg", "38 900", "37 820", "41 100", "2 200-"),
            ("Ekonomiskt bistånd", "9 800", "8 610", "9 450", "350"),
            ("Hälso- och sjukvård", "21 600", "19 980", "21 850", "250-"),
            ("Totalt", "264 200", "247 610", "270 000", "5 800-"),
        ),
        widths=(150.0, 70.0, 76.0, 74.0, 64.0),
        bold_rows=frozenset({6}),
        rules=True,
        grid=True,
        size=9.0,
    )
    blocks = [
        Title("Månadsrapport november 2025", size=20, font="arial-bold", after=2),
        Title("Socialnämnden", size=13, font="arial", after=14),
        H("Ekonomiskt resultat", 2),
        PS(
            (
                "Socialnämnden prognostiserar ett underskott på 5,8 mnkr för 2025.",
                C(None, "5,8 mnkr", "-"),
            ),
            (
                "Det är en förbättring med 0,6 mnkr jämfört med oktober.",
                F(None, "0,6 mnkr", "+"),
            ),
        ),
        P(
            "Utfallet till och med november visar ett underskott mot periodiserad budget på 5,1 mnkr.",
            C(
                None,
                "5,1 mnkr",
                "-",
                note="The period against the periodised budget in a sentence of its own.",
            ),
        ),
        table,
        H("Kommentarer per verksamhet", 2),
        H("Äldreomsorg", 3),
        PS(
            (
                "Inom äldreomsorgen blir kostnaderna 2 950 tkr högre än budget. Antalet beviljade "
                "hemtjänsttimmar har ökat med drygt 11 procent sedan januari, och på Tallbackens särskilda "
                "boende har en hög sjukfrånvaro krävt timvikarier och övertid.",
                C(
                    "Äldreomsorg",
                    "2 950 tkr",
                    "-",
                    "volymer",
                    "sjukfranvaro",
                    "vikarier",
                    "overtid",
                    note="The percentage growth of hours is not the amount.",
                ),
            ),
            (
                "Prognosen är osäker, eftersom två brukare med omfattande behov väntas flytta in under december.",
                O("Äldreomsorg", note="Uncertainty: other."),
            ),
        ),
        H("Funktionsnedsättning", 3),
        P(
            "Verksamheten går 1,3 mnkr back. Ett nytt beslut om boende med särskild service enligt LSS har "
            "verkställts genom köp av plats i en annan kommun, och ersättningen från Försäkringskassan för en "
            "brukare med personlig assistans har minskat efter omprövning.",
            C("Funktionsnedsättning", "1,3 mnkr", "-", "kopt_verksamhet", "ersattning_fk"),
        ),
        H("Individ- och familjeomsorg", 3),
        P(
            "Placeringar av barn och unga samt av vuxna med missbruk kostar 1,6 respektive 0,6 mnkr mer än "
            "budgeterat, eftersom fler har behövt placeras på HVB och i familjehem.",
            C(
                "Placeringar barn och unga",
                "1,6",
                "-",
                "kopt_verksamhet",
                "volymer",
                unit="mnkr",
                note="Two parts of Individ- och familjeomsorg as a 'respektive' pair: two items.",
                also=(C("Placeringar vuxna med missbruk", "0,6 mnkr", "-", "kopt_verksamhet", "volymer"),),
            ),
        ),
        H("Ekonomiskt bistånd", 3),
        P(
            "Kostnaderna för försörjningsstöd har varit lägre än förväntat, eftersom fler hushåll har gått till "
            "arbete eller studier.",
            C(
                "Ekonomiskt bistånd",
                "350",
                "+",
                "ekonomiskt_bistand",
                "volymer",
                unit="tkr",
                table=True,
                note="Reasons only: the table row's cell.",
            ),
        ),
        P(
            "Antalet hushåll med försörjningsstöd var 112 i november, jämfört med 128 i november 2024.",
            O("Ekonomiskt bistånd", "ekonomiskt_bistand", note="Against the previous year: other."),
        ),
        H("Hälso- och sjukvård", 3),
        P(
            "Hjälpmedelskostnaderna ligger något över budget, 250 tkr, främst för lyftar och specialsängar.",
            C("Hälso- och sjukvård", "250 tkr", "-", "material_hjalpmedel"),
        ),
        H("Nämnd och administration", 3),
        P(
            "Överskottet på 550 tkr förklaras av en vakant controllertjänst under våren.",
            C("Nämnd och administration", "550 tkr", "+", "vakanser"),
        ),
        H("Åtgärder", 2),
        P(
            "Förvaltningen fortsätter att se över schemaläggningen i hemtjänsten och på Tallbacken. Effekten "
            "bedöms till 0,4 mnkr under december.",
            A("Äldreomsorg", "0,4 mnkr", "bemanning"),
        ),
    ]
    return ReportSpec(
        file="nykvarn-sn-manadsrapport-2025-11.pdf",
        report={
            "municipality": "Nykvarn",
            "committee": ["Socialnämnden"],
            "period": ["2025-11"],
            "report_type": "månadsrapport",
        },
        metadata={"title": "Månadsrapport november 2025 Socialnämnden", "author": "Nykvarns kommun"},
        style=style,
        blocks=blocks,
    )
