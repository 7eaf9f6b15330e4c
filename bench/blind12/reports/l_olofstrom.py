"""Olofströms kommun, Arbetsmarknads- och integrationsnämnden, månadsrapport maj 2026.

A labour-market and integration committee's month report in mnkr, footer with the nämnd's meeting date in
June: the period "1,3 mnkr sämre än periodiserad budget" and, in the next sentence, the full year "−2,6 mnkr
(−2,1 mnkr i april)" (two causes; April's figure in brackets is not the amount), the change since April with
its cause; a verksamhet table with April's deviation; bold run-in verksamheter without punctuation in the
lead: ekonomiskt bistånd whose monthly payment levels ("2,87 mnkr per månad mot budgeterade 2,63") come before
the deviation at the end of the paragraph, a reason-only arbetsmarknadsenhet (the table row's "−0,7"),
integration "Ett överskott på 0,6 mnkr väntas", vuxenutbildning whose forecast "har förbättrats till +0,4 mnkr
(+0,1)" (the deviation, not the change) and administration that "följer budget" (boilerplate); personnel costs
"3 procent under budget för perioden" (a percentage, no table row: null); an action with its full-year
effect, and unemployment and notices as context and risk (other). DejaVu Sans Condensed 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, LP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="cond",
        bold="cond-bold",
        italic="sans-italic",
        size=10.0,
        leading=1.4,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(64.0, 80.0, 64.0, 72.0),
        header=lambda n, m: ("Olofströms kommun", "Arbetsmarknads- och integrationsnämnden"),
        footer=lambda n, m: ("Månadsrapport maj 2026", "Nämndens sammanträde 2026-06-16", f"{n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Prognos per verksamhet 2026, mnkr",
        header=(("Verksamhet", "Budget helår", "Prognos helår", "Avvikelse", "Avvikelse april"),),
        rows=(
            ("Ekonomiskt bistånd", "31,5", "34,4", "−2,9", "−2,6"),
            ("Arbetsmarknadsenheten", "18,2", "18,9", "−0,7", "−0,2"),
            ("Integration och etablering", "6,4", "5,8", "0,6", "0,6"),
            ("Vuxenutbildning och SFI", "22,9", "22,5", "0,4", "0,1"),
            ("Ledning och administration", "4,8", "4,8", "0,0", "0,0"),
            ("Summa", "83,8", "86,4", "−2,6", "−2,1"),
        ),
        widths=(150.0, 70.0, 74.0, 64.0, 80.0),
        bold_rows=frozenset({5}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Månadsrapport maj 2026", size=20, font="sans-bold", after=2),
        Title("Arbetsmarknads- och integrationsnämnden", size=12, font="cond", after=12),
        H("Resultat och prognos", 2),
        PS(
            (
                "Efter maj redovisar nämnden ett utfall som är 1,3 mnkr sämre än periodiserad budget.",
                C(
                    None,
                    "1,3 mnkr",
                    "-",
                    note="The period against the periodised budget in a sentence of its own.",
                ),
            ),
            (
                "Helårsprognosen är −2,6 mnkr (−2,1 mnkr i april).",
                C(
                    None,
                    "−2,6 mnkr",
                    "-",
                    note="The full year; April's figure in brackets is not the amount.",
                ),
            ),
        ),
        P(
            "Försämringen med 0,5 mnkr sedan april förklaras av att allt fler hushåll söker försörjningsstöd och "
            "av lägre ersättning från Arbetsförmedlingen för personer i anställning med stöd.",
            F(None, "0,5 mnkr", "-", "ekonomiskt_bistand", "volymer", "statsbidrag"),
        ),
        table,
        H("Kommentarer", 2),
        LP(
            "Ekonomiskt bistånd",
            "Utbetalningarna har hittills i år i genomsnitt uppgått till 2,87 mnkr per månad mot budgeterade 2,63 "
            "mnkr. Ökningen hänger samman med vinterns varsel inom fordonsindustrin, där flera hushåll har "
            "förbrukat sin a-kassa och nu söker försörjningsstöd. Budgeten beräknas överskridas med 2,9 mnkr.",
            C(
                "Ekonomiskt bistånd",
                "2,9 mnkr",
                "-",
                "ekonomiskt_bistand",
                "volymer",
                note="Monthly payment levels come first; the deviation is in the last sentence.",
            ),
        ),
        LP(
            "Arbetsmarknadsenheten",
            "Färre deltagare i anställning med stöd ger lägre ersättning från Arbetsförmedlingen än budgeterat, "
            "medan kostnaderna för handledare ligger kvar.",
            C(
                "Arbetsmarknadsenheten",
                "−0,7",
                "-",
                "statsbidrag",
                "volymer",
                unit="mnkr",
                table=True,
                note="Reasons only: the table row's deviation. Compensation from Arbetsförmedlingen is statsbidrag.",
            ),
        ),
        LP(
            "Integration och etablering",
            "Ett överskott på 0,6 mnkr väntas, eftersom schablonersättningen från Migrationsverket för nyanlända "
            "som togs emot under 2025 blev högre än beräknat.",
            C("Integration och etablering", "0,6 mnkr", "+", "statsbidrag"),
        ),
        LP(
            "Vuxenutbildning och SFI",
            "Prognosen har förbättrats till +0,4 mnkr (+0,1). Statsbidraget för regionalt yrkesvux beviljades med "
            "ett högre belopp än vad nämnden hade budgeterat.",
            C(
                "Vuxenutbildning och SFI",
                "+0,4 mnkr",
                "+",
                "statsbidrag",
                note="'Förbättrats till' gives the deviation, not the change; April's figure in brackets.",
            ),
        ),
        LP("Ledning och administration", "Verksamheten följer budget.", BP("Ledning och administration")),
        H("Personal", 2),
        P(
            "Personalkostnaderna ligger 3 procent under budget för perioden, eftersom två handläggartjänster på "
            "försörjningsstödsenheten har varit vakanta sedan februari.",
            C(
                "Personalkostnader",
                None,
                "+",
                "vakanser",
                note="A percentage only and no table row for personnel costs: amount null.",
            ),
        ),
        H("Åtgärder", 2),
        P(
            "Sedan april driver försörjningsstödsenheten ett jobbspår tillsammans med arbetsmarknadsenheten, där "
            "alla nya sökande som står nära arbetsmarknaden erbjuds en insats inom två veckor. Målet är att 20 "
            "hushåll ska bli självförsörjande före årsskiftet, vilket motsvarar cirka 1,0 mnkr i minskade "
            "utbetalningar på helårsbasis.",
            A("Ekonomiskt bistånd", "cirka 1,0 mnkr", "ekonomiskt_bistand"),
        ),
        H("Omvärld och risker", 2),
        P(
            "Arbetslösheten i Olofström var 11,4 procent i maj, 1,8 procentenheter högre än ett år tidigare. "
            "Ytterligare varsel har aviserats till hösten, vilket innebär en risk för ökade kostnader för "
            "ekonomiskt bistånd.",
            O(None, note="Unemployment against last year and a risk: other."),
        ),
    ]
    return ReportSpec(
        file="olofstrom-ain-manadsrapport-2026-05.pdf",
        report={
            "municipality": "Olofström",
            "committee": ["Arbetsmarknads- och integrationsnämnden"],
            "period": ["2026-05"],
            "report_type": "månadsrapport",
        },
        metadata={
            "title": "Månadsrapport maj 2026 Arbetsmarknads- och integrationsnämnden",
            "author": "Olofströms kommun",
        },
        style=style,
        blocks=blocks,
    )
