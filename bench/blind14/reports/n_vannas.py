"""Vännäs kommun, Kommunstyrelsen, delårsrapport januari–augusti 2025 (the whole kommun).

A whole-kommun interim report in mnkr, footer with the fullmäktige meeting date in October: one sentence with
the period's result "11,6 mnkr bättre än den periodiserade budgeten" and the full year "4,7 mnkr sämre än
budget" (one item, the full year's), the gap between the two explained in a paragraph of its own (amount
null: timing of state grants and the holiday-pay liability), the balanskrav (other); a nämnd table whose last
column is each row's comment (CommentTable): reason-only comments that take the row's cell ("2,3", "-3,3",
"-5,4"), one with a part "dämpas med 0,8 mnkr" that is not the amount, a comment "Prognosen motsvarar
budget." (boilerplate), a row with no comment and the finance row whose comment gives tax revenue and
pensions with their own amounts (two items, the same text); the socialnämnd's change since the tertial
report with its cause; investments "41,5 mnkr, vilket är 21,5 mnkr lägre än budget"; an action with its
effect, goal fulfilment and sick leave against last year (others). 8 scored causes. DejaVu Serif 9.5 pt with
DejaVu Sans headings.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import CommentTable, H, P, ReportSpec, Style, Title

from reports.common import BP, A, C, F, O

ROW = "A comment-column reason with no amount: the row's deviation cell (mnkr)."
NO_TAG = "A finance item: no cause tag."


def spec() -> ReportSpec:
    style = Style(
        body="serif",
        bold="serif-bold",
        italic="serif-italic",
        size=9.5,
        leading=1.4,
        para_gap=6.5,
        heading_sizes=(15.0, 11.5, 10.0),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(62.0, 78.0, 62.0, 74.0),
        header=lambda n, m: ("Vännäs kommun", "Delårsrapport 2025"),
        footer=lambda n, m: ("Kommunfullmäktige 2025-10-27", "", f"{n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    committees = CommentTable(
        header=("Nämnd, mnkr", "Budget", "Prognos", "Avvikelse", "Kommentar"),
        rows=(
            (
                ("Kommunstyrelsen", "98,4", "96,1", "2,3"),
                "Vakanta tjänster inom kommunledningsförvaltningen och lägre kostnader för företagshälsovård.",
                C("Kommunstyrelsen", "2,3", "+", "vakanser", unit="mnkr", table=True, note=ROW),
            ),
            (
                ("Barn- och utbildningsnämnden", "262,7", "266,0", "-3,3"),
                "Fler barn i förskolan än budgeterat och högre kostnader för tilläggsbelopp i grundskolan. "
                "Underskottet dämpas med 0,8 mnkr av ett engångsbidrag från Skolverket.",
                C(
                    "Barn- och utbildningsnämnden",
                    "-3,3",
                    "-",
                    "volymer",
                    "statsbidrag",
                    unit="mnkr",
                    table=True,
                    note=ROW + " The 0,8 mnkr that dampens the deficit is a part, not the amount.",
                ),
            ),
            (
                ("Socialnämnden", "301,5", "306,9", "-5,4"),
                "Köpt vård för vuxna med missbruk och fler beviljade timmar i hemtjänsten förklarar underskottet.",
                C(
                    "Socialnämnden",
                    "-5,4",
                    "-",
                    "kopt_verksamhet",
                    "volymer",
                    unit="mnkr",
                    table=True,
                    note=ROW,
                ),
            ),
            (("Miljö- och byggnadsnämnden", "6,1", "6,4", "-0,3"), "", None),
            (
                ("Kultur- och fritidsnämnden", "24,8", "24,8", "0,0"),
                "Prognosen motsvarar budget.",
                BP("Kultur- och fritidsnämnden"),
            ),
            (
                ("Finansförvaltningen", "", "", "2,0"),
                "Skatteintäkterna blir 3,6 mnkr högre än budget enligt augustiprognosen, men pensionskostnaderna "
                "beräknas överskrida budget med 1,6 mnkr.",
                C(
                    "Skatteintäkter",
                    "3,6 mnkr",
                    "+",
                    note=NO_TAG + " Two areas with their own amounts in one comment: two items.",
                    also=(C("Pensionskostnader", "1,6 mnkr", "-", note=NO_TAG),),
                ),
            ),
            (("Summa", "", "", "-4,7"), "", None),
        ),
        widths=(136.0, 38.0, 42.0, 48.0),
        size=8.5,
    )
    blocks = [
        Title("Delårsrapport januari–augusti 2025", size=19, font="sans-bold", after=2),
        Title("Vännäs kommun", size=12, font="serif-italic", after=12),
        H("Förvaltningsberättelse", 1),
        H("Resultat och prognos", 2),
        P(
            "Periodens resultat är 34,2 mnkr, 11,6 mnkr bättre än den periodiserade budgeten, och för helåret "
            "prognostiseras ett resultat på 9,8 mnkr, 4,7 mnkr sämre än budget.",
            C(
                None,
                "4,7 mnkr",
                "-",
                note="The period and the full year in one sentence: the full year's is the amount.",
            ),
        ),
        P(
            "Skillnaden mellan periodens och helårets avvikelse förklaras av att statsbidrag har bokförts i början "
            "av året medan kostnaderna kommer under hösten, och av att semesterlöneskulden är som lägst i augusti.",
            C(
                None,
                None,
                "+",
                "statsbidrag",
                "periodisering",
                "lonekostnader",
                note="Why the period is better than the full year, in a paragraph of its own: amount null.",
            ),
        ),
        H("Balanskrav", 2),
        P(
            "Balanskravsresultatet för helåret beräknas till 8,9 mnkr, och kommunen klarar därmed balanskravet.",
            O(None, note="Balanskrav."),
        ),
        H("Nämndernas ekonomi", 2),
        P(
            "Tabellen visar nämndernas helårsprognos. Positiv avvikelse innebär ett överskott mot budget.",
            size=9.0,
        ),
        committees,
        P(
            "Socialnämndens underskott har ökat med 1,9 mnkr sedan tertialrapporten, vilket beror på två nya "
            "placeringar av vuxna i slutet av juli.",
            F("Socialnämnden", "1,9 mnkr", "-", "kopt_verksamhet"),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsprognosen för helåret är 41,5 mnkr, vilket är 21,5 mnkr lägre än budget. Förseningen av den "
            "nya förskolan i Vännäsby står för merparten.",
            C("Investeringar", "21,5 mnkr", "+", "periodisering", note="Investment under-spending."),
        ),
        H("Åtgärder", 2),
        P(
            "Socialnämnden har beslutat om en handlingsplan med målet att minska kostnaderna med 3,0 mnkr på "
            "helårsbasis, bland annat genom att bygga ut öppenvården för vuxna.",
            A("Socialnämnden", "3,0 mnkr", "kopt_verksamhet"),
        ),
        H("Mål och personal", 2),
        P(
            "Av kommunfullmäktiges tolv mål bedöms sju bli uppfyllda, tre delvis uppfyllda och två inte uppfyllda.",
            O(None, note="Goal fulfilment."),
        ),
        P(
            "Sjukfrånvaron till och med juli var 7,1 procent, att jämföra med 7,8 procent för samma period 2024.",
            O(None, "sjukfranvaro", note="Sick leave against the previous year."),
        ),
    ]
    return ReportSpec(
        file="vannas-ks-delarsrapport-2025-08.pdf",
        report={
            "municipality": "Vännäs",
            "committee": ["Kommunstyrelsen", "Kommunfullmäktige"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={"title": "Delårsrapport januari–augusti 2025", "author": "Vännäs kommun"},
        style=style,
        blocks=blocks,
    )
