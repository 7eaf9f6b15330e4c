"""Timrå kommun, Kommunstyrelsen, uppföljning av kommunfullmäktiges uppdrag 2025.

Not a budget follow-up: the kommunstyrelse's yearly report on the assignments fullmäktige has given it, dated
in February 2026, full of amounts, "beror på", "högre än" and "ryms inom": a shared car pool against 2023, a
swimming-hall study whose estimate is "40 mnkr högre än den förstudie" (against an earlier estimate, not the
budget), full-time work whose cost "ryms inom" another förvaltning's frame (a financing statement), energy
savings against 2022, a delayed e-archive whose allocation is carried over by decision, a follow-up of the
socialnämnd's action plan that mentions its deficit "som beror på placeringar" without an amount (a
statement about someone else), and the financing of the remaining assignments. Seven `other` items and no
causes; the decision proposal, the background and the status table are unlabelled. Liberation Sans Narrow
10.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import O

NOT_BUDGET = "A follow-up of assignments, not a budget follow-up: other."


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
        margins=(72.0, 80.0, 72.0, 74.0),
        header=lambda n, m: ("Timrå kommun", "Kommunstyrelsen"),
        footer=lambda n, m: ("Uppföljning av uppdrag 2025", "2026-02-17", f"{n}({m})"),
        header_size=8.0,
        rule_under_header=True,
    )
    status = Table(
        caption="Uppdrag från kommunfullmäktige, status 31 december 2025",
        header=(("Uppdrag", "Beslutat", "Status"),),
        rows=(
            ("Samordnad fordonshantering", "2023", "Slutfört"),
            ("Utredning om ny simhall", "2024", "Slutfört"),
            ("Heltid som norm", "2022", "Pågår"),
            ("Minskad energianvändning i lokaler", "2022", "Pågår"),
            ("Införande av e-arkiv", "2024", "Försenat"),
            ("Uppföljning av socialnämndens handlingsplan", "2025", "Pågår"),
        ),
        widths=(230.0, 80.0, 100.0),
        rules=True,
        size=9.5,
    )
    blocks = [
        Title("Uppföljning av kommunfullmäktiges uppdrag 2025", size=18, font="narrow-bold", after=4),
        Title("Kommunstyrelsen", size=12, font="narrow", after=12),
        H("Förslag till beslut", 2),
        P(
            "Kommunstyrelsen föreslår kommunfullmäktige att godkänna redovisningen av uppdragen för 2025 och att "
            "förklara uppdragen om samordnad fordonshantering och utredning om ny simhall slutförda."
        ),
        H("Bakgrund", 2),
        P(
            "Kommunfullmäktige ger varje år kommunstyrelsen ett antal uppdrag i samband med budgetbeslutet och genom "
            "beslut under året. Kommunstyrelsen redovisar en gång per år hur uppdragen har genomförts."
        ),
        status,
        H("Redovisning per uppdrag", 2),
        H("Samordnad fordonshantering", 3),
        P(
            "Uppdraget är slutfört. Den gemensamma bilpoolen har 46 fordon, tolv färre än när uppdraget gavs. "
            "Minskningen beror på att leasingavtal för äldre bilar inte har förnyats, och kostnaderna för fordon har "
            "därmed minskat med 0,8 mnkr jämfört med 2023.",
            O("Fordonshantering", note=NOT_BUDGET + " Costs against an earlier year."),
        ),
        H("Utredning om ny simhall", 3),
        P(
            "Utredningen beräknar investeringsutgiften för en ny simhall till 285 mnkr och de årliga "
            "driftkostnaderna till 14,5 mnkr. Att kalkylen är 40 mnkr högre än den förstudie som gjordes 2022 beror "
            "på prisutvecklingen i byggbranschen.",
            O("Simhall", note=NOT_BUDGET + " Against an earlier estimate, not a budget."),
        ),
        H("Heltid som norm", 3),
        P(
            "Andelen heltidsanställda har ökat från 71 till 78 procent. Kostnaden för resurspassen uppgår till 3,2 "
            "mnkr per år och ryms inom vård- och omsorgsförvaltningens ram.",
            O("Heltid som norm", note=NOT_BUDGET + " A financing statement."),
        ),
        H("Minskad energianvändning i lokaler", 3),
        P(
            "Energianvändningen i kommunens lokaler har minskat med 9 procent sedan 2022, vilket beror på ny "
            "styrning av ventilationen i skolor och förskolor. Besparingen motsvarar cirka 1,1 mnkr per år.",
            O("Energianvändning", note=NOT_BUDGET),
        ),
        H("Införande av e-arkiv", 3),
        P(
            "Uppdraget är försenat. Förseningen beror på att leverantören inte har kunnat leverera den integration "
            "som upphandlades, och de 1,5 mnkr som fullmäktige avsatt för införandet förs över till 2026 enligt "
            "beslut i december.",
            O("E-arkiv", note=NOT_BUDGET + " An allocation carried over by decision."),
        ),
        H("Uppföljning av socialnämndens handlingsplan", 3),
        P(
            "Kommunstyrelsen har följt upp socialnämndens handlingsplan för en ekonomi i balans. Socialnämnden "
            "redovisade i sitt bokslut ett underskott som beror på placeringar av barn och unga, och handlingsplanen "
            "ska redovisas på nytt i juni.",
            O(
                "Socialnämnden",
                direction="-",
                note="A statement about another committee's deficit, without an amount: other.",
            ),
        ),
        H("Ekonomiska konsekvenser", 2),
        P(
            "Uppföljningen i sig medför inga kostnader. De uppdrag som återstår finansieras inom kommunstyrelsens "
            "ram på 212 mnkr.",
            O(None, note=NOT_BUDGET + " Financing."),
        ),
    ]
    return ReportSpec(
        file="timra-ks-uppfoljning-uppdrag-2025.pdf",
        report={
            "municipality": "Timrå",
            "committee": ["Kommunstyrelsen", "Kommunfullmäktige"],
            "period": ["2025"],
            "report_type": "uppföljning av uppdrag",
        },
        metadata={"title": "Uppföljning av kommunfullmäktiges uppdrag 2025", "author": "Timrå kommun"},
        style=style,
        blocks=blocks,
    )
