"""Upplands Väsby kommun, Kommunstyrelsen, tertialrapport 1 2026 (the whole kommun).

A whole-kommun tertial report in mnkr with hyphen-minus signs in the table and U+2212 in the prose, footer
with the kommunstyrelse's meeting date in June: the full year as two levels and then "Avvikelsen mot budget
blir därmed −16,4 mnkr" (one item), the period "9,8 mnkr bättre än den periodiserade budgeten" with its
timing reason in the same sentence, one sentence splitting the result into the nämnder's "underskott på 27,5
mnkr" and the finance function's "överskott om 11,1 mnkr" (two items), the change since the March forecast
with its cause; a nämnd table; then en-dash bullets under a generic heading ("Kommentarer per nämnd") in varied
shapes: "prognostiserar ett underskott", a possessive "Social- och äldrenämndens prognos visar −18,8 mnkr"
with an area in balance inside, "beräknas få ett överskott om", a colon after the nämnd with revenue "1,5 mnkr
lägre än budget", "en positiv avvikelse på 0,6 mnkr" and "håller sin budget" (boilerplate); tax revenue, then
pensions and the finance net in one sentence (three items, no tags); investments "94 mnkr inte beräknas
förbrukas", a project whose start has moved and a park "4,5 mnkr dyrare än projektbudgeten"; actions with and
without an effect after an unlabelled lead-in, the balanskrav with a goal not met ("beror på") and population
growth (others). Liberation Sans 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Bullets, H, P, ReportSpec, Space, Style, Table, Title

from reports.common import BP, A, C, F, O

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
        margins=(64.0, 78.0, 64.0, 74.0),
        header=lambda n, m: ("Upplands Väsby kommun", "Tertialrapport 1 2026"),
        footer=lambda n, m: ("Kommunstyrelsen 2026-06-01", "KS/2026:318", f"{n} ({m})"),
        header_size=8.0,
        rule_under_header=True,
    )
    committees = Table(
        caption="Tabell 1. Nämndernas prognos för helåret 2026 (mnkr)",
        header=(("Nämnd", "Budget 2026", "Prognos 2026", "Avvikelse"),),
        rows=(
            ("Kommunstyrelsen", "281,6", "278,1", "3,5"),
            ("Utbildningsnämnden", "1 402,7", "1 414,0", "-11,3"),
            ("Social- och äldrenämnden", "1 296,5", "1 315,3", "-18,8"),
            ("Kultur- och fritidsnämnden", "121,0", "120,4", "0,6"),
            ("Bygg- och miljönämnden", "34,2", "35,7", "-1,5"),
            ("Valnämnden", "3,1", "3,1", "0,0"),
            ("Summa nämnder", "3 139,1", "3 166,6", "-27,5"),
            ("Finansförvaltningen", "", "", "11,1"),
            ("Kommunen totalt", "", "", "-16,4"),
        ),
        widths=(180.0, 80.0, 80.0, 80.0),
        bold_rows=frozenset({6, 8}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Tertialrapport 1 2026", size=20, font="arial-bold", after=2),
        Title("Upplands Väsby kommun – uppföljning januari–april", size=12, font="arial", after=12),
        P(
            "Tertialrapporten redovisar kommunens ekonomiska utfall till och med april och nämndernas prognoser "
            "för helåret. Den bygger på bokfört utfall per den 30 april och på de bedömningar som kontoren lämnade "
            "i mitten av maj."
        ),
        H("Ekonomiskt resultat", 1),
        P(
            "Kommunen prognostiserar ett resultat för 2026 på 41,6 mnkr. Det budgeterade resultatet är 58,0 mnkr "
            "och avvikelsen mot budget blir därmed −16,4 mnkr.",
            C(None, "−16,4 mnkr", "-", note="The full year: two levels, then the deviation."),
        ),
        P(
            "Periodens resultat uppgår till 37,2 mnkr och är 9,8 mnkr bättre än den periodiserade budgeten, vilket "
            "främst förklaras av att kostnader för underhåll och sommarverksamhet belastar senare delen av året.",
            C(
                None,
                "9,8 mnkr",
                "+",
                "periodisering",
                note="The period against the periodised budget with its timing reason in the same sentence.",
            ),
        ),
        P(
            "Nämnderna prognostiserar sammantaget ett underskott på 27,5 mnkr medan finansförvaltningen väntas ge "
            "ett överskott om 11,1 mnkr.",
            C(
                "Nämnderna",
                "27,5 mnkr",
                "-",
                note="Two parts with their own amounts in one sentence: two items.",
                also=(C("Finansförvaltningen", "11,1 mnkr", "+"),),
            ),
        ),
        P(
            "Jämfört med den prognos som lämnades i mars har resultatet försämrats med 4,2 mnkr, framför allt "
            "inom Social- och äldrenämnden där antalet placeringar har ökat.",
            F(None, "4,2 mnkr", "-", "kopt_verksamhet", "volymer"),
        ),
        committees,
        Space(10),
        H("Kommentarer per nämnd", 2),
        P("Nedan sammanfattas nämndernas egna analyser av avvikelserna mot budget."),
        Bullets(
            (
                "Utbildningsnämnden prognostiserar ett underskott på 11,3 mnkr. Det är främst gymnasieskolan som "
                "går back, eftersom fler ungdomar än beräknat har valt program i andra kommuner, vilket ökar de "
                "interkommunala ersättningarna. Även tilläggsbeloppen för elever med särskilt stöd ökar.",
                "Social- och äldrenämndens prognos visar −18,8 mnkr. Köpta platser för barn och unga samt för vuxna "
                "med missbruk ligger långt över budget och ekonomiskt bistånd ökar, medan äldreomsorgen väntas gå "
                "jämnt ut.",
                "Kommunstyrelsen beräknas få ett överskott om 3,5 mnkr till följd av vakanta tjänster inom "
                "kommunledningskontoret och lägre kostnader för IT-licenser än budgeterat.",
                "Bygg- och miljönämnden: intäkterna från bygglov och planavgifter blir 1,5 mnkr lägre än budget när "
                "bostadsbyggandet har mattats av.",
                "Kultur- och fritidsnämnden visar en positiv avvikelse på 0,6 mnkr eftersom Kvarnbadet har hållit "
                "stängt under två månader för byte av reningsanläggning.",
                "Valnämnden håller sin budget inför höstens val.",
            ),
            labels=(
                C(
                    "Utbildningsnämnden",
                    "11,3 mnkr",
                    "-",
                    "kopt_verksamhet",
                    "volymer",
                    note="Interkommunal ersättning: kopt_verksamhet; more pupils with extra support: volymer.",
                ),
                C(
                    "Social- och äldrenämnden",
                    "−18,8 mnkr",
                    "-",
                    "kopt_verksamhet",
                    "ekonomiskt_bistand",
                    note="A possessive; the elderly care 'gå jämnt ut' stays inside the bullet.",
                ),
                C("Kommunstyrelsen", "3,5 mnkr", "+", "vakanser", "it_digitalisering"),
                C(
                    "Bygg- och miljönämnden",
                    "1,5 mnkr",
                    "-",
                    "avgifter_intakter",
                    note="A colon after the nämnd; revenue under budget is negative.",
                ),
                C(
                    "Kultur- och fritidsnämnden",
                    "0,6 mnkr",
                    "+",
                    "ovrigt",
                    note="A closure for repair: ovrigt.",
                ),
                BP("Valnämnden"),
            ),
            glyph="–",
        ),
        H("Finansförvaltningen", 2),
        P(
            "Skatteintäkter och generella statsbidrag beräknas bli 6,8 mnkr högre än budgeterat enligt SKR:s "
            "aprilprognos.",
            C("Skatteintäkter och generella statsbidrag", "6,8 mnkr", "+", note=NO_TAG),
        ),
        P(
            "Därutöver ger lägre pensionskostnader ett överskott på 2,9 mnkr och finansnettot ett överskott på 1,4 "
            "mnkr, till följd av lägre räntor än budgeterat.",
            C(
                "Pensionskostnader",
                "2,9 mnkr",
                "+",
                note=NO_TAG + " Two items in one sentence.",
                also=(C("Finansnetto", "1,4 mnkr", "+", note=NO_TAG),),
            ),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsbudgeten för 2026 uppgår till 486 mnkr. Prognosen är 392 mnkr, vilket innebär att 94 mnkr "
            "inte beräknas förbrukas under året.",
            C("Investeringar", "94 mnkr", "+", note="Investment under-spending; no reason in the paragraph."),
        ),
        P(
            "Den största avvikelsen finns inom projektet Kvarnängens förskola, där byggstarten har flyttats till "
            "2027 och 38 mnkr därmed inte används i år.",
            C(
                "Kvarnängens förskola",
                "38 mnkr",
                "+",
                "periodisering",
                note="Investment project, delayed start.",
            ),
        ),
        P(
            "Upprustningen av Ekbacksparken blir däremot 4,5 mnkr dyrare än projektbudgeten på grund av högre "
            "entreprenadpriser.",
            C("Upprustningen av Ekbacksparken", "4,5 mnkr", "-", "prisokningar", note="Investment overrun."),
        ),
        H("Åtgärder", 2),
        PS(
            (
                "Kommunstyrelsen har gett de nämnder som prognostiserar underskott i uppdrag att återkomma med "
                "åtgärdsplaner till juni.",
                None,
            ),
            (
                "Social- och äldrenämnden har inrättat ett placeringsteam som ska pröva hemmaplanslösningar före "
                "externa placeringar, vilket väntas minska kostnaderna med 3 mnkr under hösten.",
                A("Social- och äldrenämnden", "3 mnkr", "kopt_verksamhet"),
            ),
            (
                "Utbildningsnämnden har infört anställningsstopp för administrativa tjänster.",
                A("Utbildningsnämnden", None, "bemanning"),
            ),
        ),
        H("Balanskrav och finansiella mål", 2),
        P(
            "Balanskravsresultatet beräknas till 39,8 mnkr och balanskravet uppfylls. Målet om ett resultat på "
            "minst 2 procent av skatter och statsbidrag nås däremot inte, vilket beror på nämndernas underskott.",
            O(None, note="Balanskrav and a financial goal with 'beror på': other."),
        ),
        P(
            "Antalet invånare ökade med 310 personer under perioden, vilket är färre än befolkningsprognosen "
            "förutsatte.",
            O(None, "volymer", note="Population against the forecast, not a budget deviation."),
        ),
    ]
    return ReportSpec(
        file="upplands-vasby-ks-tertialrapport-2026-04.pdf",
        report={
            "municipality": "Upplands Väsby",
            "committee": ["Kommunstyrelsen"],
            "period": ["2026-04"],
            "report_type": "tertialrapport",
        },
        metadata={"title": "Tertialrapport 1 2026", "author": "Upplands Väsby kommun"},
        style=style,
        blocks=blocks,
    )
