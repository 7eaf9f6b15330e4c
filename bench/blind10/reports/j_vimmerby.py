"""Vimmerby kommun, Kommunstyrelsen, kostnads- och nyckeltalsanalys 2024 (nettokostnadsavvikelse).

Not a budget follow-up: the kommunstyrelse's yearly comparison of the kommun's costs with the standard costs
its structure motivates (nettokostnadsavvikelse, from national statistics), dated in October 2025. It is full
of "avvikelse", "procent", "mnkr", "högre kostnader än", "negativ", "beror främst på", "kan härledas till"
and a comparison with the previous year, none of it against the budget: the kommun's total against its
structure, elderly care "+6,2 procent, motsvarande ungefär 14 mnkr", grundskola's "negativ
nettokostnadsavvikelse" with a cost per pupil against the country, individ- och familjeomsorg "11 procent
över referenskostnaden", LSS's deviation falling since 2023, gymnasieskola's cost per pupil against 2023
"beror på", and a conclusion with "14 mnkr mer att fördela". Seven `other` items and no causes; the decision
proposal, the method, the table and a quality figure are unlabelled. Liberation Sans (Arial metrics) 10 pt
with Liberation Serif headings.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Space, Style, Table, Title

from reports.common import O

NOT_BUDGET = "A comparison with the structure's standard cost, not the budget: other."


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=10.0,
        leading=1.4,
        para_gap=7.0,
        heading_sizes=(17.0, 13.0, 11.0),
        heading_fonts=("times-bold", "times-bold", "times-bold"),
        margins=(72.0, 80.0, 72.0, 76.0),
        header=lambda n, m: ("Vimmerby kommun", "Kommunledningsförvaltningen"),
        footer=lambda n, m: ("Kostnads- och nyckeltalsanalys 2024", "2025-10-06", f"{n} ({m})"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Nettokostnadsavvikelse per verksamhet, procent (plus = högre kostnad än strukturen motiverar)",
        header=(("Verksamhet", "2022", "2023", "2024"),),
        rows=(
            ("Förskola", "1,9", "2,6", "1,4"),
            ("Grundskola", "−1,2", "−2,4", "−3,1"),
            ("Gymnasieskola", "3,8", "4,4", "5,0"),
            ("Äldreomsorg", "4,7", "5,5", "6,2"),
            ("LSS", "5,1", "4,0", "0,8"),
            ("Individ- och familjeomsorg", "8,3", "9,6", "11,0"),
            ("Kommunen totalt", "1,6", "2,1", "2,4"),
        ),
        widths=(200.0, 70.0, 70.0, 70.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Kostnads- och nyckeltalsanalys 2024", size=20, font="times-bold", after=3),
        Title("Vimmerby kommun, Kommunstyrelsen", size=12, font="arial", after=14),
        H("Förslag till beslut", 2),
        P(
            "Kommunstyrelsen tar del av kostnads- och nyckeltalsanalysen för 2024 och överlämnar den till "
            "nämnderna som underlag inför arbetet med budget 2027."
        ),
        H("Metod", 2),
        P(
            "Nettokostnadsavvikelsen visar hur mycket en kommuns faktiska nettokostnad för en verksamhet skiljer sig "
            "från den standardkostnad som kommunens struktur motiverar, till exempel åldersfördelning, glesbygd och "
            "socioekonomi. En positiv avvikelse innebär att kommunen har högre kostnader än strukturen motiverar. "
            "Uppgifterna avser 2024 och har hämtats från den nationella statistiken."
        ),
        H("Resultat", 2),
        P(
            "Vimmerby kommuns samlade nettokostnadsavvikelse var +2,4 procent 2024, vilket innebär att kommunen "
            "har ungefär 30 mnkr högre kostnader än vad strukturen motiverar.",
            O(None, note=NOT_BUDGET),
        ),
        table,
        Space(4),
        H("Äldreomsorg", 3),
        P(
            "Äldreomsorgens nettokostnadsavvikelse var +6,2 procent, motsvarande ungefär 14 mnkr. Avvikelsen beror "
            "främst på att en större andel av de äldre bor i särskilt boende än i jämförbara kommuner.",
            O("Äldreomsorg", note=NOT_BUDGET),
        ),
        H("Grundskola", 3),
        P(
            "Grundskolan har en negativ nettokostnadsavvikelse på −3,1 procent, det vill säga lägre kostnader än "
            "strukturen motiverar. Kostnaden per elev var 118 400 kronor, att jämföra med 124 900 kronor i riket.",
            O("Grundskola", note=NOT_BUDGET + " A 'negativ' deviation here means lower costs."),
        ),
        H("Individ- och familjeomsorg", 3),
        P(
            "Individ- och familjeomsorgen ligger 11 procent över referenskostnaden, vilket framför allt kan härledas "
            "till kostnader för placeringar av barn och unga i HVB och familjehem.",
            O("Individ- och familjeomsorg", "kopt_verksamhet", note=NOT_BUDGET),
        ),
        H("LSS", 3),
        P(
            "Kostnaderna för LSS ligger nu nära referenskostnaden. Avvikelsen har minskat från +4,0 procent 2023 "
            "till +0,8 procent, sedan två gruppbostäder slogs samman.",
            O("LSS", "omstallning", note=NOT_BUDGET),
        ),
        H("Gymnasieskola", 3),
        P(
            "Gymnasieskolans kostnad per elev ökade med 7 procent jämfört med 2023, vilket beror på höjda "
            "interkommunala ersättningar till de kommuner där Vimmerbys ungdomar studerar.",
            O("Gymnasieskola", "kopt_verksamhet", note="A cost per pupil against the previous year: other."),
        ),
        H("Kvalitet", 2),
        P(
            "Andelen elever i årskurs 9 som är behöriga till ett yrkesprogram var 84 procent, två procentenheter "
            "lägre än året innan. Nöjdheten med hemtjänsten ligger kvar på 91 procent."
        ),
        H("Slutsatser", 2),
        P(
            "Om äldreomsorgen hade legat på referenskostnaden skulle kommunen ha haft omkring 14 mnkr mer att "
            "fördela till andra verksamheter. Förvaltningen föreslår därför att nämnderna analyserar sina "
            "avvikelser inför budget 2027.",
            O("Äldreomsorg", note=NOT_BUDGET),
        ),
    ]
    return ReportSpec(
        file="vimmerby-ks-kostnads-och-nyckeltalsanalys-2024.pdf",
        report={
            "municipality": "Vimmerby",
            "committee": ["Kommunstyrelsen"],
            "period": ["2024", "2025-10"],
            "report_type": "nyckeltalsanalys",
        },
        metadata={"title": "Kostnads- och nyckeltalsanalys 2024", "author": "Vimmerby kommun"},
        style=style,
        blocks=blocks,
    )
