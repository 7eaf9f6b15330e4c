"""Gislaveds kommun, Kommunstyrelsen, delårsrapport januari–augusti 2025 (the whole kommun).

A whole-kommun interim report in mnkr with U+2212 minus signs, footer with the fullmäktige's meeting date in
October: the period "21,3 mnkr bättre än periodens budget" and its timing reason in a paragraph of its own
(amount null), the full year "att jämföra med budgeterade 33,0 mnkr, en negativ avvikelse på 14,8 mnkr", one
sentence splitting it into the nämnder's "underskott mot sina ramar på 27,6 mnkr" and the finance function's
"överskott på 12,8 mnkr", the change since April, a table per nämnd, then bullets under a generic heading
("Ekonomiavdelningens kommentar") in varied shapes: "redovisar ett överskott på 1,3 mnkr", "bedöms överskrida
sin ram med 3,6 mnkr", a possessive "Socialnämndens prognos på −18,9 mnkr" with the reasons in the next
sentence, "ett litet överskott, 0,6 mnkr", "För Tekniska nämnden blir utfallet 6,3 mnkr sämre än budget",
bygglov revenue "0,7 mnkr under budget" and two small nämnder that "håller sina budgetar"; tax revenue in one
sentence, pensions and the finance net as a "respektive" pair; investments "53,5 mnkr inte förbrukas" after
two levels and a project overrun; two actions, a financial goal with "Det beror på", balanskrav and population
against last year (others). DejaVu Serif 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Bullets, H, P, Para, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, F, O

NO_TAG = "A finance item: no cause tag."


def spec() -> ReportSpec:
    style = Style(
        body="serif",
        bold="serif-bold",
        italic="serif-italic",
        size=10.0,
        leading=1.4,
        para_gap=7.0,
        heading_sizes=(15.0, 12.5, 10.5),
        heading_fonts=("serif-bold", "serif-bold", "serif-bold"),
        margins=(68.0, 80.0, 68.0, 74.0),
        header=lambda n, m: ("Gislaveds kommun", "Delårsrapport januari–augusti 2025"),
        footer=lambda n, m: ("Kommunfullmäktige 2025-10-30", "Dnr KS 2025/388", f"Sida {n} av {m}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Driftredovisning per nämnd 2025, mnkr",
        header=(("Nämnd", "Budget 2025", "Utfall jan–aug", "Prognos 2025", "Avvikelse"),),
        rows=(
            ("Kommunstyrelsen", "148,2", "94,0", "146,9", "1,3"),
            ("Barn- och utbildningsnämnden", "812,5", "531,7", "816,1", "−3,6"),
            ("Socialnämnden", "798,4", "551,2", "817,3", "−18,9"),
            ("Kultur- och fritidsnämnden", "64,7", "41,9", "64,1", "0,6"),
            ("Tekniska nämnden", "88,9", "63,5", "95,2", "−6,3"),
            ("Miljö- och byggnadsnämnden", "12,8", "8,9", "13,5", "−0,7"),
            ("Revision och överförmyndare", "7,4", "4,6", "7,4", "0,0"),
            ("Summa nämnder", "1 932,9", "1 295,8", "1 960,5", "−27,6"),
            ("Finansförvaltningen", "", "", "", "12,8"),
            ("Årets resultat", "33,0", "84,6", "18,2", "−14,8"),
        ),
        widths=(140.0, 66.0, 80.0, 76.0, 62.0),
        bold_rows=frozenset({7, 9}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Delårsrapport januari–augusti 2025", size=19, font="serif-bold", after=2),
        Title("Gislaveds kommun", size=12.5, font="serif", after=14),
        H("Förvaltningsberättelse", 1),
        H("Ekonomiskt resultat", 2),
        P(
            "Kommunens resultat för perioden januari–augusti uppgår till 84,6 mnkr, vilket är 21,3 mnkr bättre än "
            "periodens budget.",
            C(None, "21,3 mnkr", "+", note="The period's deviation, in a sentence of its own."),
        ),
        P(
            "Den positiva avvikelsen för perioden förklaras framför allt av att semesterlöneskulden minskar under "
            "sommaren och av att flera investeringsprojekt har startat senare, vilket ger lägre kapitalkostnader "
            "än budgeterat.",
            C(
                None,
                None,
                "+",
                "lonekostnader",
                "periodisering",
                note="The period surplus's reason in a paragraph of its own: amount null.",
            ),
        ),
        P(
            "För helåret prognostiseras ett resultat på 18,2 mnkr, att jämföra med budgeterade 33,0 mnkr, en "
            "negativ avvikelse på 14,8 mnkr.",
            C(None, "14,8 mnkr", "-", note="The full year: two levels, then the deviation."),
        ),
        PS(
            (
                "Nämnderna redovisar sammantaget ett underskott mot sina ramar på 27,6 mnkr, medan "
                "finansförvaltningen beräknas ge ett överskott på 12,8 mnkr.",
                C(
                    "Nämnderna",
                    "27,6 mnkr",
                    "-",
                    note="One sentence splitting the result: one item per part.",
                    also=(C("Finansförvaltningen", "12,8 mnkr", "+", note=NO_TAG),),
                ),
            ),
            (
                "Jämfört med prognosen efter april har resultatet försämrats med 6,1 mnkr, främst inom socialnämndens "
                "verksamheter.",
                F(None, "6,1 mnkr", "-"),
            ),
        ),
        table,
        H("Nämndernas prognoser", 2),
        Para((("Ekonomiavdelningens kommentar", None),), font="bold"),
        Bullets(
            (
                "Kommunstyrelsen redovisar ett överskott på 1,3 mnkr, främst genom vakanser på "
                "kommunledningsförvaltningen och lägre kostnader för företagshälsovård.",
                "Barn- och utbildningsnämnden bedöms överskrida sin ram med 3,6 mnkr. Fler barn i förskolan än "
                "budgeterat och det nya skolskjutsavtalet, som gäller från januari, förklarar underskottet.",
                "Socialnämndens prognos på −18,9 mnkr är det största underskottet i kommunen. Det beror på fler "
                "placeringar av barn och unga på HVB, ett ökat behov av hemtjänst och höga kostnader för "
                "bemanningssjuksköterskor under sommaren.",
                "Kultur- och fritidsnämnden går med ett litet överskott, 0,6 mnkr, tack vare högre entréintäkter i "
                "simhallen.",
                "För Tekniska nämnden blir utfallet 6,3 mnkr sämre än budget. Vinterns snöröjning kostade mer än "
                "beräknat, och priserna på el och drivmedel har stigit.",
                "Miljö- och byggnadsnämndens intäkter från bygglov hamnar 0,7 mnkr under budget eftersom färre "
                "ansökningar har kommit in.",
                "Revisionen och överförmyndarnämnden håller sina budgetar.",
            ),
            labels=(
                C("Kommunstyrelsen", "1,3 mnkr", "+", "vakanser"),
                C(
                    "Barn- och utbildningsnämnden",
                    "3,6 mnkr",
                    "-",
                    "volymer",
                    "prisokningar",
                    note="A dearer school transport contract: prisokningar.",
                ),
                C(
                    "Socialnämnden",
                    "−18,9 mnkr",
                    "-",
                    "kopt_verksamhet",
                    "volymer",
                    "inhyrd_personal",
                    note="A possessive names the area; the reasons in the next sentence.",
                ),
                C("Kultur- och fritidsnämnden", "0,6 mnkr", "+", "avgifter_intakter"),
                C(
                    "Tekniska nämnden",
                    "6,3 mnkr",
                    "-",
                    "ovrigt",
                    "prisokningar",
                    note="Snow clearing is ovrigt (weather); electricity and fuel prices prisokningar.",
                ),
                C("Miljö- och byggnadsnämnden", "0,7 mnkr", "-", "avgifter_intakter", "volymer"),
                BP("Revisionen och överförmyndarnämnden"),
            ),
            glyph="–",
        ),
        H("Finansförvaltningen", 2),
        P(
            "Skatteintäkter och generella statsbidrag beräknas bli 9,4 mnkr högre än budgeterat enligt SKR:s "
            "augustiprognos.",
            C("Skatteintäkter och generella statsbidrag", "9,4 mnkr", "+", note=NO_TAG),
        ),
        P(
            "Pensionskostnaderna och finansnettot avviker positivt med 2,1 respektive 1,3 mnkr.",
            C(
                "Pensionskostnader",
                "2,1",
                "+",
                unit="mnkr",
                note=NO_TAG + " A 'respektive' pair: one item each.",
                also=(C("Finansnetto", "1,3 mnkr", "+", note=NO_TAG),),
            ),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsbudgeten för 2025 uppgår till 186,0 mnkr. Utfallet per augusti är 71,4 mnkr och "
            "helårsprognosen 132,5 mnkr, vilket innebär att 53,5 mnkr inte förbrukas under året, främst eftersom "
            "om- och tillbyggnaden av en förskola i Smålandsstenar har skjutits upp.",
            C("Investeringar", "53,5 mnkr", "+", "periodisering"),
        ),
        P(
            "Projektet nytt reningsverk i Reftele beräknas överskrida projektbudgeten med 4,2 mnkr till följd av "
            "markföroreningar som upptäcktes vid schaktningen.",
            C(
                "Nytt reningsverk i Reftele",
                "4,2 mnkr",
                "-",
                "ovrigt",
                note="An investment project's overrun.",
            ),
        ),
        H("Åtgärder", 2),
        P(
            "Kommunstyrelsen har gett socialnämnden i uppdrag att ta fram en åtgärdsplan som minskar underskottet med "
            "minst 5 mnkr till årets slut.",
            A("Socialnämnden", "minst 5 mnkr"),
        ),
        P(
            "Sedan juni gäller anställningsprövning för alla tillsvidaretjänster i kommunens förvaltningar.",
            A(None, None, "vakanser"),
        ),
        H("Balanskrav och finansiella mål", 2),
        P(
            "Det finansiella målet om ett resultat på minst 2 procent av skatteintäkter och generella statsbidrag "
            "nås inte. Det beror på nämndernas underskott.",
            O(None, note="A financial goal with 'Det beror på': other."),
        ),
        P(
            "Balanskravsresultatet beräknas till 15,9 mnkr efter avdrag för realisationsvinster.",
            O(None, note="Balanskrav: other."),
        ),
        P(
            "Folkmängden minskade med 112 personer under första halvåret, vilket främst beror på ett lägre "
            "flyttnetto än året innan.",
            O(None, note="Population against an earlier time: other."),
        ),
    ]
    return ReportSpec(
        file="gislaved-ks-delarsrapport-2025-08.pdf",
        report={
            "municipality": "Gislaved",
            "committee": ["Kommunstyrelsen", "Kommunfullmäktige"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={"title": "Delårsrapport januari–augusti 2025", "author": "Gislaveds kommun"},
        style=style,
        blocks=blocks,
    )
