"""Samordningsförbundet Centrala Västerbotten, Styrelsen, delårsrapport januari–juni 2026 (a joint body).

A financial coordination association's half-year report in "tkr", the footer carrying the styrelse's
meeting in August: the members' shares (other), the period's result "388 tkr bättre än periodiserad budget"
with its timing reason in the same sentence, the full year "ett underskott mot budget på 150 tkr, som
finansieras med eget kapital" (one cause); a table in tkr with signed rows (costs negative), hyphen-minus;
"blir 320 tkr högre än budgeterat" with a board decision as the reason, a run-in lead "Kansliet:" with "ger
ett överskott på 90 tkr", "kosta 80 tkr mindre än budget" (positive) and "Medlemsbidragen följer budget"
(boilerplate); an action without an effect; equity against the national guideline and participants against
2025 with "beror på" (others). DejaVu Sans 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Space, Style, Table, Title

from reports.common import BP, LP, A, C, O


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=10.0,
        leading=1.42,
        para_gap=7.0,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(70.0, 80.0, 70.0, 76.0),
        header=lambda n, m: ("Samordningsförbundet Centrala Västerbotten", "Delårsrapport 2026"),
        footer=lambda n, m: ("Styrelsens sammanträde 2026-08-28", "", f"Sida {n} av {m}"),
        header_size=8.0,
    )
    table = Table(
        caption="Resultaträkning, tkr",
        header=(("Post", "Budget helår", "Prognos helår", "Avvikelse"),),
        rows=(
            ("Medlemsbidrag", "6 800", "6 800", "0"),
            ("Insatser", "-5 400", "-5 720", "-320"),
            ("Kansli", "-1 050", "-960", "90"),
            ("Administration och IT", "-350", "-270", "80"),
            ("Resultat", "0", "-150", "-150"),
        ),
        widths=(170.0, 80.0, 80.0, 76.0),
        bold_rows=frozenset({4}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Delårsrapport januari–juni 2026", size=18, font="sans-bold", after=2),
        Title("Samordningsförbundet Centrala Västerbotten", size=12, font="sans", after=14),
        H("Förbundets ekonomi", 2),
        P(
            "Förbundets intäkter består av medlemmarnas bidrag. Försäkringskassan och Region Västerbotten bidrar "
            "med 50 respektive 25 procent och de sex kommunerna med resten.",
            O(None, note="Financing shares: other."),
        ),
        P(
            "Periodens resultat är 412 tkr, vilket är 388 tkr bättre än periodiserad budget, främst eftersom två "
            "insatser startade senare än planerat.",
            C(None, "388 tkr", "+", "periodisering", note="The period against the periodised budget."),
        ),
        P(
            "För helåret prognostiseras ett underskott mot budget på 150 tkr, som finansieras med eget kapital.",
            C(
                None,
                "150 tkr",
                "-",
                note="The full year; its financing in the same sentence stays in the item.",
            ),
        ),
        table,
        Space(6),
        H("Kommentarer", 2),
        P(
            "Kostnaderna för insatser blir 320 tkr högre än budgeterat. Styrelsen beslutade i mars att förlänga "
            "insatsen Steget vidare för unga vuxna till och med december.",
            C("Insatser", "320 tkr", "-", "ovrigt", note="A board decision to extend a project: ovrigt."),
        ),
        LP(
            "Kansliet:",
            "förbundschefen har varit föräldraledig under våren utan att ersättas fullt ut, vilket ger ett "
            "överskott på 90 tkr.",
            C("Kansli", "90 tkr", "+", "vakanser"),
        ),
        P(
            "Administration och IT beräknas kosta 80 tkr mindre än budget, då avtalet om ekonomitjänster med "
            "värdkommunen har blivit billigare.",
            C("Administration och IT", "80 tkr", "+", "prisokningar", note="A cheaper service contract."),
        ),
        P("Medlemsbidragen följer budget.", BP("Medlemsbidrag")),
        H("Åtgärder", 2),
        P(
            "Styrelsen har beslutat att inte starta några nya insatser under hösten, för att begränsa "
            "underskottet.",
            A(None, None),
        ),
        H("Eget kapital", 2),
        P(
            "Det egna kapitalet var 1 840 tkr vid årsskiftet. Enligt de nationella riktlinjerna bör det inte "
            "överstiga 20 procent av intäkterna, vilket motsvarar 1 360 tkr.",
            O(None, "reserver", note="Equity against the guideline: other."),
        ),
        H("Verksamhet", 2),
        P(
            "Under perioden deltog 146 personer i förbundets insatser, 22 fler än under samma period 2025, vilket "
            "beror på att Steget vidare har nått fler deltagare.",
            O(None, "volymer", note="Participants against the previous year with 'beror på': other."),
        ),
    ]
    return ReportSpec(
        file="samordningsforbundet-centrala-vasterbotten-delarsrapport-2026-06.pdf",
        report={
            "municipality": [
                "Samordningsförbundet Centrala Västerbotten",
                "Samordningsförbundet i Centrala Västerbotten",
                "Finsam Centrala Västerbotten",
            ],
            "committee": ["Styrelsen", "Förbundsstyrelsen"],
            "period": ["2026-06"],
            "report_type": "delårsrapport",
        },
        metadata={
            "title": "Delårsrapport januari–juni 2026",
            "author": "Samordningsförbundet Centrala Västerbotten",
        },
        style=style,
        blocks=blocks,
    )
