"""Övertorneå kommun, Tekniska nämnden, månadsrapport november 2025.

A technical committee's month report set in Liberation Sans Narrow 10 pt, minus signs written as an en dash
and a space ("– 1 550"), footer with the nämnd's meeting date in December: the full year "ett underskott på
2 430 tkr", the period "2 100 tkr högre än den periodiserade budgeten" in the next sentence (two causes), and
the change since October with October's figure in the same sentence (a forecast change); a table with
October's deviations beside November's; plain subheadings where the amount sits mid-sentence ("blir 1 550
tkr dyrare än budgeterat") followed by November's cost (a part, in the cause) and the change since October
(its own forecast change); energy prices and a roof repair "förklarar underskottet på 880 tkr"; "ett
överskott om 150 tkr bedöms"; VA with "Verksamheten visar – 350 tkr eftersom" and the deficit settled
against the resultatfond (other); a reason-only row (the table's "200") with effects in both directions;
an action with "300 tkr"; investments: a project "1,8 mnkr dyrare än den budget som fullmäktige beslutade",
another that "förbrukar 2,5 mnkr mindre än budgeterat i år" and the rest "håller sina budgetar"
(boilerplate). 9 scored causes.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="narrow",
        bold="narrow-bold",
        italic="arial-italic",
        size=10.0,
        leading=1.36,
        para_gap=6.0,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("narrow-bold", "narrow-bold", "narrow-bold"),
        margins=(64.0, 76.0, 64.0, 72.0),
        header=lambda n, m: ("Övertorneå kommun", "Tekniska nämnden"),
        footer=lambda n, m: ("Månadsrapport november 2025", "Tekniska nämnden 2025-12-10", f"Sida {n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Driftprognos 2025 per verksamhet, tkr",
        header=(("Verksamhet", "Budget 2025", "Prognos nov", "Avvikelse nov", "Avvikelse okt"),),
        rows=(
            ("Gata och park", "9 800", "11 350", "– 1 550", "– 1 200"),
            ("Fastighetsförvaltning", "24 600", "25 480", "– 880", "– 860"),
            ("Kost och städ", "13 200", "13 050", "150", "100"),
            ("Vatten och avlopp", "0", "350", "– 350", "– 300"),
            ("Fritidsanläggningar", "4 100", "3 900", "200", "280"),
            ("Summa", "51 700", "54 130", "– 2 430", "– 1 980"),
        ),
        widths=(150.0, 70.0, 70.0, 78.0, 78.0),
        bold_rows=frozenset({5}),
        rules=True,
        grid=True,
        size=9.0,
    )
    blocks = [
        Title("Månadsrapport november 2025", size=19, font="narrow-bold", after=2),
        Title("Tekniska nämnden, Övertorneå kommun", size=12, font="narrow", after=12),
        H("Sammanfattning", 2),
        PS(
            (
                "Tekniska nämnden prognostiserar efter november ett underskott på 2 430 tkr för helåret.",
                C(None, "2 430 tkr", "-", note="The full year, no reason in the sentence."),
            ),
            (
                "Det ackumulerade utfallet till och med november är 2 100 tkr högre än den periodiserade budgeten.",
                C(None, "2 100 tkr", "-", note="The period in a sentence of its own: a cause."),
            ),
        ),
        P(
            "I oktober låg prognosen på – 1 980 tkr, vilket innebär att den har försämrats med 450 tkr under månaden.",
            F(None, "450 tkr", "-", note="October's forecast level is not the amount: the change is."),
        ),
        table,
        H("Kommentarer per verksamhet", 2),
        H("Gata och park", 3),
        PS(
            (
                "Den snörika starten på året och de tidiga snöfallen i november gör att vinterväghållningen blir "
                "1 550 tkr dyrare än budgeterat. Enbart plogning och sandning i november kostade 640 tkr.",
                C(
                    "Gata och park",
                    "1 550 tkr",
                    "-",
                    "ovrigt",
                    note="Snow: ovrigt. November's cost is a part inside the cause, not the amount.",
                ),
            ),
            (
                "Underskottet har ökat med 350 tkr sedan oktober.",
                F("Gata och park", "350 tkr", "-"),
            ),
        ),
        H("Fastighetsförvaltning", 3),
        P(
            "Fjärrvärmepriset höjdes med 9 procent från juli och elnätsavgiften har stigit, vilket tillsammans med en "
            "akut takreparation på Hedenskolan förklarar underskottet på 880 tkr.",
            C(
                "Fastighetsförvaltning",
                "880 tkr",
                "-",
                "prisokningar",
                "ovrigt",
                note="Energy prices: prisokningar. A roof repair (damage): ovrigt.",
            ),
        ),
        H("Kost och städ", 3),
        P(
            "Livsmedelspriserna har stabiliserats under hösten och ett överskott om 150 tkr bedöms.",
            C("Kost och städ", "150 tkr", "+", "prisokningar"),
        ),
        H("Vatten och avlopp", 3),
        P(
            "Verksamheten visar – 350 tkr eftersom anslutningsavgifterna blir lägre än budgeterat när färre nybyggda "
            "fastigheter har kopplats på nätet.",
            C("Vatten och avlopp", "– 350 tkr", "-", "avgifter_intakter", "volymer"),
        ),
        P(
            "Underskottet regleras mot VA-kollektivets resultatfond i bokslutet.",
            O("Vatten och avlopp", "reserver", note="Settled against the fund: financing, other."),
        ),
        H("Fritidsanläggningar", 3),
        P(
            "Simhallen var stängd i sex veckor under hösten för byte av reningsanläggning. Det gav lägre personal- och "
            "energikostnader men också lägre entréintäkter.",
            C(
                "Fritidsanläggningar",
                "200",
                "+",
                "ovrigt",
                "avgifter_intakter",
                unit="tkr",
                table=True,
                note="A reason only (a repair closure: ovrigt), effects both ways: the row's cell.",
            ),
        ),
        H("Åtgärder", 2),
        P(
            "Nämnden har beslutat att skjuta det planerade utbytet av gatubelysning i Juoksengi till 2026, vilket "
            "minskar årets kostnader med 300 tkr.",
            A("Gata och park", "300 tkr"),
        ),
        H("Investeringar", 2),
        P(
            "Projektet med nya vattenledningar i Hedenäset blir 1,8 mnkr dyrare än den budget som fullmäktige "
            "beslutade, eftersom ledningarna visade sig ligga djupare än vad ritningarna angav.",
            C("Vattenledningar Hedenäset", "1,8 mnkr", "-", "ovrigt", note="Investment overrun."),
        ),
        P(
            "Ombyggnaden av reningsverket i Svanstein förbrukar 2,5 mnkr mindre än budgeterat i år, då entreprenaden "
            "startade i september i stället för i maj.",
            C(
                "Reningsverket i Svanstein",
                "2,5 mnkr",
                "+",
                "periodisering",
                note="Investment under-spending.",
            ),
        ),
        P("Övriga investeringsprojekt håller sina budgetar.", BP("Övriga investeringsprojekt")),
    ]
    return ReportSpec(
        file="overtornea-tn-manadsrapport-2025-11.pdf",
        report={
            "municipality": "Övertorneå",
            "committee": ["Tekniska nämnden"],
            "period": ["2025-11"],
            "report_type": "månadsrapport",
        },
        metadata={"title": "Månadsrapport november 2025 Tekniska nämnden", "author": "Övertorneå kommun"},
        style=style,
        blocks=blocks,
    )
