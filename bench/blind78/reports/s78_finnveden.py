"""Finnvedens Samordningsförbund, Styrelsen, delårsrapport januari–augusti 2025.

A small samordningsförbund's interim report in tkr, DejaVu Serif Condensed 10 pt, footer with the styrelse's
meeting date in September: the period's result "412 tkr, vilket är 380 tkr bättre än periodiserad budget
eftersom" insatser started late (one item with its reason), the full year "ett underskott mot budget på 260
tkr" followed in the same paragraph by its financing from equity (other); the members' contributions that
"följer budget" (boilerplate) and "Prognosen är oförändrad" (a boilerplate
forecast change); a kostnadsslag table with en-dash minus signs; bold run-in kostnadsslag whose
lead carries the amount ("Insatser och projekt –620 tkr.", "Kansli +170 tkr.") and one with a full stop and
a reason only (the row's "+190"); an action without amount and participants against last year (other).

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import BF, BP, LP, A, C, O


def spec() -> ReportSpec:
    style = Style(
        body="serif-cond",
        bold="serif-cond-bold",
        italic="serif-italic",
        size=10.0,
        leading=1.4,
        para_gap=7.0,
        heading_sizes=(14.5, 12.0, 10.5),
        heading_fonts=("serif-cond-bold", "serif-cond-bold", "serif-cond-bold"),
        margins=(70.0, 80.0, 70.0, 74.0),
        header=lambda n, m: ("Finnvedens Samordningsförbund", "Delårsrapport 2025"),
        footer=lambda n, m: ("Fastställd av styrelsen 2025-09-25", "", f"Sida {n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Resultaträkning per kostnadsslag, tkr (avvikelse: + bättre, – sämre än budget)",
        header=(("", "Budget 2025", "Utfall jan–aug", "Prognos 2025", "Avvikelse"),),
        rows=(
            ("Medlemsavgifter", "8 400", "5 600", "8 400", "0"),
            ("Insatser och projekt", "–6 650", "–4 160", "–7 270", "–620"),
            ("Kansli", "–1 350", "–850", "–1 180", "+170"),
            ("Lokaler och administration", "–400", "–178", "–210", "+190"),
            ("Resultat", "0", "412", "–260", "–260"),
        ),
        widths=(150.0, 70.0, 76.0, 70.0, 62.0),
        bold_rows=frozenset({4}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Delårsrapport januari–augusti 2025", size=18, font="serif-cond-bold", after=2),
        Title("Finnvedens Samordningsförbund", size=12.5, font="serif-cond", after=12),
        H("Förbundets uppdrag", 2),
        P(
            "Förbundet finansierar samordnade rehabiliteringsinsatser för personer i behov av stöd från flera "
            "myndigheter. Medlemmar är Försäkringskassan, Arbetsförmedlingen, Region Jönköpings län och tre kommuner."
        ),
        H("Ekonomiskt resultat", 2),
        P(
            "Resultatet för januari–augusti är 412 tkr, vilket är 380 tkr bättre än periodiserad budget eftersom "
            "flera insatser startade senare än planerat.",
            C(
                None,
                "380 tkr",
                "+",
                "periodisering",
                note="The period's result and its deviation: the deviation.",
            ),
        ),
        PS(
            ("För helåret prognostiseras ett underskott mot budget på 260 tkr.", C(None, "260 tkr", "-")),
            (
                "Underskottet täcks av förbundets egna kapital, som vid årets början uppgick till 1 940 tkr.",
                O(None, "reserver", note="Financing from equity: other."),
            ),
        ),
        P(
            "Medlemsavgifterna från de sex medlemmarna följer budget.",
            BP("Medlemsavgifter"),
        ),
        P("Prognosen är oförändrad jämfört med tertialrapporten.", BF(None)),
        table,
        LP(
            "Insatser och projekt –620 tkr.",
            "Styrelsen beslutade i maj att förlänga insatsen Nästa steg till och med december, och "
            "arbetsträningsinsatsen i Värnamo har fått fler deltagare än planerat.",
            C(
                "Insatser och projekt",
                "–620 tkr",
                "-",
                "volymer",
                note="The bold run-in lead carries the amount.",
            ),
        ),
        LP(
            "Kansli +170 tkr.",
            "Förbundschefen har varit tjänstledig på deltid under våren utan att tjänsten har ersatts.",
            C("Kansli", "+170 tkr", "+", "vakanser"),
        ),
        LP(
            "Lokaler och administration.",
            "Förbundet flyttade i februari till lokaler i kommunhuset i Värnamo och betalar en lägre hyra än "
            "budgeterat.",
            C(
                "Lokaler och administration",
                "+190",
                "+",
                "lokaler",
                unit="tkr",
                table=True,
                note="A reason only: the table row's cell.",
            ),
        ),
        H("Åtgärder och framåtblick", 2),
        P(
            "Styrelsen har beslutat att inga nya insatser startas under hösten.",
            A(None, None, note="An action without amount or tag."),
        ),
        P(
            "Antalet deltagare i förbundets insatser var 214 under perioden, jämfört med 176 samma period 2024.",
            O(None, "volymer", note="Participants against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="finnvedens-samordningsforbund-delarsrapport-2025-08.pdf",
        report={
            "municipality": [
                "Finnvedens Samordningsförbund",
                "Samordningsförbundet Finnveden",
                "Finsam Finnveden",
            ],
            "committee": ["Styrelsen", "Förbundsstyrelsen"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={
            "title": "Delårsrapport januari–augusti 2025 Finnvedens Samordningsförbund",
            "author": "Finnvedens Samordningsförbund",
        },
        style=style,
        blocks=blocks,
    )
