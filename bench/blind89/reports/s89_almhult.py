"""Älmhults kommun, Utbildningsnämnden, månadsrapport februari 2026.

A school committee's first month report of the year in Liberation Serif (Times) 10.5 pt, footer with the
arbetsutskott's date in March: the full year's "underskott på 6,3 miljoner kronor" and, in the next sentence
of the same paragraph, the period "i nivå med periodiserad budget" (a cause and a boilerplate cause); the
table pasted as an image (every amount in the prose); bold run-in verksamheter ending in a full stop, where
the amount sits in the second sentence ("Prognosen visar en negativ avvikelse på 3 900 tkr"), in words
after the reasons ("minus 2,7 miljoner kronor", "en och en halv miljon kronor"), a surplus "Ett överskott på 1
200 tkr", a reason-only grant with no amount (the table is an image: null) and two verksamheter as a
"respektive" pair "−400 respektive +400 tkr" with a reason each; net cost against last year (other) and two
actions. 8 scored causes.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, LP, A, C, O


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=10.5,
        leading=1.35,
        para_gap=6.0,
        heading_sizes=(16.0, 12.5, 11.0),
        heading_fonts=("times-bold", "times-bold", "times-bold"),
        margins=(72.0, 80.0, 72.0, 76.0),
        header=lambda n, m: ("Älmhults kommun", "Utbildningsnämnden"),
        footer=lambda n, m: ("Månadsrapport februari 2026", "Arbetsutskottet 2026-03-10", f"Sida {n}"),
        header_size=8.5,
    )
    table = Table(
        caption="Helårsprognos per verksamhet, tkr",
        header=(("Verksamhet", "Budget", "Prognos", "Avvikelse"),),
        rows=(
            ("Förskola", "98 400", "97 200", "1 200"),
            ("Grundskola", "186 300", "190 200", "-3 900"),
            ("Gymnasieskola", "72 800", "75 500", "-2 700"),
            ("Vuxenutbildning", "14 600", "14 000", "600"),
            ("Elevhälsa", "12 900", "13 300", "-400"),
            ("Skolskjuts", "15 200", "16 700", "-1 500"),
            ("Central administration", "21 400", "21 000", "400"),
            ("Totalt", "421 600", "427 900", "-6 300"),
        ),
        widths=(170.0, 80.0, 80.0, 80.0),
        bold_rows=frozenset({7}),
        rules=True,
        size=9.0,
        as_image=True,
    )
    blocks = [
        Title("Månadsrapport februari 2026", size=20, font="times-bold", after=2),
        Title("Utbildningsnämnden", size=13, font="times-italic", after=12),
        P(
            "Rapporten avser utfallet för januari–februari och innehåller nämndens första prognos för helåret "
            "2026."
        ),
        H("Ekonomi", 2),
        PS(
            (
                "Utbildningsnämnden prognostiserar ett underskott på 6,3 miljoner kronor för 2026.",
                C(None, "6,3 miljoner kronor", "-", note="The full year."),
            ),
            (
                "Efter två månader är utfallet i nivå med periodiserad budget.",
                BP(None, note="The period 'i nivå med periodiserad budget': boilerplate."),
            ),
        ),
        table,
        H("Kommentarer per verksamhet", 2),
        LP(
            "Grundskola.",
            "Prognosen visar en negativ avvikelse på 3 900 tkr. Antalet elever i behov av särskilt stöd har ökat, "
            "och två platser i resursskola köps av en grannkommun.",
            C("Grundskola", "3 900 tkr", "-", "volymer", "kopt_verksamhet"),
        ),
        LP(
            "Gymnasieskola.",
            "Fler ungdomar än beräknat väljer gymnasieprogram i Växjö och Ljungby, vilket gör att kostnaderna för "
            "interkommunala ersättningar ökar. Avvikelsen mot budget beräknas till minus 2,7 miljoner kronor.",
            C(
                "Gymnasieskola",
                "minus 2,7 miljoner kronor",
                "-",
                "kopt_verksamhet",
                "volymer",
                note="The amount after the reasons, its sign in words.",
            ),
        ),
        LP(
            "Skolskjuts.",
            "Det nya skolskjutsavtalet som gäller från januari är dyrare än det gamla, och kostnaden blir en och en "
            "halv miljon kronor högre än budget.",
            C(
                "Skolskjuts",
                "en och en halv miljon kronor",
                "-",
                "prisokningar",
                value=1_500_000,
                note="An amount in words; a dearer transport contract is prisokningar.",
            ),
        ),
        LP(
            "Förskola.",
            "Ett överskott på 1 200 tkr beräknas eftersom barnantalet är lägre än i budgeten.",
            C("Förskola", "1 200 tkr", "+", "volymer"),
        ),
        LP(
            "Vuxenutbildning.",
            "Statsbidraget för regional yrkesvux har beviljats med ett högre belopp än vad som budgeterats.",
            C(
                "Vuxenutbildning",
                None,
                "+",
                "statsbidrag",
                note="A reason-only surplus and the table is an image: amount null.",
            ),
        ),
        LP(
            "Elevhälsa och central administration.",
            "Elevhälsan och den centrala administrationen visar en avvikelse på −400 respektive +400 tkr. "
            "Elevhälsan har anlitat en psykolog från ett bemanningsföretag under en föräldraledighet, medan en "
            "tjänst som utvecklingsstrateg inom administrationen är vakant.",
            C(
                "Elevhälsa",
                "−400",
                "-",
                "inhyrd_personal",
                unit="tkr",
                note="A 'respektive' pair under one lead, each with its own reason: two items.",
                also=(C("Central administration", "+400 tkr", "+", "vakanser"),),
            ),
        ),
        H("Jämförelse med föregående år", 2),
        P(
            "Nettokostnaden för januari–februari är 4,1 procent högre än samma period 2025, främst till följd av "
            "lönerevisionen och fler barn i förskolan under hösten.",
            O(None, note="Net cost against the previous year: other."),
        ),
        H("Åtgärder", 2),
        PS(
            (
                "Förvaltningen ser över organisationen av skolskjutsarna inför höstterminen.",
                A("Skolskjuts", None, "prisokningar"),
            ),
            (
                "Inom grundskolan prövas alla nya anställningar av förvaltningschefen, vilket beräknas minska "
                "kostnaderna med 800 tkr.",
                A("Grundskola", "800 tkr", "bemanning"),
            ),
        ),
    ]
    return ReportSpec(
        file="almhult-un-manadsrapport-2026-02.pdf",
        report={
            "municipality": "Älmhult",
            "committee": ["Utbildningsnämnden"],
            "period": ["2026-02"],
            "report_type": "månadsrapport",
        },
        metadata={"title": "Månadsrapport februari 2026 Utbildningsnämnden", "author": "Älmhults kommun"},
        style=style,
        blocks=blocks,
    )
