"""Kalmar kommun, Kommunstyrelsen (whole kommun), delårsrapport 2025-08.

A whole-kommun interim report in DejaVu Sans with 15 scored causes, footer with the kommunstyrelse's date in
October: the period "42,1 mnkr bättre än periodiserad budget" after the result level, the full year "en negativ
avvikelse om 24,5 mnkr" after two levels, one sentence splitting it into the nämnder's "negativ avvikelse på
58,7 mnkr" and the finance function's "+34,2 mnkr", a forecast change since April, a nämnd table in mnkr with
U+2212 minus, then en-dash bullets under a generic heading ("Ekonomienhetens kommentar") in varied shapes
("Kommunstyrelsen: överskott 8,2 mnkr", "beräknar att överskrida sin budgetram med 17,8 mnkr", a possessive
"Utbildningsnämndens underskott, 3,5 mnkr, hänför sig till", a "varav" part in "det största underskottet,
31,8 mnkr, varav 19,0 mnkr", "ett negativt utfall jämfört med budget om 17,2 mnkr", a "respektive" pair of
surpluses and two nämnder that "håller sina budgetar" in one bullet (two boilerplate items, one of them with a
row of 0,2)), tax revenue, grants and the finance net as three items in one sentence, investments "148 mnkr
lägre än budget", an action without an amount and balanskrav (other).

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Bullets, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.45,
        para_gap=7.0,
        heading_sizes=(16.0, 12.5, 10.5),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(70.0, 82.0, 70.0, 76.0),
        header=lambda n, m: ("Kalmar kommun", "Delårsrapport januari–augusti 2025"),
        footer=lambda n, m: ("Kommunstyrelsen 2025-10-07", "", f"{n}"),
        header_size=8.0,
        rule_under_header=False,
    )
    table = Table(
        caption="Nämndernas budgetavvikelse, helårsprognos 2025, mnkr",
        header=(("Nämnd", "Budget 2025", "Prognos 2025", "Avvikelse"),),
        rows=(
            ("Kommunstyrelsen", "412,0", "403,8", "8,2"),
            ("Barn- och ungdomsnämnden", "1 512,3", "1 530,1", "−17,8"),
            ("Utbildningsnämnden", "598,4", "601,9", "−3,5"),
            ("Socialnämnden", "702,8", "734,6", "−31,8"),
            ("Omsorgsnämnden", "1 288,0", "1 305,2", "−17,2"),
            ("Kulturnämnden", "112,5", "111,7", "0,8"),
            ("Fritidsnämnden", "96,3", "96,3", "0,0"),
            ("Samhällsbyggnadsnämnden", "88,9", "86,5", "2,4"),
            ("Miljönämnden", "24,6", "24,4", "0,2"),
            ("Summa nämnder", "4 835,8", "4 894,5", "−58,7"),
        ),
        widths=(170.0, 76.0, 76.0, 70.0),
        bold_rows=frozenset({9}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Delårsrapport januari–augusti 2025", size=19, font="sans-bold", after=2),
        Title("Kalmar kommun", size=12.5, font="sans", after=14),
        H("Resultat och prognos", 2),
        PS(
            (
                "Kommunens resultat för perioden januari–augusti uppgår till 186,3 mnkr, vilket är 42,1 mnkr bättre "
                "än periodiserad budget.",
                C(None, "42,1 mnkr", "+", note="The result level, then the period's deviation: the amount."),
            ),
            (
                "Helårsprognosen pekar mot ett resultat på 71,5 mnkr, att jämföra med budgeterade 96,0 mnkr, en "
                "negativ avvikelse om 24,5 mnkr.",
                C(None, "24,5 mnkr", "-", note="Two levels before the deviation."),
            ),
            (
                "Nämnderna redovisar sammantaget en negativ avvikelse på 58,7 mnkr medan finansförvaltningen väntas "
                "ge +34,2 mnkr.",
                C(
                    "Nämnderna",
                    "58,7 mnkr",
                    "-",
                    note="One sentence split into the nämnder and the finance function: two items.",
                    also=(C("Finansförvaltningen", "+34,2 mnkr", "+"),),
                ),
            ),
        ),
        P(
            "Prognosen är 9,8 mnkr sämre än i tertialrapporten per april.",
            F(None, "9,8 mnkr", "-"),
        ),
        table,
        H("Ekonomienhetens kommentar", 3),
        Bullets(
            (
                "Kommunstyrelsen: överskott 8,2 mnkr, främst till följd av vakanta tjänster på "
                "kommunledningskontoret och lägre kostnader för företagshälsovård.",
                "Barn- och ungdomsnämnden beräknar att överskrida sin budgetram med 17,8 mnkr. Fler barn i behov av "
                "särskilt stöd förklarar merparten.",
                "Utbildningsnämndens underskott, 3,5 mnkr, hänför sig till vuxenutbildningen, där statsbidraget för "
                "regionalt yrkesvux blev lägre än ansökt.",
                "Socialnämnden har det största underskottet, 31,8 mnkr, varav 19,0 mnkr avser placeringar av barn "
                "och unga och resten ekonomiskt bistånd.",
                "För Omsorgsnämnden blir det ett negativt utfall jämfört med budget om 17,2 mnkr. Antalet "
                "hemtjänsttimmar har ökat kraftigt och sjukfrånvaron inom särskilt boende ligger kvar på en hög nivå.",
                "Kulturnämnden och Samhällsbyggnadsnämnden visar överskott på 0,8 respektive 2,4 mnkr.",
                "Fritidsnämnden och Miljönämnden håller sina budgetar.",
            ),
            labels=(
                C("Kommunstyrelsen", "8,2 mnkr", "+", "vakanser"),
                C("Barn- och ungdomsnämnden", "17,8 mnkr", "-", "volymer"),
                C("Utbildningsnämnden", "3,5 mnkr", "-", "statsbidrag"),
                C(
                    "Socialnämnden",
                    "31,8 mnkr",
                    "-",
                    "kopt_verksamhet",
                    "ekonomiskt_bistand",
                    note="A 'varav' part: one item with the total.",
                ),
                C("Omsorgsnämnden", "17,2 mnkr", "-", "volymer", "sjukfranvaro"),
                C(
                    "Kulturnämnden",
                    "0,8",
                    "+",
                    unit="mnkr",
                    note="A 'respektive' pair: one item per nämnd.",
                    also=(C("Samhällsbyggnadsnämnden", "2,4 mnkr", "+"),),
                ),
                BP(
                    "Fritidsnämnden",
                    note="'Håller sina budgetar': boilerplate for both, even where the row says 0,2.",
                    also=(BP("Miljönämnden"),),
                ),
            ),
            glyph="–",
        ),
        H("Finansförvaltningen", 3),
        P(
            "Skatteintäkter och generella statsbidrag beräknas bli 21,5 respektive 6,3 mnkr högre än budget, och "
            "finansnettot förbättras med 6,4 mnkr tack vare lägre räntor.",
            C(
                "Skatteintäkter",
                "21,5",
                "+",
                unit="mnkr",
                note="Three finance items in one sentence: three items, no tags.",
                also=(
                    C("Generella statsbidrag", "6,3 mnkr", "+"),
                    C("Finansnetto", "6,4 mnkr", "+"),
                ),
            ),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsutgifterna prognostiseras till 612 mnkr, vilket är 148 mnkr lägre än budget. Bland annat har "
            "byggstarten för den nya skolan i Rinkabyholm skjutits upp ett år.",
            C("Investeringar", "148 mnkr", "+", "periodisering"),
        ),
        H("Åtgärder och balanskrav", 2),
        P(
            "Kommunstyrelsen har gett Socialnämnden och Omsorgsnämnden i uppdrag att ta fram åtgärdsplaner som ska "
            "redovisas i oktober.",
            A(None),
        ),
        P(
            "Balanskravsresultatet beräknas till 64,0 mnkr, och kommunen uppfyller därmed balanskravet.",
            O(None, note="Balanskrav: other."),
        ),
    ]
    return ReportSpec(
        file="kalmar-ks-delarsrapport-2025-08.pdf",
        report={
            "municipality": "Kalmar",
            "committee": ["Kommunstyrelsen", "Kommunfullmäktige"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={"title": "Delårsrapport januari-augusti 2025 Kalmar kommun", "author": "Kalmar kommun"},
        style=style,
        blocks=blocks,
    )
