"""Västerviks kommun, Kommunstyrelsen, månadsrapport september 2025 (the whole kommun).

A whole-kommun month report in mnkr with en dashes as minus signs, footer with the kommunstyrelse's meeting
date in October: the full year "14,2 mnkr lägre än det budgeterade resultatet" between two levels, one
sentence splitting it into the nämnder's "underskott mot budget på 31,4 mnkr" and the finance function's
"överskott på 17,2 mnkr" (two items), the change since August with its cause; a table per nämnd; en-dash
bullets under a generic heading ("Ekonomiavdelningens kommentar") in varied shapes ("redovisar ett överskott
om 2,1 mnkr", a possessive "Barn- och utbildningsnämndens prognos visar –8,7 mnkr", "beräknas överskrida
sin budgetram med 19,6 mnkr", the area after "Inom" with "knappt 0,9 mnkr lägre än budget", "håller sin
budget", "lämnar ett underskott på 4,3 mnkr som i huvudsak kan härledas till"), then headings that carry the
verksamhet and amount ("Individ- och familjeomsorg −14,8 mnkr"), so the two largest nämnder are explained
twice; tax revenue in one sentence and pensions and the finance net as a "respektive" pair in the next;
investments "87 mnkr inte förbrukas"; two actions, a risk and the balanskrav (other). Liberation Sans 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Bullets, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, HP, A, C, F, O

NO_TAG = "A finance item: no cause tag."


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=9.5,
        leading=1.4,
        para_gap=6.0,
        heading_sizes=(14.0, 11.5, 10.0),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(64.0, 78.0, 64.0, 72.0),
        header=lambda n, m: ("Västerviks kommun", "Månadsrapport september 2025"),
        footer=lambda n, m: ("Kommunstyrelsen 2025-10-21", "Dnr KS 2025/0412", f"{n} ({m})"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Helårsprognos per nämnd 2025, mnkr",
        header=(("Nämnd", "Budget 2025", "Prognos sep", "Avvikelse"),),
        rows=(
            ("Kommunstyrelsen", "212,4", "210,3", "2,1"),
            ("Barn- och utbildningsnämnden", "842,6", "851,3", "–8,7"),
            ("Socialnämnden", "1 006,8", "1 026,4", "–19,6"),
            ("Miljö- och byggnadsnämnden", "18,9", "19,8", "–0,9"),
            ("Kultur- och fritidsnämnden", "76,2", "76,2", "0,0"),
            ("Tekniska nämnden", "94,5", "98,8", "–4,3"),
            ("Summa nämnder", "2 251,4", "2 282,8", "–31,4"),
            ("Finansförvaltningen", "", "", "17,2"),
            ("Resultat", "52,8", "38,6", "–14,2"),
        ),
        widths=(176.0, 76.0, 76.0, 72.0),
        bold_rows=frozenset({6, 8}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Månadsrapport september 2025", size=18, font="arial-bold", after=2),
        Title(
            "Västerviks kommun – ekonomisk uppföljning för samtliga nämnder",
            size=11.5,
            font="arial",
            after=12,
        ),
        H("Sammanfattning", 1),
        P(
            "Kommunens resultat prognostiseras till 38,6 mnkr för helåret, vilket är 14,2 mnkr lägre än det "
            "budgeterade resultatet på 52,8 mnkr.",
            C(None, "14,2 mnkr", "-", note="The full year between two levels: the deviation is the amount."),
        ),
        PS(
            (
                "Nämnderna prognostiserar tillsammans ett underskott mot budget på 31,4 mnkr, medan "
                "finansförvaltningen väntas ge ett överskott på 17,2 mnkr.",
                C(
                    "Nämnderna",
                    "31,4 mnkr",
                    "-",
                    note="One sentence split into the nämnder and the finance function: two items.",
                    also=(C("Finansförvaltningen", "17,2 mnkr", "+", note=NO_TAG),),
                ),
            ),
            (
                "Jämfört med augustiprognosen är resultatet 3,9 mnkr sämre, främst beroende på socialnämndens ökade "
                "placeringskostnader.",
                F(None, "3,9 mnkr", "-", "kopt_verksamhet"),
            ),
        ),
        table,
        H("Nämndernas prognoser", 2),
        H("Ekonomiavdelningens kommentar", 3),
        Bullets(
            (
                "Kommunstyrelsen redovisar ett överskott om 2,1 mnkr, framför allt tack vare vakanta tjänster inom "
                "HR- och ekonomienheterna och lägre arvoden till förtroendevalda än budgeterat.",
                "Barn- och utbildningsnämndens prognos visar –8,7 mnkr. Underskottet beror på fler barn i förskolan "
                "än budgeterat, ökade tilläggsbelopp till fristående skolor och att statsbidraget för en likvärdig "
                "skola har minskat.",
                "Socialnämnden beräknas överskrida sin budgetram med 19,6 mnkr. Det är placeringar av barn och unga "
                "på HVB och i konsulentstödda familjehem som kostar mer än planerat, tillsammans med ett ökat "
                "försörjningsstöd.",
                "Inom miljö- och byggnadsnämnden blir intäkterna från bygglov knappt 0,9 mnkr lägre än budget, "
                "eftersom färre ansökningar har kommit in när bostadsbyggandet bromsat in.",
                "Kultur- och fritidsnämnden håller sin budget.",
                "Tekniska nämnden lämnar ett underskott på 4,3 mnkr som i huvudsak kan härledas till "
                "vinterväghållningen under januari och februari samt högre elpriser för gatubelysningen.",
            ),
            labels=(
                C(
                    "Kommunstyrelsen",
                    "2,1 mnkr",
                    "+",
                    "vakanser",
                    "ovrigt",
                    note="Fees to elected members: ovrigt.",
                ),
                C(
                    "Barn- och utbildningsnämnden",
                    "–8,7 mnkr",
                    "-",
                    "volymer",
                    "kopt_verksamhet",
                    "statsbidrag",
                    note="A possessive names the area.",
                ),
                C("Socialnämnden", "19,6 mnkr", "-", "kopt_verksamhet", "ekonomiskt_bistand"),
                C(
                    "Miljö- och byggnadsnämnden",
                    "knappt 0,9 mnkr",
                    "-",
                    "avgifter_intakter",
                    "volymer",
                    note="The area after 'Inom'.",
                ),
                BP("Kultur- och fritidsnämnden"),
                C(
                    "Tekniska nämnden",
                    "4,3 mnkr",
                    "-",
                    "ovrigt",
                    "prisokningar",
                    note="Winter road upkeep: ovrigt.",
                ),
            ),
            glyph="–",
        ),
        H("Verksamheter med stora avvikelser", 2),
        HP(
            "Individ- och familjeomsorg −14,8 mnkr",
            "Kostnaderna för externa placeringar av barn och unga ligger långt över budget. Under året har elva nya "
            "placeringar gjorts på HVB, och dygnskostnaden har i genomsnitt stigit med 6 procent.",
            C(
                "Individ- och familjeomsorg",
                "−14,8 mnkr",
                "-",
                "kopt_verksamhet",
                "volymer",
                "prisokningar",
                note="A percentage rise that is not the amount.",
            ),
        ),
        HP(
            "Ekonomiskt bistånd −3,1 mnkr",
            "Fler hushåll är beroende av försörjningsstöd under längre tid, vilket hänger samman med den svaga "
            "arbetsmarknaden i regionen.",
            C("Ekonomiskt bistånd", "−3,1 mnkr", "-", "ekonomiskt_bistand", "volymer"),
        ),
        HP(
            "Äldreomsorg −1,7 mnkr",
            "Inom hemtjänsten har de beviljade timmarna ökat med 9 procent sedan årsskiftet, samtidigt som "
            "sjukfrånvaron bland undersköterskorna har krävt många timvikarier.",
            C("Äldreomsorg", "−1,7 mnkr", "-", "volymer", "sjukfranvaro", "vikarier"),
        ),
        HP(
            "Förskola och fritidshem −5,2 mnkr",
            "Barnantalet i förskolan är 64 barn fler än budgeterat, främst i Gamleby och i centralorten, och två "
            "tillfälliga avdelningar har öppnats under hösten.",
            C("Förskola och fritidshem", "−5,2 mnkr", "-", "volymer"),
        ),
        HP(
            "Grundskola −3,5 mnkr",
            "Tilläggsbelopp till fristående skolor och en lönerevision för lärarna som blev högre än budgeterat "
            "ger ett underskott.",
            C("Grundskola", "−3,5 mnkr", "-", "kopt_verksamhet", "lonekostnader"),
        ),
        H("Finansförvaltningen", 2),
        PS(
            (
                "Skatteintäkter och generella statsbidrag beräknas bli 11,8 mnkr högre än budget enligt SKR:s "
                "augustiprognos.",
                C("Skatteintäkter och generella statsbidrag", "11,8 mnkr", "+", note=NO_TAG),
            ),
            (
                "Pensionskostnaderna och finansnettot blir 3,6 respektive 1,8 mnkr bättre än budgeterat.",
                C(
                    "Pensionskostnader",
                    "3,6",
                    "+",
                    unit="mnkr",
                    note=NO_TAG + " A 'respektive' pair: two items.",
                    also=(C("Finansnetto", "1,8 mnkr", "+", note=NO_TAG),),
                ),
            ),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsbudgeten för 2025 uppgår till 268 mnkr. Prognosen visar att 181 mnkr kommer att användas, "
            "vilket innebär att 87 mnkr inte förbrukas under året. Det beror främst på att ombyggnaden av "
            "reningsverket har försenats och att upphandlingen av den nya förskolan i Ankarsrum fick göras om.",
            C("Investeringar", "87 mnkr", "+", "periodisering", note="Investment under-spending: positive."),
        ),
        H("Åtgärder", 2),
        P(
            "Socialnämnden har beslutat om en handlingsplan med bland annat hemtagning av placerade barn till egen "
            "verksamhet, vilken beräknas minska kostnaderna med 2,5 mnkr under resten av året.",
            A("Socialnämnden", "2,5 mnkr", "kopt_verksamhet"),
        ),
        P(
            "Kommunstyrelsen har därutöver infört anställningsprövning för samtliga nämnder från och med oktober.",
            A(None, None, "vakanser"),
        ),
        H("Risker och balanskrav", 2),
        P(
            "Prognosen är osäker när det gäller vinterns kostnader för snöröjning och halkbekämpning, som inte är "
            "kända förrän i december.",
            O("Tekniska nämnden", note="A risk."),
        ),
        P(
            "Balanskravsresultatet beräknas till 35,1 mnkr och kommunen klarar därmed balanskravet.",
            O(None, note="Balanskrav: other."),
        ),
    ]
    return ReportSpec(
        file="vastervik-ks-manadsrapport-2025-09.pdf",
        report={
            "municipality": "Västervik",
            "committee": ["Kommunstyrelsen"],
            "period": ["2025-09"],
            "report_type": "månadsrapport",
        },
        metadata={"title": "Månadsrapport september 2025", "author": "Västerviks kommun"},
        style=style,
        blocks=blocks,
    )
