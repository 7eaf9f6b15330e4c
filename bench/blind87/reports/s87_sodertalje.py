"""Södertälje kommun, Barn- och ungdomsnämnden, månadsrapport mars 2026.

A large school committee's month report in Liberation Sans Narrow, footer with the nämnd's meeting date in
April: a reading note that declares mnkr and brackets for negative deviations, the full year "ett underskott
med 14,6 mnkr (−12,9 i februari)" with last month's figure in brackets and a percentage, the period "3,9 mnkr
lägre än periodens budget" (a grant paid early: positive), the change since February with its cause, a table
with bracketed deficits and February's deviation beside March's, then two columns of bold run-in verksamheter
with a colon: "Underskottet på 5,6 mnkr beror på", "beräknas överskrida budget med 8,8 mnkr", a reason-only
surplus (the row's "1,3"), "blir 3,5 mnkr högre än budgeterat", "Följer budget." (boilerplate) and "Överskott
2,0 mnkr." with an undistributed buffer that is a part (reserver); an action with its effect, investments
"5,6 mnkr lägre än budgeterat" and a volume against March 2025 with "beror på" (other).

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import Columns, H, P, PageBreak, ReportSpec, Style, Table, Title

from reports.common import BP, LP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="narrow",
        bold="narrow-bold",
        italic="arial-italic",
        size=10.5,
        leading=1.36,
        para_gap=6.0,
        heading_sizes=(16.0, 12.5, 11.0),
        heading_fonts=("narrow-bold", "narrow-bold", "narrow-bold"),
        margins=(62.0, 76.0, 62.0, 72.0),
        gutter=20.0,
        header=lambda n, m: ("Södertälje kommun", "Barn- och ungdomsförvaltningen"),
        footer=lambda n, m: ("Månadsrapport mars 2026, BUN 2026-04-22", "", f"{n} ({m})"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Prognos 2026 per verksamhet, mnkr",
        header=(("Verksamhet", "Budget", "Prognos", "Avvikelse mars", "Avvikelse feb"),),
        rows=(
            ("Förskola", "742,5", "748,1", "(5,6)", "(4,9)"),
            ("Grundskola F–9", "1 386,0", "1 394,8", "(8,8)", "(7,6)"),
            ("Fritidshem", "128,4", "127,1", "1,3", "1,3"),
            ("Anpassad grundskola", "96,2", "99,7", "(3,5)", "(3,5)"),
            ("Skolskjuts", "41,8", "41,8", "0,0", "0,0"),
            ("Central administration", "88,1", "86,1", "2,0", "1,8"),
            ("Summa", "2 483,0", "2 497,6", "(14,6)", "(12,9)"),
        ),
        widths=(150.0, 70.0, 70.0, 80.0, 80.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=9.5,
    )
    blocks = [
        Title("Månadsrapport mars 2026", size=20, font="narrow-bold", after=2),
        Title("Barn- och ungdomsnämnden", size=13, font="narrow", after=12),
        P(
            "Läsanvisning: Belopp anges i miljoner kronor om inget annat anges. Negativa avvikelser anges inom "
            "parentes.",
            size=9.5,
        ),
        H("Ekonomiskt läge", 2),
        P(
            "Barn- och ungdomsnämnden prognostiserar för 2026 ett underskott med 14,6 mnkr (−12,9 i februari). Det "
            "motsvarar 0,6 procent av nämndens nettobudget.",
            C(
                None,
                "14,6 mnkr",
                "-",
                note="The bracketed figure is February's; the percentage is not the amount.",
            ),
        ),
        P(
            "Utfallet till och med mars är 3,9 mnkr lägre än periodens budget, främst eftersom statsbidraget för "
            "likvärdig skola har betalats ut tidigare än beräknat.",
            C(
                None,
                "3,9 mnkr",
                "+",
                "statsbidrag",
                "periodisering",
                note="The period: a net cost below the period's budget is positive.",
            ),
        ),
        P(
            "Försämringen med 1,7 mnkr sedan februari beror på fler barn i behov av särskilt stöd i förskolan.",
            F(None, "1,7 mnkr", "-", "volymer"),
        ),
        table,
        H("Kommentarer per verksamhet", 2),
        Columns(2),
        LP(
            "Förskola:",
            "Underskottet på 5,6 mnkr beror på att barnantalet i de östra kommundelarna är högre än i budgeten, "
            "samtidigt som lokalkostnaderna för den nya förskolan i Hovsjö har ökat.",
            C("Förskola", "5,6 mnkr", "-", "volymer", "lokaler"),
        ),
        LP(
            "Grundskola F–9:",
            "Verksamheten beräknas överskrida budget med 8,8 mnkr. Tilläggsbeloppen för elever med omfattande behov "
            "har ökat kraftigt, och skolorna har svårt att anpassa bemanningen efter de minskade elevkullarna i "
            "årskurs 1–3.",
            C("Grundskola F–9", "8,8 mnkr", "-", "volymer", "bemanning"),
        ),
        LP(
            "Fritidshem:",
            "Färre inskrivna barn än budgeterat ger lägre kostnader, men intäkterna från föräldraavgifter blir "
            "också lägre. Netto blir det ett överskott.",
            C(
                "Fritidshem",
                "1,3",
                "+",
                "volymer",
                "avgifter_intakter",
                unit="mnkr",
                table=True,
                note="Reasons only: the table row's cell.",
            ),
        ),
        LP(
            "Anpassad grundskola:",
            "Kostnaderna för elever som går i anpassad grundskola i andra kommuner blir 3,5 mnkr högre än "
            "budgeterat.",
            C("Anpassad grundskola", "3,5 mnkr", "-", "kopt_verksamhet"),
        ),
        LP("Skolskjuts:", "Följer budget.", BP("Skolskjuts")),
        LP(
            "Central administration:",
            "Överskott 2,0 mnkr. Två tjänster inom förvaltningens stab har inte tillsatts och nämndens buffert på "
            "1,0 mnkr är ännu inte fördelad.",
            C(
                "Central administration",
                "2,0 mnkr",
                "+",
                "vakanser",
                "reserver",
                note="The undistributed buffer is a part, not the amount.",
            ),
        ),
        PageBreak(),
        Columns(1),
        H("Åtgärder", 2),
        P(
            "Förvaltningen inför från april anställningsprövning för alla tjänster utanför undervisningen. Effekten "
            "beräknas till 2,5 mnkr för resten av året.",
            A(None, "2,5 mnkr", "bemanning"),
        ),
        H("Investeringar", 2),
        P(
            "Investeringarna beräknas bli 5,6 mnkr lägre än budgeterat, då inköpen av inventarier till den nya "
            "skolan i Järna skjuts till 2027, när skolan beräknas stå färdig.",
            C("Investeringar", "5,6 mnkr", "+", "periodisering", "material_hjalpmedel"),
        ),
        H("Volymer", 2),
        P(
            "Antalet barn i förskolan är 84 fler än i mars 2025, vilket främst beror på inflyttningen till nya "
            "bostadsområden.",
            O(None, "volymer", note="A volume against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="sodertalje-bun-manadsrapport-2026-03.pdf",
        report={
            "municipality": "Södertälje",
            "committee": ["Barn- och ungdomsnämnden"],
            "period": ["2026-03"],
            "report_type": "månadsrapport",
        },
        metadata={"title": "Månadsrapport mars 2026 Barn- och ungdomsnämnden", "author": "Södertälje kommun"},
        style=style,
        blocks=blocks,
    )
