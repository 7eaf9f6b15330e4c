"""Ystads kommun, Socialnämnden, uppföljning av internkontrollplan 2025.

Not a budget follow-up: the socialnämnd's report on its internal-control plan, dated in February 2026, in
Liberation Sans, full of amounts, "beror på", "avvikelse" (a control deviation), "mer än" and "ryms inom":
placements with providers outside framework agreements with "Det beror på", a sample of payments of
ekonomiskt bistånd, a grant application turned down, cash-box differences "mer än" the limit, salary
supplements with "Avvikelsen beror på", an external review that cost "35 tkr mer än offererat" and "ryms inom"
a budget (a financing statement), and a mention of the vård- och omsorgsnämnd's deficit without an amount (a
statement about someone else). Seven `other` items and no causes; the decision proposal, the background and
the control table are unlabelled.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import O

NOT_BUDGET = "Internal control, not a budget follow-up: other."


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=10.0,
        leading=1.38,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(70.0, 80.0, 70.0, 74.0),
        header=lambda n, m: ("Ystads kommun", "Socialnämnden"),
        footer=lambda n, m: ("Uppföljning av internkontrollplan 2025", "2026-02-19", f"{n}({m})"),
        header_size=8.0,
        rule_under_header=True,
    )
    controls = Table(
        caption="Kontrollmoment 2025",
        header=(("Kontrollmoment", "Ansvarig", "Resultat"),),
        rows=(
            ("Placeringar utanför ramavtal", "Barn och familj", "Brister"),
            ("Utbetalning av ekonomiskt bistånd", "Försörjningsenheten", "Brister"),
            ("Återsökning av statsbidrag", "Ekonomifunktionen", "Brister"),
            ("Handkassor", "Boendeenheterna", "Brister"),
            ("Lönetillägg", "HR-funktionen", "Brister"),
            ("Extern granskning av dokumentation", "Barn och familj", "Utan anmärkning"),
            ("Månatlig budgetuppföljning", "Ekonomifunktionen", "Utan anmärkning"),
        ),
        widths=(200.0, 130.0, 90.0),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Uppföljning av internkontrollplan 2025", size=18, font="arial-bold", after=4),
        Title("Socialnämnden", size=12, font="arial", after=12),
        H("Förslag till beslut", 2),
        P(
            "Socialnämnden godkänner uppföljningen av internkontrollplanen för 2025 och uppdrar åt "
            "socialförvaltningen att åtgärda de brister som redovisas."
        ),
        H("Bakgrund", 2),
        P(
            "Nämnden ska varje år anta en plan för den interna kontrollen, grundad på en risk- och "
            "väsentlighetsanalys, och följa upp den vid årets slut. Planen för 2025 innehöll sju kontrollmoment, varav "
            "fem visade brister."
        ),
        controls,
        H("Resultat per kontrollmoment", 2),
        H("Placeringar utanför ramavtal", 3),
        P(
            "Granskningen av 40 fakturor för externa placeringar visade att sex placeringar, till en sammanlagd kostnad "
            "av 2,8 mnkr, gjordes hos leverantörer utan ramavtal. Det beror på att ramavtalsleverantörerna saknade "
            "lediga platser vid placeringstillfället.",
            O("Placeringar utanför ramavtal", note=NOT_BUDGET),
        ),
        H("Utbetalning av ekonomiskt bistånd", 3),
        P(
            "Stickprovet omfattade 60 utbetalningar av försörjningsstöd om totalt 412 000 kronor. I tre fall hade "
            "utbetalningen gjorts innan beslutet var attesterat, vilket beror på att rutinen under semesterperioden "
            "inte följdes.",
            O("Utbetalning av ekonomiskt bistånd", note=NOT_BUDGET),
        ),
        H("Återsökning av statsbidrag", 3),
        P(
            "Förvaltningen har under 2025 återsökt statsbidrag på 1,9 mnkr. En ansökan på 240 tkr avslogs, vilket "
            "beror på att den kom in efter sista ansökningsdag.",
            O("Återsökning av statsbidrag", note=NOT_BUDGET + " A grant turned down, no budget deviation."),
        ),
        H("Handkassor", 3),
        P(
            "Kontrollen av handkassorna på de sex boendena visade differenser på sammanlagt 3 150 kronor, vilket är mer "
            "än den gräns på 500 kronor per kassa som rutinen anger.",
            O("Handkassor", note=NOT_BUDGET),
        ),
        H("Lönetillägg", 3),
        P(
            "Under året betalades 14 lönetillägg om totalt 96 000 kronor ut utan skriftligt beslut. Avvikelsen beror "
            "på oklarheter i den nya delegationsordningen.",
            O("Lönetillägg", note=NOT_BUDGET + " A control deviation, not a budget one."),
        ),
        H("Extern granskning av dokumentation", 3),
        P(
            "Den externa granskningen av dokumentationen inom barn och familj kostade 185 tkr, vilket är 35 tkr mer än "
            "offererat. Kostnaden ryms inom förvaltningens budget för utvecklingsinsatser.",
            O(None, note=NOT_BUDGET + " The cost of the review and its financing."),
        ),
        H("Månatlig budgetuppföljning", 3),
        P(
            "Den månatliga budgetuppföljningen har lämnats enligt tidplanen. Vård- och omsorgsnämndens underskott, som "
            "påverkar de gemensamma verksamheterna för personer med missbruk, hanteras i den nämndens egen "
            "uppföljning.",
            O(None, note=NOT_BUDGET + " Another nämnd's deficit, no amount: a statement about someone else."),
        ),
    ]
    return ReportSpec(
        file="ystad-sn-uppfoljning-internkontrollplan-2025.pdf",
        report={
            "municipality": "Ystad",
            "committee": ["Socialnämnden"],
            "period": ["2025"],
            "report_type": "internkontroll",
        },
        metadata={"title": "Uppföljning av internkontrollplan 2025 Socialnämnden", "author": "Ystads kommun"},
        style=style,
        blocks=blocks,
    )
