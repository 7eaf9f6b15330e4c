"""Danderyds kommun, Miljö- och stadsbyggnadsnämnden, månadsrapport oktober 2025.

A small planning and environment committee's month report in tkr, footer with the nämnd's meeting date in
November: the full year "ett överskott på drygt en miljon kronor" (in words), the period "0,9 mnkr bättre än
periodens budget" in a sentence of its own, "Prognosen är oförändrad" (a boilerplate forecast change), a table
with hyphen-minus deficits, then bold run-in verksamheter ending in a full stop: building-permit revenue "850 tkr
lägre än budget", a reason-only surplus (the row's "1 420"), inspection fees "380 tkr högre än budgeterat",
"ett litet överskott, 120 tkr" with no reason, "följer budget" (boilerplate); an action with no amount and
handling times against last year (other). DejaVu Sans 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import BF, BP, LP, A, C, O


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.45,
        para_gap=7.0,
        heading_sizes=(14.0, 11.5, 10.0),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(70.0, 82.0, 70.0, 74.0),
        header=lambda n, m: ("Danderyds kommun", "Miljö- och stadsbyggnadsförvaltningen"),
        footer=lambda n, m: ("MSN 2025-11-13", "Månadsrapport oktober 2025", f"{n}"),
        header_size=7.5,
        rule_under_header=True,
    )
    table = Table(
        caption="Prognos 2025 per verksamhet, tkr",
        header=(("Verksamhet", "Budget", "Prognos", "Avvikelse"),),
        rows=(
            ("Bygglov", "-2 150", "-3 000", "-850"),
            ("Detaljplanering", "-9 800", "-8 380", "1 420"),
            ("Miljö- och hälsoskydd", "-6 420", "-6 040", "380"),
            ("Kart och mät", "-3 310", "-3 190", "120"),
            ("Nämnd", "-1 120", "-1 120", "0"),
            ("Summa", "-22 800", "-21 730", "1 070"),
        ),
        widths=(150.0, 72.0, 72.0, 72.0),
        bold_rows=frozenset({5}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Månadsrapport oktober 2025", size=17, font="sans-bold", after=2),
        Title("Miljö- och stadsbyggnadsnämnden", size=11.5, font="sans", after=12),
        H("Ekonomiskt läge", 2),
        PS(
            (
                "Nämnden prognostiserar ett överskott på drygt en miljon kronor för helåret.",
                C(None, "drygt en miljon kronor", "+", value=1e6, note="An amount in words."),
            ),
            (
                "Till och med oktober är utfallet 0,9 mnkr bättre än periodens budget.",
                C(None, "0,9 mnkr", "+", note="The period in a sentence of its own."),
            ),
            ("Prognosen är oförändrad jämfört med september.", BF(None)),
        ),
        table,
        H("Kommentarer per verksamhet", 2),
        LP(
            "Bygglov.",
            "Intäkterna från bygglovsavgifter beräknas bli 850 tkr lägre än budget, eftersom antalet ansökningar "
            "om nybyggnad har minskat under hösten.",
            C("Bygglov", "850 tkr", "-", "avgifter_intakter", "volymer"),
        ),
        LP(
            "Detaljplanering.",
            "Överskottet beror på att två planuppdrag har fakturerats i förskott och att en tjänst som "
            "planarkitekt har varit vakant sedan april.",
            C(
                "Detaljplanering",
                "1 420",
                "+",
                "periodisering",
                "vakanser",
                unit="tkr",
                table=True,
                note="A reason only: the row's cell.",
            ),
        ),
        LP(
            "Miljö- och hälsoskydd.",
            "Tillsynsavgifterna för livsmedelskontroll blir 380 tkr högre än budgeterat sedan taxan räknades upp "
            "vid årsskiftet.",
            C("Miljö- och hälsoskydd", "380 tkr", "+", "avgifter_intakter"),
        ),
        LP(
            "Kart och mät.",
            "Verksamheten beräknas ge ett litet överskott, 120 tkr.",
            C("Kart och mät", "120 tkr", "+", note="No reason: no tag."),
        ),
        LP("Nämnd.", "Nämndens egna kostnader följer budget.", BP("Nämnd")),
        H("Åtgärder och verksamhet", 2),
        P(
            "Inför 2026 ses bygglovstaxan över för att bättre täcka kostnaderna för handläggningen.",
            A("Bygglov", None, "avgifter_intakter"),
        ),
        P(
            "Handläggningstiden för bygglov var i genomsnitt 4,1 veckor, jämfört med 5,3 veckor samma period 2024.",
            O("Bygglov", note="A measure against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="danderyd-msn-manadsrapport-2025-10.pdf",
        report={
            "municipality": "Danderyd",
            "committee": ["Miljö- och stadsbyggnadsnämnden"],
            "period": ["2025-10"],
            "report_type": "månadsrapport",
        },
        metadata={
            "title": "Månadsrapport oktober 2025 Miljö- och stadsbyggnadsnämnden",
            "author": "Danderyds kommun",
        },
        style=style,
        blocks=blocks,
    )
