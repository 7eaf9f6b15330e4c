"""Danderyds kommun, Kommunstyrelsen, delårsrapport augusti 2025 (the whole kommun).

A whole-kommun interim report in "mnkr" and "tkr", set in Arial (Liberation Sans) 9.5 pt with en-dash minus
signs in its table, the footer carrying the fullmäktige meeting in October: the period's result and its
surplus against the periodised budget with a timing reason in the next sentence (one cause), the full year
"9,7 mnkr lägre än budget" in a paragraph of its own, one sentence splitting it into the nämnder's underskott
and the finance function's överskott after "medan" (two items), the change since April with its cause; a
nämnd table in tkr with April's deviation; bold run-in nämnder ending in a full stop (a sentence with the
amount then the reasons, "överskrider budgetramen med 9,5 mnkr", "Ett överskott om 4,3 mnkr väntas"), then
en-dash bullets under "Övriga nämnder" ("ett plus mot budget", a colon after the nämnd and revenue that
"blir 2,3 mnkr lägre än budgeterat", "För Fastighetsnämnden" with "knappt en halv miljon kronor" in words,
"bedöms klara sin budget"); tax revenue and the equalisation grants as a "respektive" pair, the finance
net and pensions in sentences of their own; investments "en avvikelse på 107 mnkr" and a project that
"överskrider projektbudgeten med 4,8 mnkr"; two actions; balanskrav and net cost growth against 2024
(others). 16 scored causes.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Bullets, H, P, ReportSpec, Space, Style, Table, Title

from reports.common import BP, LP, A, C, F, O

NO_TAG = "A finance item: no cause tag."


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=9.5,
        leading=1.4,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.0),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(64.0, 76.0, 64.0, 74.0),
        header=lambda n, m: ("Danderyds kommun", "Delårsrapport januari–augusti 2025"),
        footer=lambda n, m: ("Kommunfullmäktige 2025-10-13", "Dnr KS 2025/0312", f"Sida {n} ({m})"),
        header_size=8.0,
        rule_under_header=True,
    )
    committees = Table(
        caption="Tabell 2. Nämndernas driftredovisning, prognos för helåret 2025 (tkr)",
        header=(("Nämnd", "Budget", "Prognos", "Avvikelse", "Avvikelse april"),),
        rows=(
            ("Kommunstyrelsen", "186 400", "182 150", "4 250", "3 100"),
            ("Utbildningsnämnden", "1 012 300", "1 021 760", "–9 460", "–6 200"),
            ("Socialnämnden", "498 700", "516 840", "–18 140", "–12 900"),
            ("Kultur- och fritidsnämnden", "92 500", "91 320", "1 180", "800"),
            ("Miljö- och stadsbyggnadsnämnden", "38 900", "41 160", "–2 260", "–1 700"),
            ("Fastighetsnämnden", "64 200", "64 670", "–470", "0"),
            ("Överförmyndarnämnden", "7 400", "7 400", "0", "0"),
            ("Summa nämnder", "1 900 400", "1 925 300", "–24 900", "–16 900"),
        ),
        widths=(168.0, 66.0, 66.0, 66.0, 84.0),
        bold_rows=frozenset({7}),
        rules=True,
        grid=True,
        size=8.5,
    )
    blocks = [
        Title("Delårsrapport augusti 2025", size=20, font="arial-bold", after=2),
        Title("Danderyds kommun", size=12, font="arial", after=14),
        H("Förvaltningsberättelse", 1),
        P(
            "Delårsrapporten omfattar perioden januari till augusti och innehåller en prognos för helåret. "
            "Nämndernas delårsrapporter har behandlats i respektive nämnd under september."
        ),
        H("Ekonomiskt resultat", 2),
        P(
            "Kommunens resultat för januari–augusti uppgår till 142,6 mnkr, vilket är 31,4 mnkr bättre än det "
            "periodiserade budgeterade resultatet. Skillnaden beror till stor del på att kostnaderna för "
            "semesterlöner och underhåll belastar hösten.",
            C(
                None,
                "31,4 mnkr",
                "+",
                "periodisering",
                note="The period against the periodised budget with its timing reason in the next sentence.",
            ),
        ),
        P(
            "Helårsprognosen pekar mot ett resultat på 58,0 mnkr, vilket är 9,7 mnkr lägre än budget.",
            C(None, "9,7 mnkr", "-", note="The full year against the budgeted result."),
        ),
        P(
            "Avvikelsen förklaras av att nämnderna sammantaget prognostiserar ett underskott på 24,9 mnkr, medan "
            "finansförvaltningen väntas visa ett överskott på 15,2 mnkr.",
            C(
                "Nämnderna",
                "24,9 mnkr",
                "-",
                note="Two parts with their own amounts in one sentence: two items.",
                also=(C("Finansförvaltningen", "15,2 mnkr", "+"),),
            ),
        ),
        P(
            "Prognosen har försämrats med 6,3 mnkr sedan tertialrapporten i april, främst därför att kostnaderna "
            "för placeringar av barn och unga har fortsatt att öka.",
            F(None, "6,3 mnkr", "-", "kopt_verksamhet"),
        ),
        committees,
        Space(10),
        H("Nämndernas kommentarer", 2),
        LP(
            "Socialnämnden.",
            "Nämnden beräknar ett underskott på 18,1 mnkr för helåret. Det beror främst på fler placeringar av barn "
            "och unga i HVB och familjehem och på att kostnaderna för boende med särskild service enligt LSS ökar "
            "när två nya brukare har flyttat in.",
            C("Socialnämnden", "18,1 mnkr", "-", "kopt_verksamhet", "volymer"),
        ),
        LP(
            "Utbildningsnämnden.",
            "Utbildningsnämndens prognos överskrider budgetramen med 9,5 mnkr. Elevantalet i grundskolan är lägre "
            "än det som skolpengen bygger på, men kostnaderna för lokaler minskar inte i samma takt, och "
            "statsbidraget för höjda lärarlöner har sänkts.",
            C("Utbildningsnämnden", "9,5 mnkr", "-", "volymer", "lokaler", "statsbidrag"),
        ),
        LP(
            "Kommunstyrelsen.",
            "Ett överskott om 4,3 mnkr väntas, till följd av vakanta tjänster inom kommunledningskontoret och "
            "lägre kostnader för IT-licenser än beräknat.",
            C("Kommunstyrelsen", "4,3 mnkr", "+", "vakanser", "it_digitalisering"),
        ),
        H("Övriga nämnder", 3),
        Bullets(
            (
                "Kultur- och fritidsnämnden redovisar ett plus mot budget på 1,2 mnkr, som förklaras av att "
                "konsthallen har varit stängd för ombyggnad under våren.",
                "Miljö- och stadsbyggnadsnämnden: intäkterna från bygglov och planavgifter blir 2,3 mnkr lägre än "
                "budgeterat, när färre ärenden kommer in.",
                "För Fastighetsnämnden väntas en mindre negativ avvikelse, knappt en halv miljon kronor, på grund "
                "av högre kostnader för el och värme i skollokalerna.",
                "Överförmyndarnämnden bedöms klara sin budget.",
            ),
            labels=(
                C(
                    "Kultur- och fritidsnämnden",
                    "1,2 mnkr",
                    "+",
                    "ovrigt",
                    note="A closure for renovation is ovrigt.",
                ),
                C(
                    "Miljö- och stadsbyggnadsnämnden",
                    "2,3 mnkr",
                    "-",
                    "avgifter_intakter",
                    "volymer",
                    note="Revenue lower than budget: negative.",
                ),
                C(
                    "Fastighetsnämnden",
                    "knappt en halv miljon kronor",
                    "-",
                    "prisokningar",
                    value=500_000,
                    note="An amount in words (the table says –470): the stated figure.",
                ),
                BP("Överförmyndarnämnden"),
            ),
            glyph="–",
        ),
        H("Finansförvaltningen", 2),
        P(
            "Skatteintäkterna och de generella statsbidragen och utjämningen beräknas ge 8,9 respektive 2,4 mnkr "
            "mer än budgeterat.",
            C(
                "Skatteintäkter",
                "8,9",
                "+",
                unit="mnkr",
                note=NO_TAG + " A 'respektive' pair: two items, the unit written once.",
                also=(C("Generella statsbidrag och utjämning", "2,4 mnkr", "+", note=NO_TAG),),
            ),
        ),
        P(
            "Finansnettot blir 5,1 mnkr bättre än budget tack vare högre ränteintäkter på kommunens likvida medel.",
            C("Finansnetto", "5,1 mnkr", "+", note=NO_TAG),
        ),
        P(
            "Pensionskostnaderna ökar däremot mer än beräknat och överstiger budget med 1,2 mnkr.",
            C("Pensionskostnader", "1,2 mnkr", "-", note=NO_TAG),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsbudgeten för 2025 uppgår till 312 mnkr. Prognosen är 205 mnkr, en avvikelse på 107 mnkr, "
            "som främst beror på att ombyggnaden av Ekbackens skola har skjutits upp ett år.",
            C(
                "Investeringar",
                "107 mnkr",
                "+",
                "periodisering",
                note="Investment under-spending (positive); the budget level sentence belongs to the item.",
            ),
        ),
        P(
            "Den nya idrottshallen vid Sätra ängar överskrider projektbudgeten med 4,8 mnkr, efter att förorenad "
            "mark påträffades vid schaktningen.",
            C(
                "Idrottshallen vid Sätra ängar",
                "4,8 mnkr",
                "-",
                "ovrigt",
                note="Investment overrun: negative. Contaminated ground is ovrigt.",
            ),
        ),
        H("Åtgärder", 2),
        PS(
            (
                "Socialnämnden har beslutat om en handlingsplan med tätare uppföljning av externa placeringar och "
                "fler insatser på hemmaplan, som beräknas minska kostnaderna med 3,0 mnkr under hösten.",
                A("Socialnämnden", "3,0 mnkr", "kopt_verksamhet"),
            ),
            (
                "Utbildningsnämnden ser över lokalanvändningen och planerar att avveckla två paviljonger till "
                "årsskiftet.",
                A("Utbildningsnämnden", None, "lokaler"),
            ),
        ),
        H("Balanskrav och god ekonomisk hushållning", 2),
        P(
            "Balanskravsresultatet beräknas till 52,4 mnkr och balanskravet uppfylls. Soliditeten inklusive "
            "pensionsförpliktelser är 48 procent.",
            O(None, note="Balanskrav and soliditet."),
        ),
        P(
            "Nettokostnaderna har ökat med 5,6 procent jämfört med samma period förra året, vilket beror på högre "
            "personalkostnader och på att fler äldre har hemtjänst.",
            O(None, "lonekostnader", "volymer", note="Net cost growth against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="danderyd-ks-delarsrapport-2025-08.pdf",
        report={
            "municipality": "Danderyd",
            "committee": ["Kommunstyrelsen", "Kommunfullmäktige"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={"title": "Delårsrapport augusti 2025", "author": "Danderyds kommun"},
        style=style,
        blocks=blocks,
    )
