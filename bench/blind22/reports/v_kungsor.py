"""Kungsörs kommun, Kommunstyrelsen, månadsrapport september 2025 (the whole kommun).

A whole-kommun month report in mnkr, footer with the kommunstyrelse's meeting date in October: the period's
result given only as two levels ("31,6 mnkr, att jämföra med en periodiserad budget på 36,5 mnkr", the
4,9 never written out: the computed value), the full year whose forecast level "landar på 12,2 mnkr" is not
the amount ("9,3 mnkr lägre än det budgeterade resultatet"), one sentence splitting it into the nämnder's
deficit and the finance side's contribution (two items), a forecast change with its cause in the next
sentence; a nämnd table with August's deviation; under a generic heading one bullet per nämnd in new shapes:
"räknar med att gå 11,3 mnkr över sin ram", "Barn- och utbildningsnämnden: −3,2 mnkr." with a partly
offsetting reason, "nettokostnaden beräknas bli 1,4 mnkr högre än budgeterat" after the reason, "visar ett
minus på", "lämnar ett överskott om", a bare "+0,6 mnkr, då …" and "beräknas följa budget" (boilerplate); tax
revenue and the general grants as two items in one sentence and the finance net with pensions "bidrar med
ytterligare 0,8 mnkr"; investments whose under-spend is stated in a later sentence with a part ("Av de 26
mnkr … avser 17 mnkr"), an overrun "cirka 2,5 mnkr dyrare än beräknat"; two actions and a financial goal
(other). 15 scored causes. Liberation Sans 10 pt.

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
        leading=1.4,
        para_gap=6.5,
        heading_sizes=(14.0, 11.5, 10.5),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(64.0, 78.0, 64.0, 74.0),
        header=lambda n, m: ("Kungsörs kommun", "Månadsrapport januari–september 2025"),
        footer=lambda n, m: ("Kommunstyrelsen 2025-10-20", "KS 2025/312", f"Sida {n} ({m})"),
        header_size=8.0,
        rule_under_header=True,
    )
    committees = Table(
        caption="Nämndernas helårsprognos 2025, mnkr (minus = sämre än budget)",
        header=(("Nämnd", "Budget 2025", "Prognos 2025", "Avvikelse", "Avvikelse aug"),),
        rows=(
            ("Kommunstyrelsen", "118,4", "116,9", "1,5", "1,5"),
            ("Barn- och utbildningsnämnden", "246,0", "249,2", "−3,2", "−3,2"),
            ("Socialnämnden", "231,7", "243,0", "−11,3", "−9,6"),
            ("Kultur- och fritidsnämnden", "24,5", "23,9", "0,6", "0,6"),
            ("Bygg- och miljönämnden", "6,8", "8,2", "−1,4", "−1,4"),
            ("Tekniska nämnden", "38,2", "39,2", "−1,0", "−1,0"),
            ("Revisionen och valnämnden", "2,1", "2,1", "0,0", "0,0"),
            ("Summa nämnder", "667,7", "682,5", "−14,8", "−13,1"),
        ),
        widths=(165.0, 72.0, 76.0, 66.0, 86.0),
        bold_rows=frozenset({7}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Månadsrapport september 2025", size=19, font="arial-bold", after=2),
        Title("Ekonomisk uppföljning för Kungsörs kommun", size=12, font="arial", after=12),
        H("Sammanfattning", 1),
        P(
            "Resultatet för januari–september uppgår till 31,6 mnkr, att jämföra med en periodiserad budget på "
            "36,5 mnkr.",
            C(
                None,
                "31,6 mnkr, att jämföra med en periodiserad budget på 36,5 mnkr",
                "-",
                value=4_900_000,
                note="The period's deviation only as two levels (31,6 against 36,5): the computed 4,9 mnkr.",
            ),
        ),
        P(
            "Helårsprognosen landar på 12,2 mnkr, vilket är 9,3 mnkr lägre än det budgeterade resultatet.",
            C(None, "9,3 mnkr", "-", note="The forecast level 12,2 mnkr is not the amount."),
        ),
        P(
            "Bakom avvikelsen ligger ett samlat underskott för nämnderna på 14,8 mnkr, medan skatteintäkter och "
            "finansiering bidrar positivt med 5,5 mnkr.",
            C(
                "Nämnderna",
                "14,8 mnkr",
                "-",
                note="Two parts with their own amounts in one sentence: two items.",
                also=(C("Skatteintäkter och finansiering", "5,5 mnkr", "+", note=NO_TAG),),
            ),
        ),
        PS(
            (
                "Sedan augustirapporten har prognosen försämrats med 1,7 mnkr. Försämringen kommer helt från "
                "socialnämnden, där ytterligare två barn har placerats på HVB under september.",
                F(None, "1,7 mnkr", "-", "kopt_verksamhet", "volymer"),
            ),
        ),
        committees,
        Space(10),
        H("Nämndernas prognoser i korthet", 2),
        Bullets(
            (
                "Socialnämnden räknar med att gå 11,3 mnkr över sin ram. Det är framför allt placeringar av barn "
                "och unga på HVB och i konsulentstödda familjehem som driver kostnaderna, men även "
                "försörjningsstödet har ökat sedan våren.",
                "Barn- och utbildningsnämnden: −3,2 mnkr. Fler elever än beräknat läser gymnasieprogram i Arboga "
                "och Köping, och ersättningen till fristående skolor har ökat. Förskolan har samtidigt färre barn "
                "än i budgeten, vilket dämpar underskottet något.",
                "Bygg- och miljönämnden tappar intäkter när antalet bygglovsansökningar har minskat, och "
                "nettokostnaden beräknas bli 1,4 mnkr högre än budgeterat.",
                "Tekniska nämnden visar ett minus på 1,0 mnkr, som beror på reparationen av gång- och cykelbron "
                "över Arbogaån efter skyfallet i juli.",
                "Kommunstyrelsen lämnar ett överskott om 1,5 mnkr, främst genom att tjänsterna som "
                "näringslivsutvecklare och IT-strateg har stått vakanta under större delen av året.",
                "Kultur- och fritidsnämnden +0,6 mnkr, då ishallens säsong kommer i gång först i slutet av oktober "
                "och energi- och personalkostnaderna därför blir lägre.",
                "Revisionen och valnämnden beräknas följa budget.",
            ),
            labels=(
                C(
                    "Socialnämnden",
                    "11,3 mnkr",
                    "-",
                    "kopt_verksamhet",
                    "ekonomiskt_bistand",
                    note="'Gå 11,3 mnkr över sin ram'.",
                ),
                C(
                    "Barn- och utbildningsnämnden",
                    "−3,2 mnkr",
                    "-",
                    "kopt_verksamhet",
                    "volymer",
                    note="Pupils in other kommuners' and fristående schools: kopt_verksamhet; the offsetting "
                    "förskola stays inside the bullet.",
                ),
                C(
                    "Bygg- och miljönämnden",
                    "1,4 mnkr",
                    "-",
                    "avgifter_intakter",
                    note="The reason comes before the amount.",
                ),
                C("Tekniska nämnden", "1,0 mnkr", "-", "ovrigt", note="Storm damage: ovrigt."),
                C("Kommunstyrelsen", "1,5 mnkr", "+", "vakanser"),
                C(
                    "Kultur- och fritidsnämnden",
                    "+0,6 mnkr",
                    "+",
                    "periodisering",
                    note="A late season start: periodisering.",
                ),
                BP("Revisionen och valnämnden"),
            ),
        ),
        H("Finansiering", 2),
        P(
            "Skatteintäkterna blir 3,8 mnkr högre än budget enligt SKR:s augustiprognos, och de generella "
            "statsbidragen 0,9 mnkr högre.",
            C(
                "Skatteintäkter",
                "3,8 mnkr",
                "+",
                note=NO_TAG + " Two items in one sentence.",
                also=(C("Generella statsbidrag", "0,9 mnkr", "+", note=NO_TAG),),
            ),
        ),
        P(
            "Finansnettot och pensionskostnaderna bidrar med ytterligare 0,8 mnkr jämfört med budget.",
            C("Finansnetto och pensionskostnader", "0,8 mnkr", "+", note=NO_TAG),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsbudgeten för 2025 uppgår till 64,0 mnkr. Utfallet till och med september är 21,3 mnkr och "
            "för helåret bedöms 38 mnkr användas. Av de 26 mnkr som inte bedöms användas i år avser 17 mnkr nya "
            "Kungsgårdens förskola, där byggstarten har flyttats till februari 2026.",
            C(
                "Investeringar",
                "26 mnkr",
                "+",
                "periodisering",
                note="Investment under-spending stated in the third sentence; the budget, outcome and forecast "
                "levels and the project's part (17 mnkr) are not the amount.",
            ),
        ),
        P(
            "Ombyggnaden av ventilationen i kommunhuset blir cirka 2,5 mnkr dyrare än beräknat, eftersom asbest "
            "påträffades i bjälklagen när arbetet hade börjat.",
            C(
                "Ventilation i kommunhuset",
                "cirka 2,5 mnkr",
                "-",
                "ovrigt",
                note="Investment overrun from an unexpected find: ovrigt.",
            ),
        ),
        H("Åtgärder", 2),
        PS(
            (
                "Socialnämnden har fått i uppdrag att ta fram en handlingsplan för att minska kostnaderna för "
                "placeringar.",
                A("Socialnämnden", None, "kopt_verksamhet"),
            ),
            (
                "Barn- och utbildningsnämnden har infört anställningsstopp för administrativa tjänster, vilket "
                "väntas ge 0,6 mnkr lägre kostnader under hösten.",
                A("Barn- och utbildningsnämnden", "0,6 mnkr", "bemanning"),
            ),
        ),
        H("Balanskrav och finansiella mål", 2),
        P(
            "Med den nya prognosen uppfylls balanskravet, men resultatet motsvarar 1,8 procent av skatteintäkter och "
            "generella statsbidrag och når därmed inte fullmäktiges mål på 2 procent.",
            O(None, note="Balanskrav and a financial goal: other."),
        ),
    ]
    return ReportSpec(
        file="kungsor-ks-manadsrapport-2025-09.pdf",
        report={
            "municipality": "Kungsör",
            "committee": ["Kommunstyrelsen"],
            "period": ["2025-09"],
            "report_type": "månadsrapport",
        },
        metadata={"title": "Månadsrapport september 2025", "author": "Kungsörs kommun"},
        style=style,
        blocks=blocks,
    )
