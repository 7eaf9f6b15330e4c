"""Ljungby kommun, Kommunstyrelsen, uppföljning av avtalstrohet 2025.

A tjänsteskrivelse on purchases and contract loyalty in 2025, which is no budget follow-up at all, though it is
full of amounts, "beror på", "mer än" and a guideline "avvikelse": total purchases against 2024 with its reason,
purchases outside agreements "18,7 mnkr mer än vad målet … tillåter", consultants bought outside agreements while a framework
agreement was missing, agency nurses bought outside agreements in care with "Avvikelsen från riktlinjen beror
på", direct procurements without documentation, late-payment interest against the previous year, the cost of
e-commerce that "ryms inom kommunstyrelsens budget" (a financing statement), and the audit's remark that
another nämnd's purchases contributed to that nämnd's deficit (about someone else): eight `other` items and no
cause. The decision proposal, the background, the table per förvaltning and the proposals are unlabelled.
DejaVu Serif 10 pt with Liberation Sans headings.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import O

NOT_BUDGET = "No budget follow-up: other."


def spec() -> ReportSpec:
    style = Style(
        body="serif",
        bold="serif-bold",
        italic="serif-italic",
        size=10.0,
        leading=1.4,
        para_gap=7.0,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(72.0, 84.0, 72.0, 76.0),
        header=lambda n, m: ("LJUNGBY KOMMUN", "TJÄNSTESKRIVELSE  2026-03-04"),
        footer=lambda n, m: (
            "Kommunledningsförvaltningen, Upphandlingsenheten",
            "Dnr 2026/0087",
            f"{n} ({m})",
        ),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Andel inköp hos avtalade leverantörer 2025, procent",
        header=(("Förvaltning", "2024", "2025", "Mål"),),
        rows=(
            ("Kommunledningsförvaltningen", "91,8", "93,0", "94"),
            ("Omsorgsförvaltningen", "93,4", "90,9", "94"),
            ("Barn- och utbildningsförvaltningen", "95,1", "95,6", "94"),
            ("Tekniska förvaltningen", "89,7", "88,2", "94"),
            ("Kultur- och fritidsförvaltningen", "94,0", "94,8", "94"),
            ("Hela kommunen", "93,1", "92,4", "94"),
        ),
        widths=(210.0, 60.0, 60.0, 60.0),
        bold_rows=frozenset({5}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Uppföljning av avtalstrohet 2025", size=17, font="arial-bold", after=8),
        H("Förslag till beslut", 2),
        P(
            "Kommunstyrelsen godkänner uppföljningen av avtalstrohet 2025 och ger kommundirektören i uppdrag att "
            "införa e-handel i samtliga förvaltningar under 2026."
        ),
        H("Bakgrund", 2),
        P(
            "Enligt kommunens inköpspolicy ska minst 94 procent av inköpen göras hos leverantörer som kommunen har "
            "avtal med. Upphandlingsenheten följer upp avtalstroheten varje år utifrån leverantörsreskontran."
        ),
        H("Resultat", 2),
        P(
            "Kommunens totala inköp från externa leverantörer uppgick 2025 till 1 164 mnkr, vilket är 52 mnkr mer "
            "än 2024. Ökningen beror främst på högre kostnader för bygg- och anläggningsentreprenader.",
            O(None, note=NOT_BUDGET + " Purchases against the previous year."),
        ),
        P(
            "Av inköpen gjordes 92,4 procent hos leverantörer med avtal. Köp utanför avtal uppgick till 88,5 mnkr, "
            "vilket är 18,7 mnkr mer än vad målet på högst 6 procent tillåter.",
            O(None, note=NOT_BUDGET + " A deviation from a purchasing target, not from a budget."),
        ),
        table,
        P(
            "Den största delen av köpen utanför avtal, 31,2 mnkr, avser konsulttjänster inom IT och "
            "byggprojektledning. Det beror på att ramavtalet för konsulttjänster löpte ut i mars och att den nya "
            "upphandlingen inte var klar förrän i oktober.",
            O(None, note=NOT_BUDGET),
        ),
        P(
            "Inom omsorgsförvaltningen gjordes köp utanför avtal för 9,8 mnkr, främst av hyrsjuksköterskor under "
            "sommaren. Avvikelsen från riktlinjen beror på att avropet från den regionala upphandlingen inte "
            "omfattade Ljungby.",
            O("Omsorgsförvaltningen", note=NOT_BUDGET + " A guideline deviation, not a budget deviation."),
        ),
        H("Direktupphandlingar", 2),
        P(
            "Under året gjordes 214 direktupphandlingar över 100 000 kronor, och 37 av dem saknade dokumentation. "
            "Det är fler än 2024, vilket beror på att flera nya beställare ännu inte har gått kommunens utbildning.",
            O(None, note=NOT_BUDGET),
        ),
        H("Fakturahantering", 2),
        P(
            "Dröjsmålsräntan på sent betalda fakturor uppgick till 148 000 kronor, vilket är 41 000 kronor mer än "
            "föregående år. Ökningen beror på bytet av ekonomisystem i september.",
            O(None, note=NOT_BUDGET + " Against the previous year."),
        ),
        H("Ekonomiska konsekvenser", 2),
        P(
            "Kostnaden för att införa e-handel i alla förvaltningar beräknas till 1,9 mnkr och ryms inom "
            "kommunstyrelsens budget för 2026 genom omprioriteringar.",
            O(None, note="A financing statement: other."),
        ),
        H("Revisionens iakttagelser", 2),
        P(
            "Revisorerna har i sin granskning av tekniska nämnden påpekat att nämndens köp av maskintjänster "
            "utanför avtal bidrog till nämndens underskott 2025.",
            O("Tekniska nämnden", note="A statement about another nämnd: other."),
        ),
        H("Förslag till åtgärder", 2),
        P(
            "Upphandlingsenheten föreslår att ett nytt ramavtal för konsulttjänster tecknas i god tid före "
            "nuvarande avtals slut, att alla beställare ska ha gått inköpsutbildningen och att avtalstroheten "
            "följs upp per halvår."
        ),
        P("Anna Bergkvist, upphandlingschef    Lars Nilsson, kommundirektör", size=9.5),
    ]
    return ReportSpec(
        file="ljungby-ks-uppfoljning-avtalstrohet-2025.pdf",
        report={
            "municipality": "Ljungby",
            "committee": ["Kommunstyrelsen"],
            "period": ["2025", "2026-03"],
            "report_type": "uppföljning",
        },
        metadata={"title": "Uppföljning av avtalstrohet 2025", "author": "Ljungby kommun"},
        style=style,
        blocks=blocks,
    )
