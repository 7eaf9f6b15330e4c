"""Nacka kommun, Arbets- och företagsnämnden, bokslut 2025.

A labour-market and adult-education committee's year-end report in "miljoner kronor", footer with the
nämnd's meeting date in February: the result "−4,2 miljoner kronor jämfört med budget", the outcome against
the second tertial report's forecast with its cause, personnel costs "1,5 miljoner kronor lägre än
budgeterat" and revenue "i nivå med budget" (boilerplate); a table whose deficits are in brackets ("(8,3)")
with a caption that says so; two columns of plain headings: the amount in the second sentence ("blev 8,3
miljoner kronor högre än budgeterat"), a reason-only surplus (the row's "2,8"), "ett positivt resultat på
2,2 miljoner kronor", "överskred budget med 1,8 miljoner kronor", two verksamheter as a "respektive" pair
without reasons; an action "drygt 1 miljon kronor", the number of households against 2024 and a decision
about the deficit (others). DejaVu Sans 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import Columns, H, P, PageBreak, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.4,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.0),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(60.0, 78.0, 60.0, 72.0),
        gutter=20.0,
        header=lambda n, m: ("Nacka kommun", "Arbets- och företagsnämnden"),
        footer=lambda n, m: ("Bokslut 2025", "Nämndens sammanträde 2026-02-18", f"{n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Driftresultat per verksamhet 2025, miljoner kronor. Negativa avvikelser inom parentes.",
        header=(("Verksamhet", "Budget", "Utfall", "Avvikelse"),),
        rows=(
            ("Ekonomiskt bistånd", "142,0", "150,3", "(8,3)"),
            ("Arbetsmarknadsinsatser", "38,5", "35,7", "2,8"),
            ("Vuxenutbildning", "96,4", "94,2", "2,2"),
            ("Svenska för invandrare", "31,8", "33,6", "(1,8)"),
            ("Flyktingmottagande", "12,7", "12,0", "0,7"),
            ("Nämnd och ledning", "8,9", "8,7", "0,2"),
            ("Summa", "330,3", "334,5", "(4,2)"),
        ),
        widths=(170.0, 76.0, 76.0, 76.0),
        bold_rows=frozenset({6}),
        rules=True,
        grid=True,
        size=9.0,
    )
    blocks = [
        Title("Bokslut 2025", size=20, font="sans-bold", after=2),
        Title("Arbets- och företagsnämnden", size=12, font="sans", after=12),
        H("Nämndens ekonomiska resultat", 2),
        P(
            "Arbets- och företagsnämnden redovisar ett resultat på −4,2 miljoner kronor jämfört med budget för 2025.",
            C(None, "−4,2 miljoner kronor", "-"),
        ),
        P(
            "Resultatet är 1,3 miljoner kronor bättre än prognosen i tertialbokslut 2, vilket främst beror på att "
            "kostnaderna för ekonomiskt bistånd minskade under hösten.",
            F(None, "1,3 miljoner kronor", "+", "ekonomiskt_bistand"),
        ),
        P(
            "Nämndens personalkostnader blev 1,5 miljoner kronor lägre än budgeterat, i huvudsak till följd av "
            "vakanser.",
            C("Personalkostnader", "1,5 miljoner kronor", "+", "vakanser"),
        ),
        P(
            "Intäkterna från interkommunal ersättning för vuxenutbildning var i nivå med budget.",
            BP("Interkommunal ersättning"),
        ),
        table,
        H("Analys per verksamhet", 2),
        Columns(2),
        H("Ekonomiskt bistånd", 3),
        P(
            "Ekonomiskt bistånd är nämndens största avvikelse. Utbetalningarna blev 8,3 miljoner kronor högre än "
            "budgeterat, då fler hushåll har sökt bistånd och hyresnivåerna i nyproduktionen har stigit.",
            C(
                "Ekonomiskt bistånd",
                "8,3 miljoner kronor",
                "-",
                "ekonomiskt_bistand",
                "volymer",
                "prisokningar",
                note="The amount in the second sentence.",
            ),
        ),
        H("Arbetsmarknadsinsatser", 3),
        P(
            "Verksamheten fick ett överskott. Statliga medel för extratjänster och lönebidrag blev högre än "
            "beräknat, samtidigt som två arbetsmarknadskonsulenter slutade under hösten och inte ersattes.",
            C(
                "Arbetsmarknadsinsatser",
                "2,8",
                "+",
                "statsbidrag",
                "vakanser",
                unit="mnkr",
                table=True,
                note="Reason only: the row's cell.",
            ),
        ),
        H("Vuxenutbildning", 3),
        P(
            "Vuxenutbildningen visar ett positivt resultat på 2,2 miljoner kronor. Färre elever än planerat har "
            "studerat på yrkesvux, och köpta utbildningsplatser hos externa anordnare minskade därmed.",
            C("Vuxenutbildning", "2,2 miljoner kronor", "+", "volymer", "kopt_verksamhet"),
        ),
        H("Svenska för invandrare", 3),
        P(
            "Sfi:s kostnader överskred budget med 1,8 miljoner kronor. Anordnarna fick en höjd ersättning per elev "
            "från juli enligt det nya avtalet, medan statsbidraget för sfi minskade.",
            C(
                "Svenska för invandrare",
                "1,8 miljoner kronor",
                "-",
                "kopt_verksamhet",
                "prisokningar",
                "statsbidrag",
            ),
        ),
        H("Flyktingmottagande och nämnd", 3),
        P(
            "Flyktingmottagandet och nämnd och ledning redovisar små överskott, 0,7 respektive 0,2 miljoner kronor.",
            C(
                "Flyktingmottagande",
                "0,7",
                "+",
                unit="mnkr",
                note="A 'respektive' pair without reasons.",
                also=(C("Nämnd och ledning", "0,2 miljoner kronor", "+"),),
            ),
        ),
        PageBreak(),
        Columns(1),
        H("Åtgärder", 2),
        P(
            "Under hösten har förvaltningen infört tätare uppföljning av hushåll med långvarigt bistånd och "
            "matchning mot subventionerade anställningar. Åtgärderna bedöms ha minskat kostnaderna med drygt 1 "
            "miljon kronor.",
            A("Ekonomiskt bistånd", "drygt 1 miljon kronor", "ekonomiskt_bistand"),
        ),
        H("Nyckeltal", 2),
        P(
            "Antalet hushåll med ekonomiskt bistånd var i genomsnitt 1 140 per månad, 6 procent fler än 2024.",
            O("Ekonomiskt bistånd", "volymer", note="Households against the previous year: other."),
        ),
        P(
            "Kommunstyrelsen har beslutat att nämndens underskott inte ska föras över till 2026.",
            O(None, note="A decision about the deficit: other."),
        ),
    ]
    return ReportSpec(
        file="nacka-afn-bokslut-2025.pdf",
        report={
            "municipality": "Nacka",
            "committee": ["Arbets- och företagsnämnden"],
            "period": ["2025", "2025-12"],
            "report_type": "bokslut",
        },
        metadata={"title": "Bokslut 2025 Arbets- och företagsnämnden", "author": "Nacka kommun"},
        style=style,
        blocks=blocks,
    )
