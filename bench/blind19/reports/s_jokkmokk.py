"""Jokkmokks kommun, Kommunstyrelsen, delårsrapport januari–augusti 2025 (the whole kommun).

A whole-kommun interim report in Liberation Sans Narrow 10 pt, footer with kommunfullmäktige's meeting date
in October: the period's result against the same period last year (other), then against the periodised
budget with its reasons ("en positiv avvikelse på 6,0 mnkr, som i huvudsak beror på"), the full year as
"avvikelsen mot budget blir således −5,6 mnkr" after two levels, one sentence splitting it into the nämnder's
deficit and the finance side's surplus (two items); the balanskrav (other); a nämnd table with the April
column; two columns of paragraphs whose bold run-in lead is the subject of the sentence ("Kommunstyrelsen
redovisar ett överskott mot budget om 1,3 mnkr"), the social committee's "−9,5 mnkr" followed by its two
areas "−5,8 respektive −3,7 mnkr" and their own causes in the next sentence (two items with the same text
and their own tags); the change since the tertial report with a "varav" (one item); investments with a
part (the preschool's 24,5) and a level (48,0) before "understiger budgeten med 14 mnkr", an overrun "2,2
mnkr dyrare än budgeterat"; two actions (one with its effect) and sick leave against last year (other).

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Columns, H, P, PageBreak, ReportSpec, Style, Table, Title

from reports.common import LP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="narrow",
        bold="narrow-bold",
        italic="arial-italic",
        size=10.0,
        leading=1.38,
        para_gap=6.0,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("narrow-bold", "narrow-bold", "narrow-bold"),
        margins=(64.0, 78.0, 64.0, 72.0),
        gutter=20.0,
        header=lambda n, m: ("Jokkmokks kommun", "Delårsrapport januari–augusti 2025"),
        footer=lambda n, m: ("Kommunfullmäktige 2025-10-20", "", f"Sida {n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Nämndernas prognos 2025, mnkr",
        header=(("Nämnd", "Budget", "Prognos", "Avvikelse", "Avvikelse april"),),
        rows=(
            ("Kommunstyrelsen", "96,4", "95,1", "1,3", "0,8"),
            ("Utbildningsnämnden", "118,2", "122,6", "−4,4", "−3,0"),
            ("Socialnämnden", "171,5", "181,0", "−9,5", "−7,2"),
            ("Miljö- och byggnadsnämnden", "4,1", "4,4", "−0,3", "0,0"),
            ("Summa nämnder", "390,2", "403,1", "−12,9", "−9,4"),
        ),
        widths=(160.0, 66.0, 66.0, 66.0, 80.0),
        bold_rows=frozenset({4}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Delårsrapport januari–augusti 2025", size=20, font="narrow-bold", after=2),
        Title("Jokkmokks kommun", size=13, font="narrow", after=14),
        H("Förvaltningsberättelse", 1),
        H("Resultat", 2),
        P(
            "Periodens resultat blev 18,3 mnkr, en förbättring jämfört med motsvarande period 2024 då resultatet "
            "var 9,7 mnkr.",
            O(None, note="The period against the same period last year: other."),
        ),
        P(
            "Mot budget för perioden innebär det en positiv avvikelse på 6,0 mnkr, som i huvudsak beror på att "
            "löneökningarna inom Kommunals avtalsområde ännu inte är klara och att flera underhållsarbeten utförs "
            "under hösten.",
            C(None, "6,0 mnkr", "+", "lonekostnader", "periodisering"),
        ),
        P(
            "För helåret prognostiseras ett resultat på 2,4 mnkr. Budgeterat resultat är 8,0 mnkr, och avvikelsen "
            "mot budget blir således −5,6 mnkr.",
            C(None, "−5,6 mnkr", "-", note="The levels 2,4 and 8,0 are not the amount."),
        ),
        P(
            "Bakom helårsavvikelsen ligger ett sammantaget underskott i nämnderna på 12,9 mnkr, medan "
            "skatteintäkter, generella statsbidrag och finansnetto ger ett överskott på 7,3 mnkr.",
            C(
                "Nämnderna",
                "12,9 mnkr",
                "-",
                note="Two parts with their own amounts in one sentence: two items.",
                also=(
                    C(
                        "Skatteintäkter, generella statsbidrag och finansnetto",
                        "7,3 mnkr",
                        "+",
                        note="A finance item: no cause tag.",
                    ),
                ),
            ),
        ),
        H("Balanskravsresultat", 2),
        P(
            "Efter avdrag för realisationsvinsten vid försäljningen av fastigheten Kyrkostaden 4:2 beräknas "
            "balanskravsresultatet till 1,1 mnkr. Kommunen uppfyller därmed balanskravet.",
            O(None, note="Balanskrav: other."),
        ),
        table,
        H("Nämndernas ekonomi", 2),
        Columns(2),
        LP(
            "Kommunstyrelsen",
            "redovisar ett överskott mot budget om 1,3 mnkr. Vakanser inom näringslivsenheten och färre "
            "färdtjänstresor än beräknat förklarar överskottet, som delvis äts upp av höjda försäkringspremier.",
            C(
                "Kommunstyrelsen",
                "1,3 mnkr",
                "+",
                "vakanser",
                "volymer",
                "prisokningar",
                note="The bold run-in lead is the subject of the sentence and part of the item.",
            ),
        ),
        LP(
            "Utbildningsnämnden",
            "prognostiserar en negativ avvikelse på 4,4 mnkr. Antalet nyanlända elever i grundskolan har ökat, "
            "samtidigt som statsbidraget för mottagande av nyanlända har sänkts. Gymnasieskolans kostnader för "
            "elever som studerar i Luleå och Boden är också högre än budgeterat.",
            C("Utbildningsnämnden", "4,4 mnkr", "-", "volymer", "statsbidrag", "kopt_verksamhet"),
        ),
        LP(
            "Socialnämnden",
            "har den största avvikelsen, −9,5 mnkr.",
            C("Socialnämnden", "−9,5 mnkr", "-", note="The causes are given per area in the next sentences."),
            (
                "Äldreomsorgen och individ- och familjeomsorgen står för −5,8 respektive −3,7 mnkr. Inom "
                "äldreomsorgen är hyrsjuksköterskor och höga sjuklönekostnader de främsta orsakerna, inom IFO är "
                "det institutionsplaceringar av ungdomar.",
                C(
                    "Äldreomsorgen",
                    "−5,8",
                    "-",
                    "inhyrd_personal",
                    "sjukfranvaro",
                    unit="mnkr",
                    note="A 'respektive' pair with each area's own causes in the next sentence: two items with the "
                    "same text and their own tags.",
                    also=(C("Individ- och familjeomsorgen", "−3,7 mnkr", "-", "kopt_verksamhet"),),
                ),
            ),
        ),
        LP(
            "Miljö- och byggnadsnämnden",
            "väntas överskrida budget med 0,3 mnkr till följd av lägre intäkter från livsmedelskontrollen, då två "
            "restauranger i centrala Jokkmokk har stängt.",
            C("Miljö- och byggnadsnämnden", "0,3 mnkr", "-", "avgifter_intakter"),
        ),
        PageBreak(),
        Columns(1),
        H("Prognosförändring", 2),
        P(
            "Jämfört med tertialrapporten har nämndernas prognos försämrats med 3,5 mnkr, varav socialnämnden 2,3 "
            "mnkr och utbildningsnämnden 1,4 mnkr.",
            F("Nämnderna", "3,5 mnkr", "-", note="A 'varav' split: one item with the total."),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsbudgeten för 2025 är 62,0 mnkr, varav 24,5 mnkr avser den nya förskolan i Porjus. Hittills "
            "har 21,7 mnkr investerats och helårsprognosen är 48,0 mnkr. Att prognosen understiger budgeten med 14 "
            "mnkr beror på att byggstarten för förskolan har försenats av överklaganden av detaljplanen.",
            C(
                "Investeringar",
                "14 mnkr",
                "+",
                "periodisering",
                note="The preschool's 24,5 is a part, 48,0 the forecast level.",
            ),
        ),
        P(
            "Reservkraftaggregatet vid värmeverket har däremot blivit 2,2 mnkr dyrare än budgeterat, eftersom "
            "leveransen krävde ett förstärkt fundament.",
            C("Reservkraftaggregatet vid värmeverket", "2,2 mnkr", "-", "ovrigt"),
        ),
        H("Åtgärder", 2),
        PS(
            (
                "Kommunstyrelsen har gett socialnämnden och utbildningsnämnden i uppdrag att ta fram åtgärdsplaner "
                "som ska redovisas i november.",
                A(None),
            ),
            (
                "Socialnämnden har redan beslutat att säga upp avtalet med bemanningsföretaget för sjuksköterskor "
                "till årsskiftet, vilket beräknas minska kostnaderna med 2,5 mnkr på årsbasis.",
                A("Socialnämnden", "2,5 mnkr", "inhyrd_personal"),
            ),
        ),
        H("Personal", 2),
        P(
            "Sjukfrånvaron har ökat till 7,4 procent jämfört med 6,6 procent för samma period i fjol.",
            O(None, "sjukfranvaro", note="Sick leave against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="jokkmokk-ks-delarsrapport-2025-08.pdf",
        report={
            "municipality": "Jokkmokk",
            "committee": ["Kommunstyrelsen", "Kommunfullmäktige"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={"title": "Delårsrapport januari–augusti 2025", "author": "Jokkmokks kommun"},
        style=style,
        blocks=blocks,
    )
