"""Sundbybergs stad, Kommunstyrelsen, delårsrapport augusti 2025 (the whole stad).

A whole-city interim report in DejaVu Sans with hyphen-minus signs, footer with the kommunstyrelse's meeting
date in October: the period "38,9 mnkr bättre än periodiserad budget" and the full year "14,0 mnkr lägre än
budgeterat" between levels (two causes), one sentence splitting the year into the nämnder's "underskott mot
budget om 31,5 mnkr" and the finance function's "överskott på 17,5 mnkr" (two items), the change since the
tertial report without a cause, a nämnd table, then en-dash bullets under a generic heading
("Stadsledningskontorets kommentar") in varied shapes: "−12,8 mnkr" after a colon, "redovisar ett underskott
på 9,6 mnkr", a bracketed tertial figure, "bedöms lämna ett överskott om 2,1 mnkr", a possessive
"Stadsmiljö- och tekniska nämndens underskott", "håller sin budget" (boilerplate) and "ett litet överskott,
0,2 mnkr"; tax revenue, then pensions and the finance net as a "respektive" pair (no tags); investments "145
mnkr lägre än budget" and a school project "12 mnkr dyrare än projektbudgeten"; an action without an effect,
the balanskrav and liquidity (others). 15 scored causes.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import Bullets, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, F, O

NO_TAG = "A finance item: no cause tag."


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.4,
        para_gap=6.0,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(62.0, 76.0, 62.0, 72.0),
        header=lambda n, m: ("Sundbybergs stad", "Delårsrapport januari-augusti 2025"),
        footer=lambda n, m: ("Kommunstyrelsen 2025-10-06", "KS-0512/2025", f"{n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    committees = Table(
        caption="Nämndernas helårsprognos 2025, mnkr",
        header=(("Nämnd", "Budget", "Prognos", "Avvikelse", "Avvikelse T1"),),
        rows=(
            ("Kommunstyrelsen", "298,4", "298,2", "0,2", "0,0"),
            ("Social- och arbetsmarknadsnämnden", "512,6", "525,4", "-12,8", "-9,9"),
            ("Äldrenämnden", "694,1", "703,7", "-9,6", "-7,2"),
            ("Grundskolenämnden", "1 048,3", "1 054,7", "-6,4", "-4,0"),
            ("Förskolenämnden", "612,0", "609,9", "2,1", "1,5"),
            ("Stadsmiljö- och tekniska nämnden", "186,9", "191,9", "-5,0", "-3,6"),
            ("Kultur- och fritidsnämnden", "142,5", "142,5", "0,0", "0,0"),
            ("Summa nämnder", "3 494,8", "3 526,3", "-31,5", "-23,2"),
        ),
        widths=(190.0, 62.0, 62.0, 64.0, 70.0),
        bold_rows=frozenset({7}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Delårsrapport januari-augusti 2025", size=19, font="sans-bold", after=3),
        Title("Sundbybergs stad", size=12, font="sans", after=12),
        H("Stadens resultat", 1),
        P(
            "Stadens resultat för perioden januari-augusti uppgår till 142,6 mnkr, vilket är 38,9 mnkr bättre än "
            "periodiserad budget.",
            C(None, "38,9 mnkr", "+", note="The period against the periodised budget."),
        ),
        P(
            "För helåret prognostiseras ett resultat på 61,0 mnkr, vilket är 14,0 mnkr lägre än budgeterat "
            "resultat på 75,0 mnkr.",
            C(None, "14,0 mnkr", "-", note="The full year between two levels."),
        ),
        P(
            "Nämnderna redovisar sammantaget ett underskott mot budget om 31,5 mnkr, medan finansförvaltningen "
            "förväntas bidra med ett överskott på 17,5 mnkr.",
            C(
                "Nämnderna",
                "31,5 mnkr",
                "-",
                note="Two parts with their own amounts in one sentence: two items.",
                also=(C("Finansförvaltningen", "17,5 mnkr", "+", note=NO_TAG),),
            ),
        ),
        P(
            "Jämfört med tertialrapporten har helårsprognosen försämrats med 8,4 mnkr.",
            F(None, "8,4 mnkr", "-"),
        ),
        committees,
        H("Stadsledningskontorets kommentar", 2),
        Bullets(
            (
                "Social- och arbetsmarknadsnämnden: -12,8 mnkr, främst köpt vård för barn och unga samt "
                "ekonomiskt bistånd.",
                "Äldrenämnden redovisar ett underskott på 9,6 mnkr. Hemtjänsttimmarna har ökat mer än budgeterat "
                "och kostnaderna för sjuklön är fortsatt höga.",
                "Grundskolenämnden -6,4 mnkr (-4,0 i tertialrapporten) till följd av fler elever i anpassad "
                "grundskola och dyrare skolskjutsar.",
                "Förskolenämnden bedöms lämna ett överskott om 2,1 mnkr, då barnantalet är lägre än "
                "prognostiserat.",
                "Stadsmiljö- och tekniska nämndens underskott på 5,0 mnkr förklaras av vinterväghållningen i "
                "början av året och högre elkostnader för gatubelysningen.",
                "Kultur- och fritidsnämnden håller sin budget.",
                "Kommunstyrelsen visar ett litet överskott, 0,2 mnkr, som beror på vakanta tjänster inom "
                "stadsledningskontoret.",
            ),
            labels=(
                C(
                    "Social- och arbetsmarknadsnämnden",
                    "-12,8 mnkr",
                    "-",
                    "kopt_verksamhet",
                    "ekonomiskt_bistand",
                ),
                C("Äldrenämnden", "9,6 mnkr", "-", "volymer", "sjukfranvaro"),
                C(
                    "Grundskolenämnden",
                    "-6,4 mnkr",
                    "-",
                    "volymer",
                    "prisokningar",
                    note="The tertial report's figure in brackets is not the amount.",
                ),
                C("Förskolenämnden", "2,1 mnkr", "+", "volymer"),
                C(
                    "Stadsmiljö- och tekniska nämnden",
                    "5,0 mnkr",
                    "-",
                    "ovrigt",
                    "prisokningar",
                    note="A possessive; winter road maintenance is ovrigt.",
                ),
                BP("Kultur- och fritidsnämnden"),
                C("Kommunstyrelsen", "0,2 mnkr", "+", "vakanser"),
            ),
            glyph="–",
        ),
        H("Finansförvaltningen", 2),
        P(
            "Skatteintäkterna och de generella statsbidragen blir 11,3 mnkr högre än budget, i huvudsak till följd "
            "av en högre slutavräkning.",
            C("Skatteintäkter och generella statsbidrag", "11,3 mnkr", "+", note=NO_TAG),
        ),
        P(
            "Pensionskostnaderna och finansnettot bidrar med +4,0 respektive +2,2 mnkr jämfört med budget.",
            C(
                "Pensionskostnader",
                "+4,0",
                "+",
                unit="mnkr",
                note=NO_TAG + " A 'respektive' pair: two items.",
                also=(C("Finansnetto", "+2,2 mnkr", "+", note=NO_TAG),),
            ),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsprognosen uppgår till 620 mnkr, vilket är 145 mnkr lägre än budget, framför allt på grund "
            "av att två skolprojekt har försenats.",
            C("Investeringar", "145 mnkr", "+", "periodisering", note="Investment under-spending."),
        ),
        P(
            "Om- och tillbyggnaden av en av stadens grundskolor blir däremot 12 mnkr dyrare än projektbudgeten, "
            "eftersom markarbetena blev mer omfattande än beräknat.",
            C("Om- och tillbyggnad av grundskola", "12 mnkr", "-", "ovrigt", note="An investment overrun."),
        ),
        H("Åtgärder", 2),
        P(
            "Kommunstyrelsen har gett de nämnder som redovisar underskott i uppdrag att ta fram åtgärdsplaner till "
            "nästa sammanträde.",
            A(None),
        ),
        H("Balanskrav och likviditet", 2),
        P(
            "Balanskravsresultatet beräknas till 58,2 mnkr och balanskravet uppfylls.",
            O(None, note="Balanskrav."),
        ),
        P(
            "Likviditeten är god, men nya lån på 300 mnkr behöver tas upp under hösten för att finansiera "
            "investeringarna.",
            O(None, note="Liquidity and borrowing."),
        ),
    ]
    return ReportSpec(
        file="sundbyberg-ks-delarsrapport-2025-08.pdf",
        report={
            "municipality": ["Sundbyberg", "Sundbybergs stad"],
            "committee": ["Kommunstyrelsen", "Kommunfullmäktige"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={"title": "Delårsrapport januari-augusti 2025", "author": "Sundbybergs stad"},
        style=style,
        blocks=blocks,
    )
