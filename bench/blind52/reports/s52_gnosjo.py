"""Gnosjö kommun, Kommunstyrelsen, delårsrapport januari–augusti 2025 (the whole kommun).

A whole-kommun interim report in "mnkr" with en-dash minus signs, whose footer carries the fullmäktige date
in October: the period "9,4 mnkr bättre än det periodiserade budgeterade resultatet" after a level, with its
timing reason in the same paragraph (one cause); the full year as a level against the budgeted result, then
"en negativ budgetavvikelse om 5,8 mnkr" in the next sentence (one cause); one sentence splitting it into the
nämnder's "underskott mot budget på 14,1 mnkr" and the finance side's "förbättrar resultatet med 8,3 mnkr"
(two items); the change since April with its cause; a nämnd table; headings that carry the nämnd and amount
("Barn- och utbildningsnämnden –4,9 mnkr") with a sub-area's surplus inside (its own item) and a paragraph
mixing two causes and an action; then bold run-in nämnder ending in a full stop in varied shapes
("Underskottet på 2,8 mnkr beror på", "ett litet underskott, 0,6 mnkr" after the reason, "Sexhundra tusen
kronor lägre kostnader än budgeterat" in words); tax revenue and general grants as two amounts in one
sentence, the finance net, pensions that "bedöms följa budget" (boilerplate); investments "22,5 mnkr" with
a "varav"-free reason and a project overrun; balanskrav and sick leave against last year (others). 18 scored
causes. Liberation Sans (Arial) 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Space, Style, Table, Title

from reports.common import BP, HP, LP, A, C, F, O

NO_TAG = "A finance item: no cause tag."


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=9.5,
        leading=1.42,
        para_gap=6.0,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("bold", "bold", "bold"),
        margins=(64.0, 76.0, 64.0, 74.0),
        header=lambda n, m: ("Gnosjö kommun", "Delårsrapport januari–augusti 2025"),
        footer=lambda n, m: ("Kommunfullmäktige 2025-10-30", "Dnr KS 2025/214", f"{n} ({m})"),
        header_size=8.0,
        rule_under_header=True,
    )
    committees = Table(
        caption="Driftredovisning per nämnd, helårsprognos 2025 (mnkr)",
        header=(("Nämnd", "Budget", "Prognos", "Avvikelse"),),
        rows=(
            ("Kommunstyrelsen", "78,4", "76,9", "1,5"),
            ("Barn- och utbildningsnämnden", "201,3", "206,2", "–4,9"),
            ("Socialnämnden", "96,5", "104,8", "–8,3"),
            ("Vård- och omsorgsnämnden", "158,2", "161,0", "–2,8"),
            ("Tekniska nämnden", "31,7", "32,3", "–0,6"),
            ("Miljö- och byggnadsnämnden", "6,8", "6,4", "0,4"),
            ("Kultur- och fritidsnämnden", "19,9", "19,3", "0,6"),
            ("Summa nämnder", "592,8", "606,9", "–14,1"),
        ),
        widths=(190.0, 70.0, 70.0, 80.0),
        bold_rows=frozenset({7}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Delårsrapport 2025", size=21, font="bold", after=2),
        Title("Gnosjö kommun, perioden januari–augusti", size=12, font="arial", after=14),
        P(
            "Delårsrapporten omfattar kommunens verksamhet under perioden 1 januari–31 augusti 2025. Nämndernas "
            "prognoser bygger på utfallet till och med augusti och har stämts av med ekonomienheten."
        ),
        H("Ekonomiskt resultat", 1),
        P(
            "Kommunens resultat för perioden uppgår till 38,6 mnkr. Det är 9,4 mnkr bättre än det periodiserade "
            "budgeterade resultatet, främst på grund av att semesterlöneskulden ännu inte har minskat inför hösten.",
            C(
                None,
                "9,4 mnkr",
                "+",
                "lonekostnader",
                "periodisering",
                note="The period against the periodised budgeted result after a level; the timing reason in the "
                "same sentence.",
            ),
        ),
        P(
            "För helåret prognostiseras ett resultat på 11,2 mnkr, att jämföra med budgeterade 17,0 mnkr. "
            "Prognosen innebär alltså en negativ budgetavvikelse om 5,8 mnkr.",
            C(None, "5,8 mnkr", "-", note="The full year: a level and the budget, then the deviation."),
        ),
        P(
            "Nämnderna redovisar sammantaget ett underskott mot budget på 14,1 mnkr, medan skatteintäkter, generella "
            "statsbidrag och finansnetto förbättrar resultatet med 8,3 mnkr.",
            C(
                "Nämnderna",
                "14,1 mnkr",
                "-",
                note="Two parts with their own amounts in one sentence: two items.",
                also=(C("Finansiering", "8,3 mnkr", "+", note=NO_TAG),),
            ),
        ),
        P(
            "Jämfört med prognosen i april har helårsresultatet försämrats med 3,0 mnkr, vilket i huvudsak förklaras "
            "av fler placeringar av barn och unga.",
            F(None, "3,0 mnkr", "-", "kopt_verksamhet"),
        ),
        committees,
        Space(10),
        H("Nämndernas prognoser", 2),
        HP(
            "Kommunstyrelsen +1,5 mnkr",
            "Överskottet förklaras av vakanta tjänster inom ekonomi- och personalenheten under våren samt lägre "
            "kostnader för leasing av fordon.",
            C("Kommunstyrelsen", "+1,5 mnkr", "+", "vakanser", "material_hjalpmedel"),
        ),
        HP(
            "Barn- och utbildningsnämnden –4,9 mnkr",
            "Nämnden bedömer att grundskolans kostnader överskrider budget, framför allt på grund av fler elever i "
            "behov av särskilt stöd och dyrare skolskjuts efter den nya upphandlingen.",
            C("Barn- och utbildningsnämnden", "–4,9 mnkr", "-", "volymer", "prisokningar"),
        ),
        P(
            "Förskolan visar däremot ett överskott på 0,8 mnkr, eftersom barnantalet i Hillerstorp har minskat och "
            "en avdelning har kunnat slås ihop med en annan.",
            C(
                "Förskolan",
                "0,8 mnkr",
                "+",
                "volymer",
                note="A sub-area's surplus in its own paragraph under the nämnd's heading: its own item.",
            ),
        ),
        HP(
            "Socialnämnden –8,3 mnkr",
            "Det största underskottet finns inom individ- och familjeomsorgen, där sex nya institutionsplaceringar av "
            "barn och unga har tillkommit sedan årsskiftet.",
            C("Socialnämnden", "–8,3 mnkr", "-", "kopt_verksamhet", "volymer"),
        ),
        PS(
            (
                "Kostnaderna för ekonomiskt bistånd är också högre än budgeterat, 1,9 mnkr, till följd av fler "
                "hushåll med långvarigt behov.",
                C("Ekonomiskt bistånd", "1,9 mnkr", "-", "ekonomiskt_bistand", "volymer"),
            ),
            (
                "Nämnden har beslutat om en handlingsplan där fler unga ska få stöd på hemmaplan i stället för på "
                "institution.",
                A("Socialnämnden", None, "kopt_verksamhet"),
            ),
        ),
        H("Övriga nämnder", 3),
        LP(
            "Vård- och omsorgsnämnden.",
            "Underskottet på 2,8 mnkr beror på ökade sjuklönekostnader och ett högt nyttjande av timvikarier inom "
            "särskilt boende.",
            C("Vård- och omsorgsnämnden", "2,8 mnkr", "-", "sjukfranvaro", "vikarier"),
        ),
        LP(
            "Tekniska nämnden.",
            "Vinterväghållningen i januari och februari blev dyrare än budgeterat. Nämnden prognostiserar ett litet "
            "underskott, 0,6 mnkr.",
            C(
                "Tekniska nämnden",
                "0,6 mnkr",
                "-",
                "ovrigt",
                note="Snow clearing: ovrigt; the amount after the reason.",
            ),
        ),
        LP(
            "Miljö- och byggnadsnämnden.",
            "Bygglovsintäkterna är högre än beräknat och nämnden redovisar ett överskott på 0,4 mnkr.",
            C("Miljö- och byggnadsnämnden", "0,4 mnkr", "+", "avgifter_intakter"),
        ),
        LP(
            "Kultur- och fritidsnämnden.",
            "Sexhundra tusen kronor lägre kostnader än budgeterat väntas, eftersom badhuset i Gnosjö hölls stängt "
            "under två månader för renovering.",
            C(
                "Kultur- och fritidsnämnden",
                "Sexhundra tusen kronor",
                "+",
                "ovrigt",
                value=600_000,
                note="An amount in words; a closure for renovation is ovrigt.",
            ),
        ),
        H("Finansiering", 2),
        P(
            "Skatteintäkterna blir 4,6 mnkr högre än budget enligt SKR:s augustiprognos, och de generella "
            "statsbidragen 1,2 mnkr högre.",
            C(
                "Skatteintäkter",
                "4,6 mnkr",
                "+",
                note=NO_TAG + " Two areas with their own amounts in one sentence: two items.",
                also=(C("Generella statsbidrag", "1,2 mnkr", "+", note=NO_TAG),),
            ),
        ),
        P(
            "Finansnettot beräknas bli 2,5 mnkr bättre än budget till följd av högre ränteintäkter på likvida medel.",
            C("Finansnetto", "2,5 mnkr", "+", note=NO_TAG),
        ),
        P("Pensionskostnaderna bedöms följa budget.", BP("Pensionskostnader")),
        H("Investeringar", 2),
        P(
            "Av årets investeringsbudget på 64,0 mnkr beräknas 41,5 mnkr att användas. Avvikelsen på 22,5 mnkr beror "
            "till största delen på att bygget av den nya förskolan i Åsenhöga har skjutits till 2026.",
            C(
                "Investeringar",
                "22,5 mnkr",
                "+",
                "periodisering",
                note="Investment under-spending (positive).",
            ),
        ),
        P(
            "Ombyggnaden av reningsverkets slamhantering överskrider projektbudgeten med 1,4 mnkr, då priserna på "
            "stål och el-installationer har stigit under året.",
            C("Reningsverkets slamhantering", "1,4 mnkr", "-", "prisokningar", note="Investment overrun."),
        ),
        H("Balanskrav och personal", 2),
        P(
            "Balanskravsresultatet för helåret beräknas till 10,6 mnkr och kommunen uppfyller därmed balanskravet. "
            "Det finansiella målet om ett resultat på minst 2 procent av skatter och bidrag nås inte.",
            O(None, note="Balanskrav and a financial goal."),
        ),
        P(
            "Sjukfrånvaron uppgår till 7,1 procent, vilket är 0,6 procentenheter högre än samma period 2024.",
            O(None, "sjukfranvaro", note="Sick leave against the previous year."),
        ),
    ]
    return ReportSpec(
        file="gnosjo-ks-delarsrapport-2025-08.pdf",
        report={
            "municipality": "Gnosjö",
            "committee": ["Kommunstyrelsen", "Kommunfullmäktige"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={"title": "Delårsrapport januari–augusti 2025", "author": "Gnosjö kommun"},
        style=style,
        blocks=blocks,
    )
