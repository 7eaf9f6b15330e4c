"""Härjedalens kommun, Kommunstyrelsen (to Kommunfullmäktige), delårsrapport januari–augusti 2025.

A whole-kommun interim report in DejaVu Sans Condensed 9.5 pt, footer with the fullmäktige's meeting date in
October: the period's result "22,8 mnkr mer än det periodiserade budgetresultatet" with the semesterlöneskuld
as its reason in the same sentence; the full year "5,5 mnkr lägre än budget" beside the result's level, then
the nämnder's "−13,9 mnkr" and the finance side's "+8,4 mnkr" in one sentence (two items); the balanskrav
(other); a nämnd table pasted as an image (no text layer: every amount lives in the prose); two columns of
small headings per nämnd whose paragraphs state the amount in new shapes ("lämnar ett överskott om",
"redovisar en prognos som är 4,1 mnkr sämre än budget", "Socialnämndens negativa avvikelse uppgår till 11,6
mnkr, varav äldreomsorgen 7,2 mnkr och individ- och familjeomsorgen 4,4 mnkr" (a "varav" split: one item with
the total), "ser ut att göra ett litet plus, 0,4 mnkr,", a reason first and "Nämnden beräknar ett underskott
på 0,8 mnkr" second), an action inside the socialnämnd's section; finance items as a pair in one sentence and
one on its own; investments with budget, outcome and forecast as levels and "Att prognosen understiger
budgeten med 18,8 mnkr beror framför allt på"; the change since tertial 1 for the whole and, in the next
sentence, for two areas (forecast changes).

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Columns, H, P, PageBreak, ReportSpec, Style, Table, Title

from reports.common import A, C, F, O

IMAGE = "The nämnd table is an image: the amount is the prose's."


def spec() -> ReportSpec:
    style = Style(
        body="cond",
        bold="cond-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.42,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.0),
        heading_fonts=("cond-bold", "cond-bold", "cond-bold"),
        margins=(62.0, 78.0, 62.0, 72.0),
        header=lambda n, m: ("Härjedalens kommun", "Delårsrapport januari–augusti 2025"),
        footer=lambda n, m: ("Kommunfullmäktige 2025-10-27", "KS 2025/233", f"{n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Nämndernas driftredovisning, mnkr",
        header=(("Nämnd", "Budget helår", "Prognos helår", "Avvikelse", "Avvikelse T1"),),
        rows=(
            ("Kommunstyrelsen", "98,2", "96,0", "2,2", "1,0"),
            ("Barn- och utbildningsnämnden", "232,5", "236,6", "−4,1", "−2,5"),
            ("Socialnämnden", "301,4", "313,0", "−11,6", "−8,9"),
            ("Plan- och miljönämnden", "6,9", "6,5", "0,4", "0,2"),
            ("Kultur- och fritidsnämnden", "24,0", "24,8", "−0,8", "−0,6"),
            ("Summa nämnder", "663,0", "676,9", "−13,9", "−10,8"),
            ("Finansiering", "−674,5", "−682,9", "8,4", "6,9"),
            ("Resultat", "11,5", "6,0", "−5,5", "−3,9"),
        ),
        widths=(160.0, 70.0, 72.0, 62.0, 70.0),
        bold_rows=frozenset({5, 7}),
        rules=True,
        size=8.5,
        as_image=True,
    )
    blocks = [
        Title("Delårsrapport januari–augusti 2025", size=19, font="cond-bold", after=2),
        Title("Härjedalens kommun", size=12.5, font="cond", after=12),
        H("Förvaltningsberättelse i sammandrag", 2),
        P(
            "Periodens resultat blev 41,3 mnkr, vilket är 22,8 mnkr mer än det periodiserade budgetresultatet, till "
            "stor del för att semesterlöneskulden är som lägst i augusti.",
            C(
                None,
                "22,8 mnkr",
                "+",
                "periodisering",
                "lonekostnader",
                note="The period's result against the periodised budget, with its timing reason.",
            ),
        ),
        PS(
            (
                "Prognosen för helåret är ett resultat på 6,0 mnkr, vilket är 5,5 mnkr lägre än budget.",
                C(None, "5,5 mnkr", "-", note="The level 6,0 is not the amount."),
            ),
            (
                "Nämnderna prognostiserar tillsammans −13,9 mnkr, och finansieringen väger delvis upp med +8,4 mnkr.",
                C(
                    "Nämnderna",
                    "−13,9 mnkr",
                    "-",
                    note="Two areas with their own amounts in one sentence: two items.",
                    also=(C("Finansiering", "+8,4 mnkr", "+"),),
                ),
            ),
        ),
        P(
            "Balanskravsresultatet beräknas till 4,1 mnkr, och kommunen uppfyller därmed balanskravet för 2025.",
            O(None, note="Balanskrav: other."),
        ),
        table,
        H("Nämndernas ekonomi", 2),
        Columns(2),
        H("Kommunstyrelsen", 3),
        P(
            "Kommunstyrelsen lämnar ett överskott om 2,2 mnkr. Överskottet består av ej tillsatta tjänster inom "
            "kommunikation och näringsliv och av att bredbandsutbyggnaden i Lofsdalen har försenats, vilket skjuter "
            "driftkostnader till nästa år.",
            C("Kommunstyrelsen", "2,2 mnkr", "+", "vakanser", "periodisering", note=IMAGE),
        ),
        H("Barn- och utbildningsnämnden", 3),
        P(
            "Nämnden redovisar en prognos som är 4,1 mnkr sämre än budget. Skolskjutsupphandlingen blev betydligt "
            "dyrare än det tidigare avtalet, och fler elever än beräknat går i fristående gymnasieskolor i "
            "Östersund.",
            C(
                "Barn- och utbildningsnämnden",
                "4,1 mnkr",
                "-",
                "prisokningar",
                "kopt_verksamhet",
                "volymer",
                note=IMAGE + " A dearer transport contract is prisokningar.",
            ),
        ),
        H("Socialnämnden", 3),
        PS(
            (
                "Socialnämndens negativa avvikelse uppgår till 11,6 mnkr, varav äldreomsorgen 7,2 mnkr och individ- "
                "och familjeomsorgen 4,4 mnkr. Inom äldreomsorgen har sjuksköterskor från bemanningsföretag använts i "
                "Funäsdalen och Vemdalen under hela sommaren, och inom individ- och familjeomsorgen har två nya "
                "placeringar tillkommit.",
                C(
                    "Socialnämnden",
                    "11,6 mnkr",
                    "-",
                    "inhyrd_personal",
                    "kopt_verksamhet",
                    note=IMAGE + " 'Varav' parts: one item with the total.",
                ),
            ),
            (
                "Nämnden har beslutat om en åtgärdsplan som beräknas ge 1,5 mnkr under hösten, men effekten är inte "
                "inräknad i prognosen.",
                A("Socialnämnden", "1,5 mnkr"),
            ),
        ),
        H("Plan- och miljönämnden", 3),
        P(
            "Plan- och miljönämnden ser ut att göra ett litet plus, 0,4 mnkr, genom fler bygglov i fjällområdena.",
            C("Plan- och miljönämnden", "0,4 mnkr", "+", "avgifter_intakter", "volymer", note=IMAGE),
        ),
        H("Kultur- och fritidsnämnden", 3),
        P(
            "Driften av de kommunala skidspåren i Sveg och Hede har blivit dyrare på grund av högre drivmedelspriser "
            "och reparationer av en pistmaskin. Nämnden beräknar ett underskott på 0,8 mnkr.",
            C(
                "Kultur- och fritidsnämnden",
                "0,8 mnkr",
                "-",
                "prisokningar",
                "material_hjalpmedel",
                note=IMAGE + " The reason comes first, the amount in the next sentence.",
            ),
        ),
        PageBreak(),
        Columns(1),
        H("Finansiering", 2),
        PS(
            (
                "Skatteintäkterna beräknas bli 3,9 mnkr högre än budget, och det generella statsbidraget och "
                "utjämningen ger ytterligare 2,6 mnkr.",
                C(
                    "Skatteintäkter",
                    "3,9 mnkr",
                    "+",
                    note="Two finance items in one sentence: two items, no tags.",
                    also=(C("Generellt statsbidrag och utjämning", "2,6 mnkr", "+"),),
                ),
            ),
            (
                "Finansnettot blir 1,9 mnkr bättre än budgeterat tack vare högre ränteintäkter på likviditeten.",
                C("Finansnetto", "1,9 mnkr", "+"),
            ),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsbudgeten för året är 64,0 mnkr. Utfallet per augusti är 21,7 mnkr och helårsprognosen 45,2 "
            "mnkr. Att prognosen understiger budgeten med 18,8 mnkr beror framför allt på att den nya förskolan i "
            "Funäsdalen byggstartar först i november.",
            C(
                "Investeringar",
                "18,8 mnkr",
                "+",
                "periodisering",
                note="Under-spending; the budget, outcome and forecast are levels.",
            ),
        ),
        H("Förändring sedan tertial 1", 2),
        PS(
            (
                "Jämfört med prognosen i tertial 1 har kommunens resultat försämrats med 1,6 mnkr.",
                F(None, "1,6 mnkr", "-"),
            ),
            (
                "Socialnämnden står för den största försämringen, 2,7 mnkr, medan finansieringen har förbättrats med "
                "1,5 mnkr.",
                F(
                    "Socialnämnden",
                    "2,7 mnkr",
                    "-",
                    note="Two areas' changes in a sentence of their own: two forecast changes.",
                    also=(F("Finansiering", "1,5 mnkr", "+"),),
                ),
            ),
        ),
    ]
    return ReportSpec(
        file="harjedalen-ks-delarsrapport-2025-08.pdf",
        report={
            "municipality": "Härjedalen",
            "committee": ["Kommunstyrelsen", "Kommunfullmäktige"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={
            "title": "Delårsrapport januari–augusti 2025 Härjedalens kommun",
            "author": "Härjedalens kommun",
        },
        style=style,
        blocks=blocks,
    )
