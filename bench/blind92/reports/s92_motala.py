"""Motala kommun, Kommunstyrelsen, delårsrapport januari–augusti 2025 (the whole kommun).

A whole-kommun interim report in "mnkr" whose footer carries the kommunstyrelse's meeting in October: the
period "18,9 mnkr bättre än det periodiserade budgeterade resultatet" with its reasons in the same sentence, the
full year "23,5 mnkr lägre än budgeterat resultat" between two levels (separate sentences, two causes), one
sentence splitting the result into the nämnder's "underskott mot tilldelade ramar om 47,2 mnkr" and the
finance function's "överskott på 23,7 mnkr" after "medan" (two items), the change since April with its cause;
a nämnd table with deficits in brackets ("(29,9)") and April's deviation beside August's; en-dash bullets
under a generic heading ("Kommunledningsförvaltningens kommentar") in varied shapes: "redovisar den största
avvikelsen, ett underskott på 29,9 mnkr", a possessive "Bildningsnämndens prognos överskrider ramen med 18,7
mnkr", "Kommunstyrelsen: överskott 6,4 mnkr", "går 2,6 mnkr sämre än budget", the area after "För" with
revenue "2,4 mnkr lägre än budgeterat", "knappt en miljon kronor" in words, an amount in brackets after the
name ("Överförmyndarnämnden (−0,8 mnkr):"); tax revenue, then pensions and the finance net as a
"respektive" pair (no tags); investments "134 mnkr inte kommer att användas" after two levels and a project
"cirka 9 mnkr dyrare än projektbudgeten"; an action without and one with an effect, the balanskrav with a
goal not met "vilket beror på" and population against the turn of the year (others). 16 scored causes.
DejaVu Sans 9.5 pt with U+2212 minus signs.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Bullets, H, P, ReportSpec, Space, Style, Table, Title

from reports.common import A, C, F, O

NO_TAG = "A finance item: no cause tag."


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.4,
        para_gap=6.5,
        heading_sizes=(14.0, 11.5, 10.0),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(64.0, 76.0, 64.0, 72.0),
        header=lambda n, m: ("Motala kommun", "Delårsrapport 2025"),
        footer=lambda n, m: ("Kommunstyrelsen 2025-10-07", "Dnr KS 2025/211", f"{n}/{m}"),
        header_size=8.0,
        rule_under_header=True,
    )
    committees = Table(
        caption="Tabell 2. Nämndernas budgetavvikelse helår 2025, mnkr. Underskott anges inom parentes.",
        header=(("Nämnd", "Budget 2025", "Prognos 2025", "Avvikelse aug", "Avvikelse apr"),),
        rows=(
            ("Kommunstyrelsen", "268,5", "262,1", "6,4", "4,9"),
            ("Bildningsnämnden", "1 402,8", "1 421,5", "(18,7)", "(17,2)"),
            ("Socialnämnden", "1 226,0", "1 255,9", "(29,9)", "(24,6)"),
            ("Tekniska nämnden", "142,3", "144,9", "(2,6)", "(2,1)"),
            ("Samhällsbyggnadsnämnden", "58,7", "61,1", "(2,4)", "(2,9)"),
            ("Kultur- och fritidsnämnden", "97,4", "96,6", "0,8", "0,4"),
            ("Överförmyndarnämnden", "9,6", "10,4", "(0,8)", "(0,6)"),
            ("Summa nämnder", "3 205,3", "3 252,5", "(47,2)", "(42,1)"),
        ),
        widths=(160.0, 68.0, 72.0, 72.0, 72.0),
        bold_rows=frozenset({7}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Delårsrapport januari–augusti 2025", size=19, font="sans-bold", after=4),
        Title("Motala kommun", size=12, font="sans", after=12),
        P(
            "Delårsrapporten omfattar perioden 1 januari till 31 augusti 2025 och innehåller en prognos för "
            "helåret. Den behandlas av kommunfullmäktige i oktober."
        ),
        H("Sammanfattande ekonomisk analys", 1),
        P(
            "Resultatet för perioden uppgår till 131,4 mnkr. Det är 18,9 mnkr bättre än det periodiserade "
            "budgeterade resultatet, främst eftersom flera nämnders planerade underhåll ännu inte har utförts.",
            C(
                None,
                "18,9 mnkr",
                "+",
                "periodisering",
                note="The period against the periodised budget, with its timing reason in the same sentence.",
            ),
        ),
        P(
            "För helåret prognostiseras ett resultat på 41,0 mnkr. Det är 23,5 mnkr lägre än budgeterat resultat "
            "om 64,5 mnkr.",
            C(None, "23,5 mnkr", "-", note="The full year between two levels: the deviation is the amount."),
        ),
        P(
            "Nämnderna beräknar tillsammans ett underskott mot tilldelade ramar om 47,2 mnkr, medan "
            "finansförvaltningen väntas ge ett överskott på 23,7 mnkr.",
            C(
                "Nämnderna",
                "47,2 mnkr",
                "-",
                note="Two parts with their own amounts in one sentence: two items.",
                also=(C("Finansförvaltningen", "23,7 mnkr", "+", note=NO_TAG),),
            ),
        ),
        P(
            "Sedan aprilprognosen har helårsprognosen försämrats med 6,8 mnkr. Försämringen kommer nästan helt "
            "från socialnämnden, där antalet placerade barn och unga har fortsatt att öka under sommaren.",
            F(None, "6,8 mnkr", "-", "volymer", "kopt_verksamhet"),
        ),
        committees,
        Space(10),
        H("Kommunledningsförvaltningens kommentar", 2),
        Bullets(
            (
                "Socialnämnden redovisar den största avvikelsen, ett underskott på 29,9 mnkr. Kostnaderna för "
                "placeringar av barn och unga på HVB och i familjehem ligger långt över budget, och "
                "försörjningsstödet har ökat när fler hushåll står långt från arbetsmarknaden.",
                "Bildningsnämndens prognos överskrider ramen med 18,7 mnkr. Det beror på fler elever i "
                "anpassad grundskola, ett dyrare avtal för skolskjuts och att statsbidraget för läxhjälp har "
                "upphört.",
                "Kommunstyrelsen: överskott 6,4 mnkr, framför allt till följd av vakanta tjänster inom "
                "kommunledningsförvaltningen och lägre licenskostnader än budgeterat för det nya "
                "ekonomisystemet.",
                "Tekniska nämnden går 2,6 mnkr sämre än budget. Vinterväghållningen under januari och februari "
                "blev dyrare än normalt och elkostnaderna för gatubelysningen har stigit.",
                "För samhällsbyggnadsnämnden väntas intäkterna från bygglov och planavgifter bli 2,4 mnkr lägre "
                "än budgeterat, eftersom färre större byggprojekt har startat.",
                "Kultur- och fritidsnämnden lämnar ett litet överskott, knappt en miljon kronor, eftersom "
                "badhuset var stängt för renovering under sex veckor i våras.",
                "Överförmyndarnämnden (−0,8 mnkr): fler ärenden än tidigare kräver en ställföreträdare, och "
                "antalet ärenden per handläggare har ökat.",
            ),
            labels=(
                C("Socialnämnden", "29,9 mnkr", "-", "kopt_verksamhet", "ekonomiskt_bistand"),
                C(
                    "Bildningsnämnden",
                    "18,7 mnkr",
                    "-",
                    "volymer",
                    "prisokningar",
                    "statsbidrag",
                    note="A possessive names the area; a dearer transport contract is prisokningar.",
                ),
                C("Kommunstyrelsen", "6,4 mnkr", "+", "vakanser", "it_digitalisering"),
                C(
                    "Tekniska nämnden",
                    "2,6 mnkr",
                    "-",
                    "ovrigt",
                    "prisokningar",
                    note="Snow is ovrigt, electricity costs prisokningar.",
                ),
                C(
                    "Samhällsbyggnadsnämnden",
                    "2,4 mnkr",
                    "-",
                    "avgifter_intakter",
                    note="The area after 'För'; revenue under budget is negative.",
                ),
                C(
                    "Kultur- och fritidsnämnden",
                    "knappt en miljon kronor",
                    "+",
                    "ovrigt",
                    value=1_000_000,
                    note="An amount in words (the table says 0,8); a closure for renovation is ovrigt.",
                ),
                C(
                    "Överförmyndarnämnden",
                    "−0,8 mnkr",
                    "-",
                    "volymer",
                    note="The amount in brackets after the name.",
                ),
            ),
            glyph="–",
        ),
        H("Finansförvaltningen", 2),
        P(
            "Skatteintäkter och generella statsbidrag beräknas överstiga budget med 17,9 mnkr, i huvudsak till "
            "följd av en högre slutavräkning för 2024.",
            C("Skatteintäkter och generella statsbidrag", "17,9 mnkr", "+", note=NO_TAG),
        ),
        P(
            "Pensionskostnaderna och finansnettot ger överskott på 4,1 respektive 1,7 mnkr.",
            C(
                "Pensionskostnader",
                "4,1",
                "+",
                unit="mnkr",
                note=NO_TAG + " A 'respektive' pair: two items, the unit written once.",
                also=(C("Finansnetto", "1,7 mnkr", "+", note=NO_TAG),),
            ),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsbudgeten för 2025 uppgår till 486 mnkr. Prognosen är 352 mnkr, vilket innebär att 134 "
            "mnkr inte kommer att användas under året. Den största delen avser den nya högstadieskolan i norra "
            "Motala, där byggstarten har flyttats till våren 2026.",
            C("Investeringar", "134 mnkr", "+", "periodisering", note="Investment under-spending."),
        ),
        P(
            "Ombyggnaden av avloppsreningsverket blir cirka 9 mnkr dyrare än projektbudgeten, till följd av "
            "prisökningar på el- och styrutrustning.",
            C(
                "Ombyggnaden av avloppsreningsverket",
                "cirka 9 mnkr",
                "-",
                "prisokningar",
                note="Investment overrun.",
            ),
        ),
        H("Åtgärder", 2),
        PS(
            (
                "Kommunstyrelsen har beslutat att de nämnder som prognostiserar underskott ska redovisa "
                "åtgärdsplaner vid sammanträdet i november.",
                A(None, None),
            ),
            (
                "Socialnämnden har inrättat ett eget familjehemsteam för att minska behovet av konsulentstödda "
                "familjehem, vilket beräknas sänka kostnaderna med 3,0 mnkr på helårsbasis.",
                A("Socialnämnden", "3,0 mnkr", "kopt_verksamhet"),
            ),
        ),
        H("Balanskrav och finansiella mål", 2),
        P(
            "Balanskravsresultatet beräknas till 36,2 mnkr och balanskravet uppfylls. Målet om ett resultat på "
            "minst två procent av skatter och generella statsbidrag nås inte, vilket beror på nämndernas "
            "underskott.",
            O(None, note="Balanskrav and a financial goal with 'beror på': other."),
        ),
        P(
            "Antalet invånare har minskat med 110 personer sedan årsskiftet, vilket påverkar skatteintäkterna "
            "för 2026.",
            O(None, note="Population against the turn of the year: context."),
        ),
    ]
    return ReportSpec(
        file="motala-ks-delarsrapport-2025-08.pdf",
        report={
            "municipality": "Motala",
            "committee": ["Kommunstyrelsen", "Kommunfullmäktige"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={"title": "Delårsrapport januari–augusti 2025", "author": "Motala kommun"},
        style=style,
        blocks=blocks,
    )
