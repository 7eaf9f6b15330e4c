"""Älvdalens kommun, Kommunstyrelsen, delårsrapport januari–augusti 2025 (the whole kommun).

A whole-kommun interim report in "mkr" with en-dash minus signs, whose footer carries the fullmäktige's
adoption date in October: the period "8,9 mkr bättre än periodens budget" with its reasons in the same
sentence, the full year as a result against the budgeted result ("en negativ avvikelse med 10,8 mkr"), one
sentence splitting it into the nämnder's "–17,4 mkr" and the finance function's "6,6 mkr" (two items), the
change since April with its cause; a nämnd table; then bullets under a generic heading
("Ekonomiavdelningens sammanfattning per nämnd") in varied shapes ("redovisar det största underskottet,
11,4 mkr", "Barn- och utbildningsnämnden: budgeten överskrids med 5,2 mkr", "För Tekniska nämnden blir
vinterväghållningen dyrare … sammanlagt 1,4 mkr", a possessive "Miljö- och byggnadsnämndens", "lämnar ett
överskott om 1,3 mkr", "följer sin budget"); tax revenue and the finance net in one sentence (two items, no
tags); investments "22,5 mkr återstå" and a project "2,3 mkr dyrare än projektbudgeten"; an action with its
effect, the balanskrav and a goal not met with "beror på", and a risk (others). 13 scored causes. Liberation
Sans (Arial metrics) 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Bullets, H, P, ReportSpec, Space, Style, Table, Title

from reports.common import BP, A, C, F, O

NO_TAG = "A finance item: no cause tag."


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=10.0,
        leading=1.36,
        para_gap=6.0,
        heading_sizes=(15.0, 12.0, 10.5),
        margins=(66.0, 76.0, 66.0, 74.0),
        header=lambda n, m: ("Älvdalens kommun", "Delårsrapport januari–augusti 2025"),
        footer=lambda n, m: ("Antagen av kommunfullmäktige 2025-10-27", "", str(n)),
        header_size=8.0,
        rule_under_header=True,
    )
    committees = Table(
        caption="Driftredovisning per nämnd, helår 2025 (mkr)",
        header=(("Nämnd", "Budget helår", "Prognos helår", "Avvikelse"),),
        rows=(
            ("Kommunstyrelsen", "98,4", "97,1", "1,3"),
            ("Barn- och utbildningsnämnden", "214,6", "219,8", "–5,2"),
            ("Socialnämnden", "251,3", "262,7", "–11,4"),
            ("Tekniska nämnden", "41,0", "42,4", "–1,4"),
            ("Miljö- och byggnadsnämnden", "6,2", "6,9", "–0,7"),
            ("Revisionen", "1,6", "1,6", "0,0"),
            ("Summa nämnder", "613,1", "630,5", "–17,4"),
        ),
        widths=(190.0, 80.0, 80.0, 80.0),
        bold_rows=frozenset({6}),
        rules=True,
        shade=(0.86, 0.9, 0.95),
        size=8.5,
    )
    blocks = [
        Title("Delårsrapport 2025", size=22, font="arial-bold"),
        Title("Perioden 1 januari – 31 augusti 2025", size=12, font="arial-italic", after=14),
        H("Förvaltningsberättelse", 1),
        P(
            "Delårsrapporten omfattar kommunens verksamhet under årets första åtta månader och innehåller en "
            "prognos för helåret. Rapporten har upprättats av ekonomiavdelningen utifrån nämndernas "
            "uppföljningar."
        ),
        H("Resultat och prognos", 2),
        P(
            "Kommunens resultat för perioden uppgår till 31,7 mkr. Det är 8,9 mkr bättre än periodens budget, "
            "främst eftersom semesterlöneskulden minskar under sommarmånaderna och flera riktade statsbidrag har "
            "betalats ut tidigare än beräknat.",
            C(
                None,
                "8,9 mkr",
                "+",
                "lonekostnader",
                "statsbidrag",
                "periodisering",
                note="The period against the period's budget, with its reasons.",
            ),
        ),
        P(
            "För helåret prognostiseras ett resultat på 4,2 mkr mot budgeterade 15,0 mkr, en negativ avvikelse "
            "med 10,8 mkr.",
            C(None, "10,8 mkr", "-", note="The full year's result against the budgeted result."),
        ),
        P(
            "Nämndernas sammanlagda avvikelse är –17,4 mkr, medan finansförvaltningen och de centrala posterna "
            "förbättrar resultatet med 6,6 mkr.",
            C(
                "Nämnderna",
                "–17,4 mkr",
                "-",
                note="Two parts with their own amounts in one sentence: two items.",
                also=(C("Finansförvaltningen", "6,6 mkr", "+", note=NO_TAG),),
            ),
        ),
        P(
            "Prognosen är 3,1 mkr sämre än i aprilrapporten, vilket till största delen förklaras av ökade "
            "kostnader för placeringar av barn och unga.",
            F(None, "3,1 mkr", "-", "kopt_verksamhet"),
        ),
        committees,
        Space(10),
        H("Ekonomiavdelningens sammanfattning per nämnd", 2),
        Bullets(
            (
                "Socialnämnden redovisar det största underskottet, 11,4 mkr. Institutionsplaceringar av barn och "
                "unga har ökat kraftigt under sommaren och försörjningsstödet ligger över budget.",
                "Barn- och utbildningsnämnden: budgeten överskrids med 5,2 mkr, då fler elever än beräknat går i "
                "gymnasieskola i andra kommuner och de interkommunala ersättningarna därmed ökar.",
                "För Tekniska nämnden blir vinterväghållningen dyrare än budgeterat efter de snörika månaderna i "
                "början av året, sammanlagt 1,4 mkr.",
                "Miljö- och byggnadsnämndens intäkter från bygglov i fjällområdet har minskat, vilket ger ett "
                "underskott på 0,7 mkr.",
                "Kommunstyrelsen lämnar ett överskott om 1,3 mkr tack vare vakanta tjänster inom "
                "kommunledningsförvaltningen.",
                "Revisionen följer sin budget.",
            ),
            labels=(
                C("Socialnämnden", "11,4 mkr", "-", "kopt_verksamhet", "ekonomiskt_bistand", "volymer"),
                C(
                    "Barn- och utbildningsnämnden",
                    "5,2 mkr",
                    "-",
                    "volymer",
                    "kopt_verksamhet",
                    note="Pupils in other kommuners' schools: kopt_verksamhet.",
                ),
                C(
                    "Tekniska nämnden",
                    "1,4 mkr",
                    "-",
                    "ovrigt",
                    note="The area after 'För'; snow is ovrigt.",
                ),
                C(
                    "Miljö- och byggnadsnämnden",
                    "0,7 mkr",
                    "-",
                    "avgifter_intakter",
                    note="A possessive area.",
                ),
                C("Kommunstyrelsen", "1,3 mkr", "+", "vakanser"),
                BP("Revisionen"),
            ),
        ),
        H("Finansförvaltningen", 2),
        P(
            "Skatteintäkter och generella statsbidrag beräknas ge 4,9 mkr mer än budgeterat, och finansnettot blir "
            "1,7 mkr bättre än beräknat tack vare lägre räntor på kommunens lån.",
            C(
                "Skatteintäkter och generella statsbidrag",
                "4,9 mkr",
                "+",
                note=NO_TAG + " Two areas with their own amounts in one sentence: two items.",
                also=(C("Finansnetto", "1,7 mkr", "+", note=NO_TAG),),
            ),
        ),
        H("Investeringar", 2),
        P(
            "Av investeringsbudgeten på 64,0 mkr beräknas 22,5 mkr återstå vid årets slut, främst eftersom "
            "ombyggnaden av skolan i Västermyckeläng har skjutits till 2026.",
            C("Investeringar", "22,5 mkr", "+", "periodisering", note="Investment under-spending."),
        ),
        P(
            "Den nya reservvattentäkten i Särna blir däremot 2,3 mkr dyrare än projektbudgeten till följd av "
            "högre entreprenadpriser.",
            C("Reservvattentäkt Särna", "2,3 mkr", "-", "prisokningar", note="Investment overrun."),
        ),
        H("Åtgärder", 2),
        PS(
            (
                "Nämnder med underskott har fått i uppdrag att redovisa åtgärder till kommunstyrelsen i oktober.",
                None,
            ),
            (
                "Socialnämnden har tagit fram en handlingsplan med målet att minska kostnaderna för externa "
                "placeringar med 2,0 mkr under hösten.",
                A("Socialnämnden", "2,0 mkr", "kopt_verksamhet"),
            ),
        ),
        H("Balanskrav och finansiella mål", 2),
        P(
            "Balanskravsresultatet beräknas till 3,8 mkr efter avdrag för realisationsvinster. Kommunen klarar "
            "därmed balanskravet men inte det finansiella målet om ett resultat på 2 procent av skatter och "
            "bidrag, vilket beror på nämndernas underskott.",
            O(None, note="Balanskrav and a financial goal with 'beror på': other."),
        ),
        H("Risker", 2),
        P(
            "Skatteunderlagsprognosen från augusti är osäker, och en svagare konjunktur kan minska "
            "skatteintäkterna med upp till 2 mkr jämfört med prognosen.",
            O(None, note="A risk."),
        ),
    ]
    return ReportSpec(
        file="alvdalen-ks-delarsrapport-2025-08.pdf",
        report={
            "municipality": "Älvdalen",
            "committee": ["Kommunstyrelsen", "Kommunfullmäktige"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={"title": "Delårsrapport januari–augusti 2025", "author": "Älvdalens kommun"},
        style=style,
        blocks=blocks,
    )
