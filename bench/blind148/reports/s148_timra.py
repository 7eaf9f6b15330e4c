"""Timrå kommun, Kommunstyrelsen, delårsrapport januari–augusti 2025 (the whole kommun).

A whole-kommun interim report in mkr with en-dash minus signs, footer with the fullmäktige meeting date in
October: the period's result as a level and "17,8 mkr bättre än det periodiserade budgeterade resultatet",
the period's reason in a paragraph of its own (amount null), the full year "en negativ avvikelse med 6,4
mkr" after two levels, one sentence splitting it into the nämnder's "−19,7 mkr (−16,2 mkr i
tertialrapporten)" and the finance function's "+13,3 mkr"; a table per nämnd; under a generic heading
("Ekonomienhetens kommentar"), bullets per nämnd in varied shapes ("visar ett överskott på 3,1 mkr",
"beräknas överskrida sin budgetram med 9,3 mkr" with the reasons in the next sentence, a possessive
"Socialnämndens underskott, 14,4 mkr" with a "varav" part, "gör ett litet plusresultat på 0,9 mkr", "håller
sin budget"); the finance function under a run-in lead as tax revenue and a "respektive" pair (three items,
no tags); the change since the tertial report with its cause; investments "37,5 mkr inte förbrukas" and a
project "drygt två miljoner kronor" over in words; two actions, balanskrav and goal, population (others).
Liberation Sans Narrow 10.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import Bullets, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, LP, A, C, F, O

NO_TAG = "A finance item: no cause tag."


def spec() -> ReportSpec:
    style = Style(
        body="narrow",
        bold="narrow-bold",
        italic="arial-italic",
        size=10.5,
        leading=1.36,
        para_gap=6.5,
        heading_sizes=(16.0, 12.5, 11.0),
        heading_fonts=("narrow-bold", "narrow-bold", "narrow-bold"),
        margins=(66.0, 80.0, 66.0, 74.0),
        header=lambda n, m: ("Timrå kommun", "Delårsrapport 2025"),
        footer=lambda n, m: ("Kommunfullmäktige 2025-10-27", "", f"{n}"),
        header_size=8.5,
        rule_under_header=True,
    )
    table = Table(
        caption="Prognos per nämnd 2025, mkr",
        header=(("Nämnd", "Budget", "Prognos", "Avvikelse"),),
        rows=(
            ("Kommunstyrelsen", "118,4", "115,3", "3,1"),
            ("Barn- och utbildningsnämnden", "412,6", "421,9", "–9,3"),
            ("Socialnämnden", "498,0", "512,4", "–14,4"),
            ("Samhällsbyggnadsnämnden", "64,3", "63,4", "0,9"),
            ("Kultur- och fritidsnämnden", "38,7", "38,7", "0,0"),
            ("Summa nämnder", "1 132,0", "1 151,7", "–19,7"),
            ("Finansförvaltningen", "", "", "13,3"),
            ("Totalt", "", "", "–6,4"),
        ),
        widths=(190.0, 76.0, 76.0, 76.0),
        bold_rows=frozenset({5, 7}),
        rules=True,
        size=9.5,
    )
    blocks = [
        Title("Delårsrapport januari–augusti 2025", size=20, font="narrow-bold", after=2),
        Title("Timrå kommun", size=13, font="narrow", after=14),
        H("Resultat och prognos", 1),
        P(
            "Kommunens resultat för perioden januari–augusti uppgår till 41,3 mkr. Det är 17,8 mkr bättre än det "
            "periodiserade budgeterade resultatet.",
            C(None, "17,8 mkr", "+", note="The period: the level first, the deviation in the next sentence."),
        ),
        P(
            "Det bättre periodresultatet beror främst på att semesterlöneskulden sjunker under sommaren och att "
            "kostnaderna för underhåll av fastigheter kommer senare under året.",
            C(
                None,
                None,
                "+",
                "periodisering",
                "lonekostnader",
                note="The period's reason in a paragraph of its own: null.",
            ),
        ),
        P(
            "För helåret prognostiseras ett resultat på 8,6 mkr, att jämföra med budgeterade 15,0 mkr, en negativ "
            "avvikelse med 6,4 mkr.",
            C(None, "6,4 mkr", "-", note="Two levels before the deviation."),
        ),
        P(
            "Nämndernas sammanlagda avvikelse är −19,7 mkr (−16,2 mkr i tertialrapporten), medan finansförvaltningen "
            "väntas ge +13,3 mkr.",
            C(
                "Nämnderna",
                "−19,7 mkr",
                "-",
                note="The bracket is the tertial report's figure, not the amount.",
                also=(C("Finansförvaltningen", "+13,3 mkr", "+", note=NO_TAG),),
            ),
        ),
        table,
        H("Ekonomienhetens kommentar", 2),
        Bullets(
            (
                "Kommunstyrelsen visar ett överskott på 3,1 mkr, främst beroende på vakanta tjänster inom HR- och "
                "ekonomienheterna och lägre kostnader för konsulttjänster.",
                "Barn- och utbildningsnämnden beräknas överskrida sin budgetram med 9,3 mkr. Fler barn i förskolan än "
                "planerat, ökade kostnader för elever i fristående skolor och tilläggsbelopp för elever med stora "
                "stödbehov är förklaringen.",
                "Socialnämndens underskott, 14,4 mkr, har flera orsaker: externa placeringar av barn och unga, ett ökat "
                "antal beslutade hemtjänsttimmar och höga kostnader för bemanningssjuksköterskor inom hemsjukvården. "
                "Av underskottet avser 6,1 mkr individ- och familjeomsorgen.",
                "Samhällsbyggnadsnämnden gör ett litet plusresultat på 0,9 mkr tack vare högre bygglovsintäkter än "
                "beräknat.",
                "Kultur- och fritidsnämnden håller sin budget.",
            ),
            labels=(
                C("Kommunstyrelsen", "3,1 mkr", "+", "vakanser", "inhyrd_personal"),
                C(
                    "Barn- och utbildningsnämnden",
                    "9,3 mkr",
                    "-",
                    "volymer",
                    "kopt_verksamhet",
                    note="The reasons in the next sentence of the same bullet.",
                ),
                C(
                    "Socialnämnden",
                    "14,4 mkr",
                    "-",
                    "kopt_verksamhet",
                    "volymer",
                    "inhyrd_personal",
                    note="A possessive area with a 'varav' part: one item with the total.",
                ),
                C("Samhällsbyggnadsnämnden", "0,9 mkr", "+", "avgifter_intakter"),
                BP("Kultur- och fritidsnämnden"),
            ),
            glyph="–",
        ),
        LP(
            "Finansförvaltningen.",
            "Skatteintäkterna blir 4,8 mkr högre än budget enligt SKR:s augustiprognos.",
            C("Skatteintäkter", "4,8 mkr", "+", note=NO_TAG),
            (
                "Pensionskostnaderna och finansnettot blir 5,2 respektive 3,3 mkr bättre än budgeterat.",
                C(
                    "Pensionskostnader",
                    "5,2",
                    "+",
                    unit="mkr",
                    note=NO_TAG + " A 'respektive' pair.",
                    also=(C("Finansnetto", "3,3 mkr", "+", note=NO_TAG),),
                ),
            ),
        ),
        H("Förändring sedan tertialrapporten", 2),
        P(
            "Jämfört med tertialrapporten har helårsprognosen försämrats med 3,5 mkr, i huvudsak beroende på "
            "socialnämndens ökade kostnader för placeringar.",
            F(None, "3,5 mkr", "-", "kopt_verksamhet"),
        ),
        H("Investeringar", 2),
        P(
            "Årets investeringsbudget uppgår till 126,0 mkr och prognosen är 88,5 mkr, vilket innebär att 37,5 mkr "
            "inte förbrukas under året. Det beror främst på att bygget av förskolan Lärkan har försenats av "
            "överklaganden.",
            C("Investeringar", "37,5 mkr", "+", "periodisering"),
        ),
        P(
            "Projektet Ny huvudvattenledning blir dyrare än beräknat och överskrider projektbudgeten med drygt två "
            "miljoner kronor.",
            C(
                "Ny huvudvattenledning",
                "drygt två miljoner kronor",
                "-",
                value=2_000_000,
                note="An amount in words with 'drygt': the stated figure. No reason: no tags.",
            ),
        ),
        H("Åtgärder", 2),
        P(
            "Kommunstyrelsen beslutade i juni om anställningsstopp för administrativa tjänster och ett tillfälligt "
            "stopp för konferenser och utbildningar, med en beräknad helårseffekt på 2,0 mkr.",
            A(None, "2,0 mkr", "vakanser"),
        ),
        P(
            "Socialnämnden har fått i uppdrag att ta fram en åtgärdsplan för en budget i balans till 2026.",
            A("Socialnämnden", None),
        ),
        H("Balanskrav och befolkning", 2),
        P(
            "Prognosen innebär att balanskravet uppfylls, men kommunens finansiella mål om ett resultat på 2 procent "
            "av skatter och bidrag nås inte, vilket beror på nämndernas underskott.",
            O(None, note="Balanskrav and a financial goal with 'beror på': other."),
        ),
        P(
            "Antalet invånare var 17 820 den 30 juni, 60 färre än vid årsskiftet.",
            O(None, "volymer", note="Population against an earlier time: other."),
        ),
    ]
    return ReportSpec(
        file="timra-ks-delarsrapport-2025-08.pdf",
        report={
            "municipality": "Timrå",
            "committee": ["Kommunstyrelsen", "Kommunfullmäktige"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={"title": "Delårsrapport januari–augusti 2025", "author": "Timrå kommun"},
        style=style,
        blocks=blocks,
    )
