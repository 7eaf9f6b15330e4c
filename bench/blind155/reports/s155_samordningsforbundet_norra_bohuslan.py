"""Samordningsförbundet Norra Bohuslän, delårsrapport per augusti 2025.

A small financial-coordination förbund's interim report (DejaVu Serif 10 pt), footer with the board's
meeting date in October: the period's result "1 604 tkr bättre än det budgeterade resultatet" after the
level, its timing reason in a paragraph of its own (amount null), the full year "450 tkr bättre än budget"
and "Prognosen är oförändrad" (a boilerplate forecast change); a table in whole kronor; paragraphs per post:
an insats "beräknas kosta 420 000 kronor mindre än budgeterat", the office "något högre än budget, 95 000
kronor", a reason-only premises post (the row's "125 000"), members' contributions that "följer budget"
(boilerplate); equity, participants against last year and a goal not met "vilket beror på" (others).

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import BF, BP, C, O


def spec() -> ReportSpec:
    style = Style(
        body="serif",
        bold="serif-bold",
        italic="serif-italic",
        size=10.0,
        leading=1.4,
        para_gap=7.0,
        heading_sizes=(16.0, 12.0, 10.5),
        heading_fonts=("serif-bold", "serif-bold", "serif-bold"),
        margins=(72.0, 82.0, 72.0, 74.0),
        header=lambda n, m: ("Samordningsförbundet Norra Bohuslän", "Delårsrapport 2025"),
        footer=lambda n, m: ("Beslutad av styrelsen 2025-10-03", "", f"{n}"),
        header_size=8.0,
    )
    table = Table(
        caption="Driftredovisning helår 2025, kronor",
        header=(("Post", "Budget", "Prognos", "Avvikelse"),),
        rows=(
            ("Medlemsavgifter", "4 800 000", "4 800 000", "0"),
            ("Insatsen Steget vidare", "-1 650 000", "-1 230 000", "420 000"),
            ("Insatsen Jobbspåret", "-1 900 000", "-1 900 000", "0"),
            ("Kansli och personal", "-1 480 000", "-1 575 000", "-95 000"),
            ("Lokal och administration", "-570 000", "-445 000", "125 000"),
            ("Resultat", "-800 000", "-350 000", "450 000"),
        ),
        widths=(170.0, 80.0, 80.0, 80.0),
        bold_rows=frozenset({5}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Delårsrapport januari–augusti 2025", size=18, font="serif-bold", after=10),
        H("Förbundet", 2),
        P(
            "Samordningsförbundet Norra Bohuslän är ett samarbete mellan kommunerna Lysekil, Munkedal, Sotenäs, "
            "Strömstad och Tanum, Västra Götalandsregionen, Försäkringskassan och Arbetsförmedlingen. Förbundet "
            "finansierar insatser för personer som behöver samordnat stöd för att komma i arbete."
        ),
        H("Ekonomi", 2),
        P(
            "Periodens resultat är ett överskott på 1 184 tkr, vilket är 1 604 tkr bättre än det budgeterade "
            "resultatet för perioden.",
            C(None, "1 604 tkr", "+", note="The level (1 184 tkr) is not the deviation."),
        ),
        P(
            "Överskottet beror främst på att insatsen Steget vidare kom i gång först i maj i stället för i januari.",
            C(
                None,
                None,
                "+",
                "periodisering",
                note="The period surplus's reason in a paragraph of its own.",
            ),
        ),
        P(
            "För helåret beräknas resultatet bli 450 tkr bättre än budget, där ett underskott på 800 tkr har "
            "budgeterats för att minska det egna kapitalet.",
            C(
                None,
                "450 tkr",
                "+",
                note="The budgeted deficit is context inside the sentence, not the amount.",
            ),
        ),
        P("Prognosen är oförändrad jämfört med tertialrapporten.", BF(None)),
        table,
        H("Kommentarer", 2),
        P(
            "Insatsen Steget vidare beräknas kosta 420 000 kronor mindre än budgeterat, eftersom starten försenades "
            "när den rekryterade projektledaren tackade nej.",
            C("Insatsen Steget vidare", "420 000 kronor", "+", "periodisering", "vakanser"),
        ),
        P(
            "Kostnaderna för kansli och personal blir något högre än budget, 95 000 kronor, till följd av att "
            "avgångsvederlaget till den tidigare förbundschefen belastar året.",
            C(
                "Kansli och personal",
                "95 000 kronor",
                "-",
                "omstallning",
                note="A severance payment: omstallning.",
            ),
        ),
        P(
            "Lokal och administration: kansliet flyttade i mars in i kommunhuset i Munkedal, där hyran är lägre.",
            C(
                "Lokal och administration",
                "125 000",
                "+",
                "lokaler",
                unit="kr",
                table=True,
                note="A reason-only paragraph: the row's cell in whole kronor.",
            ),
        ),
        P("Medlemsavgifterna följer budget.", BP("Medlemsavgifter")),
        H("Eget kapital", 2),
        P(
            "Det egna kapitalet beräknas uppgå till 2,9 miljoner kronor vid årets slut, vilket är över den nivå som "
            "förbundets styrelse har satt som riktmärke.",
            O(None, note="Equity: other."),
        ),
        H("Verksamhet och mål", 2),
        P(
            "Under perioden har 146 deltagare varit inskrivna i förbundets insatser, jämfört med 118 under samma "
            "period 2024.",
            O(None, "volymer", note="Participants against last year."),
        ),
        P(
            "Målet att minst 35 procent av deltagarna ska gå vidare till arbete eller studier nås inte, vilket beror "
            "på att arbetsmarknaden i norra Bohuslän har försvagats under året.",
            O(None, note="A goal not met with 'beror på': other."),
        ),
    ]
    return ReportSpec(
        file="samordningsforbundet-norra-bohuslan-delarsrapport-2025-08.pdf",
        report={
            "municipality": ["Samordningsförbundet Norra Bohuslän", "Samordningsförbundet i Norra Bohuslän"],
            "committee": ["Styrelsen", "Förbundsstyrelsen"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={
            "title": "Delårsrapport januari–augusti 2025",
            "author": "Samordningsförbundet Norra Bohuslän",
        },
        style=style,
        blocks=blocks,
    )
