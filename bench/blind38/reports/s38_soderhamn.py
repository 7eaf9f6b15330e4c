"""Söderhamns kommun, Kommunstyrelsen, delårsrapport januari–augusti 2025 (the whole kommun).

A whole-kommun interim report in mnkr with U+2212 minus signs, footer with the fullmäktige meeting date in
October: the period "12,3 mnkr bättre" than the periodised budgeted result and the full year "13,4 mnkr under
budget" in separate paragraphs, the period surplus's timing reason in a paragraph of its own (amount null),
one sentence splitting the result into the nämnder's "underskott på 31,2 mnkr" and the finance function's
"överskott på 17,8 mnkr", a table with the deviation in August and April side by side, the change since the
tertial report; then bullets under a generic heading in varied shapes ("redovisar en negativ avvikelse", a
possessive "Utbildningsnämndens prognos innebär ett överskridande av ramen", "beräknas gå 2,2 mnkr sämre än
budget", "Inom Kultur- och fritidsnämnden väntas ett positivt utfall", a colon lead "Miljö- och
byggnadsnämnden:" with "ger ett underskott", "Revisionen bedöms hålla budget"); the finance function's tax
revenue and then pensions and the finance net as a "respektive" pair; investments "45,5 mnkr inte förbrukas"
and a project that "beräknas överskrida projektbudgeten"; an action with its effect, a financial goal and the
population against the turn of the year with "beror på" (others). Liberation Serif 10.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Bullets, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, LP, A, C, F, O

NO_TAG = "A finance item: no cause tag."


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=10.5,
        leading=1.36,
        para_gap=6.5,
        heading_sizes=(15.0, 12.5, 11.0),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(68.0, 78.0, 64.0, 74.0),
        header=lambda n, m: ("Söderhamns kommun", "Delårsrapport januari–augusti 2025"),
        footer=lambda n, m: ("Kommunfullmäktige 2025-10-27", "", f"Sida {n} av {m}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Driftredovisning per nämnd, mnkr (avvikelse: + bättre, − sämre än budget)",
        header=(("Nämnd", "Budget 2025", "Prognos 2025", "Avvikelse aug", "Avvikelse apr"),),
        rows=(
            ("Kommunstyrelsen", "142,6", "144,8", "−2,2", "−1,0"),
            ("Socialnämnden", "688,3", "709,9", "−21,6", "−18,2"),
            ("Utbildningsnämnden", "716,0", "723,9", "−7,9", "−6,5"),
            ("Kultur- och fritidsnämnden", "61,4", "60,3", "+1,1", "+0,8"),
            ("Miljö- och byggnadsnämnden", "9,7", "10,3", "−0,6", "−0,3"),
            ("Revisionen", "2,3", "2,3", "0,0", "0,0"),
            ("Summa nämnder", "1 620,3", "1 651,5", "−31,2", "−25,2"),
            ("Finansförvaltningen", "", "", "+17,8", "+12,6"),
            ("Totalt", "", "", "−13,4", "−12,6"),
        ),
        widths=(150.0, 66.0, 70.0, 74.0, 74.0),
        bold_rows=frozenset({6, 8}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Delårsrapport januari–augusti 2025", size=20, font="arial-bold", after=2),
        Title("Söderhamns kommun", size=13, font="arial", after=14),
        H("Förvaltningsberättelse", 1),
        P(
            "Under perioden har kommunen fortsatt arbetet med att samla de kommunala verksamheterna i färre och mer "
            "ändamålsenliga lokaler. Arbetslösheten har sjunkit något under sommaren men är fortfarande högre än i "
            "riket."
        ),
        H("Ekonomiskt resultat och prognos", 2),
        P(
            "Periodens resultat uppgår till 41,8 mnkr. Jämfört med det periodiserade budgeterade resultatet på 29,5 "
            "mnkr är det 12,3 mnkr bättre.",
            C(None, "12,3 mnkr", "+", note="The period against the periodised budgeted result."),
        ),
        P(
            "Helårsprognosen pekar på ett resultat om 8,6 mnkr, att jämföra med det budgeterade resultatet om 22,0 "
            "mnkr. Kommunen väntas alltså landa 13,4 mnkr under budget.",
            C(None, "13,4 mnkr", "-", note="The full year in a paragraph of its own."),
        ),
        P(
            "Att periodens resultat är bättre än helårsprognosen beror främst på att kostnader för underhåll och "
            "semesterlöner belastar hösten, medan budgeten är jämnt fördelad över året.",
            C(
                None,
                None,
                "+",
                "periodisering",
                note="The period surplus's timing reason in a paragraph of its own: amount null.",
            ),
        ),
        P(
            "Nämndernas samlade prognos är ett underskott på 31,2 mnkr medan finansförvaltningen beräknas ge ett "
            "överskott på 17,8 mnkr.",
            C(
                "Nämnderna",
                "31,2 mnkr",
                "-",
                note="One sentence splitting the result: two items.",
                also=(C("Finansförvaltningen", "17,8 mnkr", "+", note=NO_TAG),),
            ),
        ),
        table,
        P(
            "Jämfört med prognosen i tertialrapporten har resultatet försämrats med 0,8 mnkr, där nämndernas "
            "försämring till största delen vägs upp av högre skatteintäkter.",
            F(None, "0,8 mnkr", "-"),
        ),
        H("Kommentarer till nämndernas prognoser", 2),
        Bullets(
            items=(
                "Socialnämnden redovisar en negativ avvikelse om 21,6 mnkr. Underskottet kommer främst från "
                "placeringar av barn och unga på HVB och i familjehem, men även från ökade volymer inom hemtjänsten "
                "och höga kostnader för bemanningssjuksköterskor.",
                "Utbildningsnämndens prognos innebär ett överskridande av ramen med 7,9 mnkr, vilket i huvudsak "
                "förklaras av fler elever i behov av särskilt stöd och av dyrare skolskjutsar sedan det nya "
                "trafikavtalet trädde i kraft.",
                "Kommunstyrelsens förvaltning beräknas gå 2,2 mnkr sämre än budget. Det beror på högre "
                "licenskostnader för det nya ärendehanteringssystemet och på att konsulter har anlitats medan "
                "tjänsten som IT-chef har varit vakant.",
                "Inom Kultur- och fritidsnämnden väntas ett positivt utfall jämfört med budget på 1,1 mnkr, "
                "eftersom badhuset har varit stängt för renovering under våren och personalkostnaderna därmed "
                "blivit lägre.",
                "Miljö- och byggnadsnämnden: intäkterna från bygglov blir lägre än budgeterat när nybyggnationen "
                "har bromsat in, vilket ger ett underskott på 0,6 mnkr.",
                "Revisionen bedöms hålla budget.",
            ),
            labels=(
                C("Socialnämnden", "21,6 mnkr", "-", "kopt_verksamhet", "volymer", "inhyrd_personal"),
                C(
                    "Utbildningsnämnden",
                    "7,9 mnkr",
                    "-",
                    "volymer",
                    "prisokningar",
                    note="A possessive names the area; a dearer transport contract is prisokningar.",
                ),
                C(
                    "Kommunstyrelsen",
                    "2,2 mnkr",
                    "-",
                    "it_digitalisering",
                    "inhyrd_personal",
                    "vakanser",
                ),
                C(
                    "Kultur- och fritidsnämnden",
                    "1,1 mnkr",
                    "+",
                    "ovrigt",
                    note="The area after 'Inom'; a closure for renovation is ovrigt.",
                ),
                C("Miljö- och byggnadsnämnden", "0,6 mnkr", "-", "avgifter_intakter", "volymer"),
                BP("Revisionen"),
            ),
        ),
        LP(
            "Finansförvaltningen.",
            "Skatteintäkter och generella statsbidrag blir 9,4 mnkr högre än budget enligt SKR:s augustiprognos.",
            C("Skatteintäkter och generella statsbidrag", "9,4 mnkr", "+", note=NO_TAG),
            (
                "Pensionskostnaderna och finansnettot blir 5,1 respektive 3,3 mnkr bättre än budgeterat.",
                C(
                    "Pensionskostnader",
                    "5,1",
                    "+",
                    unit="mnkr",
                    note=NO_TAG + " A 'respektive' pair: two items.",
                    also=(C("Finansnetto", "3,3 mnkr", "+", note=NO_TAG),),
                ),
            ),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsbudgeten för 2025 uppgår till 164,0 mnkr. Utfallet per augusti är 61,2 mnkr och "
            "helårsprognosen 118,5 mnkr, vilket innebär att 45,5 mnkr inte förbrukas under året. Den största "
            "avvikelsen finns i ombyggnaden av förskolan Tallbacken, som har försenats av överklaganden.",
            C(
                "Investeringar",
                "45,5 mnkr",
                "+",
                "periodisering",
                note="Investment under-spending: positive.",
            ),
        ),
        P(
            "Projektet gång- och cykelväg längs Kungsgatan beräknas överskrida projektbudgeten med 2,4 mnkr till "
            "följd av markföroreningar som upptäcktes vid schaktningen.",
            C(
                "Gång- och cykelväg längs Kungsgatan",
                "2,4 mnkr",
                "-",
                "ovrigt",
                note="A project overrun: negative.",
            ),
        ),
        H("Åtgärder", 2),
        P(
            "Socialnämnden har antagit en handlingsplan med bland annat anställningsprövning och en översyn av "
            "samtliga externa placeringar, som beräknas minska underskottet med 4,0 mnkr under hösten.",
            A("Socialnämnden", "4,0 mnkr", "bemanning", "kopt_verksamhet"),
        ),
        H("Finansiella mål och befolkning", 2),
        PS(
            (
                "Balanskravet beräknas uppfyllas. Resultatet motsvarar 0,4 procent av skatter och generella "
                "statsbidrag, vilket är lägre än det finansiella målet om 1,5 procent.",
                O(None, note="Balanskrav and a financial goal: other."),
            ),
        ),
        P(
            "Antalet invånare har minskat med 96 personer sedan årsskiftet, vilket beror på ett negativt "
            "födelsenetto.",
            O(None, note="Population against the turn of the year: other."),
        ),
    ]
    return ReportSpec(
        file="soderhamn-ks-delarsrapport-2025-08.pdf",
        report={
            "municipality": "Söderhamn",
            "committee": ["Kommunstyrelsen", "Kommunfullmäktige"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={"title": "Delårsrapport januari–augusti 2025", "author": "Söderhamns kommun"},
        style=style,
        blocks=blocks,
    )
