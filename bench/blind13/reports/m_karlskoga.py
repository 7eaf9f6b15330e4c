"""Karlskoga kommun, Kommunstyrelsen, delårsrapport januari–augusti 2025 (the whole kommun).

A whole-kommun interim report in mnkr, Liberation Serif with Liberation Sans headings, footer with the
kommunstyrelse's meeting date in September: the period's result with the periodised budget's level and "ger ett
plus på 19,4 mnkr" (a cause; the levels are not the amount), the full year "Underskottet mot budget, 16,4 mnkr,
kommer i sin helhet från nämnderna", the change since April with its cause; a nämnd table whose deviation column
is "Prognos − budget" (a positive figure is an overspend), so the table's signs run against the prose; per-nämnd
bullets under a generic heading in new shapes: "gör ett underskott på 17,3 mnkr mot ramen", "ett överdrag om
13,7 mnkr, varav grundskolan står för 9,0 mnkr" (the total is the amount), "en negativ budgetavvikelse på 2,1
mnkr (–2,6 mnkr i april)", "lämnar ett överskott om", "överskrider budget med" (snow), "beräknas gå 1,3 mnkr
plus" and "följer sin budget" (boilerplate); three finance items in two sentences; investments "72 mnkr under
den beslutade investeringsbudgeten" and two projects "3,8 respektive 2,6 mnkr mer än beslutat"; an unlabelled
lead-in and two actions (one with its effect, one without), the financial goal and the
resultatutjämningsreserv, sick leave against the previous year (others). 14 scored causes.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Bullets, H, P, ReportSpec, Space, Style, Table, Title

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
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(70.0, 80.0, 70.0, 76.0),
        header=lambda n, m: ("Karlskoga kommun", "Delårsrapport januari–augusti 2025"),
        footer=lambda n, m: ("Kommunstyrelsen 2025-09-30", "Dnr KS 2025/412", f"Sida {n} ({m})"),
        header_size=8.0,
        rule_under_header=False,
    )
    committees = Table(
        caption="Tabell 2. Driftredovisning per nämnd 2025, mnkr",
        header=(("Nämnd", "Årsbudget", "Prognos helår", "Prognos − budget", "Avvikelse april"),),
        rows=(
            ("Kommunstyrelsen", "248,6", "244,1", "−4,5", "−3,0"),
            ("Barn- och utbildningsnämnden", "812,3", "826,0", "13,7", "10,9"),
            ("Socialnämnden", "301,5", "318,8", "17,3", "9,8"),
            ("Vård- och omsorgsnämnden", "655,0", "657,1", "2,1", "2,6"),
            ("Kultur- och fritidsnämnden", "96,4", "95,1", "−1,3", "−0,8"),
            ("Samhällsbyggnadsnämnden", "74,8", "76,2", "1,4", "0,5"),
            ("Bygg- och miljönämnden", "14,9", "14,9", "0,0", "0,0"),
            ("Summa nämnder", "2 203,5", "2 232,2", "28,7", "20,0"),
        ),
        widths=(160.0, 62.0, 70.0, 82.0, 80.0),
        bold_rows=frozenset({7}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Delårsrapport 2025", size=22, font="arial-bold", after=2),
        Title(
            "Karlskoga kommun – perioden januari till och med augusti", size=12, font="times-italic", after=14
        ),
        H("Förvaltningsberättelse i sammandrag", 1),
        P(
            "Delårsrapporten omfattar kommunens nämnder och styrelse samt finansförvaltningen. De kommunala "
            "bolagen redovisas i den sammanställda redovisningen i avsnitt 6 och kommenteras inte här."
        ),
        H("Resultat och prognos", 2),
        P(
            "Resultatet för årets första åtta månader blev 71,4 mnkr. Budgeten för samma period, fördelad efter "
            "månadernas kostnadsmönster, var 52,0 mnkr, vilket ger ett plus på 19,4 mnkr.",
            C(
                None,
                "19,4 mnkr",
                "+",
                note="The period against the periodised budget in a paragraph of its own: a cause; the result "
                "and the budget's levels (71,4 and 52,0) are not the amount.",
            ),
        ),
        P(
            "Helåret landar enligt prognosen på 18,6 mnkr, att jämföra med budgeterade 35,0 mnkr. Underskottet mot "
            "budget, 16,4 mnkr, kommer i sin helhet från nämnderna.",
            C(None, "16,4 mnkr", "-", note="The full year against the budgeted result; no reason: no tags."),
        ),
        P(
            "Jämfört med prognosen efter april har helårsresultatet försämrats med 9,2 mnkr. Försämringen ligger "
            "nästan helt inom socialnämndens placeringar av barn och unga.",
            F(None, "9,2 mnkr", "-", "kopt_verksamhet"),
        ),
        P(
            "Positivt värde i kolumnen Prognos − budget innebär att nämnden beräknas förbruka mer än sin ram.",
            size=9.0,
        ),
        committees,
        Space(10),
        H("Kommentarer till nämndernas prognoser", 2),
        Bullets(
            (
                "Socialnämnden gör ett underskott på 17,3 mnkr mot ramen. Två ungdomar placerades på särskilda "
                "ungdomshem under sommaren och antalet familjehemsplaceringar ligger kvar på en hög nivå, medan "
                "försörjningsstödet är något lägre än budgeterat.",
                "Barn- och utbildningsnämnden: ett överdrag om 13,7 mnkr, varav grundskolan står för 9,0 mnkr. Fler "
                "elever med beslut om tilläggsbelopp och högre kostnader för elever som går i fristående skolor eller "
                "i andra kommuner är de främsta orsakerna.",
                "Vård- och omsorgsnämnden prognostiserar en negativ budgetavvikelse på 2,1 mnkr (–2,6 mnkr i april). "
                "Nattbemanningen på två särskilda boenden har behövt förstärkas, medan färre beviljade "
                "hemtjänsttimmar än budgeterat dämpar underskottet.",
                "Kommunstyrelsen lämnar ett överskott om 4,5 mnkr, främst genom att rekryteringen av tre tjänster "
                "inom digitaliseringsenheten har dragit ut på tiden och att licenskostnaderna för det nya "
                "ärendehanteringssystemet börjar löpa först 2026.",
                "Samhällsbyggnadsnämnden överskrider budget med 1,4 mnkr. Vinterväghållningen i januari och februari "
                "blev betydligt dyrare än under en normal vinter.",
                "Kultur- och fritidsnämnden beräknas gå 1,3 mnkr plus, tack vare att entréintäkterna i badhuset har "
                "blivit högre än beräknat efter ombyggnaden.",
                "Bygg- och miljönämnden följer sin budget.",
            ),
            labels=(
                C(
                    "Socialnämnden",
                    "17,3 mnkr",
                    "-",
                    "kopt_verksamhet",
                    "ekonomiskt_bistand",
                    note="The table's 17,3 is positive (Prognos − budget): the prose decides the direction. The "
                    "lower försörjningsstöd is a cause the passage gives.",
                ),
                C(
                    "Barn- och utbildningsnämnden",
                    "13,7 mnkr",
                    "-",
                    "volymer",
                    "kopt_verksamhet",
                    note="A 'varav' part (9,0 mnkr) is not the amount: the total is.",
                ),
                C(
                    "Vård- och omsorgsnämnden",
                    "2,1 mnkr",
                    "-",
                    "bemanning",
                    "volymer",
                    note="April's figure in brackets is not the amount.",
                ),
                C(
                    "Kommunstyrelsen",
                    "4,5 mnkr",
                    "+",
                    "vakanser",
                    "it_digitalisering",
                    "periodisering",
                    note="Licences starting a year later: it_digitalisering and periodisering.",
                ),
                C("Samhällsbyggnadsnämnden", "1,4 mnkr", "-", "ovrigt", note="Snow: ovrigt."),
                C("Kultur- och fritidsnämnden", "1,3 mnkr", "+", "avgifter_intakter"),
                BP("Bygg- och miljönämnden"),
            ),
        ),
        H("Finansförvaltningen", 2),
        PS(
            (
                "Skatteintäkter och kommunalekonomisk utjämning överstiger budget med 8,8 mnkr enligt SKR:s prognos i "
                "augusti.",
                C("Skatteintäkter och utjämning", "8,8 mnkr", "+", note=NO_TAG),
            ),
            (
                "Till detta kommer pensionskostnader som blir 2,1 mnkr lägre än budgeterat och ett finansnetto som "
                "förbättras med 1,4 mnkr tack vare lägre räntor på kommunens lån.",
                C(
                    "Pensionskostnader",
                    "2,1 mnkr",
                    "+",
                    note=NO_TAG + " Two items in one sentence.",
                    also=(
                        C(
                            "Finansnetto",
                            "1,4 mnkr",
                            "+",
                            note=NO_TAG + " Lower interest rates: a finance item.",
                        ),
                    ),
                ),
            ),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsprognosen för helåret uppgår till 214 mnkr, vilket är 72 mnkr under den beslutade "
            "investeringsbudgeten på 286 mnkr. Huvudförklaringen är att upphandlingen av den nya skolan i Bregården "
            "gjordes om, vilket skjuter byggstarten till 2026.",
            C(
                "Investeringar",
                "72 mnkr",
                "+",
                "periodisering",
                note="Investment under-spending (positive); the forecast and budget levels are not the amount.",
            ),
        ),
        P(
            "Två projekt går över sina budgetar: ombyggnaden av Rosendalshallen och de nya vattenledningarna i Bofors "
            "industriområde beräknas kosta 3,8 respektive 2,6 mnkr mer än beslutat, bland annat på grund av högre "
            "entreprenadpriser.",
            C(
                "Rosendalshallen",
                "3,8",
                "-",
                "prisokningar",
                unit="mnkr",
                note="Investment overruns as a 'respektive' pair: two items.",
                also=(C("Vattenledningar Bofors industriområde", "2,6 mnkr", "-", "prisokningar"),),
            ),
        ),
        H("Åtgärder", 2),
        PS(
            (
                "Kommunstyrelsen beslutade i juni att nämnder med prognostiserat underskott ska redovisa "
                "åtgärdsplaner.",
                None,
            ),
            (
                "Socialnämndens plan innebär bland annat att fler placeringar ska ersättas med insatser på hemmaplan, "
                "med en beräknad effekt på 2,5 mnkr under hösten.",
                A("Socialnämnden", "2,5 mnkr", "kopt_verksamhet"),
            ),
            (
                "Barn- och utbildningsnämnden har infört en restriktiv hållning vid anskaffning av vikarier men har "
                "ännu inte kunnat beräkna effekten.",
                A("Barn- och utbildningsnämnden", None, "vikarier"),
            ),
        ),
        H("God ekonomisk hushållning", 2),
        P(
            "Det prognostiserade resultatet motsvarar 0,6 procent av skatteintäkter och generella statsbidrag, mot "
            "fullmäktiges mål om 2,0 procent. Balanskravet uppfylls, och de 41 mnkr som finns i "
            "resultatutjämningsreserven planeras inte att användas.",
            O(None, "reserver", note="The financial goal and the resultatutjämningsreserv."),
        ),
        P(
            "Sjukfrånvaron under januari–juli var 7,1 procent, vilket är 0,6 procentenheter lägre än samma period "
            "2024.",
            O(None, "sjukfranvaro", note="Sick leave against the previous year."),
        ),
    ]
    return ReportSpec(
        file="karlskoga-ks-delarsrapport-2025-08.pdf",
        report={
            "municipality": "Karlskoga",
            "committee": ["Kommunstyrelsen"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={"title": "Delårsrapport januari–augusti 2025", "author": "Karlskoga kommun"},
        style=style,
        blocks=blocks,
    )
