"""Vetlanda kommun, Barn- och utbildningsnämnden, delårsrapport januari–augusti 2025.

A school committee's interim report in tkr and mnkr, set in DejaVu Sans Condensed, footer with the nämnd's
meeting date in September: one sentence with the period "4,1 mnkr bättre än budget för perioden" and the full
year's "underskott på 6,7 mnkr" (one item, the full year's), the period's reason in a paragraph of its own
(amount null), a verksamhet table with hyphen-minus; then plain headings over paragraphs: preschool with the
amount in the second sentence, compulsory school "överskrider budgeten med drygt sex miljoner kronor" (in words)
followed by two parts as a "respektive" pair (their own items), "får ett negativt utfall jämfört med budget med
1,4 mnkr", a reason-only deficit (the row's "-1 800"), "visar därför ett plus på 1,1 mnkr", "i nivå med budget"
beside a row of 100 (boilerplate); the change since April, investments "i linje med investeringsbudgeten"
(boilerplate), an action with its effect and pupil numbers against last year (other). DejaVu Sans Condensed
10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, F, O


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
        margins=(70.0, 80.0, 70.0, 74.0),
        header=lambda n, m: ("Vetlanda kommun", "Delårsrapport 2025 – Barn- och utbildningsnämnden"),
        footer=lambda n, m: ("Barn- och utbildningsnämnden 2025-09-24", "", f"Sida {n} av {m}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Driftredovisning 2025, tkr",
        header=(("Verksamhet", "Budget 2025", "Prognos 2025", "Budgetavvikelse"),),
        rows=(
            ("Förskola", "142 600", "140 900", "1 700"),
            ("Grundskola F–9", "268 300", "274 700", "-6 400"),
            ("Grundsärskola", "18 900", "20 300", "-1 400"),
            ("Gymnasieskola", "121 800", "123 600", "-1 800"),
            ("Vuxenutbildning", "24 500", "23 400", "1 100"),
            ("Central administration", "16 900", "16 800", "100"),
            ("Summa", "593 000", "599 700", "-6 700"),
        ),
        widths=(150.0, 80.0, 80.0, 86.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Delårsrapport januari–augusti 2025", size=18, font="cond-bold", after=2),
        Title("Barn- och utbildningsnämnden", size=12.5, font="cond", after=12),
        H("Ekonomiskt utfall och prognos", 2),
        P(
            "Barn- och utbildningsnämndens resultat för januari–augusti är 4,1 mnkr bättre än budget för perioden, "
            "medan helårsprognosen visar ett underskott på 6,7 mnkr.",
            C(
                None,
                "6,7 mnkr",
                "-",
                note="Period and full year in one sentence: the full year's is the amount.",
            ),
        ),
        P(
            "Periodens överskott beror till största delen på att statsbidraget för läxhjälp betalades ut i sin helhet "
            "redan i april.",
            C(
                None,
                None,
                "+",
                "statsbidrag",
                "periodisering",
                note="The period surplus's reason in a paragraph of its own: amount null.",
            ),
        ),
        table,
        H("Förskola", 3),
        P(
            "Förskolan har färre inskrivna barn än budgeterat, framför allt i Ekenässjön och Holsbybrunn, och en "
            "avdelning har kunnat stängas. Prognosen är ett överskott om 1,7 mnkr.",
            C(
                "Förskola",
                "1,7 mnkr",
                "+",
                "volymer",
                "omstallning",
                note="The amount in the second sentence.",
            ),
        ),
        H("Grundskola F–9", 3),
        PS(
            (
                "Grundskolans kostnader överskrider budgeten med drygt sex miljoner kronor. Fler elever i behov av "
                "särskilt stöd har krävt elevassistenter utöver budget, och kostnaderna för skolskjuts ökade när det "
                "nya avtalet började gälla i januari.",
                C(
                    "Grundskola F–9",
                    "drygt sex miljoner kronor",
                    "-",
                    "volymer",
                    "bemanning",
                    "prisokningar",
                    value=6_000_000,
                    note="An amount in words: the stated figure (the table says -6 400).",
                ),
            ),
            (
                "Av underskottet avser elevassistenter och skolskjuts 3,9 respektive 2,1 mnkr.",
                C(
                    "Elevassistenter",
                    "3,9",
                    "-",
                    unit="mnkr",
                    note="Parts of the area as a 'respektive' pair: their own items.",
                    also=(C("Skolskjuts", "2,1 mnkr", "-"),),
                ),
            ),
        ),
        H("Grundsärskola", 3),
        P(
            "Grundsärskolan får ett negativt utfall jämfört med budget med 1,4 mnkr. Två elever har placerats i "
            "grundsärskola i en annan kommun, vilket ger ökade kostnader för interkommunal ersättning och resor.",
            C("Grundsärskola", "1,4 mnkr", "-", "kopt_verksamhet"),
        ),
        H("Gymnasieskola", 3),
        P(
            "Fler ungdomar än beräknat har valt gymnasieprogram i andra kommuner och hos fristående huvudmän.",
            C(
                "Gymnasieskola",
                "-1 800",
                "-",
                "kopt_verksamhet",
                "volymer",
                unit="tkr",
                table=True,
                note="A reason only: the table row's cell.",
            ),
        ),
        H("Vuxenutbildning", 3),
        P(
            "Vuxenutbildningen har fått ett större statsbidrag för regional yrkesvux än budgeterat och visar därför "
            "ett plus på 1,1 mnkr.",
            C("Vuxenutbildning", "1,1 mnkr", "+", "statsbidrag"),
        ),
        H("Central administration", 3),
        P(
            "Den centrala administrationen ligger i nivå med budget.",
            BP("Central administration", note="100 in the table."),
        ),
        H("Förändring sedan april", 2),
        P(
            "Jämfört med prognosen i april har underskottet ökat med 2,2 mnkr, framför allt inom grundskolan.",
            F(None, "2,2 mnkr", "-"),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsutgifterna för perioden är 3,8 mnkr. Helårsprognosen är 7,5 mnkr, i linje med "
            "investeringsbudgeten.",
            BP("Investeringar", note="The whole investment frame used: boilerplate."),
        ),
        H("Åtgärder", 2),
        P(
            "Rektorerna har fått i uppdrag att se över elevassistenternas scheman inför höstterminen, vilket beräknas "
            "minska kostnaderna med 0,8 mnkr under 2025.",
            A("Grundskola F–9", "0,8 mnkr", "bemanning"),
        ),
        H("Elevutveckling", 2),
        P(
            "Antalet elever i grundskolan har ökat med 64 jämfört med augusti 2024.",
            O("Grundskola F–9", "volymer", note="Pupil numbers against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="vetlanda-bun-delarsrapport-2025-08.pdf",
        report={
            "municipality": "Vetlanda",
            "committee": ["Barn- och utbildningsnämnden"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={
            "title": "Delårsrapport januari–augusti 2025 Barn- och utbildningsnämnden",
            "author": "Vetlanda kommun",
        },
        style=style,
        blocks=blocks,
    )
