"""Norrtälje kommun, Kommunstyrelsen, delårsrapport januari–augusti 2025 (the whole kommun).

A whole-kommun interim report with a footer carrying the kommunstyrelse's meeting date in October: a
narrative (not labelled), the period result and the full-year result "lägre än budgeterat resultat" (the
deviation is the amount), tax revenue over budget from a settlement (no tag), the nämnder's total with
April's figure in brackets (not the amount); a table per nämnd in mnkr whose negative numbers are in
brackets ("(26,7)"), as the caption says; under a generic heading ("Kommentarer till nämndernas
prognoser") one bullet per nämnd in varied shapes: "redovisar ett underskott på 26,7 mnkr, som …" with a
part amount, "Barn- och skolnämndens underskott, 18,9 mnkr, förklaras av" three causes (a school closure
behind dearer school transport: omställning), a signed "prognostiserar −3,8 mnkr" with weather and lower
harbour fees, a surplus from vacancies and unused contingency funds (part amount), and two nämnder that
"bedöms hålla sina budgetar" (two boilerplate items, although the table shows +0,6 for one); the change
since April for the nämnder and, in the next sentence, two nämnder with their own changes and causes
(three items); investments under budget with a postponed school, a project table whose "Avvikelse" is
prognos − budget (positive = more spending, so the swimming hall's +8,5 is an overrun) and the hall's
overrun in prose; the balanskrav (other). Liberation Serif (Times) 10.5 pt with bold serif headings.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Bullets, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=10.5,
        leading=1.34,
        para_gap=6.5,
        heading_sizes=(15.0, 12.5, 11.0),
        heading_fonts=("times-bold", "times-bold", "times-bold"),
        margins=(74.0, 78.0, 70.0, 72.0),
        header=lambda n, m: ("Norrtälje kommun", "Delårsrapport januari–augusti 2025"),
        footer=lambda n, m: ("Kommunstyrelsen 2025-10-08", "KS 2025/0987", f"Sida {n} av {m}"),
        header_size=8.5,
        rule_under_header=True,
    )
    committees = Table(
        caption="Tabell 2. Nämndernas prognoser 2025, mnkr. Underskott anges inom parentes.",
        header=(("Nämnd", "Budget", "Prognos", "Avvikelse", "Avvikelse april"),),
        rows=(
            ("Kommunstyrelsen", "412,6", "405,1", "7,5", "4,0"),
            ("Barn- och skolnämnden", "1 402,8", "1 421,7", "(18,9)", "(12,2)"),
            ("Socialnämnden", "1 378,2", "1 404,9", "(26,7)", "(19,8)"),
            ("Kultur- och fritidsnämnden", "118,4", "117,8", "0,6", "0,3"),
            ("Samhällsbyggnadsnämnden", "96,3", "100,1", "(3,8)", "(0,9)"),
            ("Bygg- och miljönämnden", "22,7", "22,7", "0,0", "0,0"),
            ("Summa nämnder", "3 431,0", "3 472,3", "(41,3)", "(28,6)"),
        ),
        widths=(170.0, 64.0, 64.0, 66.0, 82.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=9.0,
    )
    projects = Table(
        caption="Tabell 3. Större investeringsprojekt 2025, mnkr. Avvikelse = prognos − budget.",
        header=(("Projekt", "Budget", "Prognos", "Avvikelse"),),
        rows=(
            ("Nya Kvisthamraskolan", "145,0", "22,0", "−123,0"),
            ("Simhall Norrtälje", "88,0", "96,5", "+8,5"),
            ("GC-väg Färsna–Lommarstranden", "14,0", "9,2", "−4,8"),
            ("Övriga projekt", "365,0", "320,8", "−44,2"),
            ("Summa", "612,0", "448,5", "−163,5"),
        ),
        widths=(190.0, 64.0, 64.0, 70.0),
        bold_rows=frozenset({4}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Delårsrapport januari–augusti 2025", size=20, font="times-bold"),
        Title("Norrtälje kommun", size=13, font="times-italic", after=14),
        H("Förvaltningsberättelse", 1),
        P(
            "Norrtälje kommun hade 66 410 invånare den 30 juni 2025, en ökning med 540 sedan årsskiftet. Under "
            "perioden har arbetet med den nya översiktsplanen fortsatt, och i juni invigdes det nya resecentrumet i "
            "Norrtälje stad. Sommarens besöksnäring i skärgården slog nytt rekord."
        ),
        H("Resultat och prognos", 2),
        P(
            "Kommunens resultat för perioden uppgår till 186,4 mnkr. Helårsprognosen är ett resultat på 64,0 mnkr, "
            "vilket är 21,5 mnkr lägre än budgeterat resultat.",
            C(
                None,
                "21,5 mnkr",
                "-",
                note="The period result, then the full-year result against the budgeted result: the deviation is the "
                "amount.",
            ),
        ),
        P(
            "Skatteintäkter och generella statsbidrag beräknas bli 18,2 mnkr högre än budgeterat, främst till följd "
            "av en högre slutavräkning för 2024.",
            C(
                "Skatteintäkter och generella statsbidrag",
                "18,2 mnkr",
                "+",
                note="A tax settlement: no cause tag (the account group's name gives none).",
            ),
        ),
        P(
            "Nämndernas sammanlagda prognos är ett underskott på 41,3 mnkr (april: −28,6 mnkr).",
            C("Nämnderna", "41,3 mnkr", "-", note="April's figure in brackets is not the amount."),
        ),
        committees,
        H("Kommentarer till nämndernas prognoser", 2),
        Bullets(
            (
                "Socialnämnden redovisar ett underskott på 26,7 mnkr, som finns inom äldreomsorgen och individ- och "
                "familjeomsorgen. Antalet hemtjänsttimmar är 7 procent högre än budgeterat, och kostnaderna för "
                "placeringar av barn och unga överstiger budget med 9,4 mnkr.",
                "Barn- och skolnämndens underskott, 18,9 mnkr, förklaras av fler elever än budgeterat i grundskolorna "
                "i Norrtälje stad, dyrare skolskjutsar sedan två skolor i Roslagen har stängts och högre "
                "lokalkostnader för de nya skolmodulerna i Rimbo.",
                "Samhällsbyggnadsnämnden prognostiserar −3,8 mnkr. Vinterväghållningen under januari–mars kostade 3,1 "
                "mnkr mer än budgeterat, och hamnavgifterna har blivit lägre eftersom färre båtplatser har kunnat "
                "hyras ut under ombyggnaden av gästhamnen.",
                "Kommunstyrelsen visar ett överskott på 7,5 mnkr, främst till följd av vakanta tjänster inom flera "
                "avdelningar och av att 3,0 mnkr av kommunstyrelsens medel för oförutsedda kostnader inte har använts.",
                "Kultur- och fritidsnämnden och bygg- och miljönämnden bedöms hålla sina budgetar.",
            ),
            labels=(
                C(
                    "Socialnämnden",
                    "26,7 mnkr",
                    "-",
                    "volymer",
                    "kopt_verksamhet",
                    note="9,4 mnkr is a part (placements).",
                ),
                C(
                    "Barn- och skolnämnden",
                    "18,9 mnkr",
                    "-",
                    "volymer",
                    "omstallning",
                    "lokaler",
                    note="School transport dearer because two schools closed: omställning.",
                ),
                C(
                    "Samhällsbyggnadsnämnden",
                    "−3,8 mnkr",
                    "-",
                    "ovrigt",
                    "avgifter_intakter",
                    note="Winter road maintenance (weather); 3,1 mnkr is a part.",
                ),
                C(
                    "Kommunstyrelsen",
                    "7,5 mnkr",
                    "+",
                    "vakanser",
                    "reserver",
                    note="3,0 mnkr is a part (unused contingency funds).",
                ),
                BP(
                    "Kultur- och fritidsnämnden",
                    note="Two nämnder 'hold their budgets' in one sentence: two boilerplate items (the table shows "
                    "+0,6 for this one).",
                    also=(BP("Bygg- och miljönämnden"),),
                ),
            ),
        ),
        H("Förändring jämfört med aprilprognosen", 2),
        PS(
            (
                "Nämndernas prognos har försämrats med 12,7 mnkr sedan april.",
                F("Nämnderna", "12,7 mnkr", "-"),
            ),
            (
                "Socialnämndens försämring på 6,9 mnkr beror på fler placeringar under sommaren, och barn- och "
                "skolnämndens på 6,7 mnkr på att fler elever än beräknat valde kommunens skolor inför höstterminen.",
                F(
                    "Socialnämnden",
                    "6,9 mnkr",
                    "-",
                    "kopt_verksamhet",
                    "volymer",
                    note="Two nämnder with their own changes and causes in one sentence: two items, tags split.",
                    also=(F("Barn- och skolnämnden", "6,7 mnkr", "-", "volymer"),),
                ),
            ),
        ),
        H("Investeringar", 1),
        P(
            "Investeringsbudgeten för 2025 uppgår till 612,0 mnkr. Prognosen är 448,5 mnkr, och avvikelsen på 163,5 "
            "mnkr beror främst på att bygget av Nya Kvisthamraskolan har senarelagts ett år i väntan på en ny "
            "detaljplan.",
            C(
                "Investeringar",
                "163,5 mnkr",
                "+",
                "periodisering",
                note="Investments under budget: a postponed school.",
            ),
        ),
        projects,
        P(
            "Tabellens avvikelse är prognos minus budget, vilket innebär att ett positivt belopp betyder högre utgifter "
            "än budgeterat."
        ),
        P(
            "Simhallen blir 8,5 mnkr dyrare än budgeterat. Markförhållandena krävde en förstärkt grundläggning, och "
            "installationsentreprenaden upphandlades i ett läge med höga priser.",
            C(
                "Simhall Norrtälje",
                "8,5 mnkr",
                "-",
                "ovrigt",
                "prisokningar",
                note="An investment project over its budget (+8,5 in the table, where + is more spending).",
            ),
        ),
        H("Balanskrav", 1),
        P(
            "Balanskravsresultatet beräknas till 58,2 mnkr efter avdrag för realisationsvinster. Kommunen uppfyller "
            "därmed balanskravet, och ingen del av resultatutjämningsreserven behöver tas i anspråk.",
            O(None, "reserver", note="Balanskrav and the reserve."),
        ),
    ]
    return ReportSpec(
        file="norrtalje-ks-delarsrapport-2025-08.pdf",
        report={
            "municipality": "Norrtälje",
            "committee": ["Kommunstyrelsen"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={"title": "Delårsrapport januari–augusti 2025", "author": "Norrtälje kommun"},
        style=style,
        blocks=blocks,
    )
