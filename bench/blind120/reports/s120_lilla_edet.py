"""Lilla Edets kommun, Utbildningsnämnden, månadsuppföljning februari 2026.

A small kommun's education committee month report in "tkr" set in Times, footer with the nämnd's meeting date
in March: the full year "ett underskott mot budget på 4 100 tkr" and, in a paragraph of its own, the period
"600 tkr lägre än periodiserad budget" (positive) with its timing reason; a table with en-dash minus signs;
headings that carry the verksamhet and the amount with an en dash, a plus or "±0" ("Grundskola –2 350 tkr",
"Fritidshem +300 tkr", "Skolskjuts ±0 tkr") over short paragraphs: a sick-pay figure against last year in the
same paragraph as a cause (its own `other` item), a gross cost "1 420 tkr på helår" that is not the amount
(the heading's is), "bedöms gå jämnt ut" (boilerplate), an undistributed buffer (reserver); two actions, one
with its effect, and "Prognosen är oförändrad" (boilerplate forecast change). 8 scored causes. Liberation
Serif (Times) 10.5 pt with Arial headings.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, Para, ReportSpec, Style, Table, Title

from reports.common import BF, BP, HP, A, C, O

HEAD = "The heading carries the verksamhet and the amount."


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=10.5,
        leading=1.35,
        para_gap=6.0,
        heading_sizes=(14.0, 12.0, 11.0),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(70.0, 76.0, 70.0, 72.0),
        header=lambda n, m: ("Lilla Edets kommun", "Utbildningsnämnden"),
        footer=lambda n, m: ("Utbildningsnämnden 2026-03-18", "UN 2026/34", f"{n} ({m})"),
        header_size=8.5,
        rule_under_header=False,
    )
    table = Table(
        caption="Helårsprognos per verksamhet, tkr",
        header=(("Verksamhet", "Budget 2026", "Prognos 2026", "Avvikelse"),),
        rows=(
            ("Förskola", "68 400", "69 250", "–850"),
            ("Grundskola", "142 900", "145 250", "–2 350"),
            ("Fritidshem", "14 600", "14 300", "300"),
            ("Anpassad grundskola", "9 800", "10 900", "–1 100"),
            ("Gymnasieskola", "61 200", "62 600", "–1 400"),
            ("Skolskjuts", "11 300", "11 300", "0"),
            ("Central administration och resurser", "17 500", "16 200", "1 300"),
            ("Summa", "325 700", "329 800", "–4 100"),
        ),
        widths=(190.0, 80.0, 80.0, 80.0),
        bold_rows=frozenset({7}),
        rules=True,
        grid=True,
        size=9.0,
    )
    blocks = [
        Title("Månadsuppföljning februari 2026", size=18, font="arial-bold", after=2),
        Title("Utbildningsnämnden", size=12, font="times-italic", after=12),
        H("Sammanfattning", 2),
        P(
            "Utbildningsnämnden redovisar efter februari en prognos för helåret som innebär ett underskott mot budget "
            "på 4 100 tkr.",
            C(None, "4 100 tkr", "-"),
        ),
        P(
            "Utfallet för perioden är 600 tkr lägre än periodiserad budget, vilket främst beror på att fakturorna för "
            "skolskjuts i februari ännu inte har kommit in.",
            C(
                None,
                "600 tkr",
                "+",
                "periodisering",
                note="The period's net cost under the periodised budget: positive.",
            ),
        ),
        table,
        H("Kommentarer per verksamhet", 2),
        HP(
            "Förskola –850 tkr",
            "Barnantalet i förskolan har ökat med 22 barn sedan budgeten lades, främst i Lödöse, och en extra "
            "avdelning har öppnats i tillfälliga lokaler.",
            C("Förskola", "–850 tkr", "-", "volymer", "lokaler", note=HEAD),
        ),
        Para(
            (
                (
                    "Underskottet förklaras av kostnader för elevassistenter till elever med stora stödbehov och av "
                    "att skolpengen till fristående skolor har höjts.",
                    C("Grundskola", "–2 350 tkr", "-", "bemanning", "kopt_verksamhet", note=HEAD),
                ),
                (
                    "Sjuklönekostnaderna är hittills 180 tkr högre än under samma period förra året.",
                    O("Grundskola", "sjukfranvaro", note="Against last year, not the budget: other."),
                ),
            ),
            head="Grundskola –2 350 tkr",
        ),
        HP(
            "Fritidshem +300 tkr",
            "Färre barn är inskrivna i fritidshemmen än beräknat.",
            C("Fritidshem", "+300 tkr", "+", "volymer"),
        ),
        HP(
            "Anpassad grundskola –1 100 tkr",
            "Två elever har fått plats i anpassad grundskola i en annan kommun, vilket kostar 1 420 tkr på helår.",
            C(
                "Anpassad grundskola",
                "–1 100 tkr",
                "-",
                "kopt_verksamhet",
                "volymer",
                note="The gross cost in the paragraph (1 420 tkr) is not the deviation: the heading's amount is.",
            ),
        ),
        HP(
            "Gymnasieskola –1 400 tkr",
            "Fler ungdomar än budgeterat går gymnasiet i Trollhättan och Kungälv, och de interkommunala "
            "ersättningarna blir därför högre.",
            C("Gymnasieskola", "–1 400 tkr", "-", "kopt_verksamhet", "volymer"),
        ),
        HP(
            "Skolskjuts ±0 tkr",
            "Skolskjutsen bedöms gå jämnt ut.",
            BP("Skolskjuts"),
        ),
        HP(
            "Central administration och resurser +1 300 tkr",
            "En tjänst som utvecklingsledare är vakant och nämndens buffert på 800 tkr har ännu inte fördelats.",
            C(
                "Central administration och resurser",
                "+1 300 tkr",
                "+",
                "vakanser",
                "reserver",
                note="The buffer (800 tkr) is a part: the heading's amount is the item's.",
            ),
        ),
        H("Åtgärder", 2),
        PS(
            (
                "Förvaltningen ser över organisationen av elevassistenter och prövar varje ny tjänst i ledningsgruppen.",
                A("Grundskola", None, "bemanning"),
            ),
            (
                "Genom att samla två förskoleavdelningar i samma lokaler från augusti beräknas kostnaderna minska med "
                "400 tkr under hösten.",
                A("Förskola", "400 tkr", "lokaler"),
            ),
        ),
        H("Förändring sedan föregående uppföljning", 2),
        P(
            "Prognosen är oförändrad jämfört med den prognos som lämnades i januari.",
            BF(None),
        ),
    ]
    return ReportSpec(
        file="lilla-edet-un-manadsuppfoljning-2026-02.pdf",
        report={
            "municipality": "Lilla Edet",
            "committee": ["Utbildningsnämnden"],
            "period": ["2026-02"],
            "report_type": "månadsuppföljning",
        },
        metadata={
            "title": "Månadsuppföljning februari 2026 Utbildningsnämnden",
            "author": "Lilla Edets kommun",
        },
        style=style,
        blocks=blocks,
    )
