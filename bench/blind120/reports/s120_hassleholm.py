"""Hässleholms kommun, Kommunstyrelsen, delårsrapport januari–augusti 2025 (the whole kommun).

A whole-kommun interim report in "mkr" set in Arial, footer with fullmäktige's meeting date in October: the
period's result as a level (no budget comparison, unlabelled) and the full year "18,9 mkr lägre än budgeterat
resultat" in the next sentence, one sentence splitting it into the nämnder's "överskrider sina ramar med 34,2
mkr" and the finance side's "överskott på 15,3 mkr" (two items), the change since April; a nämnd table with
hyphen-minus and April's deviation; en-dash bullets under a generic heading ("Ekonomiavdelningens
kommentarer") in varied shapes: "redovisar den största avvikelsen, ett underskott på 21,9 mkr" with four
causes, a possessive "Barn- och utbildningsnämndens prognos visar –14,6 mkr", a colon after the nämnd and
"blev 2,7 mkr högre än planerat", "lämnar ett överskott om 3,8 mkr", "ett plusresultat på drygt en miljon
kronor" in words, two nämnder "i nivå med budget" in one bullet (two boilerplate items); tax revenue and the
finance net as two amounts in one sentence and pensions "däremot" higher in the next (no tags); investments
as a budget, an outcome and a forecast with "en avvikelse på 110,5 mkr", a project whose start moved and a
project over its budget; two actions, the balanskrav and a goal with "beror på", and the population (others).
14 scored causes.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Bullets, H, P, ReportSpec, Space, Style, Table, Title

from reports.common import BP, A, C, F, O

NO_TAG = "A finance item: no cause tag."


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=10.0,
        leading=1.38,
        para_gap=6.0,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(64.0, 74.0, 64.0, 72.0),
        header=lambda n, m: ("Hässleholms kommun", "Delårsrapport 2025"),
        footer=lambda n, m: ("Kommunfullmäktige 2025-10-27", "Dnr KS 2025/612", f"Sida {n} av {m}"),
        header_size=8.0,
        rule_under_header=False,
    )
    table = Table(
        caption="Driftredovisning per nämnd, helårsprognos 2025 (mkr)",
        header=(("Nämnd", "Budget 2025", "Prognos 2025", "Avvikelse", "Avvikelse april"),),
        rows=(
            ("Kommunstyrelsen", "268,4", "264,6", "3,8", "2,9"),
            ("Barn- och utbildningsnämnden", "1 204,7", "1 219,3", "-14,6", "-12,0"),
            ("Omsorgsnämnden", "1 046,2", "1 068,1", "-21,9", "-17,4"),
            ("Tekniska nämnden", "142,0", "144,7", "-2,7", "-1,2"),
            ("Kultur- och fritidsnämnden", "96,5", "95,3", "1,2", "0,6"),
            ("Överförmyndarnämnden", "7,9", "7,9", "0,0", "0,0"),
            ("Revisionen", "2,6", "2,6", "0,0", "0,0"),
            ("Summa nämnder", "2 768,3", "2 802,5", "-34,2", "-27,1"),
        ),
        widths=(166.0, 70.0, 70.0, 66.0, 84.0),
        bold_rows=frozenset({7}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Delårsrapport januari–augusti 2025", size=20, font="arial-bold", after=2),
        Title("Hässleholms kommun", size=12, font="arial-italic", after=14),
        P(
            "Delårsrapporten omfattar perioden 1 januari till 31 augusti 2025 och innehåller en prognos för helåret. "
            "Rapporten har granskats av kommunens revisorer och behandlas av kommunfullmäktige i oktober."
        ),
        H("Resultat och prognos", 1),
        PS(
            ("Kommunens resultat för perioden januari–augusti uppgår till 86,4 mkr.", None),
            (
                "Resultatet för helåret beräknas till 31,7 mkr, vilket är 18,9 mkr lägre än budgeterat resultat.",
                C(
                    None,
                    "18,9 mkr",
                    "-",
                    note="The full year against the budgeted result; the period is a level only.",
                ),
            ),
        ),
        P(
            "Avvikelsen förklaras av att nämnderna sammantaget överskrider sina ramar med 34,2 mkr, medan "
            "skatteintäkter, generella statsbidrag och finansnetto ger ett överskott på 15,3 mkr.",
            C(
                "Nämnderna",
                "34,2 mkr",
                "-",
                note="Two parts with their own amounts in one sentence: two items.",
                also=(C("Finansiering", "15,3 mkr", "+", note=NO_TAG),),
            ),
        ),
        P(
            "Prognosen har försämrats med 6,1 mkr sedan aprilrapporten, främst inom omsorgsnämnden.",
            F(None, "6,1 mkr", "-"),
        ),
        table,
        Space(10),
        H("Ekonomiavdelningens kommentarer", 2),
        Bullets(
            (
                "Omsorgsnämnden redovisar den största avvikelsen, ett underskott på 21,9 mkr. Hemtjänsten har fler "
                "beviljade timmar än budgeterat och kostnaderna för placeringar inom LSS och socialpsykiatri "
                "överstiger budget. Sjukfrånvaron i särskilt boende har ökat och ersätts till stor del med "
                "timvikarier.",
                "Barn- och utbildningsnämndens prognos visar –14,6 mkr. Orsaken är framför allt högre kostnader för "
                "interkommunala ersättningar för gymnasieelever, fler elever i anpassad grundskola och att det "
                "riktade statsbidraget för lärarlöner har minskat.",
                "Tekniska nämnden: kostnaderna för vinterväghållningen under januari och februari blev 2,7 mkr högre "
                "än planerat, och elpriset för gatubelysningen har varit högre än budgeterat.",
                "Kommunstyrelsen lämnar ett överskott om 3,8 mkr till följd av vakanta tjänster inom "
                "kommunledningsförvaltningen och lägre kostnader för IT-licenser än beräknat.",
                "För kultur- och fritidsnämnden beräknas ett plusresultat på drygt en miljon kronor, då "
                "föreningsbidragen inte har sökts fullt ut.",
                "Överförmyndarnämnden och revisionen prognostiserar ett utfall i nivå med budget.",
            ),
            labels=(
                C(
                    "Omsorgsnämnden",
                    "21,9 mkr",
                    "-",
                    "volymer",
                    "kopt_verksamhet",
                    "sjukfranvaro",
                    "vikarier",
                ),
                C(
                    "Barn- och utbildningsnämnden",
                    "–14,6 mkr",
                    "-",
                    "kopt_verksamhet",
                    "volymer",
                    "statsbidrag",
                    note="A possessive opens the bullet; interkommunal ersättning is kopt_verksamhet.",
                ),
                C(
                    "Tekniska nämnden",
                    "2,7 mkr",
                    "-",
                    "ovrigt",
                    "prisokningar",
                    note="Winter road maintenance (weather) is ovrigt, electricity prices prisokningar.",
                ),
                C("Kommunstyrelsen", "3,8 mkr", "+", "vakanser", "it_digitalisering"),
                C(
                    "Kultur- och fritidsnämnden",
                    "drygt en miljon kronor",
                    "+",
                    "ovrigt",
                    value=1_000_000,
                    note="An amount in words (the table shows 1,2); grants not applied for are ovrigt.",
                ),
                BP(
                    "Överförmyndarnämnden",
                    note="Two nämnder in one 'i nivå med budget' bullet: two boilerplate items.",
                    also=(BP("Revisionen"),),
                ),
            ),
            glyph="–",
        ),
        H("Finansiering", 2),
        P(
            "Skatteintäkter och generella statsbidrag beräknas ge 13,7 mkr mer än budget enligt SKR:s augustiprognos, "
            "och finansnettot blir 3,5 mkr bättre än budgeterat tack vare lägre räntor på kommunens lån.",
            C(
                "Skatteintäkter och generella statsbidrag",
                "13,7 mkr",
                "+",
                note=NO_TAG + " Two finance items with their own amounts in one sentence: two items.",
                also=(C("Finansnetto", "3,5 mkr", "+", note=NO_TAG),),
            ),
        ),
        P(
            "Pensionskostnaderna beräknas däremot bli 1,9 mkr högre än budgeterat, till följd av ett högre intjänande "
            "av förmånsbestämd pension.",
            C("Pensionskostnader", "1,9 mkr", "-", note=NO_TAG),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsbudgeten för 2025 uppgår till 412,0 mkr. Utfallet till och med augusti är 168,3 mkr och "
            "prognosen för helåret 301,5 mkr, vilket innebär en avvikelse på 110,5 mkr.",
            C(
                "Investeringar",
                "110,5 mkr",
                "+",
                note="Investment under-spending (positive), no reason in the passage.",
            ),
        ),
        P(
            "Den största avvikelsen finns i projektet ny förskola i Tyringe, där upphandlingen har överprövats och "
            "byggstarten flyttats till 2026, vilket ger 38,0 mkr lägre utgifter i år.",
            C("Förskola i Tyringe", "38,0 mkr", "+", "periodisering"),
        ),
        P(
            "Ombyggnaden av reningsverket i Vittsjö beräknas kosta 4,2 mkr mer än projektbudgeten, på grund av "
            "markföroreningar som upptäcktes vid schaktningen.",
            C(
                "Reningsverket i Vittsjö",
                "4,2 mkr",
                "-",
                "ovrigt",
                note="Investment overrun, polluted ground: ovrigt.",
            ),
        ),
        H("Åtgärder", 2),
        PS(
            (
                "Omsorgsnämnden har beslutat om en handlingsplan med bland annat en översyn av schemaläggningen i "
                "hemtjänsten, som beräknas minska kostnaderna med 3,0 mkr under hösten.",
                A("Omsorgsnämnden", "3,0 mkr", "bemanning"),
            ),
            (
                "Barn- och utbildningsnämnden har infört ett tillfälligt anställningsstopp för tjänster utanför "
                "undervisningen.",
                A("Barn- och utbildningsnämnden", None, "bemanning"),
            ),
        ),
        H("Balanskrav och god ekonomisk hushållning", 2),
        P(
            "Balanskravsresultatet beräknas till 28,9 mkr. Målet om ett resultat på minst 2 procent av skatter och "
            "generella statsbidrag nås inte, vilket beror på nämndernas underskott.",
            O(None, note="Balanskrav and a financial goal with 'beror på': other."),
        ),
        P(
            "Antalet invånare var 52 814 den 30 juni, vilket är 118 fler än vid årsskiftet.",
            O(None, note="Population against an earlier time: other."),
        ),
    ]
    return ReportSpec(
        file="hassleholm-ks-delarsrapport-2025-08.pdf",
        report={
            "municipality": "Hässleholm",
            "committee": ["Kommunstyrelsen", "Kommunfullmäktige"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={"title": "Delårsrapport januari-augusti 2025", "author": "Hässleholms kommun"},
        style=style,
        blocks=blocks,
    )
