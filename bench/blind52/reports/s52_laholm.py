"""Laholms kommun, Barn- och ungdomsnämnden, månadsuppföljning februari 2026.

A school committee's first month report of the year in Times (Liberation Serif) 11 pt, with the nämnd's
meeting date in March in the footer: the full year "ett underskott på 3,2 miljoner kronor" and the period's net
cost "1,1 miljoner kronor högre än den periodiserade budgeten" (negative) in two paragraphs, the first
forecast's uncertainty and children against last year (others); a table in tkr with deficits in brackets
("(1 500)"); plain headings per verksamhet: a prose amount ("underskott om 1 500 tkr") with a timing reason, a
reason-only deficit (the row's "(2 400)"), "lämna ett överskott på 0,9 mkr" in another unit than the table, an
amount after a comma ("ett mindre underskott, 200 tkr"), "håller budget" (boilerplate); an action with its
effect. 6 scored causes.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, O


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=11.0,
        leading=1.3,
        para_gap=7.0,
        heading_sizes=(16.0, 13.0, 11.5),
        heading_fonts=("bold", "bold", "bold"),
        margins=(72.0, 80.0, 72.0, 76.0),
        header=lambda n, m: ("LAHOLMS KOMMUN", "Barn- och ungdomsförvaltningen"),
        footer=lambda n, m: ("Barn- och ungdomsnämnden 2026-03-24", "", f"Sida {n} av {m}"),
        header_size=8.5,
    )
    table = Table(
        caption="Helårsprognos per verksamhet, tkr (underskott inom parentes)",
        header=(("Verksamhet", "Budget 2026", "Prognos 2026", "Avvikelse"),),
        rows=(
            ("Förskola", "182 400", "183 900", "(1 500)"),
            ("Grundskola", "311 200", "313 600", "(2 400)"),
            ("Gymnasieskola", "96 800", "95 900", "900"),
            ("Elevhälsa", "24 100", "24 300", "(200)"),
            ("Central administration", "18 500", "18 500", "0"),
            ("Summa", "633 000", "636 200", "(3 200)"),
        ),
        widths=(160.0, 85.0, 85.0, 80.0),
        bold_rows=frozenset({5}),
        rules=True,
        size=9.5,
    )
    blocks = [
        Title("Månadsuppföljning februari 2026", size=18, font="bold", after=2),
        Title("Barn- och ungdomsnämnden", size=12.5, font="times-italic", after=14),
        H("Sammanfattning", 2),
        P(
            "Barn- och ungdomsnämnden prognostiserar ett underskott på 3,2 miljoner kronor för helåret.",
            C(None, "3,2 miljoner kronor", "-", note="The full year in a sentence of its own."),
        ),
        P(
            "Utfallet för januari–februari är 1,1 miljoner kronor högre än den periodiserade budgeten.",
            C(
                None,
                "1,1 miljoner kronor",
                "-",
                note="A net cost higher than the periodised budget: negative.",
            ),
        ),
        P(
            "Detta är årets första prognos och den är osäker, särskilt när det gäller tilläggsbelopp och "
            "interkommunala ersättningar.",
            O(None, note="Uncertainty."),
        ),
        P(
            "Antalet inskrivna barn i förskolan är 64 fler än i februari förra året.",
            O("Förskola", "volymer", note="A volume against the previous year: other."),
        ),
        table,
        H("Kommentarer per verksamhet", 2),
        H("Förskola", 3),
        P(
            "Förskolan redovisar ett prognostiserat underskott om 1 500 tkr. Orsaken är att två nya avdelningar i "
            "Mellbystrand öppnades redan i januari för att möta ett ökat antal barn, medan budgeten utgick från en "
            "öppning i augusti.",
            C("Förskola", "1 500 tkr", "-", "volymer", "periodisering"),
        ),
        H("Grundskola", 3),
        P(
            "Kostnaderna för tilläggsbelopp till elever med omfattande behov av särskilt stöd har ökat kraftigt, och "
            "ersättningarna till fristående skolor och andra kommuners skolor är högre än budgeterat.",
            C(
                "Grundskola",
                "(2 400)",
                "-",
                "volymer",
                "kopt_verksamhet",
                unit="tkr",
                table=True,
                note="A reason-only deficit: the row's cell as printed (brackets = deficit).",
            ),
        ),
        H("Gymnasieskola", 3),
        P(
            "Gymnasieskolan beräknas lämna ett överskott på 0,9 mkr, då färre elever än beräknat har valt program "
            "hos andra huvudmän.",
            C("Gymnasieskola", "0,9 mkr", "+", "volymer", "kopt_verksamhet"),
        ),
        H("Elevhälsa", 3),
        P(
            "Elevhälsan har ett mindre underskott, 200 tkr, eftersom en skolpsykolog hyrs in via bemanningsföretag i "
            "väntan på att tjänsten ska tillsättas.",
            C("Elevhälsa", "200 tkr", "-", "inhyrd_personal", "vakanser"),
        ),
        H("Central administration", 3),
        P("Central administration håller budget.", BP("Central administration")),
        H("Åtgärder", 2),
        P(
            "Förvaltningen har infört restriktivitet vid tillsättning av korttidsvikarier i förskolan, vilket "
            "beräknas minska kostnaderna med 600 tkr under året.",
            A("Förskola", "600 tkr", "vikarier"),
        ),
    ]
    return ReportSpec(
        file="laholm-bun-manadsuppfoljning-2026-02.pdf",
        report={
            "municipality": "Laholm",
            "committee": ["Barn- och ungdomsnämnden"],
            "period": ["2026-02"],
            "report_type": "månadsuppföljning",
        },
        metadata={
            "title": "Månadsuppföljning februari 2026 Barn- och ungdomsnämnden",
            "author": "Laholms kommun",
        },
        style=style,
        blocks=blocks,
    )
