"""Samordningsförbundet Västra Östergötland, delårsrapport januari–augusti 2025.

A financial-coordination förbund's interim report in Liberation Sans (Arial metrics) 9.5 pt with a footer
carrying the styrelse's meeting date in September: the period's result against a periodised budgeted deficit
("1 760 tkr bättre än budget", the result and the budgeted result as levels) and the full year "480 tkr bättre
än det budgeterade underskottet" (two causes); a post table in tkr with U+2212 minus; bold run-in leads that
carry the post and an en-dash or plus amount ("Insatser och projekt +750 tkr.", "Personal och kansli –80
tkr."), a sub-project "180 tkr mer än budget" inside the same post in a paragraph of its own, member fees and
premises that "följer budget" (two boilerplate items); the change since the tertial report, the equity against
the national recommendation, the use of equity for a new effort (a financing statement) and participants
against last year (others).

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import BP, LP, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=9.5,
        leading=1.42,
        para_gap=6.0,
        heading_sizes=(15.0, 11.5, 10.0),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(64.0, 76.0, 64.0, 72.0),
        header=lambda n, m: ("Samordningsförbundet Västra Östergötland", "Delårsrapport 2025"),
        footer=lambda n, m: ("Behandlad av styrelsen 2025-09-26, § 31", "", f"{n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Resultaträkning per post, tkr",
        header=(("Post", "Budget 2025", "Utfall jan–aug", "Prognos 2025", "Avvikelse"),),
        rows=(
            ("Medlemsavgifter", "9 600", "6 400", "9 600", "0"),
            ("Insatser och projekt", "−7 850", "−3 760", "−7 100", "750"),
            ("Personal och kansli", "−2 180", "−1 290", "−2 260", "−80"),
            ("Lokaler", "−240", "−160", "−240", "0"),
            ("Övriga kostnader", "−260", "−50", "−450", "−190"),
            ("Resultat", "−930", "1 140", "−450", "480"),
        ),
        widths=(140.0, 72.0, 78.0, 74.0, 66.0),
        bold_rows=frozenset({5}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Delårsrapport januari–augusti 2025", size=18, font="arial-bold", after=2),
        Title("Samordningsförbundet Västra Östergötland", size=12, font="arial", after=12),
        H("Ekonomiskt resultat", 2),
        P(
            "Förbundets resultat för perioden är 1 140 tkr. Det periodiserade budgeterade resultatet var −620 tkr, "
            "eftersom budgeten förutsätter att en del av det egna kapitalet används, och resultatet är därmed "
            "1 760 tkr bättre än budget.",
            C(
                None,
                "1 760 tkr",
                "+",
                note="The result and the budgeted result are levels: the deviation is the amount.",
            ),
        ),
        P(
            "Helårsprognosen är ett underskott på 450 tkr, vilket är 480 tkr bättre än det budgeterade underskottet "
            "på 930 tkr.",
            C(None, "480 tkr", "+"),
        ),
        table,
        H("Kommentarer till avvikelserna", 2),
        LP(
            "Insatser och projekt +750 tkr.",
            "Projektet Steg mot arbete startade två månader senare än planerat, eftersom projektledaren rekryterades "
            "först i mars, och kostnaderna för året blir därför lägre.",
            C(
                "Insatser och projekt",
                "+750 tkr",
                "+",
                "periodisering",
                "vakanser",
                note="A run-in lead that carries the amount is part of the item.",
            ),
        ),
        P(
            "Inom insatser och projekt kostar det gemensamma arbetet med individanpassat stöd till arbete 180 tkr "
            "mer än budget, eftersom fler deltagare än planerat har skrivits in.",
            C(
                "Individanpassat stöd till arbete",
                "180 tkr",
                "-",
                "volymer",
                note="A sub-project's deviation in a paragraph of its own: its own item.",
            ),
        ),
        LP(
            "Personal och kansli –80 tkr.",
            "Avvikelsen avser en tillfällig förstärkning av kansliet under förbundschefens föräldraledighet.",
            C("Personal och kansli", "–80 tkr", "-", "vikarier"),
        ),
        LP(
            "Övriga kostnader –190 tkr.",
            "Utvärderingen av förbundets insatser, som görs av en extern konsult, blev dyrare än budgeterat, och "
            "förbundet har även bytt ekonomisystem under året.",
            C("Övriga kostnader", "–190 tkr", "-", "inhyrd_personal", "it_digitalisering"),
        ),
        P(
            "Medlemsavgifter och lokalkostnader följer budget.",
            BP(
                "Medlemsavgifter",
                also=(BP("Lokaler"),),
                note="Two posts in one sentence: two boilerplate items.",
            ),
        ),
        H("Prognosförändring", 3),
        P(
            "Prognosen har förbättrats med 300 tkr jämfört med tertialrapporten, då projektet Steg mot arbete "
            "försenades ytterligare.",
            F(None, "300 tkr", "+", "periodisering"),
        ),
        H("Eget kapital", 3),
        P(
            "Det egna kapitalet beräknas vid årets slut uppgå till 3 210 tkr, vilket motsvarar 33 procent av "
            "medlemsavgifterna. Enligt den nationella rekommendationen bör det inte överstiga 20 procent.",
            O(None, note="Equity: other."),
        ),
        P(
            "Styrelsen har därför beslutat att använda 600 tkr av det egna kapitalet till en ny insats för unga med "
            "aktivitetsersättning under hösten.",
            O(None, note="Use of equity: a financing statement, other."),
        ),
        H("Verksamhet", 3),
        P(
            "Under perioden har 212 deltagare tagit del av insatserna, jämfört med 186 samma period 2024.",
            O(None, "volymer", note="Participants against the previous year."),
        ),
    ]
    return ReportSpec(
        file="samordningsforbundet-vastra-ostergotland-delarsrapport-2025-08.pdf",
        report={
            "municipality": ["Samordningsförbundet Västra Östergötland", "Västra Östergötland"],
            "committee": ["Styrelsen", "Förbundsstyrelsen"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={
            "title": "Delårsrapport januari–augusti 2025",
            "author": "Samordningsförbundet Västra Östergötland",
        },
        style=style,
        blocks=blocks,
    )
