"""Lunds kommun, Socialnämnden, ekonomisk månadsuppföljning november 2025.

A social committee's month report in "miljoner kronor", "mnkr" and a tkr table, footer with the nämnd's
meeting date in December: the full year "ett underskott om 14,6 miljoner kronor" and, in the next sentence,
the change since October with its cause (forecast change); the period "12,9 miljoner kronor sämre än den
periodiserade budgeten" apart; a reading note that declares tusen kronor and brackets for deficits
("(8 500)"); kostnadsslag in one sentence ("ligger 2,1 mnkr under budget …, medan kostnaderna för inhyrda
konsulter … uppgår till 3,4 mnkr, vilket inte var budgeterat": two items); then bold run-in
verksamheter ending in a full stop: "ett underskott på 8,5 mnkr" with a count of placements, a reason-only
deficit (the row's "(3 200)"), "blir 5,8 mnkr högre än budgeterat" with a percentage that is not the amount,
"Ett överskott om 1,8 mnkr uppstår", "visar plus 1,5 mnkr" from an unused buffer (reserver) and two
verksamheter under one lead that "bedöms i stort sett gå jämnt ut" (two boilerplate items); two actions, a
comparison with 2024 with "beror på" and a risk (other). Liberation Serif 10.5 pt with Liberation Sans
headings.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, Para, ReportSpec, Style, Table, Title

from reports.common import BP, LP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=10.5,
        leading=1.36,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(68.0, 80.0, 68.0, 74.0),
        header=lambda n, m: ("Lunds kommun, Socialförvaltningen", "Ekonomisk uppföljning november 2025"),
        footer=lambda n, m: ("Socialnämnden 2025-12-17", "", f"{n}/{m}"),
        header_size=8.0,
        rule_under_header=False,
    )
    table = Table(
        caption="Prognos per verksamhetsområde 2025",
        header=(("Verksamhetsområde", "Budget 2025", "Utfall jan–nov", "Prognos 2025", "Avvikelse"),),
        rows=(
            ("Nämnd och förvaltningsledning", "38 400", "33 600", "36 900", "1 500"),
            ("Barn och familj", "214 600", "204 300", "223 100", "(8 500)"),
            ("Vuxenenheten", "96 200", "91 000", "99 400", "(3 200)"),
            ("Ekonomiskt bistånd", "172 500", "163 200", "178 300", "(5 800)"),
            ("Arbetsmarknadsenheten", "41 700", "36 400", "39 900", "1 800"),
            ("Våld i nära relationer", "22 300", "20 700", "22 600", "(300)"),
            ("Mottagning och utredning", "31 800", "29 200", "31 900", "(100)"),
            ("Summa", "617 500", "578 400", "632 100", "(14 600)"),
        ),
        widths=(150.0, 66.0, 72.0, 68.0, 60.0),
        bold_rows=frozenset({7}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Ekonomisk månadsuppföljning – november 2025", size=18, font="arial-bold", after=2),
        Title("Socialnämnden", size=12, font="arial", after=12),
        H("Ekonomiskt läge", 2),
        PS(
            (
                "Socialnämndens prognos för helåret är ett underskott om 14,6 miljoner kronor.",
                C(None, "14,6 miljoner kronor", "-"),
            ),
            (
                "Det är en försämring med 1,2 miljoner kronor jämfört med oktober, som beror på två nya placeringar "
                "av ungdomar enligt LVU.",
                F(None, "1,2 miljoner kronor", "-", "kopt_verksamhet", "volymer"),
            ),
        ),
        P(
            "Ackumulerat till och med november är utfallet 12,9 miljoner kronor sämre än den periodiserade budgeten.",
            C(None, "12,9 miljoner kronor", "-", note="The period against the periodised budget."),
        ),
        Para(
            (
                (
                    "Personalkostnaderna ligger 2,1 mnkr under budget till följd av vakanser bland socialsekreterarna, "
                    "medan kostnaderna för inhyrda konsulter inom barn och familj uppgår till 3,4 mnkr, vilket inte "
                    "var budgeterat.",
                    C(
                        "Personalkostnader",
                        "2,1 mnkr",
                        "+",
                        "vakanser",
                        note="Two kostnadsslag in one sentence ('medan'): two items, same text.",
                        also=(
                            C(
                                "Inhyrda konsulter",
                                "3,4 mnkr",
                                "-",
                                "inhyrd_personal",
                                note="An unbudgeted cost: the whole cost is the deviation.",
                            ),
                        ),
                    ),
                ),
            )
        ),
        P("Belopp i tusen kronor. Underskott anges inom parentes.", size=9.0),
        table,
        H("Kommentarer per verksamhetsområde", 2),
        LP(
            "Barn och familj.",
            "Verksamheten redovisar ett underskott på 8,5 mnkr. Antalet barn och unga placerade i HVB och "
            "konsulentstödda familjehem har ökat från 41 till 49 sedan årsskiftet, och dygnskostnaderna har stigit.",
            C("Barn och familj", "8,5 mnkr", "-", "kopt_verksamhet", "volymer", "prisokningar"),
        ),
        LP(
            "Vuxenenheten.",
            "Köpta behandlingsplatser inom missbruksvården överskrider budget, vilket främst beror på längre "
            "vårdtider.",
            C(
                "Vuxenenheten",
                "(3 200)",
                "-",
                "kopt_verksamhet",
                unit="tkr",
                table=True,
                note="A reason only: the table row's cell as printed.",
            ),
        ),
        LP(
            "Ekonomiskt bistånd.",
            "Kostnaderna för försörjningsstöd blir 5,8 mnkr högre än budgeterat. Fler hushåll har ansökt om bistånd, "
            "och den genomsnittliga utbetalningen per hushåll har ökat med 6 procent till följd av högre hyror och "
            "livsmedelspriser.",
            C(
                "Ekonomiskt bistånd",
                "5,8 mnkr",
                "-",
                "ekonomiskt_bistand",
                "volymer",
                "prisokningar",
                note="The percentage is not the amount.",
            ),
        ),
        LP(
            "Arbetsmarknadsenheten.",
            "Ett överskott om 1,8 mnkr uppstår då två tjänster som arbetsmarknadskonsulent har varit vakanta under "
            "större delen av året och då statsbidraget för extratjänster blev högre än beräknat.",
            C("Arbetsmarknadsenheten", "1,8 mnkr", "+", "vakanser", "statsbidrag"),
        ),
        LP(
            "Nämnd och förvaltningsledning.",
            "Verksamheten visar plus 1,5 mnkr, vilket förklaras av att den centrala bufferten inte har behövts.",
            C("Nämnd och förvaltningsledning", "plus 1,5 mnkr", "+", "reserver"),
        ),
        LP(
            "Våld i nära relationer och Mottagning och utredning.",
            "Båda verksamheterna bedöms i stort sett gå jämnt ut.",
            BP(
                "Våld i nära relationer",
                note="Two areas under one lead, 'gå jämnt ut': two boilerplate items (rows (300) and (100)).",
                also=(BP("Mottagning och utredning"),),
            ),
        ),
        H("Åtgärder", 2),
        P(
            "Förvaltningen fortsätter arbetet med att ersätta externa placeringar med förstärkta familjehem i egen "
            "regi. Åtgärden beräknas minska kostnaderna med cirka 2 miljoner kronor 2026.",
            A("Barn och familj", "cirka 2 miljoner kronor", "kopt_verksamhet"),
        ),
        P(
            "Ett inköpsstopp för förbrukningsmaterial, konferenser och utbildningar gäller sedan oktober.",
            A(None, None, "material_hjalpmedel"),
        ),
        H("Jämförelse med föregående år och risker", 2),
        P(
            "Nettokostnaden för ekonomiskt bistånd är 9,2 procent högre än samma period 2024, vilket beror på att "
            "fler hushåll saknar inkomst från arbete.",
            O(
                "Ekonomiskt bistånd",
                "ekonomiskt_bistand",
                "volymer",
                note="Against the previous year: other.",
            ),
        ),
        P(
            "Två pågående utredningar kan leda till placeringar under december som inte ingår i prognosen.",
            O(None, "kopt_verksamhet", note="A risk."),
        ),
    ]
    return ReportSpec(
        file="lund-sn-manadsuppfoljning-2025-11.pdf",
        report={
            "municipality": "Lund",
            "committee": ["Socialnämnden"],
            "period": ["2025-11"],
            "report_type": "månadsuppföljning",
        },
        metadata={
            "title": "Ekonomisk månadsuppföljning november 2025 Socialnämnden",
            "author": "Lunds kommun",
        },
        style=style,
        blocks=blocks,
    )
