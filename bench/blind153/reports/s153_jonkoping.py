"""Jönköpings kommun, Barn- och utbildningsnämnden, månadsrapport februari 2026.

A school and preschool committee's month report whose result table is pasted as an image (every amount lives
in the prose), header with the report date in March: the full year "−18,5 mnkr (−16,0 i januari)" (last
month's figure in brackets), the period "3,9 mnkr högre än den periodiserade budgeten" (negative) and the change
since January with its cause in three sentences; bold run-in areas with a colon: "Sammantaget blir det ett
underskott om 13,4 mnkr" after the reasons, "beräknas göra ett överskott på 4,1 mnkr", a reason-only deficit
whose amount lives only in the image (null), "överskrider budget med tre miljoner kronor" (in words), "ger ett
negativt utfall mot budget på 5,6 mnkr", "Överskottet, 0,2 mnkr, förklaras av", "Kostnaderna följer budget"
(boilerplate); an action with its effect in a second sentence, a grant not yet decided and preschool numbers
against last year with "beror på" (others). DejaVu Sans 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, LP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.45,
        para_gap=7.0,
        heading_sizes=(15.0, 11.5, 10.0),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(70.0, 82.0, 70.0, 74.0),
        header=lambda n, m: ("Jönköpings kommun – Utbildningsförvaltningen", "2026-03-12"),
        footer=lambda n, m: ("Barn- och utbildningsnämnden", "Månadsrapport februari 2026", f"{n}/{m}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Prognos per verksamhet, mnkr",
        header=(("Verksamhet", "Budget", "Prognos", "Avvikelse"),),
        rows=(
            ("Grundskola", "1 642,0", "1 655,4", "−13,4"),
            ("Förskola", "986,5", "982,4", "4,1"),
            ("Fritidshem", "212,3", "213,1", "−0,8"),
            ("Skolskjuts", "58,0", "61,0", "−3,0"),
            ("Fristående verksamhet", "702,8", "708,4", "−5,6"),
            ("Måltider", "131,6", "131,6", "0,0"),
            ("Central administration", "96,4", "96,2", "0,2"),
            ("Summa", "3 829,6", "3 848,1", "−18,5"),
        ),
        widths=(150.0, 80.0, 80.0, 80.0),
        bold_rows=frozenset({7}),
        rules=True,
        size=9.0,
        as_image=True,
    )
    blocks = [
        Title("Månadsrapport februari 2026", size=18, font="sans-bold", after=2),
        Title("Barn- och utbildningsnämnden", size=12, font="sans", after=12),
        H("Ekonomiskt läge", 2),
        PS(
            (
                "Barn- och utbildningsnämndens helårsprognos efter februari är −18,5 mnkr (−16,0 i januari).",
                C(None, "−18,5 mnkr", "-", note="Last month's figure in brackets is not the amount."),
            ),
            (
                "Utfallet för januari–februari är 3,9 mnkr högre än den periodiserade budgeten.",
                C(None, "3,9 mnkr", "-", note="A net cost above the periodised budget: negative."),
            ),
            (
                "Försämringen med 2,5 mnkr sedan januari beror på ett nytt avtal för modersmålsundervisning.",
                F(None, "2,5 mnkr", "-", "prisokningar"),
            ),
        ),
        table,
        H("Verksamheterna", 2),
        LP(
            "Grundskola:",
            "Elevantalet är 240 fler än i budgeten, och tilläggsbeloppen för elever med omfattande behov ökar. "
            "Sammantaget blir det ett underskott om 13,4 mnkr.",
            C("Grundskola", "13,4 mnkr", "-", "volymer", note="The amount after the reasons."),
        ),
        LP(
            "Förskola:",
            "Förskolan beräknas göra ett överskott på 4,1 mnkr då barnkullarna är mindre och två avdelningar har "
            "stängts.",
            C("Förskola", "4,1 mnkr", "+", "volymer", "omstallning"),
        ),
        LP(
            "Fritidshem:",
            "Avgiftsintäkterna blir lägre än budgeterat eftersom fler vårdnadshavare har låga inkomster.",
            C(
                "Fritidshem",
                None,
                "-",
                "avgifter_intakter",
                note="A reason only, and the table is an image: amount null.",
            ),
        ),
        LP(
            "Skolskjuts:",
            "Det nya skolskjutsavtalet som började gälla i januari gör att kostnaderna överskrider budget med tre "
            "miljoner kronor.",
            C("Skolskjuts", "tre miljoner kronor", "-", "prisokningar", value=3_000_000),
        ),
        LP(
            "Fristående verksamhet:",
            "Fler barn och elever väljer fristående förskolor och skolor, vilket ger ett negativt utfall mot budget "
            "på 5,6 mnkr.",
            C("Fristående verksamhet", "5,6 mnkr", "-", "kopt_verksamhet", "volymer"),
        ),
        LP("Måltider:", "Kostnaderna följer budget.", BP("Måltider")),
        LP(
            "Central administration:",
            "Överskottet, 0,2 mnkr, förklaras av ej tillsatta tjänster på förvaltningskontoret.",
            C("Central administration", "0,2 mnkr", "+", "vakanser"),
        ),
        H("Åtgärder", 2),
        P(
            "Förvaltningen har infört anställningsstopp för administrativa tjänster. Effekten beräknas till 2 mnkr på "
            "helår.",
            A(None, "2 mnkr", "vakanser"),
        ),
        H("Osäkerheter och nyckeltal", 2),
        P(
            "Statsbidraget för likvärdig skola är ännu inte beslutat för 2026 och ingår i prognosen med samma belopp "
            "som 2025.",
            O(None, "statsbidrag", note="An uncertainty: other."),
        ),
        P(
            "Antalet barn i förskolan är 180 färre än i februari 2025, vilket beror på lägre födelsetal.",
            O("Förskola", "volymer", note="Numbers against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="jonkoping-bun-manadsrapport-2026-02.pdf",
        report={
            "municipality": "Jönköping",
            "committee": ["Barn- och utbildningsnämnden"],
            "period": ["2026-02"],
            "report_type": "månadsrapport",
        },
        metadata={"title": "Månadsrapport februari 2026", "author": "Jönköpings kommun"},
        style=style,
        blocks=blocks,
    )
