"""Samordningsförbundet Östra Södertörn, Styrelsen, delårsrapport januari–augusti 2025.

A financial coordination association's interim report (a joint body of the Försäkringskassan, the
Arbetsförmedlingen, the region and three kommuner) in tkr, whose footer carries the board's meeting in
September: the period "980 tkr bättre än periodiserad budget" with its timing reason in the next sentence
(one item), the full year as a result against a budgeted deficit ("en negativ avvikelse med 410 tkr"), its
financing from equity in a paragraph of its own (other), the change since the tertial report; a table with
U+2212 minus and "+" signs; then bold run-in posts ending in a full stop: "Medlemsavgifterna följer budget"
(boilerplate), insatser "överstiger budget med 560 tkr", a reason-only vacancy (the row's "+110"), a rent
indexed by a percentage that is not the amount ("20 tkr högre kostnad än budget"), a conference held online
("ett överskott på 60 tkr"); participants against last year (other) and an action without an amount.
DejaVu Serif 9.5 pt with Liberation Sans headings.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import BP, LP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="serif",
        bold="arial-bold",
        italic="serif-italic",
        size=9.5,
        leading=1.42,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(66.0, 80.0, 66.0, 72.0),
        header=lambda n, m: ("Samordningsförbundet Östra Södertörn", "Delårsrapport 2025"),
        footer=lambda n, m: ("Styrelsens sammanträde 2025-09-26", "", f"{n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Resultat per post, tkr",
        header=(("Post", "Budget 2025", "Utfall jan–aug", "Prognos 2025", "Avvikelse"),),
        rows=(
            ("Medlemsavgifter", "11 400", "7 600", "11 400", "0"),
            ("Insatser", "−9 900", "−5 870", "−10 460", "−560"),
            ("Personal, kansli", "−1 900", "−1 160", "−1 790", "+110"),
            ("Lokaler och administration", "−600", "−420", "−620", "−20"),
            ("Övriga kostnader", "−200", "−60", "−140", "+60"),
            ("Resultat", "−1 200", "90", "−1 610", "−410"),
        ),
        widths=(150.0, 70.0, 78.0, 74.0, 64.0),
        bold_rows=frozenset({5}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Delårsrapport januari–augusti 2025", size=18, font="arial-bold", after=2),
        Title("Samordningsförbundet Östra Södertörn", size=12, font="serif-italic", after=12),
        P(
            "Förbundets medlemmar är Försäkringskassan, Arbetsförmedlingen, Region Stockholm samt Haninge, "
            "Nynäshamns och Tyresö kommuner. Förbundet finansierar insatser för personer som behöver samordnat "
            "stöd för att komma i arbete."
        ),
        H("Ekonomiskt resultat", 2),
        P(
            "Förbundets resultat för januari–augusti är 90 tkr, vilket är 980 tkr bättre än periodiserad budget. "
            "Det beror på att två av årets nya insatser startade senare än planerat.",
            C(None, "980 tkr", "+", "periodisering", note="The period and its reason in one paragraph."),
        ),
        P(
            "För helåret prognostiseras ett resultat på −1 610 tkr mot ett budgeterat resultat på −1 200 tkr, det "
            "vill säga en negativ avvikelse med 410 tkr.",
            C(None, "410 tkr", "-", note="Two levels, then the deviation: the deviation is the amount."),
        ),
        P(
            "Underskottet finansieras med förbundets eget kapital, som vid årets början uppgick till 4 860 tkr.",
            O(None, "reserver", note="Financing from equity: other."),
        ),
        P(
            "Jämfört med tertialrapporten har prognosen försämrats med 150 tkr.",
            F(None, "150 tkr", "-"),
        ),
        table,
        H("Kommentarer", 2),
        LP("Medlemsavgifter.", "Medlemsavgifterna följer budget.", BP("Medlemsavgifter")),
        LP(
            "Insatser.",
            "Kostnaderna för insatser överstiger budget med 560 tkr. Insatsen för unga vuxna i Haninge har "
            "förlängts och tagit emot fler deltagare än planerat.",
            C("Insatser", "560 tkr", "-", "volymer"),
        ),
        LP(
            "Personal, kansli.",
            "En av två tjänster som processledare var vakant i tre månader under våren.",
            C(
                "Personal, kansli",
                "+110",
                "+",
                "vakanser",
                unit="tkr",
                table=True,
                note="Reasons only: the table row's cell.",
            ),
        ),
        LP(
            "Lokaler och administration.",
            "Kansliets hyra räknades upp med 6 procent enligt indexklausulen, vilket ger 20 tkr högre kostnad än "
            "budget.",
            C(
                "Lokaler och administration",
                "20 tkr",
                "-",
                "lokaler",
                "prisokningar",
                note="The percentage is not the amount.",
            ),
        ),
        LP(
            "Övriga kostnader.",
            "Den regionala konferensen för förbundets medarbetare genomfördes digitalt, vilket gav ett överskott "
            "på 60 tkr.",
            C("Övriga kostnader", "60 tkr", "+", "ovrigt"),
        ),
        H("Verksamhet", 2),
        P(
            "Antalet deltagare i förbundets insatser var 318 under perioden, jämfört med 274 samma period 2024.",
            O(None, "volymer", note="Participants against the previous year: other."),
        ),
        P(
            "Styrelsen har beslutat att inte starta några nya insatser under hösten, för att underskottet inte ska "
            "öka.",
            A(None, None),
        ),
    ]
    return ReportSpec(
        file="samordningsforbundet-ostra-sodertorn-delarsrapport-2025-08.pdf",
        report={
            "municipality": ["Samordningsförbundet Östra Södertörn", "Östra Södertörn"],
            "committee": ["Styrelsen", "Förbundsstyrelsen"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={
            "title": "Delårsrapport januari–augusti 2025",
            "author": "Samordningsförbundet Östra Södertörn",
        },
        style=style,
        blocks=blocks,
    )
