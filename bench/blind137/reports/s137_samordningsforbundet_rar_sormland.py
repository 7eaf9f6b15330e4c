"""Samordningsförbundet RAR i Sörmland (a samordningsförbund), Styrelsen, delårsrapport 2025-08.

A financial-coordination förbund's small interim report in tkr and mnkr, footer with the styrelse's meeting
date in September: the period's result "843 tkr, att jämföra med ett periodiserat budgeterat resultat på
−533 tkr" (1 376 never written out: the computed value), the period surplus's reason in a paragraph of its
own (amount null), the full year "1,4 mnkr bättre än budget" after a level, the members' contributions "enligt
budget" (boilerplate); a result table with hyphen-minus; bold run-in posts with a colon: "blir 1,3 mnkr lägre
än budgeterat", "ger ett överskott om 100 tkr", "30 tkr högre än budget" and a reason-only post (the row's
"30"); equity with the national guideline, an action with its amount and participants against last year with
"beror på" (others). DejaVu Sans 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import BP, LP, A, C, O


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=10.0,
        leading=1.4,
        para_gap=7.0,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(66.0, 80.0, 66.0, 74.0),
        header=lambda n, m: ("Samordningsförbundet RAR i Sörmland", "Delårsrapport 2025"),
        footer=lambda n, m: ("Styrelsen 2025-09-25", "", f"{n}"),
        header_size=8.0,
    )
    table = Table(
        caption="Resultaträkning, tkr",
        header=(("", "Budget 2025", "Utfall jan–aug", "Prognos 2025", "Avvikelse"),),
        rows=(
            ("Medlemsavgifter", "9 200", "6 133", "9 200", "0"),
            ("Finansierade insatser", "-7 400", "-3 790", "-6 100", "1 300"),
            ("Personalkostnader", "-1 520", "-930", "-1 420", "100"),
            ("Administration och lokaler", "-610", "-380", "-640", "-30"),
            ("Kompetensutveckling och samverkan", "-470", "-190", "-440", "30"),
            ("Resultat", "-800", "843", "600", "1 400"),
        ),
        widths=(158.0, 72.0, 84.0, 76.0, 62.0),
        bold_rows=frozenset({5}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Delårsrapport 2025-08-31", size=18, font="sans-bold", after=2),
        Title("Samordningsförbundet RAR i Sörmland", size=12, font="sans", after=12),
        H("Förbundets uppdrag", 2),
        P(
            "Förbundet finansierar samverkansinsatser för personer som behöver samordnat stöd från flera "
            "myndigheter för att komma i arbete. Medlemmar är Försäkringskassan, Arbetsförmedlingen, Region Sörmland "
            "och kommunerna i förbundets område."
        ),
        H("Ekonomiskt resultat", 2),
        P(
            "Förbundets resultat för perioden är 843 tkr, att jämföra med ett periodiserat budgeterat resultat på "
            "−533 tkr.",
            C(
                None,
                "843 tkr, att jämföra med ett periodiserat budgeterat resultat på −533 tkr",
                "+",
                value=1_376_000,
                note="The period's deviation, 1 376 tkr, never written out: the computed value.",
            ),
        ),
        P(
            "Överskottet beror främst på att två nya insatser, ett arbetsträningsprojekt och ett stöd för unga med "
            "aktivitetsersättning, har startat senare än planerat.",
            C(
                None,
                None,
                "+",
                "periodisering",
                note="The period surplus's reason apart from its amount: null.",
            ),
        ),
        P(
            "För helåret prognostiseras ett resultat på 0,6 mnkr, vilket är 1,4 mnkr bättre än budget.",
            C(None, "1,4 mnkr", "+", note="The full year after its level."),
        ),
        P(
            "Medlemsavgifterna på totalt 9,2 mnkr har betalats in enligt budget.",
            BP("Medlemsavgifter"),
        ),
        table,
        LP(
            "Finansierade insatser:",
            "Kostnaderna för insatser blir 1,3 mnkr lägre än budgeterat, eftersom två insatser startar senare än "
            "planerat och en insats har avslutats i förtid.",
            C("Finansierade insatser", "1,3 mnkr", "+", "periodisering", "omstallning"),
        ),
        LP(
            "Personalkostnader:",
            "Förbundschefen var tjänstledig under våren och tjänsten upprätthölls med lägre bemanning, vilket ger ett "
            "överskott om 100 tkr.",
            C("Personalkostnader", "100 tkr", "+", "vakanser"),
        ),
        LP(
            "Administration och lokaler:",
            "Hyran för kansliet har räknats upp med index och kostnaden blir därför 30 tkr högre än budget.",
            C("Administration och lokaler", "30 tkr", "-", "lokaler", "prisokningar"),
        ),
        LP(
            "Kompetensutveckling och samverkan:",
            "Ett planerat samverkansseminarium för förbundets medlemmar har ställts in.",
            C(
                "Kompetensutveckling och samverkan",
                "30",
                "+",
                "ovrigt",
                unit="tkr",
                table=True,
                note="Reason only: the row's cell.",
            ),
        ),
        H("Eget kapital", 2),
        P(
            "Förbundets egna kapital uppgick vid årsskiftet till 4,1 mnkr. Enligt nationella riktlinjer bör det inte "
            "överstiga 20 procent av medlemsavgifterna, och styrelsen har därför budgeterat ett underskott.",
            O(None, "reserver", note="Equity and the budgeted deficit: other."),
        ),
        H("Inför hösten", 2),
        P(
            "Styrelsen har beslutat att utlysa medel för två nya insatser under hösten om sammanlagt 0,9 mnkr, för "
            "att det egna kapitalet ska minska enligt plan.",
            A(None, "0,9 mnkr"),
        ),
        P(
            "Antalet deltagare i insatserna var 312 under perioden, 41 fler än samma period 2024, vilket beror på att "
            "fler har anvisats från Arbetsförmedlingen.",
            O(None, "volymer", note="Participants against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="samordningsforbundet-rar-i-sormland-delarsrapport-2025-08.pdf",
        report={
            "municipality": [
                "Samordningsförbundet RAR i Sörmland",
                "RAR i Sörmland",
                "Samordningsförbundet RAR Sörmland",
                "Finsam RAR Sörmland",
            ],
            "committee": ["Styrelsen", "Förbundsstyrelsen"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={
            "title": "Delårsrapport 2025 Samordningsförbundet RAR i Sörmland",
            "author": "Samordningsförbundet RAR i Sörmland",
        },
        style=style,
        blocks=blocks,
    )
