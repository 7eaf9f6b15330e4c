"""Borlänge kommun, Kommunstyrelsen, årsredovisning 2025: the förvaltningsberättelse's economic analysis.

A whole-year bokslut for the whole kommun: the result against the budgeted result, an unbudgeted
one-off gain, skatteintäkter and generella statsbidrag each against budget, finansnetto and pensions,
the nämnder's total with the delårsprognos in brackets and the change since then (forecast change), a
table per nämnd with a bullet per nämnd (one "i nivå med budget", boilerplate), balanskrav and
resultatutjämningsreserv (other), an investment outcome under budget; financial goals, an
introduction and a method note are left unlabelled. Liberation Serif (Times) with bold headings.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import Bullets, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=10.5,
        leading=1.35,
        para_gap=6.5,
        heading_sizes=(15.0, 12.5, 11.0),
        heading_fonts=("times-bold", "times-bold", "times-bold"),
        margins=(72.0, 72.0, 72.0, 72.0),
        header=lambda n, m: ("Borlänge kommun", "Årsredovisning 2025"),
        footer=lambda n, m: ("", "", f"{n + 11}"),
    )
    committees = Table(
        caption="Driftredovisning per nämnd 2025, mnkr (positiv avvikelse = överskott)",
        header=(("Nämnd", "Budget", "Utfall", "Avvikelse", "Delårsprognos"),),
        rows=(
            ("Kommunstyrelsen", "248,7", "240,1", "8,6", "4,3"),
            ("Bildningsnämnden", "1 402,5", "1 409,8", "−7,3", "−9,0"),
            ("Omsorgsnämnden", "1 186,0", "1 189,9", "−3,9", "−4,4"),
            ("Socialnämnden", "402,3", "398,1", "4,2", "−0,5"),
            ("Samhällsbyggnadsnämnden", "96,4", "93,6", "2,8", "2,0"),
            ("Kultur- och fritidsnämnden", "141,2", "141,2", "0,0", "0,0"),
            ("Överförmyndarnämnden", "9,6", "9,8", "−0,2", "−0,3"),
            ("Revisionen", "3,4", "3,0", "0,4", "0,0"),
            ("Summa nämnder", "3 490,1", "3 485,5", "4,6", "−7,9"),
        ),
        widths=(170.0, 62.0, 62.0, 62.0, 82.0),
        bold_rows=frozenset({8}),
        rules=True,
        size=9.5,
    )
    blocks = [
        Title("Ekonomisk analys", size=20, font="times-bold"),
        Title("Förvaltningsberättelse – Årsredovisning 2025", size=12, font="times-italic", after=14),
        P(
            "Avsnittet beskriver kommunens ekonomiska resultat och ställning för 2025. Uppgifterna avser "
            "kommunen som juridisk person; de kommunala bolagen redovisas i avsnittet om den sammanställda "
            "redovisningen."
        ),
        H("Årets resultat", 2),
        P(
            "Borlänge kommun redovisar för 2025 ett resultat på 96,4 mnkr. Budgeterat resultat var 77,2 "
            "mnkr, vilket innebär att resultatet blev 19,2 mnkr bättre än budget.",
            C(None, "19,2 mnkr", "+", note="The kommun's whole-year result against the budgeted result."),
        ),
        P(
            "I resultatet ingår ej budgeterade realisationsvinster på 12,8 mnkr från försäljning av tomtmark "
            "i Tjärnaområdet, en engångspost som inte väntas återkomma.",
            C(
                "Realisationsvinster",
                "12,8 mnkr",
                "+",
                "periodisering",
                note="Unbudgeted gains: a deviation from budget; a one-off item (engångspost).",
            ),
        ),
        P(
            "Kommunfullmäktiges finansiella mål är att resultatet ska uppgå till minst 2,0 procent av "
            "skatteintäkter och generella statsbidrag. Årets resultat motsvarar 2,6 procent och målet är "
            "därmed uppfyllt."
        ),
        H("Balanskravsresultat", 2),
        P(
            "Efter avdrag för realisationsvinsterna uppgår balanskravsresultatet till 83,6 mnkr. Kommunen har "
            "inga underskott från tidigare år att återställa, och 20,0 mnkr föreslås reserveras i "
            "resultatutjämningsreserven, som därefter uppgår till 118,0 mnkr.",
            O(
                None,
                "reserver",
                amount="83,6 mnkr",
                note="Balanskrav and the resultatutjämningsreserv (equity): other.",
            ),
        ),
        H("Skatteintäkter och generella statsbidrag", 2),
        P(
            "Skatteintäkterna blev 3 409,2 mnkr, vilket är 18,7 mnkr lägre än budget. Slutavräkningen för "
            "2025 blev negativ eftersom skatteunderlaget växte långsammare än vad SKR räknade med när "
            "budgeten fastställdes.",
            C(
                "Skatteintäkter",
                "18,7 mnkr",
                "-",
                "ovrigt",
                note="Slower growth of the tax base: no tag fits, ovrigt.",
            ),
        ),
        P(
            "Generella statsbidrag och utjämning överstiger budget med 24,1 mnkr. Det extra generella "
            "statsbidrag som riksdagen beslutade om i höstas fanns inte med när budgeten antogs.",
            C("Generella statsbidrag och utjämning", "24,1 mnkr", "+", "statsbidrag"),
        ),
        H("Finansnetto och pensioner", 2),
        P(
            "Finansnettot blev 6,2 mnkr bättre än budgeterat. Räntekostnaderna för kommunens lån sjönk när "
            "styrräntan sänktes under våren, samtidigt som borgensavgifterna från de kommunala bolagen ökade.",
            C(
                "Finansnetto",
                "6,2 mnkr",
                "+",
                "avgifter_intakter",
                "ovrigt",
                note="Lower interest rates (ovrigt) and higher guarantee fees (avgifter_intakter).",
            ),
        ),
        P(
            "Pensionskostnaderna inklusive löneskatt blev 9,8 mnkr högre än budget, till följd av högre "
            "löneökningar än antaget, vilket räknar upp pensionsskulden.",
            C("Pensionskostnader", "9,8 mnkr", "-", "lonekostnader"),
        ),
        H("Nämndernas resultat", 2),
        P(
            "Nämnderna redovisar sammantaget ett överskott mot budget på 4,6 mnkr (delårsprognos −7,9 mnkr).",
            C("Nämnderna", "4,6 mnkr", "+", note="The bracket is the delårsprognos, not the amount."),
        ),
        P(
            "Jämfört med prognosen i delårsrapporten har nämndernas resultat förbättrats med 12,5 mnkr, "
            "främst genom lägre kostnader för försörjningsstöd och fler vakanta tjänster under hösten.",
            F("Nämnderna", "12,5 mnkr", "+", "ekonomiskt_bistand", "vakanser"),
        ),
        committees,
        P("Kommentarer till nämndernas avvikelser:"),
        Bullets(
            (
                "Kommunstyrelsen +8,6 mnkr: vakanta tjänster inom kommunledningsförvaltningen och lägre "
                "kostnader för IT-driften efter ett omförhandlat avtal.",
                "Bildningsnämnden −7,3 mnkr: fler elever i grundskolan än budgeterat och högre kostnader för "
                "gymnasieelever som studerar i andra kommuner.",
                "Omsorgsnämnden −3,9 mnkr: fler hemtjänsttimmar under hösten samt vikarier och övertid till "
                "följd av hög sjukfrånvaro.",
                "Socialnämnden +4,2 mnkr: minskat försörjningsstöd under andra halvåret och färre placeringar "
                "av barn och unga på HVB.",
                "Samhällsbyggnadsnämnden +2,8 mnkr: högre intäkter från bygglov och planavgifter.",
                "Kultur- och fritidsnämnden: resultatet är i nivå med budget.",
            ),
            labels=(
                C("Kommunstyrelsen", "+8,6 mnkr", "+", "vakanser", "it_digitalisering"),
                C("Bildningsnämnden", "−7,3 mnkr", "-", "volymer", "kopt_verksamhet"),
                C("Omsorgsnämnden", "−3,9 mnkr", "-", "volymer", "vikarier", "overtid", "sjukfranvaro"),
                C("Socialnämnden", "+4,2 mnkr", "+", "ekonomiskt_bistand", "kopt_verksamhet", "volymer"),
                C("Samhällsbyggnadsnämnden", "+2,8 mnkr", "+", "avgifter_intakter"),
                BP("Kultur- och fritidsnämnden"),
            ),
            glyph="–",
        ),
        P(
            "Nämndernas verksamhetsberättelser med måluppfyllelse och nyckeltal redovisas i sin helhet i "
            "bilaga 2."
        ),
        H("Investeringar", 2),
        P(
            "Nettoinvesteringarna uppgick till 312 mnkr mot en budget på 418 mnkr. Avvikelsen på 106 mnkr beror "
            "framför allt på att byggstarten för den nya skolan i Kvarnsveden försenades sedan detaljplanen "
            "överklagats.",
            C(
                "Investeringar",
                "106 mnkr",
                "+",
                "periodisering",
                note="Investment outcome under the investment budget; delayed start (periodisering).",
            ),
        ),
        P(
            "Självfinansieringsgraden av investeringarna blev 71 procent. Målet att investeringarna ska "
            "finansieras med egna medel till minst 60 procent är därmed uppnått."
        ),
    ]
    return ReportSpec(
        file="borlange-ks-arsredovisning-2025.pdf",
        report={
            "municipality": "Borlänge",
            "committee": ["Kommunstyrelsen"],
            "period": ["2025", "2025-12"],
            "report_type": "årsredovisning",
        },
        metadata={"title": "Årsredovisning 2025 – Ekonomisk analys", "author": "Borlänge kommun"},
        style=style,
        blocks=blocks,
    )
