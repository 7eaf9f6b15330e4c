"""Högsby kommun, Kommunstyrelsen, tjänsteskrivelse: ekonomisk uppföljning per den 30 april 2026.

A tjänsteskrivelse on the kommunstyrelse's own verksamheter, dated in May, in DejaVu Serif: the decision
proposal (not labelled), the period "en negativ avvikelse mot periodbudgeten på 1 180 tkr" and the full year
"ett budgetöverdrag på 2 650 tkr om inga åtgärder vidtas" as two sentences of one paragraph (two items, the
second with the next sentence naming the areas); a unit table in tkr with hyphen-minus; plain headings per
unit: kost with reasons only and a price level in percent (the table's "-1 860"), räddningstjänst "beräknas
överskrida budgeten med 1 350 tkr" after a forest fire, economy and IT "430 tkr respektive 380 tkr" with a
reason each, fastighet with reasons only ("-170"), and kommunledning "bedöms hålla budget" (boilerplate,
"-80" in the table); an action plan as bullets with effects, one bullet that asks for financing from a
reserve (other), and a closing sentence giving the deficit after the actions (an action, amount null: the
level "1 100 tkr" is not its effect).

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Bullets, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, O

ROW = "Reasons only: the table row's cell (tkr, hyphen-minus = over budget)."


def spec() -> ReportSpec:
    style = Style(
        body="serif",
        bold="serif-bold",
        italic="serif-italic",
        size=10.0,
        leading=1.4,
        para_gap=7.0,
        heading_sizes=(14.0, 11.5, 10.0),
        heading_fonts=("sans-bold", "sans-bold", "serif-bold"),
        margins=(76.0, 84.0, 70.0, 76.0),
        header=lambda n, m: ("Högsby kommun", "Kommunstyrelsen"),
        footer=lambda n, m: ("Tjänsteskrivelse 2026-05-12, diarienummer KS 2026/87", "", f"{n}({m})"),
        header_size=8.0,
    )
    table = Table(
        header=(("Verksamhet, tkr", "Budget helår", "Prognos helår", "Budgetavvikelse"),),
        rows=(
            ("Kommunledning och kansli", "14 820", "14 900", "-80"),
            ("Ekonomienhet", "6 540", "6 110", "430"),
            ("IT-enhet", "9 300", "8 920", "380"),
            ("Kostenhet", "18 450", "20 310", "-1 860"),
            ("Räddningstjänst", "11 200", "12 550", "-1 350"),
            ("Fastighet", "22 900", "23 070", "-170"),
            ("Summa", "83 210", "85 860", "-2 650"),
        ),
        widths=(150.0, 82.0, 86.0, 92.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title(
            "Ekonomisk uppföljning per den 30 april 2026 – Kommunstyrelsen",
            size=14,
            font="sans-bold",
            after=8,
        ),
        H("Beslutsförslag", 2),
        P(
            "Kommunstyrelsen noterar uppföljningen och uppdrar åt kommundirektören att verkställa den åtgärdsplan "
            "som redovisas i ärendet."
        ),
        H("Sammanfattning", 2),
        PS(
            (
                "Kommunstyrelsens verksamheter redovisar efter fyra månader en negativ avvikelse mot periodbudgeten "
                "på 1 180 tkr.",
                C(
                    None,
                    "1 180 tkr",
                    "-",
                    note="The period, in the paragraph's first sentence: its own item.",
                ),
            ),
            (
                "Helårsprognosen pekar på ett budgetöverdrag på 2 650 tkr om inga åtgärder vidtas. Underskottet "
                "finns inom kostenheten och räddningstjänsten, medan ekonomienheten och IT-enheten ligger under "
                "budget.",
                C(None, "2 650 tkr", "-", note="The full year with the areas named: no tags."),
            ),
        ),
        P("Detta är årets första uppföljning med helårsprognos."),
        H("Verksamheternas avvikelser", 2),
        table,
        H("Kostenheten", 3),
        P(
            "Livsmedelspriserna har fortsatt att stiga och ligger nu cirka 9 procent över den nivå budgeten bygger "
            "på. Dessutom lagas fler portioner sedan förskolan i Fagerhult fick ett eget mottagningskök, vilket har "
            "krävt en extra tjänst i köket.",
            C(
                "Kostenhet",
                "-1 860",
                "-",
                "prisokningar",
                "volymer",
                "bemanning",
                unit="tkr",
                table=True,
                note=ROW + " The 9 procent is a price level, not the amount.",
            ),
        ),
        H("Räddningstjänsten", 3),
        P(
            "Räddningstjänsten beräknas överskrida budgeten med 1 350 tkr. Skogsbranden vid Allgunnen i april krävde "
            "förstärkning från grannkommunerna, vilket faktureras Högsby, och ersättningen för beredskap har höjts i "
            "det nya avtalet.",
            C(
                "Räddningstjänst",
                "1 350 tkr",
                "-",
                "ovrigt",
                "lonekostnader",
                note="A forest fire is ovrigt.",
            ),
        ),
        H("Ekonomi och IT", 3),
        P(
            "Ekonomienheten och IT-enheten visar överskott på 430 tkr respektive 380 tkr, där ekonomienhetens beror "
            "på en vakant controllertjänst och IT-enhetens på lägre licenskostnader för e-tjänsteplattformen efter "
            "den nya upphandlingen.",
            C(
                "Ekonomienhet",
                "430 tkr",
                "+",
                "vakanser",
                note="A 'respektive' pair with a reason for each: each item takes its own reason's tag.",
                also=(C("IT-enhet", "380 tkr", "+", "it_digitalisering"),),
            ),
        ),
        H("Fastighet", 3),
        P(
            "Snöröjningen vid kommunens fastigheter blev dyrare än planerat under januari, och en vattenskada i "
            "kommunhusets källare har krävt akuta åtgärder.",
            C(
                "Fastighet",
                "-170",
                "-",
                "ovrigt",
                unit="tkr",
                table=True,
                note=ROW + " Snow and water damage.",
            ),
        ),
        H("Kommunledning och kansli", 3),
        P(
            "Kommunledning och kansli bedöms hålla budget.",
            BP("Kommunledning och kansli", note="-80 in the table."),
        ),
        H("Åtgärdsplan", 2),
        P("Kommundirektören föreslår följande åtgärder för att nå en budget i balans:"),
        Bullets(
            (
                "Kostenheten ser över menyerna och ökar andelen vegetariska rätter, beräknad effekt 400 tkr.",
                "Portionerna till förskolan i Fagerhult debiteras barn- och utbildningsnämnden från och med juni, "
                "550 tkr.",
                "Anställningsprövning av samtliga tjänster inom kommunledningsförvaltningen, 600 tkr.",
                "Kostnaden för skogsbranden, 900 tkr, föreslås finansieras ur kommunstyrelsens reserv för "
                "oförutsedda kostnader.",
            ),
            labels=(
                A("Kostenhet", "400 tkr", "prisokningar"),
                A("Kostenhet", "550 tkr", "volymer"),
                A(None, "600 tkr", "vakanser"),
                O(
                    "Räddningstjänst",
                    "reserver",
                    note="Financing from a reserve: other, though in the action list.",
                ),
            ),
            glyph="–",
        ),
        P(
            "Med åtgärderna beräknas underskottet för helåret minska till 1 100 tkr.",
            A(
                None,
                None,
                note="The deficit left after the actions is a level; their effect (1 550 tkr) is never written.",
            ),
        ),
        H("Beslutsunderlag", 2),
        P("Tjänsteskrivelse 2026-05-12. Bilaga: Driftredovisning per verksamhet april 2026.", size=9.0),
        P("Anna Lindqvist, kommundirektör    Per Olsson, ekonomichef", size=9.0),
    ]
    return ReportSpec(
        file="hogsby-ks-tjansteskrivelse-ekonomisk-uppfoljning-2026-04.pdf",
        report={
            "municipality": "Högsby",
            "committee": ["Kommunstyrelsen"],
            "period": ["2026-04"],
            "report_type": "tjänsteskrivelse",
        },
        metadata={
            "title": "Ekonomisk uppföljning per den 30 april 2026 – Kommunstyrelsen",
            "author": "Högsby kommun",
        },
        style=style,
        blocks=blocks,
    )
