"""Strömsunds kommun, Kommunstyrelsen, delårsrapport januari–augusti 2025.

A whole-kommun interim report in mkr with hyphen-minus deficits, footer with the fullmäktige's meeting date in
October: the period result "att jämföra med ett periodiserat budgeterat resultat på 22,9 mkr, en positiv
avvikelse på 15,3 mkr", the full year "elva miljoner kronor lägre än budgeterat" in words, one sentence
splitting it into the nämnder's "underskott på 17,6 mkr" and taxes, grants and finance "6,6 mkr bättre än
budget" (two items); the change since April with its cause; a table per nämnd; the social committee's
paragraph with its total after "Inom", two verksamheter as a "respektive" pair with their causes in the same
sentence and the rest "1,3 mkr back" (four items); a possessive "Barn- och utbildningsnämndens prognos visar",
"Kommunstyrelsens överskott på 1,3 mkr beror på" and "För tekniska nämnden blir utfallet 0,7 mkr bättre";
taxes "2,9 mkr lägre" and grants "5,8 mkr högre" in one sentence (two items) and the finance net in the next;
investments as a forecast "mot en budget på 68,5 mkr" (17,5 never written out) with the reason; an action
"cirka 3 mkr"; balanskrav (other). Liberation Serif (Times) 10.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, Para, ReportSpec, Style, Table, Title

from reports.common import A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=10.5,
        leading=1.38,
        para_gap=7.0,
        heading_sizes=(16.0, 13.0, 11.0),
        heading_fonts=("times-bold", "times-bold", "times-bold"),
        margins=(72.0, 80.0, 72.0, 74.0),
        header=lambda n, m: ("Strömsunds kommun", "Delårsrapport 2025"),
        footer=lambda n, m: ("Kommunfullmäktige 2025-10-22", "", f"{n}"),
        header_size=8.5,
    )
    table = Table(
        caption="Nämndernas budgetavvikelse 2025, mkr",
        header=(("Nämnd", "Budget 2025", "Prognos 2025", "Avvikelse"),),
        rows=(
            ("Kommunstyrelsen", "112,5", "111,2", "1,3"),
            ("Barn- och utbildningsnämnden", "246,0", "252,3", "-6,3"),
            ("Socialnämnden", "318,4", "331,7", "-13,3"),
            ("Tekniska nämnden (skattefinansierad)", "41,7", "41,0", "0,7"),
            ("Summa nämnder", "718,6", "736,2", "-17,6"),
        ),
        widths=(190.0, 80.0, 80.0, 80.0),
        bold_rows=frozenset({4}),
        rules=True,
        size=9.5,
    )
    blocks = [
        Title("Delårsrapport januari–augusti 2025", size=20, font="times-bold", after=2),
        Title("Strömsunds kommun", size=13, font="times", after=14),
        H("Förvaltningsberättelse", 1),
        H("Resultat och prognos", 2),
        P(
            "Periodens resultat uppgår till 38,2 mkr, att jämföra med ett periodiserat budgeterat resultat på 22,9 "
            "mkr, en positiv avvikelse på 15,3 mkr.",
            C(None, "15,3 mkr", "+", note="The period: the deviation after two levels."),
        ),
        P(
            "Helårsprognosen är ett resultat på 2,1 mkr, vilket är elva miljoner kronor lägre än budgeterat.",
            C(None, "elva miljoner kronor", "-", value=11e6, note="An amount in words."),
        ),
        P(
            "Nämnderna prognostiserar tillsammans ett underskott på 17,6 mkr, medan skatteintäkter, statsbidrag och "
            "finansiella poster sammantaget beräknas bli 6,6 mkr bättre än budget.",
            C(
                "Nämnderna",
                "17,6 mkr",
                "-",
                note="The result split in one sentence: two items.",
                also=(C("Skatteintäkter, statsbidrag och finansiella poster", "6,6 mkr", "+"),),
            ),
        ),
        P(
            "Jämfört med prognosen per april har helårsprognosen förbättrats med 4,2 mkr, främst genom högre generella "
            "statsbidrag.",
            F(None, "4,2 mkr", "+", "statsbidrag"),
        ),
        table,
        H("Nämndernas avvikelser", 2),
        Para(
            (
                ("Inom socialnämnden är underskottet 13,3 mkr.", C("Socialnämnden", "13,3 mkr", "-")),
                (
                    "Äldreomsorgen och LSS beräknas överskrida budget med 8,1 respektive 3,9 mkr, främst på grund av "
                    "hög sjukfrånvaro och dyra vikarielösningar i äldreomsorgen och två nya beslut om personlig "
                    "assistans där Försäkringskassan har avslagit ansökan om assistansersättning.",
                    C(
                        "Äldreomsorg",
                        "8,1",
                        "-",
                        "sjukfranvaro",
                        "vikarier",
                        unit="mkr",
                        note="A 'respektive' pair with each area's causes in the same sentence: two items, same "
                        "text, each with its own tags.",
                        also=(C("LSS", "3,9 mkr", "-", "ersattning_fk", "volymer"),),
                    ),
                ),
                (
                    "Individ- och familjeomsorgen väntas gå 1,3 mkr back till följd av fler placeringar i familjehem.",
                    C("Individ- och familjeomsorg", "1,3 mkr", "-", "kopt_verksamhet", "volymer"),
                ),
            )
        ),
        P(
            "Barn- och utbildningsnämndens prognos visar ett underskott på 6,3 mkr. Det förklaras av fler barn i "
            "förskolan i Hoting och Strömsund än vad som budgeterats samt ökade kostnader för skolskjuts efter en ny "
            "upphandling.",
            C("Barn- och utbildningsnämnden", "6,3 mkr", "-", "volymer", "prisokningar"),
        ),
        P(
            "Kommunstyrelsens överskott på 1,3 mkr beror på vakanser inom kommunledningsförvaltningen och lägre "
            "kostnader för arvoden till förtroendevalda.",
            C("Kommunstyrelsen", "1,3 mkr", "+", "vakanser", "ovrigt", note="Members' fees are ovrigt."),
        ),
        P(
            "För tekniska nämnden blir utfallet 0,7 mkr bättre än budget, tack vare lägre elpriser för "
            "gatubelysningen.",
            C("Tekniska nämnden", "0,7 mkr", "+", "prisokningar"),
        ),
        H("Skatteintäkter och finansiella poster", 2),
        Para(
            (
                (
                    "Skatteintäkterna beräknas bli 2,9 mkr lägre än budget enligt SKR:s augustiprognos, medan de "
                    "generella statsbidragen och utjämningen blir 5,8 mkr högre.",
                    C(
                        "Skatteintäkter",
                        "2,9 mkr",
                        "-",
                        note="Two finance areas in one sentence: two items, no tags.",
                        also=(C("Generella statsbidrag och utjämning", "5,8 mkr", "+"),),
                    ),
                ),
                (
                    "Finansnettot väntas bli 3,7 mkr bättre än budgeterat.",
                    C("Finansnetto", "3,7 mkr", "+"),
                ),
            )
        ),
        H("Investeringar", 2),
        P(
            "Investeringarna uppgår till 24,6 mkr efter augusti. Helårsprognosen är 51,0 mkr mot en budget på 68,5 "
            "mkr. Avvikelsen beror framför allt på att byggstarten för det nya särskilda boendet i Hammerdal har "
            "flyttats till våren 2026.",
            C(
                "Investeringar",
                "51,0 mkr mot en budget på 68,5 mkr",
                "+",
                "periodisering",
                value=17.5e6,
                note="The under-spend (17,5 mkr) is never written out: the computed value.",
            ),
        ),
        H("Åtgärder", 2),
        P(
            "Kommunstyrelsen har beslutat om anställningsstopp för tjänster som inte är direkt brukarnära och om "
            "restriktivitet med konferenser och resor under resten av året. Åtgärderna beräknas förbättra resultatet "
            "med cirka 3 mkr.",
            A(None, "cirka 3 mkr", "bemanning"),
        ),
        H("Balanskrav", 2),
        P(
            "Balanskravsresultatet beräknas till 1,4 mkr, och kommunen klarar därmed balanskravet för 2025.",
            O(None, note="Balanskrav: other."),
        ),
    ]
    return ReportSpec(
        file="stromsund-ks-delarsrapport-2025-08.pdf",
        report={
            "municipality": "Strömsund",
            "committee": ["Kommunstyrelsen", "Kommunfullmäktige"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={"title": "Delårsrapport 2025 Strömsunds kommun", "author": "Strömsunds kommun"},
        style=style,
        blocks=blocks,
    )
