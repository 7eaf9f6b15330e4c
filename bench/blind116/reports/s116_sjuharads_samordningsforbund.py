"""Sjuhärads Samordningsförbund (a finsam förbund), Styrelsen, tertialrapport 1 2026.

A coordination förbund's tertial report in tkr, footer with the board's meeting date in May: the period's
result "1 310 tkr bättre än den periodiserade budgeten", its timing reason in the next paragraph (amount
null) and the full year "ett underskott mot budget på 600 tkr" without a reason; the members' contributions
that "följer budget" (boilerplate); a kostnadsslag table; bold run-in posts with a colon: "blir 850 tkr
högre än budget" (more participants), a leave of absence with "150 tkr lägre än budgeterat", a reason-only
post (the row's "100"); the change since February; equity and participants against last year (others) and
an action with "cirka 200 tkr". DejaVu Sans 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import BP, LP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.45,
        para_gap=7.0,
        heading_sizes=(14.0, 11.5, 10.0),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(70.0, 80.0, 70.0, 74.0),
        header=lambda n, m: ("Sjuhärads Samordningsförbund", "Tertialrapport 1 2026"),
        footer=lambda n, m: ("Styrelsemöte 2026-05-28", "", f"Sida {n}"),
        header_size=7.5,
        rule_under_header=False,
    )
    table = Table(
        caption="Ekonomisk uppföljning per kostnadsslag, tkr",
        header=(("", "Budget 2026", "Utfall jan–apr", "Prognos 2026", "Avvikelse"),),
        rows=(
            ("Medlemsavgifter", "12 800", "4 267", "12 800", "0"),
            ("Insatser", "-10 400", "-2 290", "-11 250", "-850"),
            ("Kansli, personal", "-1 650", "-480", "-1 500", "150"),
            ("Övriga kostnader", "-750", "-187", "-650", "100"),
            ("Resultat", "0", "1 310", "-600", "-600"),
        ),
        widths=(130.0, 72.0, 76.0, 72.0, 64.0),
        bold_rows=frozenset({4}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Tertialrapport 1 2026", size=18, font="sans-bold", after=2),
        Title("Sjuhärads Samordningsförbund", size=12, font="sans", after=12),
        H("Ekonomisk uppföljning januari–april", 2),
        P(
            "Förbundets resultat för perioden är 1 310 tkr bättre än den periodiserade budgeten.",
            C(None, "1 310 tkr", "+"),
        ),
        P(
            "Det beror främst på att flera insatser har kommit igång senare än planerat och att kommunerna ännu inte "
            "har fakturerat sina kostnader för insatsen Steget Vidare.",
            C(
                None,
                None,
                "+",
                "periodisering",
                note="The period surplus's reason apart from its amount: null.",
            ),
        ),
        P(
            "För helåret beräknas ett underskott mot budget på 600 tkr.",
            C(None, "600 tkr", "-"),
        ),
        P(
            "Medlemsavgifterna från Försäkringskassan, Västra Götalandsregionen och de åtta kommunerna följer budget.",
            BP("Medlemsavgifter"),
        ),
        table,
        LP(
            "Insatser:",
            "Kostnaderna för finansierade insatser blir 850 tkr högre än budget, eftersom fler deltagare än beräknat "
            "har skrivits in i den kommunövergripande insatsen Arbetsbron.",
            C("Insatser", "850 tkr", "-", "volymer"),
        ),
        LP(
            "Kansli:",
            "Förbundschefen har varit tjänstledig på deltid under våren utan ersättare, och personalkostnaderna "
            "blir därför 150 tkr lägre än budgeterat.",
            C(
                "Kansli, personal",
                "150 tkr",
                "+",
                "vakanser",
                note="A leave without a replacement: vakanser.",
            ),
        ),
        LP(
            "Övriga kostnader:",
            "Lägre kostnader för lokaler och resor, eftersom fler möten hålls digitalt.",
            C(
                "Övriga kostnader",
                "100",
                "+",
                "lokaler",
                "it_digitalisering",
                unit="tkr",
                table=True,
                note="Reasons only: the row's cell.",
            ),
        ),
        P(
            "Jämfört med budgetuppföljningen i februari har helårsprognosen försämrats med 250 tkr.",
            F(None, "250 tkr", "-"),
        ),
        H("Eget kapital", 2),
        P(
            "Förbundets egna kapital uppgick vid årsskiftet till 3 950 tkr, vilket är över riktvärdet i Nationella "
            "rådets rekommendation, och det prognostiserade underskottet täcks av det egna kapitalet.",
            O(None, "reserver", note="Equity covering the deficit: other."),
        ),
        H("Åtgärder", 2),
        P(
            "Styrelsen har gett förbundschefen i uppdrag att pröva om Arbetsbron kan begränsas till 40 deltagare "
            "under hösten, vilket skulle minska kostnaderna med cirka 200 tkr.",
            A("Insatser", "cirka 200 tkr", "volymer"),
        ),
        H("Verksamheten", 2),
        P(
            "Antalet deltagare i förbundets insatser var 412 under perioden, 58 fler än samma period 2025, vilket "
            "beror på att Arbetsbron har utökats till alla åtta kommuner.",
            O(None, "volymer", note="Participants against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="sjuharads-samordningsforbund-tertialrapport-2026-04.pdf",
        report={
            "municipality": [
                "Sjuhärads Samordningsförbund",
                "Samordningsförbundet Sjuhärad",
                "Finsam Sjuhärad",
            ],
            "committee": ["Styrelsen", "Förbundsstyrelsen"],
            "period": ["2026-04"],
            "report_type": "tertialrapport",
        },
        metadata={"title": "Tertialrapport 1 2026", "author": "Sjuhärads Samordningsförbund"},
        style=style,
        blocks=blocks,
    )
