"""Timrå kommun, Kultur- och fritidsnämnden, månadsuppföljning juni 2026.

A culture committee's short month report in tkr, footer with the arbetsutskott's meeting date in August: the
full year "ett överskott gentemot budget med 640 tkr" and the change since May in two sentences; a comment
table with en-dash minus signs whose comments take their row's cell (one comment names only a part, "+120
tkr", of the row's 320; "Enligt budget." is boilerplate; a row with no comment gives nothing); a risk about
the swimming hall (other); investments "2,1 mnkr, att jämföra med budgeterade 3,4 mnkr" (1,3 never written
out); the period "1 120 tkr lägre än periodiserad budget" with its timing reason in the same sentence; an
action without an amount. Liberation Sans Narrow 10.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, CommentTable, H, P, ReportSpec, Style, Title

from reports.common import BP, A, C, F, O

ROW = "A comment in the result table: the row's deviation cell is the amount."


def spec() -> ReportSpec:
    style = Style(
        body="narrow",
        bold="narrow-bold",
        italic="arial-italic",
        size=10.5,
        leading=1.36,
        para_gap=6.5,
        heading_sizes=(16.0, 12.5, 11.0),
        heading_fonts=("narrow-bold", "narrow-bold", "narrow-bold"),
        margins=(66.0, 78.0, 66.0, 72.0),
        header=lambda n, m: ("Timrå kommun", "Kultur- och fritidsförvaltningen"),
        footer=lambda n, m: ("Kultur- och fritidsnämndens arbetsutskott 2026-08-12", "", f"{n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    comments = CommentTable(
        header=("Verksamhet", "Budget", "Prognos", "Avvikelse", "Kommentar"),
        rows=(
            (
                ("Bibliotek", "9 850", "9 620", "230"),
                "Vakant bibliotekarietjänst i Sörberge under våren.",
                C("Bibliotek", "230", "+", "vakanser", unit="tkr", table=True, note=ROW),
            ),
            (
                ("Simhall och idrottsanläggningar", "14 300", "14 860", "–560"),
                "Högre elkostnader samt reparation av simhallens reningsanläggning efter ett haveri i mars.",
                C(
                    "Simhall och idrottsanläggningar",
                    "–560",
                    "-",
                    "prisokningar",
                    "ovrigt",
                    unit="tkr",
                    table=True,
                    note=ROW + " An en dash as the minus sign.",
                ),
            ),
            (("Fritidsgårdar", "3 900", "3 700", "200"), "", None),
            (
                ("Kulturskola", "6 200", "5 880", "320"),
                "Fler elever har anmält sig till terminens kurser, vilket ger högre avgiftsintäkter än budgeterat, "
                "+120 tkr. Därtill har en lärartjänst varit vakant.",
                C(
                    "Kulturskola",
                    "320",
                    "+",
                    "volymer",
                    "avgifter_intakter",
                    "vakanser",
                    unit="tkr",
                    table=True,
                    note=ROW + " The comment's +120 tkr is only a part.",
                ),
            ),
            (
                ("Föreningsbidrag", "4 100", "4 100", "0"),
                "Enligt budget.",
                BP("Föreningsbidrag"),
            ),
            (
                ("Evenemang", "1 650", "1 200", "450"),
                "Stadsfesten genomförs i mindre format än planerat.",
                C("Evenemang", "450", "+", "ovrigt", unit="tkr", table=True, note=ROW),
            ),
            (("Förvaltningsledning", "2 000", "2 000", "0"), "", None),
            (("Summa, tkr", "42 000", "41 360", "640"), "", None),
        ),
        widths=(128.0, 46.0, 46.0, 50.0),
        size=8.5,
    )
    blocks = [
        Title("Månadsuppföljning juni 2026", size=19, font="narrow-bold", after=2),
        Title("Kultur- och fritidsnämnden", size=12.5, font="narrow", after=12),
        H("Ekonomiskt läge", 2),
        PS(
            (
                "Kultur- och fritidsnämnden beräknas göra ett överskott gentemot budget med 640 tkr för helåret.",
                C(None, "640 tkr", "+"),
            ),
            ("Jämfört med majprognosen är det en förbättring med 310 tkr.", F(None, "310 tkr", "+")),
        ),
        comments,
        H("Simhallen", 3),
        P(
            "Det finns en risk att simhallen måste hålla stängt även under hösten, vilket i så fall skulle minska "
            "entréintäkterna med omkring 300 tkr.",
            O("Simhall och idrottsanläggningar", "avgifter_intakter", note="A risk: other."),
        ),
        H("Investeringar", 3),
        P(
            "Investeringsprognosen är 2,1 mnkr, att jämföra med budgeterade 3,4 mnkr. Konstgräsplanen i Bergeforsen "
            "har skjutits upp till 2027 i väntan på besked om externt bidrag.",
            C(
                "Investeringar",
                "2,1 mnkr, att jämföra med budgeterade 3,4 mnkr",
                "+",
                "periodisering",
                value=1_300_000,
                note="An under-spend never written out (1,3 mnkr): the computed value.",
            ),
        ),
        H("Periodens utfall", 3),
        P(
            "Utfallet för januari–juni är 1 120 tkr lägre än periodiserad budget, men överskottet för perioden "
            "minskar under hösten när föreningsbidragen betalas ut.",
            C(None, "1 120 tkr", "+", "periodisering", note="The period's deviation with its timing reason."),
        ),
        H("Åtgärder", 3),
        P(
            "Nämnden har beslutat att senarelägga inköpet av ny utrustning till fritidsgårdarna till 2027.",
            A("Fritidsgårdar", None, "material_hjalpmedel"),
        ),
    ]
    return ReportSpec(
        file="timra-kfn-manadsuppfoljning-2026-06.pdf",
        report={
            "municipality": "Timrå",
            "committee": ["Kultur- och fritidsnämnden"],
            "period": ["2026-06"],
            "report_type": "månadsuppföljning",
        },
        metadata={
            "title": "Månadsuppföljning juni 2026 Kultur- och fritidsnämnden",
            "author": "Timrå kommun",
        },
        style=style,
        blocks=blocks,
    )
