"""Kommunalförbundet Göliska IT, Direktionen, tertialrapport 1 2026 (an IT kommunalförbund).

The joint IT function of three kommuner, interim report in DejaVu Serif Condensed, footer with the direktion's
meeting date in May: the period "ett överskott mot budget på 940 tkr" with its timing reason (licences invoiced
in June) in the next sentence (one item), then the full year "ett underskott på 620 tkr jämfört med budget" in a
sentence of its own; the members' fees that "följer budget" (boilerplate); a kostnadsslag table with a shaded
header; bold run-in kostnadsslag with a colon: licences "2 150 tkr högre än budget" with a price-rise percentage
that is not the amount, personnel "ett överskott på 900 tkr", a reason-only consultants row (the row's "-800"),
revenue "850 tkr högre än budgeterat" and depreciation "Lägre än budget med 580 tkr"; investments "2,3 mnkr
under budget", an action with its effect, equity covering the deficit and service-desk volumes against 2025
with "beror på" (others).

The body is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import BP, LP, A, C, O


def spec() -> ReportSpec:
    style = Style(
        body="serif-cond",
        bold="serif-cond-bold",
        italic="serif-italic",
        size=10.0,
        leading=1.4,
        para_gap=7.0,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("serif-cond-bold", "serif-cond-bold", "serif-cond-bold"),
        margins=(70.0, 78.0, 70.0, 74.0),
        header=lambda n, m: ("Göliska IT", "Tertialrapport januari–april 2026"),
        footer=lambda n, m: ("Direktionen 2026-05-28", "", f"Sida {n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Resultaträkning per kostnadsslag, tkr",
        header=(("Kostnadsslag", "Budget 2026", "Prognos 2026", "Avvikelse"),),
        rows=(
            ("Medlemsavgifter", "86 400", "86 400", "0"),
            ("Övriga intäkter", "9 200", "10 050", "850"),
            ("Personalkostnader", "-41 600", "-40 700", "900"),
            ("Licenser och programvaror", "-28 300", "-30 450", "-2 150"),
            ("Konsulttjänster", "-6 100", "-6 900", "-800"),
            ("Avskrivningar", "-12 800", "-12 220", "580"),
            ("Övriga kostnader", "-6 800", "-6 800", "0"),
            ("Resultat", "0", "-620", "-620"),
        ),
        widths=(170.0, 80.0, 80.0, 76.0),
        bold_rows=frozenset({7}),
        rules=False,
        grid=True,
        size=9.0,
        shade=(0.85, 0.85, 0.85),
    )
    blocks = [
        Title("Tertialrapport 1 2026", size=19, font="serif-cond-bold", after=2),
        Title("Kommunalförbundet Göliska IT", size=12.5, font="serif-cond", after=12),
        H("Förbundets uppdrag", 2),
        P(
            "Förbundet ansvarar för drift och utveckling av it-infrastrukturen i Götene, Lidköpings och Skara "
            "kommuner och har 58 anställda."
        ),
        H("Ekonomi", 2),
        P(
            "Förbundet redovisar efter april ett överskott mot budget på 940 tkr. Överskottet beror främst på att "
            "årets fakturor för kontorsprogramvaran kommer först i juni.",
            C(
                None,
                "940 tkr",
                "+",
                "periodisering",
                "it_digitalisering",
                note="The period and its timing reason in one paragraph: one item.",
            ),
        ),
        P(
            "För helåret prognostiseras ett underskott på 620 tkr jämfört med budget.",
            C(None, "620 tkr", "-", note="The full year in a paragraph of its own."),
        ),
        P("Medlemskommunernas avgifter följer budget.", BP("Medlemsavgifter")),
        table,
        LP(
            "Licenser och programvaror:",
            "Kostnaderna beräknas bli 2 150 tkr högre än budget. Leverantörerna har höjt priserna med mellan 8 och "
            "12 procent, och antalet användarlicenser har ökat när fler skolor i Lidköping har anslutits.",
            C(
                "Licenser och programvaror",
                "2 150 tkr",
                "-",
                "prisokningar",
                "it_digitalisering",
                "volymer",
                note="The price-rise percentages are not the amount.",
            ),
        ),
        LP(
            "Personalkostnader:",
            "Två tjänster inom infrastrukturgruppen har ännu inte tillsatts, vilket ger ett överskott på 900 tkr.",
            C("Personalkostnader", "900 tkr", "+", "vakanser"),
        ),
        LP(
            "Konsulttjänster:",
            "Eftersom tjänsterna är vakanta har konsulter anlitats för driften av serverhallen, vilket medför "
            "kostnader över budget.",
            C(
                "Konsulttjänster",
                "-800",
                "-",
                "inhyrd_personal",
                "vakanser",
                unit="tkr",
                table=True,
                note="Reasons only: the table row's cell.",
            ),
        ),
        LP(
            "Övriga intäkter:",
            "Försäljningen av tjänster till de kommunala bolagen har ökat och intäkterna blir 850 tkr högre än "
            "budgeterat.",
            C("Övriga intäkter", "850 tkr", "+", "avgifter_intakter"),
        ),
        LP(
            "Avskrivningar:",
            "Lägre än budget med 580 tkr, eftersom utbytet av nätverksutrustning har försenats.",
            C("Avskrivningar", "580 tkr", "+", "periodisering"),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsprognosen är 7,5 mnkr, vilket är 2,3 mnkr under budget. Leveranserna av nya switchar och "
            "brandväggar har försenats.",
            C("Investeringar", "2,3 mnkr", "+", "periodisering", "material_hjalpmedel"),
        ),
        H("Åtgärder", 2),
        P(
            "Direktionen har gett förbundschefen i uppdrag att se över licensavtalen och säga upp licenser som inte "
            "används, med en förväntad besparing på 400 tkr under 2026.",
            A("Licenser och programvaror", "400 tkr", "it_digitalisering"),
        ),
        H("Eget kapital och verksamhetsmått", 2),
        P(
            "Förbundets egna kapital uppgår till 5,8 mnkr och täcker det prognostiserade underskottet.",
            O(None, "reserver", note="Equity covering the deficit: other."),
        ),
        P(
            "Antalet ärenden till servicedesken ökade med 14 procent jämfört med samma period 2025, vilket beror på "
            "införandet av nya e-tjänster i medlemskommunerna.",
            O(None, "volymer", note="Volumes against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="goliska-it-tertialrapport-2026-04.pdf",
        report={
            "municipality": ["Göliska IT", "Kommunalförbundet Göliska IT"],
            "committee": ["Direktionen", "Förbundsdirektionen"],
            "period": ["2026-04"],
            "report_type": "tertialrapport",
        },
        metadata={"title": "Tertialrapport 1 2026 Göliska IT", "author": "Kommunalförbundet Göliska IT"},
        style=style,
        blocks=blocks,
    )
