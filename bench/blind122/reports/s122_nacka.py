"""Nacka kommun, Arbets- och företagsnämnden, månadsuppföljning februari 2026.

A labour-market committee's short month report in DejaVu Serif whose footer carries the nämnd's meeting in
March: the full year "ett underskott på 7,5 mnkr" and the period "en negativ avvikelse mot periodiserad budget
om 1,9 mnkr" in two paragraphs, the change since January (a forecast change, all in one area); a table in
tkr with a trailing minus ("5 200-"); plain headings over paragraphs in varied shapes: "5,2 miljoner kronor
högre än budgeterat" with a count of households inside, "en prognos på minus 1,9 mnkr" in mid-sentence, a
reason-only surplus that takes its row's "600", the amount in the second sentence ("400 tusen kronor"),
"visar en negativ avvikelse om 600 tkr", "följer budget" (boilerplate); two actions (one with an effect) and
unemployment against last year (other). 7 scored causes.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="serif",
        bold="serif-bold",
        italic="serif-italic",
        size=9.5,
        leading=1.4,
        para_gap=6.0,
        heading_sizes=(14.0, 11.0, 10.0),
        heading_fonts=("serif-bold", "serif-bold", "serif-bold"),
        margins=(66.0, 78.0, 66.0, 72.0),
        header=lambda n, m: ("Nacka kommun", "Arbets- och företagsnämnden"),
        footer=lambda n, m: (
            "Månadsuppföljning februari 2026",
            "AFN 2026/45 – sammanträde 2026-03-25",
            f"{n}",
        ),
        header_size=7.5,
        rule_under_header=False,
    )
    table = Table(
        caption="Prognos helår 2026, tkr (underskott anges med minustecken efter beloppet)",
        header=(("Verksamhet", "Budget", "Prognos", "Avvikelse"),),
        rows=(
            ("Ekonomiskt bistånd", "78 400", "83 600", "5 200-"),
            ("Vuxenutbildning", "96 100", "98 000", "1 900-"),
            ("Arbetsmarknadsinsatser", "41 300", "40 700", "600"),
            ("Etablering och integration", "12 800", "13 200", "400-"),
            ("Näringsliv", "6 200", "6 200", "0"),
            ("Nämnd och ledning", "15 900", "16 500", "600-"),
            ("Summa", "250 700", "258 200", "7 500-"),
        ),
        widths=(160.0, 80.0, 80.0, 80.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Månadsuppföljning februari 2026", size=18, font="serif-bold", after=2),
        Title("Arbets- och företagsnämnden", size=12, font="serif-italic", after=12),
        P(
            "Arbets- och företagsnämnden prognostiserar ett underskott på 7,5 mnkr för helåret.",
            C(None, "7,5 mnkr", "-"),
        ),
        P(
            "Utfallet för januari–februari visar en negativ avvikelse mot periodiserad budget om 1,9 mnkr.",
            C(None, "1,9 mnkr", "-", note="The period, a paragraph of its own."),
        ),
        P(
            "Jämfört med januari har prognosen försämrats med 1,2 mnkr, vilket helt avser ekonomiskt bistånd.",
            F(None, "1,2 mnkr", "-", "ekonomiskt_bistand"),
        ),
        table,
        H("Ekonomiskt bistånd", 3),
        P(
            "Kostnaderna för försörjningsstöd beräknas bli 5,2 miljoner kronor högre än budgeterat. Antalet "
            "hushåll med försörjningsstöd har ökat från 612 till 668 sedan september, främst bland hushåll där "
            "arbetslösheten blivit långvarig.",
            C(
                "Ekonomiskt bistånd",
                "5,2 miljoner kronor",
                "-",
                "ekonomiskt_bistand",
                "volymer",
                note="The household counts are supporting figures inside the item.",
            ),
        ),
        H("Vuxenutbildning", 3),
        P(
            "Fler elever än budgeterat studerar inom yrkesvux hos de auktoriserade anordnarna, vilket ger en "
            "prognos på minus 1,9 mnkr. Statsbidraget för regional yrkesvux täcker bara en del av volymökningen.",
            C("Vuxenutbildning", "minus 1,9 mnkr", "-", "volymer", "kopt_verksamhet", "statsbidrag"),
        ),
        H("Arbetsmarknadsinsatser", 3),
        P(
            "Färre deltagare än planerat i kommunala visstidsanställningar ger lägre lönekostnader.",
            C(
                "Arbetsmarknadsinsatser",
                "600",
                "+",
                "volymer",
                unit="tkr",
                table=True,
                note="A reason-only surplus: the table row's cell.",
            ),
        ),
        H("Etablering och integration", 3),
        P(
            "Schablonersättningen från Migrationsverket blir lägre när färre nyanlända än beräknat tas emot i "
            "kommunen. Avvikelsen mot budget beräknas till 400 tusen kronor.",
            C("Etablering och integration", "400 tusen kronor", "-", "statsbidrag", "volymer"),
        ),
        H("Nämnd och ledning", 3),
        P(
            "Nämnd och ledning visar en negativ avvikelse om 600 tkr, då kostnaderna för ett nytt "
            "ärendehanteringssystem inte ryms i budgeten.",
            C("Nämnd och ledning", "600 tkr", "-", "it_digitalisering"),
        ),
        H("Näringsliv", 3),
        P("Prognosen för näringslivsverksamheten följer budget.", BP("Näringsliv")),
        H("Åtgärder", 2),
        P(
            "Förvaltningen inleder ett samarbete med Arbetsförmedlingen för att fler hushåll med långvarigt "
            "försörjningsstöd ska komma i arbete.",
            A("Ekonomiskt bistånd", None, "ekonomiskt_bistand"),
        ),
        P(
            "Vuxenutbildningen begränsar antalet nya platser inom yrkesvux under våren, vilket väntas sänka "
            "kostnaderna med 0,7 mnkr.",
            A("Vuxenutbildning", "0,7 mnkr", "volymer"),
        ),
        H("Omvärld", 2),
        P(
            "Arbetslösheten i Nacka var 5,9 procent i januari, jämfört med 5,2 procent ett år tidigare.",
            O(None, note="Context against last year: other."),
        ),
    ]
    return ReportSpec(
        file="nacka-afn-manadsuppfoljning-2026-02.pdf",
        report={
            "municipality": "Nacka",
            "committee": ["Arbets- och företagsnämnden"],
            "period": ["2026-02"],
            "report_type": "månadsuppföljning",
        },
        metadata={"title": "Månadsuppföljning februari 2026", "author": "Nacka kommun"},
        style=style,
        blocks=blocks,
    )
