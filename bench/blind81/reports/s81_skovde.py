"""Skövde kommun, Kommunstyrelsen, delårsrapport januari–augusti 2025 (the whole kommun).

A whole-kommun interim report in mnkr with hyphen-minus in its table, whose footer carries the
kommunstyrelse's meeting date in October: the period "41,6 mnkr bättre än det periodiserade budgeterade
resultatet" and the full year's "negativ budgetavvikelse på 18,5 mnkr" in paragraphs of their own, the
period's timing reason apart (amount null), one sentence splitting the result into the nämnder's "underskott
på 43,9 mnkr" and the finance function's "överskott på 25,4 mnkr", a worsening since April; a nämnd table with
April's deviation; under a generic heading en-dash bullets per nämnd in varied shapes (a colon and the amount,
"prognostiserar ett underskott om", a possessive "kostnader överstiger budget", April's figure in brackets,
"redovisar ett överskott", "ett plusresultat på ungefär två miljoner kronor" in words, "håller sin budget");
tax revenue against grants in one sentence and pensions against the finance net in another (two items each);
investments "134 mnkr inte kommer att användas" with its reason and a project "överskrider projektbudgeten med
11,2 mnkr"; actions with and without an effect, and the balanskrav and a financial goal with "beror på"
(other). 17 scored causes. DejaVu Serif 9.5 pt with DejaVu Sans headings.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Bullets, H, P, ReportSpec, Space, Style, Table, Title

from reports.common import BP, A, C, F, O

NO_TAG = "A finance item: no cause tag."


def spec() -> ReportSpec:
    style = Style(
        body="serif",
        bold="serif-bold",
        italic="serif-italic",
        size=9.5,
        leading=1.42,
        para_gap=6.5,
        heading_sizes=(14.0, 11.5, 10.0),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(66.0, 78.0, 66.0, 74.0),
        header=lambda n, m: ("Skövde kommun", "Delårsrapport januari–augusti 2025"),
        footer=lambda n, m: ("Kommunstyrelsen 2025-10-06", "Dnr KS2025.0612", f"Sida {n} ({m})"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Tabell 2. Driftredovisning per nämnd, helårsprognos, mnkr",
        header=(("Nämnd", "Budget 2025", "Prognos 2025", "Avvikelse", "Avvikelse april"),),
        rows=(
            ("Kommunstyrelsen", "412,6", "405,1", "7,5", "5,9"),
            ("Barn- och utbildningsnämnden", "1 318,4", "1 339,0", "-20,6", "-16,8"),
            ("Gymnasienämnden", "298,7", "302,1", "-3,4", "-2,0"),
            ("Socialnämnden", "356,2", "370,9", "-14,7", "-12,5"),
            ("Vård- och omsorgsnämnden", "884,5", "899,3", "-14,8", "-11,9"),
            ("Kultur- och fritidsnämnden", "164,3", "162,2", "2,1", "1,1"),
            ("Samhällsbyggnadsnämnden", "96,8", "96,8", "0,0", "0,0"),
            ("Summa nämnder", "3 531,5", "3 575,4", "-43,9", "-36,2"),
        ),
        widths=(160.0, 70.0, 76.0, 64.0, 88.0),
        bold_rows=frozenset({7}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Delårsrapport 2025", size=20, font="sans-bold", after=2),
        Title("Skövde kommun – perioden januari–augusti", size=11.5, font="serif-italic", after=12),
        P(
            "Delårsrapporten omfattar kommunens verksamhet under årets första åtta månader och innehåller en "
            "prognos för helåret. Nämndernas egna delårsrapporter finns som bilagor."
        ),
        H("Ekonomiskt resultat", 1),
        P(
            "Kommunens resultat för perioden januari–augusti uppgår till 187,4 mnkr. Det är 41,6 mnkr bättre än "
            "det periodiserade budgeterade resultatet.",
            C(
                None,
                "41,6 mnkr",
                "+",
                note="The period against the periodised budget, a paragraph of its own.",
            ),
        ),
        P(
            "Helårsprognosen pekar på ett resultat om 64,0 mnkr, vilket innebär en negativ budgetavvikelse på "
            "18,5 mnkr mot det budgeterade resultatet på 82,5 mnkr.",
            C(None, "18,5 mnkr", "-", note="The full year between two levels: the deviation is the amount."),
        ),
        P(
            "Periodens överskott förklaras främst av att semesterlöneskulden ännu inte har reglerats och att flera "
            "investeringsprojekt har startat senare än planerat, så att avskrivningarna har blivit lägre.",
            C(
                None,
                None,
                "+",
                "periodisering",
                "lonekostnader",
                note="The period surplus's reason in a paragraph of its own: amount null.",
            ),
        ),
        PS(
            (
                "Nämndernas samlade prognos är ett underskott på 43,9 mnkr, medan finansförvaltningen väntas ge ett "
                "överskott på 25,4 mnkr.",
                C(
                    "Nämnderna",
                    "43,9 mnkr",
                    "-",
                    note="Two parts with their own amounts in one sentence: two items.",
                    also=(C("Finansförvaltningen", "25,4 mnkr", "+", note=NO_TAG),),
                ),
            ),
            (
                "Jämfört med aprilprognosen är helårsresultatet 7,2 mnkr sämre.",
                F(None, "7,2 mnkr", "-"),
            ),
        ),
        table,
        Space(10),
        H("Kommentarer per nämnd", 2),
        Bullets(
            (
                "Barn- och utbildningsnämnden: −20,6 mnkr. Underskottet finns främst i grundskolan, där antalet "
                "elever med behov av särskilt stöd har ökat, och i förskolan, som har haft fler barn än budgeterat "
                "sedan våren. Till det kommer högre kostnader för skolskjutsar.",
                "Vård- och omsorgsnämnden prognostiserar ett underskott om 14,8 mnkr, som framför allt beror på höga "
                "kostnader för bemanningsföretag inom sjuksköterskeorganisationen och på att de beviljade "
                "hemtjänsttimmarna har ökat med nio procent.",
                "Socialnämndens kostnader överstiger budget med 14,7 mnkr. Externa placeringar av barn och unga och "
                "ett ökat försörjningsstöd är de största förklaringarna.",
                "Gymnasienämnden landar på −3,4 mnkr (−2,0 i april) eftersom fler elever än beräknat har valt "
                "program hos andra huvudmän.",
                "Kommunstyrelsen redovisar ett överskott på 7,5 mnkr till följd av vakanta tjänster inom "
                "kommunledningsförvaltningen och ej utnyttjade medel i kommunstyrelsens post för oförutsett.",
                "Kultur- och fritidsnämnden gör ett plusresultat på ungefär två miljoner kronor. Badhuset har haft "
                "fler besökare än väntat och entréintäkterna ligger över budget.",
                "Samhällsbyggnadsnämnden håller sin budget.",
            ),
            labels=(
                C("Barn- och utbildningsnämnden", "−20,6 mnkr", "-", "volymer"),
                C("Vård- och omsorgsnämnden", "14,8 mnkr", "-", "inhyrd_personal", "volymer"),
                C(
                    "Socialnämnden",
                    "14,7 mnkr",
                    "-",
                    "kopt_verksamhet",
                    "ekonomiskt_bistand",
                    note="A possessive: 'Socialnämndens kostnader överstiger budget'.",
                ),
                C(
                    "Gymnasienämnden",
                    "−3,4 mnkr",
                    "-",
                    "kopt_verksamhet",
                    "volymer",
                    note="April's figure in brackets is not the amount; pupils at other huvudmän: kopt_verksamhet.",
                ),
                C("Kommunstyrelsen", "7,5 mnkr", "+", "vakanser", "reserver"),
                C(
                    "Kultur- och fritidsnämnden",
                    "ungefär två miljoner kronor",
                    "+",
                    "avgifter_intakter",
                    "volymer",
                    value=2_000_000,
                    note="An amount in words (the table shows 2,1).",
                ),
                BP("Samhällsbyggnadsnämnden"),
            ),
            glyph="–",
        ),
        H("Finansförvaltningen", 2),
        P(
            "Skatteintäkterna blir 12,8 mnkr lägre än budget enligt SKR:s augustiprognos, men det vägs upp av att "
            "generella statsbidrag och utjämning ger 21,3 mnkr mer än budgeterat.",
            C(
                "Skatteintäkter",
                "12,8 mnkr",
                "-",
                note=NO_TAG + " Two areas in one sentence: two items.",
                also=(C("Generella statsbidrag och utjämning", "21,3 mnkr", "+", note=NO_TAG),),
            ),
        ),
        P(
            "Pensionskostnaderna blir 9,6 mnkr lägre än budgeterat och finansnettot 7,3 mnkr bättre, främst tack "
            "vare högre ränteintäkter på kommunens likviditet.",
            C(
                "Pensionskostnader",
                "9,6 mnkr",
                "+",
                note=NO_TAG,
                also=(C("Finansnetto", "7,3 mnkr", "+", note=NO_TAG),),
            ),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsbudgeten för 2025 uppgår till 642 mnkr. Utfallet per augusti är 251 mnkr och "
            "helårsprognosen 508 mnkr, vilket innebär att 134 mnkr inte kommer att användas under året. Den största "
            "delen av avvikelsen beror på att upphandlingen av en ny grundskola har överprövats.",
            C(
                "Investeringar",
                "134 mnkr",
                "+",
                "periodisering",
                "ovrigt",
                note="Investment under-spending (positive); a procurement appeal is ovrigt.",
            ),
        ),
        P(
            "Ombyggnaden av simhallen blir dyrare än beräknat och överskrider projektbudgeten med 11,2 mnkr, till "
            "följd av fuktskador som upptäcktes vid rivningen.",
            C(
                "Ombyggnaden av simhallen",
                "11,2 mnkr",
                "-",
                "ovrigt",
                note="Investment overrun: damage is ovrigt.",
            ),
        ),
        H("Åtgärder", 2),
        PS(
            (
                "Vård- och omsorgsnämnden har beslutat att avveckla inhyrda sjuksköterskor från och med oktober, med "
                "en beräknad effekt på 2,4 mnkr under resten av året.",
                A("Vård- och omsorgsnämnden", "2,4 mnkr", "inhyrd_personal"),
            ),
            (
                "Barn- och utbildningsnämnden har infört anställningsstopp för administrativa tjänster.",
                A("Barn- och utbildningsnämnden", None, "bemanning"),
            ),
        ),
        H("Balanskrav och finansiella mål", 2),
        P(
            "Balanskravsresultatet beräknas till 58,1 mnkr och balanskravet uppfylls. Resultatmålet på två procent "
            "av skatter och bidrag nås däremot inte, vilket beror på nämndernas underskott.",
            O(None, note="Balanskrav and a financial goal with 'beror på': other."),
        ),
    ]
    return ReportSpec(
        file="skovde-ks-delarsrapport-2025-08.pdf",
        report={
            "municipality": "Skövde",
            "committee": ["Kommunstyrelsen"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={"title": "Delårsrapport januari–augusti 2025", "author": "Skövde kommun"},
        style=style,
        blocks=blocks,
    )
