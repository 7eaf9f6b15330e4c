"""Katrineholms kommun, Bildningsnämnden, delårsrapport januari–augusti 2025.

A school committee's interim report in mnkr, footer with the nämnd's meeting date in September: one sentence
with the period's "överskott på 6,2 mnkr jämfört med periodiserad budget" and the full year's "underskott på
4,5 mnkr" (one item, the full year's), the period surplus's timing reason in a paragraph of its own (amount
null), the change since the tertial report with its cause; a comment table (Verksamhet, Budget, Prognos,
Avvikelse, Kommentar) whose comments mostly give reasons only (each takes its row's cell, "−0,7", "1,5"), one
comment that names its own amount with a "varav" part ("7,8 mnkr, varav tilläggsbeloppen 4,9 mnkr"), an
undistributed buffer (reserver), "Prognos enligt budget" (boilerplate) and the sum row with no comment;
investments whose budget "bedöms användas i sin helhet" (boilerplate) and furniture for a new preschool "0,6 mnkr
dyrare än budgeterat"; an action with its effect and two comparisons with 2024 (others). DejaVu Sans Condensed
10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import CommentTable, H, P, ReportSpec, Style, Title

from reports.common import BP, A, C, F, O

ROW = "A comment-table row: the amount is its row's deviation cell."


def spec() -> ReportSpec:
    style = Style(
        body="cond",
        bold="cond-bold",
        italic="sans-italic",
        size=10.0,
        leading=1.42,
        para_gap=7.0,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("cond-bold", "cond-bold", "cond-bold"),
        margins=(62.0, 76.0, 62.0, 74.0),
        header=lambda n, m: ("KATRINEHOLMS KOMMUN", "Bildningsförvaltningen"),
        footer=lambda n, m: ("Delårsrapport 2025 – Bildningsnämnden", "Bildningsnämnden 2025-09-23", f"{n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = CommentTable(
        header=("Verksamhet, mnkr", "Budget", "Prognos", "Avvikelse", "Kommentar"),
        rows=(
            (
                ("Förskola", "268,4", "266,9", "1,5"),
                "Färre inskrivna barn än budgeterat och två avdelningar i Forssjö som slagits samman.",
                C("Förskola", "1,5", "+", "volymer", "omstallning", unit="mnkr", table=True, note=ROW),
            ),
            (
                ("Grundskola", "512,0", "519,8", "−7,8"),
                "Underskottet på 7,8 mnkr, varav tilläggsbeloppen 4,9 mnkr, beror på fler elever med omfattande "
                "stödbehov och högre kostnader för skolskjuts.",
                C(
                    "Grundskola",
                    "7,8 mnkr",
                    "-",
                    "volymer",
                    "prisokningar",
                    note="The comment names its own amount; the 'varav' part is not the amount.",
                ),
            ),
            (
                ("Grundsärskola", "24,6", "25,3", "−0,7"),
                "Två nya elever under våren med behov av elevassistent på heltid.",
                C("Grundsärskola", "−0,7", "-", "volymer", unit="mnkr", table=True, note=ROW),
            ),
            (
                ("Gymnasieskola", "198,2", "200,6", "−2,4"),
                "Interkommunala ersättningar ökar när fler elever väljer utbildningar i andra kommuner.",
                C(
                    "Gymnasieskola",
                    "−2,4",
                    "-",
                    "kopt_verksamhet",
                    "volymer",
                    unit="mnkr",
                    table=True,
                    note=ROW,
                ),
            ),
            (
                ("Elevhälsa", "31,7", "30,3", "1,4"),
                "Vakanta tjänster som skolpsykolog och kurator under våren.",
                C("Elevhälsa", "1,4", "+", "vakanser", unit="mnkr", table=True, note=ROW),
            ),
            (
                ("Kulturskola", "14,1", "14,1", "0,0"),
                "Prognos enligt budget.",
                BP("Kulturskola"),
            ),
            (
                ("Central administration", "36,9", "33,4", "3,5"),
                "Den centrala bufferten för oförutsedda kostnader har inte fördelats.",
                C(
                    "Central administration",
                    "3,5",
                    "+",
                    "reserver",
                    unit="mnkr",
                    table=True,
                    note=ROW + " An undistributed buffer: reserver.",
                ),
            ),
            (("Summa", "1 085,9", "1 090,4", "−4,5"), "", None),
        ),
        widths=(120.0, 50.0, 50.0, 56.0),
        size=8.5,
    )
    blocks = [
        Title("Delårsrapport januari–augusti 2025", size=19, font="cond-bold", after=2),
        Title("Bildningsnämnden", size=13, font="cond", after=14),
        H("Ekonomiskt utfall och prognos", 2),
        P(
            "Bildningsnämnden redovisar för perioden januari–augusti ett överskott på 6,2 mnkr jämfört med "
            "periodiserad budget, men helårsprognosen visar ett underskott på 4,5 mnkr.",
            C(
                None,
                "4,5 mnkr",
                "-",
                note="Period and full year in one sentence: the full year's is the amount.",
            ),
        ),
        P(
            "Överskottet för perioden beror på att statsbidraget för lärarlöner har betalats ut tidigare än "
            "beräknat, medan motsvarande kostnader uppstår under hösten.",
            C(
                None,
                None,
                "+",
                "statsbidrag",
                "periodisering",
                note="The period's reason apart from its amount: null.",
            ),
        ),
        P(
            "Jämfört med prognosen i tertialrapporten har helårsprognosen förbättrats med 1,2 mnkr, främst genom att "
            "statsbidraget för likvärdig skola blev högre än beräknat.",
            F(None, "1,2 mnkr", "+", "statsbidrag"),
        ),
        H("Prognos per verksamhet", 3),
        table,
        H("Investeringar", 2),
        P(
            "Nämndens investeringsbudget på 8,6 mnkr för inventarier och digitala verktyg bedöms användas i sin "
            "helhet.",
            BP("Investeringar"),
        ),
        P(
            "Möbleringen av den nya förskolan Vallmon blir 0,6 mnkr dyrare än budgeterat, eftersom leveranserna "
            "försenades och priserna hunnit höjas.",
            C("Förskolan Vallmon", "0,6 mnkr", "-", "material_hjalpmedel", "prisokningar"),
        ),
        H("Åtgärder", 2),
        P(
            "Nämnden har beslutat om restriktivitet vid nyanställningar inom grundskolans administration och en "
            "översyn av skolskjutsorganisationen. Åtgärderna beräknas minska kostnaderna med 1,0 mnkr under hösten.",
            A("Grundskola", "1,0 mnkr"),
        ),
        H("Personal och volymer", 2),
        P(
            "Sjukfrånvaron bland förvaltningens medarbetare var 6,4 procent under perioden, vilket är lägre än under "
            "samma period 2024.",
            O(None, "sjukfranvaro", note="Sick leave against the previous year: other."),
        ),
        P(
            "Antalet barn i förskolan var 1 712 i augusti, 48 färre än ett år tidigare, vilket beror på lägre "
            "födelsetal.",
            O("Förskola", "volymer", note="Volumes against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="katrineholm-bin-delarsrapport-2025-08.pdf",
        report={
            "municipality": "Katrineholm",
            "committee": ["Bildningsnämnden"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={
            "title": "Delårsrapport januari–augusti 2025 Bildningsnämnden",
            "author": "Katrineholms kommun",
        },
        style=style,
        blocks=blocks,
    )
