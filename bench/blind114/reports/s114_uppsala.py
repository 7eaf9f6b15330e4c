"""Uppsala kommun, Arbetsmarknadsnämnden, bokslut 2025.

A labour-market committee's year-end report (period = the year) in Arial Narrow, footer with the date the
nämnd adopted it in February: the result "ett överskott på 12,4 miljoner kronor" and the outcome against the
interim report's forecast with its cause (a forecast change); a table with deficits as hyphen-minus ("-3,2");
plain headings whose paragraphs say the direction in varied ways ("blev 8,7 miljoner kronor lägre än
budget", a possessive "Vuxenutbildningens överskott på drygt sex miljoner kronor" in words, "kostade 3,2
miljoner kronor mer än budgeterat", a reason-only surplus (the row's "1,9"), "gick 1,1 miljoner kronor över
budget, vilket kan härledas till"); personnel costs "2,3 miljoner kronor lägre än budget"; investments "1,4
miljoner kronor av budgeterade 2,5 miljoner kronor" (1,1 never written out); net cost against 2024 and a goal
not met with "beror på" (others) and an action for 2026.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="narrow",
        bold="narrow-bold",
        italic="arial-italic",
        size=11.0,
        leading=1.36,
        para_gap=7.0,
        heading_sizes=(16.0, 12.5, 11.0),
        heading_fonts=("narrow-bold", "narrow-bold", "narrow-bold"),
        margins=(72.0, 80.0, 72.0, 76.0),
        header=lambda n, m: ("Uppsala kommun", "Arbetsmarknadsnämnden"),
        footer=lambda n, m: ("Bokslut 2025", "Fastställd av nämnden 2026-02-19", f"Sida {n}"),
        header_size=8.5,
        rule_under_header=True,
    )
    table = Table(
        caption="Nettokostnad per verksamhet 2025, miljoner kronor",
        header=(("Verksamhet", "Budget", "Utfall", "Avvikelse"),),
        rows=(
            ("Ekonomiskt bistånd", "298,4", "289,7", "8,7"),
            ("Vuxenutbildning", "246,9", "240,8", "6,1"),
            ("Arbetsmarknadsinsatser", "131,2", "134,4", "-3,2"),
            ("Etablering och integration", "38,6", "36,7", "1,9"),
            ("Nämnd och administration", "52,3", "53,4", "-1,1"),
            ("Summa", "767,4", "755,0", "12,4"),
        ),
        widths=(170.0, 70.0, 70.0, 70.0),
        bold_rows=frozenset({5}),
        rules=True,
        size=10.0,
    )
    blocks = [
        Title("Bokslut 2025", size=22, font="narrow-bold", after=2),
        Title("Arbetsmarknadsnämnden", size=13, font="narrow", after=14),
        H("Ekonomiskt resultat", 2),
        P(
            "Arbetsmarknadsnämnden redovisar ett överskott på 12,4 miljoner kronor för 2025.",
            C(None, "12,4 miljoner kronor", "+"),
        ),
        P(
            "Det är 3,1 miljoner kronor bättre än prognosen i delårsrapporten, vilket främst förklaras av lägre "
            "kostnader för försörjningsstöd under hösten.",
            F(
                None,
                "3,1 miljoner kronor",
                "+",
                "ekonomiskt_bistand",
                note="The outcome against the interim forecast.",
            ),
        ),
        table,
        H("Ekonomiskt bistånd", 3),
        P(
            "Kostnaden för ekonomiskt bistånd blev 8,7 miljoner kronor lägre än budget. Antalet hushåll med "
            "försörjningsstöd minskade under året, och fler personer har gått vidare till studier eller arbete.",
            C("Ekonomiskt bistånd", "8,7 miljoner kronor", "+", "ekonomiskt_bistand", "volymer"),
        ),
        H("Vuxenutbildning", 3),
        P(
            "Vuxenutbildningens överskott på drygt sex miljoner kronor beror på att statsbidraget för regional "
            "yrkesvux blev högre än beräknat och på att färre elever än planerat valde upphandlade utbildningar.",
            C(
                "Vuxenutbildning",
                "drygt sex miljoner kronor",
                "+",
                "statsbidrag",
                "volymer",
                "kopt_verksamhet",
                value=6e6,
                note="An amount in words, possessive: the stated figure (the table says 6,1).",
            ),
        ),
        H("Arbetsmarknadsinsatser", 3),
        P(
            "Arbetsmarknadsinsatserna kostade 3,2 miljoner kronor mer än budgeterat. Fler personer än planerat "
            "fick en extratjänst i kommunen, samtidigt som ersättningen från Arbetsförmedlingen minskade.",
            C("Arbetsmarknadsinsatser", "3,2 miljoner kronor", "-", "volymer", "statsbidrag"),
        ),
        H("Etablering och integration", 3),
        P(
            "Kommunen tog emot färre nyanlända än vad som anvisats i budgeten, och kostnaderna för tolk och "
            "samhällsorientering blev därmed lägre.",
            C(
                "Etablering och integration",
                "1,9",
                "+",
                "volymer",
                unit="mnkr",
                table=True,
                note="A reason only: the row's cell.",
            ),
        ),
        H("Nämnd och administration", 3),
        P(
            "Nämnd och administration gick 1,1 miljoner kronor över budget, vilket kan härledas till kostnader för "
            "det nya verksamhetssystemet för vuxenutbildningen.",
            C("Nämnd och administration", "1,1 miljoner kronor", "-", "it_digitalisering"),
        ),
        H("Personal", 3),
        P(
            "Personalkostnaderna blev 2,3 miljoner kronor lägre än budget, eftersom flera tjänster som studie- och "
            "yrkesvägledare var vakanta under våren.",
            C("Personalkostnader", "2,3 miljoner kronor", "+", "vakanser"),
        ),
        H("Investeringar", 2),
        P(
            "Nämndens investeringar uppgick till 1,4 miljoner kronor av budgeterade 2,5 miljoner kronor. Inköpet av "
            "möbler till det nya lärcentret har skjutits till 2026.",
            C(
                "Investeringar",
                "1,4 miljoner kronor av budgeterade 2,5 miljoner kronor",
                "+",
                "periodisering",
                value=1.1e6,
                note="The under-spend (1,1) is never written out: the computed value.",
            ),
        ),
        H("Jämförelse och måluppfyllelse", 2),
        P(
            "Nämndens nettokostnader minskade med 4 procent jämfört med 2024.",
            O(None, note="Against the previous year: other."),
        ),
        P(
            "Andelen deltagare som gått vidare till arbete eller studier var 41 procent. Målet på 45 procent nåddes "
            "inte, vilket beror på att arbetsmarknaden för personer utan gymnasieutbildning har försämrats.",
            O(None, note="A goal not met with 'beror på': other."),
        ),
        H("Inför 2026", 2),
        P(
            "Nämnden har beslutat att minska antalet platser i upphandlad yrkesutbildning, vilket beräknas ge en "
            "besparing på 2,0 miljoner kronor.",
            A("Vuxenutbildning", "2,0 miljoner kronor", "kopt_verksamhet"),
        ),
    ]
    return ReportSpec(
        file="uppsala-amn-bokslut-2025.pdf",
        report={
            "municipality": "Uppsala",
            "committee": ["Arbetsmarknadsnämnden"],
            "period": ["2025", "2025-12"],
            "report_type": "bokslut",
        },
        metadata={"title": "Bokslut 2025 Arbetsmarknadsnämnden", "author": "Uppsala kommun"},
        style=style,
        blocks=blocks,
    )
