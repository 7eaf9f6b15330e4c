"""Sollentuna kommun, Utbildningsnämnden, delårsrapport januari–augusti 2025 (gymnasium and adult education).

An upper-secondary and adult-education committee's interim report in "mnkr" with U+2212 minus signs,
footer with the nämnd's meeting date in September: the period's surplus and the full year's "överskott mot
budget på 4,5 mnkr" in one sentence with the cause in the next (one item, the full year's amount); a table
with the deviation in the tertial report and now side by side; the change since the tertial report (3,8
mnkr); bold run-in verksamheter ending in a full stop in varied shapes ("Överskottet på 5,6
mnkr beror på", the cause first and "Kostnaden blir 2,4 mnkr högre än budget" last, a reason-only grant
surplus (the row's "1,3"), "Underskottet, −1,1 mnkr, hänger samman med", "ger ett överskott om 1,1 mnkr");
two kostnadsslag against the periodised budget with "medan … ligger 1,7 mnkr över" (two items);
investments used in full (boilerplate), a volume risk (other) and an action without an effect. 8 scored
causes. DejaVu Sans 9 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Space, Style, Table, Title

from reports.common import BP, LP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=9.0,
        leading=1.45,
        para_gap=6.0,
        heading_sizes=(15.0, 11.5, 10.0),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(58.0, 76.0, 58.0, 70.0),
        header=lambda n, m: ("Sollentuna kommun", "Utbildningsnämnden – Delårsrapport 2025"),
        footer=lambda n, m: ("UN 2025/0318", "Utbildningsnämnden 2025-09-25", f"Sida {n}"),
        header_size=7.5,
        rule_under_header=True,
    )
    table = Table(
        caption="Prognos per verksamhet 2025, mnkr (positivt värde = överskott)",
        header=(("Verksamhet", "Budget 2025", "Avvikelse T1", "Avvikelse delår"),),
        rows=(
            ("Gymnasieskola i egen regi", "318,6", "2,0", "5,6"),
            ("Gymnasieskola, köpta platser", "264,3", "−1,5", "−2,4"),
            ("Vuxenutbildning", "58,2", "0,8", "1,3"),
            ("Anpassad gymnasieskola", "41,7", "−0,6", "−1,1"),
            ("Nämnd och förvaltning", "22,4", "0,0", "1,1"),
            ("Summa", "705,2", "0,7", "4,5"),
        ),
        widths=(190.0, 80.0, 80.0, 90.0),
        bold_rows=frozenset({5}),
        rules=True,
        shade=(0.90, 0.90, 0.90),
        size=8.5,
    )
    blocks = [
        Title("Delårsrapport januari–augusti 2025", size=19, font="sans-bold", after=2),
        Title("Utbildningsnämnden", size=12, font="sans", after=12),
        H("Ekonomisk sammanfattning", 2),
        P(
            "Utbildningsnämnden redovisar ett överskott på 3,2 mnkr för perioden och prognostiserar ett överskott mot "
            "budget på 4,5 mnkr för helåret. Överskottet förklaras framför allt av att fler elever från andra "
            "kommuner än budgeterat går i nämndens gymnasieskolor, vilket ger högre interkommunala intäkter.",
            C(
                None,
                "4,5 mnkr",
                "+",
                "volymer",
                "avgifter_intakter",
                note="The period and the full year in one sentence: the full year's amount.",
            ),
        ),
        table,
        P(
            "Jämfört med tertialrapport 1 har prognosen förbättrats med 3,8 mnkr.",
            F(None, "3,8 mnkr", "+"),
        ),
        Space(4),
        H("Verksamheternas resultat", 2),
        LP(
            "Gymnasieskola i egen regi.",
            "Överskottet på 5,6 mnkr beror på att fler elever från andra kommuner har valt nämndens skolor, vilket ger "
            "högre interkommunala ersättningar, och på att lärartjänster inom yrkesprogrammen har varit svåra att "
            "rekrytera.",
            C("Gymnasieskola i egen regi", "5,6 mnkr", "+", "volymer", "avgifter_intakter", "vakanser"),
        ),
        LP(
            "Köpta platser.",
            "Fler elever än budgeterat går i fristående gymnasieskolor och i andra kommuner, och programpriserna har "
            "räknats upp mer än nämnden har kompenserats för. Kostnaden blir 2,4 mnkr högre än budget.",
            C(
                "Gymnasieskola, köpta platser",
                "2,4 mnkr",
                "-",
                "kopt_verksamhet",
                "volymer",
                "prisokningar",
                note="The causes first, the amount in the last sentence.",
            ),
        ),
        LP(
            "Vuxenutbildning.",
            "Statsbidraget för regional yrkesvux blev högre än beräknat.",
            C(
                "Vuxenutbildning",
                "1,3",
                "+",
                "statsbidrag",
                unit="mnkr",
                table=True,
                note="Reason only: the table row's cell.",
            ),
        ),
        LP(
            "Anpassad gymnasieskola.",
            "Underskottet, −1,1 mnkr, hänger samman med två elever som behöver elevassistent på heltid och med en "
            "dyrare skolskjuts.",
            C("Anpassad gymnasieskola", "−1,1 mnkr", "-", "volymer", "prisokningar"),
        ),
        LP(
            "Nämnd och förvaltning.",
            "En vakant tjänst som utvecklingsstrateg och lägre kostnader för konsulter ger ett överskott om 1,1 mnkr.",
            C("Nämnd och förvaltning", "1,1 mnkr", "+", "vakanser", "inhyrd_personal"),
        ),
        H("Kostnadsslag", 2),
        P(
            "Personalkostnaderna är 2,9 mnkr lägre än den periodiserade budgeten, medan köp av verksamhet ligger 1,7 "
            "mnkr över.",
            C(
                "Personalkostnader",
                "2,9 mnkr",
                "+",
                note="Two kostnadsslag for the period in one sentence: two items; no tag.",
                also=(C("Köp av verksamhet", "1,7 mnkr", "-"),),
            ),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsbudgeten på 9,5 mnkr beräknas förbrukas fullt ut.",
            BP("Investeringar", note="The whole investment frame used: boilerplate."),
        ),
        H("Risker och åtgärder", 2),
        P(
            "Elevantalet till hösten är osäkert. Om antalet elever från andra kommuner minskar kan överskottet bli upp "
            "till 2 mnkr lägre.",
            O(None, "volymer", note="A risk: other."),
        ),
        P(
            "Nämnden har gett förvaltningen i uppdrag att se över programutbudet inför läsåret 2026/27 för att minska "
            "antalet platser i program med lågt söktryck.",
            A(None, None, "omstallning"),
        ),
    ]
    return ReportSpec(
        file="sollentuna-un-delarsrapport-2025-08.pdf",
        report={
            "municipality": "Sollentuna",
            "committee": ["Utbildningsnämnden"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={"title": "Delårsrapport 2025 Utbildningsnämnden", "author": "Sollentuna kommun"},
        style=style,
        blocks=blocks,
    )
