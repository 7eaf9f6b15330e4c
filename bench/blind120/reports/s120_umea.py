"""Umeå kommun, Äldrenämnden, delårsrapport augusti 2025.

An elderly-care committee's interim report in "mnkr" with U+2212 minus signs, footer with the nämnd's meeting
date in September: the period "8,7 mnkr högre än den periodiserade budgeten" (a net cost over budget: negative)
and the full year "en negativ budgetavvikelse på 14,0 mnkr" with a percentage of the frame in two paragraphs,
the change since April with its cause; three kostnadsslag in one sentence ("överskrider budget med 11,3 mnkr
och köp av verksamhet med 5,9 mnkr, medan intäkterna blir 3,2 mnkr högre", three items with no tags, since
naming an account group gives none); a table; then two columns of headings with the amount in brackets
("Hemtjänst (−5,8 mnkr)", "Myndighetsutövning (0,0 mnkr)") over short paragraphs, so the deficit is explained
twice: a sick-leave percentage against last year in a cause paragraph (its own `other` item), a closure for
renovation, "följer budget" (boilerplate) and an undistributed buffer that is only a part; investments that
"beräknas förbrukas fullt ut" (boilerplate); two actions and the number of older inhabitants (other).
11 scored causes. DejaVu Serif 9.5 pt with DejaVu Sans headings.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Columns, H, P, PageBreak, Para, ReportSpec, Style, Table, Title

from reports.common import BP, HP, A, C, F, O

KSLAG = "Three kostnadsslag in one sentence with their own amounts: three items; naming an account group gives no tag."


def spec() -> ReportSpec:
    style = Style(
        body="serif",
        bold="serif-bold",
        italic="serif-italic",
        size=9.5,
        leading=1.4,
        para_gap=6.0,
        heading_sizes=(14.5, 11.5, 10.0),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(64.0, 78.0, 64.0, 72.0),
        gutter=20.0,
        header=lambda n, m: ("Umeå kommun", "Äldrenämnden – Delårsrapport augusti 2025"),
        footer=lambda n, m: ("Äldrenämnden 2025-09-25", "ÄN-2025/00288", f"{n}/{m}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Helårsprognos per verksamhet, mnkr",
        header=(("Verksamhet", "Budget 2025", "Prognos 2025", "Avvikelse"),),
        rows=(
            ("Hemtjänst", "412,5", "418,3", "−5,8"),
            ("Särskilt boende", "598,0", "604,2", "−6,2"),
            ("Hälso- och sjukvård", "96,4", "98,8", "−2,4"),
            ("Korttidsboende", "58,2", "60,1", "−1,9"),
            ("Dagverksamhet och träffpunkter", "21,7", "20,8", "0,9"),
            ("Myndighetsutövning", "34,6", "34,6", "0,0"),
            ("Ledning och gemensamt", "42,9", "41,5", "1,4"),
            ("Summa", "1 264,3", "1 278,3", "−14,0"),
        ),
        widths=(190.0, 76.0, 76.0, 70.0),
        bold_rows=frozenset({7}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Delårsrapport augusti 2025", size=19, font="sans-bold", after=2),
        Title("Äldrenämnden", size=12, font="serif-italic", after=12),
        H("Ekonomiskt resultat", 1),
        P(
            "Äldrenämnden redovisar för januari–augusti ett utfall som är 8,7 mnkr högre än den periodiserade "
            "budgeten.",
            C(None, "8,7 mnkr", "-", note="The period's net cost above the periodised budget: negative."),
        ),
        P(
            "För helåret prognostiseras en negativ budgetavvikelse på 14,0 mnkr, vilket motsvarar 1,1 procent av "
            "nämndens budgetram.",
            C(None, "14,0 mnkr", "-", note="The percentage of the frame is not the amount."),
        ),
        P(
            "Prognosen har förbättrats med 2,5 mnkr jämfört med aprilprognosen, främst till följd av att "
            "statsbidraget för bemanning i äldreomsorgen blev högre än beräknat.",
            F(None, "2,5 mnkr", "+", "statsbidrag"),
        ),
        P(
            "Personalkostnaderna överskrider budget med 11,3 mnkr och köp av verksamhet med 5,9 mnkr, medan "
            "intäkterna blir 3,2 mnkr högre än budgeterat.",
            C(
                "Personalkostnader",
                "11,3 mnkr",
                "-",
                note=KSLAG,
                also=(
                    C("Köp av verksamhet", "5,9 mnkr", "-"),
                    C("Intäkter", "3,2 mnkr", "+"),
                ),
            ),
        ),
        table,
        H("Verksamheternas kommentarer", 2),
        Columns(2),
        HP(
            "Hemtjänst (−5,8 mnkr)",
            "Antalet beviljade hemtjänsttimmar har ökat med 7 procent sedan årsskiftet, medan ersättningen per timme "
            "är oförändrad. Övertid och mertid har ökat i ytterområdena.",
            C(
                "Hemtjänst",
                "−5,8 mnkr",
                "-",
                "volymer",
                "overtid",
                note="The heading carries area and amount.",
            ),
        ),
        Para(
            (
                (
                    "Underskottet beror på hög sjukfrånvaro och på att flera boenden har behövt extra nattbemanning för "
                    "boende med hög vårdtyngd.",
                    C("Särskilt boende", "−6,2 mnkr", "-", "sjukfranvaro", "bemanning"),
                ),
                (
                    "Sjukfrånvaron var 9,8 procent, jämfört med 8,1 procent under samma period 2024.",
                    O("Särskilt boende", "sjukfranvaro", note="Sick leave against the previous year: other."),
                ),
            ),
            head="Särskilt boende (−6,2 mnkr)",
        ),
        HP(
            "Hälso- och sjukvård (−2,4 mnkr)",
            "Kostnaderna för hjälpmedel och förbrukningsmaterial har ökat, liksom kostnaderna för inhyrda "
            "sjuksköterskor under sommaren.",
            C("Hälso- och sjukvård", "−2,4 mnkr", "-", "material_hjalpmedel", "inhyrd_personal"),
        ),
        HP(
            "Korttidsboende (−1,9 mnkr)",
            "Beläggningen har legat över 100 procent under större delen av perioden, och externa korttidsplatser har "
            "köpts.",
            C("Korttidsboende", "−1,9 mnkr", "-", "volymer", "kopt_verksamhet"),
        ),
        HP(
            "Dagverksamhet och träffpunkter (+0,9 mnkr)",
            "Två träffpunkter har varit stängda under renovering.",
            C(
                "Dagverksamhet och träffpunkter",
                "+0,9 mnkr",
                "+",
                "ovrigt",
                note="A closure for renovation: ovrigt.",
            ),
        ),
        HP(
            "Myndighetsutövning (0,0 mnkr)",
            "Verksamheten följer budget.",
            BP("Myndighetsutövning"),
        ),
        HP(
            "Ledning och gemensamt (+1,4 mnkr)",
            "Överskottet förklaras av att nämndens centrala buffert om 1,0 mnkr inte har fördelats och av lägre "
            "kostnader för utbildning.",
            C(
                "Ledning och gemensamt",
                "+1,4 mnkr",
                "+",
                "reserver",
                note="The buffer (1,0 mnkr) is a part: the heading's amount is the item's.",
            ),
        ),
        PageBreak(),
        Columns(1),
        H("Investeringar", 2),
        P(
            "Nämndens investeringsbudget på 6,0 mnkr för inventarier och välfärdsteknik beräknas förbrukas fullt ut.",
            BP("Investeringar"),
        ),
        H("Åtgärder", 2),
        PS(
            (
                "Ett arbete med tidiga insatser vid korttidsfrånvaro har startat på de fyra boenden som har högst "
                "sjukfrånvaro.",
                A("Särskilt boende", None, "sjukfranvaro"),
            ),
            (
                "En ny ruttplanering i hemtjänsten beräknas minska kostnaderna med 2,0 mnkr på helårsbasis.",
                A("Hemtjänst", "2,0 mnkr", "bemanning"),
            ),
        ),
        H("Omvärld", 2),
        P(
            "Antalet invånare som är 80 år och äldre ökade med 4,6 procent under det senaste året.",
            O(None, "volymer", note="Population against an earlier time."),
        ),
    ]
    return ReportSpec(
        file="umea-aldn-delarsrapport-2025-08.pdf",
        report={
            "municipality": "Umeå",
            "committee": ["Äldrenämnden"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={"title": "Delårsrapport augusti 2025 Äldrenämnden", "author": "Umeå kommun"},
        style=style,
        blocks=blocks,
    )
