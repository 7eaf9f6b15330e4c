"""Gryaab AB (the wastewater company owned jointly by Göteborg and six neighbouring kommuner), Styrelsen,
tertialrapport januari–april 2026.

A joint body's tertial report in tkr and mnkr, set in DejaVu Serif Condensed, footer with the board's
meeting in May: the period "2,4 mnkr bättre än budget för perioden" after a level and the full year "1,1
mnkr sämre än budget" in two paragraphs; a kostnadsslag table whose signs are hyphen-minus with a space
("- 1 480") and "+ 620"; bold run-in kostnadsslag ending in a full stop: biogas sales "850 tkr högre än
budgeterat", personnel with a reason only (the row's "+ 620"), chemicals with a price rise in percent that is
not the amount and "närmare 1,5 mnkr", electricity "1 350 tkr högre än budget", maintenance moved to the
autumn "ett överskott om 260 tkr", the owners' fees that "följer budget" (boilerplate); the change since the
February forecast, investments "24 mnkr lägre än budget", an action with "cirka 0,4 mnkr" and the inflow
against last year with "beror på" (other). DejaVu Serif Condensed 10 pt.

The place and the company are real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import BP, LP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="serif-cond",
        bold="serif-cond-bold",
        italic="serif-italic",
        size=10.0,
        leading=1.4,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("serif-cond-bold", "serif-cond-bold", "serif-cond-bold"),
        margins=(70.0, 80.0, 70.0, 74.0),
        header=lambda n, m: ("Gryaab AB", "Tertialrapport 1 2026"),
        footer=lambda n, m: ("Styrelsemöte 2026-05-28", "", f"Sida {n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Helårsprognos per kostnadsslag, tkr (avvikelse: + bättre än budget)",
        header=(("Kostnadsslag", "Budget 2026", "Prognos 2026", "Avvikelse"),),
        rows=(
            ("Avgifter från delägarkommunerna", "412 000", "412 000", "0"),
            ("Övriga intäkter", "18 300", "19 150", "+ 850"),
            ("Personalkostnader", "- 96 400", "- 95 780", "+ 620"),
            ("Kemikalier", "- 31 200", "- 32 680", "- 1 480"),
            ("El och värme", "- 24 800", "- 26 150", "- 1 350"),
            ("Underhåll och reparationer", "- 38 500", "- 38 240", "+ 260"),
            ("Resultatpåverkan", "", "", "- 1 100"),
        ),
        widths=(180.0, 76.0, 76.0, 70.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Tertialrapport januari–april 2026", size=18, font="serif-cond-bold", after=2),
        Title("Gryaab AB", size=12.5, font="serif-cond", after=12),
        H("Ekonomi i sammandrag", 2),
        P(
            "Gryaab redovisar efter april ett resultat på 6,8 mnkr, vilket är 2,4 mnkr bättre än budget för perioden.",
            C(None, "2,4 mnkr", "+", note="A level, then the period's deviation."),
        ),
        P(
            "För helåret prognostiseras ett resultat som är 1,1 mnkr sämre än budget.",
            C(None, "1,1 mnkr", "-", note="The full year in a paragraph of its own."),
        ),
        table,
        LP(
            "Övriga intäkter.",
            "Försäljningen av biogas blir 850 tkr högre än budgeterat tack vare högre gaspriser.",
            C("Övriga intäkter", "850 tkr", "+", "avgifter_intakter"),
        ),
        LP(
            "Personalkostnader.",
            "Två tjänster som processingenjör är vakanta och tillsätts tidigast i september.",
            C(
                "Personalkostnader",
                "+ 620",
                "+",
                "vakanser",
                unit="tkr",
                table=True,
                note="A reason only: the table row's cell as printed.",
            ),
        ),
        LP(
            "Kemikalier.",
            "Priset på fällningskemikalier har stigit med 18 procent sedan upphandlingen, och doseringen har ökat vid "
            "de höga flödena i februari. Sammantaget överskrids budgeten med närmare 1,5 mnkr.",
            C(
                "Kemikalier",
                "närmare 1,5 mnkr",
                "-",
                "prisokningar",
                "material_hjalpmedel",
                "volymer",
                note="The price rise in percent is not the amount. Treatment chemicals: material_hjalpmedel.",
            ),
        ),
        LP(
            "El och värme.",
            "Elkostnaden blir 1 350 tkr högre än budget då elpriset under vintern har legat över den nivå som budgeten "
            "bygger på.",
            C("El och värme", "1 350 tkr", "-", "prisokningar"),
        ),
        LP(
            "Underhåll och reparationer.",
            "Underhållsinsatser på rensgallren har flyttats till hösten, vilket ger ett överskott om 260 tkr.",
            C("Underhåll och reparationer", "260 tkr", "+", "periodisering"),
        ),
        LP(
            "Avgifter från delägarkommunerna.",
            "Intäkterna följer budget.",
            BP("Avgifter från delägarkommunerna"),
        ),
        H("Jämfört med årsprognosen i februari", 3),
        P(
            "Prognosen är 0,7 mnkr sämre än i februari, beroende på elpriset.",
            F(None, "0,7 mnkr", "-", "prisokningar"),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsutfallet för 2026 väntas bli 24 mnkr lägre än budget, främst för att entreprenaden för det nya "
            "biologiska reningssteget har försenats av en överprövning av upphandlingen.",
            C("Investeringar", "24 mnkr", "+", "periodisering"),
        ),
        H("Åtgärder", 2),
        P(
            "Bolaget har inlett en ny upphandling av fällningskemikalier med ett ramavtal från september, som väntas "
            "sänka kostnaden med cirka 0,4 mnkr under hösten.",
            A("Kemikalier", "cirka 0,4 mnkr", "prisokningar"),
        ),
        H("Flöden", 2),
        P(
            "Det inkommande flödet till reningsverket var 62 miljoner kubikmeter under januari–april, 15 procent mer än "
            "samma period 2025, vilket beror på den nederbördsrika vintern.",
            O(None, "volymer", note="Inflow against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="gryaab-tertialrapport-2026-04.pdf",
        report={
            "municipality": ["Gryaab", "Gryaab AB"],
            "committee": ["Styrelsen", "Gryaabs styrelse"],
            "period": ["2026-04"],
            "report_type": "tertialrapport",
        },
        metadata={"title": "Tertialrapport 1 2026 Gryaab AB", "author": "Gryaab AB"},
        style=style,
        blocks=blocks,
    )
