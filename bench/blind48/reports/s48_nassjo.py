"""Nässjö kommun, Barn- och utbildningsnämnden, tertialrapport 1 2026 (januari–april).

An education committee's first tertial report, footer with the nämnd's meeting in May: the full year "en
negativ avvikelse mot budget med 7,8 mnkr" and the period "2,6 mnkr högre än den periodiserade budgeten" in
one sentence (one item, the full year's amount); a comment table in tkr with en dashes as minus signs, whose
comments are reason-only (each takes its row's cell: "2 200", "–1 800", "–3 600", "400"), one names its own
amount ("Underskottet på 5,4 mnkr beror på"), one says "Prognosen motsvarar budget" (boilerplate) and one row
has no comment (unlabelled); an uncertainty (other); the change since February with its cause; en-dash bullets
of actions, one with an effect; investments "beräknas förbrukas fullt ut" (boilerplate) and sick leave against
last year (other). Liberation Sans Narrow 10.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import Bullets, CommentTable, H, P, ReportSpec, Style, Title

from reports.common import BP, A, C, F, O

ROW = "A comment-column reason with no amount: the row's deviation cell (tkr)."


def spec() -> ReportSpec:
    style = Style(
        body="narrow",
        bold="narrow-bold",
        italic="arial-italic",
        size=10.5,
        leading=1.36,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("narrow-bold", "narrow-bold", "narrow-bold"),
        margins=(66.0, 78.0, 66.0, 72.0),
        header=lambda n, m: ("Nässjö kommun", "Barn- och utbildningsnämnden"),
        footer=lambda n, m: ("Tertialrapport 1 2026", "Sammanträde 2026-05-20", f"{n}({m})"),
        header_size=8.0,
        rule_under_header=True,
    )
    comments = CommentTable(
        header=("Verksamhet, tkr", "Budget", "Prognos", "Avvikelse", "Kommentar"),
        rows=(
            (
                ("Förskola", "168 400", "166 200", "2 200"),
                "Färre barn än planerat i förskolorna i tätorten, och två avdelningar har stängts under våren.",
                C("Förskola", "2 200", "+", "volymer", unit="tkr", table=True, note=ROW),
            ),
            (
                ("Grundskola F–9", "412 900", "418 300", "–5 400"),
                "Underskottet på 5,4 mnkr beror på fler elever med behov av särskilt stöd och ökade kostnader för "
                "elevassistenter. Skolskjutsarna blir också dyrare efter den nya upphandlingen.",
                C(
                    "Grundskola F–9",
                    "5,4 mnkr",
                    "-",
                    "volymer",
                    "prisokningar",
                    note="The comment names its own amount (mnkr against the table's tkr).",
                ),
            ),
            (
                ("Anpassad grundskola", "31 200", "33 000", "–1 800"),
                "Två elever med omfattande behov har placerats i en annan kommuns skola.",
                C(
                    "Anpassad grundskola",
                    "–1 800",
                    "-",
                    "kopt_verksamhet",
                    "volymer",
                    unit="tkr",
                    table=True,
                    note=ROW + " Pupils in another kommun's school: kopt_verksamhet.",
                ),
            ),
            (
                ("Gymnasieskola", "146 500", "150 100", "–3 600"),
                "Fler elever än budgeterat väljer program i andra kommuner och hos fristående huvudmän, vilket ökar "
                "kostnaden för interkommunal ersättning.",
                C(
                    "Gymnasieskola",
                    "–3 600",
                    "-",
                    "kopt_verksamhet",
                    "volymer",
                    unit="tkr",
                    table=True,
                    note=ROW,
                ),
            ),
            (
                ("Vuxenutbildning", "28 300", "28 300", "0"),
                "Prognosen motsvarar budget.",
                BP("Vuxenutbildning"),
            ),
            (("Kulturskola", "9 100", "8 700", "400"), "", None),
            (
                ("Gemensamt och ledning", "22 600", "22 200", "400"),
                "Centralt avsatta medel för kompetensutveckling har ännu inte fördelats.",
                C(
                    "Gemensamt och ledning",
                    "400",
                    "+",
                    "reserver",
                    unit="tkr",
                    table=True,
                    note=ROW + " Undistributed central funds: reserver.",
                ),
            ),
            (("Summa", "819 000", "826 800", "–7 800"), "", None),
        ),
        widths=(112.0, 50.0, 50.0, 54.0),
        size=8.5,
    )
    blocks = [
        Title("Tertialrapport 1 2026", size=19, font="narrow-bold", after=2),
        Title("Barn- och utbildningsnämnden, januari–april", size=12, font="narrow", after=12),
        H("Ekonomisk sammanfattning", 2),
        P(
            "Barn- och utbildningsnämnden prognostiserar för 2026 en negativ avvikelse mot budget med 7,8 mnkr, och "
            "utfallet för januari–april är 2,6 mnkr högre än den periodiserade budgeten.",
            C(
                None,
                "7,8 mnkr",
                "-",
                note="The full year and the period in one sentence: one item with the full year's amount.",
            ),
        ),
        H("Prognos per verksamhet", 2),
        comments,
        P(
            "Prognosen för gymnasieskolan är osäker, eftersom antagningen till hösten inte är klar förrän i juli.",
            O("Gymnasieskola", note="Uncertainty."),
        ),
        H("Förändring sedan februari", 2),
        P(
            "Prognosen har försämrats med 1,2 mnkr sedan februari, vilket förklaras av de två placeringarna inom "
            "anpassad grundskola.",
            F(None, "1,2 mnkr", "-", "kopt_verksamhet"),
        ),
        H("Åtgärder", 2),
        Bullets(
            (
                "Översyn av skolskjutsorganisationen inför läsåret 2026/27.",
                "Anställningsstopp för administrativa tjänster, med en beräknad effekt på 0,9 mnkr under resten av "
                "året.",
            ),
            labels=(A("Grundskola F–9"), A(None, "0,9 mnkr")),
            glyph="–",
        ),
        H("Investeringar", 2),
        P("Investeringsbudgeten på 14,5 mnkr beräknas förbrukas fullt ut.", BP("Investeringar")),
        H("Personal", 2),
        P(
            "Sjukfrånvaron var 7,9 procent under perioden, vilket är 0,6 procentenheter lägre än samma period 2025.",
            O(None, note="Sick leave against the previous year."),
        ),
    ]
    return ReportSpec(
        file="nassjo-bun-tertialrapport-2026-04.pdf",
        report={
            "municipality": "Nässjö",
            "committee": ["Barn- och utbildningsnämnden"],
            "period": ["2026-04"],
            "report_type": "tertialrapport",
        },
        metadata={"title": "Tertialrapport 1 2026 Barn- och utbildningsnämnden", "author": "Nässjö kommun"},
        style=style,
        blocks=blocks,
    )
