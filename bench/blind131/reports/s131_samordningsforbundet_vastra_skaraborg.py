"""Samordningsförbundet Västra Skaraborg, Styrelsen, delårsrapport 1 januari–31 augusti 2025.

A financial-coordination association's (Finsam) interim report in tkr, footer with the board's meeting date
in September: the members named in a context paragraph, the period's result "486 tkr, vilket är 412 tkr
bättre än det periodiserade budgeterade resultatet", the full year "ett underskott på 380 tkr mot en budget i
balans", the period surplus's timing reason in a paragraph of its own (amount null), "Medlemsavgifterna följer
budget" (boilerplate), the change since the tertial report with its cause; a reading note and a kostnadsslag
table with a trailing minus ("550-"); bold run-in kostnadsslag with a colon: an overrun "överstiger budget med
550 tkr", a reason-only surplus (the row's "70"), "blir 60 tkr högre än budget", and an evaluation "av budgeten
på 210 tkr beräknas endast 50 tkr användas" (160 never written out); equity financing the deficit and
participants against last year with "beror på" (others) and an action with "cirka 100 tkr". DejaVu Sans
Condensed 10 pt.

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
        heading_fonts=("cond-bold", "cond-bold", "cond-bold"),
        margins=(70.0, 78.0, 70.0, 74.0),
        header=lambda n, m: ("Samordningsförbundet Västra Skaraborg", "Delårsrapport 2025"),
        footer=lambda n, m: ("Styrelsen 2025-09-26", "", f"Sida {n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Resultat per kostnadsslag 2025, tkr",
        header=(("", "Budget 2025", "Utfall jan–aug", "Prognos 2025", "Avvikelse"),),
        rows=(
            ("Medlemsavgifter", "7 200", "4 800", "7 200", "0"),
            ("Insatser", "5 600", "3 450", "6 150", "550-"),
            ("Personalkostnader", "1 050", "630", "980", "70"),
            ("Administration och revision", "340", "224", "400", "60-"),
            ("Utvärdering och kompetensutveckling", "210", "10", "50", "160"),
            ("Resultat", "0", "486", "380-", "380-"),
        ),
        widths=(170.0, 66.0, 72.0, 66.0, 60.0),
        bold_rows=frozenset({5}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Delårsrapport 1 januari–31 augusti 2025", size=18, font="cond-bold", after=2),
        Title("Samordningsförbundet Västra Skaraborg", size=12.5, font="cond", after=12),
        H("Förbundets verksamhet", 2),
        P(
            "Förbundet finansierar samverkansinsatser för personer som behöver samordnad rehabilitering för att nå "
            "eller återgå till arbete. Medlemmar är Försäkringskassan, Arbetsförmedlingen, Västra Götalandsregionen "
            "och kommunerna Essunga, Grästorp, Götene, Lidköping, Skara och Vara."
        ),
        H("Ekonomi", 2),
        P(
            "Förbundets resultat för perioden uppgår till 486 tkr, vilket är 412 tkr bättre än det periodiserade "
            "budgeterade resultatet.",
            C(
                None,
                "412 tkr",
                "+",
                note="The period's result level and its deviation: the deviation is the amount.",
            ),
        ),
        P(
            "För helåret prognostiseras ett underskott på 380 tkr mot en budget i balans.",
            C(None, "380 tkr", "-"),
        ),
        P(
            "Periodens överskott förklaras av att insatsen Steget vidare kom igång först i maj, så att "
            "lönekostnaderna för de två coacherna belastar året senare än budgeterat.",
            C(
                None,
                None,
                "+",
                "periodisering",
                note="The period surplus's reason in a paragraph of its own: amount null.",
            ),
        ),
        P("Medlemsavgifterna följer budget.", BP("Medlemsavgifter")),
        P(
            "Prognosen är 150 tkr sämre än i tertialrapporten, vilket beror på att fler deltagare har remitterats "
            "till Unga i arbete.",
            F(None, "150 tkr", "-", "volymer"),
        ),
        P("Avvikelse: minus efter beloppet innebär ett sämre utfall än budget.", size=9.0),
        table,
        LP(
            "Insatser:",
            "Fler deltagare än beräknat har remitterats till insatsen Unga i arbete i Lidköping och Skara, och "
            "styrelsen beslutade i mars att utöka insatsen, vilket gör att kostnaderna för insatser överstiger budget "
            "med 550 tkr.",
            C("Insatser", "550 tkr", "-", "volymer"),
        ),
        LP(
            "Personalkostnader:",
            "Förbundschefen har varit föräldraledig på deltid under våren utan att någon ersättare har anställts.",
            C(
                "Personalkostnader",
                "70",
                "+",
                "vakanser",
                unit="tkr",
                table=True,
                note="A reason only: the row's cell.",
            ),
        ),
        LP(
            "Administration och revision:",
            "Kostnaden för revision och ekonomitjänster som köps av Lidköpings kommun blir 60 tkr högre än budget "
            "efter en ny prismodell.",
            C("Administration och revision", "60 tkr", "-", "prisokningar"),
        ),
        LP(
            "Utvärdering och kompetensutveckling:",
            "Den planerade utvärderingen av Steget vidare genomförs först 2026, så av budgeten på 210 tkr beräknas "
            "endast 50 tkr användas.",
            C(
                "Utvärdering och kompetensutveckling",
                "av budgeten på 210 tkr beräknas endast 50 tkr",
                "+",
                "periodisering",
                value=160_000,
                note="An under-spend of 160 tkr never written out: the computed value.",
            ),
        ),
        H("Eget kapital och deltagare", 2),
        P(
            "Förbundets egna kapital uppgick vid årsskiftet till 2,9 mnkr. Underskottet 2025 finansieras med eget "
            "kapital i enlighet med styrelsens beslut om att minska kapitalet till den rekommenderade nivån.",
            O(None, "reserver", note="Equity financing the deficit: other."),
        ),
        P(
            "Antalet deltagare i insatserna var 214 under perioden, 38 fler än samma period 2024, vilket beror på "
            "fler remisser från Arbetsförmedlingen.",
            O(None, note="Participants against the previous year: other."),
        ),
        H("Åtgärder", 2),
        P(
            "Styrelsen har beslutat att inte starta några nya insatser under hösten, vilket begränsar underskottet "
            "med cirka 100 tkr.",
            A(None, "cirka 100 tkr"),
        ),
    ]
    return ReportSpec(
        file="samordningsforbundet-vastra-skaraborg-delarsrapport-2025-08.pdf",
        report={
            "municipality": [
                "Samordningsförbundet Västra Skaraborg",
                "Samordningsförbundet i Västra Skaraborg",
                "Finsam Västra Skaraborg",
            ],
            "committee": ["Styrelsen", "Förbundsstyrelsen"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={
            "title": "Delårsrapport 2025 Samordningsförbundet Västra Skaraborg",
            "author": "Samordningsförbundet Västra Skaraborg",
        },
        style=style,
        blocks=blocks,
    )
