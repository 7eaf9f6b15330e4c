"""Landskrona stad, Omsorgsnämnden, delårsrapport 2025 (per augusti).

An elderly-care committee's interim report in mnkr and tkr, footer with the nämnd's meeting date in September:
the full year "underskott på 11,2 mnkr" with a percentage of the net budget, then the period "6,0 mnkr sämre än
den periodiserade budgeten" in its own sentence; three kostnadsslag in one sentence ("7,9 respektive 4,8 mnkr",
"medan intäkterna blir 1,5 mnkr högre"); the change since the tertial report with no cause; a result table
whose last column is each row's comment, with deficits in brackets ("(4 600)"): reason-only comments taking
their cells, a comment that names its own amount ("överskrider budget med 5,2 mnkr"), "Prognos enligt budget"
and a row with no comment; two actions as bullets (one with an effect), investments "Av investeringsbudgeten
på 4,5 mnkr beräknas 1,9 mnkr användas" (2,6 never written out) and staff numbers against last year with
"beror på" (other). Liberation Serif 11 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Bullets, CommentTable, H, P, ReportSpec, Style, Title

from reports.common import BP, A, C, F, O

REASON_ONLY = "A reason-only comment: the row's deviation cell."


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=11.0,
        leading=1.32,
        para_gap=7.0,
        heading_sizes=(16.0, 13.0, 11.5),
        heading_fonts=("times-bold", "times-bold", "times-bold"),
        margins=(70.0, 80.0, 70.0, 76.0),
        header=lambda n, m: ("Landskrona stad", "Omsorgsnämnden"),
        footer=lambda n, m: ("Delårsrapport augusti 2025", "Omsorgsnämnden 2025-09-18", f"{n} ({m})"),
        header_size=8.5,
        rule_under_header=False,
    )
    comments = CommentTable(
        header=("Verksamhet, tkr", "Budget", "Prognos", "Avvikelse", "Kommentar"),
        rows=(
            (
                ("Hemtjänst", "142 300", "146 900", "(4 600)"),
                "Antalet beviljade timmar har ökat med 9 procent sedan årsskiftet. Hemtjänsten har också haft hög "
                "sjukfrånvaro som ersatts med timvikarier.",
                C(
                    "Hemtjänst",
                    "(4 600)",
                    "-",
                    "volymer",
                    "sjukfranvaro",
                    "vikarier",
                    unit="tkr",
                    table=True,
                    note=REASON_ONLY + " Brackets for a deficit.",
                ),
            ),
            (
                ("Särskilt boende", "286 500", "291 700", "(5 200)"),
                "Särskilt boende överskrider budget med 5,2 mnkr. Nattbemanningen har förstärkts på två boenden och "
                "hyrsjuksköterskor har anlitats under sommaren.",
                C("Särskilt boende", "5,2 mnkr", "-", "bemanning", "inhyrd_personal"),
            ),
            (
                ("Korttidsvård", "31 800", "34 200", "(2 400)"),
                "Fler utskrivningsklara patienter från lasarettet har tagits emot än beräknat.",
                C("Korttidsvård", "(2 400)", "-", "volymer", unit="tkr", table=True, note=REASON_ONLY),
            ),
            (
                ("Hälso- och sjukvård", "58 900", "57 400", "1 500"),
                "Överskott till följd av vakanta sjukskötersketjänster.",
                C("Hälso- och sjukvård", "1 500", "+", "vakanser", unit="tkr", table=True, note=REASON_ONLY),
            ),
            (
                ("Myndighet och bistånd", "18 200", "18 200", "0"),
                "Prognos enligt budget.",
                BP("Myndighet och bistånd"),
            ),
            (("Gemensamt", "22 600", "23 100", "(500)"), "", None),
            (("Summa", "560 300", "571 500", "(11 200)"), "", None),
        ),
        widths=(100.0, 50.0, 50.0, 52.0),
        size=8.5,
    )
    blocks = [
        Title("Delårsrapport 2025", size=20, font="times-bold", after=2),
        Title("Omsorgsnämnden, Landskrona stad", size=13, font="times", after=14),
        H("Ekonomiskt resultat", 1),
        PS(
            (
                "Omsorgsnämnden prognostiserar ett underskott på 11,2 mnkr för helåret, motsvarande 1,4 procent av "
                "nettobudgeten.",
                C(None, "11,2 mnkr", "-", note="A percentage of the net budget beside the amount."),
            ),
            (
                "Utfallet för perioden januari–augusti är 6,0 mnkr sämre än den periodiserade budgeten.",
                C(None, "6,0 mnkr", "-", note="The period's deviation in a sentence of its own."),
            ),
        ),
        P(
            "Underskottet förklaras av att personalkostnaderna och köp av verksamhet överstiger budget med 7,9 "
            "respektive 4,8 mnkr, medan intäkterna blir 1,5 mnkr högre än budgeterat.",
            C(
                "Personalkostnader",
                "7,9",
                "-",
                unit="mnkr",
                note="Three kostnadsslag in one sentence: three items with the same text, no reasons.",
                also=(
                    C("Köp av verksamhet", "4,8 mnkr", "-"),
                    C("Intäkter", "1,5 mnkr", "+"),
                ),
            ),
        ),
        P("Prognosen är 2,4 mnkr sämre än i tertialrapporten.", F(None, "2,4 mnkr", "-")),
        H("Verksamheternas prognoser", 2),
        comments,
        H("Åtgärder för en budget i balans", 2),
        Bullets(
            (
                "Översyn av nattbemanningen på samtliga boenden, med förväntad effekt om 1,2 mnkr på helårsbasis.",
                "En gemensam bemanningsenhet för timvikarier startar i oktober.",
            ),
            labels=(
                A("Särskilt boende", "1,2 mnkr", "bemanning"),
                A(None, None, "vikarier"),
            ),
            glyph="–",
        ),
        H("Investeringar", 2),
        P(
            "Av investeringsbudgeten på 4,5 mnkr beräknas 1,9 mnkr användas under året. Upphandlingen av nya "
            "trygghetslarm har överprövats, och inköpet skjuts därför till 2026.",
            C(
                "Investeringar",
                "Av investeringsbudgeten på 4,5 mnkr beräknas 1,9 mnkr",
                "+",
                "periodisering",
                value=2_600_000,
                note="An under-spend of 2,6 mnkr never written out: the computed value.",
            ),
        ),
        H("Personal", 2),
        P(
            "Antalet årsarbetare har ökat med 23 jämfört med augusti 2024, vilket beror på den utökade "
            "nattbemanningen.",
            O(None, note="Staff numbers against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="landskrona-on-delarsrapport-2025-08.pdf",
        report={
            "municipality": ["Landskrona", "Landskrona stad"],
            "committee": ["Omsorgsnämnden"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={"title": "Delårsrapport 2025 Omsorgsnämnden", "author": "Landskrona stad"},
        style=style,
        blocks=blocks,
    )
