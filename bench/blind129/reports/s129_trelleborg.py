"""Trelleborgs kommun, Arbetsmarknadsnämnden, delårsrapport augusti 2025.

A labour-market and social-assistance committee's interim report in Arial Narrow (Liberation Sans Narrow) 10.5
pt, footer with the nämnd's date in September: the period "2,9 mnkr över periodens budget" and the full
year's "underskott om 5,1 mnkr" in one sentence (the full year's is the amount), a verksamhet table in tkr
with en-dash minus signs, own staff and bought education places in one sentence ("1,9 mnkr lägre" …
"kostar 1,1 mnkr mer"), then headings with the amount after a colon ("Ekonomiskt bistånd: −6,2 mnkr") with a
household count that is not the amount, "i stort sett följa budget" (boilerplate), the change since the
tertial report with its cause, an action whose effect is "en miljon kronor" in words and households against
2024 with "beror på" (other).

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import BP, HP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="narrow",
        bold="narrow-bold",
        italic="arial-italic",
        size=10.5,
        leading=1.38,
        para_gap=6.5,
        heading_sizes=(16.0, 12.5, 11.0),
        heading_fonts=("narrow-bold", "narrow-bold", "narrow-bold"),
        margins=(66.0, 78.0, 66.0, 74.0),
        header=lambda n, m: ("Trelleborgs kommun", "Arbetsmarknadsförvaltningen"),
        footer=lambda n, m: ("Arbetsmarknadsnämnden 2025-09-30", "", f"Sida {n}"),
        header_size=8.0,
        rule_under_header=False,
    )
    table = Table(
        caption="Driftredovisning per verksamhet, tkr",
        header=(("Verksamhet", "Budget 2025", "Prognos 2025", "Avvikelse"),),
        rows=(
            ("Nämnd och förvaltningsledning", "6 800", "6 700", "100"),
            ("Ekonomiskt bistånd", "88 000", "94 200", "–6 200"),
            ("Arbetsmarknadsenheten", "31 400", "30 100", "1 300"),
            ("Vuxenutbildning", "42 600", "42 900", "–300"),
            ("Integration och etablering", "9 900", "9 100", "800"),
            ("Feriearbete", "3 200", "4 000", "–800"),
            ("Summa", "181 900", "187 000", "–5 100"),
        ),
        widths=(160.0, 80.0, 80.0, 80.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Delårsrapport augusti 2025", size=20, font="narrow-bold", after=2),
        Title("Arbetsmarknadsnämnden", size=13, font="narrow", after=14),
        H("Ekonomi", 2),
        P(
            "Nämndens utfall per augusti ligger 2,9 mnkr över periodens budget och helårsprognosen innebär ett "
            "underskott om 5,1 mnkr.",
            C(
                None,
                "5,1 mnkr",
                "-",
                note="The period's and the full year's deviation in one sentence: the full year's is the amount.",
            ),
        ),
        P(
            "Personalkostnaderna blir 1,9 mnkr lägre än budget på grund av vakanta tjänster, medan köpta "
            "utbildningsplatser inom vuxenutbildningen kostar 1,1 mnkr mer än beräknat.",
            C(
                "Personalkostnader",
                "1,9 mnkr",
                "+",
                "vakanser",
                also=(C("Köpta utbildningsplatser", "1,1 mnkr", "-", "kopt_verksamhet"),),
            ),
        ),
        table,
        H("Verksamheterna", 2),
        HP(
            "Ekonomiskt bistånd: −6,2 mnkr",
            "Kostnaderna för försörjningsstöd fortsätter att öka. I genomsnitt har 1 142 hushåll per månad fått "
            "ekonomiskt bistånd, 96 fler än budgeterat, och fler hushåll har ett långvarigt behov sedan "
            "etableringsersättningen upphört.",
            C(
                "Ekonomiskt bistånd",
                "−6,2 mnkr",
                "-",
                "ekonomiskt_bistand",
                "volymer",
                note="Heading with the amount after a colon, a household count that is not the amount.",
            ),
        ),
        HP(
            "Arbetsmarknadsenheten: +1,3 mnkr",
            "Enheten har fått större ersättningar än beräknat från Arbetsförmedlingen för anställningar med "
            "lönestöd.",
            C("Arbetsmarknadsenheten", "+1,3 mnkr", "+", "statsbidrag"),
        ),
        HP(
            "Vuxenutbildning: −0,3 mnkr",
            "Underskottet beror på att statsbidraget för regional yrkesvux blev lägre än ansökt.",
            C("Vuxenutbildning", "−0,3 mnkr", "-", "statsbidrag"),
        ),
        HP(
            "Integration och etablering: +0,8 mnkr",
            "Färre nyanlända har tagits emot än planerat.",
            C("Integration och etablering", "+0,8 mnkr", "+", "volymer"),
        ),
        HP(
            "Feriearbete: −0,8 mnkr",
            "Nämnden erbjöd sommarjobb till fler ungdomar än budgeterat, sammanlagt 412 platser.",
            C("Feriearbete", "−0,8 mnkr", "-", "volymer"),
        ),
        P(
            "Nämnd och förvaltningsledning bedöms i stort sett följa budget.",
            BP("Nämnd och förvaltningsledning", note="Beside a row of 100: boilerplate."),
        ),
        H("Förändring sedan tertialrapporten", 2),
        P(
            "Prognosen har förbättrats med 1,4 mnkr sedan tertialrapporten, vilket förklaras av ersättningarna "
            "från Arbetsförmedlingen.",
            F(None, "1,4 mnkr", "+", "statsbidrag"),
        ),
        H("Åtgärder", 2),
        P(
            "För att dämpa kostnaderna för ekonomiskt bistånd har förvaltningen förstärkt samarbetet mellan "
            "försörjningsstödet och arbetsmarknadsenheten, så att fler hushåll snabbare når egen försörjning. "
            "Effekten bedöms till en miljon kronor under hösten.",
            A("Ekonomiskt bistånd", "en miljon kronor", "ekonomiskt_bistand", value=1e6),
        ),
        H("Omvärld", 2),
        P(
            "Antalet hushåll med ekonomiskt bistånd är 8 procent högre än i augusti 2024, vilket beror på den "
            "svaga arbetsmarknaden i regionen.",
            O(
                "Ekonomiskt bistånd",
                "ekonomiskt_bistand",
                "volymer",
                note="Households against last year: other.",
            ),
        ),
    ]
    return ReportSpec(
        file="trelleborg-amn-delarsrapport-2025-08.pdf",
        report={
            "municipality": "Trelleborg",
            "committee": ["Arbetsmarknadsnämnden"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={
            "title": "Delårsrapport augusti 2025 Arbetsmarknadsnämnden",
            "author": "Trelleborgs kommun",
        },
        style=style,
        blocks=blocks,
    )
