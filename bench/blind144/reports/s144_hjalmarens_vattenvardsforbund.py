"""Hjälmarens vattenvårdsförbund, Styrelsen, förslag till budget och medlemsavgifter 2027 (no follow-up).

A water-protection association's budget proposal to its förbundsstämma in DejaVu Serif, footer with the
styrelse's meeting date in November: no budget follow-up at all, but full of amounts and "beror på": next
year's costs "410 tkr mer än i budgeten för 2026" because of laboratory prices, sampling "180 tkr högre än i
den långsiktiga planen", the secretariat's indexation, the members' fees, lower fees from industries, the
budgeted deficit covered by equity and a scenario with unchanged fees: seven `other` items and no cause. The
decision proposal, the background and the budget table are unlabelled.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import O

NOT_FOLLOW_UP = "A budget proposal, no follow-up: other."


def spec() -> ReportSpec:
    style = Style(
        body="serif",
        bold="serif-bold",
        italic="serif-italic",
        size=10.0,
        leading=1.4,
        para_gap=7.0,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("serif-bold", "serif-bold", "serif-bold"),
        margins=(72.0, 82.0, 72.0, 76.0),
        header=lambda n, m: ("Hjälmarens vattenvårdsförbund", "Budget 2027"),
        footer=lambda n, m: ("Styrelsen 2026-11-12", "", f"{n} ({m})"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Budget 2027, tkr",
        header=(("", "Budget 2026", "Budget 2027"),),
        rows=(
            ("Medlemsavgifter kommuner", "2 430", "2 580"),
            ("Medlemsavgifter länsstyrelser", "170", "180"),
            ("Avgifter reningsverk och industrier", "2 060", "1 980"),
            ("Summa intäkter", "4 660", "4 740"),
            ("Provtagning och analyser", "-3 120", "-3 410"),
            ("Provfiske", "-120", "-520"),
            ("Sekretariat", "-600", "-620"),
            ("Övriga kostnader", "-610", "-310"),
            ("Summa kostnader", "-4 450", "-4 860"),
            ("Resultat", "210", "-120"),
        ),
        widths=(210.0, 80.0, 80.0),
        bold_rows=frozenset({3, 8, 9}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Budget och medlemsavgifter 2027", size=18, font="serif-bold", after=2),
        Title("Hjälmarens vattenvårdsförbund", size=12, font="serif", after=12),
        H("Förslag till beslut", 2),
        P(
            "Styrelsen föreslår förbundsstämman att fastställa budgeten för 2027 med kostnader på 4 860 tkr samt "
            "medlemsavgifter enligt bilaga 1."
        ),
        H("Bakgrund", 2),
        P(
            "Förbundet samordnar miljöövervakningen i Hjälmaren och dess tillrinningsområde. Medlemmar är kommunerna "
            "runt sjön, länsstyrelserna i Örebro och Södermanlands län samt avloppsreningsverk och industrier med "
            "utsläpp till sjön."
        ),
        H("Kostnader", 2),
        P(
            "Förbundets kostnader för 2027 beräknas till 4 860 tkr, vilket är 410 tkr mer än i budgeten för 2026. "
            "Ökningen beror på att laboratoriets priser för vattenkemiska analyser höjs med 9 procent och att "
            "provfisket, som görs vart tredje år, infaller 2027.",
            O(None, "prisokningar", note="Next year's budget against this year's: other."),
        ),
        P(
            "Kostnaden för provtagning blir 180 tkr högre än i den långsiktiga planen, vilket beror på att fler "
            "provpunkter i Hemfjärden tillkommer enligt det nya samordnade kontrollprogrammet.",
            O("Provtagning och analyser", "volymer", note="A budget against a plan, not a follow-up: other."),
        ),
        P(
            "Sekretariatet, som köps av Örebro kommun, räknas upp med 3,5 procent enligt avtalet och kostar 620 tkr.",
            O("Sekretariat", "prisokningar", note=NOT_FOLLOW_UP),
        ),
        H("Intäkter", 2),
        P(
            "Medlemsavgifterna föreslås höjas med 6 procent. Kommunernas avgifter fördelas efter invånarantal, och "
            "Örebro kommun betalar därmed 1 240 tkr och Eskilstuna kommun 980 tkr.",
            O("Medlemsavgifter", note=NOT_FOLLOW_UP),
        ),
        P(
            "Avgifterna från reningsverk och industrier beräknas till 1 980 tkr. Att de blir lägre än 2026 beror på "
            "att en av de anslutna industrierna har avslutat sin verksamhet vid sjön.",
            O("Avgifter reningsverk och industrier", "avgifter_intakter", note=NOT_FOLLOW_UP),
        ),
        table,
        H("Finansiering", 2),
        P(
            "Det budgeterade underskottet på 120 tkr täcks av förbundets egna kapital, som efter 2027 beräknas uppgå "
            "till 860 tkr.",
            O(None, "reserver", note="A budgeted deficit and its financing by equity: other."),
        ),
        P(
            "Om medlemsavgifterna i stället lämnas oförändrade ökar underskottet till cirka 270 tkr, vilket skulle "
            "kräva att provfisket skjuts upp.",
            O(None, note="A scenario for the budget: other."),
        ),
    ]
    return ReportSpec(
        file="hjalmarens-vattenvardsforbund-budget-2027.pdf",
        report={
            "municipality": ["Hjälmarens vattenvårdsförbund", "Hjälmarens Vattenvårdsförbund"],
            "committee": ["Styrelsen", "Förbundsstämman"],
            "period": ["2027", "2026-11"],
            "report_type": "budgetbeslut",
        },
        metadata={"title": "Budget och medlemsavgifter 2027", "author": "Hjälmarens vattenvårdsförbund"},
        style=style,
        blocks=blocks,
    )
