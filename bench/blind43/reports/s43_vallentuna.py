"""Vallentuna kommun, Kommunstyrelsen, månadsuppföljning oktober 2025 (samtliga nämnder).

A whole-kommun month report in mnkr with U+2212 minus signs, footer with the arbetsutskott's meeting date
in November: the full year as a result "att jämföra med det budgeterade resultatet" between two levels and
the deviation "−21,8 mnkr" in the next sentence (one item); the nämnder's "överskrida sina ramar med 34,6
mnkr" and the finance function's "överskott på 12,8 mnkr" in one sentence (two items) followed by the change
since September with its cause; balanskrav (other); a per-nämnd table with the deviation in October and
September side by side; then en-dash bullets under a generic heading in varied shapes ("prognostiserar ett
underskott på", a possessive with last month's figure in brackets, "redovisar ett överskott", "Inom
utbildningsnämnden … ett plus mot budget med", "kostar 1,1 mnkr mer än planerat", "bedöms hålla sin budget",
a possessive with the amount between commas); tax revenue in one sentence and pensions and the finance net
as a "respektive" pair in the next; investments "136 mnkr inte förbrukas" and a project that "överskrida
projektbudgeten med cirka 4 mnkr"; two actions and sick leave against last year with "beror på" (other).
Liberation Serif (Times metrics) 10.5 pt with Liberation Sans headings.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Bullets, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, F, O

NO_TAG = "A finance item: no cause tag."


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=10.5,
        leading=1.36,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(68.0, 78.0, 68.0, 74.0),
        header=lambda n, m: ("Vallentuna kommun", "Månadsuppföljning oktober 2025, samtliga nämnder"),
        footer=lambda n, m: ("Kommunstyrelsens arbetsutskott 2025-11-17", "KS 2025.412", f"{n} ({m})"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Prognos per nämnd, mnkr (avvikelse mot budget, negativt tal = underskott)",
        header=(("Nämnd", "Budget 2025", "Prognos okt", "Avvikelse okt", "Avvikelse sep"),),
        rows=(
            ("Kommunstyrelsen", "214,6", "211,4", "3,2", "2,7"),
            ("Barn- och ungdomsnämnden", "842,1", "853,9", "−11,8", "−11,2"),
            ("Utbildningsnämnden", "196,3", "195,1", "1,2", "0,8"),
            ("Socialnämnden", "731,8", "756,3", "−24,5", "−21,0"),
            ("Fritidsnämnden", "64,0", "65,1", "−1,1", "−1,1"),
            ("Kulturnämnden", "41,5", "41,5", "0,0", "0,0"),
            ("Bygg- och miljötillsynsnämnden", "11,9", "13,5", "−1,6", "−1,4"),
            ("Summa nämnder", "2 102,2", "2 136,8", "−34,6", "−31,2"),
            ("Finansförvaltningen", "", "", "12,8", "13,3"),
            ("Totalt", "", "", "−21,8", "−17,9"),
        ),
        widths=(170.0, 68.0, 68.0, 76.0, 76.0),
        bold_rows=frozenset({7, 9}),
        rules=True,
        size=8.5,
    )
    bullets = Bullets(
        items=(
            "Socialnämnden prognostiserar ett underskott på 24,5 mnkr. Kostnaderna för placeringar av barn och unga "
            "på HVB och i familjehem ligger långt över budget, och antalet hushåll med försörjningsstöd har ökat "
            "sedan våren.",
            "Barn- och ungdomsnämndens prognos är −11,8 mnkr (−11,2 i september). Underskottet förklaras av fler barn "
            "i behov av särskilt stöd och av att fler barn än väntat har valt fristående förskolor och skolor, vilket "
            "ger högre ersättningar till de fristående huvudmännen.",
            "Kommunstyrelsen redovisar ett överskott på 3,2 mnkr, främst genom vakanta tjänster inom "
            "kommunledningskontoret och lägre kostnader för konsulter inom samhällsbyggnad.",
            "Inom utbildningsnämnden blir intäkterna från andra kommuner för elever på kommunens gymnasieskola högre "
            "än beräknat, vilket ger ett plus mot budget med 1,2 mnkr.",
            "Fritidsnämnden kostar 1,1 mnkr mer än planerat. Konstgräset på Hagaängens IP fick bytas ut i förtid "
            "efter vattenskador, och energikostnaderna för ishallen har stigit.",
            "Kulturnämnden bedöms hålla sin budget.",
            "Bygg- och miljötillsynsnämndens underskott, 1,6 mnkr, beror på att intäkterna från bygglov har minskat "
            "när färre villor byggs.",
        ),
        labels=(
            C("Socialnämnden", "24,5 mnkr", "-", "kopt_verksamhet", "ekonomiskt_bistand", "volymer"),
            C(
                "Barn- och ungdomsnämnden",
                "−11,8 mnkr",
                "-",
                "volymer",
                "kopt_verksamhet",
                note="Last month's figure in brackets is not the amount; pupils in fristående schools: kopt_verksamhet.",
            ),
            C("Kommunstyrelsen", "3,2 mnkr", "+", "vakanser", "inhyrd_personal"),
            C("Utbildningsnämnden", "1,2 mnkr", "+", "avgifter_intakter", "volymer"),
            C(
                "Fritidsnämnden",
                "1,1 mnkr",
                "-",
                "ovrigt",
                "prisokningar",
                note="Water damage is ovrigt; energy costs prisokningar.",
            ),
            BP("Kulturnämnden"),
            C("Bygg- och miljötillsynsnämnden", "1,6 mnkr", "-", "avgifter_intakter", "volymer"),
        ),
        glyph="–",
    )
    blocks = [
        Title("Månadsuppföljning oktober 2025", size=19, font="arial-bold", after=2),
        Title("Samtliga nämnder", size=12, font="times", after=12),
        H("Sammanfattning", 1),
        P(
            "Kommunens prognos för helåret 2025 är ett resultat på 41,2 mnkr, att jämföra med det budgeterade "
            "resultatet på 63,0 mnkr. Avvikelsen mot budget är därmed −21,8 mnkr.",
            C(
                None,
                "−21,8 mnkr",
                "-",
                note="The result between two levels; the deviation in the second sentence.",
            ),
        ),
        PS(
            (
                "Nämnderna beräknas tillsammans överskrida sina ramar med 34,6 mnkr, medan finansförvaltningen väntas "
                "lämna ett överskott på 12,8 mnkr.",
                C(
                    "Nämnderna",
                    "34,6 mnkr",
                    "-",
                    note="The result split into the nämnder and the finance function: two items.",
                    also=(C("Finansförvaltningen", "12,8 mnkr", "+", note=NO_TAG),),
                ),
            ),
            (
                "Jämfört med septemberprognosen är det en försämring med 3,9 mnkr, som i huvudsak förklaras av fler "
                "placeringar av barn och unga.",
                F(None, "3,9 mnkr", "-", "kopt_verksamhet", "volymer"),
            ),
        ),
        P(
            "Balanskravsresultatet beräknas till 36,5 mnkr efter avdrag för realisationsvinster vid försäljningen av "
            "tomter i Kragstalund.",
            O(None, note="Balanskrav: other."),
        ),
        table,
        H("Nämndernas prognoser", 2),
        P("Förvaltningarnas kommentarer i korthet:"),
        bullets,
        H("Finansförvaltningen", 2),
        PS(
            (
                "Skatteintäkterna blir enligt SKR:s oktoberprognos 9,4 mnkr högre än budgeterat.",
                C("Skatteintäkter", "9,4 mnkr", "+", note=NO_TAG),
            ),
            (
                "Pensionskostnaderna och finansnettot bidrar med 2,1 respektive 1,3 mnkr.",
                C(
                    "Pensionskostnader",
                    "2,1",
                    "+",
                    unit="mnkr",
                    note=NO_TAG + " A 'respektive' pair: two items; 'bidrar med' to the surplus.",
                    also=(C("Finansnetto", "1,3 mnkr", "+", note=NO_TAG),),
                ),
            ),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsbudgeten för 2025 uppgår till 412 mnkr. Utfallet till och med oktober är 198 mnkr och "
            "helårsprognosen 276 mnkr, vilket innebär att 136 mnkr inte förbrukas under året. Den största avvikelsen "
            "finns i bygget av den nya skolan i Kragstalund, där upphandlingen av totalentreprenaden fick göras om.",
            C(
                "Investeringar",
                "136 mnkr",
                "+",
                "periodisering",
                note="Investment under-spending after two levels.",
            ),
        ),
        P(
            "Ombyggnaden av idrottshallen i Brottby beräknas däremot överskrida projektbudgeten med cirka 4 mnkr till "
            "följd av höjda materialpriser och en asbestsanering som inte fanns med i kalkylen.",
            C("Idrottshallen i Brottby", "cirka 4 mnkr", "-", "prisokningar", "ovrigt"),
        ),
        H("Åtgärder", 2),
        P(
            "Socialnämnden har infört anställningsprövning och ett tillfälligt stopp för externa konsulter. Nämnden "
            "bedömer att åtgärderna minskar underskottet med 2,5 mnkr under november och december.",
            A("Socialnämnden", "2,5 mnkr", "bemanning", "inhyrd_personal"),
        ),
        P(
            "Barn- och ungdomsnämnden ser över lokalanvändningen inom förskolan inför 2026.",
            A("Barn- och ungdomsnämnden", None, "lokaler"),
        ),
        H("Personal", 2),
        P(
            "Sjukfrånvaron var 6,1 procent under januari–oktober, vilket är 0,4 procentenheter lägre än samma period "
            "2024. Minskningen beror främst på lägre korttidsfrånvaro inom förskolan.",
            O(None, "sjukfranvaro", note="Sick leave against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="vallentuna-ks-manadsuppfoljning-2025-10.pdf",
        report={
            "municipality": "Vallentuna",
            "committee": ["Kommunstyrelsen"],
            "period": ["2025-10"],
            "report_type": "månadsuppföljning",
        },
        metadata={"title": "Månadsuppföljning oktober 2025, samtliga nämnder", "author": "Vallentuna kommun"},
        style=style,
        blocks=blocks,
    )
