"""Leksands kommun, Kommunstyrelsen, delårsrapport januari–augusti 2025 (the whole kommun).

A whole-kommun interim report in mnkr, footer with the kommunfullmäktige's meeting date in October: the
period's result "12,6 mnkr bättre än den periodiserade budgeten" with its timing reason in the next sentence
(one item), the full year "7,4 mnkr lägre än det budgeterade resultatet" after two levels, one sentence
splitting it into the nämnder's "underskott på 19,6 mnkr mot tilldelade ramar" and the finance function's
"överskott om 12,2 mnkr" (two items), the change since June with its cause; a table per nämnd with hyphen
minus; bullets under a generic heading ("Ekonomienhetens kommentar") in varied shapes: "redovisar ett
överskott på 2,1 mnkr", a possessive "Barn- och utbildningsnämndens prognos är −6,8 mnkr", "överskrider sin
ram med 14,3 mnkr" with a part ("Hälften av underskottet, 7,2 mnkr"), "landar 0,6 mnkr sämre än budget" and
"bedöms hålla budget" (boilerplate); tax revenue, pensions and the finance net in one sentence with a
"respektive" pair (three items, no tags); investments "Av årets investeringsbudget på 148,0 mnkr beräknas 97,5
mnkr användas" (50,5 never written out) and a project "cirka 3,4 mnkr dyrare än projektbudgeten"; an action
with its effect, balanskrav and a goal not met "vilket beror på" and the population (others). Liberation Serif
10.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Bullets, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=10.5,
        leading=1.36,
        para_gap=6.5,
        heading_sizes=(16.0, 12.5, 11.0),
        heading_fonts=("times-bold", "times-bold", "times-bold"),
        margins=(68.0, 78.0, 68.0, 74.0),
        header=lambda n, m: ("Leksands kommun", "Delårsrapport 2025"),
        footer=lambda n, m: ("Kommunfullmäktige 2025-10-27", "Dnr KS 2025/412", f"Sida {n} av {m}"),
        header_size=8.0,
        rule_under_header=False,
    )
    table = Table(
        caption="Prognos per nämnd och finansiering 2025, mnkr",
        header=(("", "Budget 2025", "Prognos 2025", "Avvikelse"),),
        rows=(
            ("Kommunstyrelsen", "-168,4", "-166,3", "2,1"),
            ("Barn- och utbildningsnämnden", "-402,9", "-409,7", "-6,8"),
            ("Omsorgsnämnden", "-561,2", "-575,5", "-14,3"),
            ("Miljö- och byggnadsnämnden", "-9,8", "-10,4", "-0,6"),
            ("Revisionen", "-1,6", "-1,6", "0,0"),
            ("Summa nämnder", "-1 143,9", "-1 163,5", "-19,6"),
            ("Skatteintäkter och generella statsbidrag", "1 194,3", "1 203,0", "8,7"),
            ("Pensionskostnader", "-38,2", "-35,3", "2,9"),
            ("Finansnetto", "5,0", "5,6", "0,6"),
            ("Årets resultat", "17,2", "9,8", "-7,4"),
        ),
        widths=(200.0, 80.0, 80.0, 80.0),
        bold_rows=frozenset({5, 9}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Delårsrapport januari–augusti 2025", size=20, font="times-bold", after=2),
        Title("Leksands kommun", size=13, font="times", after=14),
        H("Förvaltningsberättelse", 1),
        H("Ekonomiskt resultat", 2),
        P(
            "Periodens resultat uppgår till 41,2 mnkr, vilket är 12,6 mnkr bättre än den periodiserade budgeten. "
            "Avvikelsen för perioden beror till stor del på att semesterlöneskulden minskar under sommaren och att "
            "flera underhållsprojekt utförs först under hösten.",
            C(
                None,
                "12,6 mnkr",
                "+",
                "periodisering",
                "lonekostnader",
                note="The period's deviation with its timing reason in the next sentence: one item.",
            ),
        ),
        P(
            "Helårsprognosen pekar på ett resultat om 9,8 mnkr, vilket är 7,4 mnkr lägre än det budgeterade "
            "resultatet på 17,2 mnkr.",
            C(None, "7,4 mnkr", "-", note="The full year between two levels: the deviation is the amount."),
        ),
        PS(
            (
                "Nämndernas sammantagna prognos är ett underskott på 19,6 mnkr mot tilldelade ramar, medan "
                "finansieringen beräknas ge ett överskott om 12,2 mnkr, framför allt genom högre skatteintäkter och "
                "lägre pensionskostnader.",
                C(
                    "Nämnderna",
                    "19,6 mnkr",
                    "-",
                    note="One sentence split into the nämnder and the finance function: two items.",
                    also=(C("Finansiering", "12,2 mnkr", "+", note="A finance item: no cause tag."),),
                ),
            ),
            (
                "Jämfört med prognosen i juni har resultatet försämrats med 3,1 mnkr, främst till följd av ökade "
                "kostnader för placeringar av barn och unga.",
                F(None, "3,1 mnkr", "-", "kopt_verksamhet"),
            ),
        ),
        table,
        H("Nämndernas prognoser", 2),
        H("Ekonomienhetens kommentar", 3),
        Bullets(
            (
                "Kommunstyrelsen redovisar ett överskott på 2,1 mnkr, som till största delen förklaras av vakanta "
                "tjänster inom samhällsbyggnadsavdelningen och lägre kostnader för IT-licenser än planerat.",
                "Barn- och utbildningsnämndens prognos är −6,8 mnkr. Underskottet beror på fler barn i behov av "
                "särskilt stöd i grundskolan och dyrare skolskjutsar sedan den nya upphandlingen i januari.",
                "Omsorgsnämnden överskrider sin ram med 14,3 mnkr. Hälften av underskottet, 7,2 mnkr, avser köpta "
                "placeringar inom individ- och familjeomsorgen, medan resten beror på höga kostnader för "
                "bemanningssjuksköterskor och fler hemtjänsttimmar än budgeterat.",
                "Miljö- och byggnadsnämnden landar 0,6 mnkr sämre än budget eftersom bygglovsintäkterna har minskat "
                "när nybyggnationen av fritidshus har stannat av.",
                "Revisionen bedöms hålla budget.",
            ),
            labels=(
                C("Kommunstyrelsen", "2,1 mnkr", "+", "vakanser", "it_digitalisering"),
                C("Barn- och utbildningsnämnden", "−6,8 mnkr", "-", "volymer", "prisokningar"),
                C(
                    "Omsorgsnämnden",
                    "14,3 mnkr",
                    "-",
                    "kopt_verksamhet",
                    "inhyrd_personal",
                    "volymer",
                    note="A part (7,2 mnkr) inside the item: the total is the amount.",
                ),
                C("Miljö- och byggnadsnämnden", "0,6 mnkr", "-", "avgifter_intakter", "volymer"),
                BP("Revisionen"),
            ),
        ),
        H("Finansiering", 2),
        P(
            "Skatteintäkter och generella statsbidrag beräknas bli 8,7 mnkr högre än budget, och pensionskostnaderna "
            "respektive finansnettot väntas ge ett överskott om 2,9 respektive 0,6 mnkr.",
            C(
                "Skatteintäkter och generella statsbidrag",
                "8,7 mnkr",
                "+",
                note="A finance item: no cause tag. Three items in one sentence.",
                also=(
                    C("Pensionskostnader", "2,9", "+", unit="mnkr", note="A finance item: no cause tag."),
                    C("Finansnetto", "0,6 mnkr", "+", note="A finance item: no cause tag."),
                ),
            ),
        ),
        H("Investeringar", 2),
        P(
            "Av årets investeringsbudget på 148,0 mnkr beräknas 97,5 mnkr användas. Den största avvikelsen finns "
            "inom projektet Ny förskola i Tibble, där en utdragen detaljplaneprocess har försenat byggstarten till "
            "våren 2026.",
            C(
                "Investeringar",
                "Av årets investeringsbudget på 148,0 mnkr beräknas 97,5 mnkr användas",
                "+",
                "periodisering",
                value=50_500_000,
                note="Investment under-spending of 50,5 mnkr, never written out: the computed value.",
            ),
        ),
        P(
            "Ombyggnaden av Ullviskolans kök blir däremot cirka 3,4 mnkr dyrare än projektbudgeten till följd av "
            "asbestsanering och högre entreprenadpriser.",
            C("Ombyggnad av Ullviskolans kök", "cirka 3,4 mnkr", "-", "ovrigt", "prisokningar"),
        ),
        H("Åtgärder", 2),
        P(
            "Kommunstyrelsen har gett Omsorgsnämnden i uppdrag att ta fram en handlingsplan för att minska "
            "kostnaderna för bemanningssjuksköterskor. Planen beräknas ge 2,5 mnkr under resten av året.",
            A("Omsorgsnämnden", "2,5 mnkr", "inhyrd_personal"),
        ),
        H("Balanskrav och god ekonomisk hushållning", 2),
        P(
            "Balanskravsresultatet beräknas till 8,1 mnkr och balanskravet uppfylls. Det finansiella målet om ett "
            "resultat på 2 procent av skatter och bidrag nås däremot inte, vilket beror på Omsorgsnämndens "
            "underskott.",
            O(None, note="Balanskrav and a financial goal with 'beror på': other."),
        ),
        P(
            "Antalet invånare var 15 902 den 30 juni, 61 fler än vid årsskiftet.",
            O(None, note="Population against an earlier time: other."),
        ),
    ]
    return ReportSpec(
        file="leksand-ks-delarsrapport-2025-08.pdf",
        report={
            "municipality": "Leksand",
            "committee": ["Kommunstyrelsen", "Kommunfullmäktige"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={"title": "Delårsrapport januari–augusti 2025", "author": "Leksands kommun"},
        style=style,
        blocks=blocks,
    )
