"""Gnesta kommun, Kommunstyrelsen, delårsrapport januari–augusti 2025 (the whole kommun).

A whole-kommun interim report in mnkr, Liberation Sans 9.5 pt, footer with the fullmäktige's meeting date in
October: the period "11,2 mnkr mer än det periodiserade budgeterade resultatet" with its reason in the same
paragraph, the full year "en negativ avvikelse på 7,4 mnkr" after two levels, one sentence splitting it into
the nämnder's "underskott på 13,9 mnkr" and the finance function's "överskott på 6,5 mnkr" (two items), the
change since the tertial report; a table per nämnd with hyphen-minus; under a generic heading
("Ekonomienhetens kommentar") bullets per nämnd in varied shapes ("visar ett överskott på", a possessive
"Barn- och utbildningsnämndens underskott om", "prognostiserar en negativ avvikelse mot tilldelad ram om" with
a part "står för 6,1 mnkr", "Inom samhällsbyggnadsnämnden blir kostnaderna … högre än budgeterat", "ett litet
överskott, 0,3 mnkr"); tax revenue in one sentence, pensions and the finance net as a "respektive" pair in the
next; investments "34,7 mnkr inte förbrukas" after two levels and a project overrun; an action with its
effect, the balanskrav and a goal not met, and population against the turn of the year (others).

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Bullets, H, P, ReportSpec, Style, Table, Title

from reports.common import A, C, F, O

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
        margins=(64.0, 78.0, 64.0, 72.0),
        header=lambda n, m: ("Gnesta kommun", "Delårsrapport januari–augusti 2025"),
        footer=lambda n, m: ("Kommunfullmäktige 2025-10-27", "Dnr KS 2025/298", f"{n} ({m})"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Driftredovisning per nämnd, mnkr",
        header=(("Nämnd", "Budget 2025", "Utfall jan–aug", "Prognos 2025", "Avvikelse"),),
        rows=(
            ("Kommunstyrelsen", "118,6", "77,4", "117,3", "1,3"),
            ("Barn- och utbildningsnämnden", "312,4", "205,8", "316,9", "-4,5"),
            ("Socialnämnden", "298,0", "204,1", "307,8", "-9,8"),
            ("Samhällsbyggnadsnämnden", "41,7", "29,0", "42,9", "-1,2"),
            ("Revisionen", "1,5", "0,8", "1,2", "0,3"),
            ("Summa nämnder", "772,2", "517,1", "786,1", "-13,9"),
            ("Finansförvaltningen", "", "", "", "6,5"),
            ("Totalt", "", "", "", "-7,4"),
        ),
        widths=(160.0, 66.0, 72.0, 70.0, 60.0),
        bold_rows=frozenset({5, 7}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Delårsrapport januari–augusti 2025", size=19, font="arial-bold", after=2),
        Title("Gnesta kommun", size=12.5, font="arial", after=12),
        H("Förvaltningsberättelse", 1),
        H("Ekonomiskt resultat och prognos", 2),
        P(
            "Periodens resultat uppgår till 38,4 mnkr. Det är 11,2 mnkr mer än det periodiserade budgeterade "
            "resultatet, främst eftersom statsbidragen för äldreomsorgen och skolan har betalats ut tidigare än "
            "beräknat.",
            C(
                None,
                "11,2 mnkr",
                "+",
                "statsbidrag",
                "periodisering",
                note="The period's deviation with its timing reason; the result level is not the amount.",
            ),
        ),
        PS(
            (
                "För helåret prognostiseras ett resultat på 9,6 mnkr mot budgeterade 17,0 mnkr, en negativ "
                "avvikelse på 7,4 mnkr.",
                C(None, "7,4 mnkr", "-", note="The full year in a sentence of its own, after two levels."),
            ),
            (
                "Nämnderna redovisar sammantaget ett underskott på 13,9 mnkr, medan finansförvaltningen väntas ge ett "
                "överskott på 6,5 mnkr.",
                C(
                    "Nämnderna",
                    "13,9 mnkr",
                    "-",
                    note="The result split into the nämnder and the finance function: two items.",
                    also=(C("Finansförvaltningen", "6,5 mnkr", "+", note=NO_TAG),),
                ),
            ),
        ),
        P(
            "Jämfört med prognosen i tertialrapporten har resultatet försämrats med 3,1 mnkr, framför allt inom "
            "socialnämnden.",
            F(None, "3,1 mnkr", "-", note="An area but no reason: no tag."),
        ),
        table,
        H("Nämndernas prognoser", 2),
        H("Ekonomienhetens kommentar", 3),
        Bullets(
            (
                "Kommunstyrelsen visar ett överskott på 1,3 mnkr, vilket till största delen beror på vakanta "
                "tjänster inom kommunledningskontoret och lägre kostnader för färdtjänst när färre resor har gjorts.",
                "Barn- och utbildningsnämndens underskott om 4,5 mnkr förklaras av fler elever i behov av särskilt "
                "stöd och högre kostnader för skolskjuts efter den nya upphandlingen.",
                "Socialnämnden prognostiserar en negativ avvikelse mot tilldelad ram om 9,8 mnkr. Placeringar av barn "
                "och unga på HVB och i konsulentstödda familjehem står för 6,1 mnkr, och försörjningsstödet ökar för "
                "andra året i rad.",
                "Inom samhällsbyggnadsnämnden blir kostnaderna 1,2 mnkr högre än budgeterat, framför allt på grund "
                "av snöröjningen i januari och februari.",
                "Revisionen lämnar ett litet överskott, 0,3 mnkr.",
            ),
            labels=(
                C("Kommunstyrelsen", "1,3 mnkr", "+", "vakanser", "volymer"),
                C(
                    "Barn- och utbildningsnämnden",
                    "4,5 mnkr",
                    "-",
                    "volymer",
                    "prisokningar",
                    note="Possessive area; a dearer transport contract is prisokningar.",
                ),
                C(
                    "Socialnämnden",
                    "9,8 mnkr",
                    "-",
                    "kopt_verksamhet",
                    "ekonomiskt_bistand",
                    note="The placements' 6,1 mnkr is a part: the nämnd's total is the amount.",
                ),
                C("Samhällsbyggnadsnämnden", "1,2 mnkr", "-", "ovrigt", note="Snow clearing: ovrigt."),
                C("Revisionen", "0,3 mnkr", "+"),
            ),
            glyph="–",
        ),
        H("Finansförvaltningen", 3),
        PS(
            (
                "Skatteintäkter och generella statsbidrag beräknas bli 4,2 mnkr högre än budget enligt SKR:s "
                "augustiprognos.",
                C("Skatteintäkter och generella statsbidrag", "4,2 mnkr", "+", note=NO_TAG),
            ),
            (
                "Lägre pensionskostnader och ett bättre finansnetto bidrar med 1,6 respektive 0,7 mnkr.",
                C(
                    "Pensionskostnader",
                    "1,6",
                    "+",
                    unit="mnkr",
                    note=NO_TAG + " A 'respektive' pair: two items.",
                    also=(C("Finansnetto", "0,7 mnkr", "+", note=NO_TAG),),
                ),
            ),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsbudgeten för 2025 uppgår till 86,0 mnkr. Utfallet per augusti är 24,7 mnkr och "
            "helårsprognosen 51,3 mnkr, vilket innebär att 34,7 mnkr inte förbrukas under året. Det beror främst på "
            "att ombyggnaden av Tallbackaskolan har skjutits fram till våren 2026.",
            C("Investeringar", "34,7 mnkr", "+", "periodisering"),
        ),
        P(
            "Projektet med nytt vattenverk i Stjärnhov beräknas överskrida projektbudgeten med 2,8 mnkr till följd "
            "av högre entreprenadpriser.",
            C("Vattenverk Stjärnhov", "2,8 mnkr", "-", "prisokningar", note="A project overrun: negative."),
        ),
        H("Åtgärder", 2),
        P(
            "Socialnämnden har antagit en handlingsplan med bland annat hemmaplanslösningar för placerade barn, som "
            "beräknas minska kostnaderna med 2,0 mnkr på helår.",
            A("Socialnämnden", "2,0 mnkr", "kopt_verksamhet"),
        ),
        H("Balanskrav och finansiella mål", 2),
        P(
            "Balanskravsresultatet beräknas till 8,9 mnkr, och kommunen når därmed inte det finansiella målet om ett "
            "resultat på 2 procent av skatter och statsbidrag.",
            O(None, note="Balanskrav and a financial goal: other."),
        ),
        P(
            "Antalet invånare var 11 482 den 30 juni, 61 fler än vid årsskiftet.",
            O(None, note="Population against an earlier time: other."),
        ),
    ]
    return ReportSpec(
        file="gnesta-ks-delarsrapport-2025-08.pdf",
        report={
            "municipality": "Gnesta",
            "committee": ["Kommunstyrelsen", "Kommunfullmäktige"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={"title": "Delårsrapport januari–augusti 2025", "author": "Gnesta kommun"},
        style=style,
        blocks=blocks,
    )
