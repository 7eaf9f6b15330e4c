"""Dala Vatten och Avfall AB, Styrelsen, tertialrapport januari–april 2026 (a company owned jointly by several
kommuner).

A jointly owned water and waste company's first tertial report in tkr with en dashes as minus signs, footer
with the board meeting's date in May: the period "1 180 tkr bättre än budget för perioden", the full year
"ett utfall som understiger budget med 1,5 mnkr" after two levels, revenue "2,1 mnkr högre än budget"
(positive) and costs "3,6 mnkr högre än budgeterat" (negative) in one sentence (two items); a table of result per verksamhetsgren
where the deviation is the result's (a lower result is worse); plain headings whose paragraph states the
amount in varied shapes: "beräknas ge 950 tkr sämre resultat än budgeterat" with chemicals and transport
prices, causes first and "väntas därför visa –800 tkr mot budget" last, revenue that gives "Överskottet väntas
bli 350 tkr", a reason-only surplus (the row's "350"), "följer budget" (boilerplate), costs that "ger ett
underskott på 450 tkr"; investments "drygt 20 mnkr inte upparbetas"; an action with its effect and the
regulation of the water and sewage result against the taxekollektiv's funds (other). DejaVu Sans 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, O


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.45,
        para_gap=7.0,
        heading_sizes=(16.0, 12.0, 10.0),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(68.0, 80.0, 68.0, 76.0),
        header=lambda n, m: ("Dala Vatten och Avfall AB", "Tertialrapport 1 2026"),
        footer=lambda n, m: ("Styrelsemöte 2026-05-28", "", f"{n}/{m}"),
        header_size=8.0,
        rule_under_header=False,
    )
    table = Table(
        caption="Resultat per verksamhetsgren, tkr",
        header=(("Verksamhetsgren", "Budget 2026", "Prognos 2026", "Avvikelse"),),
        rows=(
            ("Dricksvatten", "900", "1 250", "350"),
            ("Avloppsrening", "1 100", "150", "–950"),
            ("Ledningsnät", "500", "–300", "–800"),
            ("Avfallsinsamling", "700", "700", "0"),
            ("Återvinningscentraler", "300", "650", "350"),
            ("Gemensam administration", "500", "50", "–450"),
            ("Resultat efter finansiella poster", "4 000", "2 500", "–1 500"),
        ),
        widths=(190.0, 80.0, 80.0, 80.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=8.5,
        shade=(0.85, 0.92, 0.97),
    )
    blocks = [
        Title("Tertialrapport januari–april 2026", size=19, font="sans-bold", after=2),
        Title("Dala Vatten och Avfall AB", size=12, font="sans", after=12),
        H("Resultat", 2),
        P(
            "Bolagets resultat efter finansiella poster för januari–april blev 3 420 tkr, vilket är 1 180 tkr bättre "
            "än budget för perioden.",
            C(None, "1 180 tkr", "+", note="The period's result against the period's budget."),
        ),
        P(
            "För helåret prognostiseras ett resultat på 2,5 mnkr mot budgeterade 4,0 mnkr, det vill säga ett utfall "
            "som understiger budget med 1,5 mnkr.",
            C(None, "1,5 mnkr", "-", note="Two levels, then the deviation: the deviation is the amount."),
        ),
        P(
            "Rörelsens intäkter beräknas bli 2,1 mnkr högre än budget, men rörelsens kostnader blir samtidigt 3,6 mnkr "
            "högre än budgeterat.",
            C(
                "Rörelsens intäkter",
                "2,1 mnkr",
                "+",
                note="Revenue over budget (positive) and costs over budget (negative) in one sentence: two items.",
                also=(C("Rörelsens kostnader", "3,6 mnkr", "-"),),
            ),
        ),
        table,
        H("Avloppsrening", 3),
        P(
            "Avloppsreningen beräknas ge 950 tkr sämre resultat än budgeterat. Priset på fällningskemikalier har höjts "
            "med 18 procent och slamtransporterna har blivit dyrare sedan en ny entreprenör tog över i februari.",
            C(
                "Avloppsrening",
                "950 tkr",
                "-",
                "prisokningar",
                "material_hjalpmedel",
                note="Water-treatment chemicals are material_hjalpmedel, their price and the dearer transport "
                "contract prisokningar.",
            ),
        ),
        H("Ledningsnät", 3),
        P(
            "Två större vattenläckor i Insjön under mars krävde akuta reparationer med inhyrda entreprenörer. "
            "Ledningsnätet väntas därför visa –800 tkr mot budget.",
            C(
                "Ledningsnät",
                "–800 tkr",
                "-",
                "ovrigt",
                note="Leaks are ovrigt. Causes first, the amount last.",
            ),
        ),
        H("Dricksvatten", 3),
        P(
            "Intäkterna från anläggningsavgifter blir högre än budgeterat när fler fastigheter i nya "
            "exploateringsområden ansluts. Överskottet väntas bli 350 tkr.",
            C("Dricksvatten", "350 tkr", "+", "avgifter_intakter", "volymer"),
        ),
        H("Återvinningscentraler", 3),
        P(
            "Försäljningen av metallskrot och wellpapp har gett högre intäkter än budgeterat.",
            C(
                "Återvinningscentraler",
                "350",
                "+",
                "avgifter_intakter",
                unit="tkr",
                table=True,
                note="Reason only: the table row's cell.",
            ),
        ),
        H("Avfallsinsamling", 3),
        P("Avfallsinsamlingen följer budget.", BP("Avfallsinsamling")),
        H("Gemensam administration", 3),
        P(
            "Kostnaderna för det nya kundsystemet och för konsultstöd vid upphandlingen av insamlingsentreprenaden ger "
            "ett underskott på 450 tkr.",
            C("Gemensam administration", "450 tkr", "-", "it_digitalisering", "inhyrd_personal"),
        ),
        H("Investeringar", 2),
        P(
            "Av årets investeringsbudget om 118 mnkr bedöms drygt 20 mnkr inte upparbetas, eftersom utbyggnaden av "
            "reningsverket i Vansbro har försenats av ett överklagat miljötillstånd.",
            C(
                "Investeringar",
                "drygt 20 mnkr",
                "+",
                "periodisering",
                note="'Drygt 20 mnkr': the stated figure.",
            ),
        ),
        H("Åtgärder", 2),
        P(
            "Bolaget har tecknat ett nytt avtal om kemikalier med fast pris från september, vilket beräknas minska "
            "kostnaderna med 200 tkr under hösten.",
            A("Avloppsrening", "200 tkr", "prisokningar"),
        ),
        H("Taxekollektiven", 2),
        P(
            "Resultatet inom vatten och avlopp regleras mot respektive ägarkommuns VA-fond vid årets slut, vilket "
            "innebär att ett underskott i första hand täcks av fonderna.",
            O(None, "reserver", note="The funds that cover a deficit: a financing statement."),
        ),
    ]
    return ReportSpec(
        file="dala-vatten-och-avfall-tertialrapport-2026-04.pdf",
        report={
            "municipality": ["Dala Vatten och Avfall", "Dala Vatten och Avfall AB", "DVA"],
            "committee": ["Styrelsen"],
            "period": ["2026-04"],
            "report_type": "tertialrapport",
        },
        metadata={"title": "Tertialrapport januari–april 2026", "author": "Dala Vatten och Avfall AB"},
        style=style,
        blocks=blocks,
    )
