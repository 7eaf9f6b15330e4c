"""Staffanstorps kommun, Kommunstyrelsen, månadsrapport oktober 2025 (the whole kommun).

A whole-kommun month report in "mnkr" with en dashes as minus signs (Liberation Sans, so no semicolons),
whose footer carries the kommunstyrelse's meeting date in November: the period "8,9 mnkr bättre än
periodiserad budget" (a sentence of its own), the full year as a result against the budgeted result with
the deviation "–12,4 mnkr" in the next sentence, one sentence with the nämnder's "–26,1 mnkr" and the finance
function's "överskott på 13,7 mnkr" (two items), the change since August with its cause; a nämnd table with
en-dash deficits and August's column; under a generic heading ("Ekonomienhetens kommentar") bold run-in
nämnder in varied shapes: "Underskottet på 14,8 mnkr" followed by an action in the same paragraph, "Nämnden
prognostiserar –9,6 mnkr", "ger ett överskott om 3,2 mnkr", the amount in the second sentence after the
reasons, "hålla sin budget" (boilerplate), a possessive "Miljö- och byggnadsnämndens prognos är 0,9 mnkr
sämre", a lead that carries the amount ("Överförmyndarnämnden +0,4 mnkr."); tax revenue, then pensions and
the finance net in one sentence with "lägre" and "bättre" (two items, no tags); investments "en avvikelse på
88 mnkr" after two levels, a school project moved to 2026 and a square "3,5 mnkr dyrare än projektbudgeten";
an action, the balanskrav and a risk (others). 16 scored causes. Liberation Sans 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Space, Style, Table, Title

from reports.common import BP, LP, A, C, F, O

NO_TAG = "A finance item: no cause tag."


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=9.5,
        leading=1.42,
        para_gap=6.5,
        heading_sizes=(15.0, 11.5, 10.0),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(66.0, 78.0, 66.0, 74.0),
        header=lambda n, m: ("STAFFANSTORPS KOMMUN", "Månadsrapport oktober 2025"),
        footer=lambda n, m: ("Kommunstyrelsen 2025-11-26", "Dnr KS 2025/412", f"{n} ({m})"),
        header_size=8.0,
        rule_under_header=True,
    )
    committees = Table(
        caption="Tabell 2. Nämndernas prognos för helåret, mnkr",
        header=(("Nämnd", "Budget 2025", "Prognos", "Avvikelse", "Avvikelse aug"),),
        rows=(
            ("Kommunstyrelsen", "148,6", "145,4", "3,2", "2,7"),
            ("Barn- och utbildningsnämnden", "842,0", "851,6", "–9,6", "–8,8"),
            ("Socialnämnden", "655,3", "670,1", "–14,8", "–11,9"),
            ("Samhällsbyggnadsnämnden", "88,7", "92,8", "–4,1", "–3,9"),
            ("Kultur- och fritidsnämnden", "61,2", "61,5", "–0,3", "0,0"),
            ("Miljö- och byggnadsnämnden", "12,4", "13,3", "–0,9", "–0,6"),
            ("Överförmyndarnämnden", "4,6", "4,2", "0,4", "0,3"),
            ("Summa nämnder", "1 812,8", "1 838,9", "–26,1", "–22,2"),
        ),
        widths=(172.0, 66.0, 58.0, 66.0, 72.0),
        bold_rows=frozenset({7}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Månadsrapport oktober 2025", size=20, font="arial-bold", after=2),
        Title("Staffanstorps kommun", size=12, font="arial", after=12),
        P(
            "Månadsrapporten bygger på bokfört utfall till och med oktober samt nämndernas prognoser för helåret. "
            "Rapporten behandlas av kommunstyrelsen och lämnas därefter för kännedom till kommunfullmäktige."
        ),
        H("Sammanfattning", 1),
        P(
            "Kommunens resultat för januari–oktober uppgår till 71,4 mnkr, vilket är 8,9 mnkr bättre än "
            "periodiserad budget.",
            C(
                None,
                "8,9 mnkr",
                "+",
                note="The period against the periodised budget in a sentence of its own.",
            ),
        ),
        P(
            "Helårsprognosen pekar på ett resultat om 22,6 mnkr mot budgeterade 35,0 mnkr. Avvikelsen, –12,4 mnkr, "
            "förklaras av att nämnderna sammantaget överskrider sina ramar.",
            C(None, "–12,4 mnkr", "-", note="Two levels, then the deviation in the next sentence: one item."),
        ),
        P(
            "Nämndernas samlade avvikelse är –26,1 mnkr, medan finansförvaltningen beräknas ge ett överskott på "
            "13,7 mnkr.",
            C(
                "Nämnderna",
                "–26,1 mnkr",
                "-",
                note="Two parts with their own amounts in one sentence: two items.",
                also=(C("Finansförvaltningen", "13,7 mnkr", "+", note=NO_TAG),),
            ),
        ),
        P(
            "Prognosen har försämrats med 3,9 mnkr sedan augustirapporten, framför allt inom socialnämnden där två "
            "nya placeringar av barn har tillkommit.",
            F(None, "3,9 mnkr", "-", "kopt_verksamhet", "volymer"),
        ),
        committees,
        Space(10),
        H("Ekonomienhetens kommentar", 2),
        LP(
            "Socialnämnden.",
            "Underskottet på 14,8 mnkr beror till största delen på externa placeringar av barn och unga och på ökade "
            "kostnader för försörjningsstöd. Nämnden har även haft höga kostnader för inhyrda socialsekreterare.",
            C("Socialnämnden", "14,8 mnkr", "-", "kopt_verksamhet", "ekonomiskt_bistand", "inhyrd_personal"),
            (
                "En handlingsplan med sju åtgärder beslutades i september och beräknas minska underskottet med 2,5 "
                "mnkr till årets slut.",
                A("Socialnämnden", "2,5 mnkr"),
            ),
        ),
        LP(
            "Barn- och utbildningsnämnden.",
            "Nämnden prognostiserar –9,6 mnkr. Fler barn i förskolan än budgeterat och höga kostnader för "
            "tilläggsbelopp till elever med särskilda behov driver kostnaderna, samtidigt som intäkterna för elever "
            "från andra kommuner minskar.",
            C("Barn- och utbildningsnämnden", "–9,6 mnkr", "-", "volymer", "avgifter_intakter"),
        ),
        LP(
            "Kommunstyrelsen.",
            "Kommunstyrelsens verksamheter ger ett överskott om 3,2 mnkr, framför allt genom vakanta tjänster på "
            "kommunledningskontoret och lägre licenskostnader än beräknat.",
            C("Kommunstyrelsen", "3,2 mnkr", "+", "vakanser", "it_digitalisering"),
        ),
        LP(
            "Samhällsbyggnadsnämnden.",
            "Vinterväghållningen i början av året blev betydligt dyrare än budgeterat, och intäkterna från "
            "markupplåtelser har minskat. Nämnden redovisar därför en negativ avvikelse på 4,1 mnkr.",
            C(
                "Samhällsbyggnadsnämnden",
                "4,1 mnkr",
                "-",
                "ovrigt",
                "avgifter_intakter",
                note="The reasons first, the amount in the second sentence. Winter road upkeep: ovrigt.",
            ),
        ),
        LP(
            "Kultur- och fritidsnämnden.",
            "Nämnden bedöms i allt väsentligt hålla sin budget.",
            BP("Kultur- och fritidsnämnden", note="Although the table says –0,3."),
        ),
        LP(
            "Miljö- och byggnadsnämnden.",
            "Miljö- och byggnadsnämndens prognos är 0,9 mnkr sämre än budget, beroende på färre bygglovsansökningar "
            "än normalt.",
            C("Miljö- och byggnadsnämnden", "0,9 mnkr", "-", "avgifter_intakter", "volymer"),
        ),
        LP(
            "Överförmyndarnämnden +0,4 mnkr.",
            "Arvodena till gode män och förvaltare har blivit lägre än beräknat.",
            C(
                "Överförmyndarnämnden",
                "+0,4 mnkr",
                "+",
                "ovrigt",
                note="The run-in lead carries the amount.",
            ),
        ),
        H("Finansförvaltningen", 2),
        P(
            "Skatteintäkter och generella statsbidrag beräknas överstiga budget med 6,8 mnkr, främst på grund av en "
            "högre slutavräkning för 2024.",
            C("Skatteintäkter och generella statsbidrag", "6,8 mnkr", "+", note=NO_TAG),
        ),
        P(
            "Pensionskostnaderna blir 2,9 mnkr lägre och finansnettot 4,0 mnkr bättre än budgeterat.",
            C(
                "Pensionskostnader",
                "2,9 mnkr",
                "+",
                note=NO_TAG + " Two areas with their own amounts in one sentence: two items.",
                also=(C("Finansnetto", "4,0 mnkr", "+", note=NO_TAG),),
            ),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsbudgeten för 2025 uppgår till 286 mnkr. Prognosen är 198 mnkr, vilket innebär en avvikelse "
            "på 88 mnkr.",
            C("Investeringar", "88 mnkr", "+", note="Investment under-spending (positive); no reason given."),
        ),
        P(
            "Den största avvikelsen finns i projektet Skola Västra Hagen, där 41 mnkr flyttas till 2026 sedan "
            "detaljplanen överklagats.",
            C("Skola Västra Hagen", "41 mnkr", "+", "periodisering", note="Investment: a project delayed."),
        ),
        P(
            "Ombyggnaden av Torget blir 3,5 mnkr dyrare än projektbudgeten till följd av högre entreprenadpriser.",
            C("Ombyggnaden av Torget", "3,5 mnkr", "-", "prisokningar", note="Investment overrun."),
        ),
        H("Åtgärder och risker", 2),
        PS(
            (
                "Kommunstyrelsen beslutade i september om anställningsprövning för samtliga administrativa tjänster "
                "i kommunen.",
                A(None, None, "bemanning"),
            ),
            (
                "Prognosen för socialnämnden är osäker, eftersom enstaka nya placeringar kan påverka utfallet med "
                "flera miljoner kronor.",
                O("Socialnämnden", "kopt_verksamhet", note="A risk."),
            ),
        ),
        P(
            "Balanskravsresultatet beräknas till 19,8 mnkr och balanskravet uppfylls. Kommunens soliditet är "
            "oförändrad jämfört med föregående år.",
            O(None, note="Balanskrav and solidity."),
        ),
    ]
    return ReportSpec(
        file="staffanstorp-ks-manadsrapport-2025-10.pdf",
        report={
            "municipality": "Staffanstorp",
            "committee": ["Kommunstyrelsen"],
            "period": ["2025-10"],
            "report_type": "månadsrapport",
        },
        metadata={"title": "Månadsrapport oktober 2025", "author": "Staffanstorps kommun"},
        style=style,
        blocks=blocks,
    )
