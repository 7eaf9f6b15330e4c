"""Ekerö kommun, Kommunstyrelsen, delårsrapport januari–augusti 2025 (the whole kommun).

A whole-kommun interim report in mnkr with en-dash minus signs in the table, footer with the fullmäktige
meeting date in October: the period's result as a level (unlabelled) and the full year "18,9 mnkr lägre än det
budgeterade resultatet" in the next sentence of the same paragraph; one sentence splitting it into the
nämnder's "underskott på 42,3 mnkr" and the finance function's "överskott på 23,4 mnkr" (two items); the change
since April; a table per nämnd; bullets under a generic heading ("Kommunledningskontorets kommentarer") in
varied shapes: "visar ett överskott på 3,2 mnkr", "prognostiserar ett negativt utfall mot budget med 11,6
mnkr", a possessive "Social- och omsorgsnämndens underskott på 26,7 mnkr", "håller budgeten" (boilerplate), a
colon "Tekniska nämnden: underskottet om 7,7 mnkr" with a "varav" part, "ett mindre överskott, 0,5 mnkr";
the finance function as three items in two sentences (a "respektive" pair) and a fourth after "Därtill";
investments with 114 mnkr and its reason, a project overrun; an action with its effect and one without;
balanskrav and tax growth against 2024 with "beror på" (others). Liberation Sans 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Bullets, H, P, ReportSpec, Style, Table, Title

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
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(64.0, 78.0, 64.0, 74.0),
        header=lambda n, m: ("Ekerö kommun", "Delårsrapport januari–augusti 2025"),
        footer=lambda n, m: ("Kommunfullmäktige 2025-10-21", "Dnr KS25/188", f"Sida {n} av {m}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Driftredovisning per nämnd, mnkr",
        header=(("Nämnd", "Budget 2025", "Utfall jan–aug", "Prognos 2025", "Avvikelse"),),
        rows=(
            ("Kommunstyrelsen", "142,5", "90,1", "139,3", "3,2"),
            ("Barn- och utbildningsnämnden", "868,0", "571,4", "879,6", "–11,6"),
            ("Social- och omsorgsnämnden", "712,4", "489,0", "739,1", "–26,7"),
            ("Kultur- och fritidsnämnden", "58,9", "38,2", "58,9", "0,0"),
            ("Tekniska nämnden", "96,2", "68,8", "103,9", "–7,7"),
            ("Miljö- och byggnadsnämnden", "18,6", "11,4", "18,1", "0,5"),
            ("Summa nämnder", "1 896,6", "1 268,9", "1 938,9", "–42,3"),
            ("Finansförvaltningen", "", "", "", "23,4"),
            ("Totalt", "", "", "", "–18,9"),
        ),
        widths=(170.0, 70.0, 72.0, 70.0, 62.0),
        bold_rows=frozenset({6, 8}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Delårsrapport januari–augusti 2025", size=19, font="arial-bold", after=2),
        Title("Ekerö kommun", size=12.5, font="arial", after=12),
        H("Ekonomisk sammanfattning", 1),
        PS(
            ("Kommunens resultat för perioden januari–augusti uppgår till 84,6 mnkr.", None),
            (
                "Helårsprognosen är ett resultat på 31,2 mnkr, vilket är 18,9 mnkr lägre än det budgeterade "
                "resultatet på 50,1 mnkr.",
                C(
                    None,
                    "18,9 mnkr",
                    "-",
                    note="The period's result is a level with no budget comparison; the full year's deviation "
                    "is its own sentence.",
                ),
            ),
        ),
        P(
            "Nämnderna redovisar sammantaget ett underskott på 42,3 mnkr, medan finansförvaltningen väntas ge ett "
            "överskott på 23,4 mnkr.",
            C(
                "Nämnderna",
                "42,3 mnkr",
                "-",
                note="One sentence, two areas: two items.",
                also=(C("Finansförvaltningen", "23,4 mnkr", "+", note=NO_TAG),),
            ),
        ),
        P(
            "Jämfört med prognosen i april har resultatet försämrats med 6,7 mnkr, framför allt inom social- och "
            "omsorgsnämnden.",
            F(None, "6,7 mnkr", "-"),
        ),
        table,
        H("Kommunledningskontorets kommentarer", 2),
        Bullets(
            (
                "Kommunstyrelsen visar ett överskott på 3,2 mnkr, vilket främst förklaras av vakanta tjänster inom "
                "kommunledningskontoret och lägre arvoden till förtroendevalda än budgeterat.",
                "Barn- och utbildningsnämnden prognostiserar ett negativt utfall mot budget med 11,6 mnkr. Det beror "
                "till största delen på att fler elever än beräknat går i fristående skolor och i andra kommuners "
                "gymnasieskolor, samtidigt som statsbidraget för likvärdig skola har minskat.",
                "Social- och omsorgsnämndens underskott på 26,7 mnkr är det största i kommunen. Kostnaderna för "
                "externa placeringar av barn och unga är fortsatt höga, hemtjänsten har utfört betydligt fler timmar "
                "än budgeterat och särskilt boende har varit beroende av bemanningssjuksköterskor under sommaren.",
                "Kultur- och fritidsnämnden håller budgeten.",
                "Tekniska nämnden: underskottet om 7,7 mnkr, varav 4,1 mnkr avser vinterväghållning, beror på "
                "kostsam snöröjning under januari och februari samt högre elpriser för gatubelysningen.",
                "Miljö- och byggnadsnämnden gör ett mindre överskott, 0,5 mnkr, tack vare fler bygglovsansökningar "
                "än väntat.",
            ),
            labels=(
                C(
                    "Kommunstyrelsen",
                    "3,2 mnkr",
                    "+",
                    "vakanser",
                    "ovrigt",
                    note="Members' fees are ovrigt.",
                ),
                C(
                    "Barn- och utbildningsnämnden",
                    "11,6 mnkr",
                    "-",
                    "kopt_verksamhet",
                    "volymer",
                    "statsbidrag",
                ),
                C(
                    "Social- och omsorgsnämnden",
                    "26,7 mnkr",
                    "-",
                    "kopt_verksamhet",
                    "volymer",
                    "inhyrd_personal",
                    note="A possessive names the area.",
                ),
                BP("Kultur- och fritidsnämnden"),
                C(
                    "Tekniska nämnden",
                    "7,7 mnkr",
                    "-",
                    "ovrigt",
                    "prisokningar",
                    note="A 'varav' part: one item with the total.",
                ),
                C("Miljö- och byggnadsnämnden", "0,5 mnkr", "+", "avgifter_intakter", "volymer"),
            ),
            glyph="•",
        ),
        H("Finansförvaltningen", 2),
        PS(
            (
                "Skatteintäkter och generella statsbidrag beräknas bli 9,8 mnkr högre än budget enligt SKR:s "
                "augustiprognos.",
                C("Skatteintäkter och generella statsbidrag", "9,8 mnkr", "+", note=NO_TAG),
            ),
            (
                "Pensionskostnaderna och finansnettot blir 8,1 respektive 3,5 mnkr bättre än budgeterat.",
                C(
                    "Pensionskostnader",
                    "8,1",
                    "+",
                    unit="mnkr",
                    note=NO_TAG + " A 'respektive' pair.",
                    also=(C("Finansnetto", "3,5 mnkr", "+", note=NO_TAG),),
                ),
            ),
            (
                "Därtill kommer reavinster på 2,0 mnkr från försäljningen av tomtmark i Sandudden, som inte var "
                "budgeterade.",
                C("Reavinster", "2,0 mnkr", "+", note=NO_TAG),
            ),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsbudgeten för 2025 uppgår till 412 mnkr. Utfallet efter augusti är 151 mnkr och "
            "helårsprognosen 298 mnkr, vilket innebär att 114 mnkr inte kommer att förbrukas under året. Det beror "
            "främst på att bygget av den nya skolan i Stenhamra har senarelagts efter att detaljplanen överklagats.",
            C("Investeringar", "114 mnkr", "+", "periodisering"),
        ),
        P(
            "Ombyggnaden av idrottshallen i Färentuna beräknas överskrida projektbudgeten med 6,3 mnkr på grund av "
            "fuktskador som upptäcktes vid rivningen.",
            C("Ombyggnaden av idrottshallen i Färentuna", "6,3 mnkr", "-", "ovrigt"),
        ),
        H("Åtgärder", 2),
        P(
            "Social- och omsorgsnämnden har antagit en handlingsplan som beräknas förbättra helårsresultatet med 8 "
            "mnkr, bland annat genom att minska inhyrd personal och ta hem placeringar till egen regi.",
            A("Social- och omsorgsnämnden", "8 mnkr", "inhyrd_personal", "kopt_verksamhet"),
        ),
        P(
            "Kommunstyrelsen har infört anställningsprövning för samtliga tjänster i kommunen från och med september.",
            A(None),
        ),
        H("Balanskrav och skatteintäkter", 2),
        P(
            "Balanskravsresultatet beräknas till 27,4 mnkr och kommunen uppfyller därmed balanskravet.",
            O(None, note="Balanskrav: other."),
        ),
        P(
            "Skatteintäkterna ökar med 4,1 procent jämfört med 2024, vilket beror på en högre lönesumma i riket.",
            O(None, note="Against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="ekero-ks-delarsrapport-2025-08.pdf",
        report={
            "municipality": "Ekerö",
            "committee": ["Kommunstyrelsen"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={"title": "Delårsrapport januari–augusti 2025", "author": "Ekerö kommun"},
        style=style,
        blocks=blocks,
    )
