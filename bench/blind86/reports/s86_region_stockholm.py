"""Region Stockholm, Danderyds sjukhus AB, delårsrapport januari–augusti 2025.

An emergency hospital's interim report to its board set in DejaVu Sans Condensed, footer with the board
meeting in September: the period "52,1 miljoner kronor sämre än budget" (after a result level) and the full
year "ett underskott mot budget på 64 miljoner kronor" in two sentences, the change since the tertial report
with a "varav" part; kostnadsslag in prose: revenue "46,2 miljoner kronor högre än budget", personnel and
bought services "61,4 respektive 22,8 miljoner kronor" with the shared causes in the next sentence (two
items, one text), drugs whose level (412 miljoner) is not the deviation; a table of the verksamhetsområden
with U+2212 minus signs for the period and the full year; en-dash bullets under a generic heading with
varied shapes ("har det största underskottet, −24,3 miljoner kronor", a colon after the area, "Inom …",
"går 9,6 miljoner kronor sämre än budget", a reason-only deficit taking the row's "−6,8", "redovisar +3,1",
"ligger nära budget" beside −0,8: boilerplate); an action with its effect, investments "26,5 miljoner kronor
lägre än periodens budget", care episodes against last year and an uncertainty (others).

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Bullets, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="cond",
        bold="cond-bold",
        italic="sans-italic",
        size=10.0,
        leading=1.4,
        para_gap=7.0,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("cond-bold", "cond-bold", "cond-bold"),
        margins=(66.0, 80.0, 66.0, 74.0),
        header=lambda n, m: ("Danderyds sjukhus AB", "Delårsrapport januari–augusti 2025"),
        footer=lambda n, m: ("Styrelsemöte 2025-09-24, ärende 6", "", f"{n}/{m}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Avvikelse mot budget per verksamhetsområde, miljoner kronor",
        header=(("Verksamhetsområde", "Jan–aug", "Prognos helår"),),
        rows=(
            ("Akut och internmedicin", "−24,3", "−29"),
            ("Kirurgi och ortopedi", "−17,9", "−21"),
            ("Kvinnosjukvård och förlossning", "4,2", "6"),
            ("Hjärt- och kärlsjukvård", "−9,6", "−12"),
            ("Bild och funktion", "−6,8", "−9"),
            ("Rehabiliteringsmedicin", "3,1", "4"),
            ("Gemensamt och ledning", "−0,8", "−3"),
            ("Sjukhuset totalt", "−52,1", "−64"),
        ),
        widths=(190.0, 80.0, 90.0),
        bold_rows=frozenset({7}),
        rules=True,
        size=9.0,
        shade=(0.88, 0.92, 0.88),
    )
    blocks = [
        Title("Delårsrapport januari–augusti 2025", size=18, font="cond-bold", after=2),
        Title("Danderyds sjukhus AB", size=12.5, font="cond", after=12),
        H("Ekonomiskt resultat", 2),
        PS(
            (
                "Danderyds sjukhus AB redovisar för perioden januari–augusti ett resultat på −38,6 miljoner kronor, "
                "vilket är 52,1 miljoner kronor sämre än budget.",
                C(None, "52,1 miljoner kronor", "-", note="The period: a result level, then the deviation."),
            ),
            (
                "Helårsprognosen är ett underskott mot budget på 64 miljoner kronor.",
                C(None, "64 miljoner kronor", "-", note="The full year, its own sentence."),
            ),
        ),
        P(
            "Prognosen har försämrats med 18 miljoner kronor sedan tertialrapporten per april, varav 11 miljoner "
            "kronor avser ökade kostnader för bemanningsföretag.",
            F(None, "18 miljoner kronor", "-", "inhyrd_personal", note="The total with its 'varav' part."),
        ),
        H("Intäkter och kostnader", 3),
        P(
            "Intäkterna är 46,2 miljoner kronor högre än budget för perioden, främst till följd av fler vårdtillfällen "
            "inom akutsjukvården och högre ersättning för utomlänspatienter.",
            C("Intäkter", "46,2 miljoner kronor", "+", "volymer", "avgifter_intakter"),
        ),
        P(
            "Personalkostnader och köpta tjänster överskrider budget med 61,4 respektive 22,8 miljoner kronor. "
            "Överskridandet beror på hyrsjuksköterskor inom akutmottagningen och ortopedin, övertid under sommaren "
            "och att lönerevisionen blev högre än budgeterat.",
            C(
                "Personalkostnader",
                "61,4",
                "-",
                "inhyrd_personal",
                "overtid",
                "lonekostnader",
                unit="mnkr",
                note="A 'respektive' pair with the shared causes in the next sentence: two items, the same tags.",
                also=(
                    C(
                        "Köpta tjänster",
                        "22,8 miljoner kronor",
                        "-",
                        "inhyrd_personal",
                        "overtid",
                        "lonekostnader",
                    ),
                ),
            ),
        ),
        P(
            "Läkemedelskostnaderna uppgår till 412 miljoner kronor för perioden och överstiger budget med 14,1 "
            "miljoner kronor, till stor del beroende på ökad användning av nya cancerläkemedel.",
            C(
                "Läkemedel",
                "14,1 miljoner kronor",
                "-",
                "material_hjalpmedel",
                "volymer",
                note="The cost level before the deviation is not the amount; drugs are material_hjalpmedel.",
            ),
        ),
        H("Verksamhetsområden", 2),
        table,
        H("Kommentarer", 3),
        Bullets(
            items=(
                "Akut och internmedicin har det största underskottet, −24,3 miljoner kronor för perioden. "
                "Beläggningen på medicinavdelningarna har legat över 105 procent och vårdplatserna har bemannats "
                "med sjuksköterskor från bemanningsföretag.",
                "Kirurgi och ortopedi: underskottet om 17,9 miljoner kronor förklaras av hyrläkare inom ortopedin och "
                "högre kostnader för implantat.",
                "Inom kvinnosjukvård och förlossning är utfallet 4,2 miljoner kronor bättre än budget, då antalet "
                "förlossningar blivit fler än planerat och ersättningen följer antalet.",
                "Hjärt- och kärlsjukvården går 9,6 miljoner kronor sämre än budget på grund av dyrare pacemakers och "
                "fler akuta ingrepp.",
                "Bild och funktion visar ett underskott, en följd av ett nytt serviceavtal för magnetkameran och "
                "övertid för att korta köerna.",
                "Rehabiliteringsmedicin redovisar +3,1 miljoner kronor tack vare vakanta tjänster bland "
                "arbetsterapeuter.",
                "Gemensamt och ledning ligger nära budget.",
            ),
            labels=(
                C("Akut och internmedicin", "−24,3 miljoner kronor", "-", "volymer", "inhyrd_personal"),
                C(
                    "Kirurgi och ortopedi",
                    "17,9 miljoner kronor",
                    "-",
                    "inhyrd_personal",
                    "material_hjalpmedel",
                ),
                C(
                    "Kvinnosjukvård och förlossning",
                    "4,2 miljoner kronor",
                    "+",
                    "volymer",
                    "avgifter_intakter",
                ),
                C(
                    "Hjärt- och kärlsjukvård",
                    "9,6 miljoner kronor",
                    "-",
                    "material_hjalpmedel",
                    "prisokningar",
                    "volymer",
                ),
                C(
                    "Bild och funktion",
                    "−6,8",
                    "-",
                    "material_hjalpmedel",
                    "overtid",
                    unit="mnkr",
                    table=True,
                    note="A reason only: the period column's cell (the bullets speak of the period).",
                ),
                C("Rehabiliteringsmedicin", "+3,1 miljoner kronor", "+", "vakanser"),
                BP("Gemensamt och ledning", note="'ligger nära budget' beside a row of −0,8: boilerplate."),
            ),
            glyph="–",
        ),
        H("Åtgärder", 2),
        P(
            "Sjukhusets handlingsplan omfattar bland annat ett stopp för nya avtal med bemanningsföretag från "
            "oktober och en översyn av vårdplatsernas bemanning. Åtgärderna beräknas förbättra resultatet med 9 "
            "miljoner kronor under hösten.",
            A(None, "9 miljoner kronor", "inhyrd_personal", "bemanning"),
        ),
        H("Investeringar", 2),
        P(
            "Investeringarna uppgår till 71,5 miljoner kronor, vilket är 26,5 miljoner kronor lägre än periodens "
            "budget, främst på grund av försenade leveranser av medicinteknisk utrustning.",
            C("Investeringar", "26,5 miljoner kronor", "+", "periodisering", "material_hjalpmedel"),
        ),
        H("Produktion och osäkerheter", 2),
        P(
            "Antalet vårdtillfällen ökade med 4,8 procent jämfört med samma period 2024.",
            O(None, "volymer", note="Care episodes against the previous year: other."),
        ),
        P(
            "Det råder fortsatt osäkerhet om hur regionens nya ersättningsmodell för akutsjukvård slår ut under "
            "hösten.",
            O(None, note="An uncertainty: other."),
        ),
    ]
    return ReportSpec(
        file="region-stockholm-danderyds-sjukhus-delarsrapport-2025-08.pdf",
        report={
            "municipality": "Region Stockholm",
            "committee": ["Styrelsen för Danderyds sjukhus AB", "Danderyds sjukhus AB", "Danderyds sjukhus"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={"title": "Delårsrapport januari–augusti 2025", "author": "Danderyds sjukhus AB"},
        style=style,
        blocks=blocks,
    )
