"""Oxelösunds kommun, Vård- och omsorgsnämnden, delårsrapport januari–augusti 2025.

An elderly-care interim report in mkr whose result table is pasted as an image (every amount lives in the
prose), footer with the nämnd's meeting date in September: the period "underskott på 2,9 mkr jämfört med
periodiserad budget" and the full year "underskott om 4,6 mkr, motsvarande 1,8 procent" in two sentences (the
percentage is not the amount); two kostnadsslag in one sentence ("personalkostnaderna … 5,1 mkr över budget,
medan intäkterna … blir 0,6 mkr högre"); a forecast change with its cause; then headings that carry the
verksamhet and amount ("Hemtjänst −3,8 mkr", "Hälso- och sjukvård +0,9 mkr", "Funktionsstöd ±0,0 mkr"), so the
deficit is explained twice; a percentage of hours that is not the amount, an action between two headed
sections, "bedöms hålla budget" and an investment frame that "beräknas användas fullt ut" (boilerplate), a
risk and sick leave against last year (others). DejaVu Sans 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, HP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=10.0,
        leading=1.4,
        para_gap=7.0,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(66.0, 78.0, 66.0, 74.0),
        header=lambda n, m: ("Oxelösunds kommun", "Vård- och omsorgsnämnden"),
        footer=lambda n, m: ("Delårsrapport januari–augusti 2025", "Nämndsammanträde 2025-09-24", f"{n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Prognos per verksamhet 2025, mkr",
        header=(("Verksamhet", "Budget", "Prognos", "Avvikelse"),),
        rows=(
            ("Gemensamt och nämnd", "21,4", "20,7", "+0,7"),
            ("Hemtjänst", "58,2", "62,0", "−3,8"),
            ("Särskilt boende", "96,0", "97,6", "−1,6"),
            ("Hälso- och sjukvård", "31,5", "30,6", "+0,9"),
            ("Funktionsstöd", "44,8", "44,8", "0,0"),
            ("Bostadsanpassning och hjälpmedel", "5,9", "6,7", "−0,8"),
            ("Summa", "257,8", "262,4", "−4,6"),
        ),
        widths=(200.0, 70.0, 70.0, 80.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=9.0,
        shade=(0.85, 0.9, 0.95),
        as_image=True,
    )
    blocks = [
        Title("Delårsrapport 2025", size=20, font="sans-bold", after=2),
        Title("Vård- och omsorgsnämnden", size=13, font="sans", after=12),
        H("Ekonomi", 2),
        PS(
            (
                "Nämndens resultat per den 31 augusti visar ett underskott på 2,9 mkr jämfört med periodiserad "
                "budget.",
                C(None, "2,9 mkr", "-", note="The period and the full year in two sentences: two items."),
            ),
            (
                "För helåret prognostiseras ett underskott om 4,6 mkr, motsvarande 1,8 procent av nämndens "
                "budgetram.",
                C(None, "4,6 mkr", "-", note="The percentage is not the amount."),
            ),
        ),
        P(
            "Sett till kostnadsslag är det personalkostnaderna som avviker mest, 5,1 mkr över budget, medan "
            "intäkterna från omvårdnadsavgifter och hyror blir 0,6 mkr högre än budgeterat.",
            C(
                "Personalkostnader",
                "5,1 mkr",
                "-",
                note="Two kostnadsslag in one sentence: two items; no reason for the first.",
                also=(C("Intäkter", "0,6 mkr", "+", "avgifter_intakter"),),
            ),
        ),
        P(
            "Jämfört med tertialrapporten har prognosen förbättrats med 0,8 mkr, främst genom att statsbidraget "
            "för äldreomsorgens bemanning blev högre än beräknat.",
            F(None, "0,8 mkr", "+", "statsbidrag"),
        ),
        table,
        H("Verksamheternas avvikelser", 2),
        HP(
            "Hemtjänst −3,8 mkr",
            "De beviljade hemtjänsttimmarna har ökat med 11 procent jämfört med budgeterad nivå. Samtidigt har "
            "sjukfrånvaron i två av hemtjänstgrupperna lett till ökade kostnader för timvikarier och övertid.",
            C(
                "Hemtjänst",
                "−3,8 mkr",
                "-",
                "volymer",
                "sjukfranvaro",
                "vikarier",
                "overtid",
                note="The heading carries the amount; 11 procent is not the amount.",
            ),
        ),
        P(
            "För att minska kostnaderna införs under hösten ett nytt planeringsverktyg med optimerade körrutter i "
            "hemtjänsten.",
            A("Hemtjänst", None, "bemanning", "it_digitalisering"),
        ),
        HP(
            "Särskilt boende −1,6 mkr",
            "Underskottet beror på att nattbemanningen har förstärkts på en demensavdelning där flera boende har "
            "omfattande behov, och på att beläggningen på korttidsplatserna har varit högre än planerat.",
            C("Särskilt boende", "−1,6 mkr", "-", "bemanning", "volymer"),
        ),
        HP(
            "Hälso- och sjukvård +0,9 mkr",
            "Vakanta sjukskötersketjänster ger ett överskott. En del av vakanserna har täckts med sjuksköterskor "
            "från bemanningsföretag, vilket har minskat överskottet.",
            C("Hälso- och sjukvård", "+0,9 mkr", "+", "vakanser", "inhyrd_personal"),
        ),
        HP(
            "Funktionsstöd ±0,0 mkr",
            "Verksamheten bedöms hålla budget för helåret.",
            BP("Funktionsstöd"),
        ),
        HP(
            "Bostadsanpassning och hjälpmedel −0,8 mkr",
            "Fler och dyrare bostadsanpassningar än budgeterat, bland annat två större ombyggnader av badrum, ger "
            "kostnader över budget.",
            C("Bostadsanpassning och hjälpmedel", "−0,8 mkr", "-", "volymer"),
        ),
        HP(
            "Gemensamt och nämnd +0,7 mkr",
            "Överskottet beror på att nämndens buffert för volymökningar inte har fördelats till verksamheterna.",
            C(
                "Gemensamt och nämnd",
                "+0,7 mkr",
                "+",
                "reserver",
                note="An undistributed buffer as the reason: reserver.",
            ),
        ),
        P(
            "Om hemtjänsttimmarna fortsätter att öka i samma takt under hösten kan underskottet bli större än "
            "prognosen.",
            O("Hemtjänst", "volymer", note="A risk: other."),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsbudgeten på 2,4 mkr för trygghetslarm och inventarier beräknas användas fullt ut.",
            BP("Investeringar", note="The whole frame used: boilerplate."),
        ),
        H("Personal", 2),
        P(
            "Sjukfrånvaron uppgick till 9,4 procent under perioden, 0,6 procentenheter lägre än samma period 2024.",
            O(None, "sjukfranvaro", note="Sick leave against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="oxelosund-von-delarsrapport-2025-08.pdf",
        report={
            "municipality": "Oxelösund",
            "committee": ["Vård- och omsorgsnämnden"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={"title": "Delårsrapport 2025 Vård- och omsorgsnämnden", "author": "Oxelösunds kommun"},
        style=style,
        blocks=blocks,
    )
