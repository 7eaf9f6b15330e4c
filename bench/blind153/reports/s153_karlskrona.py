"""Karlskrona kommun, Äldrenämnden, tertialrapport 1 2026.

An elderly-care tertial report in tkr and mnkr, footer with the nämnd's meeting date in May: the full year
"underskott på 9,6 mnkr" and the period "2,1 mnkr högre än den periodiserade budgeten" (negative) in two
sentences, "Prognosen är densamma som i mars" (a boilerplate forecast change); a verksamhet table whose
deviations carry a trailing minus ("5 400-"); then two columns of headings that carry the verksamhet and the
amount with U+2212 ("Hemtjänst −5,4 mnkr", "Dagverksamhet +0,6 mnkr") over short reason paragraphs (volumes and
external home care, sick leave with substitutes and overtime, consumables, unbilled staffing-pool shifts, a
closure for renovation, vacancies); after the columns, three kostnadsslag in one sentence ("4,2 respektive 5,9
mnkr, medan intäkterna blir 0,5 mnkr högre"), so the deficit is explained twice; an action with its effect and
demography against earlier years with "beror på" (other). DejaVu Sans 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Columns, H, P, PageBreak, ReportSpec, Style, Table, Title

from reports.common import BF, HP, A, C, O


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
        margins=(64.0, 80.0, 64.0, 74.0),
        gutter=24.0,
        header=lambda n, m: ("Karlskrona kommun", "Äldreförvaltningen"),
        footer=lambda n, m: ("Tertialrapport 1 2026 – Äldrenämnden 2026-05-20", "", f"{n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Driftredovisning per verksamhet, tkr",
        header=(("Verksamhet", "Budget 2026", "Utfall jan–apr", "Prognos 2026", "Avvikelse"),),
        rows=(
            ("Hemtjänst", "268 300", "93 600", "273 700", "5 400-"),
            ("Särskilt boende", "412 800", "139 100", "415 900", "3 100-"),
            ("Hemsjukvård", "61 200", "20 900", "62 100", "900-"),
            ("Bemanningsenheten", "4 500", "2 700", "6 500", "2 000-"),
            ("Dagverksamhet", "14 700", "4 300", "14 100", "600"),
            ("Myndighet och administration", "38 900", "12 200", "37 700", "1 200"),
            ("Summa", "800 400", "272 800", "810 000", "9 600-"),
        ),
        widths=(150.0, 72.0, 78.0, 72.0, 62.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Tertialrapport 1 2026", size=19, font="sans-bold", after=2),
        Title("Äldrenämnden", size=12.5, font="sans", after=12),
        H("Sammanfattning", 2),
        PS(
            (
                "Äldrenämnden prognostiserar ett underskott på 9,6 mnkr för 2026.",
                C(None, "9,6 mnkr", "-", note="The full year in a sentence of its own."),
            ),
            (
                "Efter april är utfallet 2,1 mnkr högre än den periodiserade budgeten.",
                C(
                    None,
                    "2,1 mnkr",
                    "-",
                    note="A net cost above the periodised budget: a negative period deviation.",
                ),
            ),
            ("Prognosen är densamma som i mars.", BF(None)),
        ),
        P("Avvikelse: minustecken efter beloppet betyder att prognosen överstiger budget.", size=8.5),
        table,
        H("Verksamheternas avvikelser", 2),
        Columns(2),
        HP(
            "Hemtjänst −5,4 mnkr",
            "Antalet beviljade hemtjänsttimmar har ökat med 11 procent sedan årsskiftet, och den externa hemtjänsten "
            "utför en större andel av timmarna än väntat.",
            C("Hemtjänst", "−5,4 mnkr", "-", "volymer", "kopt_verksamhet"),
        ),
        HP(
            "Särskilt boende −3,1 mnkr",
            "Två boenden har haft hög sjukfrånvaro, vilket har krävt timvikarier och övertid.",
            C("Särskilt boende", "−3,1 mnkr", "-", "sjukfranvaro", "vikarier", "overtid"),
        ),
        HP(
            "Hemsjukvård −0,9 mnkr",
            "Kostnaderna för förbrukningsmaterial och hjälpmedel har stigit.",
            C("Hemsjukvård", "−0,9 mnkr", "-", "material_hjalpmedel"),
        ),
        HP(
            "Bemanningsenheten −2,0 mnkr",
            "Enheten har inte kunnat fakturera verksamheterna fullt ut, eftersom färre pass än planerat har beställts "
            "medan grundbemanningen är oförändrad.",
            C("Bemanningsenheten", "−2,0 mnkr", "-", "bemanning", "volymer"),
        ),
        HP(
            "Dagverksamhet +0,6 mnkr",
            "Dagverksamheten Solgläntan har varit stängd för renovering under februari och mars.",
            C("Dagverksamhet", "+0,6 mnkr", "+", "ovrigt", note="A closure for renovation: ovrigt."),
        ),
        HP(
            "Myndighet och administration +1,2 mnkr",
            "Två biståndshandläggartjänster har varit vakanta under perioden.",
            C("Myndighet och administration", "+1,2 mnkr", "+", "vakanser"),
        ),
        PageBreak(),
        Columns(1),
        H("Kostnadsslag", 2),
        P(
            "Personalkostnaderna och köp av verksamhet överskrider budget med 4,2 respektive 5,9 mnkr, medan "
            "intäkterna blir 0,5 mnkr högre än budgeterat.",
            C(
                "Personalkostnader",
                "4,2",
                "-",
                unit="mnkr",
                note="Three kostnadsslag in one sentence: three items. The deficit is explained twice.",
                also=(
                    C("Köp av verksamhet", "5,9 mnkr", "-"),
                    C("Intäkter", "0,5 mnkr", "+"),
                ),
            ),
        ),
        H("Åtgärder", 2),
        P(
            "Nämnden har beslutat om en handlingsplan med striktare schemaläggning i särskilt boende och en översyn "
            "av hemtjänstens planering, som beräknas förbättra resultatet med 3,0 mnkr under året.",
            A(None, "3,0 mnkr", "bemanning"),
        ),
        H("Omvärld", 2),
        P(
            "Antalet invånare över 80 år i Karlskrona ökar med omkring 250 per år, vilket beror på demografin och "
            "påverkar behovet av hemtjänst de kommande åren.",
            O(None, "volymer", note="Demography over the years: other."),
        ),
    ]
    return ReportSpec(
        file="karlskrona-aldn-tertialrapport-2026-04.pdf",
        report={
            "municipality": "Karlskrona",
            "committee": ["Äldrenämnden"],
            "period": ["2026-04"],
            "report_type": "tertialrapport",
        },
        metadata={"title": "Tertialrapport 1 2026 Äldrenämnden", "author": "Karlskrona kommun"},
        style=style,
        blocks=blocks,
    )
