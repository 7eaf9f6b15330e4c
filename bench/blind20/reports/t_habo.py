"""Håbo kommun, Barn- och utbildningsnämnden, delårsrapport augusti 2025.

A school committee's interim report in DejaVu Sans Condensed 9.5 pt, footer with the nämnd's meeting date and
paragraph in September: one sentence with the period ("ett utfall som ligger 2,2 mnkr över periodens budget")
and the full year's deficit and a percentage of the ram (one cause, the full year's amount); a state grant
received below the budgeted amount, with the level in the same sentence (a cause whose amount is the
shortfall); a table in mnkr; then, in two columns, headings that carry the area and its amount in brackets
("Grundskola och fritidshem (−4,1 mnkr)") with short paragraphs, one of them followed by an action sentence
(its own item); the change since April written only as "från −3,9 mnkr till −6,4 mnkr" (a forecast change,
the computed 2,5 mnkr); investments with amounts but no deviation ("hela budgeten används": boilerplate), and
staff numbers against last year (other). 8 scored causes.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Columns, H, P, PageBreak, ReportSpec, Style, Table, Title

from reports.common import BP, HP, A, C, F, O

HEAD = "The heading carries the area and its amount in brackets."


def spec() -> ReportSpec:
    style = Style(
        body="cond",
        bold="cond-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.4,
        para_gap=6.0,
        heading_sizes=(15.0, 12.0, 10.0),
        heading_fonts=("cond-bold", "cond-bold", "cond-bold"),
        margins=(62.0, 76.0, 62.0, 72.0),
        gutter=20.0,
        header=lambda n, m: ("HÅBO KOMMUN", "Delårsrapport augusti 2025"),
        footer=lambda n, m: ("Barn- och utbildningsnämnden 2025-09-25, § 78", "", f"{n}/{m}"),
        header_size=7.5,
        rule_under_header=True,
    )
    table = Table(
        caption="Driftredovisning per verksamhet, mnkr (positiv avvikelse = överskott)",
        header=(("Verksamhet", "Budget 2025", "Utfall jan–aug", "Prognos 2025", "Avvikelse"),),
        rows=(
            ("Förskola", "168,4", "110,2", "166,9", "1,5"),
            ("Grundskola inkl. fritidshem", "298,7", "203,5", "302,8", "-4,1"),
            ("Anpassad grundskola", "21,3", "15,6", "23,7", "-2,4"),
            ("Gymnasieskola", "112,6", "76,1", "114,3", "-1,7"),
            ("Vuxenutbildning", "14,2", "8,6", "13,6", "0,6"),
            ("Gemensamt och ledning", "26,6", "17,0", "26,9", "-0,3"),
            ("Totalt", "641,8", "431,0", "648,2", "-6,4"),
        ),
        widths=(150.0, 70.0, 76.0, 70.0, 64.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Delårsrapport augusti 2025", size=19, font="cond-bold", after=2),
        Title("Barn- och utbildningsnämnden", size=12.5, font="cond", after=12),
        H("Ekonomisk analys", 2),
        P(
            "Efter årets första åtta månader redovisar nämnden ett utfall som ligger 2,2 mnkr över periodens budget, "
            "och helårsprognosen är ett underskott på 6,4 mnkr, motsvarande 1,0 procent av budgetramen.",
            C(
                None,
                "6,4 mnkr",
                "-",
                note="The period and the full year in one sentence: one item with the full year's amount.",
            ),
        ),
        P(
            "Statsbidraget för likvärdig skola uppgår i år till 4,3 mnkr, vilket är 1,1 mnkr mindre än det belopp som "
            "låg till grund för budgeten. Bortfallet påverkar både förskola och grundskola.",
            C(
                "Statsbidrag för likvärdig skola",
                "1,1 mnkr",
                "-",
                "statsbidrag",
                note="The grant's level (4,3 mnkr) is not the amount; the shortfall is.",
            ),
        ),
        table,
        H("Verksamheternas avvikelser", 2),
        Columns(2),
        HP(
            "Förskola (+1,5 mnkr)",
            "Barnantalet har under våren legat 38 barn under prognosen från budgetarbetet, och två avdelningar på "
            "Gransätra förskola har kunnat slås samman.",
            C("Förskola", "+1,5 mnkr", "+", "volymer", note=HEAD),
        ),
        HP(
            "Grundskola och fritidshem (−4,1 mnkr)",
            "Underskottet förklaras till största delen av elevassistenter och resursförstärkningar för elever med "
            "omfattande behov, som har ökat med motsvarande elva heltidstjänster sedan budgeten lades. Därtill har "
            "skolskjutsavtalet räknats upp med 6,2 procent enligt index.",
            C(
                "Grundskola och fritidshem",
                "−4,1 mnkr",
                "-",
                "volymer",
                "bemanning",
                "prisokningar",
                note=HEAD + " The index percentage is not the amount.",
            ),
        ),
        P(
            "Rektorerna har från augusti fått direktiv om restriktivitet vid nyanställningar.",
            A("Grundskola och fritidshem", None, "bemanning"),
        ),
        HP(
            "Anpassad grundskola (−2,4 mnkr)",
            "Fyra elever har tillkommit under våren, varav tre går i en annan kommuns skola, vilket innebär "
            "interkommunala ersättningar som inte ryms i budgeten.",
            C("Anpassad grundskola", "−2,4 mnkr", "-", "volymer", "kopt_verksamhet", note=HEAD),
        ),
        HP(
            "Gymnasieskola (−1,7 mnkr)",
            "Fler elever än beräknat har valt program hos andra huvudmän, och priserna för naturbruks- och vård- och "
            "omsorgsprogrammen har höjts i den regionala prislistan.",
            C("Gymnasieskola", "−1,7 mnkr", "-", "volymer", "kopt_verksamhet", "prisokningar", note=HEAD),
        ),
        HP(
            "Vuxenutbildning (+0,6 mnkr)",
            "Statsbidraget för regional yrkesvux blev högre än vad som budgeterades.",
            C("Vuxenutbildning", "+0,6 mnkr", "+", "statsbidrag", note=HEAD),
        ),
        HP(
            "Gemensamt och ledning (−0,3 mnkr)",
            "Kostnaderna för det nya elevregistret ligger något över budget under införandeåret.",
            C("Gemensamt och ledning", "−0,3 mnkr", "-", "it_digitalisering", note=HEAD),
        ),
        PageBreak(),
        Columns(1),
        H("Prognosförändring", 2),
        PS(
            (
                "Sedan tertialrapporten i april har prognosen försämrats från −3,9 mnkr till −6,4 mnkr. Skillnaden "
                "beror i huvudsak på det ökade behovet av resursförstärkningar i grundskolan.",
                F(
                    None,
                    "från −3,9 mnkr till −6,4 mnkr",
                    "-",
                    "volymer",
                    "bemanning",
                    value=2_500_000,
                    note="The change is never written out: the computed 2,5 mnkr, the amount text as written.",
                ),
            ),
        ),
        H("Investeringar", 2),
        P(
            "Av årets investeringsbudget på 9,5 mnkr har 3,1 mnkr förbrukats. Nämnden bedömer att hela budgeten "
            "används under hösten, främst till inventarier i den nya förskolan i Skörby.",
            BP("Investeringar", note="Amounts but no deviation: the whole budget will be used."),
        ),
        H("Personal", 2),
        P(
            "Antalet årsarbetare har ökat med 14 jämfört med augusti 2024, främst inom grundskolan.",
            O(None, note="Staff numbers against the previous year."),
        ),
    ]
    return ReportSpec(
        file="habo-bun-delarsrapport-2025-08.pdf",
        report={
            "municipality": "Håbo",
            "committee": ["Barn- och utbildningsnämnden"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={
            "title": "Delårsrapport augusti 2025 Barn- och utbildningsnämnden",
            "author": "Håbo kommun",
        },
        style=style,
        blocks=blocks,
    )
