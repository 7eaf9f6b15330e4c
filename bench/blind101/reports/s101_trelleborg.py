"""Trelleborgs kommun, Arbetsmarknadsnämnden, månadsrapport mars 2026.

A labour-market and social-assistance committee's month report in Liberation Serif (Times), footer with the
nämnd's meeting date in April: the full year as "ett underskott på drygt två miljoner kronor" (an amount in
words), the period "0,9 miljoner kronor sämre än periodiserad budget" and its timing reason in a paragraph of
its own (amount null), a table in tkr with U+2212 minus signs, then headings that carry the verksamhet and
amount ("Ekonomiskt bistånd −3 200 tkr", "Administration och ledning 0 tkr" over "Ingen avvikelse mot
budget", boilerplate), the change since February with its cause, an action with its effect, an investment
frame that "beräknas användas fullt ut" (boilerplate), unemployment against last year and a risk (others).
7 scored causes.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import BP, HP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=11.5,
        leading=1.3,
        para_gap=7.0,
        heading_sizes=(16.0, 13.0, 11.5),
        heading_fonts=("times-bold", "times-bold", "times-bold"),
        margins=(72.0, 80.0, 72.0, 76.0),
        header=lambda n, m: ("TRELLEBORGS KOMMUN", "Arbetsmarknadsförvaltningen"),
        footer=lambda n, m: ("Arbetsmarknadsnämnden 2026-04-22", "", f"{n}({m})"),
        header_size=8.0,
    )
    table = Table(
        caption="Helårsprognos per verksamhet, tkr",
        header=(("Verksamhet", "Budget", "Prognos", "Avvikelse"),),
        rows=(
            ("Ekonomiskt bistånd", "84 500", "87 700", "−3 200"),
            ("Arbetsmarknadsinsatser", "46 200", "44 800", "1 400"),
            ("Vuxenutbildning", "38 900", "39 550", "−650"),
            ("Etablering och integration", "6 400", "6 100", "300"),
            ("Administration och ledning", "12 300", "12 300", "0"),
            ("Summa", "188 300", "190 450", "−2 150"),
        ),
        widths=(170.0, 80.0, 80.0, 80.0),
        bold_rows=frozenset({5}),
        rules=True,
        size=10.0,
    )
    blocks = [
        Title("Månadsrapport mars 2026", size=20, font="times-bold", after=3),
        Title("Arbetsmarknadsnämnden", size=13, font="times-italic", after=14),
        H("Sammanfattning", 2),
        P(
            "Arbetsmarknadsnämnden prognostiserar ett underskott på drygt två miljoner kronor för 2026.",
            C(
                None,
                "drygt två miljoner kronor",
                "-",
                value=2_000_000,
                note="An amount in words is the stated figure (the table says −2 150).",
            ),
        ),
        P(
            "Efter mars är utfallet 0,9 miljoner kronor sämre än periodiserad budget.",
            C(None, "0,9 miljoner kronor", "-", note="The period in a sentence of its own."),
        ),
        P(
            "Det negativa utfallet för perioden beror främst på att utbetalningarna av försörjningsstöd var "
            "ovanligt höga i januari.",
            C(
                None,
                None,
                "-",
                "ekonomiskt_bistand",
                "periodisering",
                note="The period deficit's reason apart from its amount: a cause with amount null.",
            ),
        ),
        table,
        H("Kommentarer per verksamhet", 2),
        HP(
            "Ekonomiskt bistånd −3 200 tkr",
            "Antalet hushåll med försörjningsstöd har ökat, särskilt bland unga vuxna, och den genomsnittliga "
            "utbetalningen per hushåll är högre än budgeterat efter höjningen av riksnormen.",
            C("Ekonomiskt bistånd", "−3 200 tkr", "-", "ekonomiskt_bistand", "volymer"),
        ),
        HP(
            "Arbetsmarknadsinsatser +1 400 tkr",
            "Färre personer än planerat har anvisats till extratjänster, vilket ger lägre lönekostnader.",
            C("Arbetsmarknadsinsatser", "+1 400 tkr", "+", "volymer"),
        ),
        HP(
            "Vuxenutbildning −650 tkr",
            "Köpen av yrkesutbildning från externa anordnare ökar eftersom fler än väntat har sökt "
            "vård- och omsorgsutbildningen.",
            C("Vuxenutbildning", "−650 tkr", "-", "kopt_verksamhet", "volymer"),
        ),
        HP(
            "Etablering och integration +300 tkr",
            "Ersättningen från Migrationsverket för nyanlända blir högre än vad som budgeterades.",
            C("Etablering och integration", "+300 tkr", "+", "statsbidrag"),
        ),
        HP(
            "Administration och ledning 0 tkr",
            "Ingen avvikelse mot budget.",
            BP("Administration och ledning"),
        ),
        H("Förändring jämfört med februari", 2),
        P(
            "Prognosen är 600 tkr sämre än i februari, eftersom antalet hushåll med försörjningsstöd har fortsatt "
            "att öka.",
            F(None, "600 tkr", "-", "ekonomiskt_bistand", "volymer"),
        ),
        H("Åtgärder", 2),
        P(
            "Nämnden har beslutat om en satsning med jobbcoacher för unga vuxna med försörjningsstöd, som beräknas "
            "minska kostnaderna för ekonomiskt bistånd med 800 tkr under året.",
            A("Ekonomiskt bistånd", "800 tkr", "ekonomiskt_bistand"),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsramen på 1,2 miljoner kronor för inventarier till det nya jobbcentret beräknas användas "
            "fullt ut.",
            BP("Investeringar", note="An investment frame used in full: boilerplate."),
        ),
        H("Omvärld och risker", 2),
        P(
            "Arbetslösheten i kommunen var 8,4 procent i februari, jämfört med 7,9 procent ett år tidigare.",
            O(None, note="Unemployment against the previous year: context."),
        ),
        P(
            "Om konjunkturen försämras ytterligare kan behovet av försörjningsstöd öka mer än prognosen förutsätter.",
            O("Ekonomiskt bistånd", "ekonomiskt_bistand", note="A risk."),
        ),
    ]
    return ReportSpec(
        file="trelleborg-amn-manadsrapport-2026-03.pdf",
        report={
            "municipality": "Trelleborg",
            "committee": ["Arbetsmarknadsnämnden"],
            "period": ["2026-03"],
            "report_type": "månadsrapport",
        },
        metadata={"title": "Månadsrapport mars 2026 Arbetsmarknadsnämnden", "author": "Trelleborgs kommun"},
        style=style,
        blocks=blocks,
    )
