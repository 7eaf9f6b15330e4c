"""Samordningsförbundet Halland, förbundsstyrelsen, delårsrapport januari–augusti 2025.

A financial-coordination förbund's interim report in DejaVu Sans, footer with the board meeting in September:
the period "2 380 tkr bättre än det periodiserade budgeterade resultatet", its timing reason in a paragraph of
its own (amount null), the full year as "ett underskott på 650 tkr mot en budget som visade ett underskott på
1 250 tkr, det vill säga 600 tkr bättre" with its financing from equity in the next sentence (other); a shaded
table with a spaced minus ("- 350"); bold run-in posts ending in a full stop: a surplus in tkr, a reason-only
overrun (the row's "- 350"), "Avvikelsen på −200 tkr", and "Utfallet följer budget" (boilerplate); equity
against the national guideline, a decided extension of an insats as an action with its cost, and a goal not
met with "beror på" (others). 6 scored causes.

The place is real; every figure, event and insats name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Space, Style, Table, Title

from reports.common import BP, LP, A, C, O


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.42,
        para_gap=6.5,
        heading_sizes=(15.0, 11.5, 10.0),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(66.0, 76.0, 66.0, 72.0),
        header=lambda n, m: ("Samordningsförbundet Halland", "Delårsrapport 2025"),
        footer=lambda n, m: ("Förbundsstyrelsen 2025-09-26", "", f"Sida {n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Budgetuppföljning, tkr (positiv avvikelse = bättre än budget)",
        header=(("Post", "Budget helår", "Utfall jan–aug", "Prognos helår", "Avvikelse"),),
        rows=(
            ("Medlemsavgifter", "14 800", "9 867", "14 800", "0"),
            ("Insatser", "-11 600", "-5 020", "-10 450", "1 150"),
            ("Personal och kansli", "-3 150", "-2 310", "-3 500", "- 350"),
            ("Övriga kostnader", "-1 300", "-577", "-1 500", "- 200"),
            ("Resultat", "-1 250", "1 960", "-650", "600"),
        ),
        widths=(140.0, 76.0, 82.0, 80.0, 66.0),
        bold_rows=frozenset({4}),
        shade=(0.88, 0.92, 0.88),
        grid=True,
        size=8.5,
    )
    blocks = [
        Title("Delårsrapport januari–augusti 2025", size=18, font="sans-bold", after=2),
        Title("Samordningsförbundet Halland", size=12, font="sans", after=14),
        H("Förbundets uppdrag", 2),
        P(
            "Samordningsförbundet Halland bedriver finansiell samordning inom rehabiliteringsområdet enligt lagen om "
            "finansiell samordning. Medlemmar är Försäkringskassan, Arbetsförmedlingen, Region Halland och länets "
            "sex kommuner."
        ),
        H("Ekonomiskt resultat", 2),
        P(
            "Förbundets resultat för perioden är 1 960 tkr, vilket är 2 380 tkr bättre än det periodiserade "
            "budgeterade resultatet.",
            C(None, "2 380 tkr", "+", note="The period against the periodised budgeted result."),
        ),
        P(
            "Att resultatet är bättre än budget beror främst på att två av insatserna startade senare än planerat "
            "och därför ännu inte har upparbetat sina medel.",
            C(
                None,
                None,
                "+",
                "periodisering",
                note="The period surplus's reason in a paragraph of its own: a cause with amount null.",
            ),
        ),
        PS(
            (
                "För helåret prognostiseras ett underskott på 650 tkr mot en budget som visade ett underskott på "
                "1 250 tkr, det vill säga 600 tkr bättre än budget.",
                C(None, "600 tkr", "+", note="Two levels, then the deviation: the deviation is the amount."),
            ),
            (
                "Underskottet finansieras med eget kapital.",
                O(None, "reserver", note="Financing from equity: other."),
            ),
        ),
        table,
        Space(4),
        H("Kommentarer till avvikelserna", 2),
        LP(
            "Insatser.",
            "Kostnaderna för insatser blir 1 150 tkr lägre än budgeterat. Det beror på att det gemensamma projektet "
            "för unga vuxna i Hylte och Laholm kom i gång först i maj, när projektledaren hade rekryterats.",
            C(
                "Insatser",
                "1 150 tkr",
                "+",
                "periodisering",
                "vakanser",
                note="A late start until a post was filled: periodisering and vakanser.",
            ),
        ),
        LP(
            "Personal och kansli.",
            "Här överskrids budgeten. En extra processledare har anställts på halvtid för att stödja insatserna i "
            "norra Halland.",
            C(
                "Personal och kansli",
                "- 350",
                "-",
                "bemanning",
                unit="tkr",
                table=True,
                note="A reason-only overrun: the row's cell as printed (a spaced minus).",
            ),
        ),
        LP(
            "Övriga kostnader.",
            "Avvikelsen på −200 tkr förklaras av ett nytt ärendehanteringssystem och högre lokalkostnader efter "
            "flytten till nya lokaler i Halmstad.",
            C("Övriga kostnader", "−200 tkr", "-", "it_digitalisering", "lokaler"),
        ),
        LP("Medlemsavgifter.", "Utfallet följer budget.", BP("Medlemsavgifter")),
        H("Eget kapital", 2),
        P(
            "Förbundets egna kapital beräknas uppgå till 3 100 tkr vid årets slut, vilket motsvarar 21 procent av "
            "medlemsavgifterna. Enligt de nationella riktlinjerna bör det inte överstiga 20 procent.",
            O(None, note="Equity against a guideline."),
        ),
        H("Åtgärder", 2),
        P(
            "För att minska det egna kapitalet har styrelsen beslutat att förlänga insatsen Steget vidare till och "
            "med juni 2026, vilket beräknas öka kostnaderna med 400 tkr.",
            A("Insatser", "400 tkr", note="A decided measure with its stated effect (a cost)."),
        ),
        H("Måluppfyllelse", 2),
        P(
            "Av de 312 deltagare som avslutat en insats under perioden gick 38 procent vidare till arbete eller "
            "studier, vilket är lägre än målet på 45 procent. Det beror delvis på att arbetsmarknaden i länet har "
            "försvagats.",
            O(None, note="A goal not met with 'beror på': other."),
        ),
    ]
    return ReportSpec(
        file="samordningsforbundet-halland-delarsrapport-2025-08.pdf",
        report={
            "municipality": [
                "Samordningsförbundet Halland",
                "Samordningsförbundet i Halland",
                "Finsam Halland",
            ],
            "committee": ["Förbundsstyrelsen", "Styrelsen"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={"title": "Delårsrapport januari–augusti 2025", "author": "Samordningsförbundet Halland"},
        style=style,
        blocks=blocks,
    )
