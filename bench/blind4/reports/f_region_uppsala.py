"""Region Uppsala, Trafik- och samhällsutvecklingsnämnden, tertialrapport 2 2025 (januari–augusti).

A regional public-transport and regional-development committee's tertial report: a summary narrative
(not labelled), the period result with a negative budget in brackets ("−18,2 mnkr (budget −8,0
mnkr)"), the full-year result against a budgeted deficit ("−41,0 mnkr mot budgeterade −12,0 mnkr"),
the change since tertial 1 with tertial 1's figure in brackets (three items in one paragraph), a table
per kostnadsslag in mnkr with "+ = bättre än budget" stated and the regionbidrag; then two columns to
the end: ticket revenue under budget, a "respektive" sentence for bus and train traffic with the unit
only on the second amount ("21 respektive 7 mnkr") and a second sentence with the causes (two items,
the whole paragraph each), capital costs lowered by delayed electric buses, regional development under
a heading with its amount (timing of grants and EU projects), a network review with its effect (action)
that runs from the first column to the second, ridership and customer satisfaction against last year
and the goal in a narrow table and text (not labelled), the investment forecast against its budget
("205 mnkr, att jämföra med en budget på 310 mnkr") running over the page break, and a procurement
risk (other). Liberation Sans (Arial) 9 pt, a header with a rule under it, a footer "Sida n".

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Columns, H, P, ReportSpec, Style, Table, Title

from reports.common import HP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=9.0,
        leading=1.42,
        para_gap=6.0,
        heading_sizes=(13.0, 10.5, 9.5),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(58.0, 72.0, 58.0, 70.0),
        gutter=20.0,
        header=lambda n, m: ("Region Uppsala", "Tertialrapport 2 2025"),
        footer=lambda n, m: ("Trafik- och samhällsutvecklingsnämnden", "", f"Sida {n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    costs = Table(
        caption="Tabell 1. Helårsprognos per kostnadsslag, mnkr (+ = bättre än budget)",
        header=(("", "Budget 2025", "Prognos 2025", "Avvikelse"),),
        rows=(
            ("Biljettintäkter", "1 020", "986", "−34"),
            ("Trafikkostnader busstrafik", "−2 310", "−2 331", "−21"),
            ("Tågtrafik", "−412", "−419", "−7"),
            ("Särskild kollektivtrafik", "−356", "−344", "12"),
            ("Regional utveckling", "−148", "−141", "7"),
            ("Kapitalkostnader", "−260", "−246", "14"),
            ("Regionbidrag", "2 454", "2 454", "0"),
            ("Resultat", "−12", "−41", "−29"),
        ),
        widths=(200.0, 80.0, 80.0, 70.0),
        bold_rows=frozenset({7}),
        rules=True,
        size=8.5,
    )
    travel = Table(
        caption="Tabell 2. Resande och kundnöjdhet, januari–augusti",
        header=(("", "2025", "2024", "Mål 2025"),),
        rows=(
            ("Resor, miljoner", "31,4", "30,2", "32,0"),
            ("Nöjda resenärer, %", "74", "72", "76"),
            ("Förnybart bränsle, %", "98", "97", "100"),
            ("Färdtjänstresor, tusental", "412", "428", "–"),
        ),
        widths=(110.0, 36.0, 36.0, 44.0),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Tertialrapport 2 2025", size=19, font="arial-bold"),
        Title("Trafik- och samhällsutvecklingsnämnden, januari–augusti", size=11.5, font="arial", after=12),
        H("Sammanfattning", 1),
        P(
            "Resandet i kollektivtrafiken har fortsatt att öka under året men i långsammare takt än vad budgeten "
            "förutsatte. Banarbetet på Upptågets sträckning norr om Uppsala har pågått sedan april och har påverkat "
            "både resandet och kostnaderna. Inom regional utveckling har arbetet med den nya regionala "
            "utvecklingsstrategin gått in i en remissfas, och ett nytt program för företagsfrämjande insatser har "
            "beslutats."
        ),
        H("1. Ekonomiskt resultat", 1),
        PS(
            (
                "Nämndens resultat för perioden januari–augusti är −18,2 mnkr (budget −8,0 mnkr).",
                C(
                    None,
                    "−18,2 mnkr (budget −8,0 mnkr)",
                    "-",
                    value=10_200_000,
                    note="Period result; the bracket is the periodised budget (10,2 mnkr worse).",
                ),
            ),
            (
                "Helårsprognosen är ett resultat på −41,0 mnkr mot budgeterade −12,0 mnkr.",
                C(
                    None,
                    "−41,0 mnkr mot budgeterade −12,0 mnkr",
                    "-",
                    value=29_000_000,
                    note="Result against a budgeted deficit: 29 mnkr (table −29).",
                ),
            ),
            (
                "Prognosen har försämrats med 7,5 mnkr sedan tertial 1 (−33,5 mnkr), främst därför att resandet "
                "under sommaren blev lägre än väntat.",
                F(
                    None,
                    "7,5 mnkr",
                    "-",
                    "volymer",
                    "avgifter_intakter",
                    note="The bracket is tertial 1's forecast.",
                ),
            ),
        ),
        costs,
        Columns(2),
        H("2. Kollektivtrafik", 1),
        P(
            "Biljettintäkterna beräknas bli 34 mnkr lägre än budgeterat. Resandet har återhämtat sig långsammare än "
            "väntat, och andelen resenärer som köper de billigare periodbiljetterna har ökat.",
            C("Biljettintäkter", "34 mnkr", "-", "avgifter_intakter", "volymer"),
        ),
        P(
            "Busstrafiken och tågtrafiken överskrider budget med 21 respektive 7 mnkr. Trafikavtalen räknas upp med "
            "ett kostnadsindex som har ökat mer än budgeterat, och för tågtrafiken tillkommer ersättningsbussar "
            "under banarbetet mellan Uppsala och Sala.",
            C(
                "Trafikkostnader busstrafik",
                "21",
                "-",
                "prisokningar",
                unit="mnkr",
                note="'Respektive': two areas, two amounts ('21' takes its unit from '7 mnkr'); the causes "
                "come in the next sentence.",
                also=(C("Tågtrafik", "7 mnkr", "-", "prisokningar", "ovrigt", note="Track works: ovrigt."),),
            ),
        ),
        P(
            "Kapitalkostnaderna blir 14 mnkr lägre än budgeterat. Leveransen av 60 nya elbussar har försenats till "
            "våren 2026, och avskrivningarna startar först då.",
            C(
                "Kapitalkostnader",
                "14 mnkr",
                "+",
                "periodisering",
                "material_hjalpmedel",
                note="Delayed vehicles: timing, fordon.",
            ),
        ),
        HP(
            "Regional utveckling +7 mnkr",
            "Utbetalningarna av regionala projektmedel och kulturstöd sker till största delen under hösten. Två "
            "EU-finansierade projekt har dessutom fått förlängd projekttid, vilket flyttar regionens "
            "medfinansiering till 2026.",
            C("Regional utveckling", "+7 mnkr", "+", "periodisering"),
            level=2,
        ),
        H("3. Åtgärder", 1),
        P(
            "Nämnden har gett förvaltningen i uppdrag att se över linjenätet inför tidtabellsskiftet i december. En "
            "minskning av turtätheten på de linjer som har lägst resande beräknas ge 9 mnkr i lägre kostnader på "
            "helår.",
            A("Trafikkostnader busstrafik", "9 mnkr", "volymer"),
        ),
        H("4. Resande och måluppfyllelse", 1),
        travel,
        P(
            "Antalet resor ökade med 4 procent jämfört med samma period 2024 men når inte målet för året. "
            "Kundnöjdheten har förbättrats på stadstrafiken i Uppsala, medan nöjdheten med tågtrafiken har "
            "minskat under banarbetet. Färdtjänstresorna har minskat med 4 procent, vilket delvis förklaras av "
            "att fler resenärer med färdtjänsttillstånd nu reser med den allmänna kollektivtrafiken. Andelen resor "
            "med förnybart bränsle ligger kvar på 98 procent."
        ),
        H("5. Investeringar", 1),
        P(
            "Investeringsutgifterna till och med augusti uppgår till 86 mnkr. Helårsprognosen för investeringarna "
            "är 205 mnkr, att jämföra med en budget på 310 mnkr. Förseningen av elbussarna står för huvuddelen av "
            "avvikelsen.",
            C(
                "Investeringar",
                "205 mnkr, att jämföra med en budget på 310 mnkr",
                "+",
                "periodisering",
                "material_hjalpmedel",
                value=105_000_000,
                note="Investment forecast under budget by 105 mnkr (not written out).",
            ),
        ),
        H("6. Risker", 1),
        P(
            "Upphandlingen av busstrafiken i Enköpings och Håbo kommuner pågår. Anbuden öppnas i november, och "
            "prisnivån i de nya avtalen kan påverka nämndens kostnader kraftigt från 2027.",
            O("Trafikkostnader busstrafik", "prisokningar", note="Risk."),
        ),
    ]
    return ReportSpec(
        file="region-uppsala-tsn-tertialrapport-2025-08.pdf",
        report={
            "municipality": "Region Uppsala",
            "committee": ["Trafik- och samhällsutvecklingsnämnden"],
            "period": ["2025-08"],
            "report_type": "tertialrapport",
        },
        metadata={
            "title": "Tertialrapport 2 2025 Trafik- och samhällsutvecklingsnämnden",
            "author": "Region Uppsala",
        },
        style=style,
        blocks=blocks,
    )
