"""Västerviks kommun, Kommunstyrelsen, delårsrapport januari–augusti 2025 (whole kommun).

A whole-kommun interim report, footer with the kommunstyrelse's meeting date in October: the period's
result alone (no budget: unlabelled), the full year "9,4 mnkr lägre än budgeterat resultat på 28,0 mnkr"
and the change since April; one sentence splitting the deviation into the nämnder's "underskott mot budget
på 31,2 mnkr (i april −24,0 mnkr)" and the finance function's "överskott på 21,8 mnkr" (two items); en-dash
bullets under a generic heading ("Ekonomichefens kommentar") in varied shapes: "överskrider sin ram med",
a possessive ("Barn- och utbildningsnämndens underskott på 9,8 mnkr"), a colon ("Tekniska nämnden: –1,4
mnkr"), "För kommunstyrelsen pekar prognosen på", "ett positivt utfall jämfört med budget, 1,6 mnkr" and
"knappt en miljon kronor" in words; tax revenue and general grants as a "respektive" pair and pensions in
the next sentence (three items); investments "93 mnkr lägre" and a project that will cost "6,2 mnkr mer än
projektbudgeten"; an assignment to make action plans with their effect and the balanskrav (other).
Liberation Serif (Times metrics) 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Bullets, H, P, ReportSpec, Style, Title

from reports.common import A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=10.5,
        leading=1.35,
        para_gap=6.5,
        heading_sizes=(15.0, 12.5, 11.0),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(70.0, 80.0, 70.0, 74.0),
        header=lambda n, m: ("Västerviks kommun", "Delårsrapport 2025"),
        footer=lambda n, m: ("Kommunstyrelsen 2025-10-06", "", f"Sida {n}"),
        header_size=8.5,
        rule_under_header=True,
    )
    blocks = [
        Title("Delårsrapport januari–augusti 2025", size=19, font="arial-bold", after=2),
        Title("Västerviks kommun", size=13, font="times", after=12),
        H("Kommunens resultat", 2),
        P("Kommunens resultat för perioden januari–augusti uppgår till 71,3 mnkr."),
        PS(
            (
                "Prognosen för helåret är 18,6 mnkr, vilket är 9,4 mnkr lägre än budgeterat resultat på 28,0 mnkr.",
                C(None, "9,4 mnkr", "-", note="The full year between two levels."),
            ),
            (
                "Jämfört med prognosen i april har helårsprognosen försämrats med 5,1 mnkr.",
                F(None, "5,1 mnkr", "-"),
            ),
        ),
        P(
            "Nämnderna prognostiserar sammantaget ett underskott mot budget på 31,2 mnkr (i april −24,0 mnkr), medan "
            "finansförvaltningen väntas ge ett överskott på 21,8 mnkr.",
            C(
                "Nämnderna",
                "31,2 mnkr",
                "-",
                note="One sentence split into the nämnder and the finance function: two items; the bracket is April's.",
                also=(C("Finansförvaltningen", "21,8 mnkr", "+"),),
            ),
        ),
        H("Ekonomichefens kommentar", 2),
        Bullets(
            (
                "Socialnämnden överskrider sin ram med 24,6 mnkr. Underskottet finns främst inom äldreomsorgen, där "
                "hemtjänsttimmarna har fortsatt att öka, och inom individ- och familjeomsorgen, där kostnaderna för "
                "externa placeringar av barn och unga är höga.",
                "Barn- och utbildningsnämndens underskott på 9,8 mnkr beror på fler elever i anpassad grundskola än "
                "budgeterat, ökade kostnader för skolskjuts efter en ny upphandling och interkommunala ersättningar "
                "för gymnasieelever som väljer skolor i andra kommuner.",
                "Tekniska nämnden: –1,4 mnkr, främst för att livsmedelskostnaderna inom kostverksamheten har stigit "
                "mer än beräknat.",
                "För kommunstyrelsen pekar prognosen på ett överskott på 2,1 mnkr, bland annat till följd av vakanser "
                "inom kommunledningsförvaltningen.",
                "Miljö- och byggnadsnämnden redovisar ett positivt utfall jämfört med budget, 1,6 mnkr, tack vare "
                "fler bygglovsärenden än väntat.",
                "Kultur- och fritidsnämnden beräknas lämna knappt en miljon kronor i överskott, eftersom simhallen "
                "har varit stängd för reparation under våren.",
            ),
            labels=(
                C("Socialnämnden", "24,6 mnkr", "-", "volymer", "kopt_verksamhet"),
                C(
                    "Barn- och utbildningsnämnden",
                    "9,8 mnkr",
                    "-",
                    "volymer",
                    "prisokningar",
                    "kopt_verksamhet",
                ),
                C("Tekniska nämnden", "–1,4 mnkr", "-", "prisokningar"),
                C("Kommunstyrelsen", "2,1 mnkr", "+", "vakanser"),
                C("Miljö- och byggnadsnämnden", "1,6 mnkr", "+", "avgifter_intakter", "volymer"),
                C(
                    "Kultur- och fritidsnämnden",
                    "knappt en miljon kronor",
                    "+",
                    "ovrigt",
                    value=1e6,
                    note="An amount in words with 'knappt': the stated figure. A repair closure is ovrigt.",
                ),
            ),
            glyph="–",
        ),
        H("Finansförvaltningen", 2),
        PS(
            (
                "Skatteintäkter och generella statsbidrag beräknas bli 14,6 respektive 4,9 mnkr högre än budget, "
                "enligt SKR:s augustiprognos.",
                C(
                    "Skatteintäkter",
                    "14,6",
                    "+",
                    unit="mnkr",
                    note="A 'respektive' pair: two items, same text. Finance items get no tag.",
                    also=(C("Generella statsbidrag", "4,9 mnkr", "+"),),
                ),
            ),
            (
                "Pensionskostnaderna blir 2,3 mnkr lägre än budgeterat.",
                C("Pensionskostnader", "2,3 mnkr", "+"),
            ),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsprognosen är 212 mnkr mot en budget på 305 mnkr, det vill säga 93 mnkr lägre. Det beror "
            "främst på att byggstarten för den nya skolan i Gamleby har skjutits till 2026.",
            C("Investeringar", "93 mnkr", "+", "periodisering"),
        ),
        P(
            "Projektet ombyggnad av reningsverket i Loftahammar beräknas kosta 6,2 mnkr mer än projektbudgeten.",
            C(
                "Ombyggnad av reningsverket i Loftahammar",
                "6,2 mnkr",
                "-",
                note="An overrun with no reason: no tags.",
            ),
        ),
        H("Åtgärder och balanskrav", 2),
        P(
            "Kommunstyrelsen har gett socialnämnden och barn- och utbildningsnämnden i uppdrag att ta fram "
            "åtgärdsplaner som ska minska underskotten med sammanlagt 12 mnkr under 2026.",
            A(None, "12 mnkr"),
        ),
        P(
            "Balanskravsresultatet beräknas till 16,9 mnkr och kommunen uppfyller därmed balanskravet.",
            O(None, note="Balanskrav: other."),
        ),
    ]
    return ReportSpec(
        file="vastervik-ks-delarsrapport-2025-08.pdf",
        report={
            "municipality": "Västervik",
            "committee": ["Kommunstyrelsen", "Kommunfullmäktige"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={"title": "Delårsrapport januari-augusti 2025", "author": "Västerviks kommun"},
        style=style,
        blocks=blocks,
    )
