"""Ystads kommun, Barn- och utbildningsnämnden, delårsrapport januari–augusti 2025.

A school committee's interim report in mnkr, header with the nämnd's meeting date in September: the period
"2,4 mnkr lägre än periodiserad budget" and the full year's "underskott mot budget på 5,8 mnkr" in one
sentence (one item, the full year's amount) and the reason for the gap between the period's surplus and the
year's deficit in the next paragraph (positive, amount null); a table in mnkr with U+2212 minus signs and
April's deviation in a column of its own; headings that carry the area and amount after a colon
("Grundskola och fritidshem: −3,9 mnkr"); a plain heading whose paragraph says "går mot ett underskott på
2,6 mnkr"; school transport that "kostar ungefär en och en halv miljon kronor mer än budgeterat" (amount in
words, the row says −1,6); "beräknas följa budget" (boilerplate); three kostnadsslag in one sentence, two as
a "respektive" pair and one after "medan" (three items, same text, no reasons); the change since April,
an action with its effect and pupil numbers against last year (other). Liberation Serif (Times metrics) 11 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import BP, HP, A, C, F, O

HEAD = "The heading carries the area and its amount after a colon."


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=11.0,
        leading=1.3,
        para_gap=7.0,
        heading_sizes=(15.0, 12.5, 11.0),
        heading_fonts=("times-bold", "times-bold", "times-bold"),
        margins=(72.0, 80.0, 72.0, 74.0),
        header=lambda n, m: ("Ystads kommun – Barn- och utbildningsförvaltningen", "BUN 2025-09-24"),
        footer=lambda n, m: ("Delårsrapport januari–augusti 2025", "", f"{n}"),
        header_size=8.0,
    )
    table = Table(
        caption="Driftredovisning per verksamhet, mnkr",
        header=(("Verksamhet", "Budget helår", "Prognos helår", "Avvikelse", "Avvikelse april"),),
        rows=(
            ("Förskola", "148,6", "146,3", "2,3", "1,5"),
            ("Grundskola och fritidshem", "301,2", "305,1", "−3,9", "−3,0"),
            ("Anpassad grundskola", "28,4", "31,0", "−2,6", "−2,2"),
            ("Skolskjuts", "14,8", "16,4", "−1,6", "−0,8"),
            ("Central förvaltning och nämnd", "22,5", "22,5", "0,0", "0,0"),
            ("Summa", "515,5", "521,3", "−5,8", "−4,5"),
        ),
        widths=(150.0, 66.0, 70.0, 56.0, 72.0),
        bold_rows=frozenset({5}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Delårsrapport januari–augusti 2025", size=18, font="times-bold", after=2),
        Title("Barn- och utbildningsnämnden", size=13, font="times", after=12),
        H("Ekonomiskt utfall och prognos", 2),
        P(
            "Barn- och utbildningsnämnden redovisar ett utfall för perioden som är 2,4 mnkr lägre än periodiserad "
            "budget och prognostiserar för helåret ett underskott mot budget på 5,8 mnkr.",
            C(
                None,
                "5,8 mnkr",
                "-",
                note="The period and the full year in one sentence: one item with the full year's amount.",
            ),
        ),
        P(
            "Skillnaden mellan periodens överskott och helårets underskott förklaras av att kostnader för "
            "skolskjutsar och interkommunala ersättningar faktureras i efterhand och att höstterminens elevökning "
            "ännu inte syns i utfallet.",
            C(
                None,
                None,
                "+",
                "periodisering",
                note="The period surplus's timing reason, apart from its amount: amount null.",
            ),
        ),
        table,
        H("Kommentarer per verksamhet", 2),
        HP(
            "Förskola: +2,3 mnkr",
            "Färre barn än budgeterat är inskrivna i förskolan under hösten, och en avdelning på Vitsippans "
            "förskola har därför kunnat stängas.",
            C("Förskola", "+2,3 mnkr", "+", "volymer", note=HEAD),
        ),
        HP(
            "Grundskola och fritidshem: −3,9 mnkr",
            "Elevantalet har ökat med drygt 60 elever sedan budgeten beslutades, och fler elever med behov av "
            "särskilt stöd har krävt extra elevassistenter. Samtidigt har statsbidraget för likvärdig skola "
            "minskat.",
            C("Grundskola och fritidshem", "−3,9 mnkr", "-", "volymer", "statsbidrag", note=HEAD),
        ),
        H("Anpassad grundskola", 3),
        P(
            "Verksamheten går mot ett underskott på 2,6 mnkr. Fyra elever går i anpassad grundskola i andra "
            "kommuner, vilket ger högre kostnader för interkommunal ersättning än budgeterat.",
            C(
                "Anpassad grundskola",
                "2,6 mnkr",
                "-",
                "kopt_verksamhet",
                "volymer",
                note="Interkommunal ersättning is kopt_verksamhet.",
            ),
        ),
        H("Skolskjuts", 3),
        P(
            "Skolskjutsarna kostar ungefär en och en halv miljon kronor mer än budgeterat till följd av det nya "
            "trafikavtalet som började gälla i januari.",
            C(
                "Skolskjuts",
                "en och en halv miljon kronor",
                "-",
                "prisokningar",
                value=1_500_000,
                note="An amount in words: the stated figure (the row says −1,6). A dearer transport contract "
                "is prisokningar.",
            ),
        ),
        H("Central förvaltning och nämnd", 3),
        P("Central förvaltning och nämnd beräknas följa budget.", BP("Central förvaltning och nämnd")),
        H("Kostnadsslag", 2),
        P(
            "Sett per kostnadsslag överskrider personalkostnaderna och köpen av verksamhet budget med 3,1 respektive "
            "2,2 mnkr, medan intäkterna blir 0,5 mnkr högre än budgeterat.",
            C(
                "Personalkostnader",
                "3,1",
                "-",
                unit="mnkr",
                note="Three kostnadsslag in one sentence: three items with the same text, no reasons.",
                also=(
                    C("Köp av verksamhet", "2,2 mnkr", "-"),
                    C("Intäkter", "0,5 mnkr", "+"),
                ),
            ),
        ),
        H("Förändring sedan tertialrapporten", 2),
        P(
            "Prognosen har försämrats med 1,3 mnkr sedan tertialrapporten i april, främst inom anpassad grundskola "
            "och skolskjuts.",
            F(None, "1,3 mnkr", "-"),
        ),
        H("Åtgärder", 2),
        P(
            "Nämnden har gett förvaltningen i uppdrag att ta fram en åtgärdsplan. Redan beslutade åtgärder, bland "
            "annat en översyn av fritidshemmens öppettider, beräknas ge 0,8 mnkr under hösten.",
            A(None, "0,8 mnkr"),
        ),
        H("Barn och elever", 2),
        P(
            "Antalet barn och elever i nämndens verksamheter är 2,1 procent fler än i augusti 2024.",
            O(None, "volymer", note="Pupil numbers against the previous year."),
        ),
    ]
    return ReportSpec(
        file="ystad-bun-delarsrapport-2025-08.pdf",
        report={
            "municipality": "Ystad",
            "committee": ["Barn- och utbildningsnämnden"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={
            "title": "Delårsrapport januari–augusti 2025 Barn- och utbildningsnämnden",
            "author": "Ystads kommun",
        },
        style=style,
        blocks=blocks,
    )
