"""Danderyds kommun, Kommunstyrelsen, tertialrapport 1 2026 (the whole kommun).

A whole-kommun tertial report in mnkr, footer with the kommunstyrelse's meeting date in June: the full year
"9,6 mnkr lägre än budgeterat resultat", the period "12,4 mnkr bättre än periodiserad budget" in a sentence of
its own and its timing reason in a paragraph of its own (amount null), one sentence splitting the result into
the nämnder's "negativ avvikelse mot budget på 17,9 mnkr" and the finance function's "överskott på 8,3 mnkr";
a table per nämnd with en-dash minus signs; bullets under a generic heading ("Ekonomistabens kommentar") in
varied shapes ("redovisar ett positivt utfall om", "Utbildningsnämnden: underskott 6,2 mnkr", a possessive
"Socialnämndens underskott" with a "varav" part, "beräknas överskrida budgetramen", "För
Miljö- och stadsbyggnadsnämnden blir bygglovsintäkterna … lägre", "bedöms hålla sin budget", "drygt en halv
miljon kronor"); tax revenue, pensions and the finance net in one sentence (three items, a "respektive"
pair); the change since February with its cause; investments "64 mnkr lägre än investeringsbudgeten" and a
project overrun; two actions, a wage-round risk and equity (others). DejaVu Sans 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import Bullets, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, F, O

NO_TAG = "A finance item: no cause tag."


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.4,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.0),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(64.0, 76.0, 64.0, 72.0),
        header=lambda n, m: ("Danderyds kommun", "Tertialrapport 1 2026"),
        footer=lambda n, m: ("Kommunstyrelsen 2026-06-08", "", f"Sida {n} av {m}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Prognos per nämnd 2026, mnkr",
        header=(("Nämnd", "Budget 2026", "Prognos T1", "Avvikelse"),),
        rows=(
            ("Kommunstyrelsen", "142,8", "141,2", "1,6"),
            ("Utbildningsnämnden", "1 012,4", "1 018,6", "–6,2"),
            ("Socialnämnden", "884,1", "893,9", "–9,8"),
            ("Kultur- och fritidsnämnden", "96,3", "97,2", "–0,9"),
            ("Miljö- och stadsbyggnadsnämnden", "41,7", "43,8", "–2,1"),
            ("Fastighetsnämnden", "12,5", "12,5", "0,0"),
            ("Överförmyndarnämnden", "6,9", "7,4", "–0,5"),
            ("Summa nämnder", "2 196,7", "2 214,6", "–17,9"),
            ("Finansförvaltningen", "", "", "8,3"),
            ("Årets resultat", "47,8", "38,2", "–9,6"),
        ),
        widths=(180.0, 80.0, 80.0, 80.0),
        bold_rows=frozenset({7, 9}),
        rules=True,
        size=8.5,
    )
    bullets = Bullets(
        items=(
            "Kommunstyrelsen redovisar ett positivt utfall om 1,6 mnkr, främst till följd av vakanta tjänster "
            "inom HR- och ekonomiavdelningarna.",
            "Utbildningsnämnden: underskott 6,2 mnkr. Fler elever än beräknat har valt gymnasieskolor i andra "
            "kommuner och fristående skolor, vilket ökar kostnaderna för interkommunal ersättning.",
            "Socialnämndens underskott på 9,8 mnkr beror framför allt på köpta platser inom LSS och ett ökat "
            "antal beslutade hemtjänsttimmar, varav 4,2 mnkr avser externa LSS-placeringar.",
            "Kultur- och fritidsnämnden beräknas överskrida budgetramen med 0,9 mnkr till följd av högre "
            "energikostnader i badhuset.",
            "För Miljö- och stadsbyggnadsnämnden blir bygglovsintäkterna 2,1 mnkr lägre än budgeterat eftersom "
            "färre ansökningar har kommit in.",
            "Fastighetsnämnden bedöms hålla sin budget.",
            "Överförmyndarnämnden visar ett mindre underskott, drygt en halv miljon kronor, då antalet ärenden "
            "med god man har ökat.",
        ),
        labels=(
            C("Kommunstyrelsen", "1,6 mnkr", "+", "vakanser"),
            C(
                "Utbildningsnämnden",
                "underskott 6,2 mnkr",
                "-",
                "kopt_verksamhet",
                "volymer",
                note="Interkommunal ersättning is kopt_verksamhet.",
            ),
            C(
                "Socialnämnden",
                "9,8 mnkr",
                "-",
                "kopt_verksamhet",
                "volymer",
                note="Possessive area. A 'varav' part: one item with the total.",
            ),
            C(
                "Kultur- och fritidsnämnden",
                "0,9 mnkr",
                "-",
                "prisokningar",
                note="Energy costs: prisokningar.",
            ),
            C("Miljö- och stadsbyggnadsnämnden", "2,1 mnkr", "-", "avgifter_intakter", "volymer"),
            BP("Fastighetsnämnden"),
            C(
                "Överförmyndarnämnden",
                "drygt en halv miljon kronor",
                "-",
                "volymer",
                value=500_000,
                note="Amount in words with 'drygt': the stated figure (the table says –0,5).",
            ),
        ),
        glyph="•",
    )
    blocks = [
        Title("Tertialrapport 1 2026", size=20, font="sans-bold", after=2),
        Title("Danderyds kommun, uppföljning januari–april", size=12, font="sans", after=12),
        H("Sammanfattning", 2),
        P(
            "Kommunens prognos för helåret 2026 pekar på ett resultat om 38,2 mnkr, vilket är 9,6 mnkr lägre än "
            "budgeterat resultat om 47,8 mnkr.",
            C(None, "9,6 mnkr", "-", note="The full year between two levels: the deviation is the amount."),
        ),
        P(
            "Utfallet för januari–april uppgår till 41,5 mnkr och är 12,4 mnkr bättre än periodiserad budget.",
            C(None, "12,4 mnkr", "+", note="The period in a sentence of its own: its own item."),
        ),
        P(
            "Att perioden visar ett överskott förklaras främst av att kostnaderna för semesterlöneskulden och "
            "flera underhållsprojekt faller ut senare under året.",
            C(
                None,
                None,
                "+",
                "periodisering",
                "lonekostnader",
                note="The period surplus's reason in a paragraph of its own: amount null.",
            ),
        ),
        P(
            "Nämndernas sammantagna prognos visar en negativ avvikelse mot budget på 17,9 mnkr, medan "
            "finansförvaltningen beräknas ge ett överskott på 8,3 mnkr.",
            C(
                "Nämnderna",
                "17,9 mnkr",
                "-",
                note="One sentence split into two areas.",
                also=(C("Finansförvaltningen", "8,3 mnkr", "+", note=NO_TAG),),
            ),
        ),
        table,
        H("Nämndernas prognoser", 2),
        H("Ekonomistabens kommentar", 3),
        bullets,
        H("Finansförvaltningen", 2),
        P(
            "Skatteintäkterna beräknas bli 5,1 mnkr högre än budgeterat enligt SKR:s prognos i april, medan "
            "pensionskostnaderna och finansnettot förbättras med 2,0 respektive 1,2 mnkr.",
            C(
                "Skatteintäkter",
                "5,1 mnkr",
                "+",
                note=NO_TAG + " Three items in one sentence.",
                also=(
                    C("Pensionskostnader", "2,0", "+", unit="mnkr", note=NO_TAG),
                    C("Finansnetto", "1,2 mnkr", "+", note=NO_TAG),
                ),
            ),
        ),
        P(
            "Jämfört med budgetuppföljningen i februari har prognosen försämrats med 4,3 mnkr, vilket främst beror "
            "på socialnämndens ökade kostnader för placeringar.",
            F(None, "4,3 mnkr", "-", "kopt_verksamhet"),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsutgifterna för helåret beräknas till 212 mnkr, vilket är 64 mnkr lägre än "
            "investeringsbudgeten på 276 mnkr. Avvikelsen beror främst på att ombyggnaden av ett av kommunens "
            "särskilda boenden har skjutits till 2027.",
            C("Investeringar", "64 mnkr", "+", "periodisering", note="Investment under-spending."),
        ),
        P(
            "Projektet med en ny idrottshall vid en av kommunens skolor beräknas överskrida projektbudgeten med "
            "7,5 mnkr till följd av högre entreprenadpriser.",
            C("Ny idrottshall", "7,5 mnkr", "-", "prisokningar", note="An investment project's overrun."),
        ),
        H("Åtgärder", 2),
        P(
            "Socialnämnden har beslutat om en handlingsplan som ska minska kostnaderna för externa placeringar med "
            "3,0 mnkr under resterande del av året.",
            A("Socialnämnden", "3,0 mnkr", "kopt_verksamhet"),
        ),
        P(
            "Kommunstyrelsen har infört anställningsprövning för samtliga nämnder från och med maj.",
            A(None, None, "vakanser"),
        ),
        H("Risker och eget kapital", 2),
        P(
            "En osäkerhet i prognosen är utfallet av avtalsrörelsen för lärare, där varje procentenhet motsvarar "
            "cirka 3 mnkr för kommunen.",
            O(None, "lonekostnader", note="A risk: other."),
        ),
        P(
            "Kommunens egna kapital uppgår till 1 460 mnkr och balanskravet bedöms uppfyllas.",
            O(None, "reserver", note="Equity and balanskrav: other."),
        ),
    ]
    return ReportSpec(
        file="danderyd-ks-tertialrapport-2026-04.pdf",
        report={
            "municipality": "Danderyd",
            "committee": ["Kommunstyrelsen", "Kommunfullmäktige"],
            "period": ["2026-04"],
            "report_type": "tertialrapport",
        },
        metadata={"title": "Tertialrapport 1 2026 Danderyds kommun", "author": "Danderyds kommun"},
        style=style,
        blocks=blocks,
    )
