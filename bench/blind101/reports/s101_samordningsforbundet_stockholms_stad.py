"""Samordningsförbundet Stockholms stad, Styrelsen, årsredovisning 2025.

A financial-coordination förbund's year-end report in DejaVu Sans, footer with the styrelse's adoption date in
March: the result "−1 240 tkr, att jämföra med ett budgeterat resultat på −3 500 tkr" followed by "2 260 tkr
bättre än budget" and its reason in the same paragraph (one cause), the outcome against the interim forecast
without a cause, a table in tkr whose negatives are written with hyphen-minus, then bold run-in areas with a
full stop: insatser "1 850 tkr mindre än beviljat" (positive), a reason-only structural post (the row's
"420"), the office "överstiger budget med 180 tkr", ESF revenue "170 tkr högre än budgeterat" and members'
contributions that "följer budget" (boilerplate); equity, the styrelse's decision to use equity for new
insatser and participants against last year (others). 5 scored causes.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import BP, LP, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.45,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(64.0, 78.0, 64.0, 72.0),
        header=lambda n, m: ("Samordningsförbundet Stockholms stad", "Årsredovisning 2025"),
        footer=lambda n, m: ("Fastställd av styrelsen 2026-03-26", "", f"{n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Driftredovisning 2025, tkr",
        header=(("", "Budget", "Utfall", "Avvikelse"),),
        rows=(
            ("Medlemsavgifter", "18 000", "18 000", "0"),
            ("ESF-medel", "900", "1 070", "170"),
            ("Individinriktade insatser", "-16 400", "-14 550", "1 850"),
            ("Strukturella insatser", "-2 100", "-1 680", "420"),
            ("Kansli", "-3 900", "-4 080", "-180"),
            ("Resultat", "-3 500", "-1 240", "2 260"),
        ),
        widths=(180.0, 70.0, 70.0, 70.0),
        bold_rows=frozenset({5}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Årsredovisning 2025", size=20, font="sans-bold", after=3),
        Title("Samordningsförbundet Stockholms stad", size=12, font="sans", after=12),
        H("Förbundet", 2),
        P(
            "Förbundet är ett samarbete mellan Stockholms stad, Region Stockholm, Försäkringskassan och "
            "Arbetsförmedlingen för att stödja personer som behöver samordnade insatser för att komma i arbete."
        ),
        H("Ekonomiskt resultat", 2),
        P(
            "Förbundet redovisar för 2025 ett resultat på −1 240 tkr, att jämföra med ett budgeterat resultat på "
            "−3 500 tkr. Resultatet är därmed 2 260 tkr bättre än budget, främst för att insatserna har "
            "förbrukat mindre medel än beviljat.",
            C(None, "2 260 tkr", "+", note="The result between two levels, the deviation written out."),
        ),
        P(
            "Utfallet är 600 tkr bättre än prognosen i delårsrapporten.",
            F(None, "600 tkr", "+", note="The outcome against the interim forecast, no cause."),
        ),
        table,
        H("Kommentarer", 2),
        LP(
            "Individinriktade insatser.",
            "Insatserna har använt 1 850 tkr mindre än beviljat, eftersom två insatser startade senare än planerat "
            "och en projektledartjänst var vakant under hösten.",
            C("Individinriktade insatser", "1 850 tkr", "+", "periodisering", "vakanser"),
        ),
        LP(
            "Strukturella insatser.",
            "Utbildningssatsningen för medlemmarnas medarbetare genomfördes i mindre omfattning än planerat.",
            C(
                "Strukturella insatser",
                "420",
                "+",
                "volymer",
                unit="tkr",
                table=True,
                note="A reason-only post: the table row's cell.",
            ),
        ),
        LP(
            "Kansli.",
            "Kansliets kostnader överstiger budget med 180 tkr, till följd av högre lokalhyra efter flytten i "
            "maj.",
            C("Kansli", "180 tkr", "-", "lokaler"),
        ),
        LP(
            "ESF-medel.",
            "Intäkterna från Europeiska socialfonden blev 170 tkr högre än budgeterat, då projektet kunde "
            "redovisa fler deltagartimmar.",
            C("ESF-medel", "170 tkr", "+", "statsbidrag", "volymer"),
        ),
        LP("Medlemsavgifter.", "Medlemsavgifterna följer budget.", BP("Medlemsavgifter")),
        H("Eget kapital", 2),
        P(
            "Det egna kapitalet uppgår vid årets slut till 6 900 tkr, vilket är över det riktvärde som "
            "medlemmarna har kommit överens om.",
            O(None, note="Equity: other."),
        ),
        P(
            "Styrelsen har beslutat att använda 2 000 tkr av det egna kapitalet för nya insatser under 2026.",
            O(None, "reserver", note="A financing decision on equity: other."),
        ),
        H("Deltagare", 2),
        P(
            "Insatserna hade 1 020 deltagare under året, jämfört med 940 under 2024.",
            O(None, "volymer", note="Participants against the previous year."),
        ),
    ]
    return ReportSpec(
        file="samordningsforbundet-stockholms-stad-arsredovisning-2025.pdf",
        report={
            "municipality": [
                "Samordningsförbundet Stockholms stad",
                "Samordningsförbundet i Stockholms stad",
                "Finsam Stockholms stad",
            ],
            "committee": ["Styrelsen", "Förbundsstyrelsen"],
            "period": ["2025", "2025-12"],
            "report_type": "årsredovisning",
        },
        metadata={"title": "Årsredovisning 2025", "author": "Samordningsförbundet Stockholms stad"},
        style=style,
        blocks=blocks,
    )
