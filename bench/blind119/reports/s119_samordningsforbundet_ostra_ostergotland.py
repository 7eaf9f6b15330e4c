"""Samordningsförbundet Östra Östergötland, årsredovisning 2025.

A financial-coordination association's (Finsam) annual report, footer with the styrelse's March meeting,
set in Liberation Serif (Times metrics) 10.5 pt: the result "−1 240 tkr, att jämföra med ett budgeterat
resultat på −2 000 tkr" and "760 tkr bättre än budget" with its reasons (one item), the outcome against the
interim forecast (a forecast change), the members' contributions "enligt budget" (boilerplate) with a
sentence on who pays what; a cost table per insats with hyphen-minus deviations; plain headings per insats:
"förbrukade 340 tkr mindre än budgeterat", "blev därför 150 tkr högre än budget", two insatser as a
"respektive" pair ("60 respektive 45 tkr"), a reason-only surplus (the row's "275"), "överstiger budget
med 90 tkr" for premises and an unspent reserve "De 490 tkr … har inte använts" (reserver); equity and the
guideline on it, and participants against 2024 (others).

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=10.5,
        leading=1.36,
        para_gap=6.5,
        heading_sizes=(16.0, 12.5, 11.0),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(70.0, 80.0, 70.0, 72.0),
        header=lambda n, m: ("Samordningsförbundet Östra Östergötland", ""),
        footer=lambda n, m: ("Årsredovisning 2025", "Fastställd av styrelsen 2026-03-13", f"{n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Kostnader per insats 2025, tkr",
        header=(("Insats", "Budget", "Utfall", "Avvikelse"),),
        rows=(
            ("Steget vidare", "1 800", "1 460", "340"),
            ("Unga in", "1 200", "1 350", "-150"),
            ("Hälsolotsen", "900", "960", "-60"),
            ("Arbetsträning Kvarnen", "750", "795", "-45"),
            ("Kompetensutveckling och samverkan", "400", "125", "275"),
            ("Kansli och administration", "1 650", "1 740", "-90"),
            ("Ej fördelade medel", "490", "0", "490"),
            ("Summa kostnader", "7 190", "6 430", "760"),
        ),
        widths=(200.0, 70.0, 70.0, 70.0),
        bold_rows=frozenset({7}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Årsredovisning 2025", size=20, font="times-bold", after=2),
        Title("Samordningsförbundet Östra Östergötland", size=13, font="times", after=14),
        H("Ekonomiskt resultat", 2),
        P(
            "Förbundets resultat för 2025 är −1 240 tkr, att jämföra med ett budgeterat resultat på −2 000 tkr. "
            "Resultatet är därmed 760 tkr bättre än budget, främst eftersom en insats startade senare än planerat och "
            "de ej fördelade medlen inte behövde tas i anspråk.",
            C(
                None,
                "760 tkr",
                "+",
                "periodisering",
                "reserver",
                note="The result against a budgeted deficit: the levels are not the amount.",
            ),
        ),
        P(
            "I delårsrapporten prognostiserades ett resultat på −1 550 tkr. Utfallet blev 310 tkr bättre än den "
            "prognosen.",
            F(None, "310 tkr", "+"),
        ),
        PS(
            (
                "Medlemmarnas bidrag, sammanlagt 5 190 tkr, har betalats ut enligt budget.",
                BP("Medlemmarnas bidrag", note="Revenue 'enligt budget': boilerplate."),
            ),
            (
                "Staten har genom Försäkringskassan bidragit med hälften och regionen och kommunerna med en "
                "fjärdedel vardera.",
                None,
            ),
        ),
        table,
        H("Kommentarer per insats", 2),
        H("Steget vidare", 3),
        P(
            "Insatsen förbrukade 340 tkr mindre än budgeterat eftersom projektledaren tillträdde först i april.",
            C("Steget vidare", "340 tkr", "+", "vakanser", "periodisering"),
        ),
        H("Unga in", 3),
        P(
            "Fler deltagare än beräknat har skrivits in, och kostnaden för handledare blev därför 150 tkr högre än "
            "budget.",
            C("Unga in", "150 tkr", "-", "volymer"),
        ),
        H("Hälsolotsen och Arbetsträning Kvarnen", 3),
        P(
            "Insatserna överskred budget med 60 respektive 45 tkr till följd av högre lönekostnader efter "
            "lönerevisionen.",
            C(
                "Hälsolotsen",
                "60",
                "-",
                "lonekostnader",
                unit="tkr",
                note="A 'respektive' pair: one item per insats.",
                also=(C("Arbetsträning Kvarnen", "45 tkr", "-", "lonekostnader"),),
            ),
        ),
        H("Kompetensutveckling och samverkan", 3),
        P(
            "Den gemensamma utbildningsdagen för medlemsorganisationernas personal flyttades till februari 2026.",
            C(
                "Kompetensutveckling och samverkan",
                "275",
                "+",
                "periodisering",
                unit="tkr",
                table=True,
                note="Reason only: the table row's cell.",
            ),
        ),
        H("Kansli och administration", 3),
        P(
            "Kansliets kostnader överstiger budget med 90 tkr, främst på grund av en höjd lokalhyra.",
            C("Kansli och administration", "90 tkr", "-", "lokaler"),
        ),
        H("Ej fördelade medel", 3),
        P(
            "De 490 tkr som styrelsen avsatt för nya insatser under året har inte använts.",
            C(
                "Ej fördelade medel",
                "490 tkr",
                "+",
                "reserver",
                note="An unspent reserve: a cause, reserver.",
            ),
        ),
        H("Eget kapital", 2),
        P(
            "Det egna kapitalet uppgår vid årets slut till 3 910 tkr. Enligt de nationella riktlinjerna bör det egna "
            "kapitalet inte överstiga 20 procent av årets medlemsbidrag, och styrelsen har därför beslutat om en "
            "budget med underskott även för 2026.",
            O(None, note="Equity: other."),
        ),
        H("Deltagare och resultat", 2),
        P(
            "Under året deltog 214 personer i förbundets insatser, 38 fler än 2024. Av dem som avslutat en insats "
            "gick 41 procent vidare till arbete eller studier.",
            O(None, "volymer", note="Participants against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="samordningsforbundet-ostra-ostergotland-arsredovisning-2025.pdf",
        report={
            "municipality": [
                "Samordningsförbundet Östra Östergötland",
                "Samordningsförbundet i Östra Östergötland",
                "Finsam Östra Östergötland",
            ],
            "committee": ["Styrelsen", "Förbundsstyrelsen"],
            "period": ["2025", "2025-12"],
            "report_type": "årsredovisning",
        },
        metadata={"title": "Årsredovisning 2025", "author": "Samordningsförbundet Östra Östergötland"},
        style=style,
        blocks=blocks,
    )
