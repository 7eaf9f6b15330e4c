"""Landskrona stad, Kultur- och fritidsnämnden, månadsrapport oktober 2025.

A culture and leisure committee's short month report in mnkr whose result table is pasted as an image (no
text layer: every amount lives in the prose), footer with the letter date in November: the full year
"underskott på 1,8 mnkr … (föregående månad 1,5 mnkr)", a paragraph that names the area after "inom" with the
amount between commas ("Underskottet inom fritidsanläggningar, 2,3 mnkr, beror på …"), an amount in words
("en halv miljon kronor"), a reason-only surplus whose amount is only in the image (null), "får ett överskott
på 0,6 mnkr", "bedöms hålla budget" (boilerplate), the change since September with its cause, investments
"1,1 mnkr lägre än budget", an action with "cirka 0,4 mnkr" and bath visits against last year (other). DejaVu
Serif 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="serif",
        bold="serif-bold",
        italic="serif-italic",
        size=9.5,
        leading=1.42,
        para_gap=6.5,
        heading_sizes=(15.0, 11.5, 10.0),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(70.0, 78.0, 70.0, 74.0),
        header=lambda n, m: ("Landskrona stad", "Kultur- och fritidsförvaltningen"),
        footer=lambda n, m: ("2025-11-12", "Månadsrapport oktober", f"Sida {n}"),
        header_size=8.0,
    )
    table = Table(
        caption="Prognos 2025 per verksamhet, mnkr",
        header=(("Verksamhet", "Budget", "Prognos", "Avvikelse"),),
        rows=(
            ("Bibliotek", "24,6", "24,2", "+0,4"),
            ("Kulturskola", "15,8", "16,3", "-0,5"),
            ("Fritidsanläggningar", "48,1", "50,4", "-2,3"),
            ("Museum och konsthall", "19,2", "18,6", "+0,6"),
            ("Fritidsgårdar", "11,4", "11,4", "0,0"),
            ("Totalt", "119,1", "120,9", "-1,8"),
        ),
        widths=(150.0, 70.0, 70.0, 70.0),
        bold_rows=frozenset({5}),
        rules=True,
        size=9.0,
        as_image=True,
    )
    blocks = [
        Title("Månadsrapport oktober 2025", size=18, font="sans-bold", after=2),
        Title("Kultur- och fritidsnämnden", size=12, font="serif", after=12),
        H("Prognos för helåret", 2),
        P(
            "Nämnden prognostiserar ett underskott på 1,8 mnkr för helåret (föregående månad 1,5 mnkr).",
            C(None, "1,8 mnkr", "-", note="The bracket is last month's figure."),
        ),
        table,
        H("Kommentarer", 2),
        P(
            "Underskottet inom fritidsanläggningar, 2,3 mnkr, beror på att badhusets reningsverk havererade i "
            "september och att badhuset fick hållas stängt i tre veckor. Därtill kommer högre elpriser än "
            "budgeterat.",
            C(
                "Fritidsanläggningar",
                "2,3 mnkr",
                "-",
                "ovrigt",
                "prisokningar",
                note="A breakdown is ovrigt.",
            ),
        ),
        P(
            "Kulturskolan beräknas gå med ett underskott på en halv miljon kronor eftersom avgiftsintäkterna blivit "
            "lägre när färre elever anmält sig till höstterminen.",
            C(
                "Kulturskolan",
                "en halv miljon kronor",
                "-",
                "avgifter_intakter",
                "volymer",
                value=500_000,
                note="Amount in words.",
            ),
        ),
        P(
            "Biblioteken redovisar ett överskott, som förklaras av vakanta bibliotekarietjänster under sommaren.",
            C(
                "Bibliotek",
                None,
                "+",
                "vakanser",
                note="A reason only, and the table is an image with no text layer: amount null.",
            ),
        ),
        P(
            "Museet och konsthallen får ett överskott på 0,6 mnkr då en större utställning har flyttats till nästa "
            "år.",
            C("Museum och konsthall", "0,6 mnkr", "+", "periodisering"),
        ),
        P("Fritidsgårdarna bedöms hålla budget.", BP("Fritidsgårdar")),
        P(
            "Jämfört med september har prognosen försämrats med 0,3 mnkr, vilket helt beror på att reparationen av "
            "reningsverket blev dyrare än först bedömt.",
            F(None, "0,3 mnkr", "-", "ovrigt"),
        ),
        H("Investeringar", 2),
        P(
            "Investeringarna beräknas bli 1,1 mnkr lägre än budget eftersom bytet av konstgräs på en av "
            "fotbollsplanerna skjuts till våren 2026.",
            C("Investeringar", "1,1 mnkr", "+", "periodisering"),
        ),
        H("Åtgärder", 2),
        P(
            "Förvaltningen har infört inköpsstopp för resten av året, vilket beräknas ge cirka 0,4 mnkr.",
            A(None, "cirka 0,4 mnkr", "material_hjalpmedel"),
        ),
        H("Besökare", 2),
        P(
            "Antalet besök i badhuset var 18 procent lägre än under samma period förra året, vilket beror på "
            "stängningen i september.",
            O("Fritidsanläggningar", "volymer", note="Visits against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="landskrona-kfn-manadsrapport-2025-10.pdf",
        report={
            "municipality": ["Landskrona", "Landskrona stad"],
            "committee": ["Kultur- och fritidsnämnden"],
            "period": ["2025-10"],
            "report_type": "månadsrapport",
        },
        metadata={
            "title": "Månadsrapport oktober 2025 Kultur- och fritidsnämnden",
            "author": "Landskrona stad",
        },
        style=style,
        blocks=blocks,
    )
