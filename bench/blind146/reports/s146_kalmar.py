"""Kalmar kommun, Kulturnämnden, delårsrapport januari–augusti 2025.

A culture committee's interim report in Liberation Serif (Times metrics) 11 pt, footer with the nämnd's
meeting date in September: one paragraph with the period "överskott på 1 870 tkr i förhållande till
periodiserad budget", the full year's "överskott på 650 tkr" and the period's timing reason (three items, the
last with amount null); the result table pasted as an image (no text layer, so every amount is the prose's);
bold run-in verksamheter in varied shapes: a lead that is the sentence's subject ("Biblioteken visar ett
underskott på 420 tkr"), "Överskott 380 tkr." after a colon, revenue that "blev 0,9 mnkr högre än
budgeterat" (mnkr among tkr), "ligger i nivå med budget" (boilerplate) and "beräknas överskrida budgeten med
250 tkr"; the change since the tertial report with its cause; investments whose whole frame "beräknas
användas" (boilerplate); an action and visitor numbers against last year (other).

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, Para, ReportSpec, Style, Table, Title

from reports.common import BP, LP, A, C, F, O

IMAGE = "The result table is an image: the amount is the prose's."


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=11.0,
        leading=1.32,
        para_gap=7.0,
        heading_sizes=(17.0, 13.0, 11.0),
        heading_fonts=("times-bold", "times-bold", "times-bold"),
        margins=(72.0, 82.0, 72.0, 76.0),
        header=lambda n, m: ("Kalmar kommun", "Kulturnämnden"),
        footer=lambda n, m: ("Delårsrapport 2025", "Kulturnämndens sammanträde 2025-09-18", f"{n} ({m})"),
        header_size=8.0,
    )
    table = Table(
        caption="Driftredovisning per verksamhet, tkr",
        header=(("Verksamhet", "Budget 2025", "Prognos 2025", "Avvikelse"),),
        rows=(
            ("Biblioteken", "38 600", "39 020", "-420"),
            ("Kalmar konsthall", "9 200", "8 820", "380"),
            ("Kulturarrangemang", "7 400", "6 500", "900"),
            ("Bidrag till kulturföreningar", "11 300", "11 300", "0"),
            ("Kulturskolan", "24 800", "25 050", "-250"),
            ("Nämnd och administration", "5 900", "5 860", "40"),
            ("Summa", "97 200", "96 550", "650"),
        ),
        widths=(180.0, 80.0, 80.0, 80.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=9.0,
        as_image=True,
    )
    blocks = [
        Title("Delårsrapport januari–augusti 2025", size=18, font="times-bold", after=2),
        Title("Kulturnämnden", size=13, font="times", after=12),
        H("Ekonomi", 2),
        Para(
            (
                (
                    "Kulturnämnden redovisar per den 31 augusti ett överskott på 1 870 tkr i förhållande till "
                    "periodiserad budget.",
                    C(None, "1 870 tkr", "+", note="The period against the periodised budget."),
                ),
                (
                    "Helårsprognosen visar ett överskott på 650 tkr.",
                    C(None, "650 tkr", "+", note="The full year in a sentence of its own."),
                ),
                (
                    "Periodens överskott beror främst på att flera utställningar och evenemang infaller under "
                    "hösten.",
                    C(
                        None,
                        None,
                        "+",
                        "periodisering",
                        note="The period surplus's timing reason: amount null.",
                    ),
                ),
            )
        ),
        table,
        H("Verksamheterna", 2),
        LP(
            "Biblioteken",
            "visar ett underskott på 420 tkr mot budget för helåret. Det förklaras av högre kostnader för e-medier, "
            "där utlåningen har ökat kraftigt, och av den nya licensen för bibliotekssystemet.",
            C(
                "Biblioteken",
                "420 tkr",
                "-",
                "volymer",
                "it_digitalisering",
                note="The run-in lead is the subject.",
            ),
        ),
        LP(
            "Kalmar konsthall:",
            "Överskott 380 tkr. Två tjänster har varit vakanta under våren i väntan på en ny organisation.",
            C("Kalmar konsthall", "380 tkr", "+", "vakanser"),
        ),
        LP(
            "Kulturarrangemang.",
            "Intäkterna från biljettförsäljningen till sommarens konserter blev 0,9 mnkr högre än budgeterat.",
            C(
                "Kulturarrangemang",
                "0,9 mnkr",
                "+",
                "avgifter_intakter",
                note="Revenue over budget: positive.",
            ),
        ),
        LP(
            "Bidrag till kulturföreningar",
            "ligger i nivå med budget.",
            BP("Bidrag till kulturföreningar"),
        ),
        LP(
            "Kulturskolan",
            "beräknas överskrida budgeten med 250 tkr, eftersom fler barn i kön har erbjudits en plats efter "
            "nämndens beslut om utökad verksamhet.",
            C("Kulturskolan", "250 tkr", "-", "volymer"),
        ),
        H("Förändring sedan tertialrapporten", 2),
        P(
            "Prognosen har förbättrats med 400 tkr jämfört med tertialrapporten, tack vare de ökade "
            "biljettintäkterna.",
            F(None, "400 tkr", "+", "avgifter_intakter"),
        ),
        H("Investeringar", 2),
        P(
            "Av årets investeringsbudget på 2,4 mnkr har 0,6 mnkr förbrukats. Hela budgeten beräknas användas under "
            "hösten, då ny scenteknik installeras i Kulturhuset.",
            BP("Investeringar", note="The whole frame will be used: boilerplate."),
        ),
        H("Åtgärder", 2),
        P(
            "Nämnden har beslutat att pröva varje återbesättning av tjänster inom biblioteken, vilket beräknas "
            "minska kostnaderna med 150 tkr under hösten.",
            A("Biblioteken", "150 tkr", "vakanser"),
        ),
        H("Verksamhet", 2),
        P(
            "Antalet besök på Kalmar konsthall ökade med 14 procent jämfört med samma period 2024.",
            O("Kalmar konsthall", "volymer", note="Visitors against the previous year."),
        ),
    ]
    return ReportSpec(
        file="kalmar-kn-delarsrapport-2025-08.pdf",
        report={
            "municipality": "Kalmar",
            "committee": ["Kulturnämnden"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={"title": "Delårsrapport januari-augusti 2025 Kulturnämnden", "author": "Kalmar kommun"},
        style=style,
        blocks=blocks,
    )
