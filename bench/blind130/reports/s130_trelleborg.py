"""Trelleborgs kommun, Kommunstyrelsen, tertialrapport 1 2026 (the whole kommun, januari–april).

A whole-kommun tertial report in "mnkr" set in Liberation Sans (Arial), footer with the kommunstyrelse's
meeting date in May: the period "18,6 mnkr bättre än periodens budget" and, in the next sentence of the same
paragraph, the timing reason for the period surplus (a cause with amount null); the full year as two levels
followed by "Avvikelsen mot budget blir därmed −19,5 mnkr"; one sentence splitting it into the nämnder's
"underskott på 34,2 mnkr" and the finance function's "överskott på 14,7 mnkr" after "medan" (two items); the
change since February with its cause; a nämnd table with hyphen-minus and February's deviation; under a
generic heading ("Ekonomiavdelningens kommentarer") one bullet per nämnd in varied shapes: "redovisar ett
underskott på", a possessive "Utbildningsnämndens prognos visar −11,8 mnkr", "Tekniska nämnden: 8,5 mnkr
över ramen", two nämnder with "underskott på 1,5 mnkr vardera" (two items), "beräknas gå med överskott, 5,4
mnkr", February's figure in brackets and "håller budget" (boilerplate); tax revenue, then pensions and the
finance net in one paragraph ("2,4 mnkr lägre och finansnettot 2,5 mnkr bättre", two items, no tags);
investments "cirka 95 mnkr inte kommer att användas", two projects as a "respektive" pair and an overrun;
actions with and without an effect, and the balanskrav (other). 19 scored causes.

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
        para_gap=6.5,
        heading_sizes=(14.0, 11.5, 10.0),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(66.0, 78.0, 66.0, 74.0),
        header=lambda n, m: ("Trelleborgs kommun", "Tertialrapport 1 2026"),
        footer=lambda n, m: ("Kommunstyrelsen 2026-05-27", "Dnr KS 2026/0311", f"{n} ({m})"),
        header_size=8.0,
        rule_under_header=True,
    )
    committees = Table(
        caption="Tabell 2. Nämndernas prognos för 2026, mnkr (negativt tal = underskott)",
        header=(("Nämnd", "Budget 2026", "Prognos 2026", "Avvikelse", "Avvikelse feb"),),
        rows=(
            ("Kommunstyrelsen", "268,5", "263,1", "5,4", "4,0"),
            ("Utbildningsnämnden", "1 402,0", "1 413,8", "-11,8", "-9,5"),
            ("Socialnämnden", "612,3", "631,2", "-18,9", "-14,8"),
            ("Arbetsmarknadsnämnden", "148,7", "146,1", "2,6", "2,2"),
            ("Kultur- och fritidsnämnden", "121,9", "123,4", "-1,5", "-1,5"),
            ("Tekniska nämnden", "172,4", "180,9", "-8,5", "-7,1"),
            ("Samhällsbyggnadsnämnden", "39,6", "41,1", "-1,5", "-1,2"),
            ("Valnämnden", "2,1", "2,1", "0,0", "0,0"),
            ("Summa nämnder", "2 767,5", "2 801,7", "-34,2", "-27,9"),
        ),
        widths=(160.0, 70.0, 74.0, 64.0, 72.0),
        bold_rows=frozenset({8}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Tertialrapport 1 2026", size=20, font="arial-bold", after=2),
        Title("Trelleborgs kommun – uppföljning januari–april", size=12, font="arial", after=12),
        P(
            "Tertialrapporten redovisar kommunens ekonomi och verksamhet efter årets första fyra månader. "
            "Nämnderna har lämnat sina prognoser i början av maj och ekonomiavdelningen har sammanställt dem."
        ),
        H("Kommunens ekonomiska resultat", 1),
        PS(
            (
                "Resultatet för januari–april uppgår till 71,4 mnkr, vilket är 18,6 mnkr bättre än periodens budget.",
                C(None, "18,6 mnkr", "+", note="The period against its budget: a cause of its own."),
            ),
            (
                "Överskottet för perioden beror till stor del på att kostnaderna för gatuunderhåll och "
                "semesterlöner bokförs senare under året.",
                C(
                    None,
                    None,
                    "+",
                    "periodisering",
                    note="The period surplus's timing reason in its own sentence: a cause with amount null.",
                ),
            ),
        ),
        P(
            "Helårsprognosen pekar på ett resultat på 42,0 mnkr, att jämföra med det budgeterade resultatet på "
            "61,5 mnkr. Avvikelsen mot budget blir därmed −19,5 mnkr.",
            C(None, "−19,5 mnkr", "-", note="Two levels, then the deviation: the deviation is the amount."),
        ),
        P(
            "Nämndernas samlade prognos är ett underskott på 34,2 mnkr, medan finansförvaltningen och de centrala "
            "posterna väntas ge ett överskott på 14,7 mnkr.",
            C(
                "Nämnderna",
                "34,2 mnkr",
                "-",
                note="Two parts with their own amounts in one sentence: two items.",
                also=(C("Finansförvaltningen", "14,7 mnkr", "+"),),
            ),
        ),
        P(
            "Jämfört med prognosen i februari har resultatet försämrats med 6,3 mnkr, främst eftersom "
            "kostnaderna för externa placeringar inom socialnämnden fortsätter att öka.",
            F(None, "6,3 mnkr", "-", "kopt_verksamhet"),
        ),
        committees,
        Space(10),
        H("Ekonomiavdelningens kommentarer", 2),
        Bullets(
            (
                "Socialnämnden redovisar ett underskott på 18,9 mnkr. Kostnaderna för placeringar av barn och unga "
                "på HVB och i familjehem har ökat kraftigt, och försörjningsstödet ligger över budget.",
                "Utbildningsnämndens prognos visar −11,8 mnkr, som i huvudsak förklaras av fler elever i anpassad "
                "grundskola och högre kostnader för skolskjuts efter den nya upphandlingen.",
                "Tekniska nämnden: 8,5 mnkr över ramen, framför allt till följd av vinterväghållningen i januari och "
                "februari samt högre elpriser för gatubelysningen.",
                "För kultur- och fritidsnämnden och samhällsbyggnadsnämnden beräknas underskott på 1,5 mnkr vardera. "
                "Båda nämnderna har lägre avgiftsintäkter än budgeterat, från badhuset respektive från bygglov.",
                "Kommunstyrelsen beräknas gå med överskott, 5,4 mnkr, eftersom flera tjänster inom "
                "kommunledningsförvaltningen är vakanta och färre konsulter har anlitats.",
                "Arbetsmarknadsnämnden visar ett överskott om 2,6 mnkr (2,2 i februari) tack vare högre statsbidrag "
                "för etableringsinsatser än vad som budgeterades.",
                "Valnämnden håller budget.",
            ),
            labels=(
                C("Socialnämnden", "18,9 mnkr", "-", "kopt_verksamhet", "ekonomiskt_bistand"),
                C(
                    "Utbildningsnämnden",
                    "−11,8 mnkr",
                    "-",
                    "volymer",
                    "prisokningar",
                    note="A possessive: 'Utbildningsnämndens prognos visar'. A dearer transport contract: prisokningar.",
                ),
                C(
                    "Tekniska nämnden",
                    "8,5 mnkr",
                    "-",
                    "ovrigt",
                    "prisokningar",
                    note="Winter road maintenance (weather) is ovrigt, electricity prices prisokningar.",
                ),
                C(
                    "Kultur- och fritidsnämnden",
                    "1,5 mnkr",
                    "-",
                    "avgifter_intakter",
                    note="Two nämnder with 'underskott på 1,5 mnkr vardera': two items with the same text.",
                    also=(C("Samhällsbyggnadsnämnden", "1,5 mnkr", "-", "avgifter_intakter"),),
                ),
                C("Kommunstyrelsen", "5,4 mnkr", "+", "vakanser", "inhyrd_personal"),
                C(
                    "Arbetsmarknadsnämnden",
                    "2,6 mnkr",
                    "+",
                    "statsbidrag",
                    note="February's figure in brackets is not the amount.",
                ),
                BP("Valnämnden"),
            ),
        ),
        H("Finansförvaltningen", 2),
        P(
            "Skatteintäkter och generella statsbidrag beräknas överstiga budget med 9,8 mnkr, till följd av en "
            "högre slutavräkning för 2025.",
            C("Skatteintäkter och generella statsbidrag", "9,8 mnkr", "+", note=NO_TAG),
        ),
        P(
            "Pensionskostnaderna blir 2,4 mnkr lägre och finansnettot 2,5 mnkr bättre än budgeterat.",
            C(
                "Pensionskostnader",
                "2,4 mnkr",
                "+",
                note=NO_TAG + " Two areas with their own amounts in one sentence: two items.",
                also=(C("Finansnetto", "2,5 mnkr", "+", note=NO_TAG),),
            ),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsbudgeten för 2026 uppgår till 486 mnkr. Prognosen är 391 mnkr, vilket innebär att cirka "
            "95 mnkr inte kommer att användas under året.",
            C("Investeringar", "cirka 95 mnkr", "+", note="Investment under-spending (positive), no reason."),
        ),
        P(
            "Förskolan Solrosen och andra etappen av kajen i Östra hamnen förskjuts och förbrukar 31 respektive "
            "24 mnkr mindre än budgeterat.",
            C(
                "Förskolan Solrosen",
                "31",
                "+",
                "periodisering",
                unit="mnkr",
                note="Investment: two projects as a 'respektive' pair: two items, the unit written once.",
                also=(C("Kajen i Östra hamnen, etapp 2", "24 mnkr", "+", "periodisering"),),
            ),
        ),
        P(
            "Renoveringen av Söderslättshallen beräknas däremot överskrida projektbudgeten med 4,2 mnkr, sedan "
            "fuktskador upptäckts i bjälklaget.",
            C(
                "Söderslättshallen",
                "4,2 mnkr",
                "-",
                "ovrigt",
                note="Investment overrun (negative); damage is ovrigt.",
            ),
        ),
        H("Åtgärder", 2),
        PS(
            ("Kommunstyrelsen har begärt att nämnder med underskott redovisar åtgärder i juni.", None),
            (
                "Socialnämnden har tagit fram en handlingsplan med målet att minska kostnaderna för externa "
                "placeringar med 5 mnkr under året.",
                A("Socialnämnden", "5 mnkr", "kopt_verksamhet"),
            ),
            (
                "Tekniska nämnden har infört inköpsstopp för allt som inte är nödvändigt för driften.",
                A("Tekniska nämnden", None, "material_hjalpmedel"),
            ),
        ),
        H("Balanskrav och finansiella mål", 2),
        P(
            "Balanskravsresultatet beräknas till 38,5 mnkr och balanskravet uppfylls. Målet om ett resultat på "
            "minst två procent av skatter och statsbidrag nås däremot inte.",
            O(None, note="Balanskrav and a financial goal."),
        ),
    ]
    return ReportSpec(
        file="trelleborg-ks-tertialrapport-2026-04.pdf",
        report={
            "municipality": "Trelleborg",
            "committee": ["Kommunstyrelsen", "Kommunfullmäktige"],
            "period": ["2026-04"],
            "report_type": "tertialrapport",
        },
        metadata={"title": "Tertialrapport 1 2026", "author": "Trelleborgs kommun"},
        style=style,
        blocks=blocks,
    )
