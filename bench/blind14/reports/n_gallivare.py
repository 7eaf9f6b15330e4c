"""Gällivare kommun, Kommunstyrelsen, månadsrapport september 2025 (the whole kommun).

A whole-kommun month report in mnkr whose footer carries the kommunstyrelse's meeting date in October: the
full-year result "ligger 20,6 mnkr under budget" after a sentence with the forecast level; the period's result
as a level with seasonal context and no budget comparison (other); the change since August with its cause; a
nämnd table whose deviation column is "prognos minus budget", so a negative figure is a surplus; one sentence
splitting the result into the nämnder's overrun and the finance function's "plus" (two items); under a
generic heading one bullet per nämnd in new shapes: "landar 15,8 mnkr över sin ram" with a fraction that is
not an amount, an amount set off by commas ("underskottet, 9,2 mnkr, kommer från"), "ett budgetöverdrag om
3,7 mnkr, varav 2,9 mnkr", "förbrukar 2,4 mnkr mindre än ramen", a reason-only bullet whose table cell is
"−1,4" under the inverted sign convention (positive), "beräknas gå 0,7 mnkr över ramen" and two small
nämnder that "förväntas följa sina budgetar" (boilerplate); tax revenue and pensions in two sentences of one
paragraph (two items, no tags); investments "överskottet mot budget, 58 mnkr" and one project "6,5 mnkr
dyrare än projektbudgeten"; two actions, a risk with a range and the balanskrav (others). 13 scored causes.
DejaVu Sans 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Bullets, H, P, ReportSpec, Space, Style, Table, Title

from reports.common import BP, A, C, F, O

NO_TAG = "A finance item: no cause tag."


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.42,
        para_gap=6.5,
        heading_sizes=(14.0, 11.5, 10.0),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(64.0, 80.0, 64.0, 74.0),
        header=lambda n, m: ("Gällivare kommun", "Ekonomisk månadsrapport"),
        footer=lambda n, m: ("Kommunstyrelsen 2025-10-20", "Dnr KS 2025/611", f"{n} ({m})"),
        header_size=8.0,
        rule_under_header=False,
    )
    committees = Table(
        caption="Tabell 1. Nämndernas helårsprognos 2025, mnkr",
        header=(("Nämnd", "Budget", "Prognos", "Avvikelse", "Avvikelse aug"),),
        rows=(
            ("Kommunstyrelsen", "214,6", "212,2", "−2,4", "−2,0"),
            ("Barn- och utbildningsnämnden", "498,3", "507,5", "9,2", "8,8"),
            ("Socialnämnden", "582,0", "597,8", "15,8", "12,1"),
            ("Tekniska nämnden", "96,4", "100,1", "3,7", "3,6"),
            ("Kultur- och fritidsnämnden", "61,2", "59,8", "−1,4", "−1,1"),
            ("Miljö- och byggnadsnämnden", "14,9", "15,6", "0,7", "0,5"),
            ("Valnämnd och revision", "5,1", "5,1", "0,0", "0,0"),
            ("Summa nämnder", "1 472,5", "1 498,1", "25,6", "21,9"),
        ),
        widths=(168.0, 62.0, 62.0, 70.0, 82.0),
        bold_rows=frozenset({7}),
        rules=True,
        shade=(0.85, 0.9, 0.95),
        size=8.5,
    )
    blocks = [
        Title("Månadsrapport september 2025", size=19, font="sans-bold", after=2),
        Title(
            "Ekonomisk uppföljning av kommunens nämnder och finansförvaltning", size=11, font="sans", after=12
        ),
        P(
            "Rapporten omfattar bokfört utfall till och med september och nämndernas helårsprognoser. Prognoserna "
            "har stämts av med ekonomiavdelningen den 8 oktober."
        ),
        H("Sammanfattning", 1),
        P(
            "Kommunens samlade prognos för 2025 pekar mot ett resultat på 31,4 mnkr. Det budgeterade resultatet är "
            "52,0 mnkr, så prognosen ligger 20,6 mnkr under budget.",
            C(
                None,
                "20,6 mnkr",
                "-",
                note="The forecast level and the budgeted result come first; the deviation is the third figure.",
            ),
        ),
        P(
            "Utfallet till och med september är 58,9 mnkr, men det kan inte räknas upp linjärt: under hösten "
            "belastas resultatet av att semesterlöneskulden minskar och av vinterväghållningen.",
            O(
                None,
                note="The period's result as a level with seasonal context, no comparison with the budget.",
            ),
        ),
        P(
            "Sedan augustirapporten har prognosen försämrats med 4,3 mnkr. Nästan hela försämringen finns inom "
            "socialnämnden, där ytterligare två placeringar av ungdomar på HVB har tillkommit.",
            F(None, "4,3 mnkr", "-", "kopt_verksamhet"),
        ),
        P(
            "Avvikelse = prognos minus budget. Ett negativt tal betyder att nämnden förbrukar mindre än sin ram.",
            size=8.5,
        ),
        committees,
        P(
            "Nämnderna överskrider tillsammans sina ramar med 25,6 mnkr, medan finansförvaltningen väntas ge ett "
            "plus på 5,0 mnkr mot budget.",
            C(
                "Nämnderna",
                "25,6 mnkr",
                "-",
                note="Two parts with their own amounts in one sentence: two items.",
                also=(C("Finansförvaltningen", "5,0 mnkr", "+", note=NO_TAG),),
            ),
        ),
        Space(4),
        H("Ekonomiavdelningens kommentar", 2),
        Bullets(
            (
                "Socialnämnden landar 15,8 mnkr över sin ram. Två tredjedelar av överdraget hänförs till "
                "institutionsplaceringar av barn och unga, resten till hyrsjuksköterskor i hemsjukvården under "
                "sommaren.",
                "Barn- och utbildningsnämnden: underskottet, 9,2 mnkr, kommer från gymnasieskolan, där de "
                "interkommunala ersättningarna till Luleå och Kiruna ökar när fler elever väljer program utanför "
                "kommunen, och från hyran för den tillfälliga modulskolan i Malmberget.",
                "Tekniska nämndens prognos visar ett budgetöverdrag om 3,7 mnkr, varav 2,9 mnkr är merkostnader för "
                "snöröjning efter de rekordstora snömängderna i januari och februari.",
                "Kommunstyrelsen förbrukar 2,4 mnkr mindre än ramen. Tjänsterna som näringslivsstrateg och "
                "upphandlare har stått obesatta sedan i våras.",
                "Kultur- och fritidsnämnden: ishallen i Gällivare har varit stängd för ombyggnad av kylsystemet sedan "
                "maj, vilket sänker både driftkostnaderna och personalkostnaderna.",
                "Miljö- och byggnadsnämnden beräknas gå 0,7 mnkr över ramen. Färre bygglovsansökningar än väntat ger "
                "lägre intäkter.",
                "Valnämnden och revisionen förväntas följa sina budgetar.",
            ),
            labels=(
                C(
                    "Socialnämnden",
                    "15,8 mnkr",
                    "-",
                    "kopt_verksamhet",
                    "inhyrd_personal",
                    note="'Två tredjedelar' is a share, not an amount.",
                ),
                C(
                    "Barn- och utbildningsnämnden",
                    "9,2 mnkr",
                    "-",
                    "kopt_verksamhet",
                    "volymer",
                    "lokaler",
                    note="Interkommunal ersättning is kopt_verksamhet; more pupils choosing elsewhere is volymer.",
                ),
                C(
                    "Tekniska nämnden",
                    "3,7 mnkr",
                    "-",
                    "ovrigt",
                    note="A 'varav' part (2,9 mnkr) is not the amount; snow is ovrigt.",
                ),
                C("Kommunstyrelsen", "2,4 mnkr", "+", "vakanser"),
                C(
                    "Kultur- och fritidsnämnden",
                    "−1,4",
                    "+",
                    "ovrigt",
                    unit="mnkr",
                    table=True,
                    note="Reason only: the table cell. The table's sign is prognos minus budget, so −1,4 is a "
                    "surplus; direction follows the prose (lower costs). A repair closure is ovrigt.",
                ),
                C("Miljö- och byggnadsnämnden", "0,7 mnkr", "-", "avgifter_intakter", "volymer"),
                BP("Valnämnd och revision"),
            ),
        ),
        H("Finansförvaltningen", 2),
        PS(
            (
                "Skatteintäkterna och utjämningen blir sammantaget 7,8 mnkr högre än budgeterat enligt SKR:s prognos "
                "från augusti.",
                C("Skatteintäkter och utjämning", "7,8 mnkr", "+", note=NO_TAG),
            ),
            (
                "Samtidigt väntas pensionskostnaderna överstiga budget med 2,8 mnkr, bland annat för att fler än "
                "beräknat har valt att gå i pension.",
                C("Pensionskostnader", "2,8 mnkr", "-", note=NO_TAG + " A second area in the next sentence."),
            ),
        ),
        H("Investeringar", 2),
        P(
            "Av årets investeringsram på 186 mnkr har 71 mnkr upparbetats till och med september. Helårsprognosen är "
            "128 mnkr; överskottet mot budget, 58 mnkr, beror främst på att den nya simhallen i centrum har fått en "
            "ny tidplan.",
            C(
                "Investeringar",
                "58 mnkr",
                "+",
                "periodisering",
                note="Investment under-spending; the ram, the period's spending and the forecast are levels.",
            ),
        ),
        P(
            "Det nya reningsverket i Koskullskulle bedöms däremot bli 6,5 mnkr dyrare än projektbudgeten, sedan "
            "markundersökningarna visat sämre grundförhållanden än väntat.",
            C(
                "Reningsverket i Koskullskulle",
                "6,5 mnkr",
                "-",
                "ovrigt",
                note="Investment overrun (ground).",
            ),
        ),
        H("Åtgärder", 2),
        PS(
            (
                "Socialnämnden har tillsatt en arbetsgrupp som ska gå igenom samtliga externa placeringar och pröva "
                "lösningar på hemmaplan.",
                A("Socialnämnden", None, "kopt_verksamhet"),
            ),
            (
                "Inom barn- och utbildningsnämnden gäller stopp för inköp av läromedel och inventarier under resten "
                "av året, vilket väntas minska kostnaderna med cirka 1,2 mnkr.",
                A("Barn- och utbildningsnämnden", "cirka 1,2 mnkr", "material_hjalpmedel"),
            ),
        ),
        H("Risker och balanskrav", 2),
        P(
            "Prognosen för vinterväghållningen under november och december är osäker. En vinter som den förra skulle "
            "kunna belasta tekniska nämnden med ytterligare 2–3 mnkr.",
            O("Tekniska nämnden", "ovrigt", note="A risk with a range."),
        ),
        P(
            "Balanskravsresultatet beräknas till 29,0 mnkr efter avdrag för realisationsvinster vid försäljningen av "
            "fastigheter i Malmberget.",
            O(None, note="Balanskrav."),
        ),
    ]
    return ReportSpec(
        file="gallivare-ks-manadsrapport-2025-09.pdf",
        report={
            "municipality": "Gällivare",
            "committee": ["Kommunstyrelsen"],
            "period": ["2025-09"],
            "report_type": "månadsrapport",
        },
        metadata={"title": "Månadsrapport september 2025", "author": "Gällivare kommun"},
        style=style,
        blocks=blocks,
    )
