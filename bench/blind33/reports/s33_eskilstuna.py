"""Eskilstuna kommun, Kommunstyrelsen, månadsrapport oktober 2025 (the whole kommun).

A whole-kommun month report in "miljoner kronor" and mnkr with U+2212 minus signs, footer with the
kommunstyrelse's meeting date in November: the full-year result as a level followed by "41,4 miljoner
kronor lägre än det budgeterade resultatet" (one item, two sentences), one sentence splitting it into the
nämnder's "negativ budgetavvikelse på 72,9 miljoner kronor" and the finance function's "överskott på 31,5
miljoner kronor" (two items), the change since September; a table with the deviation in October and
September side by side; then en-dash bullets under a generic heading ("Koncernstabens kommentar") in varied
shapes: "visar ett överskott om 5,4 mnkr", "beräknas överskrida sin budgetram med 2,7 mnkr", a possessive
"Förskolenämndens positiva avvikelse", a colon "Grundskolenämnden: −17,1 mnkr.", "Inom … bedöms budgeten
hålla" (boilerplate), "För … väntas ett plus på 1,2 mnkr", "den största avvikelsen, ett underskott på 34,9
mnkr", "en prognos som är 3,6 mnkr sämre än budget" and "−28,4 mnkr (−24,6 mnkr i september)" with last
month's figure in brackets; tax revenue, then pensions and the finance net as a "respektive" pair (no tags);
investments "189 mnkr inte förbrukas" after two levels and a project that "beräknas överskrida
projektbudgeten med 14 mnkr"; two actions (one with its effect) and a financial goal (other). Liberation
Sans 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Bullets, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, F, O

NO_TAG = "A finance item: no cause tag."


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=9.5,
        leading=1.4,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(62.0, 78.0, 62.0, 72.0),
        header=lambda n, m: ("Eskilstuna kommun", "Månadsrapport oktober 2025"),
        footer=lambda n, m: ("Kommunstyrelsen 2025-11-25", "KSKF/2025:412", f"Sida {n} av {m}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Helårsprognos per nämnd, mnkr (avvikelse mot budget, − innebär underskott)",
        header=(("Nämnd", "Budget 2025", "Prognos okt", "Avvikelse okt", "Avvikelse sep"),),
        rows=(
            ("Kommunstyrelsen", "412,0", "406,6", "+5,4", "+4,8"),
            ("Arbetsmarknads- och vuxenutbildningsnämnden", "318,5", "321,2", "−2,7", "−2,7"),
            ("Förskolenämnden", "845,3", "838,1", "+7,2", "+6,9"),
            ("Grundskolenämnden", "1 602,8", "1 619,9", "−17,1", "−16,0"),
            ("Kultur- och fritidsnämnden", "268,4", "268,4", "0,0", "+0,3"),
            ("Miljö- och räddningstjänstnämnden", "98,6", "97,4", "+1,2", "+1,0"),
            ("Socialnämnden", "724,9", "759,8", "−34,9", "−33,2"),
            ("Stadsbyggnadsnämnden", "196,2", "199,8", "−3,6", "−2,9"),
            ("Vård- och omsorgsnämnden", "1 488,1", "1 516,5", "−28,4", "−24,6"),
            ("Summa nämnder", "", "", "−72,9", "−66,4"),
            ("Finansförvaltningen", "", "", "+31,5", "+31,2"),
            ("Totalt", "", "", "−41,4", "−35,2"),
        ),
        widths=(200.0, 62.0, 62.0, 72.0, 72.0),
        bold_rows=frozenset({9, 11}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Månadsrapport oktober 2025", size=19, font="arial-bold", after=2),
        Title(
            "Eskilstuna kommun – samtliga nämnder och finansförvaltningen", size=12, font="arial", after=12
        ),
        H("Sammanfattning", 1),
        P(
            "Kommunens prognos för helåret 2025 är ett resultat på 38,6 miljoner kronor. Det är 41,4 miljoner kronor "
            "lägre än det budgeterade resultatet på 80,0 miljoner kronor.",
            C(
                None,
                "41,4 miljoner kronor",
                "-",
                note="A level first, the deviation in the next sentence: one item, the deviation is the amount.",
            ),
        ),
        P(
            "Nämnderna prognostiserar tillsammans en negativ budgetavvikelse på 72,9 miljoner kronor, medan "
            "finansförvaltningen väntas lämna ett överskott på 31,5 miljoner kronor.",
            C(
                "Nämnderna",
                "72,9 miljoner kronor",
                "-",
                note="The result split into the nämnder and the finance function: two items.",
                also=(C("Finansförvaltningen", "31,5 miljoner kronor", "+", note=NO_TAG),),
            ),
        ),
        P(
            "Jämfört med septemberprognosen har resultatet försämrats med 6,2 miljoner kronor, främst inom vård- och "
            "omsorgsnämnden.",
            F(None, "6,2 miljoner kronor", "-", note="A nämnd named, no reason: no tags."),
        ),
        table,
        H("Nämndernas prognoser", 2),
        H("Koncernstabens kommentar", 3),
        Bullets(
            items=(
                "Kommunstyrelsen visar ett överskott om 5,4 mnkr, framför allt till följd av vakanta tjänster inom "
                "Servicecenter och lägre licenskostnader än beräknat.",
                "Arbetsmarknads- och vuxenutbildningsnämnden beräknas överskrida sin budgetram med 2,7 mnkr. "
                "Statsbidraget för regionalt yrkesvux har blivit lägre än nämnden räknat med.",
                "Förskolenämndens positiva avvikelse på 7,2 mnkr förklaras av att barnantalet fortsätter att minska i "
                "de centrala stadsdelarna.",
                "Grundskolenämnden: −17,1 mnkr. Kostnaderna för tilläggsbelopp och skolskjuts ökar, och ersättningen "
                "till fristående skolor blir högre när fler elever väljer en friskola.",
                "Inom kultur- och fritidsnämnden bedöms budgeten hålla för helåret.",
                "För miljö- och räddningstjänstnämnden väntas ett plus på 1,2 mnkr, då intäkterna från "
                "tillsynsavgifter blivit högre än budgeterat.",
                "Socialnämnden har den största avvikelsen, ett underskott på 34,9 mnkr. Placeringarna av barn och unga "
                "på HVB och i konsulentstödda familjehem har ökat, liksom kostnaderna för ekonomiskt bistånd.",
                "Stadsbyggnadsnämnden redovisar en prognos som är 3,6 mnkr sämre än budget, eftersom "
                "vinterväghållningen i början av året blev dyrare än planerat och bygglovsintäkterna har minskat.",
                "Vård- och omsorgsnämnden prognostiserar −28,4 mnkr (−24,6 mnkr i september). Fler beviljade "
                "hemtjänsttimmar, hög sjukfrånvaro och inhyrda sjuksköterskor driver kostnaderna.",
            ),
            labels=(
                C("Kommunstyrelsen", "5,4 mnkr", "+", "vakanser", "it_digitalisering"),
                C("Arbetsmarknads- och vuxenutbildningsnämnden", "2,7 mnkr", "-", "statsbidrag"),
                C(
                    "Förskolenämnden",
                    "7,2 mnkr",
                    "+",
                    "volymer",
                    note="The area as a possessive.",
                ),
                C(
                    "Grundskolenämnden",
                    "−17,1 mnkr",
                    "-",
                    "volymer",
                    "kopt_verksamhet",
                    note="Tilläggsbelopp and more pupils in fristående skolor: volymer, kopt_verksamhet.",
                ),
                BP("Kultur- och fritidsnämnden", note="0,0 in the table (+0,3 in September)."),
                C("Miljö- och räddningstjänstnämnden", "1,2 mnkr", "+", "avgifter_intakter"),
                C("Socialnämnden", "34,9 mnkr", "-", "kopt_verksamhet", "ekonomiskt_bistand", "volymer"),
                C(
                    "Stadsbyggnadsnämnden",
                    "3,6 mnkr",
                    "-",
                    "ovrigt",
                    "avgifter_intakter",
                    note="Winter road maintenance: ovrigt (weather).",
                ),
                C(
                    "Vård- och omsorgsnämnden",
                    "−28,4 mnkr",
                    "-",
                    "volymer",
                    "sjukfranvaro",
                    "inhyrd_personal",
                    note="The bracketed figure is last month's and is not the amount.",
                ),
            ),
            glyph="–",
        ),
        H("Finansförvaltningen", 3),
        PS(
            (
                "Skatteintäkterna blir 18,7 mnkr högre än budget enligt SKR:s oktoberprognos.",
                C("Skatteintäkter", "18,7 mnkr", "+", note=NO_TAG),
            ),
            (
                "Pensionskostnaderna och finansnettot avviker med +8,3 respektive +4,5 mnkr.",
                C(
                    "Pensionskostnader",
                    "+8,3",
                    "+",
                    unit="mnkr",
                    note=NO_TAG + " A 'respektive' pair: two items.",
                    also=(C("Finansnetto", "+4,5 mnkr", "+", note=NO_TAG),),
                ),
            ),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsbudgeten för 2025 uppgår till 1 034 mnkr. Utfallet till och med oktober är 612 mnkr och "
            "helårsprognosen 845 mnkr, vilket innebär att 189 mnkr inte förbrukas under året. Det beror främst på "
            "att byggstarten av den nya Norrhammarskolan har skjutits till våren 2026.",
            C(
                "Investeringar",
                "189 mnkr",
                "+",
                "periodisering",
                note="Two levels before the under-spend: the under-spend is the amount.",
            ),
        ),
        P(
            "Ombyggnaden av Tunabadet beräknas överskrida projektbudgeten med 14 mnkr till följd av oförutsedda "
            "markföroreningar och högre entreprenadpriser.",
            C("Ombyggnaden av Tunabadet", "14 mnkr", "-", "ovrigt", "prisokningar"),
        ),
        H("Åtgärder", 2),
        P(
            "Vård- och omsorgsnämnden har beslutat om en handlingsplan som beräknas minska kostnaderna med 9 mnkr på "
            "helår, bland annat genom att avveckla inhyrda sjuksköterskor.",
            A("Vård- och omsorgsnämnden", "9 mnkr", "inhyrd_personal"),
        ),
        P(
            "Socialnämnden har infört anställningsprövning och en särskild granskning av alla nya externa placeringar.",
            A("Socialnämnden", None, "bemanning", "kopt_verksamhet"),
        ),
        H("Finansiella mål", 2),
        P(
            "Med prognosen uppfylls balanskravet. Resultatet motsvarar 0,6 procent av skatter och statsbidrag, vilket "
            "är lägre än det finansiella målet om 2 procent.",
            O(None, note="Balanskrav and a financial goal: other."),
        ),
    ]
    return ReportSpec(
        file="eskilstuna-ks-manadsrapport-2025-10.pdf",
        report={
            "municipality": "Eskilstuna",
            "committee": ["Kommunstyrelsen"],
            "period": ["2025-10"],
            "report_type": "månadsrapport",
        },
        metadata={"title": "Månadsrapport oktober 2025", "author": "Eskilstuna kommun"},
        style=style,
        blocks=blocks,
    )
