"""Sollefteå kommun, Kommunstyrelsen, verksamhetsberättelse 2025 (the kommunstyrelse's own verksamheter).

A small kommun's year-end report for the kommunstyrelse's own verksamheter in "mkr" and tkr, Liberation Sans
Narrow 10 pt, footer with the date the kommunstyrelse adopted it in February 2026: the net result "–3,7 mkr
jämfört med tilldelad ram" (en dash), the outcome against the interim report (a forecast change, no cause); a
table in tkr with en-dash minus signs; bold run-in verksamheter ending in a full stop under a generic heading:
"överskred budget med 2 460 tkr" with forest fires, a reason-only deficit (the row's "–1 150"), "vilket ger ett
underskott om 1 380 tkr" at the end, "landar 600 tkr över budget" after a volume percentage, and two
verksamheter as a "respektive" pair under one lead ("1 420 respektive 470 tkr"); investments with two levels
and "Avvikelsen på 4,5 mkr beror främst på"; an action without an effect, one with "300 tkr", and call-outs against last year
(other). 8 scored causes.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Space, Style, Table, Title

from reports.common import LP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="narrow",
        bold="narrow-bold",
        italic="arial-italic",
        size=10.0,
        leading=1.38,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("narrow-bold", "narrow-bold", "narrow-bold"),
        margins=(70.0, 78.0, 70.0, 72.0),
        header=lambda n, m: ("Sollefteå kommun", "Kommunstyrelsen"),
        footer=lambda n, m: (
            "Verksamhetsberättelse 2025",
            "Antagen av kommunstyrelsen 2026-02-23",
            f"{n}({m})",
        ),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Driftredovisning per verksamhet 2025, tkr",
        header=(("Verksamhet", "Budget", "Utfall", "Avvikelse"),),
        rows=(
            ("Kommunledning och kansli", "38 600", "37 180", "1 420"),
            ("Räddningstjänst", "31 200", "33 660", "–2 460"),
            ("Kostenheten", "42 900", "44 050", "–1 150"),
            ("IT-enheten", "17 300", "18 680", "–1 380"),
            ("Näringsliv och turism", "9 800", "9 330", "470"),
            ("Färdtjänst och kollektivtrafik", "22 400", "23 000", "–600"),
            ("Summa", "162 200", "165 900", "–3 700"),
        ),
        widths=(180.0, 76.0, 76.0, 76.0),
        bold_rows=frozenset({6}),
        rules=True,
        grid=True,
        size=9.0,
    )
    blocks = [
        Title("Verksamhetsberättelse 2025", size=19, font="narrow-bold", after=2),
        Title("Kommunstyrelsens verksamheter", size=12.5, font="narrow", after=12),
        H("Ekonomiskt resultat", 2),
        P(
            "Kommunstyrelsens verksamheter redovisar ett nettoresultat på –3,7 mkr jämfört med tilldelad ram.",
            C(None, "–3,7 mkr", "-"),
        ),
        P(
            "Resultatet är 1,2 mkr sämre än prognosen i delårsrapporten per augusti.",
            F(None, "1,2 mkr", "-", note="The outcome against the interim forecast, no cause."),
        ),
        table,
        Space(6),
        H("Kommentarer till avvikelserna", 2),
        LP(
            "Räddningstjänsten.",
            "Verksamheten överskred budget med 2 460 tkr. Sommarens skogsbränder norr om Ramsele krävde omfattande "
            "insatser med övertid för deltidsbrandmännen och inhyrda helikoptrar för vattenbombning.",
            C(
                "Räddningstjänst",
                "2 460 tkr",
                "-",
                "ovrigt",
                "overtid",
                note="A run-in lead ending in a full stop; fires are ovrigt.",
            ),
        ),
        LP(
            "Kostenheten.",
            "Livsmedelspriserna har fortsatt att stiga, och portionsintäkterna från äldreomsorgen blev lägre än "
            "budgeterat när ett av boendena stängdes i oktober.",
            C(
                "Kostenheten",
                "–1 150",
                "-",
                "prisokningar",
                "avgifter_intakter",
                unit="tkr",
                table=True,
                note="Reason only: the row's cell (en-dash minus).",
            ),
        ),
        LP(
            "IT-enheten.",
            "Licenserna för det nya ärendehanteringssystemet började faktureras ett år tidigare än planerat, vilket "
            "ger ett underskott om 1 380 tkr.",
            C("IT-enheten", "1 380 tkr", "-", "it_digitalisering", "periodisering"),
        ),
        LP(
            "Färdtjänst och kollektivtrafik.",
            "Antalet färdtjänstresor har ökat med 11 procent jämfört med 2024, vilket gör att verksamheten landar "
            "600 tkr över budget.",
            C(
                "Färdtjänst och kollektivtrafik",
                "600 tkr",
                "-",
                "volymer",
                note="The percentage against last year is the reason, not the amount.",
            ),
        ),
        LP(
            "Kommunledning och kansli samt näringsliv och turism.",
            "Vakanser på kansliet och ett evenemangsprojekt som flyttades till 2026 gav överskott på 1 420 "
            "respektive 470 tkr.",
            C(
                "Kommunledning och kansli",
                "1 420",
                "+",
                "vakanser",
                unit="tkr",
                note="Two verksamheter under one lead as a 'respektive' pair: two items, each with its own cause.",
                also=(C("Näringsliv och turism", "470 tkr", "+", "periodisering"),),
            ),
        ),
        H("Investeringar", 2),
        P(
            "Av de budgeterade investeringarna på 12,4 mkr har 7,9 mkr förbrukats. Avvikelsen på 4,5 mkr beror "
            "främst på att bygget av den nya räddningsstationen i Långsele har försenats.",
            C(
                "Investeringar",
                "4,5 mkr",
                "+",
                "periodisering",
                note="Investment under-spending with its reason.",
            ),
        ),
        H("Framåtblick", 2),
        P(
            "Inför 2026 har en översyn av räddningstjänstens beredskapsorganisation påbörjats.",
            A("Räddningstjänst"),
        ),
        P(
            "Kostenheten har infört gemensam menyplanering för skola och äldreomsorg, vilket beräknas sänka "
            "livsmedelskostnaderna med 300 tkr under 2026.",
            A("Kostenheten", "300 tkr", "prisokningar"),
        ),
        P(
            "Räddningstjänsten genomförde 412 insatser under året, vilket är 68 fler än under 2024.",
            O("Räddningstjänst", note="Call-outs against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="solleftea-ks-verksamhetsberattelse-2025.pdf",
        report={
            "municipality": "Sollefteå",
            "committee": ["Kommunstyrelsen"],
            "period": ["2025", "2025-12"],
            "report_type": "verksamhetsberättelse",
        },
        metadata={"title": "Verksamhetsberättelse 2025 Kommunstyrelsen", "author": "Sollefteå kommun"},
        style=style,
        blocks=blocks,
    )
