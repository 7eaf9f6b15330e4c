"""Gryaab AB, the jointly owned wastewater company of the Göteborg region, delårsrapport januari–augusti 2025.

A joint body's interim report in DejaVu Sans 9.5 pt: the period's result "5,2 mnkr bättre än budget", the full
year "i nivå med budget" (boilerplate) and the period surplus's timing reason in a paragraph of its own (amount
null); a period table in tkr with hyphen-minus; plain headings over "Elkostnaderna har varit 3,4 mnkr lägre än
budgeterat", chemicals whose paragraph ends "överstiger periodens budget med 2,7 mnkr" after a percentage price
rise (not the amount), a run-in "Slamhantering." with reasons only (the row's "-1 350"), "Personalkostnaderna
är 1,2 mnkr lägre", "understiger periodens budget med 2,6 mnkr", "2,75 mnkr högre än budget"; a cost row with no
comment; investments "35 mnkr lägre än budgeterade 190 mnkr"; the owners' fees for next year and the inflow
against 2024 (others) and an action without an amount.

The body is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, Para, ReportSpec, Style, Table, Title

from reports.common import BP, LP, A, C, O


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.42,
        para_gap=6.0,
        heading_sizes=(14.0, 11.5, 10.0),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(64.0, 78.0, 64.0, 72.0),
        header=lambda n, m: ("Gryaab AB", "Delårsrapport januari–augusti 2025"),
        footer=lambda n, m: ("Styrelsemöte 2025-09-25", "", f"{n} ({m})"),
        header_size=8.0,
    )
    table = Table(
        caption="Resultat januari–augusti 2025, tkr (avvikelse: + bättre, - sämre än budget)",
        header=(("Post", "Budget jan–aug", "Utfall jan–aug", "Avvikelse"),),
        rows=(
            ("Avgifter från ägarkommunerna", "268 400", "268 400", "0"),
            ("Övriga intäkter", "6 200", "8 950", "2 750"),
            ("Energi", "-22 800", "-19 450", "3 350"),
            ("Kemikalier", "-18 600", "-21 300", "-2 700"),
            ("Slamhantering", "-15 900", "-17 250", "-1 350"),
            ("Personalkostnader", "-72 300", "-71 150", "1 150"),
            ("Underhåll och reparationer", "-31 500", "-28 900", "2 600"),
            ("Övriga kostnader", "-24 100", "-24 700", "-600"),
            ("Avskrivningar och finansnetto", "-80 000", "-80 000", "0"),
            ("Resultat", "9 400", "14 600", "5 200"),
        ),
        widths=(170.0, 85.0, 85.0, 75.0),
        bold_rows=frozenset({9}),
        rules=True,
    )
    blocks = [
        Title("Delårsrapport januari–augusti 2025", size=18, font="sans-bold", after=2),
        Title("Gryaab AB", size=12, font="sans", after=12),
        H("Resultat", 2),
        Para(
            (
                (
                    "Resultatet efter finansiella poster för perioden uppgick till 14,6 mnkr, vilket är 5,2 mnkr "
                    "bättre än budget.",
                    C(None, "5,2 mnkr", "+", note="The period; the level is not the amount."),
                ),
                (
                    "Helårsprognosen är ett resultat i nivå med budget, 6,0 mnkr.",
                    BP(None, note="The full year in balance; 6,0 mnkr is the level."),
                ),
            )
        ),
        P(
            "Att periodens resultat är bättre än budget beror främst på att flera underhållsprojekt på Ryaverket är "
            "planerade till hösten.",
            C(None, None, "+", "periodisering", note="The period surplus's reason apart: amount null."),
        ),
        table,
        H("Kommentarer till avvikelserna", 2),
        H("Energi", 3),
        P(
            "Elkostnaderna har varit 3,4 mnkr lägre än budgeterat för perioden, eftersom elpriset under våren och "
            "sommaren var lägre än i budgeten och biogasanläggningen har producerat mer egen el.",
            C("Energi", "3,4 mnkr", "+", "prisokningar"),
        ),
        H("Kemikalier", 3),
        P(
            "Förbrukningen av fällningskemikalier har ökat efter den regniga sommaren med höga inflöden till verket, "
            "och priset på järnklorid har höjts med 14 procent. Kostnaden överstiger periodens budget med 2,7 mnkr.",
            C(
                "Kemikalier",
                "2,7 mnkr",
                "-",
                "material_hjalpmedel",
                "volymer",
                "prisokningar",
                "ovrigt",
                note="Treatment chemicals are material_hjalpmedel; inflow volymer; rain ovrigt.",
            ),
        ),
        LP(
            "Slamhantering.",
            "Transporterna av slam till jordbruksmark har blivit dyrare sedan en ny entreprenör tog över i mars.",
            C(
                "Slamhantering",
                "-1 350",
                "-",
                "prisokningar",
                unit="tkr",
                table=True,
                note="Reasons only: the table row's cell.",
            ),
        ),
        H("Personal", 3),
        P(
            "Personalkostnaderna är 1,2 mnkr lägre än budget för perioden på grund av två vakanta tjänster som "
            "processingenjör.",
            C("Personalkostnader", "1,2 mnkr", "+", "vakanser"),
        ),
        H("Underhåll och reparationer", 3),
        P(
            "Underhåll och reparationer understiger periodens budget med 2,6 mnkr, då renoveringen av rötkammare 3 "
            "har flyttats från maj till oktober.",
            C("Underhåll och reparationer", "2,6 mnkr", "+", "periodisering"),
        ),
        H("Övriga intäkter", 3),
        P(
            "Övriga intäkter blev 2,75 mnkr högre än budget genom försäljning av fordonsgas och mottagning av "
            "externt slam.",
            C("Övriga intäkter", "2,75 mnkr", "+", "avgifter_intakter"),
        ),
        H("Investeringar", 2),
        P(
            "Periodens investeringar uppgick till 58 mnkr. För helåret bedöms investeringarna bli 35 mnkr lägre än "
            "budgeterade 190 mnkr, eftersom upphandlingen av den nya skivfilteranläggningen har överprövats.",
            C("Investeringar", "35 mnkr", "+", "periodisering"),
        ),
        H("Framåtblick", 2),
        P(
            "Avgifterna från ägarkommunerna för 2026 föreslås höjas med 6 procent.",
            O(None, note="Next year's fees: context."),
        ),
        P(
            "Ryaverket tog emot 92 miljoner kubikmeter avloppsvatten under perioden, 8 procent mer än samma period "
            "2024.",
            O(None, note="A volume against last year."),
        ),
        P(
            "Bolaget har tecknat ett fastprisavtal för el för 2026 för att minska risken för nya prisökningar.",
            A(None, None, "prisokningar"),
        ),
    ]
    return ReportSpec(
        file="gryaab-delarsrapport-2025-08.pdf",
        report={
            "municipality": ["Gryaab", "Gryaab AB"],
            "committee": ["Styrelsen"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={"title": "Delårsrapport januari-augusti 2025", "author": "Gryaab AB"},
        style=style,
        blocks=blocks,
    )
