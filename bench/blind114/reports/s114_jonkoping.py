"""Jönköpings kommun, Äldrenämnden, delårsrapport 2025-08.

An elderly-care committee's interim report in DejaVu Sans and tkr, footer with the nämnd's meeting date in
September: the full year "underskott på 14 200 tkr jämfört med budget" and the period "9 850 tkr sämre än
periodiserad budget" in two sentences, the change since the tertial report with its cause; three kostnadsslag
in one sentence ("11 600 respektive 6 900 tkr", "medan intäkterna blir 4 300 tkr högre") followed by the
personnel costs' reasons; a comment table per verksamhet whose comments give reasons without amounts (each
takes its row's cell: "−8 400", "−3 600", "+1 900", "+1 000"), one comment that names its own amount
("5,1 mnkr"), "Prognosen följer budget" (boilerplate) and a sum row with no comment; then two columns with
investments "3,2 mnkr, att jämföra med budgeten 5,0 mnkr" (1,8 mnkr never written out), two actions (one
with "2 000 tkr på helår"), the population over 80 against last year and equity (others).

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Columns, CommentTable, H, P, ReportSpec, Style, Title

from reports.common import BP, A, C, F, O

ROW = "A comment-column reason with no amount: the row's deviation cell (tkr)."


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.42,
        para_gap=6.5,
        heading_sizes=(15.0, 11.5, 10.0),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(62.0, 76.0, 62.0, 72.0),
        header=lambda n, m: ("Jönköpings kommun – Äldrenämnden", "Delårsrapport augusti 2025"),
        footer=lambda n, m: ("Äldrenämnden 2025-09-23", "", f"{n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    comments = CommentTable(
        header=("Verksamhet, tkr", "Budget", "Prognos", "Avvikelse", "Kommentar"),
        rows=(
            (
                ("Hemtjänst", "412 600", "421 000", "−8 400"),
                "Beviljade hemtjänsttimmar har ökat med 9 procent sedan årsskiftet, och andelen delade turer är "
                "fortsatt hög.",
                C("Hemtjänst", "−8 400", "-", "volymer", "bemanning", unit="tkr", table=True, note=ROW),
            ),
            (
                ("Särskilt boende", "598 300", "603 400", "−5 100"),
                "Kostnaderna överstiger budget med 5,1 mnkr, främst på grund av sjukfrånvaro och ökad användning "
                "av timvikarier på tre av boendena.",
                C(
                    "Särskilt boende",
                    "5,1 mnkr",
                    "-",
                    "sjukfranvaro",
                    "vikarier",
                    note="The comment names its own amount: from the prose.",
                ),
            ),
            (
                ("Hälso- och sjukvård", "126 900", "130 500", "−3 600"),
                "Sjuksköterskor från bemanningsföretag under sommaren.",
                C("Hälso- och sjukvård", "−3 600", "-", "inhyrd_personal", unit="tkr", table=True, note=ROW),
            ),
            (
                ("Korttidsvård", "64 200", "62 300", "+1 900"),
                "Lägre beläggning än planerat under våren.",
                C("Korttidsvård", "+1 900", "+", "volymer", unit="tkr", table=True, note=ROW),
            ),
            (
                ("Dagverksamhet", "18 400", "17 400", "+1 000"),
                "Två verksamheter har varit stängda för renovering.",
                C(
                    "Dagverksamhet",
                    "+1 000",
                    "+",
                    "ovrigt",
                    unit="tkr",
                    table=True,
                    note=ROW + " A closure for renovation is ovrigt.",
                ),
            ),
            (
                ("Nämnd och administration", "42 100", "42 100", "0"),
                "Prognosen följer budget.",
                BP("Nämnd och administration"),
            ),
            (("Summa", "1 262 500", "1 276 700", "−14 200"), "", None),
        ),
        widths=(118.0, 54.0, 54.0, 52.0),
        size=8.5,
    )
    blocks = [
        Title("Delårsrapport januari–augusti 2025", size=18, font="sans-bold", after=2),
        Title("Äldrenämnden", size=12, font="sans", after=12),
        H("Ekonomisk analys", 2),
        PS(
            (
                "Äldrenämndens prognos för 2025 är ett underskott på 14 200 tkr jämfört med budget.",
                C(None, "14 200 tkr", "-"),
            ),
            (
                "Till och med augusti är utfallet 9 850 tkr sämre än periodiserad budget.",
                C(None, "9 850 tkr", "-", note="The period, in its own sentence."),
            ),
        ),
        P(
            "Prognosen har försämrats med 3 100 tkr sedan tertialrapporten, vilket främst beror på ökade volymer inom "
            "hemtjänsten.",
            F(None, "3 100 tkr", "-", "volymer"),
        ),
        P(
            "Personalkostnaderna och köp av verksamhet beräknas överstiga budget med 11 600 respektive 6 900 tkr, "
            "medan intäkterna blir 4 300 tkr högre än budgeterat. Personalkostnaderna påverkas av hög sjukfrånvaro "
            "och av att sjuksköterskor har hyrts in från bemanningsföretag.",
            C(
                "Personalkostnader",
                "11 600",
                "-",
                "sjukfranvaro",
                "inhyrd_personal",
                unit="tkr",
                note="Three kostnadsslag in one sentence: three items with the same text; the reasons in the next "
                "sentence are the personnel costs'.",
                also=(
                    C("Köp av verksamhet", "6 900 tkr", "-"),
                    C("Intäkter", "4 300 tkr", "+"),
                ),
            ),
        ),
        H("Avvikelser per verksamhet", 2),
        comments,
        Columns(2),
        H("Investeringar", 2),
        P(
            "Investeringsprognosen är 3,2 mnkr, att jämföra med budgeten 5,0 mnkr. Utbytet av trygghetslarm i de "
            "särskilda boendena har skjutits till 2026.",
            C(
                "Investeringar",
                "3,2 mnkr, att jämföra med budgeten 5,0 mnkr",
                "+",
                "periodisering",
                value=1.8e6,
                note="The under-spend (1,8 mnkr) is never written out: the computed value.",
            ),
        ),
        H("Åtgärder", 2),
        P(
            "En handlingsplan för hemtjänsten med digital ruttplanering och färre delade turer har beslutats och "
            "beräknas minska kostnaderna med 2 000 tkr på helår.",
            A("Hemtjänst", "2 000 tkr", "bemanning"),
        ),
        P(
            "Inhyrningen av sjuksköterskor ska upphöra helt från den 1 oktober.",
            A("Hälso- och sjukvård", None, "inhyrd_personal"),
        ),
        H("Omvärld och volymer", 2),
        P(
            "Antalet invånare över 80 år ökade med 4,2 procent jämfört med augusti 2024, vilket förklarar en stor del "
            "av det ökade behovet av hemtjänst.",
            O(None, "volymer", note="Population against the previous year: other."),
        ),
        P(
            "Nämnden har inget eget kapital att ta i anspråk, och underskottet får hanteras inom kommunens samlade "
            "resultat.",
            O(None, "reserver", note="A financing statement."),
        ),
    ]
    return ReportSpec(
        file="jonkoping-aldn-delarsrapport-2025-08.pdf",
        report={
            "municipality": "Jönköping",
            "committee": ["Äldrenämnden"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={"title": "Delårsrapport augusti 2025 Äldrenämnden", "author": "Jönköpings kommun"},
        style=style,
        blocks=blocks,
    )
