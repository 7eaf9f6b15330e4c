"""Haninge kommun, Äldrenämnden, månadsrapport mars 2026.

An elderly-care committee's month report in tkr set in DejaVu Sans, footer with the nämnd's meeting in April:
the full year "ett underskott på 14 300 tkr" beside a share of the frame in percent (not the amount), the
period "3 950 tkr högre än periodiserad budget" (a net cost, so negative) in a paragraph of its own, then
"Jämfört med februariprognosen är prognosen oförändrad" (boilerplate forecast change); a table whose
deviations use an en dash for minus ("–8 500"); bold run-in verksamheter with a colon: home care whose amount
comes in its second sentence ("beräknas därför överskrida budget med 8 500 tkr") followed in the same
paragraph by an action, "Underskottet på 5 400 tkr beror på" with two homes "2 100 respektive 1 700 tkr"
(their own items), a reason-only deficit (the row's "–2 300"), "Överskott 1 200 tkr." as a clipped first
sentence, a reason-only surplus (the row's "400") and "Följer budget." beside a row of 300 (boilerplate);
fee revenue "900 tkr lägre än budgeterat" (negative, a revenue), an action with an effect and a grant that
finances training (other).

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import BF, BP, LP, A, C, O


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.45,
        para_gap=7.0,
        heading_sizes=(14.0, 12.0, 10.0),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(64.0, 78.0, 64.0, 74.0),
        header=lambda n, m: ("Haninge kommun – Äldreförvaltningen", "Månadsrapport mars 2026"),
        footer=lambda n, m: ("Äldrenämndens sammanträde 2026-04-22", "", f"{n}"),
        header_size=7.5,
        rule_under_header=True,
    )
    table = Table(
        caption="Prognos per verksamhet 2026, tkr (– = underskott)",
        header=(("Verksamhet", "Budget", "Prognos", "Avvikelse"),),
        rows=(
            ("Nämnd och förvaltningsledning", "12 400", "12 100", "300"),
            ("Biståndsenheten", "31 500", "31 100", "400"),
            ("Hemtjänst", "246 800", "255 300", "–8 500"),
            ("Särskilt boende", "498 200", "503 600", "–5 400"),
            ("Hemsjukvård och rehabilitering", "88 600", "90 900", "–2 300"),
            ("Dagverksamhet och anhörigstöd", "21 300", "20 100", "1 200"),
            ("Summa", "898 800", "913 100", "–14 300"),
        ),
        widths=(190.0, 80.0, 80.0, 80.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=9.0,
        shade=(0.88, 0.91, 0.95),
    )
    blocks = [
        Title("Månadsrapport mars 2026", size=18, font="sans-bold", after=2),
        Title("Äldrenämnden", size=12, font="sans", after=12),
        H("Ekonomiskt läge", 2),
        P(
            "Äldrenämnden prognostiserar ett underskott på 14 300 tkr för 2026, motsvarande 1,6 procent av "
            "nämndens budgetram.",
            C(None, "14 300 tkr", "-", note="The percentage of the frame is not the amount."),
        ),
        P(
            "Utfallet för januari–mars är 3 950 tkr högre än periodiserad budget.",
            C(
                None,
                "3 950 tkr",
                "-",
                note="A net cost above the periodised budget: a negative period deviation.",
            ),
        ),
        P("Jämfört med februariprognosen är prognosen oförändrad.", BF(None)),
        table,
        H("Kommentarer per verksamhet", 2),
        LP(
            "Hemtjänst:",
            "Antalet beviljade hemtjänsttimmar har ökat med 9 procent sedan budgeten fastställdes, och andelen "
            "brukare med dubbelbemanning är fortsatt hög. Verksamheten beräknas därför överskrida budget med "
            "8 500 tkr.",
            C(
                "Hemtjänst",
                "8 500 tkr",
                "-",
                "volymer",
                "bemanning",
                note="The reasons first, the amount in the second sentence.",
            ),
            (
                "Förvaltningen ser över planeringen av insatserna i Jordbro och Brandbergen för att minska "
                "restiden.",
                A("Hemtjänst", None, "bemanning"),
            ),
        ),
        LP(
            "Särskilt boende:",
            "Underskottet på 5 400 tkr beror på höga kostnader för timvikarier och övertid under vintern, då "
            "sjukfrånvaron var hög på Lillgårdens och Sofiebergs äldreboenden.",
            C("Särskilt boende", "5 400 tkr", "-", "vikarier", "overtid", "sjukfranvaro"),
            (
                "De två boendena står för 2 100 respektive 1 700 tkr av underskottet.",
                C(
                    "Lillgårdens äldreboende",
                    "2 100",
                    "-",
                    unit="tkr",
                    note="Sub-areas inside another area's paragraph: their own items ('respektive').",
                    also=(C("Sofiebergs äldreboende", "1 700 tkr", "-"),),
                ),
            ),
        ),
        LP(
            "Hemsjukvård och rehabilitering:",
            "Kostnaderna för hjälpmedel och förbrukningsmaterial blir högre än beräknat, och bemanningsföretag "
            "har anlitats för sjuksköterskor under helger.",
            C(
                "Hemsjukvård och rehabilitering",
                "–2 300",
                "-",
                "material_hjalpmedel",
                "inhyrd_personal",
                unit="tkr",
                table=True,
                note="Reasons only: the table row's cell.",
            ),
        ),
        LP(
            "Dagverksamhet och anhörigstöd:",
            "Överskott 1 200 tkr. Två dagverksamheter har haft färre deltagare än planerat.",
            C("Dagverksamhet och anhörigstöd", "1 200 tkr", "+", "volymer"),
        ),
        LP(
            "Biståndsenheten:",
            "Enheten visar ett mindre överskott på grund av en vakant handläggartjänst.",
            C(
                "Biståndsenheten",
                "400",
                "+",
                "vakanser",
                unit="tkr",
                table=True,
                note="'Ett mindre överskott' without a figure: the table row's cell.",
            ),
        ),
        LP(
            "Nämnd och förvaltningsledning:",
            "Följer budget.",
            BP("Nämnd och förvaltningsledning", note="Boilerplate beside a table row of 300."),
        ),
        H("Intäkter", 2),
        P(
            "Avgiftsintäkterna för hemtjänst och särskilt boende beräknas bli 900 tkr lägre än budgeterat efter "
            "att maxtaxan sänktes i januari.",
            C("Avgiftsintäkter", "900 tkr", "-", "avgifter_intakter", note="Revenue below budget: negative."),
        ),
        H("Åtgärder", 2),
        P(
            "Nämnden har beslutat om en åtgärdsplan för att minska timvikarier och övertid på särskilt boende, "
            "med en förväntad effekt på 2 000 tkr under resten av året.",
            A("Särskilt boende", "2 000 tkr", "vikarier", "overtid"),
        ),
        H("Statsbidrag", 2),
        P(
            "Nämnden har tagit emot 6,4 mnkr i statsbidrag för äldreomsorgslyftet, vilket finansierar utbildning "
            "av undersköterskor och ingår i prognosen.",
            O(None, "statsbidrag", note="A grant that finances training, no deviation: other."),
        ),
    ]
    return ReportSpec(
        file="haninge-aln-manadsrapport-2026-03.pdf",
        report={
            "municipality": "Haninge",
            "committee": ["Äldrenämnden"],
            "period": ["2026-03"],
            "report_type": "månadsrapport",
        },
        metadata={"title": "Månadsrapport mars 2026 Äldrenämnden", "author": "Haninge kommun"},
        style=style,
        blocks=blocks,
    )
