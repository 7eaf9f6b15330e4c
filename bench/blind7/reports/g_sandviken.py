"""Sandvikens kommun, Kultur- och fritidsnämnden, tjänsteskrivelse: översyn av taxor och avgifter 2026.

Not a budget follow-up: a proposal for next year's fees, dated in September, full of what a follow-up
says ("beror på", "beror främst på", "högre än", amounts in mnkr, tkr and kronor, percentages, "budget")
but with no deviation from budget, so there are no cause items at all: a decision proposal (not
labelled), a summary whose revenue effect "ingår i nämndens budgetförslag" (other, financing), the
background's cost and revenue development since 2023 with cost coverage (other, supporting figures), a
fee table in kronor, one level-3 heading per area: the sports halls' extra revenue in whole kronor with
"beror främst på" (other), the swimming hall's fee with "cirka 180 tkr per år" (other), the music and arts
school's unchanged fee with "vilket beror på" and no money (not labelled), the associations' grants and a
comparison with other kommuner's fees with "beror på" (not labelled), and the proposal's effect on next
year's budget frame (other). DejaVu Sans Condensed 10 pt, a header with the förvaltning and a footer with
the diarienummer and date.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import O

NOT_BUDGET = "A fee proposal's figures, not a deviation from budget."


def spec() -> ReportSpec:
    style = Style(
        body="cond",
        bold="cond-bold",
        italic="sans-italic",
        size=10.0,
        leading=1.4,
        para_gap=6.5,
        heading_sizes=(14.0, 12.0, 10.5),
        heading_fonts=("cond-bold", "cond-bold", "cond-bold"),
        margins=(74.0, 78.0, 70.0, 72.0),
        header=lambda n, m: ("Sandvikens kommun", "Kultur- och fritidsförvaltningen"),
        footer=lambda n, m: ("Tjänsteskrivelse 2025-09-16", "Dnr KFN 2025/0087", f"{n} ({m})"),
        header_size=8.5,
    )
    fees = Table(
        caption="Tabell 1. Timtaxor för lokaler och anläggningar, kronor",
        header=(("Anläggning", "Taxa 2025", "Förslag 2026", "Förändring"),),
        rows=(
            ("Göransson Arena, isyta, vuxna", "1 250", "1 320", "5,6 %"),
            ("Göransson Arena, isyta, ungdom", "420", "430", "2,4 %"),
            ("Sporthall, vuxna", "380", "400", "5,3 %"),
            ("Sporthall, ungdom", "150", "153", "2,0 %"),
            ("Konstgräsplan, fullplan", "640", "675", "5,5 %"),
            ("Simhall, bana per timme", "290", "305", "5,2 %"),
        ),
        widths=(200.0, 72.0, 80.0, 72.0),
        rules=True,
        grid=True,
        size=9.0,
    )
    blocks = [
        Title("Översyn av taxor och avgifter för 2026", size=17, font="cond-bold", after=4),
        Title("Kultur- och fritidsnämnden", size=12, font="cond", after=10),
        H("Förslag till beslut", 2),
        P(
            "Kultur- och fritidsnämnden föreslår kommunfullmäktige att anta taxor och avgifter för kultur- och "
            "fritidsverksamheten enligt bilaga 1, att gälla från och med den 1 januari 2026."
        ),
        H("Sammanfattning", 2),
        P(
            "Förvaltningen föreslår att taxorna för lokaler och anläggningar höjs med i genomsnitt 4,5 procent. "
            "Höjningen beror på ökade kostnader för energi, löner och underhåll. De föreslagna taxorna beräknas ge "
            "0,9 mnkr i ökade intäkter 2026, vilket ingår i nämndens budgetförslag.",
            O(
                None,
                "prisokningar",
                amount="0,9 mnkr",
                note=NOT_BUDGET + " A revenue effect for next year's budget.",
            ),
        ),
        H("Bakgrund", 2),
        P(
            "Taxorna räknades senast upp 2023. Sedan dess har nämndens kostnader för drift av anläggningarna ökat med "
            "14 procent, till 48,6 mnkr, medan intäkterna har ökat med 3 procent, till 13,1 mnkr. "
            "Självkostnadstäckningen har därmed sjunkit från 31 till 27 procent.",
            O(None, "prisokningar", note=NOT_BUDGET + " Cost coverage: supporting figures."),
        ),
        fees,
        H("Konsekvenser per område", 2),
        H("Idrottsanläggningar", 3),
        P(
            "Intäkterna från uthyrning av idrottshallar och isytor beräknas öka med 620 000 kronor. Ökningen beror "
            "främst på höjningen för vuxna och företag, medan taxan för barn- och ungdomsföreningar höjs med 2 "
            "procent.",
            O("Idrottsanläggningar", "avgifter_intakter", amount="620 000 kronor", note=NOT_BUDGET),
        ),
        H("Simhallen", 3),
        P(
            "Entréavgiften till Sandvikens simhall höjs från 70 till 75 kronor för vuxna. Förvaltningen bedömer att "
            "antalet besökare inte påverkas, eftersom jämförbara simhallar i Gävle och Hofors har högre avgifter. "
            "Höjningen ger cirka 180 tkr per år.",
            O("Simhallen", "avgifter_intakter", amount="cirka 180 tkr", note=NOT_BUDGET),
        ),
        H("Kulturskolan", 3),
        P(
            "Terminsavgiften i kulturskolan lämnas oförändrad, 650 kronor per ämne. En höjning skulle enligt "
            "förvaltningens bedömning leda till färre elever, vilket beror på att avgiften redan i dag är högre än i "
            "flera grannkommuner."
        ),
        H("Föreningslivet", 3),
        P(
            "Föreningarnas kostnader för hyra av lokaler ökar med sammanlagt cirka 340 tkr. Nämnden har samtidigt "
            "föreslagit att aktivitetsstödet till barn- och ungdomsföreningar höjs med 5 procent i budgeten för 2026, "
            "så att föreningarnas nettokostnad i stort sett blir oförändrad."
        ),
        H("Jämförelse med andra kommuner", 2),
        P(
            "Sandvikens taxor för idrottshallar ligger i genomsnitt 12 procent under snittet för jämförbara kommuner i "
            "Gävleborgs län, vilket beror på att taxorna inte har räknats upp sedan 2023. Även efter höjningen blir "
            "taxorna lägre än i Gävle och Hudiksvall."
        ),
        H("Ekonomiska konsekvenser", 2),
        P(
            "Förslaget ger ökade intäkter på cirka 0,9 mnkr per år från 2026. Intäkterna är inräknade i "
            "kultur- och fritidsnämndens budgetram för 2026, och om taxorna inte antas behöver nämnden minska sina "
            "kostnader i motsvarande grad.",
            O(
                None,
                "avgifter_intakter",
                amount="cirka 0,9 mnkr",
                note=NOT_BUDGET + " Next year's budget frame.",
            ),
        ),
        P("Maria Lundqvist, förvaltningschef                    Jonas Berg, controller", size=9.5),
        P("Bilaga 1: Taxor och avgifter för kultur- och fritidsverksamhet 2026", size=9.5),
    ]
    return ReportSpec(
        file="sandviken-kfn-taxor-avgifter-2026.pdf",
        report={
            "municipality": "Sandviken",
            "committee": ["Kultur- och fritidsnämnden"],
            "period": ["2026", "2025-09"],
            "report_type": "tjänsteskrivelse",
        },
        metadata={
            "title": "Översyn av taxor och avgifter för 2026 Kultur- och fritidsnämnden",
            "author": "Sandvikens kommun",
        },
        style=style,
        blocks=blocks,
    )
