"""Huddinge kommun, Äldreomsorgsnämnden, delårsrapport per 31 augusti 2025.

An elderly-care interim report in DejaVu Sans Condensed: the period "en negativ avvikelse mot periodiserad
budget på 5,9 mnkr" and, in the next sentence, the full year "ett underskott på 9,4 mnkr, vilket är 2,1 mnkr
mer än i tertialbokslutet" (a cause and a forecast change with the same text), the full year's reasons in a
paragraph of their own (amount null); a kostnadsslag table in tkr with a trailing minus ("8 600-"), run-in
kostnadsslag ending in a full stop with a reason and an amount in mnkr ("Intäkter.") or reasons only (the
rows' "8 600-", "4 900-", "1 200"), a row with no prose; then headings (in a two-column block) that carry the
verksamhet and amount ("Hemtjänst −6,1 mnkr"), so the deficit is explained twice; an action with its effect
and sick leave against last year (other). DejaVu Sans Condensed 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import Columns, H, P, ReportSpec, Style, Table, Title

from reports.common import HP, LP, A, C, F, O

HEAD = "The heading carries the verksamhet and its amount."
ROW = "Reasons only: the table row's cell (trailing minus)."


def spec() -> ReportSpec:
    style = Style(
        body="cond",
        bold="cond-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.4,
        para_gap=6.0,
        heading_sizes=(15.0, 11.5, 10.0),
        heading_fonts=("cond-bold", "cond-bold", "cond-bold"),
        margins=(60.0, 76.0, 60.0, 72.0),
        gutter=20.0,
        header=lambda n, m: ("HUDDINGE KOMMUN", "Äldreomsorgsnämnden"),
        footer=lambda n, m: ("Delårsrapport 2025, ÄON 2025-09-23", "", f"Sida {n} ({m})"),
        header_size=7.5,
    )
    table = Table(
        caption="Tabell 1. Helårsprognos per kostnadsslag, tkr (avvikelse med minustecken = underskott)",
        header=(("Kostnadsslag", "Budget 2025", "Prognos 2025", "Avvikelse"),),
        rows=(
            ("Intäkter", "112 400", "115 600", "3 200"),
            ("Personalkostnader", "486 200", "494 800", "8 600-"),
            ("Köp av verksamhet", "612 000", "616 900", "4 900-"),
            ("Lokalkostnader", "98 500", "97 300", "1 200"),
            ("Övriga kostnader", "41 800", "42 100", "300-"),
            ("Nettokostnad", "1 126 100", "1 135 500", "9 400-"),
        ),
        widths=(170.0, 80.0, 80.0, 80.0),
        bold_rows=frozenset({5}),
        rules=True,
        grid=True,
        size=8.5,
    )
    blocks = [
        Title("Delårsrapport per 31 augusti 2025", size=19, font="cond-bold", after=2),
        Title("Äldreomsorgsnämnden", size=12.5, font="cond", after=14),
        H("Ekonomiskt utfall och prognos", 2),
        P(
            "Nämndens utfall för januari–augusti visar en negativ avvikelse mot periodiserad budget på 5,9 mnkr.",
            C(None, "5,9 mnkr", "-", note="The period in a sentence of its own."),
        ),
        P(
            "För helåret prognostiseras ett underskott på 9,4 mnkr, vilket är 2,1 mnkr mer än i tertialbokslutet "
            "per april.",
            C(
                None,
                "9,4 mnkr",
                "-",
                note="The full year and the change since April in one sentence: a cause and a forecast change.",
                also=(F(None, "2,1 mnkr", "-"),),
            ),
        ),
        P(
            "Underskottet beror på att fler personer har beviljats hemtjänst och att beläggningen på vård- och "
            "omsorgsboendena har varit högre än budgeterat, samtidigt som sjukfrånvaron har ökat kostnaderna för "
            "timvikarier.",
            C(
                None,
                None,
                "-",
                "volymer",
                "sjukfranvaro",
                "vikarier",
                note="The full year's reasons in a paragraph of their own: amount null.",
            ),
        ),
        table,
        LP(
            "Intäkter.",
            "Riktade statsbidrag för äldreomsorgen har blivit 3,2 mnkr högre än beräknat.",
            C("Intäkter", "3,2 mnkr", "+", "statsbidrag"),
        ),
        LP(
            "Personalkostnader.",
            "Sjukfrånvaro och timvikarier i egen regi samt övertid under sommaren ger en negativ avvikelse.",
            C(
                "Personalkostnader",
                "8 600-",
                "-",
                "sjukfranvaro",
                "vikarier",
                "overtid",
                unit="tkr",
                table=True,
                note=ROW,
            ),
        ),
        LP(
            "Köp av verksamhet.",
            "Fler hemtjänsttimmar hos privata utförare i valfrihetssystemet och fler köpta platser på vård- och "
            "omsorgsboende.",
            C(
                "Köp av verksamhet",
                "4 900-",
                "-",
                "volymer",
                "kopt_verksamhet",
                unit="tkr",
                table=True,
                note=ROW,
            ),
        ),
        LP(
            "Lokalkostnader.",
            "Lägre än budget, eftersom ett av korttidsboendets våningsplan har lämnats tillbaka till hyresvärden.",
            C(
                "Lokalkostnader",
                "1 200",
                "+",
                "lokaler",
                unit="tkr",
                table=True,
                note="Reasons only: the table row's cell.",
            ),
        ),
        H("Avvikelse per verksamhet", 2),
        Columns(2),
        HP(
            "Hemtjänst −6,1 mnkr",
            "Antalet beviljade hemtjänsttimmar är 9 procent fler än budgeterat, och en större andel av timmarna "
            "utförs av privata utförare.",
            C("Hemtjänst", "−6,1 mnkr", "-", "volymer", "kopt_verksamhet", note=HEAD),
        ),
        HP(
            "Vård- och omsorgsboende −4,8 mnkr",
            "Hög beläggning och sjukfrånvaro på Solgårdens vård- och omsorgsboende har krävt fler timvikarier. "
            "Nämnden har dessutom köpt fyra externa platser under sommaren.",
            C(
                "Vård- och omsorgsboende",
                "−4,8 mnkr",
                "-",
                "volymer",
                "sjukfranvaro",
                "vikarier",
                "kopt_verksamhet",
                note=HEAD,
            ),
        ),
        HP(
            "Biståndshandläggning +0,9 mnkr",
            "Vakanta handläggartjänster under våren.",
            C("Biståndshandläggning", "+0,9 mnkr", "+", "vakanser", note=HEAD),
        ),
        HP(
            "Dagverksamhet och förebyggande arbete +0,6 mnkr",
            "Två dagverksamheter har haft färre besökare än planerat och en av dem har haft kortare öppettider.",
            C("Dagverksamhet och förebyggande arbete", "+0,6 mnkr", "+", "volymer", note=HEAD),
        ),
        Columns(1),
        H("Åtgärder", 2),
        P(
            "Förvaltningen har infört ett övertidsstopp och en översyn av scheman inom vård- och omsorgsboendena, "
            "med en beräknad effekt på 1,5 mnkr under resten av året.",
            A(None, "1,5 mnkr", "overtid", "bemanning"),
        ),
        H("Personal", 2),
        P(
            "Sjukfrånvaron var 8,7 procent under perioden, vilket är 0,9 procentenheter högre än samma period "
            "förra året.",
            O(None, note="Sick leave against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="huddinge-aon-delarsrapport-2025-08.pdf",
        report={
            "municipality": "Huddinge",
            "committee": ["Äldreomsorgsnämnden"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={"title": "Delårsrapport per 31 augusti 2025", "author": "Huddinge kommun"},
        style=style,
        blocks=blocks,
    )
