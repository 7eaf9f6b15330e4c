"""Samordningsförbundet Värmland, Styrelsen, delårsrapport per augusti 2025.

A financial-coordination förbund's interim report in tkr, footer with the styrelse's meeting date in October:
the members (unlabelled), the period "ett överskott på 2 140 tkr jämfört med budget" with its timing reason in
the next sentence (one item), the full year "450 tkr bättre än budget" with its reason; a table with the
budgeted and forecast results both negative (a planned use of equity); bold run-in leads that carry the amount
("Insatser +1 100 tkr.", "Personal –350 tkr."), one paragraph with a second insats that "kostar däremot
240 tkr mer än budgeterat" (its own item), moving costs and a higher rent, members' contributions that "följer
budget" (boilerplate); the change since April with its cause; equity against the national recommendation, a call for
new insatser financed from equity and participants against last year (others). Liberation Sans Narrow 10.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, Para, ReportSpec, Style, Table, Title

from reports.common import BP, LP, C, F, O

LEAD = "The run-in lead carries the area and its amount, as a heading would."


def spec() -> ReportSpec:
    style = Style(
        body="narrow",
        bold="narrow-bold",
        italic="arial-italic",
        size=10.5,
        leading=1.36,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(70.0, 80.0, 70.0, 74.0),
        header=lambda n, m: ("Samordningsförbundet Värmland", "Delårsrapport 2025"),
        footer=lambda n, m: ("Styrelsens sammanträde 2025-10-02", "", f"{n} ({m})"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Resultaträkning, tkr",
        header=(("", "Budget 2025", "Prognos 2025", "Avvikelse"),),
        rows=(
            ("Medlemsavgifter", "18 400", "18 400", "0"),
            ("Insatser", "–14 900", "–13 800", "1 100"),
            ("Personal", "–3 600", "–3 950", "–350"),
            ("Administration och lokaler", "–1 700", "–2 000", "–300"),
            ("Resultat", "–1 800", "–1 350", "450"),
        ),
        widths=(170.0, 76.0, 76.0, 70.0),
        bold_rows=frozenset({4}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Delårsrapport januari–augusti 2025", size=17, font="arial-bold", after=2),
        Title("Samordningsförbundet Värmland", size=12, font="narrow", after=12),
        H("Förbundet", 2),
        P(
            "Samordningsförbundet Värmland är ett samarbete mellan Försäkringskassan, Arbetsförmedlingen, Region "
            "Värmland och länets 16 kommuner. Förbundet finansierar insatser för personer som behöver samordnat "
            "stöd för att komma i arbete eller studier."
        ),
        H("Ekonomiskt resultat", 2),
        P(
            "Förbundets resultat för perioden januari–augusti är ett överskott på 2 140 tkr jämfört med budget. "
            "Överskottet beror främst på att två insatser startade senare än planerat.",
            C(None, "2 140 tkr", "+", "periodisering", note="The period against budget with its reason."),
        ),
        P(
            "För helåret beräknas resultatet bli 450 tkr bättre än budget, eftersom de senarelagda insatserna inte "
            "hinner kosta fullt ut under året.",
            C(None, "450 tkr", "+", "periodisering", note="The full year against budget."),
        ),
        table,
        H("Kommentarer", 2),
        Para(
            (
                (
                    "Insatsen Steget vidare för unga vuxna i Karlstad och Kristinehamn kom i gång först i maj, i "
                    "stället för i februari, eftersom rekryteringen av coacher tog längre tid än beräknat.",
                    C(
                        "Insatser",
                        "+1 100 tkr",
                        "+",
                        "periodisering",
                        "vakanser",
                        note=LEAD,
                    ),
                ),
                (
                    "Insatsen Jobbspåret i Arvika kostar däremot 240 tkr mer än budgeterat, eftersom fler deltagare "
                    "än planerat har skrivits in.",
                    C(
                        "Jobbspåret",
                        "240 tkr",
                        "-",
                        "volymer",
                        note="A second insats inside the paragraph: its own item.",
                    ),
                ),
            ),
            lead="Insatser +1 100 tkr.",
        ),
        LP(
            "Personal –350 tkr.",
            "Kansliet har förstärkts med en processledare på halvtid under hösten för att stödja kommunerna i "
            "arbetet med nya insatser.",
            C("Personal", "–350 tkr", "-", "bemanning", note=LEAD),
        ),
        LP(
            "Administration och lokaler –300 tkr.",
            "Kansliet flyttade i mars till nya lokaler i centrala Karlstad, vilket har gett flyttkostnader och en "
            "högre hyra än budgeterat.",
            C("Administration och lokaler", "–300 tkr", "-", "lokaler", note=LEAD),
        ),
        LP(
            "Medlemsavgifter.",
            "Intäkterna från medlemmarna följer budget.",
            BP("Medlemsavgifter"),
        ),
        H("Förändring mot föregående prognos", 2),
        P(
            "Helårsprognosen är 300 tkr bättre än prognosen i april, till följd av den senarelagda starten för "
            "Steget vidare.",
            F(None, "300 tkr", "+", "periodisering"),
        ),
        H("Eget kapital och deltagare", 2),
        P(
            "Det egna kapitalet beräknas vid årets slut uppgå till 5 900 tkr, vilket är mer än den nivå på högst 20 "
            "procent av intäkterna som Nationella rådet för finansiell samordning rekommenderar.",
            O(None, note="Equity against a recommendation: other."),
        ),
        P(
            "Styrelsen har därför beslutat att utlysa 1 500 tkr för nya insatser under 2026, som finansieras ur det "
            "egna kapitalet.",
            O(None, "reserver", note="Financing from equity: other."),
        ),
        P(
            "Under perioden har 312 deltagare tagit del av insatserna, vilket är 41 fler än samma period 2024.",
            O(None, "volymer", note="Participants against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="samordningsforbundet-varmland-delarsrapport-2025-08.pdf",
        report={
            "municipality": ["Samordningsförbundet Värmland", "Samordningsförbundet i Värmland"],
            "committee": ["Styrelsen", "Förbundsstyrelsen"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={"title": "Delårsrapport januari–augusti 2025", "author": "Samordningsförbundet Värmland"},
        style=style,
        blocks=blocks,
    )
