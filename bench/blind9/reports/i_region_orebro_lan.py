"""Region Örebro län, Regionstyrelsen, delårsrapport januari–augusti 2025 (the whole region).

A region's interim report in "miljoner kronor" with explicit "+" and U+2212 signs, footer with the
regionstyrelse's meeting date in October: one sentence with the period's result "96 miljoner kronor bättre
än budget för perioden" and the full year "60 miljoner kronor under det budgeterade resultatet" (one item,
the full year's), the period's reason in a paragraph of its own (amount null), the change since the tertial
report with its cause; a table per nämnd with the finance function; under a generic heading, two columns of
bold run-in nämnder with a colon: health care "Prognosen är −252 miljoner kronor." with three causes,
followed in the same paragraph by two hospitals' deficits as a "respektive" pair (their own items), a
surplus "kommer främst från kollektivtrafiken", culture that "bedöms hålla budget" (boilerplate, +3 in the
table), the regionstyrelse's own activities with reasons only (the table row's "+21"), and the finance
function as tax revenue in one sentence and pensions and the finance net in the next (three items, no
tags); investments "940 miljoner kronor mot en budget på 1 210 miljoner kronor" (270 never written out);
an action with its effect, a financial goal not met and staff numbers against last year with "beror på"
(others). Liberation Sans 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import Columns, H, P, PageBreak, ReportSpec, Style, Table, Title

from reports.common import BP, LP, A, C, F, O

NO_TAG = "A finance item: no cause tag."


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=9.5,
        leading=1.38,
        para_gap=6.0,
        heading_sizes=(15.0, 12.0, 10.0),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(60.0, 78.0, 60.0, 72.0),
        gutter=22.0,
        header=lambda n, m: ("Region Örebro län", "Delårsrapport januari–augusti 2025"),
        footer=lambda n, m: ("Regionstyrelsen 2025-10-08", "Dnr 25RS4471", f"{n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Prognos per nämnd 2025, miljoner kronor (avvikelse: + bättre, − sämre än budget)",
        header=(("Nämnd", "Budget", "Prognos", "Avvikelse"),),
        rows=(
            ("Hälso- och sjukvårdsnämnden", "7 120", "7 372", "−252"),
            ("Nämnden för regional utveckling", "612", "598", "+14"),
            ("Kulturnämnden", "148", "145", "+3"),
            ("Regionstyrelsen", "1 034", "1 013", "+21"),
            ("Finansförvaltningen", "", "", "+154"),
            ("Summa", "", "", "−60"),
        ),
        widths=(190.0, 80.0, 80.0, 80.0),
        bold_rows=frozenset({5}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Delårsrapport januari–augusti 2025", size=19, font="arial-bold", after=2),
        Title("Region Örebro län", size=12.5, font="arial", after=12),
        H("Ekonomiskt resultat", 1),
        P(
            "Regionens resultat för januari–augusti uppgår till 312 miljoner kronor, vilket är 96 miljoner kronor "
            "bättre än budget för perioden, medan helårsprognosen på 140 miljoner kronor innebär ett utfall 60 "
            "miljoner kronor under det budgeterade resultatet.",
            C(
                None,
                "60 miljoner kronor",
                "-",
                note="Period and full year in one sentence: the full year's is the amount.",
            ),
        ),
        P(
            "Det bättre utfallet för perioden beror till stor del på att pensionskostnaderna och avskrivningarna "
            "bokförs jämnare över året än budgeten förutsätter.",
            C(
                None,
                None,
                "+",
                "periodisering",
                note="The period's reason in a paragraph of its own: amount null.",
            ),
        ),
        P(
            "Prognosen har förbättrats med 25 miljoner kronor jämfört med tertialrapporten, främst till följd av "
            "SKR:s högre skatteprognos i augusti.",
            F(None, "25 miljoner kronor", "+"),
        ),
        table,
        H("Nämndernas och styrelsens resultat", 2),
        Columns(2),
        LP(
            "Hälso- och sjukvårdsnämnden:",
            "Prognosen är −252 miljoner kronor. Hyrpersonal inom psykiatrin och akutsjukvården, fler remisser till "
            "vård utanför länet och kostnadsutvecklingen för läkemedel förklarar merparten.",
            C(
                "Hälso- och sjukvårdsnämnden",
                "−252 miljoner kronor",
                "-",
                "inhyrd_personal",
                "kopt_verksamhet",
                "material_hjalpmedel",
            ),
            (
                "Inom nämndens ram visar Universitetssjukhuset Örebro och närsjukvården −168 respektive −61 miljoner "
                "kronor.",
                C(
                    "Universitetssjukhuset Örebro",
                    "−168",
                    "-",
                    unit="mnkr",
                    note="Sub-areas inside another area's paragraph: their own items ('respektive').",
                    also=(C("Närsjukvården", "−61 miljoner kronor", "-"),),
                ),
            ),
        ),
        LP(
            "Nämnden för regional utveckling:",
            "Överskottet på 14 miljoner kronor kommer främst från kollektivtrafiken, där biljettintäkterna blivit "
            "högre än beräknat när resandet ökat.",
            C("Nämnden för regional utveckling", "14 miljoner kronor", "+", "avgifter_intakter", "volymer"),
        ),
        LP(
            "Kulturnämnden:",
            "Verksamheten bedöms hålla budget.",
            BP("Kulturnämnden", note="+3 in the table."),
        ),
        LP(
            "Regionstyrelsen:",
            "Styrelsens egen verksamhet beräknas ge ett överskott, framför allt genom vakanser inom Regionservice "
            "och lägre IT-kostnader än budgeterat.",
            C(
                "Regionstyrelsen",
                "+21",
                "+",
                "vakanser",
                "it_digitalisering",
                unit="mnkr",
                table=True,
                note="Reasons only: the table row's amount.",
            ),
        ),
        LP(
            "Finansförvaltningen:",
            "Skatteintäkter och generella statsbidrag blir 98 miljoner kronor bättre än budget.",
            C("Skatteintäkter och generella statsbidrag", "98 miljoner kronor", "+", note=NO_TAG),
            (
                "Därtill kommer en pensionskostnad som är 41 miljoner kronor lägre än budgeterat och ett finansnetto "
                "som är 15 miljoner kronor bättre än budget.",
                C(
                    "Pensionskostnader",
                    "41 miljoner kronor",
                    "+",
                    note=NO_TAG + " Two items in one sentence.",
                    also=(C("Finansnetto", "15 miljoner kronor", "+", note=NO_TAG),),
                ),
            ),
        ),
        PageBreak(),
        Columns(1),
        H("Investeringar", 2),
        P(
            "Investeringsutgifterna för perioden uppgår till 486 miljoner kronor. För helåret prognostiseras 940 "
            "miljoner kronor mot en budget på 1 210 miljoner kronor, främst till följd av att nybyggnationen av "
            "vårdbyggnad C vid Universitetssjukhuset Örebro har försenats.",
            C(
                "Investeringar",
                "940 miljoner kronor mot en budget på 1 210 miljoner kronor",
                "+",
                "periodisering",
                value=270_000_000,
                note="Investment under-spending of 270 miljoner kronor, never written out: the computed value.",
            ),
        ),
        H("Åtgärder", 2),
        P(
            "Hälso- och sjukvårdsnämnden har beslutat om en åtgärdsplan som ska minska kostnaderna för hyrpersonal "
            "med 40 miljoner kronor under hösten.",
            A("Hälso- och sjukvårdsnämnden", "40 miljoner kronor", "inhyrd_personal"),
        ),
        H("Finansiella mål och personal", 2),
        P(
            "Regionfullmäktiges finansiella mål om ett resultat på minst 2 procent av skatter och statsbidrag nås "
            "inte, vilket beror på hälso- och sjukvårdens underskott.",
            O(None, note="A financial goal with 'beror på': other."),
        ),
        P(
            "Antalet anställda har minskat med 180 jämfört med augusti 2024, vilket främst beror på att "
            "administrationen har minskat.",
            O(None, note="Staff numbers against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="region-orebro-lan-rs-delarsrapport-2025-08.pdf",
        report={
            "municipality": "Region Örebro län",
            "committee": ["Regionstyrelsen"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={"title": "Delårsrapport januari–augusti 2025", "author": "Region Örebro län"},
        style=style,
        blocks=blocks,
    )
