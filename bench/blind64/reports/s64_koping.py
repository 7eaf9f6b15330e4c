"""Köpings kommun, Kultur- och fritidsnämnden, bokslut 2025.

A culture and leisure committee's year-end report in Liberation Serif (Times) 11 pt, footer with the date it
was checked in March: the result "ett överskott mot budget på 1 340 tkr" and, in the next sentence, "860 tkr
bättre än prognosen i delårsrapporten" with its reason (a forecast change); a result table in tkr with en
dashes as minus ("–570") and last year's outcome beside it; plain paragraphs with the area as subject ("Bibliotekets
kostnader blev 570 tkr högre än budgeterat"), after "Inom" ("Inom kulturverksamheten uppstod ett överskott om
450 tkr"), a possessive with the amount after a comma ("Kulturskolans överskott, 540 tkr,"), a reason-only
"ett mindre överskott" (the row's "290"), "0,4 mnkr" in a table kept in tkr, and "följer i stort budget"
beside a row of 230 (boilerplate); net cost growth against 2024 (other); investments "4,9 mnkr av budgeterade
7,2 mnkr" (2,3 never written out) and a project "0,6 mnkr dyrare än projektbudgeten"; a savings demand for
2026 (an action).

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=11.0,
        leading=1.32,
        para_gap=6.0,
        heading_sizes=(16.0, 13.0, 11.0),
        heading_fonts=("times-bold", "times-bold", "times-bold"),
        margins=(72.0, 80.0, 72.0, 76.0),
        header=lambda n, m: ("Köpings kommun", "Kultur- och fritidsnämnden"),
        footer=lambda n, m: ("Bokslut 2025", "Justerat 2026-03-04", f"{n}({m})"),
        header_size=8.5,
    )
    table = Table(
        caption="Driftredovisning per verksamhet, tkr",
        header=(("Verksamhet", "Budget 2025", "Utfall 2025", "Avvikelse", "Utfall 2024"),),
        rows=(
            ("Nämnd och administration", "6 210", "5 980", "230", "5 840"),
            ("Bibliotek", "14 350", "14 920", "–570", "14 010"),
            ("Kulturverksamhet", "9 870", "9 420", "450", "9 150"),
            ("Kulturskola", "11 640", "11 100", "540", "10 980"),
            ("Idrott och anläggningar", "31 200", "30 910", "290", "30 100"),
            ("Fritidsgårdar", "7 480", "7 080", "400", "7 220"),
            ("Summa", "80 750", "79 410", "1 340", "77 300"),
        ),
        widths=(160.0, 70.0, 70.0, 64.0, 70.0),
        bold_rows=frozenset({6}),
        rules=True,
        shade=(0.9, 0.9, 0.9),
        size=9.5,
    )
    blocks = [
        Title("Bokslut 2025", size=22, font="times-bold", after=2),
        Title("Kultur- och fritidsnämnden", size=14, font="times", after=14),
        H("Ekonomiskt utfall", 2),
        PS(
            (
                "Kultur- och fritidsnämnden redovisar för 2025 ett överskott mot budget på 1 340 tkr.",
                C(None, "1 340 tkr", "+"),
            ),
            (
                "Det är 860 tkr bättre än prognosen i delårsrapporten, främst eftersom renoveringen av badhuset "
                "påbörjades senare än planerat.",
                F(None, "860 tkr", "+", "periodisering", note="The outcome against the interim forecast."),
            ),
        ),
        table,
        H("Kommentarer till avvikelserna", 2),
        P(
            "Bibliotekets kostnader blev 570 tkr högre än budgeterat. Det beror främst på ett nytt bibliotekssystem, "
            "där licens och konvertering av katalogen kostade mer än beräknat, samt på höjda priser på e-medier.",
            C("Bibliotek", "570 tkr", "-", "it_digitalisering", "prisokningar"),
        ),
        P(
            "Inom kulturverksamheten uppstod ett överskott om 450 tkr eftersom sommarens stadsfestival fick ett "
            "större bidrag från Kulturrådet än budgeterat och publikintäkterna blev högre än beräknat.",
            C("Kulturverksamhet", "450 tkr", "+", "statsbidrag", "avgifter_intakter"),
        ),
        P(
            "Kulturskolans överskott, 540 tkr, förklaras av att två lärartjänster i stråk och dans var vakanta under "
            "höstterminen.",
            C("Kulturskola", "540 tkr", "+", "vakanser"),
        ),
        P(
            "Idrott och anläggningar redovisar ett mindre överskott. Renoveringen av badhusets omklädningsrum "
            "påbörjades först i november, vilket gav lägre driftkostnader än planerat, medan energikostnaderna för "
            "ishallen blev högre.",
            C(
                "Idrott och anläggningar",
                "290",
                "+",
                "periodisering",
                "prisokningar",
                unit="tkr",
                table=True,
                note="A reason-only passage: the table row's cell.",
            ),
        ),
        P(
            "Fritidsgårdarna har ett överskott på 0,4 mnkr då gården i Kolsva var stängd i sex veckor efter en "
            "vattenskada.",
            C("Fritidsgårdar", "0,4 mnkr", "+", "ovrigt", note="Water damage and a closure are ovrigt."),
        ),
        P(
            "Nämnd och administration följer i stort budget.",
            BP("Nämnd och administration", note="Although the row says 230."),
        ),
        H("Nettokostnadsutveckling", 2),
        P(
            "Nämndens nettokostnader ökade med 2,7 procent jämfört med 2024, vilket främst beror på löneökningar och "
            "högre hyror.",
            O(None, note="Net cost growth against the previous year: other."),
        ),
        H("Investeringar", 2),
        PS(
            (
                "Investeringarna uppgick till 4,9 mnkr av budgeterade 7,2 mnkr, främst eftersom upprustningen av "
                "elljusspåret har skjutits till 2026.",
                C(
                    "Investeringar",
                    "4,9 mnkr av budgeterade 7,2 mnkr",
                    "+",
                    "periodisering",
                    value=2.3e6,
                    note="An under-spend never written out: the computed 2,3 mnkr, the amount text as written.",
                ),
            ),
            (
                "Den nya konstgräsplanen vid idrottsplatsen blev däremot 0,6 mnkr dyrare än projektbudgeten på grund "
                "av högre materialpriser.",
                C("Konstgräsplanen", "0,6 mnkr", "-", "prisokningar", note="A project overrun."),
            ),
        ),
        H("Inför 2026", 2),
        P(
            "Inför 2026 har nämnden fått ett sparbeting på 1,2 mnkr, som ska hanteras genom minskade öppettider på "
            "biblioteken och höjda avgifter i kulturskolan.",
            A(None, "1,2 mnkr", note="Planned savings: an action."),
        ),
    ]
    return ReportSpec(
        file="koping-kfn-bokslut-2025.pdf",
        report={
            "municipality": "Köping",
            "committee": ["Kultur- och fritidsnämnden"],
            "period": ["2025", "2025-12"],
            "report_type": "bokslut",
        },
        metadata={"title": "Bokslut 2025 Kultur- och fritidsnämnden", "author": "Köpings kommun"},
        style=style,
        blocks=blocks,
    )
