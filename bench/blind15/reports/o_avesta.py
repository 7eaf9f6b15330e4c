"""Avesta kommun, Kommunstyrelsen, månadsrapport maj 2026 (the whole kommun, its committees called "styrelser").

A whole-kommun month report whose amounts carry last month's deviation in brackets after them ("4,3 mkr
sämre än den periodiserade budgeten (−3,0)", a reading note says so): the period first, for the styrelser
together ("Styrelserna"), for two styrelser as a "respektive" pair with brackets, for taxes and the finance
net and for the whole kommun ("Enligt budget borde resultatet ha varit 44,2 mkr …, vilket ger en negativ
avvikelse på 5,6 mkr"); then the full year: the styrelser "överskrida sina ramar med 12,4 mkr" with the change
since April in the next sentence (a forecast change), taxes and pensions in one sentence, and the kommun's
result "21,3 mkr, att jämföra med budgeterade 36,9 mkr" (15,6 mkr never written out) followed by the
financial goal (other). Per styrelse: a prognosis "på +1,8 mkr (+1,5)" with two reasons, a sub-unit's
deficit inside it with an action, a heading that carries the amount ("Omsorgsstyrelsen −9,6 mkr") with a
count that is not the amount (14 to 21 placements), a "respektive" pair of sub-areas with their reasons in
the next sentence, a sub-area surplus, a styrelse that "bedöms klara sin budget" (boilerplate); investments
where the budget and the spend so far are levels and "de 23 mkr som inte beräknas förbrukas" is the
amount; sick leave against last year (other). A result table per styrelse (not labelled). Liberation Sans
(Arial metrics) 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, Para, ReportSpec, Style, Table, Title

from reports.common import BP, HP, A, C, F, O

BRACKET = "The figure in brackets is last month's deviation, not the amount."


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=9.5,
        leading=1.38,
        para_gap=6.0,
        heading_sizes=(14.0, 11.5, 10.0),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(64.0, 76.0, 64.0, 72.0),
        header=lambda n, m: ("AVESTA KOMMUN", "EKONOMI"),
        footer=lambda n, m: ("Månadsrapport maj 2026", "", f"Sida {n} av {m}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Driftredovisning per styrelse, mkr",
        header=(
            ("Styrelse", "Budget", "Utfall", "Avvikelse", "Prognos", "Prognos"),
            ("", "2026", "jan–maj", "perioden", "avvikelse maj", "avvikelse april"),
        ),
        rows=(
            ("Kommunstyrelsen", "182,4", "73,9", "+2,1", "+1,8", "+1,5"),
            ("Omsorgsstyrelsen", "612,0", "258,9", "−3,9", "−9,6", "−8,4"),
            ("Bildningsstyrelsen", "498,6", "210,6", "−2,9", "−4,6", "−3,6"),
            ("Miljö- och byggnadsnämnden", "6,8", "2,4", "+0,4", "0,0", "0,0"),
            ("Summa styrelser", "1 299,8", "545,8", "−4,3", "−12,4", "−10,5"),
        ),
        widths=(146.0, 56.0, 56.0, 62.0, 76.0, 76.0),
        bold_rows=frozenset({4}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Månadsrapport", size=22, font="arial-bold", after=0),
        Title("Maj 2026", size=16, font="arial", after=14),
        H("Ekonomi", 1),
        P(
            "Månadsrapporten omfattar kommunens driftredovisning till och med den 31 maj, styrelsernas "
            "helårsprognoser och investeringarna. Personalnyckeltalen avser januari–maj."
        ),
        H("Driftredovisning – perioden", 2),
        P(
            "Värdet inom parentes efter ett belopp är motsvarande avvikelse i föregående månadsrapport.",
            size=8.5,
        ),
        Para(
            (
                (
                    "Efter maj månad uppvisar styrelserna sammantaget ett ekonomiskt utfall som är 4,3 mkr sämre än "
                    "den periodiserade budgeten (−3,0).",
                    C(
                        "Styrelserna",
                        "4,3 mkr",
                        "-",
                        note="The styrelser together, for the period. " + BRACKET,
                    ),
                ),
                (
                    "Omsorgsstyrelsen och Bildningsstyrelsen har underskott mot periodbudgeten på 3,9 mkr (−3,1) "
                    "respektive 2,9 mkr (−2,2).",
                    C(
                        "Omsorgsstyrelsen",
                        "3,9 mkr",
                        "-",
                        note="A 'respektive' pair for the period: two items, same text. " + BRACKET,
                        also=(C("Bildningsstyrelsen", "2,9 mkr", "-"),),
                    ),
                ),
            )
        ),
        H("Finansiering", 3),
        Para(
            (
                (
                    "Skatteintäkter och generella statsbidrag ligger 1,6 mkr under budget för perioden (−1,2), som "
                    "en följd av att SKR i april sänkte sin prognos för skatteunderlaget.",
                    C(
                        "Skatteintäkter och generella statsbidrag",
                        "1,6 mkr",
                        "-",
                        note="A finance item: no tag. " + BRACKET,
                    ),
                ),
                (
                    "Finansnettot är 0,3 mkr bättre än budget (+0,2).",
                    C("Finansnetto", "0,3 mkr", "+", note=BRACKET),
                ),
            )
        ),
        H("Kommunen", 3),
        P(
            "Kommunens resultat efter maj uppgår till 38,6 mkr. Enligt budget borde resultatet ha varit 44,2 mkr vid "
            "denna tidpunkt, vilket ger en negativ avvikelse på 5,6 mkr.",
            C(None, "5,6 mkr", "-", note="The whole kommun for the period; 38,6 and 44,2 are levels."),
        ),
        table,
        H("Årsprognos", 2),
        Para(
            (
                (
                    "För helåret beräknas styrelserna sammantaget överskrida sina ramar med 12,4 mkr.",
                    C(
                        "Styrelserna",
                        "12,4 mkr",
                        "-",
                        note="The styrelser's full year, a sentence of its own.",
                    ),
                ),
                (
                    "Det är 1,9 mkr mer än i aprilrapporten, och försämringen finns inom Omsorgsstyrelsen och "
                    "Bildningsstyrelsen.",
                    F("Styrelserna", "1,9 mkr", "-"),
                ),
            )
        ),
        P(
            "Skatteintäkter och generella statsbidrag beräknas bli 5,2 mkr lägre än budgeterat, medan "
            "pensionskostnaderna väntas stanna 2,0 mkr under budget.",
            C(
                "Skatteintäkter och generella statsbidrag",
                "5,2 mkr",
                "-",
                note="Two finance areas in one sentence: two items, same text, no tags.",
                also=(C("Pensionskostnader", "2,0 mkr", "+"),),
            ),
        ),
        Para(
            (
                (
                    "Sammantaget pekar prognosen på ett resultat för 2026 på 21,3 mkr, att jämföra med budgeterade "
                    "36,9 mkr.",
                    C(
                        None,
                        "21,3 mkr, att jämföra med budgeterade 36,9 mkr",
                        "-",
                        value=15_600_000,
                        note="The kommun's full year: 15,6 mkr never written out, the computed value.",
                    ),
                ),
                (
                    "Resultatet motsvarar 1,3 procent av skatter och generella statsbidrag, vilket understiger det "
                    "finansiella målet på 2,0 procent.",
                    O(None, note="The financial goal: other."),
                ),
            )
        ),
        H("Styrelsernas kommentarer", 2),
        H("Kommunstyrelsen", 3),
        P(
            "Kommunstyrelsens årsprognos på +1,8 mkr (+1,5) förklaras i huvudsak av lägre kapitaltjänstkostnader, "
            "eftersom flera investeringar färdigställs senare än planerat, och av vakanta tjänster inom "
            "kommunledningsförvaltningen.",
            C(
                "Kommunstyrelsen",
                "+1,8 mkr",
                "+",
                "periodisering",
                "vakanser",
                note="Later completion of investments lowers capital costs: timing. " + BRACKET,
            ),
        ),
        Para(
            (
                (
                    "Inom kommunstyrelsen prognostiserar tekniskt utskott ett underskott på 1,1 mkr, som helt "
                    "hänförs till vinterväghållningen under årets första månader.",
                    C(
                        "Tekniskt utskott",
                        "1,1 mkr",
                        "-",
                        "ovrigt",
                        note="A sub-unit's deficit inside the styrelse's section: its own item; snow is ovrigt.",
                    ),
                ),
                (
                    "Utskottet har därför beslutat att minska sommarunderhållet av grusvägar, vilket väntas sänka "
                    "kostnaderna med 0,4 mkr.",
                    A("Tekniskt utskott", "0,4 mkr"),
                ),
            )
        ),
        HP(
            "Omsorgsstyrelsen −9,6 mkr",
            "Huvuddelen av underskottet finns inom individ- och familjeomsorgen, där antalet externa placeringar av "
            "barn och unga har ökat från 14 till 21 sedan årsskiftet.",
            C(
                "Omsorgsstyrelsen",
                "−9,6 mkr",
                "-",
                "kopt_verksamhet",
                "volymer",
                note="The heading carries the amount; 14 and 21 are counts.",
            ),
        ),
        P(
            "Försörjningsstödet och hemtjänsten beräknas överskrida budget med 2,4 mkr respektive 1,7 mkr. I "
            "genomsnitt har 31 fler hushåll per månad fått försörjningsstöd än under 2025, och antalet beviljade "
            "hemtjänsttimmar har ökat med sex procent.",
            C(
                "Försörjningsstöd",
                "2,4 mkr",
                "-",
                "ekonomiskt_bistand",
                "volymer",
                note="A 'respektive' pair of sub-areas with each one's reason in the next sentence: two items, same "
                "text, each with its own tags.",
                also=(C("Hemtjänst", "1,7 mkr", "-", "volymer"),),
            ),
        ),
        H("Bildningsstyrelsen", 3),
        P(
            "Bildningsstyrelsen prognostiserar ett underskott på 4,6 mkr (−3,6). Fler gymnasieelever än budgeterat "
            "går i andra kommuners skolor, vilket ökar kostnaderna för interkommunala ersättningar, och statsbidraget "
            "för lärares karriärtjänster har sänkts.",
            C(
                "Bildningsstyrelsen",
                "4,6 mkr",
                "-",
                "kopt_verksamhet",
                "volymer",
                "statsbidrag",
                note=BRACKET,
            ),
        ),
        P(
            "Förskoleverksamheten gör däremot ett överskott på 1,0 mkr, då barnantalet är lägre än planerat.",
            C("Förskola", "1,0 mkr", "+", "volymer", note="A sub-area surplus in a paragraph of its own."),
        ),
        H("Miljö- och byggnadsnämnden", 3),
        P("Nämnden bedöms klara sin budget för helåret.", BP("Miljö- och byggnadsnämnden")),
        H("Investeringar", 2),
        P(
            "Investeringsbudgeten för 2026 uppgår till 94 mkr. Efter maj har 27 mkr förbrukats. Helårsprognosen är "
            "71 mkr, och de 23 mkr som inte beräknas förbrukas avser främst ombyggnaden av badhuset, som skjuts "
            "till 2027.",
            C(
                "Investeringar",
                "23 mkr",
                "+",
                "periodisering",
                note="Budget, spend so far and forecast are levels; the unspent 23 mkr is the deviation.",
            ),
        ),
        H("Personal", 2),
        P(
            "Sjukfrånvaron var 7,9 procent för januari–maj, jämfört med 8,4 procent för samma period 2025.",
            O(None, "sjukfranvaro", note="Sick leave against the previous year."),
        ),
    ]
    return ReportSpec(
        file="avesta-ks-manadsrapport-2026-05.pdf",
        report={
            "municipality": "Avesta",
            "committee": ["Kommunstyrelsen"],
            "period": ["2026-05"],
            "report_type": "månadsrapport",
        },
        metadata={"title": "Månadsrapport maj 2026", "author": "Avesta kommun"},
        style=style,
        blocks=blocks,
    )
