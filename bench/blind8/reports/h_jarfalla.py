"""Järfälla kommun, Kommunstyrelsen, månadsrapport oktober 2025 (the whole kommun).

A whole-kommun month report with a footer carrying the kommunstyrelse's meeting date in November: an
introduction (not labelled), the full-year result "lägre än det budgeterade resultatet" (the deviation is
the amount), one sentence that splits it into the nämnder's deficit with September's figure in brackets
and the finance function's surplus (two items), the change since September with its cause; a table per
nämnd in mnkr with explicit "+" and U+2212 signs and September's deviation; under a generic heading
("Kommentarer till nämndernas prognoser") one bullet per nämnd in varied shapes: "Socialnämnden: −30,6
mnkr (−26,4)." with "överstiger ramen" and a part amount, "går mot ett underskott på 19,1 mnkr, en liten
förbättring mot september", "prognos är −15,2 mnkr", "Kommunstyrelsen +5,9 mnkr:" with vacancies and
licences, "ett positivt utfall jämfört med budget på 3,4 mnkr", bygglov "cirka 2 mnkr lägre än budgeterat"
(the table says −2,2; the prose is the amount), vandalism ("skadegörelse", ovrigt) with September's figure
in brackets in a bullet that runs over the page break, and one nämnd that "bedöms hålla budget"
(boilerplate, +0,7 in the table); the finance function: tax revenue, then pensions and the interest net in
one sentence (two items; finance items get no cause tag), and land sales pushed to 2026; investments
"ungefär 156 mnkr lägre än budgeterat" and a swimming hall that "blir dyrare än beräknat" after a project
table whose "Avvikelse" is budget − prognos; the balanskrav and liquidity (other), an action with its
effect after an unlabelled lead-in, and personnel numbers against last year with "beror på" (other).
DejaVu Serif 9.5 pt with DejaVu Sans headings.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Bullets, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, F, O

NO_TAG = "A finance item: no cause tag (tax, pension and interest forecasts get none)."


def spec() -> ReportSpec:
    style = Style(
        body="serif",
        bold="serif-bold",
        italic="serif-italic",
        size=9.5,
        leading=1.4,
        para_gap=6.5,
        heading_sizes=(14.5, 11.5, 10.0),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(70.0, 78.0, 66.0, 74.0),
        header=lambda n, m: ("Järfälla kommun", "Månadsrapport oktober 2025"),
        footer=lambda n, m: ("Kommunstyrelsen 2025-11-24", "Dnr Kst 2025/611", f"Sida {n} av {m}"),
        header_size=8.0,
        rule_under_header=True,
    )
    committees = Table(
        caption="Tabell 1. Nämndernas helårsprognos 2025, mnkr",
        header=(("Nämnd", "Budget", "Prognos", "Avvikelse", "Avvikelse sep"),),
        rows=(
            ("Kommunstyrelsen", "368,0", "362,1", "+5,9", "+5,3"),
            ("Barn- och ungdomsnämnden", "1 512,4", "1 527,6", "−15,2", "−14,8"),
            ("Utbildningsnämnden", "402,3", "398,9", "+3,4", "+3,0"),
            ("Socialnämnden", "689,5", "720,1", "−30,6", "−26,4"),
            ("Vård- och omsorgsnämnden", "1 024,8", "1 043,9", "−19,1", "−19,4"),
            ("Kultur-, demokrati- och fritidsnämnden", "198,2", "197,5", "+0,7", "+0,4"),
            ("Bygg- och miljönämnden", "31,4", "33,6", "−2,2", "−1,9"),
            ("Tekniska nämnden", "176,9", "178,7", "−1,8", "−0,4"),
            ("Summa nämnder", "4 403,5", "4 462,4", "−58,9", "−54,2"),
        ),
        widths=(196.0, 60.0, 60.0, 66.0, 72.0),
        bold_rows=frozenset({8}),
        rules=True,
        size=8.5,
    )
    projects = Table(
        caption="Tabell 2. Större investeringsprojekt 2025, mnkr (avvikelse = budget − prognos)",
        header=(("Projekt", "Budget", "Utfall jan–okt", "Prognos", "Avvikelse"),),
        rows=(
            ("Barkarbystaden skola 3", "118,0", "6,4", "12,0", "106,0"),
            ("Anslutningsvägar tunnelbanedepån", "64,0", "3,1", "8,0", "56,0"),
            ("Ombyggnad Jakobsbergs simhall", "52,0", "49,8", "61,5", "−9,5"),
            ("Övriga projekt", "408,0", "311,7", "404,5", "3,5"),
            ("Summa", "642,0", "371,0", "486,0", "156,0"),
        ),
        widths=(196.0, 60.0, 76.0, 60.0, 62.0),
        bold_rows=frozenset({4}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Månadsrapport oktober 2025", size=20, font="serif-bold"),
        Title(
            "Järfälla kommun – ekonomisk uppföljning januari–oktober",
            size=11.5,
            font="serif-italic",
            after=12,
        ),
        P(
            "Månadsrapporten bygger på bokfört utfall till och med den 31 oktober och på nämndernas egna bedömningar "
            "av helåret. Rapporten behandlas av kommunstyrelsen och anmäls därefter till kommunfullmäktige. "
            "Nämndernas fullständiga rapporter finns som bilagor, liksom en redovisning av de ekonomiska "
            "konsekvenserna av fullmäktiges beslut om tilläggsanslag i juni."
        ),
        H("Sammanfattning", 1),
        P(
            "Helårsprognosen efter oktober visar ett resultat på 112,4 mnkr, vilket är 31,6 mnkr lägre än det "
            "budgeterade resultatet på 144,0 mnkr.",
            C(
                None,
                "31,6 mnkr",
                "-",
                note="The result against the budgeted result: the deviation is the amount.",
            ),
        ),
        P(
            "Nämndernas prognoser innebär sammantaget ett underskott om 58,9 mnkr (sep: −54,2 mnkr), medan "
            "finansförvaltningen beräknas ge ett överskott om 27,3 mnkr.",
            C(
                "Nämnderna",
                "58,9 mnkr",
                "-",
                note="One sentence splits the total into two parts with their own amounts: two items. September's "
                "figure in brackets is not the amount.",
                also=(C("Finansförvaltningen", "27,3 mnkr", "+"),),
            ),
        ),
        P(
            "Nämndernas prognos har försämrats med 4,7 mnkr sedan september. Försämringen kommer nästan helt från "
            "socialnämnden, där fyra nya placeringar av barn och unga har tillkommit under oktober.",
            F("Nämnderna", "4,7 mnkr", "-", "kopt_verksamhet", "volymer"),
        ),
        committees,
        H("Kommentarer till nämndernas prognoser", 2),
        Bullets(
            (
                "Socialnämnden: −30,6 mnkr (−26,4). Kostnaderna för placeringar av barn och unga på HVB och i "
                "familjehem överstiger ramen, och behovet av skyddat boende för vuxna har ökat. Försörjningsstödet "
                "är 6,1 mnkr högre än budgeterat.",
                "Vård- och omsorgsnämnden går mot ett underskott på 19,1 mnkr, en liten förbättring mot september. "
                "Antalet beviljade hemtjänsttimmar fortsätter att öka, och ersättningen till de externa utförarna av "
                "särskilt boende har räknats upp mer än vad budgeten medgav.",
                "Barn- och ungdomsnämndens prognos är −15,2 mnkr. Fler barn i behov av särskilt stöd i förskolan och "
                "högre priser i det nya skolskjutsavtalet förklarar huvuddelen, medan elevpengen till fristående "
                "skolor ligger i nivå med budget.",
                "Kommunstyrelsen +5,9 mnkr: vakanser inom IT- och digitaliseringsavdelningen och lägre kostnader för "
                "licenser än budgeterat.",
                "Utbildningsnämnden redovisar ett positivt utfall jämfört med budget på 3,4 mnkr, till följd av fler "
                "elever från andra kommuner i vuxenutbildningen och därmed högre interkommunala intäkter.",
                "Bygg- och miljönämnden: intäkterna från bygglov blir cirka 2 mnkr lägre än budgeterat, då antalet "
                "ansökningar om bygglov för flerbostadshus har minskat kraftigt.",
                "Tekniska nämnden −1,8 mnkr (−0,4), främst till följd av skadegörelse på tre förskolor och en "
                "lekplats under hösten, som har krävt omfattande reparationer.",
                "Kultur-, demokrati- och fritidsnämnden bedöms hålla budget.",
            ),
            labels=(
                C(
                    "Socialnämnden",
                    "−30,6 mnkr",
                    "-",
                    "kopt_verksamhet",
                    "volymer",
                    "ekonomiskt_bistand",
                    note="'Överstiger ramen'; September's figure in brackets; 6,1 mnkr is a part (försörjningsstöd).",
                ),
                C(
                    "Vård- och omsorgsnämnden",
                    "19,1 mnkr",
                    "-",
                    "volymer",
                    "kopt_verksamhet",
                    "prisokningar",
                    note="'Går mot ett underskott'; the small improvement since September has no amount and stays "
                    "in the cause item.",
                ),
                C(
                    "Barn- och ungdomsnämnden",
                    "−15,2 mnkr",
                    "-",
                    "volymer",
                    "prisokningar",
                ),
                C("Kommunstyrelsen", "+5,9 mnkr", "+", "vakanser", "it_digitalisering"),
                C(
                    "Utbildningsnämnden",
                    "3,4 mnkr",
                    "+",
                    "volymer",
                    "avgifter_intakter",
                    note="'Ett positivt utfall jämfört med budget'.",
                ),
                C(
                    "Bygg- och miljönämnden",
                    "cirka 2 mnkr",
                    "-",
                    "avgifter_intakter",
                    "volymer",
                    note="The prose's 'cirka 2 mnkr' is the amount (the table shows −2,2).",
                ),
                C(
                    "Tekniska nämnden",
                    "−1,8 mnkr",
                    "-",
                    "ovrigt",
                    note="Vandalism (outside the vocabulary): ovrigt. September's figure in brackets.",
                ),
                BP(
                    "Kultur-, demokrati- och fritidsnämnden",
                    note="'Bedöms hålla budget' although the table shows +0,7.",
                ),
            ),
        ),
        H("Finansförvaltningen", 2),
        P(
            "Skatteintäkter och generella statsbidrag beräknas bli 26,8 mnkr högre än budget, främst beroende på "
            "SKR:s oktoberprognos för skatteunderlaget och en högre slutavräkning för 2024.",
            C("Skatteintäkter och generella statsbidrag", "26,8 mnkr", "+", note=NO_TAG),
        ),
        P(
            "Pensionskostnaderna blir enligt KPA:s senaste beräkning 6,2 mnkr lägre än budgeterat, och finansnettot "
            "bidrar med 6,3 mnkr till överskottet tack vare högre ränteintäkter på kommunens likvida medel.",
            C(
                "Pensionskostnader",
                "6,2 mnkr",
                "+",
                note=NO_TAG + " Two account groups with their own amounts in one sentence: two items.",
                also=(C("Finansnetto", "6,3 mnkr", "+", note=NO_TAG),),
            ),
        ),
        P(
            "Realisationsvinsterna från försäljning av mark i Barkarbystaden blir 12,0 mnkr lägre än budgeterat, "
            "eftersom två markaffärer har skjutits till 2026. Det minskar finansförvaltningens överskott i "
            "motsvarande grad.",
            C("Realisationsvinster", "12,0 mnkr", "-", "periodisering", note="Land sales postponed: timing."),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsprognosen för 2025 uppgår till 486,0 mnkr, att jämföra med en budget på 642,0 mnkr. "
            "Utgifterna blir alltså ungefär 156 mnkr lägre än budgeterat, vilket i huvudsak beror på att byggstarten "
            "för Barkarbystaden skola 3 har flyttats till våren 2026 och att upphandlingen av anslutningsvägarna till "
            "tunnelbanedepån har överprövats.",
            C(
                "Investeringar",
                "ungefär 156 mnkr",
                "+",
                "periodisering",
                note="Investments under budget (less spending is positive): postponed projects.",
            ),
        ),
        projects,
        P(
            "Ombyggnaden av Jakobsbergs simhall blir dyrare än beräknat. Slutkostnaden bedöms överskrida "
            "projektbudgeten med 9,5 mnkr, på grund av fuktskador i bärande konstruktioner som upptäcktes först vid "
            "rivningen.",
            C(
                "Ombyggnad Jakobsbergs simhall",
                "9,5 mnkr",
                "-",
                "ovrigt",
                note="An investment project over its budget ('−9,5' in a table where avvikelse = budget − prognos).",
            ),
        ),
        H("Balanskrav och likviditet", 2),
        P(
            "Balanskravsresultatet beräknas till 98,1 mnkr, och kommunen uppfyller därmed balanskravet. Likviditeten "
            "är fortsatt god och kommunen har inte behövt uppta nya lån under året.",
            O(None, note="Balanskrav and liquidity."),
        ),
        H("Åtgärder", 2),
        PS(
            ("Socialnämnden och vård- och omsorgsnämnden har beslutat om åtgärdsplaner.", None),
            (
                "Socialnämndens plan, som bland annat innebär att fler placeringar ska ersättas med insatser på "
                "hemmaplan, beräknas minska kostnaderna med 3,5 mnkr under november och december.",
                A("Socialnämnden", "3,5 mnkr", "kopt_verksamhet"),
            ),
        ),
        H("Personal", 2),
        P(
            "Antalet tillsvidareanställda var 4 386 i oktober, 112 fler än ett år tidigare. Ökningen beror främst på "
            "två nya förskolor i Barkarbystaden och en utökad hemtjänst i egen regi.",
            O(None, note="Personnel numbers against the previous year, with 'beror på': other."),
        ),
    ]
    return ReportSpec(
        file="jarfalla-ks-manadsrapport-2025-10.pdf",
        report={
            "municipality": "Järfälla",
            "committee": ["Kommunstyrelsen"],
            "period": ["2025-10"],
            "report_type": "månadsrapport",
        },
        metadata={"title": "Månadsrapport oktober 2025", "author": "Järfälla kommun"},
        style=style,
        blocks=blocks,
    )
