"""Tibro kommun, Socialnämnden, delårsrapport januari–augusti 2025.

A social committee's interim report (disability support, individ- och familjeomsorg, försörjningsstöd) in
Liberation Sans 10 pt, footer with the nämnd's meeting date in September: the period "2,3 mnkr lägre än budget"
(a net cost: positive) and the full year "ett underskott om 3,9 mnkr" as two sentences of one paragraph (two
items); April's forecast level with the worsening's area and no amount (a forecast change, amount null); a
table in tkr with hyphen-minus signs; plain headings with the amount in different places: last in the
paragraph ("beräknas överskrida budget med 4,3 mnkr"), a "respektive" pair with signs ("−1,2 respektive +0,7
mnkr", two items with their own causes), a possessive "IFO:s överskott om 1,6 mnkr", a year-on-year level
(other) before "knappt en miljon kronor" in words, and "följer i stort budget, men överskottet på 0,2 mnkr"
(a cause, not boilerplate); two bulleted actions, one with an effect; investments used in full
(boilerplate); sick leave against last year (other). 8 scored causes.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Bullets, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=10.0,
        leading=1.35,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("bold", "bold", "bold"),
        margins=(64.0, 78.0, 64.0, 74.0),
        header=lambda n, m: ("Tibro kommun", "Delårsrapport 2025 – Socialnämnden"),
        footer=lambda n, m: ("Socialnämnden 2025-09-25", "", f"Sida {n} av {m}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Tabell 2. Helårsprognos per verksamhet (tkr)",
        header=(("Verksamhet", "Budget 2025", "Prognos 2025", "Avvikelse"),),
        rows=(
            ("Personlig assistans", "38 900", "43 200", "-4 300"),
            ("Boende LSS", "41 600", "42 800", "-1 200"),
            ("Daglig verksamhet", "12 300", "11 600", "700"),
            ("Individ- och familjeomsorg", "29 500", "27 900", "1 600"),
            ("Försörjningsstöd", "13 200", "14 100", "-900"),
            ("Ledning och administration", "9 800", "9 600", "200"),
            ("Totalt", "145 300", "149 200", "-3 900"),
        ),
        widths=(170.0, 80.0, 80.0, 75.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Delårsrapport januari–augusti 2025", size=18, font="bold", after=2),
        Title("Socialnämnden", size=12.5, font="arial", after=12),
        H("Ekonomisk uppföljning", 2),
        PS(
            (
                "Periodens utfall är 2,3 mnkr lägre än budget.",
                C(None, "2,3 mnkr", "+", note="The period's net cost lower than budget: positive."),
            ),
            (
                "Helårsprognosen visar på ett underskott om 3,9 mnkr.",
                C(None, "3,9 mnkr", "-", note="The full year in a separate sentence: its own item."),
            ),
        ),
        P(
            "Prognosen i april var –2,5 mnkr, och försämringen sedan dess avser främst personlig assistans.",
            F(
                None,
                None,
                "-",
                note="April's level is not the change (1,4 is never written out): amount null, no cause given.",
            ),
        ),
        table,
        H("Personlig assistans", 3),
        P(
            "Personlig assistans är det område som avviker mest. Två nya ärenden med omfattande behov och "
            "dubbelbemanning dygnet runt har tillkommit under våren, och Försäkringskassan har i ett av ärendena "
            "ännu inte fattat beslut om assistansersättning. Verksamheten beräknas överskrida budget med 4,3 mnkr.",
            C("Personlig assistans", "4,3 mnkr", "-", "volymer", "bemanning", "ersattning_fk"),
        ),
        H("Boende och daglig verksamhet", 3),
        P(
            "Boende enligt LSS och daglig verksamhet avviker med −1,2 respektive +0,7 mnkr. Boendet har haft höga "
            "kostnader för timvikarier under sommaren, medan daglig verksamhet har haft färre deltagare än "
            "budgeterat.",
            C(
                "Boende LSS",
                "−1,2",
                "-",
                "vikarier",
                unit="mnkr",
                note="A 'respektive' pair with signs, each area with its own cause: two items.",
                also=(C("Daglig verksamhet", "+0,7 mnkr", "+", "volymer"),),
            ),
        ),
        H("Individ- och familjeomsorg", 3),
        P(
            "IFO:s överskott om 1,6 mnkr förklaras av att två placeringar på HVB har avslutats tidigare än planerat "
            "och av ett statsbidrag för att stärka den sociala barn- och ungdomsvården.",
            C("Individ- och familjeomsorg", "1,6 mnkr", "+", "kopt_verksamhet", "statsbidrag"),
        ),
        H("Försörjningsstöd", 3),
        PS(
            (
                "Utbetalt försörjningsstöd uppgår till 9,4 mnkr för perioden, 11 procent mer än motsvarande period "
                "i fjol.",
                O("Försörjningsstöd", "ekonomiskt_bistand", note="A level against the previous year: other."),
            ),
            (
                "För helåret innebär det en kostnad som överstiger budget med knappt en miljon kronor, eftersom fler "
                "hushåll än tidigare är beroende av försörjningsstöd under lång tid.",
                C(
                    "Försörjningsstöd",
                    "knappt en miljon kronor",
                    "-",
                    "ekonomiskt_bistand",
                    "volymer",
                    value=1_000_000,
                    note="An amount in words: the stated figure (the table says -900).",
                ),
            ),
        ),
        H("Ledning och administration", 3),
        P(
            "Ledning och administration följer i stort budget, men överskottet på 0,2 mnkr beror på lägre kostnader för "
            "utbildning och konferenser.",
            C(
                "Ledning och administration",
                "0,2 mnkr",
                "+",
                "ovrigt",
                note="'Följer i stort budget, men överskottet …' with its reason: a cause, not boilerplate.",
            ),
        ),
        H("Åtgärder", 2),
        Bullets(
            (
                "Översyn av schemaläggningen inom personlig assistans, med en beräknad effekt på 0,5 mnkr under hösten.",
                "Ansökan om assistansersättning i det nya ärendet har kompletterats med ett läkarutlåtande.",
            ),
            labels=(
                A("Personlig assistans", "0,5 mnkr", "bemanning"),
                A("Personlig assistans", None, "ersattning_fk"),
            ),
            glyph="–",
        ),
        H("Investeringar", 2),
        P("Nämndens investeringsram på 0,8 mnkr bedöms användas fullt ut.", BP("Investeringar")),
        H("Personal", 2),
        P(
            "Sjukfrånvaron har minskat från 9,2 till 8,1 procent jämfört med samma period 2024.",
            O(None, "sjukfranvaro", note="Sick leave against the previous year."),
        ),
    ]
    return ReportSpec(
        file="tibro-sn-delarsrapport-2025-08.pdf",
        report={
            "municipality": "Tibro",
            "committee": ["Socialnämnden"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={"title": "Delårsrapport januari–augusti 2025 Socialnämnden", "author": "Tibro kommun"},
        style=style,
        blocks=blocks,
    )
