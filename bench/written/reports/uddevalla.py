"""Uddevalla kommun, Kommunstyrelsen, tertialrapport 1 2025 (the whole kommun per april).

A kommunstyrelse's compilation: the kommun's result against the budgeted result, one sentence with two
parts (nämnderna and finansförvaltningen, each with its own amount), a table per nämnd in mnkr with
February's deviation as a column, every nämnd a bullet with its own amount under "Nämndernas
prognoser", a "Kommunledningskontorets kommentar" with a forecast change, one sentence listing four
nämnder each with its amount and last month's figure in brackets (four items, same text), actions,
the finance items (taxes, pensions, finance net), and hard negatives: financial goals, liquidity,
solidity, the pension liability; then the investment outcome. DejaVu Sans Condensed.

The place is real; every figure and event is invented.
"""

from __future__ import annotations

from spec import Bullets, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, F, O

NAMNDER = "Nämnderna"


def spec() -> ReportSpec:
    style = Style(
        body="cond",
        bold="cond-bold",
        italic="sans-italic",
        size=10.0,
        leading=1.36,
        heading_sizes=(14.0, 11.5, 10.0),
        margins=(70.0, 72.0, 70.0, 72.0),
        header=lambda n, m: ("Uddevalla kommun", "Tertialrapport 1 2025"),
        footer=lambda n, m: ("", f"{n}", ""),
    )
    per_committee = Table(
        caption="Driftredovisning per nämnd, mnkr",
        header=(
            ("", "Budget", "Prognos", "Avvikelse", "Avvikelse"),
            ("Nämnd", "2025", "2025", "april", "februari"),
        ),
        rows=(
            ("Kommunstyrelsen", "256,4", "253,9", "2,5", "1,8"),
            ("Barn- och utbildningsnämnden", "1 412,0", "1 424,4", "−12,4", "−9,0"),
            ("Socialnämnden", "842,6", "866,1", "−23,5", "−19,2"),
            ("Kultur- och fritidsnämnden", "148,9", "147,8", "1,1", "0,8"),
            ("Samhällsbyggnadsnämnden", "98,2", "102,6", "−4,4", "−3,1"),
            ("Miljö- och stadsbyggnadsnämnden", "34,5", "34,0", "0,5", "0,5"),
            ("Gymnasie- och vuxenutbildningsnämnden", "312,7", "316,9", "−4,2", "−2,6"),
            ("Överförmyndarnämnden", "6,8", "7,5", "−0,7", "−0,4"),
            ("Valnämnden", "0,4", "0,4", "0,0", "0,0"),
            ("Revisionen", "3,9", "4,1", "−0,2", "0,0"),
            ("Summa nämnder", "3 116,4", "3 157,7", "−41,3", "−31,2"),
            ("Finansförvaltningen", "", "", "14,3", "9,6"),
            ("Årets resultat", "65,0", "38,0", "−27,0", "−21,6"),
        ),
        widths=(200.0, 62.0, 62.0, 62.0, 62.0),
        bold_rows=frozenset({10, 12}),
        rules=True,
        size=8.5,
    )
    goals = Table(
        caption="Finansiella mål",
        header=(("Mål", "Prognos", "Bedömning"),),
        rows=(
            ("Resultat minst 2 % av skatter och statsbidrag", "1,1 %", "Ej uppfyllt"),
            ("Självfinansiering av investeringar minst 70 %", "58 %", "Ej uppfyllt"),
            ("Soliditet inkl. pensionsåtagande ska inte minska", "24 %", "Uppfyllt"),
        ),
        widths=(240.0, 60.0, 80.0),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Tertialrapport 1 2025", size=22, font="cond-bold"),
        Title("Uddevalla kommun – ekonomisk uppföljning per den 30 april", size=12, font="cond", after=16),
        H("Sammanfattning", 1),
        P(
            "Kommunens prognostiserade resultat för 2025 uppgår till 38 mnkr, vilket är 27 mnkr lägre än det "
            "budgeterade resultatet på 65 mnkr.",
            C(None, "27 mnkr", "-", note="The kommun's result against its budgeted result (38 vs 65 mnkr)."),
        ),
        P(
            "Nämnderna prognostiserar sammantaget ett underskott på 41,3 mnkr, medan finansförvaltningen "
            "beräknas ge ett överskott på 14,3 mnkr.",
            C(
                NAMNDER,
                "41,3 mnkr",
                "-",
                note="One sentence, two items (nämnderna, finansförvaltningen).",
                also=(C("Finansförvaltningen", "14,3 mnkr", "+"),),
            ),
        ),
        P(
            "Det finansiella målet om ett resultat på minst 2 procent av skatter och generella statsbidrag nås "
            "inte enligt prognosen.",
            O(None, note="Financial goal follow-up."),
        ),
        H("Driftredovisning", 1),
        per_committee,
        H("Nämndernas prognoser", 2),
        P(
            "Nedan kommenteras nämndernas prognoser kortfattat. Nämndernas egna uppföljningar finns som bilagor."
        ),
        Bullets(
            (
                "Kommunstyrelsen +2,5 mnkr. Vakanta tjänster inom kommunledningskontoret och lägre kostnader "
                "för företagshälsovård.",
                "Barn- och utbildningsnämnden −12,4 mnkr. Fler elever i anpassad grundskola och ökade kostnader "
                "för skolskjuts efter ny upphandling. Förskolan har samtidigt färre barn än budgeterat.",
                "Socialnämnden −23,5 mnkr. Placeringar av barn och unga, ett ökat behov av hemtjänst och höga "
                "kostnader för sjuksköterskor från bemanningsföretag inom hemsjukvården.",
                "Kultur- och fritidsnämnden +1,1 mnkr. Högre entréintäkter i badhuset och en vakant tjänst "
                "inom kulturskolan.",
                "Samhällsbyggnadsnämnden −4,4 mnkr. Vinterväghållningen har kostat mer än budgeterat efter "
                "snörika månader i januari och februari, och elkostnaden för gatubelysningen är högre än "
                "beräknat.",
                "Miljö- och stadsbyggnadsnämnden +0,5 mnkr. Högre intäkter från bygglov än budgeterat.",
                "Gymnasie- och vuxenutbildningsnämnden −4,2 mnkr. Fler elever än budgeterat går på gymnasieskolor "
                "i andra kommuner och hos fristående huvudmän.",
                "Överförmyndarnämnden −0,7 mnkr. Fler ärenden med god man och förvaltare än budgeterat.",
                "Valnämnden och revisionen prognostiserar ingen eller endast liten avvikelse.",
            ),
            labels=(
                C("Kommunstyrelsen", "+2,5 mnkr", "+", "vakanser"),
                C("Barn- och utbildningsnämnden", "−12,4 mnkr", "-", "volymer", "prisokningar"),
                C("Socialnämnden", "−23,5 mnkr", "-", "kopt_verksamhet", "volymer", "inhyrd_personal"),
                C("Kultur- och fritidsnämnden", "+1,1 mnkr", "+", "avgifter_intakter", "vakanser"),
                C(
                    "Samhällsbyggnadsnämnden",
                    "−4,4 mnkr",
                    "-",
                    "ovrigt",
                    "prisokningar",
                    note="Snowy winter (weather): ovrigt.",
                ),
                C("Miljö- och stadsbyggnadsnämnden", "+0,5 mnkr", "+", "avgifter_intakter"),
                C("Gymnasie- och vuxenutbildningsnämnden", "−4,2 mnkr", "-", "kopt_verksamhet", "volymer"),
                C("Överförmyndarnämnden", "−0,7 mnkr", "-", "volymer"),
                BP("Valnämnden och revisionen", note="Revisionen −0,2 mnkr in the table; no cause given."),
            ),
        ),
        H("Kommunledningskontorets kommentar", 2),
        P(
            "Det samlade underskottet för nämnderna har ökat med 10,1 mnkr sedan februariuppföljningen.",
            F(NAMNDER, "10,1 mnkr", "-"),
        ),
        P(
            "De största avvikelserna per april finns hos socialnämnden −23,5 mnkr (−19,2), barn- och "
            "utbildningsnämnden −12,4 mnkr (−9,0), samhällsbyggnadsnämnden −4,4 mnkr (−3,1) och gymnasie- och "
            "vuxenutbildningsnämnden −4,2 mnkr (−2,6).",
            C(
                "Socialnämnden",
                "−23,5 mnkr",
                "-",
                note="One sentence, four committees each with its own amount; brackets are February's.",
                also=(
                    C("Barn- och utbildningsnämnden", "−12,4 mnkr", "-"),
                    C("Samhällsbyggnadsnämnden", "−4,4 mnkr", "-"),
                    C("Gymnasie- och vuxenutbildningsnämnden", "−4,2 mnkr", "-"),
                ),
            ),
        ),
        P("Siffrorna inom parentes avser prognosen i februari."),
        P(
            "Kommunledningskontoret bedömer att de åtgärder som hittills har beslutats inte räcker för att nå "
            "en budget i balans. Kommunstyrelsen föreslås därför ge samtliga nämnder med underskott i uppdrag "
            "att redovisa ytterligare åtgärder senast i juni.",
            A(None),
        ),
        P(
            "Socialnämnden har beslutat om en åtgärdsplan med bland annat anställningsstopp för administrativ "
            "personal och en översyn av externa placeringar, med en beräknad effekt på 6 mnkr under 2025.",
            A("Socialnämnden", "6 mnkr", "kopt_verksamhet"),
        ),
        H("Finansförvaltningen", 2),
        P(
            "Skatteintäkter och generella statsbidrag beräknas bli 18,9 mnkr högre än budgeterat enligt "
            "Sveriges Kommuner och Regioners prognos i april. Det beror främst på att lönesumman i riket har "
            "ökat mer än väntat.",
            C("Skatteintäkter och generella statsbidrag", "18,9 mnkr", "+", "ovrigt"),
        ),
        P(
            "Pensionskostnaderna blir 6,2 mnkr högre än budget enligt KPA:s senaste prognos, till följd av att "
            "den högre inflationen räknar upp pensionsskulden.",
            C("Pensionskostnader", "6,2 mnkr", "-", "prisokningar"),
        ),
        P(
            "Finansnettot beräknas bli 1,6 mnkr bättre än budgeterat, eftersom räntan på kommunens lån har "
            "sjunkit.",
            C("Finansnetto", "1,6 mnkr", "+", "ovrigt"),
        ),
        P(
            "Pensionsskulden inklusive ansvarsförbindelsen uppgår till 1 184 mnkr, varav 61 procent avser "
            "pensioner som har tjänats in före 1998.",
            O("Pensioner", note="Pension liability: context, not a deviation."),
        ),
        H("Likviditet och finansiella mål", 2),
        P(
            "Likviditeten uppgick den 30 april till 212 mnkr. Under perioden har kommunen nyupplånat 150 mnkr "
            "för att finansiera investeringar i skolor och VA-anläggningar.",
            O(None, note="Liquidity and borrowing."),
        ),
        P(
            "Kommunens låneskuld uppgick till 2 940 mnkr den 30 april, varav 1 120 mnkr har vidareutlånats till "
            "de kommunala bolagen.",
            O(None, note="Debt."),
        ),
        P(
            "Soliditeten inklusive hela pensionsåtagandet beräknas till 24 procent vid årets slut, vilket är i "
            "nivå med föregående år.",
            O(None, note="Solidity, compared with the previous year."),
        ),
        P(
            "Balanskravsresultatet beräknas till 31 mnkr efter avdrag för realisationsvinster från "
            "försäljningen av tomter i Skeppsviken.",
            O(None, amount="31 mnkr", note="Balanskrav: context, not a deviation."),
        ),
        P(
            "Skatteintäkterna har ökat med 4,2 procent jämfört med samma period föregående år, vilket beror på "
            "både höjda löner och fler sysselsatta.",
            O("Skatteintäkter och generella statsbidrag", note="Year-on-year with 'beror på'."),
        ),
        goals,
        H("Investeringar", 2),
        P(
            "Investeringsbudgeten för 2025 uppgår till 612 mnkr. Prognosen för årets investeringsutgifter är "
            "498 mnkr, vilket innebär att 114 mnkr inte förbrukas under året. Det beror främst på att "
            "byggstarten för den nya skolan i Ljungskile har skjutits upp till hösten efter ett överklagat "
            "bygglov.",
            C(
                "Investeringar",
                "114 mnkr",
                "+",
                "periodisering",
                note="Investering: spending 114 mnkr under the investment budget.",
            ),
        ),
    ]
    return ReportSpec(
        file="uddevalla-ks-tertialrapport-2025-04.pdf",
        report={
            "municipality": "Uddevalla",
            "committee": ["Kommunstyrelsen"],
            "period": ["2025-04"],
            "report_type": "tertialrapport",
        },
        metadata={"title": "Tertialrapport 1 2025", "author": "Uddevalla kommun"},
        style=style,
        blocks=blocks,
    )
