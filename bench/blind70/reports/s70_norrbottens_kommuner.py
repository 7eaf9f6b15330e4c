"""Kommunalförbundet Norrbottens Kommuner, delårsrapport januari–augusti 2025.

A kommunalförbund's interim report in "tkr" with en dashes as minus signs, footer with the förbundsstyrelse's
meeting date in October: the period "860 tkr bättre än det periodiserade budgeterade resultatet" (the result
1 240 is not the amount) and the full year "en negativ budgetavvikelse på 450 tkr" after two levels; a
driftredovisning by kontogrupp; a bold run-in lead that carries the area and amount ("Projektintäkter och
bidrag, –1 050 tkr:"), a kontogrupp as the subject ("beräknas understiga budget med 580 tkr"), a reason-only
rent deviation (the row's "–160"), "blir 180 tkr lägre än budgeterat" and two posts that "följer budget"
(boilerplate); an action with its effect, the equity and a goal not met with "beror på" (others). 6 scored
causes. Liberation Sans (Arial) 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import BP, LP, A, C, O


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=10.0,
        leading=1.4,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(66.0, 80.0, 66.0, 74.0),
        header=lambda n, m: ("Norrbottens Kommuner", "Delårsrapport 2025"),
        footer=lambda n, m: ("Förbundsstyrelsen 2025-10-02", "Dnr NK 2025/38", f"{n}/{m}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Driftredovisning 2025, tkr",
        header=(("Kontogrupp", "Budget helår", "Prognos helår", "Avvikelse"),),
        rows=(
            ("Medlemsavgifter", "14 800", "14 800", "0"),
            ("Projektintäkter och bidrag", "9 200", "8 150", "–1 050"),
            ("Personalkostnader", "–15 600", "–15 020", "580"),
            ("Lokalkostnader", "–1 450", "–1 610", "–160"),
            ("Köp av tjänster", "–4 300", "–4 120", "180"),
            ("Övriga kostnader", "–2 050", "–2 050", "0"),
            ("Resultat", "600", "150", "–450"),
        ),
        widths=(180.0, 80.0, 80.0, 80.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Delårsrapport januari–augusti 2025", size=18, font="arial-bold", after=2),
        Title("Kommunalförbundet Norrbottens Kommuner", size=12, font="arial", after=12),
        H("Förbundets uppdrag", 2),
        P(
            "Förbundet är länets fjorton kommuners gemensamma organisation för samverkan och utveckling inom bland "
            "annat välfärd, utbildning och digitalisering."
        ),
        H("Ekonomiskt resultat", 2),
        P(
            "Förbundets resultat för perioden uppgår till 1 240 tkr, vilket är 860 tkr bättre än det periodiserade "
            "budgeterade resultatet.",
            C(None, "860 tkr", "+", note="The result (1 240) is not the amount; the deviation is."),
        ),
        P(
            "För helåret prognostiseras ett resultat på 150 tkr mot budgeterade 600 tkr, det vill säga en negativ "
            "budgetavvikelse på 450 tkr.",
            C(None, "450 tkr", "-", note="Two levels, then the deviation."),
        ),
        table,
        H("Kommentarer till avvikelserna", 2),
        LP(
            "Projektintäkter och bidrag, –1 050 tkr:",
            "Två externt finansierade projekt inom välfärdsområdet har startat senare än planerat, och intäkterna för "
            "året blir därför lägre.",
            C(
                "Projektintäkter och bidrag",
                "–1 050 tkr",
                "-",
                "periodisering",
                note="A run-in lead that carries the area and amount.",
            ),
        ),
        P(
            "Personalkostnaderna beräknas understiga budget med 580 tkr, eftersom tjänsten som välfärdsstrateg har "
            "varit vakant sedan mars och projektanställningarna har startat senare.",
            C("Personalkostnader", "580 tkr", "+", "vakanser", "periodisering"),
        ),
        P(
            "Hyran för kontoret i Luleå har räknats upp med index utöver vad som budgeterades, vilket ger en negativ "
            "avvikelse för lokalkostnaderna.",
            C(
                "Lokalkostnader",
                "–160",
                "-",
                "lokaler",
                "prisokningar",
                unit="tkr",
                table=True,
                note="Reason only: the table row's cell.",
            ),
        ),
        P(
            "Köp av tjänster blir 180 tkr lägre än budgeterat, då färre konsulttimmar har behövts i "
            "utvecklingsarbetet.",
            C("Köp av tjänster", "180 tkr", "+", "inhyrd_personal", note="Consultants: inhyrd_personal."),
        ),
        P(
            "Medlemsavgifter och övriga kostnader följer budget.",
            BP("Medlemsavgifter och övriga kostnader"),
        ),
        H("Åtgärder", 2),
        P(
            "Förbundsstyrelsen har beslutat att inte återbesätta den vakanta tjänsten under 2025, vilket minskar "
            "kostnaderna med ytterligare 200 tkr.",
            A("Personalkostnader", "200 tkr", "vakanser"),
        ),
        H("Eget kapital och mål", 2),
        P(
            "Förbundets eget kapital uppgick till 5 320 tkr den 31 augusti.",
            O(None, "reserver", note="Equity: other."),
        ),
        P(
            "Målet att samtliga medlemskommuner ska delta i minst två gemensamma utvecklingsprojekt uppfylls inte, "
            "vilket beror på att två projekt har försenats.",
            O(None, note="A goal not met with 'beror på': other."),
        ),
    ]
    return ReportSpec(
        file="norrbottens-kommuner-delarsrapport-2025-08.pdf",
        report={
            "municipality": [
                "Norrbottens Kommuner",
                "Kommunalförbundet Norrbottens Kommuner",
                "Norrbottens kommuner",
            ],
            "committee": ["Förbundsstyrelsen", "Styrelsen"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={"title": "Delårsrapport 2025", "author": "Kommunalförbundet Norrbottens Kommuner"},
        style=style,
        blocks=blocks,
    )
