"""Västerviks kommun, Kultur- och fritidsnämnden, tertialrapport 1 2026.

A culture and leisure committee's tertial report in mnkr and tkr, set in Liberation Serif, footer with the
nämnd's meeting date in May: the period "0,6 mnkr bättre än periodiserad budget" and the full year "överskrida
sin budget med 1,8 mnkr" in two sentences, the period surplus's timing reason in a paragraph of its own (amount
null), a reading note that deficits are in brackets and a table with "(1 200)", "(800)"; then bold run-in
verksamheter ending in a full stop: "gå 1,2 mnkr back" after the reasons (a broken compressor,
energy), a reason-only deficit (the row's "(800)"), "prognostiserar ett underskott på 400 tkr", "ger ett
överskott om 300 tkr", "0,3 mnkr i lägre kostnader än budgeterat" and "inom ram" (boilerplate); the change since
February with its cause, an action with its effect and library visits against last year with "beror på"
(other). Liberation Serif 10.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import BP, LP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=10.5,
        leading=1.36,
        para_gap=6.0,
        heading_sizes=(16.0, 12.5, 11.0),
        heading_fonts=("times-bold", "times-bold", "times-bold"),
        margins=(66.0, 80.0, 66.0, 74.0),
        gutter=24.0,
        header=lambda n, m: ("Västerviks kommun", "Tertialrapport 1 2026"),
        footer=lambda n, m: ("Kultur- och fritidsnämnden 2026-05-21", "", f"{n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Driftredovisning per verksamhet, tkr",
        header=(("Verksamhet", "Budget 2026", "Prognos 2026", "Avvikelse"),),
        rows=(
            ("Förvaltningsgemensamt", "6 400", "6 100", "300"),
            ("Bibliotek", "18 200", "18 600", "(400)"),
            ("Kulturverksamhet", "9 700", "9 700", "0"),
            ("Fritidsanläggningar", "31 500", "32 700", "(1 200)"),
            ("Föreningsbidrag", "8 900", "8 600", "300"),
            ("Fritidsgårdar", "7 300", "8 100", "(800)"),
            ("Summa", "82 000", "83 800", "(1 800)"),
        ),
        widths=(160.0, 80.0, 80.0, 70.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=9.5,
    )
    blocks = [
        Title("Tertialrapport 1 2026", size=20, font="times-bold", after=2),
        Title("Kultur- och fritidsnämnden", size=13, font="times", after=14),
        H("Ekonomisk sammanfattning", 1),
        P(
            "Efter årets första fyra månader redovisar nämnden ett utfall som är 0,6 mnkr bättre än periodiserad "
            "budget.",
            C(None, "0,6 mnkr", "+", note="The period's deviation, a sentence of its own."),
        ),
        P(
            "För helåret bedöms nämnden dock överskrida sin budget med 1,8 mnkr.",
            C(None, "1,8 mnkr", "-"),
        ),
        P(
            "Överskottet under perioden förklaras av att sommarens evenemang ännu inte har belastat resultatet.",
            C(
                None,
                None,
                "+",
                "periodisering",
                note="The period surplus's reason apart from its amount: null.",
            ),
        ),
        P("Belopp i tkr. Negativa avvikelser anges inom parentes.", size=9.0),
        table,
        H("Kommentarer per verksamhet", 2),
        LP(
            "Fritidsanläggningar.",
            "Ishallen har haft ett kompressorhaveri som krävt akut reparation, och energikostnaderna för badhuset "
            "överstiger budget. Sammantaget väntas verksamheten gå 1,2 mnkr back.",
            C("Fritidsanläggningar", "1,2 mnkr", "-", "ovrigt", "prisokningar", note="A breakdown: ovrigt."),
        ),
        LP(
            "Fritidsgårdar.",
            "Den nya fritidsgården i Gamleby öppnade i februari, och personalkostnaderna för kvällsöppet har inte "
            "fått full täckning i budgeten.",
            C(
                "Fritidsgårdar",
                "(800)",
                "-",
                "omstallning",
                "bemanning",
                unit="tkr",
                table=True,
                note="Reasons only: the row's cell in brackets.",
            ),
        ),
        LP(
            "Bibliotek.",
            "Biblioteket prognostiserar ett underskott på 400 tkr, till följd av att avtalet för e-böcker och "
            "databaser har blivit dyrare.",
            C("Bibliotek", "400 tkr", "-", "prisokningar", "it_digitalisering"),
        ),
        LP(
            "Föreningsbidrag.",
            "Färre föreningar än väntat har sökt anläggningsbidrag, vilket ger ett överskott om 300 tkr.",
            C("Föreningsbidrag", "300 tkr", "+", "volymer"),
        ),
        LP(
            "Förvaltningsgemensamt.",
            "En vakant tjänst som kultursekreterare ger 0,3 mnkr i lägre kostnader än budgeterat.",
            C("Förvaltningsgemensamt", "0,3 mnkr", "+", "vakanser"),
        ),
        LP("Kulturverksamhet.", "Verksamheten bedöms kunna bedrivas inom ram.", BP("Kulturverksamhet")),
        H("Förändring sedan februari", 2),
        P(
            "Jämfört med februariuppföljningen har helårsprognosen försämrats med 0,5 mnkr, vilket hänger samman med "
            "kompressorhaveriet i ishallen.",
            F(None, "0,5 mnkr", "-", "ovrigt"),
        ),
        H("Åtgärder", 2),
        P(
            "Förvaltningen föreslår att öppettiderna i badhuset begränsas under juli och augusti. Det beräknas minska "
            "kostnaderna med 250 tkr.",
            A("Fritidsanläggningar", "250 tkr"),
        ),
        H("Verksamhetsmått", 2),
        P(
            "Besöken på biblioteken ökade med 6 procent jämfört med samma period 2025, vilket beror på de längre "
            "öppettiderna på lördagar.",
            O("Bibliotek", note="Visits against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="vastervik-kfn-tertialrapport-2026-04.pdf",
        report={
            "municipality": "Västervik",
            "committee": ["Kultur- och fritidsnämnden"],
            "period": ["2026-04"],
            "report_type": "tertialrapport",
        },
        metadata={"title": "Tertialrapport 1 2026 Kultur- och fritidsnämnden", "author": "Västerviks kommun"},
        style=style,
        blocks=blocks,
    )
