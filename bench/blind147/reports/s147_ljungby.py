"""Ljungby kommun, Barn- och utbildningsnämnden, delårsrapport januari–augusti 2025.

An education committee's interim report in Liberation Sans (Arial) with en dashes as minus signs, footer with
the nämnd's meeting date in September: the period's surplus and the full year's deficit in one sentence ("3,2
mnkr bättre än periodiserad budget, men för helåret … ett underskott på 6,9 mnkr": the full year's is the
amount), the period surplus's timing reason in a paragraph of its own (amount null), the change since the
tertial report without a cause; a verksamhet table in mnkr; then headings that carry the verksamhet and the
amount ("Förskola +1,8 mnkr", "Grundskola –4,6 mnkr", "Förvaltningsgemensamt ±0 mnkr") with one short
paragraph each: a risk sentence after the cause under one heading (its own `other` item), "Verksamheten
bedöms följa budget" (boilerplate); investments "5,3 mnkr lägre än budget"; an action with an effect and
children in preschool against last year with "beror på" (other).

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, Para, ReportSpec, Style, Table, Title

from reports.common import BP, HP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=10.0,
        leading=1.42,
        para_gap=7.0,
        heading_sizes=(15.0, 12.5, 11.0),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(64.0, 80.0, 64.0, 76.0),
        header=lambda n, m: ("LJUNGBY KOMMUN", "Barn- och utbildningsförvaltningen"),
        footer=lambda n, m: ("Delårsrapport 2025 – Barn- och utbildningsnämnden 2025-09-24", "", f"{n}/{m}"),
        header_size=8.0,
        rule_under_header=False,
    )
    table = Table(
        caption="Driftredovisning per verksamhet, mnkr",
        header=(("Verksamhet", "Budget 2025", "Utfall jan–aug", "Prognos 2025", "Avvikelse"),),
        rows=(
            ("Förskola", "168,4", "110,2", "166,6", "1,8"),
            ("Grundskola", "352,1", "233,7", "356,7", "–4,6"),
            ("Gymnasieskola", "141,7", "96,0", "145,0", "–3,3"),
            ("Vuxenutbildning", "28,9", "18,1", "27,9", "1,0"),
            ("Skolskjuts", "31,2", "21,9", "33,0", "–1,8"),
            ("Förvaltningsgemensamt", "24,6", "14,8", "24,6", "0,0"),
            ("Summa", "746,9", "494,7", "753,8", "–6,9"),
        ),
        widths=(140.0, 70.0, 78.0, 72.0, 62.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=9.0,
        shade=(0.86, 0.9, 0.95),
    )
    blocks = [
        Title("Delårsrapport januari–augusti 2025", size=19, font="arial-bold", after=2),
        Title("Barn- och utbildningsnämnden", size=12.5, font="arial", after=14),
        H("Ekonomiskt resultat", 2),
        P(
            "Nämndens resultat för perioden januari–augusti är 3,2 mnkr bättre än periodiserad budget, men för "
            "helåret prognostiseras ett underskott på 6,9 mnkr.",
            C(
                None,
                "6,9 mnkr",
                "-",
                note="The period's and the full year's deviation in one sentence: the full year's is the amount.",
            ),
        ),
        P(
            "Överskottet under perioden beror främst på att statsbidragen för läxhjälp och lovskola har betalats "
            "ut tidigare än beräknat.",
            C(
                None,
                None,
                "+",
                "statsbidrag",
                "periodisering",
                note="The period surplus's timing reason apart from its amount: a cause with amount null.",
            ),
        ),
        P(
            "Prognosen har försämrats med 2,1 mnkr jämfört med tertialrapporten per april.",
            F(None, "2,1 mnkr", "-", note="A forecast change without a cause."),
        ),
        table,
        HP(
            "Förskola +1,8 mnkr",
            "Färre barn än budgeterat är inskrivna i förskolorna i centralorten, och två avdelningar i Lagan har "
            "slagits samman under våren.",
            C("Förskola", "+1,8 mnkr", "+", "volymer", "omstallning", note="The heading carries the amount."),
        ),
        Para(
            (
                (
                    "Grundskolan belastas av fler elever i behov av särskilt stöd och av högre kostnader för elever "
                    "som har valt fristående skolor. Den resursskola som startade i januari har dessutom fått fler "
                    "elever än planerat.",
                    C("Grundskola", "–4,6 mnkr", "-", "volymer", "kopt_verksamhet"),
                ),
                (
                    "Det finns en risk att kostnaderna för tilläggsbelopp ökar ytterligare under hösten.",
                    O("Grundskola", note="A risk sentence after the cause: its own item."),
                ),
            ),
            head="Grundskola –4,6 mnkr",
            head_level=3,
        ),
        HP(
            "Gymnasieskola –3,3 mnkr",
            "Köp av gymnasieplatser i andra kommuner och hos fristående huvudmän överstiger budget, eftersom fler "
            "ungdomar än beräknat har valt utbildningar i Växjö och Värnamo.",
            C("Gymnasieskola", "–3,3 mnkr", "-", "kopt_verksamhet", "volymer"),
        ),
        HP(
            "Skolskjuts –1,8 mnkr",
            "Det nya trafikavtalet är dyrare än det tidigare, och antalet elever med anpassad skolskjuts har ökat.",
            C(
                "Skolskjuts",
                "–1,8 mnkr",
                "-",
                "prisokningar",
                "volymer",
                note="A dearer contract: prisokningar.",
            ),
        ),
        HP(
            "Vuxenutbildning +1,0 mnkr",
            "Statsbidraget för regionalt yrkesvux blev högre än budgeterat.",
            C("Vuxenutbildning", "+1,0 mnkr", "+", "statsbidrag"),
        ),
        HP(
            "Förvaltningsgemensamt ±0 mnkr",
            "Verksamheten bedöms följa budget.",
            BP("Förvaltningsgemensamt"),
        ),
        H("Investeringar", 2),
        P(
            "Investeringarna beräknas bli 5,3 mnkr lägre än budget, eftersom inventarierna till den nya förskolan "
            "på Ågårdsområdet levereras först i början av 2026.",
            C("Investeringar", "5,3 mnkr", "+", "periodisering", "material_hjalpmedel"),
        ),
        H("Åtgärder", 2),
        P(
            "Förvaltningen har infört en restriktiv hållning vid nyrekryteringar inom grundskolan, vilket beräknas "
            "minska kostnaderna med 1,2 mnkr under hösten.",
            A("Grundskola", "1,2 mnkr", "bemanning"),
        ),
        H("Verksamhetsmått", 2),
        P(
            "Antalet inskrivna barn i förskolan var 1 412 i augusti, 38 färre än i augusti 2024, vilket beror på "
            "lägre födelsetal.",
            O("Förskola", "volymer", note="Children against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="ljungby-bun-delarsrapport-2025-08.pdf",
        report={
            "municipality": "Ljungby",
            "committee": ["Barn- och utbildningsnämnden"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={"title": "Delårsrapport 2025 Barn- och utbildningsnämnden", "author": "Ljungby kommun"},
        style=style,
        blocks=blocks,
    )
