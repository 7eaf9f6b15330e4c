"""Laholms kommun, Socialnämnden, månadsrapport mars 2026.

A social committee's month report in DejaVu Sans Condensed 10 pt, footer with the arbetsutskott's date in
April: the full year "ett underskott på 7,4 miljoner kronor jämfört med budget" with the areas named (no
reasons) and the period "1,1 miljoner kronor sämre än periodiserad budget" in separate sentences, the change
since February (no cause), then a table whose last column is each row's comment (tkr, avvikelse = budget −
prognos): reasons without amounts that take their row's cell ("-1 800", "-2 900", "150"), an LSS comment whose
"2,6 miljoner kronor" is only a part (the row's "-3 200"), "I nivå med budget" (boilerplate) and a row with no
comment; two actions (one with "0,8 miljoner kronor"), and a risk "upp till 1,5 miljoner kronor" (other).

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, CommentTable, H, P, ReportSpec, Style, Title

from reports.common import BP, A, C, F, O

ROW = "A comment-column reason with no amount: the row's deviation cell (tkr)."


def spec() -> ReportSpec:
    style = Style(
        body="cond",
        bold="cond-bold",
        italic="sans-italic",
        size=10.0,
        leading=1.4,
        para_gap=7.0,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("cond-bold", "cond-bold", "cond-bold"),
        margins=(62.0, 76.0, 62.0, 72.0),
        header=lambda n, m: ("Laholms kommun | Socialförvaltningen", "Månadsrapport mars 2026"),
        footer=lambda n, m: ("Socialnämndens arbetsutskott 2026-04-14", "", f"{n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    comments = CommentTable(
        header=("Verksamhet", "Budget", "Prognos", "Avvikelse", "Kommentar"),
        rows=(
            (
                ("Nämnd och ledning", "4 200", "4 050", "150"),
                "Lägre kostnader för arvoden och utbildning än planerat.",
                C("Nämnd och ledning", "150", "+", "ovrigt", unit="tkr", table=True, note=ROW),
            ),
            (
                ("Äldreomsorg", "198 600", "198 400", "200"),
                "I nivå med budget.",
                BP("Äldreomsorg", note="'I nivå med budget' beside a row of 200: boilerplate."),
            ),
            (
                ("Hemtjänst", "64 300", "66 100", "-1 800"),
                "Antalet beviljade timmar har ökat med 6 procent sedan december. Kostnaden för sjuklön är också "
                "högre än budgeterat.",
                C("Hemtjänst", "-1 800", "-", "volymer", "sjukfranvaro", unit="tkr", table=True, note=ROW),
            ),
            (("Hälso- och sjukvård", "38 900", "38 900", "0"), "", None),
            (
                ("LSS", "92 700", "95 900", "-3 200"),
                "Två nya ärenden med personlig assistans där Försäkringskassan har avslagit ansökan om "
                "assistansersättning, vilket kostar nämnden 2,6 miljoner kronor på helår. I övrigt högre kostnader "
                "för köpta platser i bostad med särskild service.",
                C(
                    "LSS",
                    "-3 200",
                    "-",
                    "ersattning_fk",
                    "kopt_verksamhet",
                    unit="tkr",
                    table=True,
                    note="The comment's 2,6 miljoner kronor is only a part: the row's cell.",
                ),
            ),
            (
                ("Individ- och familjeomsorg", "61 500", "64 400", "-2 900"),
                "Underskott på grund av fler placeringar av barn och unga i familjehem och på HVB.",
                C(
                    "Individ- och familjeomsorg",
                    "-2 900",
                    "-",
                    "kopt_verksamhet",
                    "volymer",
                    unit="tkr",
                    table=True,
                    note=ROW,
                ),
            ),
            (
                ("Ekonomiskt bistånd", "18 200", "18 050", "150"),
                "Färre hushåll än beräknat har behövt försörjningsstöd.",
                C(
                    "Ekonomiskt bistånd",
                    "150",
                    "+",
                    "ekonomiskt_bistand",
                    "volymer",
                    unit="tkr",
                    table=True,
                    note=ROW,
                ),
            ),
            (("Summa", "478 400", "485 800", "-7 400"), "", None),
        ),
        widths=(128.0, 52.0, 52.0, 56.0),
        size=8.5,
    )
    blocks = [
        Title("Månadsrapport mars 2026", size=18, font="cond-bold", after=2),
        Title("Socialnämnden", size=12, font="cond", after=12),
        H("Sammanfattning", 2),
        PS(
            (
                "Socialnämndens helårsprognos efter mars är ett underskott på 7,4 miljoner kronor jämfört med "
                "budget. Underskottet finns framför allt inom LSS och individ- och familjeomsorgen, medan "
                "äldreomsorgen och hälso- och sjukvården håller sig inom sina ramar.",
                C(None, "7,4 miljoner kronor", "-", note="Areas named, no reasons: no tags."),
            ),
            (
                "Efter tre månader är utfallet 1,1 miljoner kronor sämre än periodiserad budget.",
                C(None, "1,1 miljoner kronor", "-"),
            ),
        ),
        P("Prognosen är 2,3 miljoner kronor sämre än i februari.", F(None, "2,3 miljoner kronor", "-")),
        H("Prognos per verksamhet, tkr", 3),
        comments,
        H("Åtgärder", 2),
        PS(
            (
                "Förvaltningen har infört bemanningsplanering per vecka i hemtjänsten, vilket beräknas minska "
                "kostnaderna med 0,8 miljoner kronor under resten av året.",
                A("Hemtjänst", "0,8 miljoner kronor", "bemanning"),
            ),
            (
                "En handlingsplan för att fler placerade barn ska kunna tas emot i kommunens egna familjehem tas "
                "fram till maj.",
                A("Individ- och familjeomsorg", None, "kopt_verksamhet"),
            ),
        ),
        H("Risker", 2),
        P(
            "Det finns en risk att ytterligare två ärenden inom LSS blir aktuella under våren, vilket kan öka "
            "kostnaderna med upp till 1,5 miljoner kronor.",
            O("LSS", note="A risk: other."),
        ),
    ]
    return ReportSpec(
        file="laholm-sn-manadsrapport-2026-03.pdf",
        report={
            "municipality": "Laholm",
            "committee": ["Socialnämnden"],
            "period": ["2026-03"],
            "report_type": "månadsrapport",
        },
        metadata={"title": "Månadsrapport mars 2026 Socialnämnden", "author": "Laholms kommun"},
        style=style,
        blocks=blocks,
    )
