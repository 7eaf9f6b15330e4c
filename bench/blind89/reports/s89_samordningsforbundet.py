"""Samordningsförbundet Södra Vätterbygden, årsredovisning 2025.

A small joint body's (finsam) annual report in DejaVu Sans, footer with the date the styrelse adopted it in
March: the members (unlabelled), the result "−412 tkr mot ett budgeterat resultat på −1 100 tkr" and "688
tkr bättre än budget" (one item), equity (other); a result table with en-dash minus signs; headings that
carry the post and amount ("Insatser +1 130 tkr", "Personal och kansli –260 tkr"), other revenue "360 tkr" that
"inte var budgeterat", "Medlemsavgifterna följer budget" (boilerplate); a goal not met with "beror på" and the
use of equity next year (others). 5 scored causes.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import BP, HP, C, O


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.4,
        para_gap=6.5,
        heading_sizes=(15.0, 11.5, 10.0),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(66.0, 78.0, 66.0, 74.0),
        header=lambda n, m: ("Samordningsförbundet Södra Vätterbygden", "Årsredovisning 2025"),
        footer=lambda n, m: ("Fastställd av styrelsen 2026-03-13", "", f"{n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Resultaträkning 2025, tkr",
        header=(("Post", "Budget", "Utfall", "Avvikelse"),),
        rows=(
            ("Medlemsavgifter", "14 800", "14 800", "0"),
            ("Övriga intäkter", "0", "360", "360"),
            ("Insatser", "–12 600", "–11 470", "1 130"),
            ("Personal och kansli", "–2 450", "–2 710", "–260"),
            ("Övriga kostnader", "–850", "–1 392", "–542"),
            ("Årets resultat", "–1 100", "–412", "688"),
        ),
        widths=(170.0, 74.0, 74.0, 74.0),
        bold_rows=frozenset({5}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Årsredovisning 2025", size=20, font="sans-bold", after=2),
        Title("Samordningsförbundet Södra Vätterbygden", size=12, font="sans", after=12),
        H("Förvaltningsberättelse", 2),
        P(
            "Förbundets medlemmar är Försäkringskassan, Arbetsförmedlingen, Region Jönköpings län samt Jönköpings, "
            "Habo och Mullsjö kommuner. Förbundet finansierar insatser för personer som behöver samordnat stöd för "
            "att komma i arbete eller studier."
        ),
        H("Ekonomiskt resultat", 2),
        P(
            "Förbundet redovisar för 2025 ett resultat på −412 tkr mot ett budgeterat resultat på −1 100 tkr. "
            "Resultatet blev därmed 688 tkr bättre än budget.",
            C(
                None,
                "688 tkr",
                "+",
                note="The result against the budgeted result: the levels are not the amount.",
            ),
        ),
        P(
            "Det egna kapitalet uppgår vid årets slut till 2 840 tkr, vilket motsvarar 19 procent av "
            "medlemsavgifterna och ligger inom riktvärdet.",
            O(None, note="Equity: other."),
        ),
        table,
        H("Kommentarer till resultatet", 2),
        HP(
            "Insatser +1 130 tkr",
            "Två insatser startade senare än planerat. Ett individstödsprojekt för unga som varken arbetar eller "
            "studerar kom i gång först i september, och en samverkansinsats i Mullsjö har inte kunnat tillsätta "
            "sin koordinatortjänst.",
            C("Insatser", "+1 130 tkr", "+", "periodisering", "vakanser"),
        ),
        HP(
            "Personal och kansli –260 tkr",
            "Förbundschefen var sjukskriven under våren och en ersättare anställdes på deltid under samma tid.",
            C("Personal och kansli", "–260 tkr", "-", "sjukfranvaro", "vikarier"),
        ),
        HP(
            "Övriga kostnader –542 tkr",
            "Den nya webbplatsen och licenserna för uppföljningssystemet blev dyrare än budgeterat.",
            C("Övriga kostnader", "–542 tkr", "-", "it_digitalisering"),
        ),
        P(
            "Övriga intäkter, 360 tkr, avser ett bidrag från Nationella rådet för en utvecklingsinsats, som inte var "
            "budgeterat.",
            C(
                "Övriga intäkter",
                "360 tkr",
                "+",
                "statsbidrag",
                note="An unbudgeted grant: a positive deviation.",
            ),
        ),
        P("Medlemsavgifterna följer budget.", BP("Medlemsavgifter")),
        H("Måluppfyllelse", 2),
        P(
            "Av 214 deltagare som avslutade en insats under året gick 38 procent till arbete eller studier, jämfört "
            "med målet 40 procent. Att målet inte nåddes beror främst på att arbetsmarknaden för unga har "
            "försämrats.",
            O(None, note="A goal not met with 'beror på': other."),
        ),
        H("Inför 2026", 2),
        P(
            "Styrelsen har beslutat att använda 1 000 tkr av det egna kapitalet under 2026 för att utöka insatserna "
            "för unga.",
            O(None, note="Use of equity: a financing statement, other."),
        ),
    ]
    return ReportSpec(
        file="samordningsforbundet-sodra-vatterbygden-arsredovisning-2025.pdf",
        report={
            "municipality": ["Samordningsförbundet Södra Vätterbygden", "Finsam Södra Vätterbygden"],
            "committee": ["Styrelsen", "Förbundsstyrelsen"],
            "period": ["2025", "2025-12"],
            "report_type": "årsredovisning",
        },
        metadata={"title": "Årsredovisning 2025", "author": "Samordningsförbundet Södra Vätterbygden"},
        style=style,
        blocks=blocks,
    )
