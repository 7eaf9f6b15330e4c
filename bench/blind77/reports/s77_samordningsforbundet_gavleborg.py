"""Samordningsförbundet Gävleborg (a joint body for financial coordination, finsam), Styrelsen, delårsrapport
2025-08.

A samordningsförbund's interim report in tkr and mnkr, footer with the styrelse's meeting in September: the
period "2,3 mnkr bättre än budget" with its timing reason in the same sentence, the full year "resultat på
−1,9 mnkr, vilket är 0,6 mnkr bättre än det budgeterade underskottet" (a planned deficit that uses equity:
positive); members' contributions that "följer budget" (boilerplate); a kostnadsslag table whose deficits
carry a trailing minus ("120-"); bold run-in kostnadsslag ending in a full stop ("Finansierade insatser.") with
the amount at the end of a long sentence ("beräknas bli 900 tkr lägre än budget"), a reason-only kansli
(the row's "120-"), an evaluation "150 tkr dyrare än budgeterat" and a reason-only rent (the row's "30-"); the change since
April with its cause; an action with its amount (a new call for projects); equity and the national
guideline for it (others). DejaVu Sans Condensed 10 pt.

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
        leading=1.42,
        para_gap=7.0,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("cond-bold", "cond-bold", "cond-bold"),
        margins=(72.0, 80.0, 72.0, 76.0),
        header=lambda n, m: ("Samordningsförbundet Gävleborg", "Delårsrapport 2025"),
        footer=lambda n, m: ("Styrelsen 2025-09-19", "", f"{n}"),
        header_size=8.0,
    )
    table = Table(
        caption="Helårsprognos per kostnadsslag, tkr",
        header=(("", "Budget 2025", "Utfall jan–aug", "Prognos 2025", "Avvikelse"),),
        rows=(
            ("Medlemsavgifter", "16 000", "10 667", "16 000", "0"),
            ("Finansierade insatser", "-13 600", "-7 420", "-12 700", "900"),
            ("Kansli", "-3 300", "-2 310", "-3 420", "120-"),
            ("Utvärdering och kompetensutveckling", "-900", "-640", "-1 050", "150-"),
            ("Administration och lokaler", "-700", "-480", "-730", "30-"),
            ("Resultat", "-2 500", "-183", "-1 900", "600"),
        ),
        widths=(178.0, 66.0, 72.0, 66.0, 56.0),
        bold_rows=frozenset({5}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Delårsrapport januari–augusti 2025", size=18, font="cond-bold", after=2),
        Title("Samordningsförbundet Gävleborg", size=12, font="cond", after=12),
        H("Förbundets uppdrag", 2),
        P(
            "Förbundet finansierar samverkansinsatser för personer som behöver samordnat stöd från flera "
            "myndigheter för att komma i arbete. Medlemmar är Försäkringskassan, Arbetsförmedlingen, Region "
            "Gävleborg och länets tio kommuner."
        ),
        H("Ekonomiskt resultat", 2),
        P(
            "Resultatet för januari–augusti är 2,3 mnkr bättre än budget, eftersom flera insatser startade senare "
            "än planerat.",
            C(
                None,
                "2,3 mnkr",
                "+",
                "periodisering",
                note="The period with its timing reason in one sentence.",
            ),
        ),
        P(
            "Helårsprognosen är ett resultat på −1,9 mnkr, vilket är 0,6 mnkr bättre än det budgeterade underskottet "
            "på −2,5 mnkr.",
            C(
                None,
                "0,6 mnkr",
                "+",
                note="A planned deficit (equity to be used): the full year's deviation between two levels.",
            ),
        ),
        P(
            "Medlemsavgifterna från Försäkringskassan, Region Gävleborg och kommunerna följer budget.",
            BP("Medlemsavgifter"),
        ),
        table,
        P("Avvikelse: minustecken efter beloppet anger ett sämre utfall än budget.", size=9.0),
        LP(
            "Finansierade insatser.",
            "Insatsen Steget vidare startade först i maj och projektet Unga framåt har haft svårt att rekrytera "
            "coacher, vilket gör att kostnaderna för finansierade insatser beräknas bli 900 tkr lägre än budget.",
            C(
                "Finansierade insatser",
                "900 tkr",
                "+",
                "periodisering",
                "vakanser",
                note="The amount at the end of a long sentence.",
            ),
        ),
        LP(
            "Kansli.",
            "Kansliet har under våren förstärkts med en tillfällig processledare för att bygga upp de nya "
            "insatserna.",
            C(
                "Kansli",
                "120-",
                "-",
                "bemanning",
                unit="tkr",
                table=True,
                note="A reason only: the table row's cell, a trailing minus.",
            ),
        ),
        LP(
            "Utvärdering och kompetensutveckling.",
            "Avtalet med den externa utvärderaren har räknats upp med index, och utvärderingen blir 150 tkr dyrare "
            "än budgeterat.",
            C("Utvärdering och kompetensutveckling", "150 tkr", "-", "prisokningar"),
        ),
        LP(
            "Administration och lokaler.",
            "Hyran för kansliets lokaler i Gävle har räknats upp mer än budgeterat.",
            C(
                "Administration och lokaler",
                "30-",
                "-",
                "lokaler",
                unit="tkr",
                table=True,
                note="A reason only: the table row's cell, a trailing minus.",
            ),
        ),
        H("Förändring sedan april", 2),
        P(
            "Jämfört med prognosen i april är det en förbättring med 0,4 mnkr, som beror på att Steget vidare kom "
            "igång senare än planerat.",
            F(None, "0,4 mnkr", "+", "periodisering"),
        ),
        H("Åtgärder", 2),
        P(
            "Styrelsen har beslutat att utlysa 1,2 mnkr till nya insatser under hösten, så att medlen kommer "
            "målgruppen till del och det egna kapitalet minskar.",
            A(None, "1,2 mnkr", "reserver", note="A measure with a stated amount."),
        ),
        H("Eget kapital", 2),
        P(
            "Förbundets egna kapital uppgick den 31 augusti till 6,8 mnkr, vilket motsvarar 42 procent av årets "
            "medlemsavgifter.",
            O(None, "reserver", note="Equity: other."),
        ),
        P(
            "Enligt Nationella rådets vägledning bör det egna kapitalet inte överstiga 20 procent av de årliga "
            "medlemsavgifterna. Förbundet planerar därför underskott även under 2026.",
            O(None, "reserver", note="A guideline and the plan for equity: other."),
        ),
    ]
    return ReportSpec(
        file="samordningsforbundet-gavleborg-delarsrapport-2025-08.pdf",
        report={
            "municipality": ["Samordningsförbundet Gävleborg", "Samordningsförbundet i Gävleborg"],
            "committee": ["Styrelsen", "Förbundsstyrelsen"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={
            "title": "Delårsrapport 2025 Samordningsförbundet Gävleborg",
            "author": "Samordningsförbundet Gävleborg",
        },
        style=style,
        blocks=blocks,
    )
