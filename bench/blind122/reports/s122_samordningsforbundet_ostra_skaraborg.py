"""Samordningsförbundet Östra Skaraborg, Styrelsen, delårsrapport per augusti 2025.

A financial-coordination förbund's interim report in DejaVu Sans 10 pt with condensed headings, its footer
with the board's meeting in September: the period's result "1 556 tkr bättre än budget för perioden" with its
timing reason in the next sentence (one item), the full year "ett underskott mot budget på 480 tkr" because
equity is used for new insatser (reserver), the change since April (a forecast change); a table in tkr with
en-dash minus signs and "±0"; bold run-in insatser whose leads carry the amount after a comma and end in a colon
("Steget vidare, +380 tkr:", "Individstöd i arbete, –260 tkr:"), one lead without an amount whose paragraph
states it ("bidrar med ett överskott på 90 tkr"), the new insatser's 600 tkr from equity (a financing decision,
other), "följer budget" (boilerplate); the members' contributions "i enlighet med budget" and the equity at
year end (others), an action with its effect. 6 scored causes.

The place is real; every figure, event and insats name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import BP, LP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=10.0,
        leading=1.4,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("cond-bold", "cond-bold", "cond-bold"),
        margins=(64.0, 80.0, 64.0, 74.0),
        header=lambda n, m: ("Samordningsförbundet Östra Skaraborg", "Delårsrapport 2025"),
        footer=lambda n, m: ("Styrelsens sammanträde 2025-09-26", "", f"{n} av {m}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Budget och prognos 2025, tkr",
        header=(("", "Budget", "Prognos", "Avvikelse"),),
        rows=(
            ("Medlemsavgifter", "9 200", "9 200", "±0"),
            ("Steget vidare", "–1 400", "–1 020", "380"),
            ("Individstöd i arbete", "–3 100", "–3 360", "–260"),
            ("Strukturövergripande insatser", "–450", "–360", "90"),
            ("Kansli och administration", "–1 950", "–2 040", "–90"),
            ("Nya insatser hösten 2025", "0", "–600", "–600"),
            ("Övriga insatser", "–2 300", "–2 300", "±0"),
            ("Resultat", "0", "–480", "–480"),
        ),
        widths=(170.0, 80.0, 80.0, 80.0),
        bold_rows=frozenset({7}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Delårsrapport januari–augusti 2025", size=18, font="cond-bold", after=2),
        Title("Samordningsförbundet Östra Skaraborg", size=12, font="sans", after=14),
        P(
            "Förbundet finansierar samverkan mellan Försäkringskassan, Arbetsförmedlingen, Västra "
            "Götalandsregionen och medlemskommunerna kring personer som behöver samordnat stöd för att komma i "
            "arbete."
        ),
        H("Ekonomiskt resultat", 1),
        P(
            "Periodens resultat är 1 246 tkr, vilket är 1 556 tkr bättre än budget för perioden. Överskottet beror "
            "främst på att två insatser har startat senare än planerat.",
            C(
                None,
                "1 556 tkr",
                "+",
                "periodisering",
                note="The period's result level (1 246) is not the amount; the reason in the next sentence is "
                "part of the item.",
            ),
        ),
        P(
            "För helåret prognostiseras ett underskott mot budget på 480 tkr, eftersom styrelsen har beslutat att "
            "använda en del av det egna kapitalet till nya insatser under hösten.",
            C(None, "480 tkr", "-", "reserver", note="Equity used for new insatser: reserver."),
        ),
        P(
            "Jämfört med prognosen i april är helårsprognosen 300 tkr sämre, till följd av beslutet om nya "
            "insatser.",
            F(None, "300 tkr", "-", "reserver"),
        ),
        table,
        H("Kommentarer per insats", 2),
        LP(
            "Steget vidare, +380 tkr:",
            "Insatsen startade i maj i stället för i februari, så personalkostnaderna blir lägre än budgeterat.",
            C("Steget vidare", "+380 tkr", "+", "periodisering", note="The run-in lead carries the amount."),
        ),
        LP(
            "Individstöd i arbete, –260 tkr:",
            "Fler deltagare än planerat har skrivits in, och en extra arbetsspecialist har anställts från juni.",
            C("Individstöd i arbete", "–260 tkr", "-", "volymer", "bemanning"),
        ),
        LP(
            "Kansli och administration, –90 tkr:",
            "Kostnaderna för det nya systemet för deltagaruppföljning är högre än budgeterat.",
            C("Kansli och administration", "–90 tkr", "-", "it_digitalisering"),
        ),
        LP(
            "Strukturövergripande insatser:",
            "Utbildningsdagarna för handläggare hos parterna genomfördes digitalt och bidrar med ett överskott på "
            "90 tkr.",
            C(
                "Strukturövergripande insatser",
                "90 tkr",
                "+",
                "ovrigt",
                note="A lead without an amount: the paragraph states it.",
            ),
        ),
        LP(
            "Nya insatser hösten 2025:",
            "Styrelsen har beslutat att avsätta 600 tkr ur det egna kapitalet till två nya insatser för unga "
            "vuxna.",
            O("Nya insatser hösten 2025", "reserver", note="A financing decision from equity: other."),
        ),
        LP("Övriga insatser:", "Övriga insatser följer budget.", BP("Övriga insatser")),
        H("Finansiering och eget kapital", 2),
        P(
            "Medlemmarna bidrar under 2025 med totalt 9 200 tkr, i enlighet med budget. Staten står för hälften och "
            "regionen och kommunerna för en fjärdedel vardera.",
            O(None, note="The members' contributions: financing, other."),
        ),
        P(
            "Det egna kapitalet beräknas vid årets slut uppgå till 2 950 tkr, vilket är över den rekommenderade "
            "nivån.",
            O(None, note="Equity: other."),
        ),
        H("Åtgärder", 2),
        P(
            "Styrelsen har gett förbundschefen i uppdrag att begränsa Individstöd i arbete till 40 deltagare under "
            "hösten, vilket minskar underskottet med cirka 120 tkr.",
            A("Individstöd i arbete", "cirka 120 tkr", "volymer"),
        ),
    ]
    return ReportSpec(
        file="samordningsforbundet-ostra-skaraborg-delarsrapport-2025-08.pdf",
        report={
            "municipality": [
                "Samordningsförbundet Östra Skaraborg",
                "Samordningsförbundet i Östra Skaraborg",
                "Finsam Östra Skaraborg",
            ],
            "committee": ["Styrelsen", "Förbundsstyrelsen"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={"title": "Delårsrapport 2025", "author": "Samordningsförbundet Östra Skaraborg"},
        style=style,
        blocks=blocks,
    )
