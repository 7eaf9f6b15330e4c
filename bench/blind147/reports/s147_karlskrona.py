"""Karlskrona kommun, Kommunstyrelsen, delårsrapport januari–augusti 2025 (the whole kommun).

A whole-kommun interim report in mnkr, set in Liberation Serif (Times) with Liberation Sans headings, whose
footer carries fullmäktige's meeting date in October: the period "31,4 mnkr bättre än det periodiserade
budgeterade resultatet" and the full year "en negativ avvikelse på 33,5 mnkr" in two paragraphs, one sentence
splitting the full year into the nämnder's "61,2 mnkr sämre än tilldelade ramar" and the finance function's
"överskott på 27,7 mnkr" (two items), the change since April with its cause; a nämnd table with hyphen-minus
deficits and April's deviation; under a generic heading ("Koncernstabens kommentar") one bullet per nämnd in
varied shapes: "Socialnämnden: underskott 28,8 mnkr.", a possessive "Barn- och ungdomsnämndens prognos visar
ett överskridande av ramen" with a "varav" part, "beräknas gå 11,7 mnkr back", "Tekniska nämnden −3,7 mnkr
(−3,0)" with April's figure in brackets, "kostnaderna för ishallen blir 3,1 mnkr högre", a possessive
"Kommunstyrelsens överskott", "drygt två miljoner kronor" in words, "hamnar 0,3 mnkr över budget" and one
nämnd that "bedöms hålla budget" (boilerplate); tax revenue, pensions and the finance net in one sentence
with a "respektive" pair (three items, no tags); investments "185 mnkr inte förbrukas", two projects as a
"respektive" pair and an overrun "med cirka 9 mnkr"; two actions after an unlabelled lead-in, the balanskrav
and a financial goal not met with "beror på" (others). 20 scored causes.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Bullets, H, P, ReportSpec, Space, Style, Table, Title

from reports.common import BP, A, C, F, O

NO_TAG = "A finance item: no cause tag."


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=10.5,
        leading=1.38,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(70.0, 78.0, 70.0, 74.0),
        header=lambda n, m: ("Karlskrona kommun", "Delårsrapport januari–augusti 2025"),
        footer=lambda n, m: ("Kommunfullmäktige 2025-10-30", "", f"Sida {n} ({m})"),
        header_size=8.0,
        rule_under_header=True,
    )
    committees = Table(
        caption="Tabell 2. Nämndernas prognos för 2025, mnkr",
        header=(("Nämnd", "Budget", "Prognos", "Avvikelse", "Avvikelse april"),),
        rows=(
            ("Kommunstyrelsen", "298,4", "292,1", "6,3", "4,0"),
            ("Barn- och ungdomsnämnden", "1 412,0", "1 430,5", "-18,5", "-14,2"),
            ("Utbildningsnämnden", "486,3", "489,9", "-3,6", "-2,1"),
            ("Socialnämnden", "702,8", "731,6", "-28,8", "-24,0"),
            ("Äldrenämnden", "1 024,5", "1 036,2", "-11,7", "-12,5"),
            ("Arbetsmarknadsnämnden", "131,2", "129,0", "2,2", "1,5"),
            ("Kulturnämnden", "92,4", "92,4", "0,0", "0,0"),
            ("Idrotts- och fritidsnämnden", "118,6", "121,7", "-3,1", "-2,6"),
            ("Tekniska nämnden", "256,9", "260,6", "-3,7", "-3,0"),
            ("Miljö- och byggnadsnämnden", "21,8", "22,1", "-0,3", "-0,5"),
            ("Summa nämnder", "4 544,9", "4 606,1", "-61,2", "-53,4"),
        ),
        widths=(160.0, 62.0, 62.0, 66.0, 80.0),
        bold_rows=frozenset({10}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Delårsrapport januari–augusti 2025", size=20, font="arial-bold", after=4),
        Title(
            "Karlskrona kommun – förvaltningsberättelse i sammandrag", size=12, font="times-italic", after=12
        ),
        P(
            "Delårsrapporten omfattar perioden januari till och med augusti och innehåller en prognos för helåret. "
            "Den har upprättats av koncernstaben utifrån nämndernas egna delårsrapporter."
        ),
        H("Resultat och prognos", 1),
        P(
            "Kommunens resultat för januari–augusti uppgår till 212,6 mnkr, vilket är 31,4 mnkr bättre än det "
            "periodiserade budgeterade resultatet.",
            C(
                None,
                "31,4 mnkr",
                "+",
                note="The period against the periodised budgeted result: a cause of its own.",
            ),
        ),
        P(
            "För helåret prognostiseras ett resultat på 58,0 mnkr mot budgeterade 91,5 mnkr, en negativ avvikelse "
            "på 33,5 mnkr.",
            C(None, "33,5 mnkr", "-", note="The full year between two levels: the deviation is the amount."),
        ),
        P(
            "Nämnderna redovisar sammantaget en prognos som är 61,2 mnkr sämre än tilldelade ramar, medan "
            "finansförvaltningen beräknas ge ett överskott på 27,7 mnkr.",
            C(
                "Nämnderna",
                "61,2 mnkr",
                "-",
                note="Two parts with their own amounts in one sentence: two items.",
                also=(C("Finansförvaltningen", "27,7 mnkr", "+", note=NO_TAG),),
            ),
        ),
        P(
            "Jämfört med prognosen i april har helårsprognosen försämrats med 9,8 mnkr, främst eftersom kostnaderna "
            "för placeringar av barn och unga fortsätter att öka.",
            F(None, "9,8 mnkr", "-", "kopt_verksamhet"),
        ),
        committees,
        Space(10),
        H("Koncernstabens kommentar", 2),
        Bullets(
            (
                "Socialnämnden: underskott 28,8 mnkr. Antalet placeringar av barn och unga på HVB och i "
                "konsulentstödda familjehem har ökat under våren, och kostnaden för försörjningsstöd är högre än "
                "budgeterat.",
                "Barn- och ungdomsnämndens prognos visar ett överskridande av ramen med 18,5 mnkr, varav 7,0 mnkr "
                "avser skolskjuts. Fler elever i grundsärskolan och dyrare skolskjutsar efter den nya upphandlingen "
                "är huvudorsakerna.",
                "Äldrenämnden beräknas gå 11,7 mnkr back, vilket är något bättre än i april. Hemtjänsten har fler "
                "beviljade timmar än budgeterat, samtidigt som bemanningen på två särskilda boenden ännu inte har "
                "anpassats till färre boende.",
                "Tekniska nämnden −3,7 mnkr (−3,0). Vinterväghållningen i början av året och högre elpriser för "
                "gatubelysningen förklarar underskottet.",
                "Utbildningsnämnden redovisar en negativ avvikelse på 3,6 mnkr, som beror på att fler elever än "
                "beräknat läser på gymnasieprogram i andra kommuner.",
                "Idrotts- och fritidsnämnden: kostnaderna för ishallen blir 3,1 mnkr högre än budget efter ett "
                "haveri i kylanläggningen i februari.",
                "Kommunstyrelsens överskott på 6,3 mnkr förklaras av vakanta tjänster inom "
                "samhällsbyggnadsförvaltningen och av lägre kostnader för konsulter än planerat.",
                "Arbetsmarknadsnämnden visar ett positivt utfall jämfört med budget om drygt två miljoner kronor, "
                "till följd av högre statsbidrag för extratjänster.",
                "Miljö- och byggnadsnämnden hamnar 0,3 mnkr över budget eftersom intäkterna från bygglov har minskat.",
                "Kulturnämnden bedöms hålla budget.",
            ),
            labels=(
                C("Socialnämnden", "28,8 mnkr", "-", "kopt_verksamhet", "volymer", "ekonomiskt_bistand"),
                C(
                    "Barn- och ungdomsnämnden",
                    "18,5 mnkr",
                    "-",
                    "volymer",
                    "prisokningar",
                    note="A possessive area with a 'varav' part: one item with the total.",
                ),
                C(
                    "Äldrenämnden",
                    "11,7 mnkr",
                    "-",
                    "volymer",
                    "bemanning",
                    note="'Gå back': negative. The comparison with April inside the sentence stays in the item.",
                ),
                C(
                    "Tekniska nämnden",
                    "−3,7 mnkr",
                    "-",
                    "ovrigt",
                    "prisokningar",
                    note="April's figure in brackets is not the amount; winter is ovrigt, electricity prisokningar.",
                ),
                C("Utbildningsnämnden", "3,6 mnkr", "-", "kopt_verksamhet", "volymer"),
                C(
                    "Idrotts- och fritidsnämnden",
                    "3,1 mnkr",
                    "-",
                    "ovrigt",
                    note="A breakdown of the ice rink's cooling plant: ovrigt.",
                ),
                C("Kommunstyrelsen", "6,3 mnkr", "+", "vakanser", "inhyrd_personal"),
                C(
                    "Arbetsmarknadsnämnden",
                    "drygt två miljoner kronor",
                    "+",
                    "statsbidrag",
                    value=2_000_000,
                    note="An amount in words: the stated figure (the table shows 2,2).",
                ),
                C("Miljö- och byggnadsnämnden", "0,3 mnkr", "-", "avgifter_intakter"),
                BP("Kulturnämnden"),
            ),
        ),
        H("Finansförvaltningen", 2),
        P(
            "Skatteintäkter och generella statsbidrag beräknas bli 14,9 mnkr högre än budget, medan "
            "pensionskostnaderna och finansnettot blir 8,1 respektive 4,7 mnkr bättre än budgeterat.",
            C(
                "Skatteintäkter och generella statsbidrag",
                "14,9 mnkr",
                "+",
                note=NO_TAG + " Three finance items in one sentence, two of them a 'respektive' pair.",
                also=(
                    C("Pensionskostnader", "8,1", "+", unit="mnkr", note=NO_TAG),
                    C("Finansnetto", "4,7 mnkr", "+", note=NO_TAG),
                ),
            ),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsbudgeten för 2025 uppgår till 640 mnkr. Prognosen är 455 mnkr, vilket betyder att 185 mnkr "
            "inte förbrukas under året.",
            C("Investeringar", "185 mnkr", "+", note="Investment under-spending, no reason given."),
        ),
        P(
            "Den nya grundskolan i Lyckeby och VA-utbyggnaden i Nättraby förbrukar 62 respektive 38 mnkr mindre än "
            "budgeterat, eftersom upphandlingarna har överklagats och byggstarterna flyttats fram.",
            C(
                "Ny grundskola i Lyckeby",
                "62",
                "+",
                "periodisering",
                unit="mnkr",
                note="Two projects as a 'respektive' pair: two items.",
                also=(C("VA-utbyggnad i Nättraby", "38 mnkr", "+", "periodisering"),),
            ),
        ),
        P(
            "Ombyggnaden av simhallen blir däremot dyrare än beräknat och överskrider projektbudgeten med cirka "
            "9 mnkr, till följd av asbestsanering som inte var känd vid upphandlingen.",
            C("Ombyggnad av simhallen", "cirka 9 mnkr", "-", "ovrigt", note="Investment overrun."),
        ),
        H("Åtgärder", 2),
        PS(
            (
                "Kommunstyrelsen har begärt att nämnder med underskott redovisar åtgärdsplaner i oktober.",
                None,
            ),
            (
                "Socialnämnden har beslutat om en handlingsplan som ska minska kostnaderna för externa placeringar "
                "med 5 mnkr på helårsbasis.",
                A("Socialnämnden", "5 mnkr", "kopt_verksamhet"),
            ),
            (
                "Barn- och ungdomsnämnden har infört anställningsstopp för administrativa tjänster.",
                A("Barn- och ungdomsnämnden", None, "bemanning"),
            ),
        ),
        H("Balanskrav och finansiella mål", 2),
        P(
            "Balanskravsresultatet beräknas till 52,4 mnkr och balanskravet uppfylls. Kommunen har inga "
            "underskott från tidigare år att återställa.",
            O(None, note="Balanskrav."),
        ),
        P(
            "Målet att resultatet ska uppgå till minst 2 procent av skatteintäkterna nås inte, vilket beror på "
            "nämndernas underskott.",
            O(None, note="A financial goal not met, with 'beror på': other."),
        ),
    ]
    return ReportSpec(
        file="karlskrona-ks-delarsrapport-2025-08.pdf",
        report={
            "municipality": "Karlskrona",
            "committee": ["Kommunstyrelsen", "Kommunfullmäktige"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={"title": "Delårsrapport januari–augusti 2025", "author": "Karlskrona kommun"},
        style=style,
        blocks=blocks,
    )
