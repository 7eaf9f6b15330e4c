"""Västerviks kommun, Kultur- och fritidsnämnden, verksamhetsberättelse 2025.

A culture and leisure committee's year-end report set in Liberation Serif (Times metrics), with a footer naming
the nämnd's February meeting: the result as "ett underskott på drygt två miljoner kronor i förhållande till
budget" (in words), the outcome against the interim forecast with its cause (a forecast change, amount null);
a table in tkr with a trailing minus for deficits ("2 250-"); bold run-in verksamheter with a colon: a deficit
"Underskottet om 2 250 tkr" where "nästan en miljon kronor" is a part, two reason-only deficits taking their
rows' cells ("240-", "170-"), a surplus "på 280 tkr", a surplus in words ("tvåhundrafyrtio tusen kronor") and
"i nivå med budget" (boilerplate); investments where "Resterande 0,8 mnkr" is the under-spend; an action with
its yearly effect; net cost growth against 2024 and a risk about energy prices (other). 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import BP, LP, A, C, F, O

ROW = "Reason only: the table row's cell (tkr, trailing minus for a deficit)."


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=10.5,
        leading=1.35,
        para_gap=6.0,
        heading_sizes=(16.0, 12.5, 11.0),
        heading_fonts=("times-bold", "times-bold", "times-bold"),
        margins=(70.0, 80.0, 70.0, 72.0),
        header=lambda n, m: ("Västerviks kommun", ""),
        footer=lambda n, m: ("Kultur- och fritidsnämnden 2026-02-18", "", f"Sida {n}"),
        header_size=8.5,
    )
    table = Table(
        caption="Driftredovisning per verksamhet 2025, tkr",
        header=(("Verksamhet", "Budget", "Utfall", "Avvikelse"),),
        rows=(
            ("Nämnd och administration", "4 850", "4 610", "240"),
            ("Bibliotek", "18 300", "18 020", "280"),
            ("Kulturverksamhet", "9 700", "9 940", "240-"),
            ("Bad och sporthallar", "21 400", "23 650", "2 250-"),
            ("Föreningsbidrag", "7 900", "7 900", "0"),
            ("Fritidsgårdar", "6 200", "6 370", "170-"),
            ("Summa", "68 350", "70 490", "2 140-"),
        ),
        widths=(170.0, 80.0, 80.0, 80.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=9.0,
        grid=True,
    )
    blocks = [
        Title("Verksamhetsberättelse 2025", size=20, font="times-bold", after=2),
        Title("Kultur- och fritidsnämnden", size=13, font="times", after=14),
        H("Ekonomisk sammanfattning", 2),
        P(
            "Kultur- och fritidsnämnden redovisar för 2025 ett underskott på drygt två miljoner kronor i "
            "förhållande till budget.",
            C(None, "drygt två miljoner kronor", "-", value=2e6, note="In words: the stated figure."),
        ),
        P(
            "I delårsrapporten per augusti prognostiserades ett underskott på 1,5 mnkr. Att utfallet blev sämre "
            "beror främst på att reningsverket i badhuset havererade i november.",
            F(
                None,
                None,
                "-",
                "ovrigt",
                note="The outcome against the interim forecast with its cause: a forecast change; 1,5 mnkr is the "
                "earlier forecast, not the change.",
            ),
        ),
        table,
        H("Kommentarer per verksamhet", 2),
        LP(
            "Bad och sporthallar:",
            "Underskottet om 2 250 tkr har flera förklaringar. Reparationen av reningsverket i badhuset kostade "
            "nästan en miljon kronor, och badhuset var stängt i tre veckor i december, vilket gav lägre "
            "entréintäkter. Energikostnaderna för sporthallarna blev också högre än budgeterat.",
            C(
                "Bad och sporthallar",
                "2 250 tkr",
                "-",
                "ovrigt",
                "avgifter_intakter",
                "prisokningar",
                note="The repair's 'nästan en miljon kronor' is a part.",
            ),
        ),
        LP(
            "Kulturverksamhet:",
            "Sommarens stadsfest blev dyrare än planerat sedan säkerhetskraven skärpts.",
            C("Kulturverksamhet", "240-", "-", "ovrigt", unit="tkr", table=True, note=ROW),
        ),
        LP(
            "Fritidsgårdar:",
            "Verksamheten har haft fler timvikarier än planerat, framför allt under sommarlovet.",
            C("Fritidsgårdar", "170-", "-", "vikarier", unit="tkr", table=True, note=ROW),
        ),
        LP(
            "Bibliotek:",
            "Ett överskott på 280 tkr uppstod genom att en bibliotekarietjänst stod vakant från augusti och att "
            "inköpen av medier blev lägre än budgeterat.",
            C("Bibliotek", "280 tkr", "+", "vakanser", "material_hjalpmedel"),
        ),
        LP(
            "Nämnd och administration:",
            "Lägre kostnader för arvoden och utbildning gav ett överskott på tvåhundrafyrtio tusen kronor.",
            C(
                "Nämnd och administration",
                "tvåhundrafyrtio tusen kronor",
                "+",
                "ovrigt",
                value=240e3,
                note="In words. Members' fees are ovrigt.",
            ),
        ),
        LP("Föreningsbidrag:", "Utfallet är i nivå med budget.", BP("Föreningsbidrag")),
        H("Investeringar", 2),
        P(
            "Av investeringsbudgeten på 3,4 mnkr har 2,6 mnkr använts, främst till den nya konstgräsplanen i "
            "Gunnebo. Resterande 0,8 mnkr avser utbyte av belysning i idrottshallen, som har flyttats till 2026.",
            C("Investeringar", "0,8 mnkr", "+", "periodisering"),
        ),
        H("Åtgärder inför 2026", 2),
        P(
            "Nämnden har beslutat att se över öppettiderna i badhuset från 2026 för att minska "
            "personalkostnaderna med 0,5 mnkr per år.",
            A("Bad och sporthallar", "0,5 mnkr", "bemanning"),
        ),
        H("Framtid", 2),
        P(
            "Nämndens nettokostnader ökade med 4,1 procent jämfört med 2024. Inför 2026 finns en risk för "
            "fortsatt höga energikostnader i badhuset och sporthallarna.",
            O(None, note="Cost growth against 2024 and a risk: other."),
        ),
    ]
    return ReportSpec(
        file="vastervik-kfn-verksamhetsberattelse-2025.pdf",
        report={
            "municipality": "Västervik",
            "committee": ["Kultur- och fritidsnämnden"],
            "period": ["2025", "2025-12"],
            "report_type": "verksamhetsberättelse",
        },
        metadata={
            "title": "Verksamhetsberättelse 2025 Kultur- och fritidsnämnden",
            "author": "Västerviks kommun",
        },
        style=style,
        blocks=blocks,
    )
