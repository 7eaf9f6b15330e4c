"""Mora kommun, Kommunstyrelsen, månadsrapport maj 2026 (the whole kommun).

A whole-kommun month report in mnkr set in Times, footer with the arbetsutskott's meeting date in June: the
period "6,8 mnkr bättre än periodens budget" and the full year "9,7 mnkr lägre än det budgeterade
resultatet" in separate sentences (two items), the change since April, the period's timing reason in a
paragraph of its own (amount null), one sentence splitting the full year into the nämnder's "underskott på
17,9 mnkr" and the finance function's "+8,2"; a table per nämnd with hyphen-minus deviations for May and
April side by side; per-nämnd bullets under a generic heading in varied shapes ("prognosen är ett underskott
på", "beräknas överskrida sin ram med 6,4 mnkr, varav 2,5 mnkr", a possessive "Kommunstyrelsens överskott,
2,1 mnkr,", "För Tekniska nämnden kvarstår ett negativt utfall jämfört med budget om", two nämnder that
"bedöms hålla sina budgetar" in one bullet); taxes in one sentence and pensions and the finance net as a
"respektive" pair in the next; investments "45 mnkr inte förbrukas" after two levels and a project that
"beräknas överskrida projektbudgeten med 3,2 mnkr"; two actions and a financial goal (other).
Liberation Serif 10.5 pt.

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
        heading_sizes=(15.0, 12.5, 11.0),
        heading_fonts=("times-bold", "times-bold", "times-bold"),
        margins=(68.0, 76.0, 68.0, 74.0),
        header=lambda n, m: ("Mora kommun", "Månadsrapport maj 2026"),
        footer=lambda n, m: ("Kommunstyrelsens arbetsutskott 2026-06-16", "", f"Sida {n} av {m}"),
        header_size=8.5,
        rule_under_header=False,
    )
    table = Table(
        caption="Prognos per nämnd 2026, mnkr (avvikelse mot budget, minus = underskott)",
        header=(("Nämnd", "Budget 2026", "Prognos maj", "Avvikelse maj", "Avvikelse april"),),
        rows=(
            ("Kommunstyrelsen", "168,4", "166,3", "2,1", "1,8"),
            ("Barn- och utbildningsnämnden", "612,0", "618,4", "-6,4", "-5,2"),
            ("Socialnämnden", "748,5", "760,8", "-12,3", "-10,4"),
            ("Tekniska nämnden", "54,3", "55,6", "-1,3", "-1,3"),
            ("Revisionen", "2,4", "2,4", "0,0", "0,0"),
            ("Valnämnden", "3,1", "3,1", "0,0", "0,0"),
            ("Summa nämnder", "1 588,7", "1 606,6", "-17,9", "-15,1"),
            ("Finansförvaltningen", "", "", "8,2", "8,8"),
            ("Totalt", "", "", "-9,7", "-6,3"),
        ),
        widths=(150.0, 68.0, 68.0, 74.0, 80.0),
        bold_rows=frozenset({6, 8}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Månadsrapport maj 2026", size=20, font="times-bold", after=2),
        Title("Mora kommun – kommunövergripande uppföljning", size=12.5, font="times", after=14),
        H("Sammanfattning", 2),
        PS(
            (
                "Kommunens resultat till och med maj uppgår till 41,2 mnkr, vilket är 6,8 mnkr bättre än periodens "
                "budget.",
                C(None, "6,8 mnkr", "+", note="The period's deviation in a sentence of its own."),
            ),
            (
                "Helårsprognosen pekar däremot på ett resultat på 18,5 mnkr, som är 9,7 mnkr lägre än det "
                "budgeterade resultatet på 28,2 mnkr.",
                C(None, "9,7 mnkr", "-", note="The full year's deviation between two levels."),
            ),
            (
                "Jämfört med aprilrapporten har prognosen försämrats med 3,4 mnkr.",
                F(None, "3,4 mnkr", "-"),
            ),
        ),
        P(
            "Det positiva utfallet för perioden förklaras främst av att planerade underhållsarbeten och "
            "sommarvikarierna ännu inte har belastat resultatet.",
            C(
                None,
                None,
                "+",
                "periodisering",
                "vikarier",
                note="The period surplus's timing reason in a paragraph of its own: amount null.",
            ),
        ),
        P(
            "Nämnderna prognostiserar tillsammans ett underskott på 17,9 mnkr, medan finansförvaltningen väntas "
            "ge +8,2 mnkr.",
            C(
                "Nämnderna",
                "17,9 mnkr",
                "-",
                note="One sentence, two areas: the nämnder and the finance function.",
                also=(C("Finansförvaltningen", "+8,2 mnkr", "+", note=NO_TAG),),
            ),
        ),
        table,
        H("Nämndernas prognoser", 2),
        Bullets(
            (
                "Socialnämnden: prognosen är ett underskott på 12,3 mnkr. Placeringarna av barn och unga på HVB och "
                "i konsulentstödda familjehem har ökat, och hemtjänstens beviljade timmar ligger klart över den "
                "budgeterade nivån.",
                "Barn- och utbildningsnämnden beräknas överskrida sin ram med 6,4 mnkr, varav 2,5 mnkr avser "
                "skolskjutsarna efter den nya upphandlingen. Resterande del förklaras av fler elever i behov av "
                "särskilt stöd och lägre statsbidrag för lärarlöner än beräknat.",
                "Kommunstyrelsens överskott, 2,1 mnkr, kommer av vakanta tjänster på kommunledningskontoret och av "
                "att upphandlingen av ett nytt ärendehanteringssystem har skjutits upp.",
                "För Tekniska nämnden kvarstår ett negativt utfall jämfört med budget om 1,3 mnkr, då "
                "vinterväghållningen under januari och februari kostade betydligt mer än ett normalår.",
                "Revisionen och Valnämnden bedöms hålla sina budgetar.",
            ),
            labels=(
                C("Socialnämnden", "12,3 mnkr", "-", "kopt_verksamhet", "volymer"),
                C(
                    "Barn- och utbildningsnämnden",
                    "6,4 mnkr",
                    "-",
                    "prisokningar",
                    "volymer",
                    "statsbidrag",
                    note="A 'varav' part (2,5 mnkr) inside the total: one item with the total. A dearer school "
                    "transport contract is prisokningar.",
                ),
                C(
                    "Kommunstyrelsen",
                    "2,1 mnkr",
                    "+",
                    "vakanser",
                    "it_digitalisering",
                    "periodisering",
                    note="Possessive area with the amount between commas.",
                ),
                C("Tekniska nämnden", "1,3 mnkr", "-", "ovrigt", note="Snow clearing: ovrigt."),
                BP("Revisionen", also=(BP("Valnämnden"),)),
            ),
        ),
        H("Finansförvaltningen", 2),
        PS(
            (
                "Skatteintäkterna beräknas bli 5,9 mnkr högre än budget enligt SKR:s aprilprognos.",
                C("Skatteintäkter", "5,9 mnkr", "+", note=NO_TAG),
            ),
            (
                "Pensionskostnaderna och finansnettot blir 1,6 respektive 0,7 mnkr bättre än budgeterat.",
                C(
                    "Pensionskostnader",
                    "1,6",
                    "+",
                    unit="mnkr",
                    note=NO_TAG + " A 'respektive' pair.",
                    also=(C("Finansnetto", "0,7 mnkr", "+", note=NO_TAG),),
                ),
            ),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsbudgeten för 2026 uppgår till 142 mnkr. Enligt prognosen används 97 mnkr, vilket innebär "
            "att 45 mnkr inte förbrukas under året. Den största förskjutningen gäller den nya förskolan i Östnor, "
            "där byggstarten har flyttats till hösten.",
            C("Investeringar", "45 mnkr", "+", "periodisering"),
        ),
        P(
            "Projektet Ny reservvattentäkt beräknas överskrida projektbudgeten med 3,2 mnkr till följd av högre "
            "entreprenadpriser.",
            C("Projektet Ny reservvattentäkt", "3,2 mnkr", "-", "prisokningar"),
        ),
        H("Åtgärder", 2),
        P(
            "Socialnämnden har beslutat om en handlingsplan med bland annat hemtagning av externa placeringar, som "
            "beräknas minska kostnaderna med 3,0 mnkr under resten av året.",
            A("Socialnämnden", "3,0 mnkr", "kopt_verksamhet"),
        ),
        P(
            "Kommunstyrelsen har infört anställningsprövning för samtliga förvaltningar från och med juni.",
            A(None, None, "vakanser"),
        ),
        H("Balanskrav och finansiella mål", 2),
        P(
            "Med prognosen uppfylls balanskravet, men fullmäktiges mål om ett resultat på minst 2 procent av "
            "skatter och generella statsbidrag nås inte.",
            O(None, note="Balanskrav and a financial goal: other."),
        ),
    ]
    return ReportSpec(
        file="mora-ks-manadsrapport-2026-05.pdf",
        report={
            "municipality": "Mora",
            "committee": ["Kommunstyrelsen"],
            "period": ["2026-05"],
            "report_type": "månadsrapport",
        },
        metadata={"title": "Månadsrapport maj 2026", "author": "Mora kommun"},
        style=style,
        blocks=blocks,
    )
