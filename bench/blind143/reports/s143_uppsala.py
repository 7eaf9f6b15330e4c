"""Uppsala kommun, Idrotts- och fritidsnämnden, tertialrapport 1 2026 (per april).

A leisure committee's tertial report set in Liberation Serif (Times), whose footer carries the nämnd's
meeting date in May: the full year "ett underskott på 4,6 miljoner kronor" first, the period "2,1 miljoner
kronor bättre än periodiserad budget" with its timing reason in the same sentence, the change since February
(a forecast change); a table whose last column is each row's comment (CommentTable) in tkr with en-dash minus
signs, where the comments give reasons without amounts (each takes its row's cell: "300", "–4 550",
"–1 800", "1 050"), one says "Prognos enligt budget" (boilerplate) and one row and the sum have no comment
(unlabelled); investments "Prognosen är 24,5 mnkr" against a budget of 38,0 (13,5 never written out); an
action with its effect and a risk about energy prices (other). 7 scored causes.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import CommentTable, H, P, ReportSpec, Style, Title

from reports.common import BP, A, C, F, O

ROW = "A comment-column reason with no amount: the row's deviation cell (tkr)."


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=10.5,
        leading=1.35,
        para_gap=6.5,
        heading_sizes=(16.0, 12.5, 11.0),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(70.0, 80.0, 66.0, 72.0),
        header=lambda n, m: ("Uppsala kommun", "Idrotts- och fritidsnämnden"),
        footer=lambda n, m: ("Tertialrapport 1 2026", "Sammanträde 2026-05-21", f"{n} ({m})"),
        header_size=8.0,
        rule_under_header=False,
    )
    comments = CommentTable(
        header=("Verksamhet, tkr", "Budget", "Prognos", "Avvikelse", "Kommentar"),
        rows=(
            (
                ("Nämnd och ledning", "6 200", "5 900", "300"),
                "Vakant tjänst som utvecklingsstrateg under våren.",
                C("Nämnd och ledning", "300", "+", "vakanser", unit="tkr", table=True, note=ROW),
            ),
            (
                ("Idrottsanläggningar", "118 400", "122 950", "–4 550"),
                "Högre kostnader för el och fjärrvärme i ishallarna, samt kapitalkostnader för den nya "
                "idrottshallen i Gunsta, som togs i bruk två månader tidigare än planerat.",
                C(
                    "Idrottsanläggningar",
                    "–4 550",
                    "-",
                    "prisokningar",
                    "periodisering",
                    unit="tkr",
                    table=True,
                    note=ROW + " Energy costs are prisokningar, an earlier start periodisering.",
                ),
            ),
            (
                ("Bad", "52 300", "54 100", "–1 800"),
                "Besöksintäkterna blir lägre än budget eftersom ett av badhusen stängs för reparation i sex "
                "veckor under hösten.",
                C(
                    "Bad",
                    "–1 800",
                    "-",
                    "avgifter_intakter",
                    "ovrigt",
                    unit="tkr",
                    table=True,
                    note=ROW + " A closure for repair is ovrigt.",
                ),
            ),
            (
                ("Föreningsbidrag", "41 000", "41 000", "0"),
                "Prognos enligt budget.",
                BP("Föreningsbidrag"),
            ),
            (
                ("Fritidsgårdar", "28 700", "27 650", "1 050"),
                "Två fritidsgårdar har haft kortare öppettider, eftersom det har varit svårt att rekrytera "
                "fritidsledare.",
                C("Fritidsgårdar", "1 050", "+", "vakanser", unit="tkr", table=True, note=ROW),
            ),
            (("Friluftsliv och naturreservat", "9 600", "9 200", "400"), "", None),
            (("Summa", "256 200", "260 800", "–4 600"), "", None),
        ),
        widths=(130.0, 48.0, 48.0, 54.0),
        size=8.5,
    )
    blocks = [
        Title("Tertialrapport 1 2026", size=20, font="arial-bold", after=2),
        Title("Idrotts- och fritidsnämnden", size=12.5, font="times-italic", after=12),
        H("Sammanfattning", 2),
        P(
            "Nämnden ansvarar för kommunens idrotts- och fritidsanläggningar, bidrag till föreningslivet och "
            "de öppna fritidsverksamheterna för barn och unga."
        ),
        H("Ekonomisk uppföljning", 2),
        P(
            "Nämnden prognostiserar ett underskott på 4,6 miljoner kronor för helåret.",
            C(None, "4,6 miljoner kronor", "-", note="The full year first, in a sentence of its own."),
        ),
        P(
            "Utfallet till och med april är 2,1 miljoner kronor bättre än periodiserad budget, vilket i huvudsak "
            "beror på att fakturor för driften av konstgräsplanerna ännu inte har kommit in.",
            C(
                None,
                "2,1 miljoner kronor",
                "+",
                "periodisering",
                note="The period with its timing reason in the same sentence.",
            ),
        ),
        P(
            "Jämfört med helårsprognosen i februari är det en försämring med 1,2 miljoner kronor.",
            F(None, "1,2 miljoner kronor", "-"),
        ),
        H("Prognos per verksamhet", 3),
        comments,
        H("Investeringar", 2),
        P(
            "Nämndens investeringsbudget för 2026 är 38,0 mnkr. Prognosen är 24,5 mnkr, eftersom upphandlingen "
            "av den nya konstgräsplanen i Storvreta har överprövats.",
            C(
                "Investeringar",
                "24,5 mnkr",
                "+",
                "periodisering",
                value=13_500_000,
                note="An under-spend never written out (38,0 − 24,5): the computed value, the amount text as "
                "written.",
            ),
        ),
        H("Åtgärder", 2),
        P(
            "Förvaltningen ser över öppettiderna i ishallarna under sommaren, vilket beräknas minska kostnaderna "
            "med 600 tkr.",
            A("Idrottsanläggningar", "600 tkr"),
        ),
        H("Risker", 2),
        P(
            "Prognosen för energikostnaderna är osäker, eftersom elpriset under hösten är svårt att bedöma.",
            O(None, "prisokningar", note="A risk."),
        ),
    ]
    return ReportSpec(
        file="uppsala-ifn-tertialrapport-2026-04.pdf",
        report={
            "municipality": "Uppsala",
            "committee": ["Idrotts- och fritidsnämnden"],
            "period": ["2026-04"],
            "report_type": "tertialrapport",
        },
        metadata={"title": "Tertialrapport 1 2026 Idrotts- och fritidsnämnden", "author": "Uppsala kommun"},
        style=style,
        blocks=blocks,
    )
