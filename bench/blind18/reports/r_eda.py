"""Eda kommun, Vård- och omsorgsnämnden, månadsrapport oktober 2025.

An elderly-care committee's month report, DejaVu Sans Condensed 9.5 pt, footer with the nämnd's meeting in
November: the full year "ett underskott på 5,2 mnkr (−4,6 mnkr i september)" and the change since last month
"0,6 mnkr" with its cause, in separate sentences; a kostnadsslag table whose deviation is "prognos minus
budget" for revenue and costs alike, so "+" is bad for a cost and "−" bad for revenue (the note says so);
plain headings per kostnadsslag: revenue "1,3 mnkr lägre än budgeterat", personnel costs "överskrida budget
med 4,3 mnkr (3,9)" with a part ("Omkring 1,5 mnkr av överskridandet avser övertid") inside, bought places
with a reason only (the row's "+900", negative), premises that "följer budget" (boilerplate), and other costs
"ger ett plus på 1,3 mnkr" (positive, shown as −1 300 in the table); then bullets per verksamhet with the
amount before a colon or a comma, a "varav" part, "+0,5 mnkr då" and "ingen avvikelse" (boilerplate), so the
deficit is explained twice; two actions and sick leave against last year (other). 8 scored causes.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Bullets, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="cond",
        bold="cond-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.4,
        para_gap=6.0,
        heading_sizes=(15.0, 12.0, 10.0),
        heading_fonts=("cond-bold", "cond-bold", "cond-bold"),
        margins=(64.0, 78.0, 64.0, 72.0),
        header=lambda n, m: ("Eda kommun", "Månadsrapport oktober 2025"),
        footer=lambda n, m: ("Vård- och omsorgsnämnden 2025-11-20", "", f"{n}/{m}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Helårsprognos per kostnadsslag 2025, tkr",
        header=(("Kostnadsslag", "Budget", "Prognos", "Avvikelse"),),
        rows=(
            ("Intäkter", "38 200", "36 900", "−1 300"),
            ("Personalkostnader", "214 500", "218 800", "+4 300"),
            ("Köp av verksamhet", "12 100", "13 000", "+900"),
            ("Lokalkostnader", "19 400", "19 400", "0"),
            ("Övriga kostnader", "26 800", "25 500", "−1 300"),
            ("Nettokostnad", "234 600", "239 800", "+5 200"),
        ),
        widths=(150.0, 76.0, 76.0, 76.0),
        bold_rows=frozenset({5}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Månadsrapport oktober 2025", size=19, font="cond-bold", after=2),
        Title("Vård- och omsorgsnämnden", size=12.5, font="cond", after=12),
        H("Sammanfattning", 2),
        PS(
            (
                "Prognosen för helåret är ett underskott på 5,2 mnkr (−4,6 mnkr i september).",
                C(None, "5,2 mnkr", "-", note="September's figure in brackets is not the amount."),
            ),
            (
                "Försämringen sedan förra månaden, 0,6 mnkr, beror på att två brukare med behov av dubbelbemanning "
                "har flyttat hem från korttidsvistelse till hemtjänst.",
                F(None, "0,6 mnkr", "-", "volymer", "bemanning"),
            ),
        ),
        H("Prognos per kostnadsslag", 2),
        P(
            "Avvikelse = prognos minus budget. Ett positivt tal betyder att kostnaden eller intäkten blir högre än "
            "budgeterat.",
            size=8.5,
        ),
        table,
        H("Intäkter", 3),
        P(
            "Intäkterna blir 1,3 mnkr lägre än budgeterat. Statsbidraget för äldreomsorgslyftet har minskat, och "
            "färre omsorgstagare betalar full avgift sedan förbehållsbeloppet höjdes.",
            C("Intäkter", "1,3 mnkr", "-", "statsbidrag", "avgifter_intakter"),
        ),
        H("Personalkostnader", 3),
        P(
            "Personalkostnaderna beräknas överskrida budget med 4,3 mnkr (3,9). Sjuklönekostnaderna ligger kvar på "
            "samma höga nivå som i fjol, och nattbemanningen på Solgläntan i Åmotfors har utökats efter ett "
            "föreläggande från Arbetsmiljöverket. Omkring 1,5 mnkr av överskridandet avser övertid och mertid under "
            "semesterperioden.",
            C(
                "Personalkostnader",
                "4,3 mnkr",
                "-",
                "sjukfranvaro",
                "bemanning",
                "overtid",
                note="Last month's figure in brackets; the part (1,5 mnkr, overtime) stays inside the item.",
            ),
        ),
        H("Köp av verksamhet", 3),
        P(
            "En brukare med demenssjukdom och utåtagerande beteende har behövt en specialistplats i Arvika, och "
            "kostnaden för köpta platser har därför ökat.",
            C(
                "Köp av verksamhet",
                "+900",
                "-",
                "kopt_verksamhet",
                unit="tkr",
                table=True,
                note="A reason only: the row's cell, '+' meaning a higher cost.",
            ),
        ),
        H("Lokalkostnader", 3),
        P("Lokalkostnaderna följer budget.", BP("Lokalkostnader")),
        H("Övriga kostnader", 3),
        P(
            "Den nya upphandlingen av förbrukningsmaterial och inkontinensskydd ger ett plus på 1,3 mnkr.",
            C(
                "Övriga kostnader",
                "1,3 mnkr",
                "+",
                "material_hjalpmedel",
                "prisokningar",
                note="'Ger ett plus': positive, shown as −1 300 in the table. A cheaper contract is prisokningar.",
            ),
        ),
        H("Verksamheternas prognoser", 2),
        Bullets(
            (
                "Hemtjänst −2,6 mnkr: beviljade timmar har ökat med 11 procent sedan januari, främst i Koppom och "
                "Charlottenberg.",
                "Särskilt boende −3,1 mnkr, varav den utökade nattbemanningen på Solgläntan står för 1,8 mnkr.",
                "Korttidsvård +0,5 mnkr då platserna inte har varit fullbelagda.",
                "Hälso- och sjukvård: ingen avvikelse.",
            ),
            labels=(
                C("Hemtjänst", "−2,6 mnkr", "-", "volymer", note="The percentage is not the amount."),
                C(
                    "Särskilt boende",
                    "−3,1 mnkr",
                    "-",
                    "bemanning",
                    note="A 'varav' part: one item with the total.",
                ),
                C("Korttidsvård", "+0,5 mnkr", "+", "volymer"),
                BP("Hälso- och sjukvård"),
            ),
        ),
        H("Åtgärder", 2),
        PS(
            (
                "Enhetscheferna går varje vecka igenom scheman tillsammans med bemanningsenheten för att minska "
                "övertiden.",
                A(None, None, "overtid", "bemanning"),
            ),
            (
                "Från november får extra personal bara sättas in efter beslut av verksamhetschef, vilket bedöms "
                "minska kostnaderna med 0,4 mnkr i år.",
                A(None, "0,4 mnkr", "bemanning"),
            ),
        ),
        H("Sjukfrånvaro", 2),
        P(
            "Sjukfrånvaron var 9,8 procent i september, jämfört med 10,6 procent i september 2024.",
            O(None, "sjukfranvaro", note="Sick leave against the previous year."),
        ),
    ]
    return ReportSpec(
        file="eda-von-manadsrapport-2025-10.pdf",
        report={
            "municipality": "Eda",
            "committee": ["Vård- och omsorgsnämnden"],
            "period": ["2025-10"],
            "report_type": "månadsrapport",
        },
        metadata={"title": "Månadsrapport oktober 2025 Vård- och omsorgsnämnden", "author": "Eda kommun"},
        style=style,
        blocks=blocks,
    )
