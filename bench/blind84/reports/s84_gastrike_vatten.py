"""Gästrike Vatten AB, Styrelsen, delårsrapport januari–augusti 2025 (a company owned jointly by kommuner).

A jointly owned water company's interim report in "mnkr" and "tkr", footer with the board's meeting date in
October: the period's result "3,5 mnkr högre än budget för perioden" and the full year "en negativ avvikelse
på 2,8 mnkr" after two levels, in paragraphs of their own, the change since the tertial report (interest, no
tag); a result statement in tkr whose costs are negative numbers and whose deviation column uses a hyphen-minus;
bold run-in account groups whose lead carries the amount ("Brukningsavgifter –4,2 mnkr.", "Personalkostnader
+2,2 mnkr.") over reasons, then electricity and chemicals "dyrare än budgeterat, med 2,8 respektive 1,7 mnkr"
with their reasons in the next sentence (two items, same text), interest "beräknas överstiga budget med 0,7
mnkr" (no tag) and three rows that "avviker endast marginellt" (boilerplate although not zero); investments
"53 mnkr lägre än budget", an action with its effect and an interest-rate risk (other). 9 scored causes. DejaVu
Sans Condensed 9.5 pt with DejaVu Serif headings.

The body is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import BP, LP, A, C, F, O

NO_TAG = "A finance item: no cause tag."


def spec() -> ReportSpec:
    style = Style(
        body="cond",
        bold="cond-bold",
        italic="serif-italic",
        size=9.5,
        leading=1.42,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("serif-bold", "serif-bold", "serif-bold"),
        margins=(64.0, 78.0, 64.0, 72.0),
        header=lambda n, m: ("Gästrike Vatten AB", "Delårsrapport 2025"),
        footer=lambda n, m: ("Styrelsemöte 2025-10-09", "Ärende 6", f"{n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Resultaträkning, helår 2025, tkr",
        header=(("", "Budget", "Prognos", "Avvikelse"),),
        rows=(
            ("Brukningsavgifter", "412 600", "408 400", "-4 200"),
            ("Anslutningsavgifter", "18 000", "20 900", "2 900"),
            ("Övriga intäkter", "9 400", "9 900", "500"),
            ("Personalkostnader", "-118 300", "-116 100", "2 200"),
            ("Elkostnader", "-21 500", "-24 300", "-2 800"),
            ("Kemikalier", "-14 200", "-15 900", "-1 700"),
            ("Övriga kostnader", "-98 000", "-97 200", "800"),
            ("Avskrivningar", "-120 500", "-120 300", "200"),
            ("Räntekostnader", "-63 500", "-64 200", "-700"),
            ("Resultat efter finansiella poster", "4 000", "1 200", "-2 800"),
        ),
        widths=(190.0, 72.0, 72.0, 72.0),
        bold_rows=frozenset({9}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Delårsrapport januari–augusti 2025", size=19, font="serif-bold", after=2),
        Title("Gästrike Vatten AB", size=12, font="cond", after=14),
        H("Väsentliga händelser under perioden", 2),
        P(
            "Arbetet med den nya överföringsledningen mellan två av reningsverken har fortsatt och ett nytt "
            "kundsystem har tagits i drift. Under juli drabbades ett vattenverk av ett längre strömavbrott utan att "
            "leveranserna påverkades."
        ),
        H("Resultat och prognos", 2),
        P(
            "Resultatet efter finansiella poster för perioden är 6,8 mnkr, vilket är 3,5 mnkr högre än budget för "
            "perioden.",
            C(None, "3,5 mnkr", "+", note="The period against budget, a paragraph of its own."),
        ),
        P(
            "Helårsprognosen är ett resultat om 1,2 mnkr, att jämföra med budgeterade 4,0 mnkr, en negativ avvikelse "
            "på 2,8 mnkr.",
            C(None, "2,8 mnkr", "-", note="The full year after two levels."),
        ),
        P(
            "Prognosen är 1,5 mnkr sämre än i tertialrapporten, till stor del på grund av högre räntor.",
            F(None, "1,5 mnkr", "-", note="Interest: a finance item, no tag."),
        ),
        table,
        H("Kommentarer till prognosen", 2),
        LP(
            "Brukningsavgifter –4,2 mnkr.",
            "Förbrukningen av debiterat vatten har varit lägre än budgeterat efter en regnig sommar, och "
            "taxehöjningen i en av ägarkommunerna infördes först i april i stället för i januari.",
            C(
                "Brukningsavgifter",
                "–4,2 mnkr",
                "-",
                "volymer",
                "avgifter_intakter",
                "periodisering",
                note="A run-in lead that carries the amount is part of the item.",
            ),
        ),
        LP(
            "Anslutningsavgifter +2,9 mnkr.",
            "Fler nya fastigheter än planerat har anslutits till det allmänna VA-nätet, bland annat i två större "
            "bostadsområden.",
            C("Anslutningsavgifter", "+2,9 mnkr", "+", "volymer", "avgifter_intakter"),
        ),
        LP(
            "Personalkostnader +2,2 mnkr.",
            "Flera tjänster inom drift och projektering har varit vakanta under våren och rekryteringarna har tagit "
            "längre tid än beräknat.",
            C("Personalkostnader", "+2,2 mnkr", "+", "vakanser"),
        ),
        P(
            "El och kemikalier blir dyrare än budgeterat, med 2,8 respektive 1,7 mnkr. Elpriset har legat högre än i "
            "budgeten under vintermånaderna och priset på fällningskemikalier har stigit efter en ny upphandling.",
            C(
                "Elkostnader",
                "2,8",
                "-",
                "prisokningar",
                unit="mnkr",
                note="A 'respektive' pair with the reasons in the next sentence: two items, same text.",
                also=(C("Kemikalier", "1,7 mnkr", "-", "prisokningar"),),
            ),
        ),
        P(
            "Räntekostnaderna beräknas överstiga budget med 0,7 mnkr.",
            C("Räntekostnader", "0,7 mnkr", "-", note=NO_TAG),
        ),
        P(
            "Övriga intäkter, övriga kostnader och avskrivningar avviker endast marginellt.",
            BP(
                "Övriga intäkter, övriga kostnader och avskrivningar",
                note="No cause, small deviations: boilerplate although the rows are not zero.",
            ),
        ),
        H("Investeringar", 2),
        P(
            "Investeringarna för helåret prognostiseras till 312 mnkr, vilket är 53 mnkr lägre än budget. "
            "Förseningen av överföringsledningen står för merparten, medan förnyelsen av ledningsnätet följer plan.",
            C("Investeringar", "53 mnkr", "+", "periodisering", note="Investment under-spending."),
        ),
        H("Åtgärder", 2),
        P(
            "Bolaget har senarelagt två rekryteringar till 2026 och skjutit upp underhållsåtgärder som inte är "
            "nödvändiga i år, vilket förbättrar resultatet med cirka 1,0 mnkr.",
            A(None, "cirka 1,0 mnkr", "bemanning"),
        ),
        H("Risker och osäkerheter", 2),
        P(
            "Räntenivån och elpriset under vintern är de största osäkerheterna i prognosen. En höjning av räntan med "
            "en procentenhet skulle öka räntekostnaderna med cirka 2,5 mnkr på helårsbasis.",
            O(None, note="A risk."),
        ),
    ]
    return ReportSpec(
        file="gastrike-vatten-delarsrapport-2025-08.pdf",
        report={
            "municipality": ["Gästrike Vatten", "Gästrike Vatten AB"],
            "committee": ["Styrelsen"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={"title": "Delårsrapport januari–augusti 2025", "author": "Gästrike Vatten AB"},
        style=style,
        blocks=blocks,
    )
