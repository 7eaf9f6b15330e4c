"""Räddningstjänstförbundet Mitt Bohuslän, Direktionen, årsredovisning 2025 (the budget follow-up section).

A fire and rescue kommunalförbund's year-end report: the result "1,4 mnkr bättre än budget", the outcome
against the interim forecast (a forecast change), a driftredovisning in tkr with en-dash minus signs, then
bold run-in kostnadsslag whose lead carries the amount ("Externa intäkter +1 850 tkr.", "Personalkostnader
–1 200 tkr."), one lead with reasons only (the row's "420"), a plain paragraph "överstigit budget med 680
tkr", "i nivå med budget" and "följer budget" (boilerplate) and the finance net; an action for 2026, equity and the number of
call-outs against last year (other), and investments "7,4 mnkr mot budgeterade 12,0 mnkr" (4,6 mnkr never
written out). Liberation Sans 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import BP, LP, A, C, F, O

LEAD = "The run-in lead carries the area and its amount."


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=9.5,
        leading=1.4,
        para_gap=6.0,
        heading_sizes=(16.0, 12.0, 10.0),
        margins=(66.0, 78.0, 66.0, 72.0),
        header=lambda n, m: ("Räddningstjänstförbundet Mitt Bohuslän", "Årsredovisning 2025"),
        footer=lambda n, m: ("Godkänd av direktionen 2026-03-12", "", f"{n}"),
        rule_under_header=True,
    )
    table = Table(
        caption="Driftredovisning 2025, tkr",
        header=(("", "Budget 2025", "Utfall 2025", "Avvikelse"),),
        rows=(
            ("Medlemsbidrag", "98 400", "98 400", "0"),
            ("Externa intäkter", "6 300", "8 150", "1 850"),
            ("Personalkostnader", "–78 900", "–80 100", "–1 200"),
            ("Lokalkostnader", "–9 600", "–9 180", "420"),
            ("Fordon och material", "–7 400", "–8 080", "–680"),
            ("Övriga kostnader", "–7 900", "–8 120", "–220"),
            ("Finansnetto", "–200", "1 030", "1 230"),
            ("Årets resultat", "700", "2 100", "1 400"),
        ),
        widths=(170.0, 80.0, 80.0, 80.0),
        bold_rows=frozenset({7}),
        rules=True,
        shade=(0.92, 0.88, 0.86),
    )
    blocks = [
        Title("Årsredovisning 2025", size=20, font="arial-bold", after=2),
        Title("Räddningstjänstförbundet Mitt Bohuslän", size=12, font="arial", after=12),
        H("Ekonomisk analys", 2),
        P(
            "Förbundet redovisar ett resultat på 2,1 mnkr för 2025, vilket är 1,4 mnkr bättre än budget.",
            C(None, "1,4 mnkr", "+"),
        ),
        P(
            "Jämfört med prognosen i delårsrapporten blev resultatet 0,6 mnkr bättre, främst på grund av "
            "ränteintäkterna.",
            F(None, "0,6 mnkr", "+"),
        ),
        table,
        H("Budgetavvikelser", 3),
        P("Medlemsbidragen från medlemskommunerna följer budget.", BP("Medlemsbidrag")),
        LP(
            "Externa intäkter +1 850 tkr.",
            "Fler tillsynsärenden och utbildningar för externa kunder samt ersättning för automatlarm har gett "
            "högre intäkter än budgeterat.",
            C("Externa intäkter", "+1 850 tkr", "+", "avgifter_intakter", "volymer", note=LEAD),
        ),
        LP(
            "Personalkostnader –1 200 tkr.",
            "Många och långa insatser under sommarens skogsbränder har gett höga kostnader för övertid och för "
            "ersättning till räddningspersonal i beredskap.",
            C(
                "Personalkostnader",
                "–1 200 tkr",
                "-",
                "overtid",
                "ovrigt",
                note=LEAD + " Forest fires: ovrigt.",
            ),
        ),
        LP(
            "Lokalkostnader.",
            "Hyran för övningsfältet blev lägre efter en omförhandling av avtalet.",
            C(
                "Lokalkostnader",
                "420",
                "+",
                "lokaler",
                unit="tkr",
                table=True,
                note="Reasons only: the row's cell.",
            ),
        ),
        P(
            "Kostnaderna för drivmedel och för reparationer av två höjdfordon har överstigit budget med 680 tkr.",
            C("Fordon och material", "680 tkr", "-", "material_hjalpmedel"),
        ),
        P("Övriga kostnader ligger i nivå med budget.", BP("Övriga kostnader")),
        P(
            "Finansnettot blev 1 230 tkr bättre än budgeterat till följd av högre ränta på förbundets likvida "
            "medel.",
            C("Finansnetto", "1 230 tkr", "+", note="A finance item: no tag."),
        ),
        P(
            "Direktionen har beslutat om ett nytt schema för heltidsstyrkan från 2026, som beräknas minska "
            "övertiden med cirka 400 tkr per år.",
            A("Personalkostnader", "cirka 400 tkr", "overtid"),
        ),
        P(
            "Förbundets egna kapital uppgår efter årets resultat till 18,3 mnkr, och balanskravet är uppfyllt.",
            O(None, note="Equity and balanskrav: other."),
        ),
        P(
            "Antalet räddningsinsatser ökade från 1 180 under 2024 till 1 310 under 2025.",
            O(None, note="Against the previous year: other."),
        ),
        H("Investeringar", 3),
        P(
            "Investeringsutgifterna uppgick till 7,4 mnkr mot budgeterade 12,0 mnkr. Leveransen av en ny "
            "räddningsbil har försenats till våren 2026.",
            C(
                "Investeringar",
                "7,4 mnkr mot budgeterade 12,0 mnkr",
                "+",
                "periodisering",
                "material_hjalpmedel",
                value=4_600_000,
                note="Investment under-spending of 4,6 mnkr, never written out: the computed value.",
            ),
        ),
    ]
    return ReportSpec(
        file="raddningstjansten-mitt-bohuslan-arsredovisning-2025.pdf",
        report={
            "municipality": [
                "Räddningstjänstförbundet Mitt Bohuslän",
                "Räddningstjänsten Mitt Bohuslän",
                "Mitt Bohuslän",
            ],
            "committee": ["Direktionen", "Förbundsdirektionen"],
            "period": ["2025", "2025-12"],
            "report_type": "årsredovisning",
        },
        metadata={"title": "Årsredovisning 2025", "author": "Räddningstjänstförbundet Mitt Bohuslän"},
        style=style,
        blocks=blocks,
    )
