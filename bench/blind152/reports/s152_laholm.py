"""Laholms kommun, Samhällsbyggnadsnämnden, månadsrapport mars 2026.

A technical committee's month report in DejaVu Sans 9.5 pt, footer with the arbetsutskott's meeting date in
April: the tax-financed "underskott på 3 400 tkr" and the fee-financed water and sewage "överskott mot budget
om 1 200 tkr" in two sentences (two items, the second with no reason), the change since February, a table in
tkr with hyphen-minus and "+", then bold run-in verksamheter with a colon: a cost level against the yearly
budget before "prognostiserar därför –2 200 tkr" (en dash), "Ett underskott om 1 100 tkr väntas", a
reason-only deficit (the row's "-600"), "ger ett plus på 500 tkr", "Ingen avvikelse mot budget"
(boilerplate) and the VA surplus's reason (the row's "+1 200") followed by its transfer to the VA fund (other);
investments "Av investeringsbudgeten på 84,0 mnkr beräknas 52,5 mnkr användas" (31,5 never written out)
and two actions as bullets, one with its effect.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Bullets, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, LP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.42,
        para_gap=6.5,
        heading_sizes=(14.0, 11.5, 10.0),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(64.0, 80.0, 64.0, 74.0),
        header=lambda n, m: ("Laholms kommun", "Månadsrapport mars 2026"),
        footer=lambda n, m: ("Samhällsbyggnadsnämndens arbetsutskott 2026-04-14", "", f"Sida {n}"),
        header_size=7.5,
        rule_under_header=True,
    )
    table = Table(
        caption="Prognos per verksamhet, tkr",
        header=(("Verksamhet", "Budget 2026", "Utfall jan–mar", "Prognos", "Avvikelse"),),
        rows=(
            ("Gata och park", "31 200", "9 850", "33 400", "-2 200"),
            ("Fastighet", "18 600", "4 100", "19 700", "-1 100"),
            ("Kost och lokalvård", "4 300", "1 200", "4 900", "-600"),
            ("Plan och bygg", "6 900", "1 400", "6 400", "+500"),
            ("Nämnd och ledning", "3 100", "760", "3 100", "0"),
            ("Summa skattefinansierat", "64 100", "17 310", "67 500", "-3 400"),
            ("Vatten och avlopp", "0", "-350", "-1 200", "+1 200"),
        ),
        widths=(150.0, 72.0, 76.0, 66.0, 66.0),
        bold_rows=frozenset({5}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Månadsrapport mars 2026", size=17, font="sans-bold", after=2),
        Title("Samhällsbyggnadsnämnden", size=12, font="sans", after=12),
        H("Sammanfattning", 2),
        PS(
            (
                "Samhällsbyggnadsnämndens prognos för 2026 visar ett underskott på 3 400 tkr för den "
                "skattefinansierade verksamheten.",
                C(None, "3 400 tkr", "-", note="The tax-financed part is the nämnd's result: area null."),
            ),
            (
                "Vatten och avlopp, som finansieras med taxor, beräknas ge ett överskott mot budget om 1 200 tkr.",
                C("Vatten och avlopp", "1 200 tkr", "+"),
            ),
        ),
        P("Prognosen har försämrats med 900 tkr sedan februari.", F(None, "900 tkr", "-")),
        table,
        H("Kommentarer per verksamhet", 2),
        LP(
            "Gata och park:",
            "Vintern har varit snörik och kostnaderna för snöröjning och halkbekämpning uppgick redan i mars till 4,1 "
            "mnkr, att jämföra med en årsbudget på 2,5 mnkr. Verksamheten prognostiserar därför –2 200 tkr för "
            "helåret.",
            C(
                "Gata och park",
                "–2 200 tkr",
                "-",
                "ovrigt",
                note="Snow: ovrigt. The cost level and the yearly budget before are not the amount.",
            ),
        ),
        LP(
            "Fastighet:",
            "Ett underskott om 1 100 tkr väntas, eftersom energipriserna under januari och februari blev betydligt "
            "högre än budgeterat och en vattenskada i en av kommunens förskolor har krävt omfattande sanering.",
            C("Fastighet", "1 100 tkr", "-", "prisokningar", "ovrigt"),
        ),
        LP(
            "Kost och lokalvård:",
            "Livsmedelspriserna fortsätter att stiga och det nya avtalet för frukt och grönt blev dyrare än beräknat.",
            C(
                "Kost och lokalvård",
                "-600",
                "-",
                "prisokningar",
                unit="tkr",
                table=True,
                note="Reasons only: the table row's cell.",
            ),
        ),
        LP(
            "Plan och bygg:",
            "Bygglovsintäkterna har ökat under första kvartalet, framför allt för nya enbostadshus i kustområdet, och "
            "ger ett plus på 500 tkr.",
            C("Plan och bygg", "500 tkr", "+", "avgifter_intakter", "volymer"),
        ),
        LP("Nämnd och ledning:", "Ingen avvikelse mot budget.", BP("Nämnd och ledning")),
        LP(
            "Vatten och avlopp:",
            "Överskottet kommer av lägre kapitalkostnader, eftersom utbyggnaden av överföringsledningen längs kusten "
            "har försenats.",
            C(
                "Vatten och avlopp",
                "+1 200",
                "+",
                "periodisering",
                unit="tkr",
                table=True,
                note="Reasons only: the table row's cell.",
            ),
            (
                "Ett överskott vid årets slut förs till VA-fonden.",
                O("Vatten och avlopp", note="A transfer to the fee fund: other."),
            ),
        ),
        H("Investeringar", 2),
        P(
            "Av investeringsbudgeten på 84,0 mnkr beräknas 52,5 mnkr användas under året. Den största avvikelsen "
            "avser ombyggnaden av torget i Mellbystrand, där upphandlingen har fått göras om.",
            C(
                "Investeringar",
                "investeringsbudgeten på 84,0 mnkr beräknas 52,5 mnkr",
                "+",
                "periodisering",
                value=31_500_000,
                note="Under-spending of 31,5 mnkr, never written out: the computed value.",
            ),
        ),
        H("Åtgärder", 2),
        Bullets(
            (
                "Inköpsstopp för förbrukningsmaterial som inte är nödvändigt inom gata och park, beräknad effekt 300 "
                "tkr.",
                "Genomgång av kommunens energiavtal inför hösten.",
            ),
            labels=(
                A("Gata och park", "300 tkr", "material_hjalpmedel"),
                A("Fastighet", None, "prisokningar"),
            ),
        ),
    ]
    return ReportSpec(
        file="laholm-sbn-manadsrapport-2026-03.pdf",
        report={
            "municipality": "Laholm",
            "committee": ["Samhällsbyggnadsnämnden"],
            "period": ["2026-03"],
            "report_type": "månadsrapport",
        },
        metadata={"title": "Månadsrapport mars 2026 Samhällsbyggnadsnämnden", "author": "Laholms kommun"},
        style=style,
        blocks=blocks,
    )
