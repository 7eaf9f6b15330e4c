"""Staffanstorps kommun, Kultur- och fritidsnämnden, månadsuppföljning maj 2026.

A culture and leisure committee's month follow-up, footer with a print date in June: the full year "en
negativ budgetavvikelse för helåret på 1 230 tkr", the period "+310 tkr mot periodiserad budget" with its
timing reason in the same sentence, the change since March with its cause (a forecast change); a table
whose last column is each row's comment (CommentTable) with U+2212 minus signs, where the comments give
reasons without amounts (each takes its row's cell: "130", "−750", "420", "−1 280"), one says "Prognos enligt
budget" (boilerplate) and one row and the sum have no comment (unlabelled); entrance fees "190 tkr lägre än
budget för perioden" (negative), an artificial-turf project "0,6 mnkr billigare än budgeterat"; an action
with its effect and library visits against last year (other). DejaVu Sans Condensed 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import CommentTable, H, P, ReportSpec, Style, Title

from reports.common import BP, A, C, F, O

ROW = "A comment-column reason with no amount: the row's deviation cell (tkr)."


def spec() -> ReportSpec:
    style = Style(
        body="cond",
        bold="cond-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.42,
        para_gap=6.0,
        heading_sizes=(15.0, 11.5, 10.0),
        heading_fonts=("cond-bold", "cond-bold", "cond-bold"),
        margins=(58.0, 74.0, 58.0, 70.0),
        header=lambda n, m: ("Staffanstorps kommun", "Månadsuppföljning maj 2026"),
        footer=lambda n, m: ("Kultur- och fritidsnämnden", "Utskriftsdatum 2026-06-08", f"{n}/{m}"),
        header_size=7.5,
        rule_under_header=True,
    )
    comments = CommentTable(
        header=("Verksamhet (tkr)", "Budget helår", "Prognos helår", "Avvikelse", "Kommentar"),
        rows=(
            (
                ("Nämnd och administration", "3 850", "3 720", "130"),
                "Lägre kostnader för arvoden efter färre sammanträden under våren.",
                C("Nämnd och administration", "130", "+", "ovrigt", unit="tkr", table=True, note=ROW),
            ),
            (
                ("Bibliotek", "14 200", "14 950", "−750"),
                "Hyran för det nya biblioteket i Hjärup blev högre än beräknat och flytten krävde extra personal "
                "under tre veckor.",
                C("Bibliotek", "−750", "-", "lokaler", "bemanning", unit="tkr", table=True, note=ROW),
            ),
            (
                ("Kulturskola", "9 600", "9 180", "420"),
                "Två lärartjänster är vakanta och tillsätts först till hösten.",
                C("Kulturskola", "420", "+", "vakanser", unit="tkr", table=True, note=ROW),
            ),
            (
                ("Allmänkultur", "4 300", "4 300", "0"),
                "Prognos enligt budget.",
                BP("Allmänkultur"),
            ),
            (
                ("Idrott och anläggningar", "21 700", "22 980", "−1 280"),
                "Högre elkostnader i sporthallen och en oplanerad reparation av ventilationen i simhallen.",
                C(
                    "Idrott och anläggningar",
                    "−1 280",
                    "-",
                    "prisokningar",
                    "ovrigt",
                    unit="tkr",
                    table=True,
                    note=ROW + " An unplanned repair is ovrigt.",
                ),
            ),
            (("Fritidsgårdar", "6 100", "5 850", "250"), "", None),
            (("Summa", "59 750", "60 980", "−1 230"), "", None),
        ),
        widths=(150.0, 62.0, 64.0, 58.0),
        size=8.5,
    )
    blocks = [
        Title("Månadsuppföljning maj 2026", size=18, font="cond-bold", after=2),
        Title("Kultur- och fritidsnämnden", size=12, font="cond", after=12),
        H("Sammanfattning", 2),
        P(
            "Kultur- och fritidsnämnden prognostiserar en negativ budgetavvikelse för helåret på 1 230 tkr.",
            C(None, "1 230 tkr", "-"),
        ),
        P(
            "Avvikelsen per maj är +310 tkr mot periodiserad budget, eftersom sommarens kostnader för feriejobb och "
            "sommarlovsaktiviteter ännu inte har bokförts.",
            C(
                None,
                "+310 tkr",
                "+",
                "periodisering",
                note="The period, with its timing reason in one sentence.",
            ),
        ),
        P(
            "Prognosen har försämrats med 480 tkr jämfört med mars, i huvudsak på grund av reparationen av "
            "ventilationen i simhallen.",
            F(None, "480 tkr", "-", "ovrigt"),
        ),
        H("Prognos per verksamhet", 2),
        comments,
        H("Intäkter", 2),
        P(
            "Intäkterna från entréavgifter i simhallen är 190 tkr lägre än budget för perioden, till följd av att "
            "bassängen var stängd i två veckor i april.",
            C(
                "Entréavgifter simhallen",
                "190 tkr",
                "-",
                "avgifter_intakter",
                "ovrigt",
                note="Revenue below budget: negative. A closure is ovrigt.",
            ),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsprojektet konstgräsplan i Hjärup blir 0,6 mnkr billigare än budgeterat, eftersom anbudet i "
            "upphandlingen var lägre än kalkylen.",
            C(
                "Konstgräsplan i Hjärup",
                "0,6 mnkr",
                "+",
                "ovrigt",
                note="A lower bid than the estimate: ovrigt.",
            ),
        ),
        H("Åtgärder", 2),
        P(
            "Förvaltningen har stoppat inköp av inventarier som inte är nödvändiga under resten av året, vilket "
            "beräknas minska kostnaderna med 200 tkr.",
            A(None, "200 tkr", "material_hjalpmedel"),
        ),
        H("Verksamhet", 2),
        P(
            "Antalet besök på biblioteken är 8 procent fler än under samma period förra året.",
            O("Bibliotek", "volymer", note="Against the previous year."),
        ),
    ]
    return ReportSpec(
        file="staffanstorp-kfn-manadsuppfoljning-2026-05.pdf",
        report={
            "municipality": "Staffanstorp",
            "committee": ["Kultur- och fritidsnämnden"],
            "period": ["2026-05"],
            "report_type": "månadsuppföljning",
        },
        metadata={
            "title": "Månadsuppföljning maj 2026 Kultur- och fritidsnämnden",
            "author": "Staffanstorps kommun",
        },
        style=style,
        blocks=blocks,
    )
