"""Sundbybergs stad, Äldrenämnden, månadsrapport mars 2026.

An elderly-care committee's month report in mnkr, DejaVu Sans Condensed 10 pt, footer with the nämnd's meeting
date in April: the full year "ett underskott på 7,4 mnkr" with a percentage of the frame beside it, the change
since February with its cause; a result table whose last column is each row's comment: comments with reasons
and no amounts (each takes its row's deviation cell, "−4,8"), a percentage of beds that is no amount, a
closure for renovation (ovrigt), "Enligt budget." (boilerplate) and a row with no comment; then kostnadsslag
in prose: personnel costs "2,6 mnkr högre än budget" and one sentence with "Köp av verksamhet överskrider
budget med 6,1 mnkr, medan intäkterna … blir 1,3 mnkr högre" (two items); two actions as bullets without
amounts and sick leave against last year (other).

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import Bullets, CommentTable, H, P, ReportSpec, Style, Title

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
        margins=(64.0, 78.0, 64.0, 74.0),
        header=lambda n, m: ("Sundbybergs stad", "Äldreförvaltningen"),
        footer=lambda n, m: ("Äldrenämnden 2026-04-22", "Ärende 7", f"Sida {n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    comments = CommentTable(
        header=("Verksamhet, mnkr", "Budget", "Prognos", "Avvikelse", "Kommentar"),
        rows=(
            (
                ("Hemtjänst", "142,0", "146,8", "−4,8"),
                "Antalet beviljade hemtjänsttimmar är 6 procent högre än budgeterat, och kostnaden för externa "
                "utförare inom LOV har ökat.",
                C(
                    "Hemtjänst",
                    "−4,8",
                    "-",
                    "volymer",
                    "kopt_verksamhet",
                    unit="mnkr",
                    table=True,
                    note="A comment with reasons only: its row's deviation cell.",
                ),
            ),
            (
                ("Särskilt boende", "238,5", "242,7", "−4,2"),
                "Fler köpta platser hos externa vårdgivare än budgeterat. Beläggningen i de egna boendena är 98 "
                "procent.",
                C(
                    "Särskilt boende",
                    "−4,2",
                    "-",
                    "kopt_verksamhet",
                    "volymer",
                    unit="mnkr",
                    table=True,
                    note="The occupancy percentage is no amount.",
                ),
            ),
            (
                ("Hemsjukvård och rehab", "54,3", "55,1", "−0,8"),
                "Hyrsjuksköterskor under vintern till följd av vakanta tjänster.",
                C(
                    "Hemsjukvård och rehab",
                    "−0,8",
                    "-",
                    "inhyrd_personal",
                    "vakanser",
                    unit="mnkr",
                    table=True,
                ),
            ),
            (
                ("Dagverksamhet", "12,6", "11,2", "+1,4"),
                "Dagverksamheten Solgläntan har varit stängd för renovering sedan januari.",
                C(
                    "Dagverksamhet",
                    "+1,4",
                    "+",
                    "ovrigt",
                    unit="mnkr",
                    table=True,
                    note="A closure for renovation is ovrigt.",
                ),
            ),
            (("Biståndshandläggning", "21,8", "21,8", "0,0"), "Enligt budget.", BP("Biståndshandläggning")),
            (("Nämnd och administration", "16,4", "15,4", "+1,0"), "", None),
            (("Summa", "485,6", "493,0", "−7,4"), "", None),
        ),
        widths=(118.0, 48.0, 50.0, 56.0),
        size=8.5,
    )
    blocks = [
        Title("Månadsrapport mars 2026", size=18, font="cond-bold", after=2),
        Title("Äldrenämnden", size=12, font="cond", after=12),
        H("Prognos för helåret", 2),
        P(
            "Äldrenämndens prognos för 2026 visar ett underskott på 7,4 mnkr, motsvarande 1,5 procent av nämndens "
            "budgetram.",
            C(None, "7,4 mnkr", "-", note="The percentage of the frame is not the amount."),
        ),
        P(
            "Prognosen är 1,9 mnkr sämre än i februari. Försämringen beror på att fler personer har beviljats plats "
            "på särskilt boende.",
            F(None, "1,9 mnkr", "-", "volymer"),
        ),
        H("Resultat per verksamhet", 2),
        comments,
        H("Kostnadsslag", 2),
        P(
            "Personalkostnaderna beräknas bli 2,6 mnkr högre än budget, främst till följd av övertid och "
            "sjuklönekostnader i hemtjänsten.",
            C("Personalkostnader", "2,6 mnkr", "-", "overtid", "sjukfranvaro"),
        ),
        P(
            "Köp av verksamhet överskrider budget med 6,1 mnkr, medan intäkterna från omvårdnadsavgifter blir 1,3 "
            "mnkr högre än budgeterat.",
            C(
                "Köp av verksamhet",
                "6,1 mnkr",
                "-",
                note="Two kostnadsslag in one sentence: two items. An account group's name gives no tag.",
                also=(C("Intäkter", "1,3 mnkr", "+", "avgifter_intakter"),),
            ),
        ),
        H("Åtgärder", 2),
        Bullets(
            (
                "Översyn av schemaläggningen i hemtjänsten för att minska övertiden.",
                "Uppföljning av beslutade timmar för alla brukare med mer än 100 timmar i månaden.",
            ),
            labels=(A("Hemtjänst", None, "bemanning", "overtid"), A("Hemtjänst", None, "volymer")),
            glyph="–",
        ),
        H("Personal", 2),
        P(
            "Sjukfrånvaron i förvaltningen var 9,2 procent i mars, jämfört med 8,4 procent i mars 2025.",
            O(None, "sjukfranvaro", note="Sick leave against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="sundbyberg-an-manadsrapport-2026-03.pdf",
        report={
            "municipality": "Sundbyberg",
            "committee": ["Äldrenämnden"],
            "period": ["2026-03"],
            "report_type": "månadsrapport",
        },
        metadata={"title": "Månadsrapport mars 2026 Äldrenämnden", "author": "Sundbybergs stad"},
        style=style,
        blocks=blocks,
    )
