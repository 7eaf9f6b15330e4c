"""Örebro kommun, Grundskolenämnden, delårsrapport per augusti 2025.

A school committee's interim report in "miljoner kronor" and "mnkr", header with the förvaltning's letter date
in September: the full year "ett resultat på –14,6 miljoner kronor i förhållande till budget" and, in the next
sentence, the period's surplus against the periodised budget with its timing reason (two causes); the change
since the tertial report with its cause; a table whose last column is each row's comment (en-dash minus),
where one comment names its own amount ("Underskottet på 5,8 mnkr"), the others give reasons only (each takes
its row's cell), an undistributed fund for competence development (reserver), one "följer budget"
(boilerplate) beside a row of 0,5; investments "18,0 … 12,5" (5,5 never written out); an action with its
effect; goal fulfilment and sick leave against last year (others). Liberation Serif (Times metrics) 10.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import CommentTable, H, P, Para, ReportSpec, Style, Title

from reports.common import BP, A, C, F, O

ROW = "A comment-column reason with no amount: the row's deviation cell (mnkr)."


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=10.5,
        leading=1.34,
        para_gap=7.0,
        heading_sizes=(16.0, 12.5, 11.0),
        heading_fonts=("arial-bold", "arial-bold", "times-bold"),
        margins=(70.0, 80.0, 70.0, 74.0),
        header=lambda n, m: ("Örebro kommun  Förvaltningen förskola och skola", "2025-09-18"),
        footer=lambda n, m: ("Grundskolenämnden", "Delårsrapport augusti 2025", f"{n} ({m})"),
        header_size=8.0,
    )
    comments = CommentTable(
        header=("Verksamhet, mnkr", "Budget", "Prognos", "Avvikelse", "Kommentar"),
        rows=(
            (
                ("Grundskola F–6", "812,4", "819,9", "–7,5"),
                "Fler elever än budgeterat i årskurs F–3 i de östra stadsdelarna samt fler elevassistenter än "
                "resursfördelningen medger.",
                C("Grundskola F–6", "–7,5", "-", "volymer", "bemanning", unit="mnkr", table=True, note=ROW),
            ),
            (
                ("Grundskola 7–9", "431,0", "436,8", "–5,8"),
                "Underskottet på 5,8 mnkr förklaras av högre kostnader för skolskjuts, där det nya avtalet har "
                "räknats upp med index.",
                C(
                    "Grundskola 7–9",
                    "5,8 mnkr",
                    "-",
                    "prisokningar",
                    note="The comment names its own amount: from the prose.",
                ),
            ),
            (
                ("Grundsärskola", "74,2", "78,3", "–4,1"),
                "Fler elever med omfattande behov har skrivits in under våren, varav två i externa placeringar.",
                C(
                    "Grundsärskola",
                    "–4,1",
                    "-",
                    "volymer",
                    "kopt_verksamhet",
                    unit="mnkr",
                    table=True,
                    note=ROW,
                ),
            ),
            (
                ("Fritidshem", "188,6", "186,1", "2,5"),
                "Kortare vistelsetider och färre inskrivna barn än budgeterat.",
                C("Fritidshem", "2,5", "+", "volymer", unit="mnkr", table=True, note=ROW),
            ),
            (
                ("Resursenheten", "96,0", "95,5", "0,5"),
                "Verksamheten följer budget.",
                BP("Resursenheten", note="Although the row says 0,5."),
            ),
            (
                ("Central administration", "52,3", "47,9", "4,4"),
                "Ofördelade medel för kompetensutveckling samt en vakant tjänst som utvecklingsledare.",
                C(
                    "Central administration",
                    "4,4",
                    "+",
                    "reserver",
                    "vakanser",
                    unit="mnkr",
                    table=True,
                    note=ROW + " Undistributed funds are reserver.",
                ),
            ),
            (
                ("Lokaler", "245,0", "249,6", "–4,6"),
                "Hyror för tillfälliga paviljonger vid Ekebyskolan under ombyggnaden.",
                C("Lokaler", "–4,6", "-", "lokaler", unit="mnkr", table=True, note=ROW),
            ),
            (("Summa", "1 899,5", "1 914,1", "–14,6"), "", None),
        ),
        widths=(112.0, 46.0, 48.0, 54.0),
        size=8.5,
    )
    blocks = [
        Title("Delårsrapport augusti 2025", size=18, font="arial-bold", after=2),
        Title("Grundskolenämnden", size=12, font="times", after=12),
        H("Ekonomisk sammanfattning", 2),
        Para(
            (
                (
                    "Grundskolenämnden prognostiserar för 2025 ett resultat på –14,6 miljoner kronor i förhållande "
                    "till budget.",
                    C(None, "–14,6 miljoner kronor", "-", note="The full year against budget."),
                ),
                (
                    "Per den 31 augusti visar nämnden ett överskott mot periodiserad budget på 5,2 miljoner kronor, "
                    "vilket framför allt beror på att statsbidraget för lärarlöner har betalats ut tidigare än "
                    "beräknat.",
                    C(
                        None,
                        "5,2 miljoner kronor",
                        "+",
                        "statsbidrag",
                        "periodisering",
                        note="The period against the periodised budget, with its timing reason: its own cause.",
                    ),
                ),
            )
        ),
        P(
            "Jämfört med prognosen i tertialrapporten i april har helårsprognosen förbättrats med 2,3 miljoner "
            "kronor, eftersom nämnden har tagit del av det utökade statsbidraget för läromedel.",
            F(None, "2,3 miljoner kronor", "+", "statsbidrag"),
        ),
        H("Avvikelser per verksamhet", 2),
        comments,
        H("Investeringar", 2),
        P(
            "Nämndens investeringsbudget för inventarier och utrustning är 18,0 miljoner kronor, och prognosen är "
            "att 12,5 miljoner kronor används. Inköpen av möbler till den nya skolan i Ladugårdsängen har skjutits "
            "fram eftersom inflyttningen sker först i januari.",
            C(
                "Investeringar",
                "18,0 miljoner kronor, och prognosen är att 12,5 miljoner kronor",
                "+",
                "periodisering",
                value=5_500_000,
                note="Investment under-spending of 5,5 miljoner kronor, never written out: the computed value.",
            ),
        ),
        H("Åtgärder", 2),
        P(
            "Förvaltningen har tagit fram en handlingsplan för grundskolan med bland annat en översyn av "
            "resursfördelningen och tätare uppföljning av beslut om elevassistenter. Planen beräknas förbättra "
            "resultatet med 3,0 miljoner kronor under hösten.",
            A("Grundskola", "3,0 miljoner kronor", "bemanning"),
        ),
        H("Måluppfyllelse och personal", 2),
        P(
            "Andelen elever i årskurs 9 som är behöriga till gymnasieskolans yrkesprogram är 82,4 procent, vilket är "
            "lägre än föregående år. Nedgången beror främst på lägre resultat i matematik.",
            O(None, note="Goal fulfilment against the previous year, with 'beror på': other."),
        ),
        P(
            "Sjukfrånvaron bland medarbetarna är 6,1 procent, en minskning med 0,4 procentenheter jämfört med samma "
            "period 2024.",
            O(None, "sjukfranvaro", note="Sick leave against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="orebro-gsn-delarsrapport-2025-08.pdf",
        report={
            "municipality": "Örebro",
            "committee": ["Grundskolenämnden"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={"title": "Delårsrapport augusti 2025 Grundskolenämnden", "author": "Örebro kommun"},
        style=style,
        blocks=blocks,
    )
