"""Danderyds kommun, Utbildningsnämnden, månadsrapport oktober 2025.

An education committee's month report in mnkr with hyphen-minus signs, footer with the nämnd's meeting
date in November and a diarienummer: the period "3,8 mnkr lägre än periodiserad budget" (positive) and the
full year's "underskott på 2,6 mnkr" in two sentences, the period surplus's timing reason in a paragraph of
its own (amount null), the change since September with its cause; a verksamhet table; headings that carry
the area and amount with a hyphen-minus ("Grundskola -4,4 mnkr") over short paragraphs without the amount,
one with a part ("en ofördelad buffert om 1,2 mnkr") of its "+1,9 mnkr"; an action with its effect and a
risk (other). Liberation Sans 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import HP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=9.5,
        leading=1.4,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(64.0, 80.0, 64.0, 74.0),
        header=lambda n, m: ("Danderyds kommun | Utbildningsförvaltningen", "Månadsrapport oktober 2025"),
        footer=lambda n, m: ("Utbildningsnämnden 2025-11-19", "Dnr UN 2025/0412", f"{n} ({m})"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Driftredovisning per verksamhet, mnkr",
        header=(("Verksamhet", "Budget 2025", "Utfall jan-okt", "Prognos 2025", "Avvikelse"),),
        rows=(
            ("Förskola", "212,5", "176,1", "210,8", "1,7"),
            ("Grundskola", "498,3", "416,9", "502,7", "-4,4"),
            ("Gymnasieskola", "176,0", "148,2", "177,9", "-1,9"),
            ("Fritidshem", "64,2", "52,0", "63,4", "0,8"),
            ("Skolskjuts", "9,8", "8,6", "10,5", "-0,7"),
            ("Nämnd och förvaltning", "38,7", "30,9", "36,8", "1,9"),
            ("Summa", "999,5", "832,7", "1 002,1", "-2,6"),
        ),
        widths=(140.0, 70.0, 72.0, 70.0, 64.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Månadsrapport oktober 2025", size=18, font="arial-bold", after=2),
        Title("Utbildningsnämnden", size=12, font="arial", after=12),
        H("Sammanfattning", 2),
        PS(
            (
                "Utbildningsnämndens ackumulerade utfall till och med oktober är 3,8 mnkr lägre än periodiserad "
                "budget.",
                C(None, "3,8 mnkr", "+", note="The period's net cost under the periodised budget: positive."),
            ),
            (
                "För helåret prognostiseras däremot ett underskott på 2,6 mnkr, vilket motsvarar 0,3 procent av "
                "nämndens budgetram.",
                C(
                    None,
                    "2,6 mnkr",
                    "-",
                    note="The full year in a sentence of its own; the percentage is not the amount.",
                ),
            ),
        ),
        P(
            "Periodens överskott förklaras främst av att ersättningen till fristående skolor för höstterminen "
            "betalas ut i efterskott.",
            C(
                None,
                None,
                "+",
                "periodisering",
                note="The period surplus's reason in a paragraph of its own: null.",
            ),
        ),
        P(
            "Prognosen har försämrats med 1,1 mnkr sedan september, främst på grund av fler beviljade tilläggsbelopp "
            "för elever i behov av särskilt stöd.",
            F(None, "1,1 mnkr", "-", "volymer"),
        ),
        table,
        H("Verksamheternas avvikelser", 2),
        HP(
            "Grundskola -4,4 mnkr",
            "Fler elever än budgeterat har valt grundskolor i Täby och Stockholm, och den interkommunala ersättningen "
            "blir därmed högre än planerat. Till detta kommer ökade kostnader för tilläggsbelopp.",
            C(
                "Grundskola",
                "-4,4 mnkr",
                "-",
                "kopt_verksamhet",
                "volymer",
                note="The heading carries the area and amount with a hyphen-minus.",
            ),
        ),
        HP(
            "Gymnasieskola -1,9 mnkr",
            "Gymnasieskolans underskott har sin grund i att fler elever än beräknat går på dyrare program hos andra "
            "huvudmän, främst naturbruk och estetiska program.",
            C("Gymnasieskola", "-1,9 mnkr", "-", "kopt_verksamhet", "volymer"),
        ),
        HP(
            "Förskola +1,7 mnkr",
            "Barnantalet i förskolan är lägre än i budget, framför allt i Djursholm, och två avdelningar på förskolan "
            "Solbacken har stängts under hösten.",
            C("Förskola", "+1,7 mnkr", "+", "volymer", "omstallning"),
        ),
        HP(
            "Fritidshem +0,8 mnkr",
            "Vakanta tjänster som fritidspedagog har inte kunnat tillsättas efter terminsstarten.",
            C("Fritidshem", "+0,8 mnkr", "+", "vakanser"),
        ),
        HP(
            "Skolskjuts -0,7 mnkr",
            "Skolskjutsen kostar mer än budgeterat sedan en ny upphandling av taxiresor gav ett högre pris per resa.",
            C("Skolskjuts", "-0,7 mnkr", "-", "prisokningar"),
        ),
        HP(
            "Nämnd och förvaltning +1,9 mnkr",
            "Överskottet förklaras av en ofördelad buffert om 1,2 mnkr och lägre kostnader för licenser än beräknat.",
            C(
                "Nämnd och förvaltning",
                "+1,9 mnkr",
                "+",
                "reserver",
                "it_digitalisering",
                note="The buffer's 1,2 mnkr is a part: the heading's amount is the item's.",
            ),
        ),
        H("Åtgärder", 2),
        P(
            "Förvaltningen ser över rutinerna för beslut om tilläggsbelopp och har infört anställningsprövning i "
            "skolornas administration, vilket beräknas minska kostnaderna med 0,5 mnkr under resten av året.",
            A(None, "0,5 mnkr", "bemanning"),
        ),
        H("Risker", 2),
        P(
            "Det finns en risk att antalet nyanlända elever ökar under november och december, vilket skulle påverka "
            "grundskolans prognos negativt.",
            O("Grundskola", "volymer", note="A risk: other."),
        ),
    ]
    return ReportSpec(
        file="danderyd-un-manadsrapport-2025-10.pdf",
        report={
            "municipality": "Danderyd",
            "committee": ["Utbildningsnämnden"],
            "period": ["2025-10"],
            "report_type": "månadsrapport",
        },
        metadata={"title": "Månadsrapport oktober 2025 Utbildningsnämnden", "author": "Danderyds kommun"},
        style=style,
        blocks=blocks,
    )
