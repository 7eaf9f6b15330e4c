"""Samordningsförbundet i Jämtlands län, delårsrapport per augusti 2025.

A coordination association's (Finsam) interim report in tkr with U+2212 minus signs, set in DejaVu Sans
Condensed, whose footer carries the styrelse's meeting date in October: the period "1 566 tkr bättre än
periodiserad budget" with its reason in the next sentence (one item), the full year "ett underskott mot
budget på 310 tkr" because the board chose to use part of the equity (reserver); a table of the year in tkr;
bold run-in leads that carry the amount ("Finansierade insatser −420 tkr."), "Personal +150 tkr." with a
parental leave, "Administration och lokaler −40 tkr." and "Medlemsavgifter." that "följer budget"
(boilerplate); the change since the tertial report, an action, equity against the guideline and participants
against last year (others). 5 scored causes.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import BP, LP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="cond",
        bold="cond-bold",
        italic="sans-italic",
        size=10.0,
        leading=1.4,
        para_gap=7.0,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(66.0, 78.0, 66.0, 72.0),
        header=lambda n, m: ("Samordningsförbundet i Jämtlands län", "Delårsrapport 2025"),
        footer=lambda n, m: ("Förbundsstyrelsen 2025-10-09", "", f"{n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Budget och prognos 2025, tkr",
        header=(("Post", "Budget helår", "Prognos helår", "Avvikelse"),),
        rows=(
            ("Medlemsavgifter", "9 200", "9 200", "0"),
            ("Finansierade insatser", "−6 900", "−7 320", "−420"),
            ("Personal", "−1 650", "−1 500", "150"),
            ("Administration och lokaler", "−650", "−690", "−40"),
            ("Resultat", "0", "−310", "−310"),
        ),
        widths=(170.0, 80.0, 80.0, 70.0),
        bold_rows=frozenset({4}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Delårsrapport januari–augusti 2025", size=18, font="sans-bold", after=2),
        Title("Samordningsförbundet i Jämtlands län", size=12, font="cond", after=12),
        H("Förbundets uppdrag", 2),
        P(
            "Förbundet finansierar insatser för personer som behöver samordnat stöd från flera myndigheter för "
            "att komma i arbete. Medlemmar är länets åtta kommuner, Region Jämtland Härjedalen, "
            "Försäkringskassan och Arbetsförmedlingen."
        ),
        H("Ekonomiskt resultat", 2),
        P(
            "Förbundets resultat för januari–augusti är ett överskott på 1 146 tkr, vilket är 1 566 tkr bättre "
            "än periodiserad budget. Överskottet beror främst på att två insatser startade senare än planerat.",
            C(None, "1 566 tkr", "+", "periodisering", note="The period against the periodised budget."),
        ),
        P(
            "För helåret prognostiseras ett underskott mot budget på 310 tkr, eftersom styrelsen har beslutat att "
            "använda en del av det egna kapitalet till insatsen Steg vidare under hösten.",
            C(
                None,
                "310 tkr",
                "-",
                "reserver",
                note="A deficit financed by a decision to use equity: reserver.",
            ),
        ),
        table,
        H("Kommentarer till prognosen", 2),
        LP(
            "Finansierade insatser −420 tkr.",
            "Kostnaderna för insatserna blir högre än budget eftersom styrelsen i juni beviljade en förlängning "
            "av insatsen Steg vidare i Östersund och Krokom.",
            C(
                "Finansierade insatser",
                "−420 tkr",
                "-",
                "ovrigt",
                note="A run-in lead that carries the amount is part of the item; an extended project is ovrigt.",
            ),
        ),
        LP(
            "Personal +150 tkr.",
            "Förbundschefen var föräldraledig under våren och tjänsten ersattes endast delvis.",
            C("Personal", "+150 tkr", "+", "vakanser"),
        ),
        LP(
            "Administration och lokaler −40 tkr.",
            "Kostnaden för revision blev högre än budgeterat efter en ny upphandling.",
            C("Administration och lokaler", "−40 tkr", "-", "prisokningar"),
        ),
        LP("Medlemsavgifter.", "Intäkterna följer budget.", BP("Medlemsavgifter")),
        H("Förändring sedan tertialrapporten", 2),
        P(
            "Prognosen är 180 tkr sämre än i tertialrapporten, på grund av förlängningen av Steg vidare.",
            F(None, "180 tkr", "-", "ovrigt"),
        ),
        H("Åtgärder", 2),
        P(
            "Styrelsen har beslutat att inte bevilja några nya insatser under resten av året.",
            A(None),
        ),
        H("Eget kapital och volymer", 2),
        P(
            "Det egna kapitalet uppgick den 31 augusti till 3 480 tkr. Enligt de nationella riktlinjerna bör det "
            "inte överstiga 20 procent av medlemsavgifterna.",
            O(None, "reserver", note="Equity against the guideline."),
        ),
        P(
            "Antalet deltagare i förbundets insatser var 214, vilket är 31 fler än samma period 2024.",
            O(None, "volymer", note="Participants against the previous year."),
        ),
    ]
    return ReportSpec(
        file="samordningsforbundet-jamtland-delarsrapport-2025-08.pdf",
        report={
            "municipality": [
                "Samordningsförbundet i Jämtlands län",
                "Samordningsförbundet Jämtlands län",
                "Finsam Jämtland",
            ],
            "committee": ["Styrelsen", "Förbundsstyrelsen"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={
            "title": "Delårsrapport 2025 Samordningsförbundet i Jämtlands län",
            "author": "Samordningsförbundet i Jämtlands län",
        },
        style=style,
        blocks=blocks,
    )
