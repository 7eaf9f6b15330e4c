"""Lunds kommun, Arbetsmarknadsnämnden, månadsuppföljning februari 2026.

A social committee's short month report in tkr (ekonomiskt bistånd and labour-market measures), DejaVu Sans
9.5 pt, footer with the arbetsutskott's date in March: the full year "underskott mot budget på 9 400 tkr" with
its reason in the same sentence and the period "2 150 tkr sämre än periodens budget" in the next (two items);
a comment table in tkr with U+2212 minus signs whose last column explains each row: reasons only (each takes
its row's cell), one comment with its own amount in words ("drygt två miljoner kronor", the stated figure, not
the row's "2 300"), a row "Prognos enligt budget." (boilerplate) and the sum row without comment; the change
since January with its cause; two actions as bullets under "Åtgärder", one with an effect; an uncertainty
and households against last year (others). 7 scored causes.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Bullets, CommentTable, H, P, ReportSpec, Style, Title

from reports.common import BP, A, C, F, O

ROW = "A comment-table row: the row's deviation cell (tkr)."


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.4,
        para_gap=6.0,
        heading_sizes=(14.0, 11.5, 10.0),
        heading_fonts=("bold", "bold", "bold"),
        margins=(64.0, 76.0, 64.0, 72.0),
        header=lambda n, m: ("Lunds kommun", "Arbetsmarknadsförvaltningen"),
        footer=lambda n, m: ("Arbetsmarknadsnämndens arbetsutskott 2026-03-11", "", f"{n}/{m}"),
        header_size=7.5,
        rule_under_header=True,
    )
    table = CommentTable(
        header=("Verksamhet", "Budget", "Prognos", "Avvikelse", "Kommentar"),
        rows=(
            (
                ("Ekonomiskt bistånd", "148 200", "160 000", "−11 800"),
                "Antalet hushåll med försörjningsstöd har ökat med 6 procent sedan december, och den genomsnittliga "
                "utbetalningen per hushåll är högre än budgeterat.",
                C(
                    "Ekonomiskt bistånd",
                    "−11 800",
                    "-",
                    "ekonomiskt_bistand",
                    "volymer",
                    unit="tkr",
                    table=True,
                    note=ROW,
                ),
            ),
            (
                ("Arbetsmarknadsinsatser", "96 500", "94 200", "2 300"),
                "Färre deltagare än planerat har kunnat matchas mot extratjänster, vilket ger lägre kostnader för "
                "anställningsstöd, drygt två miljoner kronor.",
                C(
                    "Arbetsmarknadsinsatser",
                    "drygt två miljoner kronor",
                    "+",
                    "volymer",
                    value=2_000_000,
                    note="The comment states its own amount in words: the stated figure from the prose (the row's "
                    "cell is 2 300).",
                ),
            ),
            (
                ("Etablering", "21 400", "22 300", "−900"),
                "Schablonersättningen från Migrationsverket för nyanlända blir lägre än budgeterat.",
                C("Etablering", "−900", "-", "statsbidrag", unit="tkr", table=True, note=ROW),
            ),
            (
                ("Feriearbete", "6 800", "7 400", "−600"),
                "Nämnden har beslutat att erbjuda fler ungdomar feriearbete i sommar än vad som ryms i budgeten.",
                C("Feriearbete", "−600", "-", "volymer", unit="tkr", table=True, note=ROW),
            ),
            (
                ("Budget- och skuldrådgivning", "3 900", "3 900", "0"),
                "Prognos enligt budget.",
                BP("Budget- och skuldrådgivning"),
            ),
            (
                ("Ledning och administration", "24 600", "23 000", "1 600"),
                "Vakanta tjänster som arbetsmarknadskonsulent och controller under årets början.",
                C("Ledning och administration", "1 600", "+", "vakanser", unit="tkr", table=True, note=ROW),
            ),
            (("Summa", "301 400", "310 800", "−9 400"), "", None),
        ),
        widths=(150.0, 52.0, 52.0, 56.0),
        size=8.5,
    )
    blocks = [
        Title("Månadsuppföljning februari 2026", size=18, font="bold", after=2),
        Title("Arbetsmarknadsnämnden", size=12, font="sans", after=12),
        H("Sammanfattning", 2),
        PS(
            (
                "Arbetsmarknadsnämnden prognostiserar för 2026 ett underskott mot budget på 9 400 tkr, vilket framför "
                "allt beror på att fler hushåll än beräknat har behov av försörjningsstöd.",
                C(None, "9 400 tkr", "-", "ekonomiskt_bistand", "volymer"),
            ),
            (
                "Utfallet för januari–februari är 2 150 tkr sämre än periodens budget.",
                C(None, "2 150 tkr", "-", note="The period in a sentence of its own: a separate item."),
            ),
        ),
        H("Prognos per verksamhet, tkr", 2),
        table,
        H("Förändring sedan föregående prognos", 2),
        P(
            "Prognosen är 1 600 tkr sämre än i budgetuppföljningen i januari, till följd av att fler hushåll har "
            "ansökt om ekonomiskt bistånd under februari.",
            F(None, "1 600 tkr", "-", "ekonomiskt_bistand", "volymer"),
        ),
        H("Åtgärder", 2),
        Bullets(
            (
                "Förvaltningen förstärker uppföljningen av hushåll med långvarigt ekonomiskt bistånd genom ett "
                "särskilt team med arbetsmarknadskonsulenter och socialsekreterare.",
                "Tillfälligt stopp för konferenser och externa utbildningar, vilket bedöms minska kostnaderna med "
                "500 tkr under året.",
            ),
            labels=(
                A("Ekonomiskt bistånd", None, "ekonomiskt_bistand"),
                A(None, "500 tkr"),
            ),
        ),
        H("Osäkerheter", 2),
        P(
            "Osäkerheten i prognosen är stor eftersom arbetslösheten i regionen fortsätter att stiga och effekten "
            "av de nya reglerna för bostadsbidrag ännu inte är känd.",
            O(None, note="An uncertainty: other."),
        ),
        P(
            "I februari fick 1 912 hushåll ekonomiskt bistånd, att jämföra med 1 774 hushåll i februari 2025.",
            O("Ekonomiskt bistånd", note="Households against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="lund-amn-manadsuppfoljning-2026-02.pdf",
        report={
            "municipality": "Lund",
            "committee": ["Arbetsmarknadsnämnden"],
            "period": ["2026-02"],
            "report_type": "månadsuppföljning",
        },
        metadata={"title": "Månadsuppföljning februari 2026 Arbetsmarknadsnämnden", "author": "Lunds kommun"},
        style=style,
        blocks=blocks,
    )
