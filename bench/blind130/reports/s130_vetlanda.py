"""Vetlanda kommun, Kultur- och fritidsnämnden, delårsrapport januari–augusti 2025.

A culture and leisure committee's interim report in Liberation Sans Narrow (Arial Narrow), footer with the
date the nämnd adopted it in September: the period's "överskott på 0,9 mnkr" and the full year's "underskott
på 0,6 mnkr" in two sentences (two items), the period surplus's timing reason in a paragraph of its own
(amount null); a table in tkr with U+2212 minus; then two columns of plain headings: a pool closed for
repairs with revenue and energy causes ending in "Sammantaget landar verksamheten på ett underskott om 800
tkr", a concert series that "belastar kulturverksamheten med 450 tkr mer än budgeterat", "Prognosen visar
plus 150 tkr" after the reason, a reason-only surplus (the row's "350") and a reason-only nämnd (the row's
"150", which appears twice in the table), "följer budget" (boilerplate); investments whose whole budget
"används" (boilerplate), a fee rise as an action and visits against last year with "beror på" (other).
8 scored causes.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Columns, H, P, PageBreak, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, O

ROW = "Reasons only: the table row's amount (tkr)."


def spec() -> ReportSpec:
    style = Style(
        body="narrow",
        bold="narrow-bold",
        italic="arial-italic",
        size=10.5,
        leading=1.35,
        para_gap=6.0,
        heading_sizes=(16.0, 12.5, 11.0),
        heading_fonts=("narrow-bold", "narrow-bold", "narrow-bold"),
        margins=(60.0, 78.0, 60.0, 72.0),
        gutter=24.0,
        header=lambda n, m: ("Vetlanda kommun", "Delårsrapport 2025"),
        footer=lambda n, m: ("Kultur- och fritidsnämnden", "Fastställd 2025-09-23, § 58", f"{n}/{m}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Prognos per verksamhet, tkr",
        header=(("Verksamhet", "Budget 2025", "Utfall jan–aug", "Prognos 2025", "Avvikelse"),),
        rows=(
            ("Nämnd och administration", "3 900", "2 480", "3 750", "150"),
            ("Bibliotek", "14 200", "9 250", "14 050", "150"),
            ("Kulturverksamhet", "6 800", "5 120", "7 250", "−450"),
            ("Badhus och idrottsanläggningar", "26 500", "17 940", "27 300", "−800"),
            ("Fritidsgårdar", "5 400", "3 560", "5 400", "0"),
            ("Föreningsstöd", "6 100", "2 910", "5 750", "350"),
            ("Summa", "62 900", "41 260", "63 500", "−600"),
        ),
        widths=(160.0, 72.0, 78.0, 74.0, 66.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Delårsrapport januari–augusti 2025", size=20, font="narrow-bold", after=2),
        Title("Kultur- och fritidsnämnden", size=13, font="narrow", after=12),
        H("Ekonomiskt resultat", 2),
        PS(
            (
                "Kultur- och fritidsnämnden redovisar ett överskott på 0,9 mnkr för perioden januari–augusti.",
                C(None, "0,9 mnkr", "+", note="The period and the full year in two sentences: two items."),
            ),
            ("För helåret beräknas däremot ett underskott på 0,6 mnkr.", C(None, "0,6 mnkr", "-")),
        ),
        P(
            "Periodens överskott förklaras främst av att föreningsbidragen betalas ut i oktober.",
            C(
                None,
                None,
                "+",
                "periodisering",
                note="The period surplus's reason: a cause with amount null.",
            ),
        ),
        table,
        H("Verksamheternas avvikelser", 2),
        Columns(2),
        H("Badhus och idrottsanläggningar", 3),
        P(
            "Badhuset var stängt i sex veckor under våren för byte av reningsanläggningen, vilket gav lägre "
            "entré- och kursintäkter. Kostnaderna för el och värme i ishallen ligger dessutom över budget. "
            "Sammantaget landar verksamheten på ett underskott om 800 tkr.",
            C(
                "Badhus och idrottsanläggningar",
                "800 tkr",
                "-",
                "ovrigt",
                "avgifter_intakter",
                "prisokningar",
                note="The amount comes last. A closure for repairs is ovrigt, energy costs prisokningar.",
            ),
        ),
        H("Kulturverksamhet", 3),
        P(
            "Sommarens konsertserie i Folkets park drog högre kostnader för scenteknik och säkerhet än beräknat, "
            "vilket belastar kulturverksamheten med 450 tkr mer än budgeterat.",
            C("Kulturverksamhet", "450 tkr", "-", "ovrigt"),
        ),
        H("Bibliotek", 3),
        P(
            "En bibliotekarietjänst har inte återbesatts efter en pensionsavgång i mars. Prognosen visar plus 150 "
            "tkr.",
            C("Bibliotek", "plus 150 tkr", "+", "vakanser"),
        ),
        H("Föreningsstöd", 3),
        P(
            "Färre föreningar än väntat har sökt investeringsbidrag under året.",
            C("Föreningsstöd", "350", "+", "volymer", unit="tkr", table=True, note=ROW),
        ),
        H("Nämnd och administration", 3),
        P(
            "Nämnden har haft färre sammanträden än planerat, och arvodeskostnaderna blir därmed lägre.",
            C(
                "Nämnd och administration",
                "150",
                "+",
                "ovrigt",
                unit="tkr",
                table=True,
                note=ROW + " Members' fees are ovrigt.",
            ),
        ),
        H("Fritidsgårdar", 3),
        P("Verksamheten följer budget.", BP("Fritidsgårdar")),
        PageBreak(),
        Columns(1),
        H("Investeringar", 2),
        P(
            "Av investeringsbudgeten på 4,2 mnkr har 1,1 mnkr använts till och med augusti. Den nya "
            "konstgräsplanen blir klar i november och hela budgeten beräknas då vara använd.",
            BP("Investeringar", note="The whole frame will be used: boilerplate."),
        ),
        H("Åtgärder", 2),
        P(
            "Nämnden har beslutat att höja avgiften för simskola från den 1 januari 2026, vilket beräknas ge 120 "
            "tkr mer per år.",
            A("Badhus och idrottsanläggningar", "120 tkr", "avgifter_intakter"),
        ),
        H("Volymer", 2),
        P(
            "Antalet besök i badhuset var 68 400 under perioden, 9 procent färre än samma period 2024, vilket "
            "beror på avstängningen i våras.",
            O("Badhus och idrottsanläggningar", "volymer", note="Visits against the previous year."),
        ),
    ]
    return ReportSpec(
        file="vetlanda-kfn-delarsrapport-2025-08.pdf",
        report={
            "municipality": "Vetlanda",
            "committee": ["Kultur- och fritidsnämnden"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={"title": "Delårsrapport 2025 Kultur- och fritidsnämnden", "author": "Vetlanda kommun"},
        style=style,
        blocks=blocks,
    )
