"""Västra Götalandsregionen, Hälso- och sjukvårdsstyrelsen, månadsrapport oktober 2025.

A region's health-care month report in "mnkr", "miljoner kronor" and "miljarder kronor", footer with the
styrelse's meeting date in November: the accumulated result against the period's budget and, in a sentence
of its own, the full year "505 mnkr sämre än budgeterat" (two causes); a result table pasted as an image
(no text layer: every amount lives in the prose); one paragraph naming three hospitals with "−245, −118
respektive −96 miljoner kronor" and their shared causes in the next sentence (three items, same text); a
surplus with two causes; personnel costs "3,1 procent högre än budget" (a percentage only, and the table
is an image: amount null) with a "varav" share; drugs that "blir dyrare än beräknat" with the forecast
level and the deviation in one sentence; bought care "ligger 58 mnkr över budget"; the change since
September with a "varav" (one forecast change); "Övriga förvaltningar bedöms i stort hålla budget"
(boilerplate); an action with its effect on a full-year basis and care volumes against last year (other).
DejaVu Serif Condensed 9.5 pt with DejaVu Sans headings.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, Para, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, F, O

IMAGE = "The result table is an image, so the amount is the prose's."


def spec() -> ReportSpec:
    style = Style(
        body="serif-cond",
        bold="serif-cond-bold",
        italic="serif-italic",
        size=9.5,
        leading=1.42,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.0),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(66.0, 78.0, 66.0, 72.0),
        header=lambda n, m: ("Västra Götalandsregionen", "Månadsrapport oktober 2025"),
        footer=lambda n, m: ("Hälso- och sjukvårdsstyrelsen 2025-11-27", "RS 2025-04412", f"{n} ({m})"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Resultat per förvaltning, mnkr",
        header=(("Förvaltning", "Utfall jan–okt", "Budget jan–okt", "Prognos helår", "Avvikelse helår"),),
        rows=(
            ("Sahlgrenska Universitetssjukhuset", "-228", "-21", "-268", "-245"),
            ("Södra Älvsborgs Sjukhus", "-104", "-8", "-125", "-118"),
            ("Skaraborgs Sjukhus", "-85", "-6", "-103", "-96"),
            ("Folktandvården", "52", "18", "63", "41"),
            ("Övriga förvaltningar", "-47", "-7", "-107", "-87"),
            ("Summa", "-412", "-24", "-540", "-505"),
        ),
        widths=(170.0, 70.0, 76.0, 70.0, 76.0),
        bold_rows=frozenset({5}),
        rules=True,
        size=8.5,
        as_image=True,
    )
    blocks = [
        Title("Månadsrapport oktober 2025", size=19, font="sans-bold", after=2),
        Title("Hälso- och sjukvårdsstyrelsen", size=12, font="serif-cond", after=12),
        H("Sammanfattning", 2),
        P(
            "Det ackumulerade resultatet efter oktober är −412 mnkr, vilket är 388 mnkr sämre än budget för perioden.",
            C(None, "388 mnkr", "-", note="The period against budget, in a sentence of its own: a cause."),
        ),
        P(
            "För helåret prognostiseras ett resultat på −540 mnkr, 505 mnkr sämre än budgeterat.",
            C(None, "505 mnkr", "-", note="The full year against budget: a cause of its own."),
        ),
        table,
        H("Förvaltningarnas resultat", 2),
        Para(
            (
                (
                    "Underskottet finns framför allt hos sjukhusen. Sahlgrenska Universitetssjukhuset, Södra "
                    "Älvsborgs Sjukhus och Skaraborgs Sjukhus prognostiserar −245, −118 respektive −96 miljoner "
                    "kronor. Kostnaderna för inhyrda sjuksköterskor och läkare och för köpt vård överstiger "
                    "fortfarande budget, trots åtgärdsplanerna, och produktiviteten har inte ökat i den takt som "
                    "budgeten förutsätter.",
                    C(
                        "Sahlgrenska Universitetssjukhuset",
                        "−245",
                        "-",
                        "inhyrd_personal",
                        "kopt_verksamhet",
                        unit="mnkr",
                        note="Three hospitals with 'respektive' amounts and shared causes in the next sentence: three "
                        "items, same text, same tags.",
                        also=(
                            C(
                                "Södra Älvsborgs Sjukhus",
                                "−118",
                                "-",
                                "inhyrd_personal",
                                "kopt_verksamhet",
                                unit="mnkr",
                            ),
                            C(
                                "Skaraborgs Sjukhus",
                                "−96 miljoner kronor",
                                "-",
                                "inhyrd_personal",
                                "kopt_verksamhet",
                            ),
                        ),
                    ),
                ),
            )
        ),
        P(
            "Folktandvården redovisar ett positivt utfall jämfört med budget på 41 miljoner kronor, främst till följd "
            "av högre patientintäkter och vakanta tandläkartjänster.",
            C("Folktandvården", "41 miljoner kronor", "+", "avgifter_intakter", "vakanser"),
        ),
        P(
            "Övriga förvaltningar bedöms i stort hålla budget.",
            BP("Övriga förvaltningar", note="Although −87 in the image."),
        ),
        H("Kostnader", 2),
        P(
            "Personalkostnaderna är 3,1 procent högre än budget för perioden, varav inhyrd personal står för drygt en "
            "tredjedel.",
            C(
                "Personalkostnader",
                None,
                "-",
                "inhyrd_personal",
                note="A percentage only and the table is an image: amount null.",
            ),
        ),
        P(
            "Läkemedelskostnaderna blir dyrare än beräknat: prognosen är 2,31 miljarder kronor, vilket är 74 miljoner "
            "kronor över budget, framför allt till följd av nya kostsamma cancerläkemedel.",
            C(
                "Läkemedel",
                "74 miljoner kronor",
                "-",
                "material_hjalpmedel",
                note="The forecast level (2,31 miljarder) is not the deviation; drugs are material_hjalpmedel.",
            ),
        ),
        P(
            "Köpt vård från privata vårdgivare och andra regioner ligger 58 mnkr över budget. Det beror på fler "
            "remisser för ortopedi och ögonoperationer för att klara vårdgarantin.",
            C("Köpt vård", "58 mnkr", "-", "kopt_verksamhet", "volymer"),
        ),
        H("Förändring mot föregående prognos", 2),
        P(
            "Jämfört med septemberrapporten har helårsprognosen försämrats med 35 mnkr, varav Sahlgrenska "
            "Universitetssjukhuset står för 22 mnkr.",
            F(None, "35 mnkr", "-", note="'Varav' a part: one item with the total."),
        ),
        H("Åtgärder", 2),
        P(
            "Regionstyrelsen har beslutat om anställningsstopp för administrativ personal och om en plan för att "
            "halvera den inhyrda personalen till 2026. Tillsammans beräknas åtgärderna minska kostnaderna med 150 "
            "miljoner kronor på helårsbasis.",
            A(None, "150 miljoner kronor", "inhyrd_personal", "bemanning"),
        ),
        H("Verksamhet", 2),
        P(
            "Antalet vårdtillfällen i slutenvården är 2,4 procent fler än samma period 2024, och antalet besök i "
            "specialiserad öppenvård har ökat med 3,0 procent.",
            O(None, "volymer", note="Volumes against the previous year."),
        ),
    ]
    return ReportSpec(
        file="region-vastra-gotaland-hss-manadsrapport-2025-10.pdf",
        report={
            "municipality": ["Region Västra Götaland", "Västra Götalandsregionen"],
            "committee": ["Hälso- och sjukvårdsstyrelsen"],
            "period": ["2025-10"],
            "report_type": "månadsrapport",
        },
        metadata={
            "title": "Månadsrapport oktober 2025 Hälso- och sjukvårdsstyrelsen",
            "author": "Västra Götalandsregionen",
        },
        style=style,
        blocks=blocks,
    )
