"""Heby kommun, Socialnämnden, månadsrapport februari 2026.

A social committee's month report in tkr, footer with the nämnd's meeting date in March: the full year's
"underskott om 6 850 tkr" with a percentage of the frame that is not the amount, the change since January
with its cause, "prognosen är oförändrad" for the other verksamheter (boilerplate), the period "överstiger
den periodiserade budgeten med 1 130 tkr" in a paragraph of its own, a sentence naming the two largest
deviations as a "respektive" pair (two items), a reading note that declares "tusen kronor" and brackets for
negative deviations, a table with "(3 750)", then bold run-in verksamheter with a colon in varied shapes
("ger en negativ avvikelse på 3 750 tkr", a reason only (the row's "(2 050)"), "väntas gå 1 400 tkr back",
"ligger 950 tkr över budget", "Ett överskott om 1 000 tkr väntas", a reason-only surplus (the row's "300"));
an action with an effect not in the forecast and a risk (other). Liberation Sans 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import BF, LP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=10.0,
        leading=1.4,
        para_gap=6.5,
        heading_sizes=(14.0, 12.0, 10.5),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(66.0, 80.0, 62.0, 74.0),
        header=lambda n, m: ("Heby kommun | Socialnämnden", "Månadsrapport februari 2026"),
        footer=lambda n, m: ("Socialnämndens sammanträde 2026-03-24", "", f"{n} ({m})"),
        header_size=8.0,
    )
    table = Table(
        caption="Prognos per verksamhet 2026, tkr",
        header=(("Verksamhet", "Budget 2026", "Utfall jan–feb", "Prognos 2026", "Avvikelse"),),
        rows=(
            ("Nämnd och ledning", "6 420", "980", "6 120", "300"),
            ("Barn och familj", "41 300", "7 840", "45 050", "(3 750)"),
            ("Vuxen och missbruk", "18 900", "3 510", "20 950", "(2 050)"),
            ("LSS och socialpsykiatri", "96 200", "16 080", "97 600", "(1 400)"),
            ("Ekonomiskt bistånd", "22 400", "4 010", "23 350", "(950)"),
            ("Arbetsmarknadsenheten", "9 800", "1 460", "8 800", "1 000"),
            ("Summa", "195 020", "33 880", "201 870", "(6 850)"),
        ),
        widths=(150.0, 72.0, 78.0, 76.0, 66.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=9.0,
        shade=(0.86, 0.9, 0.95),
    )
    blocks = [
        Title("Månadsrapport februari 2026", size=18, font="arial-bold", after=2),
        Title("Socialnämnden", size=12, font="arial", after=12),
        H("Sammanfattning", 2),
        PS(
            (
                "Socialnämnden prognostiserar för helåret ett underskott om 6 850 tkr, motsvarande 2,9 procent av "
                "nämndens budgetram.",
                C(
                    None,
                    "6 850 tkr",
                    "-",
                    note="A percentage of the frame beside the amount is not the amount.",
                ),
            ),
            (
                "Prognosen är 1 200 tkr sämre än i januari, då ytterligare en placering på HVB har tillkommit.",
                F(None, "1 200 tkr", "-", "kopt_verksamhet"),
            ),
            (
                "För övriga verksamheter är prognosen oförändrad jämfört med januari.",
                BF(None),
            ),
        ),
        P(
            "Utfallet för januari–februari överstiger den periodiserade budgeten med 1 130 tkr.",
            C(None, "1 130 tkr", "-", note="The period's deviation in a paragraph of its own."),
        ),
        P(
            "Det är framför allt Barn och familj samt Vuxen och missbruk som avviker, med −3 750 respektive −2 050 "
            "tkr.",
            C(
                "Barn och familj",
                "−3 750",
                "-",
                unit="tkr",
                note="Two areas as a 'respektive' pair: two items; their causes come later.",
                also=(C("Vuxen och missbruk", "−2 050 tkr", "-"),),
            ),
        ),
        P("Belopp i tusen kronor. Negativa avvikelser anges inom parentes.", size=9.0),
        table,
        H("Kommentarer per verksamhet", 2),
        LP(
            "Barn och familj:",
            "Kostnaderna för externa placeringar ligger betydligt över budget. Under året har fyra ungdomar placerats "
            "på HVB och två barn i konsulentstödda familjehem, vilket ger en negativ avvikelse på 3 750 tkr.",
            C("Barn och familj", "3 750 tkr", "-", "kopt_verksamhet"),
        ),
        LP(
            "Vuxen och missbruk:",
            "Två placeringar enligt LVM och ett ökat behov av skyddat boende förklarar underskottet.",
            C(
                "Vuxen och missbruk",
                "(2 050)",
                "-",
                "kopt_verksamhet",
                "volymer",
                unit="tkr",
                table=True,
                note="A reason only: the table row's cell, brackets for negative.",
            ),
        ),
        LP(
            "LSS och socialpsykiatri:",
            "Verksamheten väntas gå 1 400 tkr back. Ett nytt gruppboende öppnade tidigare än planerat, och "
            "Försäkringskassan har dragit in assistansersättningen för en brukare, varför kommunen bär hela "
            "kostnaden.",
            C("LSS och socialpsykiatri", "1 400 tkr", "-", "periodisering", "ersattning_fk"),
        ),
        LP(
            "Ekonomiskt bistånd:",
            "Utbetalningarna av försörjningsstöd ligger 950 tkr över budget i prognosen, främst till följd av att fler "
            "hushåll har ett långvarigt behov sedan etableringstiden har löpt ut.",
            C("Ekonomiskt bistånd", "950 tkr", "-", "ekonomiskt_bistand", "volymer"),
        ),
        LP(
            "Arbetsmarknadsenheten:",
            "Ett överskott om 1 000 tkr väntas, eftersom enheten har fått statlig ersättning för extratjänster som inte "
            "fanns med i budgeten.",
            C("Arbetsmarknadsenheten", "1 000 tkr", "+", "statsbidrag"),
        ),
        LP(
            "Nämnd och ledning:",
            "En vakant tjänst som verksamhetsutvecklare ger ett mindre överskott.",
            C(
                "Nämnd och ledning",
                "300",
                "+",
                "vakanser",
                unit="tkr",
                table=True,
                note="A reason only: the table row's cell.",
            ),
        ),
        H("Åtgärder", 2),
        P(
            "Förvaltningen har inrättat en placeringsgrupp som varje vecka går igenom samtliga externa placeringar "
            "och prövar alternativ på hemmaplan. Effekten bedöms till 800 tkr för resten av året men är inte "
            "inräknad i prognosen.",
            A("Barn och familj", "800 tkr", "kopt_verksamhet"),
        ),
        H("Risker", 2),
        P(
            "Det finns en risk att kostnaderna för ekonomiskt bistånd ökar ytterligare om arbetslösheten i länet "
            "fortsätter att stiga.",
            O("Ekonomiskt bistånd", "ekonomiskt_bistand", note="A risk: other."),
        ),
    ]
    return ReportSpec(
        file="heby-sn-manadsrapport-2026-02.pdf",
        report={
            "municipality": "Heby",
            "committee": ["Socialnämnden"],
            "period": ["2026-02"],
            "report_type": "månadsrapport",
        },
        metadata={"title": "Månadsrapport februari 2026 Socialnämnden", "author": "Heby kommun"},
        style=style,
        blocks=blocks,
    )
