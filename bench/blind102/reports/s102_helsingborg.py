"""Helsingborgs stad, Idrotts- och fritidsnämnden, månadsrapport februari 2026.

A short month report in Liberation Sans Narrow 10 pt dated in March, with a reading note that declares tusen
kronor and brackets for deficits: the full year "2 350 tkr sämre än budget" and the period "640 tkr bättre än
periodens budget" with its timing reason in two sentences of one paragraph (two items); a table with deficits
in brackets ("(1 800)"); bold run-in verksamheter ending in a full stop: a reason-only deficit (the row's "(1
800)"), "Underskottet på 1 250 tkr", a reason-only surplus (the row's "800"), "Ett mindre underskott, 100 tkr,"
and "bedöms hålla budget" (boilerplate); capital costs "300 tkr lägre än budgeterat" by kostnadsslag, "Prognosen
är oförändrad" (boilerplate forecast change), investments used in full (boilerplate), an action with "cirka 400
tkr" and visits against 2025 (other). 7 scored causes.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import BF, BP, LP, A, C, O

ROW = "Reasons only: the table row's cell (tkr, deficit in brackets)."


def spec() -> ReportSpec:
    style = Style(
        body="narrow",
        bold="narrow-bold",
        italic="arial-italic",
        size=10.0,
        leading=1.38,
        para_gap=6.0,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("narrow-bold", "narrow-bold", "narrow-bold"),
        margins=(72.0, 80.0, 72.0, 72.0),
        header=lambda n, m: ("Helsingborgs stad", "Idrotts- och fritidsnämnden"),
        footer=lambda n, m: ("Månadsrapport februari 2026", "2026-03-12, Dnr 2026/118", f"{n}({m})"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Prognos per verksamhet 2026, tkr",
        header=(("Verksamhet", "Budget 2026", "Prognos 2026", "Avvikelse"),),
        rows=(
            ("Idrottsanläggningar", "148 300", "150 100", "(1 800)"),
            ("Simhallar och bad", "62 400", "63 650", "(1 250)"),
            ("Föreningsbidrag", "41 200", "40 400", "800"),
            ("Fritidsgårdar och mötesplatser", "38 900", "39 000", "(100)"),
            ("Evenemang", "12 600", "12 600", "0"),
            ("Nämnd och ledning", "7 300", "7 300", "0"),
            ("Summa", "310 700", "313 050", "(2 350)"),
        ),
        widths=(170.0, 80.0, 80.0, 80.0),
        bold_rows=frozenset({6}),
        rules=True,
        grid=True,
        size=9.0,
    )
    blocks = [
        Title("Månadsrapport februari 2026", size=18, font="narrow-bold", after=4),
        Title("Idrotts- och fritidsnämnden", size=12, font="narrow", after=10),
        P(
            "Läsanvisning: Belopp anges i tusen kronor (tkr). Underskott mot budget anges inom parentes.",
            size=9.0,
        ),
        H("Ekonomisk prognos", 2),
        PS(
            (
                "Idrotts- och fritidsnämnden prognostiserar ett helårsresultat som är 2 350 tkr sämre än budget.",
                C(None, "2 350 tkr", "-"),
            ),
            (
                "Utfallet för januari–februari är 640 tkr bättre än periodens budget, vilket helt beror på att "
                "underhållsarbetena i ishallarna är planerade till våren.",
                C(
                    None,
                    "640 tkr",
                    "+",
                    "periodisering",
                    note="The period in a sentence of its own with its timing reason: a second cause.",
                ),
            ),
        ),
        P("Prognosen är oförändrad jämfört med januari.", BF(None)),
        table,
        H("Kommentarer per verksamhet", 2),
        LP(
            "Idrottsanläggningar.",
            "Kostnaderna för el och fjärrvärme i de stora hallarna väntas bli högre än budgeterat efter nya avtal, "
            "och den nya konstgräsplanen medför driftkostnader som inte ingår i ramen.",
            C(
                "Idrottsanläggningar",
                "(1 800)",
                "-",
                "prisokningar",
                "ovrigt",
                unit="tkr",
                table=True,
                note=ROW + " Unfunded running costs of a new facility are ovrigt.",
            ),
        ),
        LP(
            "Simhallar och bad.",
            "Underskottet på 1 250 tkr förklaras av lägre entréintäkter när bassängen i en av simhallarna hålls "
            "stängd för renovering under mars–maj.",
            C("Simhallar och bad", "1 250 tkr", "-", "avgifter_intakter", "ovrigt"),
        ),
        LP(
            "Föreningsbidrag.",
            "Färre föreningar än beräknat har sökt aktivitetsstöd.",
            C("Föreningsbidrag", "800", "+", "volymer", unit="tkr", table=True, note=ROW),
        ),
        LP(
            "Fritidsgårdar och mötesplatser.",
            "Ett mindre underskott, 100 tkr, till följd av sjukfrånvaro som kräver vikarier.",
            C("Fritidsgårdar och mötesplatser", "100 tkr", "-", "sjukfranvaro", "vikarier"),
        ),
        LP("Evenemang.", "Verksamheten bedöms hålla budget.", BP("Evenemang")),
        P(
            "Kapitalkostnaderna blir 300 tkr lägre än budgeterat eftersom den nya idrottshallen i Drottninghög tas "
            "i bruk först till hösten.",
            C(
                "Kapitalkostnader",
                "300 tkr",
                "+",
                "periodisering",
                note="A kostnadsslag across the verksamheter: its own item.",
            ),
        ),
        H("Investeringar", 2),
        P("Investeringsbudgeten på 18 500 tkr bedöms användas fullt ut.", BP("Investeringar")),
        H("Åtgärder", 2),
        P(
            "Förvaltningen ser över öppettiderna i simhallarna under sommaren och bedömer att det kan minska "
            "underskottet med cirka 400 tkr.",
            A("Simhallar och bad", "cirka 400 tkr"),
        ),
        H("Verksamhetsmått", 2),
        P(
            "Antalet besök i simhallarna var 8 procent lägre än under samma period 2025.",
            O("Simhallar och bad", note="Visits against last year: other."),
        ),
    ]
    return ReportSpec(
        file="helsingborg-ifn-manadsrapport-2026-02.pdf",
        report={
            "municipality": ["Helsingborg", "Helsingborgs stad"],
            "committee": ["Idrotts- och fritidsnämnden"],
            "period": ["2026-02"],
            "report_type": "månadsrapport",
        },
        metadata={"title": "Månadsrapport februari 2026", "author": "Helsingborgs stad"},
        style=style,
        blocks=blocks,
    )
