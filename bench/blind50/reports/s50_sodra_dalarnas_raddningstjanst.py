"""Södra Dalarnas Räddningstjänstförbund, Direktionen, tertialrapport januari–april 2026.

A fire and rescue kommunalförbund's tertial report in Liberation Sans Narrow 10.5 pt with en-dash minus
signs: the period's result "860 tkr bättre än det periodiserade budgeterade resultatet" and its timing
reason in a paragraph of its own (amount null), a full year "i nivå med budget, ±0 tkr" (boilerplate)
while the posts deviate both ways; a post table with costs as negative numbers; then bold run-in posts
ending in a full stop, one whose lead carries the amount ("Personalkostnader –1 500 tkr."), a reason-only
post taking its row's "–300", "Överskottet beräknas till 900 tkr" after the reason and "Följer budget."
(boilerplate); investments "4,8 mnkr lägre än budgeterat" after a delayed fire engine, an action without an
effect and the equity rule (other). 7 scored causes.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import BP, LP, A, C, O


def spec() -> ReportSpec:
    style = Style(
        body="narrow",
        bold="narrow-bold",
        italic="arial-italic",
        size=10.5,
        leading=1.32,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 11.0),
        heading_fonts=("narrow-bold", "narrow-bold", "narrow-bold"),
        margins=(68.0, 78.0, 68.0, 72.0),
        header=lambda n, m: ("Södra Dalarnas Räddningstjänstförbund", "Tertialrapport 1 2026"),
        footer=lambda n, m: ("Direktionen 2026-05-28", "", f"{n} / {m}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Resultaträkning, helårsprognos 2026 (tkr)",
        header=(("Post", "Budget", "Prognos", "Avvikelse"),),
        rows=(
            ("Medlemsbidrag", "98 600", "98 600", "0"),
            ("Externa intäkter", "7 400", "8 300", "900"),
            ("Personalkostnader", "–78 900", "–80 400", "–1 500"),
            ("Fordon och materiel", "–9 200", "–9 500", "–300"),
            ("Lokalkostnader", "–11 300", "–11 300", "0"),
            ("Övriga kostnader", "–6 600", "–5 700", "900"),
            ("Resultat", "0", "0", "0"),
        ),
        widths=(170.0, 80.0, 80.0, 80.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Tertialrapport januari–april 2026", size=18, font="narrow-bold", after=12),
        P(
            "Förbundet svarar för räddningstjänst och förebyggande arbete i medlemskommunerna. Rapporten "
            "behandlas av direktionen och skickas därefter till medlemskommunernas fullmäktige för kännedom."
        ),
        H("Ekonomiskt resultat", 2),
        P(
            "Förbundets resultat för perioden är 1 240 tkr, vilket är 860 tkr bättre än det periodiserade "
            "budgeterade resultatet.",
            C(None, "860 tkr", "+", note="The period against the periodised budgeted result."),
        ),
        P(
            "Periodens överskott förklaras främst av att semesterlönerna belastar sommarmånaderna.",
            C(
                None,
                None,
                "+",
                "periodisering",
                note="The period surplus's reason apart from its amount: a cause with amount null.",
            ),
        ),
        P(
            "Helårsprognosen pekar mot ett resultat i nivå med budget, ±0 tkr.",
            BP(None, note="The full year in balance: boilerplate, though the posts deviate both ways."),
        ),
        table,
        H("Kommentarer till prognosen", 2),
        LP(
            "Externa intäkter.",
            "Intäkterna från felaktiga automatiska brandlarm och från utbildningar till företag beräknas bli 900 "
            "tkr högre än budget.",
            C("Externa intäkter", "900 tkr", "+", "avgifter_intakter"),
        ),
        LP(
            "Personalkostnader –1 500 tkr.",
            "Den höga sjukfrånvaron i heltidsstyrkan har krävt övertid, och det nya avtalet för personal i "
            "beredskap har gett högre lönekostnader än budgeterat.",
            C(
                "Personalkostnader",
                "–1 500 tkr",
                "-",
                "sjukfranvaro",
                "overtid",
                "lonekostnader",
                note="The run-in lead carries the amount: part of the item.",
            ),
        ),
        LP(
            "Fordon och materiel.",
            "Reparationen av ett höjdfordon och ökade drivmedelspriser förklarar underskottet.",
            C(
                "Fordon och materiel",
                "–300",
                "-",
                "material_hjalpmedel",
                "prisokningar",
                unit="tkr",
                table=True,
                note="Reason only: the row's cell. Vehicles are material_hjalpmedel, fuel prices prisokningar.",
            ),
        ),
        LP(
            "Övriga kostnader.",
            "Utbildningskostnaderna blir lägre än budgeterat, eftersom flera externa kurser för räddningsledare "
            "har ställts in under våren. Överskottet beräknas till 900 tkr.",
            C("Övriga kostnader", "900 tkr", "+", "ovrigt"),
        ),
        LP("Lokalkostnader.", "Följer budget.", BP("Lokalkostnader")),
        H("Investeringar", 2),
        P(
            "Leveransen av en av två nya släckbilar har försenats till 2027, vilket gör att investeringarna blir "
            "4,8 mnkr lägre än budgeterat.",
            C("Investeringar", "4,8 mnkr", "+", "periodisering", "material_hjalpmedel"),
        ),
        H("Åtgärder", 2),
        P(
            "Direktionen har beslutat att inte tillsätta två vakanta administrativa tjänster under 2026 för att "
            "kompensera för personalkostnadernas underskott.",
            A("Personalkostnader", None, "vakanser"),
        ),
        H("Eget kapital", 2),
        P(
            "Förbundets egna kapital uppgick vid årsskiftet till 6,2 mnkr. Enligt förbundsordningen ska ett "
            "underskott i första hand täckas ur eget kapital innan medlemskommunerna debiteras.",
            O(None, "reserver", note="Equity and its rule: other."),
        ),
    ]
    return ReportSpec(
        file="sodra-dalarnas-raddningstjanstforbund-tertialrapport-2026-04.pdf",
        report={
            "municipality": [
                "Södra Dalarnas Räddningstjänstförbund",
                "Kommunalförbundet Södra Dalarnas Räddningstjänstförbund",
                "SDRF",
            ],
            "committee": ["Direktionen", "Förbundsdirektionen"],
            "period": ["2026-04"],
            "report_type": "tertialrapport",
        },
        metadata={
            "title": "Tertialrapport januari–april 2026",
            "author": "Södra Dalarnas Räddningstjänstförbund",
        },
        style=style,
        blocks=blocks,
    )
