"""Helsingborgs stad, Vård- och omsorgsnämnden, delårsrapport januari–augusti 2025.

An elderly-care interim report with a footer dated at its adjustment in September: the period's surplus, the
full year's deficit with a share of the frame (not the amount) and the period surplus's timing reason
(amount null) in three sentences of one paragraph; a comment table in mnkr with en-dash minus signs whose
comments take their row's cell, one comment naming its own amount, "Prognos enligt budget" (boilerplate) and a
row with no comment; then the deviation explained again by kostnadsslag under bold run-in labels (a cost
"överskrider budget", fee revenue "högre än budgeterat", an unbudgeted grant "som minskar underskottet"); an
action with its effect, the change since April and sick leave against last year (other). DejaVu Sans
Condensed 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, CommentTable, H, P, ReportSpec, Style, Title

from reports.common import BP, LP, A, C, F, O

ROW = "Comment column: the amount is the row's deviation cell."


def spec() -> ReportSpec:
    style = Style(
        body="cond",
        bold="cond-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.42,
        para_gap=6.0,
        heading_sizes=(14.0, 11.5, 10.0),
        heading_fonts=("cond-bold", "cond-bold", "cond-bold"),
        margins=(66.0, 78.0, 66.0, 72.0),
        header=lambda n, m: ("Helsingborgs stad", "Vård- och omsorgsnämnden"),
        footer=lambda n, m: ("Delårsrapport 2025, justerad 2025-09-24", "", str(n)),
        header_size=8.0,
    )
    table = CommentTable(
        header=("Verksamhet, mnkr", "Budget helår", "Prognos helår", "Avvikelse", "Kommentar"),
        rows=(
            (
                ("Hemtjänst", "512,4", "526,9", "–14,5"),
                "Beviljade timmar har ökat med 7 procent jämfört med budgeterad volym, samtidigt som andelen "
                "kunder med dubbelbemanning ökat.",
                C("Hemtjänst", "–14,5", "-", "volymer", "bemanning", unit="mnkr", table=True, note=ROW),
            ),
            (
                ("Särskilt boende", "688,0", "693,2", "–5,2"),
                "Underskottet beror på höga sjuklönekostnader och övertid på tre boenden under sommaren.",
                C(
                    "Särskilt boende",
                    "–5,2",
                    "-",
                    "sjukfranvaro",
                    "overtid",
                    unit="mnkr",
                    table=True,
                    note=ROW,
                ),
            ),
            (
                ("Hälso- och sjukvård", "141,3", "138,1", "3,2"),
                "Vakanta sjukskötersketjänster ger ett överskott på 3,2 mnkr, men en del av arbetet utförs med "
                "inhyrd personal.",
                C(
                    "Hälso- och sjukvård",
                    "3,2 mnkr",
                    "+",
                    "vakanser",
                    "inhyrd_personal",
                    note="The comment names its own amount.",
                ),
            ),
            (
                ("Dagverksamhet", "22,6", "20,8", "1,8"),
                "Två dagverksamheter har hållits stängda under ombyggnad.",
                C(
                    "Dagverksamhet",
                    "1,8",
                    "+",
                    "ovrigt",
                    unit="mnkr",
                    table=True,
                    note=ROW + " Closure: ovrigt.",
                ),
            ),
            (("Biståndsbedömning", "36,9", "36,9", "0,0"), "Prognos enligt budget.", BP("Biståndsbedömning")),
            (("Nämnd och ledning", "28,5", "25,7", "2,8"), "", None),
            (("Summa", "1 429,7", "1 441,6", "–11,9"), "", None),
        ),
        widths=(100.0, 62.0, 64.0, 50.0),
        size=8.5,
    )
    blocks = [
        Title("Delårsrapport 2025", size=19, font="cond-bold", after=2),
        Title("Vård- och omsorgsnämnden, januari–augusti", size=12, font="cond", after=12),
        H("Ekonomisk analys", 2),
        PS(
            (
                "Vård- och omsorgsnämnden redovisar för perioden januari–augusti ett överskott mot budget på 6,3 "
                "miljoner kronor.",
                C(None, "6,3 miljoner kronor", "+", note="The period."),
            ),
            (
                "Helårsprognosen är däremot ett underskott om 11,9 miljoner kronor, motsvarande 0,6 procent av "
                "nämndens budgetram.",
                C(None, "11,9 miljoner kronor", "-", note="The full year; the percentage is not the amount."),
            ),
            (
                "Skillnaden mellan perioden och helåret beror på att kostnaderna för sommarvikarier och den nya "
                "larmlösningen belastar hösten.",
                C(
                    None,
                    None,
                    "+",
                    "vikarier",
                    "it_digitalisering",
                    "periodisering",
                    note="The period surplus's timing reason in a sentence of its own: amount null.",
                ),
            ),
        ),
        table,
        H("Kommentarer per kostnadsslag", 2),
        LP(
            "Personalkostnader.",
            "Personalkostnaderna överskrider budget med 18,4 miljoner kronor. Förklaringen är främst fler "
            "hemtjänsttimmar och högre sjuklönekostnader än planerat.",
            C("Personalkostnader", "18,4 miljoner kronor", "-", "volymer", "sjukfranvaro"),
        ),
        LP(
            "Intäkter.",
            "Avgiftsintäkterna blir 3,1 miljoner kronor högre än budgeterat efter att maxtaxan höjts och fler "
            "kunder betalar full avgift.",
            C("Intäkter", "3,1 miljoner kronor", "+", "avgifter_intakter"),
        ),
        LP(
            "Statsbidrag.",
            "Nämnden har fått ett riktat statsbidrag för äldreomsorgens bemanning på 4,6 miljoner kronor som inte "
            "var budgeterat, vilket minskar underskottet.",
            C("Statsbidrag", "4,6 miljoner kronor", "+", "statsbidrag"),
        ),
        H("Åtgärder och prognosförändring", 2),
        P(
            "Förvaltningen har infört ett nytt planeringsverktyg i hemtjänsten som beräknas minska kostnaden för "
            "restid med 2,5 miljoner kronor på helår.",
            A("Hemtjänst", "2,5 miljoner kronor", "bemanning"),
        ),
        P(
            "Prognosen har försämrats med 4,2 miljoner kronor sedan tertialrapporten i april, främst på grund av "
            "volymökningen i hemtjänsten.",
            F(None, "4,2 miljoner kronor", "-", "volymer"),
        ),
        H("Investeringar", 2),
        P(
            "Nämndens investeringar beräknas bli 2,8 miljoner kronor lägre än budget, eftersom upphandlingen av nya "
            "trygghetslarm har dragit ut på tiden.",
            C("Investeringar", "2,8 miljoner kronor", "+", "periodisering", "it_digitalisering"),
        ),
        H("Personal", 2),
        P(
            "Sjukfrånvaron för perioden är 8,9 procent, vilket är 0,7 procentenheter lägre än samma period "
            "föregående år.",
            O(None, "sjukfranvaro"),
        ),
    ]
    return ReportSpec(
        file="helsingborg-von-delarsrapport-2025-08.pdf",
        report={
            "municipality": ["Helsingborg", "Helsingborgs stad"],
            "committee": ["Vård- och omsorgsnämnden"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={"title": "Delårsrapport 2025 Vård- och omsorgsnämnden", "author": "Helsingborgs stad"},
        style=style,
        blocks=blocks,
    )
