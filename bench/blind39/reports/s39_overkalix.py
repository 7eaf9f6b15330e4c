"""Överkalix kommun, Socialnämnden, bokslut 2025.

A small kommun's social committee year-end report in "miljoner kronor", "tusen kronor" and tkr, footer with the
nämnd's meeting date in February: three sentences in one paragraph give the result "underskott för 2025 på 3,6
miljoner kronor jämfört med tilldelad budgetram på 168,2 miljoner kronor" (the frame is not the amount), the
outcome against the October forecast (a forecast change) and the net cost growth against 2024 (other); a table
with hyphen-minus deficits ("-2 940"); plain headings per verksamhet: elderly care "överskred budget med 2,9
miljoner kronor, varav …" (one item with the total; the prose rounds the row's -2 940) with its reasons and,
in the same paragraph, a decision to close a unit (an action); "ett underskott på 610 tusen kronor",
"ett positivt resultat, +450 tkr, vilket främst förklaras av", "blev 1,3 miljoner kronor högre än budget.
Orsaken är", two areas' surpluses "300 respektive 500 tkr" with their own reasons in the next sentence;
investments "0,2 miljoner kronor lägre än budgeterat" with no reason; next year's larger frame (other).
DejaVu Sans 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.45,
        para_gap=6.0,
        heading_sizes=(14.0, 11.5, 10.0),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(72.0, 76.0, 72.0, 72.0),
        header=lambda n, m: ("Överkalix kommun", "Socialnämnden – Bokslut 2025"),
        footer=lambda n, m: ("Socialnämndens sammanträde 2026-02-25", "", f"{n}"),
        header_size=7.5,
        rule_under_header=False,
    )
    table = Table(
        caption="Driftredovisning 2025 (tkr)",
        header=(("Verksamhet", "Budget", "Utfall", "Avvikelse"),),
        rows=(
            ("Nämnd och administration", "9 400", "8 900", "500"),
            ("Äldreomsorg", "98 600", "101 540", "-2 940"),
            ("Hälso- och sjukvård", "14 200", "14 810", "-610"),
            ("LSS och socialpsykiatri", "26 300", "25 850", "450"),
            ("Individ- och familjeomsorg", "12 900", "14 200", "-1 300"),
            ("Ekonomiskt bistånd", "6 800", "6 500", "300"),
            ("Summa", "168 200", "171 800", "-3 600"),
        ),
        widths=(180.0, 80.0, 80.0, 80.0),
        bold_rows=frozenset({6}),
        rules=False,
        grid=True,
        size=9.0,
    )
    blocks = [
        Title("Bokslut 2025", size=18, font="sans-bold", after=2),
        Title("Socialnämnden", size=12, font="sans", after=12),
        H("Ekonomisk sammanfattning", 2),
        PS(
            (
                "Socialnämnden redovisar ett underskott för 2025 på 3,6 miljoner kronor jämfört med tilldelad "
                "budgetram på 168,2 miljoner kronor.",
                C(None, "3,6 miljoner kronor", "-", note="The frame is not the amount."),
            ),
            (
                "Det är 0,9 miljoner kronor bättre än prognosen i oktober.",
                F(None, "0,9 miljoner kronor", "+", note="The outcome against the last forecast."),
            ),
            (
                "Nettokostnaden ökade med 4,8 procent jämfört med 2024.",
                O(None, note="Net cost growth against the previous year: other."),
            ),
        ),
        table,
        H("Äldreomsorg", 2),
        PS(
            (
                "Äldreomsorgen överskred budget med 2,9 miljoner kronor, varav särskilt boende 1,8 miljoner kronor "
                "och hemtjänsten 1,1 miljoner kronor. En avdelning på Älvgläntans äldreboende hölls öppen hela året "
                "trots att den enligt budget skulle ha stängts i mars, och hemtjänsten hade fler beviljade timmar "
                "än planerat och höga sjuklönekostnader.",
                C(
                    "Äldreomsorg",
                    "2,9 miljoner kronor",
                    "-",
                    "omstallning",
                    "volymer",
                    "sjukfranvaro",
                    note="A 'varav' split: one item with the total. The prose rounds the row's -2 940. A delayed "
                    "closure: omstallning.",
                ),
            ),
            (
                "Nämnden beslutade i november att avdelningen stängs den 1 mars 2026.",
                A("Särskilt boende", None, "omstallning"),
            ),
        ),
        H("Hälso- och sjukvård", 2),
        P(
            "Kostnaderna för sjuksköterskor från bemanningsföretag under sommaren gav ett underskott på 610 tusen "
            "kronor.",
            C("Hälso- och sjukvård", "610 tusen kronor", "-", "inhyrd_personal"),
        ),
        H("LSS och socialpsykiatri", 2),
        P(
            "Verksamheten redovisar ett positivt resultat, +450 tkr, vilket främst förklaras av att ett planerat "
            "boendestöd inte behövde startas.",
            C("LSS och socialpsykiatri", "+450 tkr", "+", "volymer"),
        ),
        H("Individ- och familjeomsorg", 2),
        P(
            "Individ- och familjeomsorgens kostnader blev 1,3 miljoner kronor högre än budget. Orsaken är två "
            "placeringar av barn på HVB under hösten samt köp av utredningar från konsultbolag, eftersom en tjänst "
            "som socialsekreterare inte gick att rekrytera.",
            C(
                "Individ- och familjeomsorg",
                "1,3 miljoner kronor",
                "-",
                "kopt_verksamhet",
                "inhyrd_personal",
                "vakanser",
            ),
        ),
        H("Ekonomiskt bistånd samt nämnd och administration", 2),
        P(
            "Ekonomiskt bistånd och nämnd och administration visar överskott på 300 respektive 500 tkr. Färre "
            "hushåll än väntat har behövt försörjningsstöd, och ett statsbidrag för kompetensutveckling täckte en "
            "del av förvaltningens utbildningskostnader.",
            C(
                "Ekonomiskt bistånd",
                "300",
                "+",
                "ekonomiskt_bistand",
                "volymer",
                unit="tkr",
                note="A 'respektive' pair with each area's reason in the next sentence: two items, each with "
                "its own tags.",
                also=(C("Nämnd och administration", "500 tkr", "+", "statsbidrag"),),
            ),
        ),
        H("Investeringar", 2),
        P(
            "Nämndens investeringar, främst nya trygghetslarm och sängar till särskilt boende, blev 0,2 miljoner "
            "kronor lägre än budgeterat.",
            C("Investeringar", "0,2 miljoner kronor", "+", note="No reason given: no tags."),
        ),
        H("Framåtblick", 2),
        P(
            "Inför 2026 har nämnden fått en utökad ram med 4,0 miljoner kronor för att möta ökade volymer inom "
            "hemtjänsten.",
            O("Hemtjänst", "volymer", note="Next year's frame: other."),
        ),
    ]
    return ReportSpec(
        file="overkalix-sn-bokslut-2025.pdf",
        report={
            "municipality": "Överkalix",
            "committee": ["Socialnämnden"],
            "period": ["2025", "2025-12"],
            "report_type": "bokslut",
        },
        metadata={"title": "Bokslut 2025 Socialnämnden", "author": "Överkalix kommun"},
        style=style,
        blocks=blocks,
    )
