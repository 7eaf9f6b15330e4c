"""Bollnäs kommun, Kultur- och fritidsnämnden, verksamhetsberättelse 2025.

A culture and leisure committee's year-end report in tkr, footer with the adoption date in February: the
result "ett överskott på 1 146 tkr jämfört med budget" with the net cost against the frame in the same
paragraph, the outcome "1,4 mnkr bättre än prognosen i delårsrapporten" with its cause (a forecast change), a
result table whose last column is each row's comment (hyphen-minus deficits "-455"), comments with reasons
only (each takes its row's cell), one "I nivå med budget." (boilerplate) and one row with no comment;
investments "Av årets investeringsbudget på 4,8 mnkr har 3,1 mnkr använts" (1,7 never written out), visitors
against 2024 with "beror på" (other), an action for 2026 and equity (other). DejaVu Sans 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import CommentTable, H, P, ReportSpec, Style, Title

from reports.common import BP, A, C, F, O

ROW = "A comment-column reason: the amount is its row's deviation cell."


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.42,
        para_gap=7.0,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(64.0, 78.0, 64.0, 74.0),
        header=lambda n, m: ("Bollnäs kommun", "Verksamhetsberättelse 2025"),
        footer=lambda n, m: ("Antagen av kultur- och fritidsnämnden 2026-02-17", "", f"Sida {n} av {m}"),
        header_size=8.0,
    )
    table = CommentTable(
        header=("Verksamhet, tkr", "Budget", "Utfall", "Avvikelse", "Kommentar"),
        rows=(
            (
                ("Nämnd och administration", "2 310", "2 105", "205"),
                "Färre sammanträden än planerat gav lägre kostnader för arvoden.",
                C(
                    "Nämnd och administration",
                    "205",
                    "+",
                    "ovrigt",
                    unit="tkr",
                    table=True,
                    note=ROW + " Fees: ovrigt.",
                ),
            ),
            (
                ("Bibliotek", "12 480", "12 935", "-455"),
                "Utlåningen av e-böcker har ökat kraftigt och licenskostnaderna för e-medier höjdes vid årsskiftet.",
                C("Bibliotek", "-455", "-", "volymer", "it_digitalisering", unit="tkr", table=True, note=ROW),
            ),
            (
                ("Kulturskola", "6 940", "6 610", "330"),
                "Två lärartjänster i stråk och piano har varit vakanta under höstterminen.",
                C("Kulturskola", "330", "+", "vakanser", unit="tkr", table=True, note=ROW),
            ),
            (
                ("Allmänkultur", "4 120", "4 118", "2"),
                "I nivå med budget.",
                BP("Allmänkultur"),
            ),
            (
                ("Föreningsbidrag", "7 000", "6 640", "360"),
                "Färre föreningar än väntat sökte anläggnings- och aktivitetsbidrag.",
                C("Föreningsbidrag", "360", "+", "volymer", unit="tkr", table=True, note=ROW),
            ),
            (
                ("Idrottsanläggningar", "23 870", "22 660", "1 210"),
                "Lägre el- och fjärrvärmekostnader i badhuset och ishallen samt högre intäkter från uthyrning av "
                "istider till två nystartade föreningar.",
                C(
                    "Idrottsanläggningar",
                    "1 210",
                    "+",
                    "prisokningar",
                    "avgifter_intakter",
                    unit="tkr",
                    table=True,
                    note=ROW + " Lower energy costs are prisokningar.",
                ),
            ),
            (
                ("Fritidsgårdar", "4 020", "4 336", "-316"),
                "Statsbidraget för lovaktiviteter blev lägre än det belopp som budgeterades, medan sommarlovsprogrammet "
                "genomfördes i sin helhet.",
                C("Fritidsgårdar", "-316", "-", "statsbidrag", unit="tkr", table=True, note=ROW),
            ),
            (("Turism och evenemang", "2 160", "2 350", "-190"), "", None),
            (("Summa", "62 900", "61 754", "1 146"), "", None),
        ),
        widths=(138.0, 52.0, 52.0, 58.0),
        size=8.5,
    )
    blocks = [
        Title("Verksamhetsberättelse 2025", size=20, font="sans-bold", after=2),
        Title("Kultur- och fritidsnämnden", size=12.5, font="sans", after=14),
        H("Året som gått", 2),
        P(
            "Kultur- och fritidsnämnden ansvarar för bibliotek, kulturskola, allmänkultur, föreningsstöd, "
            "idrottsanläggningar och fritidsgårdar. Under året invigdes den nya scenen i kulturhuset och biblioteket i "
            "Kilafors fick meröppet sju dagar i veckan."
        ),
        H("Ekonomiskt resultat", 2),
        P(
            "Kultur- och fritidsnämnden redovisar för 2025 ett överskott på 1 146 tkr jämfört med budget. Nettokostnaden "
            "blev 61,8 mnkr mot en budgetram på 62,9 mnkr.",
            C(None, "1 146 tkr", "+", note="The result against budget with the levels in the next sentence."),
        ),
        P(
            "Resultatet är 1,4 mnkr bättre än prognosen i delårsrapporten, främst eftersom energikostnaderna i badhuset "
            "blev lägre än beräknat under hösten.",
            F(None, "1,4 mnkr", "+", "prisokningar", note="The outcome against the interim forecast."),
        ),
        H("Driftredovisning per verksamhet", 3),
        table,
        H("Investeringar", 2),
        P(
            "Av årets investeringsbudget på 4,8 mnkr har 3,1 mnkr använts. Upprustningen av konstgräsplanen vid "
            "Norrbyvallen har flyttats till 2026 eftersom upphandlingen överprövades.",
            C(
                "Investeringar",
                "4,8 mnkr har 3,1 mnkr",
                "+",
                "periodisering",
                value=1_700_000,
                note="Investment under-spending of 1,7 mnkr, never written out: the computed value.",
            ),
        ),
        H("Verksamhetsmått", 2),
        P(
            "Antalet besök i badhuset ökade med 9 procent jämfört med 2024, vilket beror på de förlängda öppettiderna "
            "på helger.",
            O("Idrottsanläggningar", "volymer", note="Visitors against the previous year."),
        ),
        H("Inför 2026", 2),
        P(
            "För att möta de ökade licenskostnaderna har nämnden beslutat att minska bibliotekets anslag för tryckta "
            "medier med 200 tkr från 2026.",
            A("Bibliotek", "200 tkr", "it_digitalisering"),
        ),
        P(
            "Nämndens ackumulerade överskott i resultatfonden uppgår efter årets resultat till 3,2 mnkr.",
            O(None, "reserver", note="Equity (resultatfond)."),
        ),
    ]
    return ReportSpec(
        file="bollnas-kfn-verksamhetsberattelse-2025.pdf",
        report={
            "municipality": "Bollnäs",
            "committee": ["Kultur- och fritidsnämnden"],
            "period": ["2025", "2025-12"],
            "report_type": "verksamhetsberättelse",
        },
        metadata={
            "title": "Verksamhetsberättelse 2025 Kultur- och fritidsnämnden",
            "author": "Bollnäs kommun",
        },
        style=style,
        blocks=blocks,
    )
