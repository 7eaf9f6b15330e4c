"""Dalslandskommunernas kommunalförbund, Direktionen, delårsrapport januari–augusti 2025.

A small kommunalförbund's interim report in tkr with U+2212 minus signs, footer with the direktion's meeting
date in October: the period "840 tkr bättre än periodiserad budget", its timing reason in a sentence of its
own (amount null) and the full year "ett underskott mot budget på 310 tkr"; a verksamhet table; plain
headings where "Verksamheten beräknas överskrida budgeten med 420 tkr" (two causes), "vilket ger ett beräknat
överskott på 260 tkr", a reason-only deficit (the row's "−180") and "Kansliet följer budget" beside a row of
+30 (boilerplate); the members' fees, the equity and a goal not met "vilket beror på" (others) and an action
with its effect. DejaVu Sans 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, O


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.45,
        para_gap=6.5,
        heading_sizes=(14.0, 11.5, 10.0),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(68.0, 80.0, 68.0, 74.0),
        header=lambda n, m: ("Dalslandskommunernas kommunalförbund", "Delårsrapport 2025-08-31"),
        footer=lambda n, m: ("Direktionen 2025-10-02", "", f"{n}"),
        header_size=8.0,
        rule_under_header=False,
    )
    table = Table(
        caption="Prognos 2025 per verksamhet, tkr",
        header=(("Verksamhet", "Budget", "Prognos", "Avvikelse"),),
        rows=(
            ("Destinationsutveckling", "4 380", "4 800", "−420"),
            ("Lärcentrum", "2 150", "1 890", "260"),
            ("Näringsliv", "1 620", "1 800", "−180"),
            ("Kansli och gemensamt", "1 710", "1 680", "30"),
            ("Summa", "9 860", "10 170", "−310"),
        ),
        widths=(170.0, 76.0, 76.0, 76.0),
        bold_rows=frozenset({4}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Delårsrapport januari–augusti 2025", size=17, font="sans-bold", after=2),
        Title("Dalslandskommunernas kommunalförbund", size=11.5, font="sans", after=12),
        H("Ekonomiskt resultat", 2),
        PS(
            (
                "Förbundets resultat för januari–augusti är 1 240 tkr, vilket är 840 tkr bättre än periodiserad "
                "budget.",
                C(None, "840 tkr", "+", note="The period against the periodised budget."),
            ),
            (
                "Överskottet för perioden beror till stor del på att medlemsavgifterna faktureras i förskott medan "
                "projektkostnaderna kommer under hösten.",
                C(
                    None,
                    None,
                    "+",
                    "periodisering",
                    note="The period surplus's timing reason in a sentence of its own: amount null.",
                ),
            ),
            (
                "Helårsprognosen är ett underskott mot budget på 310 tkr.",
                C(None, "310 tkr", "-"),
            ),
        ),
        table,
        H("Destinationsutveckling", 3),
        P(
            "Verksamheten beräknas överskrida budgeten med 420 tkr. Den gemensamma besöksguiden och den nya "
            "webbplatsen blev dyrare än beräknat, och annonsintäkterna från företagen nådde inte budgeterad nivå.",
            C("Destinationsutveckling", "420 tkr", "-", "it_digitalisering", "avgifter_intakter"),
        ),
        H("Lärcentrum", 3),
        P(
            "Lärcentrum har fått högre intäkter än budgeterat för uppdragsutbildningar till medlemskommunerna, "
            "vilket ger ett beräknat överskott på 260 tkr.",
            C("Lärcentrum", "260 tkr", "+", "avgifter_intakter"),
        ),
        H("Näringsliv", 3),
        P(
            "Projektet för kompetensförsörjning i besöksnäringen fick lägre EU-finansiering än förbundet ansökt "
            "om, och förbundet står för mellanskillnaden.",
            C(
                "Näringsliv",
                "−180",
                "-",
                "statsbidrag",
                unit="tkr",
                table=True,
                note="Reasons only: the row's cell. Lower external project funding is tagged statsbidrag.",
            ),
        ),
        H("Kansli och gemensamt", 3),
        P("Kansliet följer budget.", BP("Kansli och gemensamt", note="+30 in the table.")),
        H("Åtgärder", 2),
        P(
            "Direktionen har beslutat att skjuta upp tryckningen av nästa års besöksguide, vilket minskar "
            "kostnaderna med 150 tkr i år.",
            A("Destinationsutveckling", "150 tkr"),
        ),
        H("Finansiering och mål", 2),
        P(
            "Medlemskommunernas avgifter för 2025 uppgår till 9 860 tkr och fördelas efter invånarantal.",
            O(None, note="Members' fees: financing, other."),
        ),
        P(
            "Förbundets egna kapital var 2 310 tkr vid årsskiftet. Om prognosen håller minskar det till cirka 2 000 "
            "tkr.",
            O(None, note="Equity: other."),
        ),
        P(
            "Målet om ett positivt resultat nås inte, vilket beror på underskottet inom destinationsutveckling.",
            O(None, note="A goal with 'beror på': other."),
        ),
    ]
    return ReportSpec(
        file="dalslandskommunernas-kommunalforbund-delarsrapport-2025-08.pdf",
        report={
            "municipality": [
                "Dalslandskommunernas kommunalförbund",
                "Dalslandskommunernas Kommunalförbund",
                "Kommunalförbundet Dalslandskommunerna",
            ],
            "committee": ["Direktionen", "Förbundsdirektionen"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={
            "title": "Delårsrapport januari–augusti 2025",
            "author": "Dalslandskommunernas kommunalförbund",
        },
        style=style,
        blocks=blocks,
    )
