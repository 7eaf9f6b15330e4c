"""Smedjebackens kommun, Kommunstyrelsen, delårsrapport januari–augusti 2025 (the whole kommun).

A whole-kommun interim report in DejaVu Serif 10 pt with a footer carrying the fullmäktige date in October: the
period "9,2 mkr bättre än periodiserad budget" with its reasons in the same paragraph, the full year "4,1
mkr lägre än budgeterat resultat" after a level, one sentence splitting it into the nämnder's "underskott om
11,6 mkr" and the finance function's "7,5 mkr" (two items); a nämnd table with en-dash minus signs ("–8,4")
and the April deviation beside August; en-dash bullets under a generic heading ("Ekonomiavdelningens
kommentarer") in varied shapes: "redovisar det största underskottet, –8,4 mkr", a possessive "Barn- och
utbildningsnämndens prognos visar ett underskott på 5,2 mkr", "Kommunstyrelsen: +1,3 mkr." and "hamnar
enligt prognosen 0,7 mkr under sin budget" (a mild winter); taxes and general grants as a "respektive" pair,
pensions "1,4 mkr högre än budgeterat" and the finance net "bidrar med ytterligare 1,4 mkr"; the change
since April; investments "17,2 mkr inte förbrukas" after two levels and a project that "beräknas överskrida
projektbudgeten med cirka 3 mkr"; an action with its effect, balanskrav and solidity (other).

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import Bullets, H, P, Para, ReportSpec, Style, Table, Title

from reports.common import A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="serif",
        bold="serif-bold",
        italic="serif-italic",
        size=10.0,
        leading=1.38,
        para_gap=6.5,
        heading_sizes=(16.0, 12.5, 10.5),
        heading_fonts=("sans-bold", "sans-bold", "serif-bold"),
        margins=(68.0, 76.0, 62.0, 72.0),
        header=lambda n, m: ("Smedjebackens kommun", "Delårsrapport januari–augusti 2025"),
        footer=lambda n, m: ("Behandlad i kommunfullmäktige 2025-10-27", "", f"{n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Driftredovisning per nämnd, mkr",
        header=(("Nämnd", "Budget 2025", "Prognos 2025", "Avvikelse aug", "Avvikelse apr"),),
        rows=(
            ("Kommunstyrelsen", "98,4", "97,1", "1,3", "0,4"),
            ("Barn- och utbildningsnämnden", "214,6", "219,8", "–5,2", "–3,0"),
            ("Socialnämnden", "301,2", "309,6", "–8,4", "–6,5"),
            ("Tekniska nämnden", "42,3", "41,6", "0,7", "0,0"),
            ("Summa nämnder", "656,5", "668,1", "–11,6", "–9,1"),
            ("Finansförvaltningen", "–673,4", "–680,9", "7,5", "5,2"),
            ("Årets resultat", "16,9", "12,8", "–4,1", "–3,9"),
        ),
        widths=(160.0, 70.0, 72.0, 76.0, 76.0),
        bold_rows=frozenset({4, 6}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Delårsrapport 2025", size=22, font="sans-bold", after=2),
        Title("Januari–augusti, Smedjebackens kommun", size=12, font="serif", after=14),
        H("Förvaltningsberättelse", 1),
        H("Ekonomisk översikt", 2),
        P(
            "Kommunens resultat för perioden januari–augusti uppgår till 31,4 mkr, vilket är 9,2 mkr bättre än "
            "periodiserad budget. Det positiva resultatet för perioden förklaras främst av att skatteintäkterna "
            "har blivit högre än beräknat och av att semesterlöneskulden minskar under sommaren.",
            C(
                None,
                "9,2 mkr",
                "+",
                "lonekostnader",
                "periodisering",
                note="The period against its budget with its reasons in the same paragraph: one item. Taxes are a "
                "finance item (no tag).",
            ),
        ),
        P(
            "För helåret prognostiseras ett resultat på 12,8 mkr. Det är 4,1 mkr lägre än budgeterat resultat på "
            "16,9 mkr.",
            C(None, "4,1 mkr", "-", note="Two levels and the deviation between them."),
        ),
        Para(
            (
                (
                    "Nämndernas samlade prognos pekar på ett underskott om 11,6 mkr, medan finansförvaltningen "
                    "väntas ge ett överskott på 7,5 mkr.",
                    C(
                        "Nämnderna",
                        "11,6 mkr",
                        "-",
                        note="The nämnder and the finance function in one sentence: two items.",
                        also=(C("Finansförvaltningen", "7,5 mkr", "+"),),
                    ),
                ),
            )
        ),
        table,
        H("Ekonomiavdelningens kommentarer", 3),
        Bullets(
            (
                "Socialnämnden redovisar det största underskottet, –8,4 mkr. Kostnaderna för köpta platser inom "
                "individ- och familjeomsorgen är dubbelt så höga som budgeterat, och inom hemtjänsten har de "
                "beviljade timmarna ökat kraftigt sedan våren.",
                "Barn- och utbildningsnämndens prognos visar ett underskott på 5,2 mkr, vilket främst beror på ökade "
                "kostnader för elever i andra kommuners skolor och för skolskjutsar efter den nya upphandlingen.",
                "Kommunstyrelsen: +1,3 mkr. Överskottet kommer från vakanta tjänster inom näringslivsenheten och "
                "lägre kostnader för företagshälsovård.",
                "Tekniska nämnden hamnar enligt prognosen 0,7 mkr under sin budget tack vare en mild vinter med låga "
                "kostnader för snöröjning.",
            ),
            labels=(
                C("Socialnämnden", "–8,4 mkr", "-", "kopt_verksamhet", "volymer"),
                C(
                    "Barn- och utbildningsnämnden",
                    "5,2 mkr",
                    "-",
                    "kopt_verksamhet",
                    "prisokningar",
                    note="Pupils in other kommuners' schools are kopt_verksamhet, a dearer transport contract "
                    "prisokningar.",
                ),
                C("Kommunstyrelsen", "+1,3 mkr", "+", "vakanser"),
                C("Tekniska nämnden", "0,7 mkr", "+", "ovrigt", note="Weather is ovrigt."),
            ),
            glyph="–",
        ),
        H("Finansförvaltningen", 3),
        Para(
            (
                (
                    "Skatteintäkter och generella statsbidrag beräknas bli 5,9 respektive 1,6 mkr högre än budget, "
                    "enligt Sveriges Kommuner och Regioners augustiprognos.",
                    C(
                        "Skatteintäkter",
                        "5,9",
                        "+",
                        unit="mkr",
                        note="A 'respektive' pair of finance items: two items, no tag.",
                        also=(C("Generella statsbidrag", "1,6 mkr", "+"),),
                    ),
                ),
            )
        ),
        P(
            "Pensionskostnaderna blir 1,4 mkr högre än budgeterat efter en ny beräkning av pensionsskulden.",
            C("Pensionskostnader", "1,4 mkr", "-"),
        ),
        P(
            "Finansnettot bidrar med ytterligare 1,4 mkr, eftersom räntan på kommunens lån har sjunkit.",
            C("Finansnetto", "1,4 mkr", "+"),
        ),
        H("Förändring mot aprilprognosen", 3),
        P(
            "Jämfört med aprilprognosen har helårsresultatet försämrats med 0,2 mkr.",
            F(None, "0,2 mkr", "-"),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsbudgeten för 2025 uppgår till 64,0 mkr. Utfallet per augusti är 21,3 mkr och prognosen för "
            "helåret 46,8 mkr, vilket innebär att 17,2 mkr inte förbrukas. Den största delen avser ombyggnaden av "
            "Bergsgårdens skola, där upphandlingen har fått göras om.",
            C("Investeringar", "17,2 mkr", "+", "periodisering"),
        ),
        P(
            "Projektet nytt vattenverk i Björsjö beräknas överskrida projektbudgeten med cirka 3 mkr på grund av "
            "högre entreprenadpriser.",
            C("Nytt vattenverk i Björsjö", "cirka 3 mkr", "-", "prisokningar"),
        ),
        H("Åtgärder", 2),
        P(
            "Socialnämnden har beslutat om en handlingsplan med anställningsprövning och översyn av alla externa "
            "placeringar. Åtgärderna beräknas minska underskottet med 2,5 mkr under hösten.",
            A("Socialnämnden", "2,5 mkr", "kopt_verksamhet"),
        ),
        H("Balanskrav och finansiell ställning", 2),
        P(
            "Balanskravet bedöms uppfyllas för 2025. Soliditeten inklusive pensionsåtagandena beräknas till 24 "
            "procent vid årets slut, jämfört med 22 procent föregående år.",
            O(None, note="Balanskrav and solidity: other."),
        ),
    ]
    return ReportSpec(
        file="smedjebacken-ks-delarsrapport-2025-08.pdf",
        report={
            "municipality": "Smedjebacken",
            "committee": ["Kommunstyrelsen", "Kommunfullmäktige"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={"title": "Delårsrapport januari–augusti 2025", "author": "Smedjebackens kommun"},
        style=style,
        blocks=blocks,
    )
