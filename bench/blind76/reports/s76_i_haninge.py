"""Haninge kommun, Kultur- och fritidsnämnden, redovisning av föreningsbidrag 2025 och fördelning 2026.

Not a budget follow-up: a tjänsteskrivelse dated in February 2026 that reports the grants paid to
associations in 2025 and proposes next year's rates, full of amounts, "beror på", "mer än", "avvikelser" (in a
control of the associations' reports) and "ryms inom den ram": grants against 2024, support held back from
three associations, the control's deviations, a swimming club's request about its own rent (about someone
else), a rate increase and its cost, the financing of the new model, and a note that the nämnd's own result
is reported elsewhere. Seven `other` items and no cause; the decision proposal, the background and the table
of grants are unlabelled. Liberation Sans 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import O

NOT_BUDGET = "Grants to associations, not a budget follow-up: other."


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=10.0,
        leading=1.4,
        para_gap=7.0,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(70.0, 80.0, 70.0, 74.0),
        header=lambda n, m: ("Haninge kommun", "Kultur- och fritidsförvaltningen"),
        footer=lambda n, m: ("Tjänsteskrivelse 2026-02-09", "KFN 2026/31", f"{n} ({m})"),
        header_size=8.0,
        rule_under_header=True,
    )
    grants = Table(
        caption="Utbetalda föreningsbidrag 2025, tkr",
        header=(("Bidragsform", "2024", "2025"),),
        rows=(
            ("Lokalbidrag", "3 950", "4 420"),
            ("Aktivitetsstöd", "3 610", "3 700"),
            ("Ledarutbildningsbidrag", "540", "510"),
            ("Arrangemangsbidrag", "1 100", "1 170"),
            ("Summa", "9 200", "9 800"),
        ),
        widths=(190.0, 80.0, 80.0),
        bold_rows=frozenset({4}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Redovisning av föreningsbidrag 2025 och fördelning 2026", size=17, font="arial-bold", after=4),
        Title("Kultur- och fritidsnämnden", size=12, font="arial", after=12),
        H("Förslag till beslut", 2),
        P(
            "Kultur- och fritidsnämnden godkänner redovisningen av föreningsbidrag 2025 och fastställer "
            "bidragsnivåerna för 2026 enligt förvaltningens förslag."
        ),
        H("Bakgrund", 2),
        P(
            "Nämnden fördelar varje år bidrag till ideella föreningar med verksamhet för barn och unga i Haninge. "
            "Bidragen regleras i nämndens riktlinjer för föreningsstöd, som senast reviderades 2023."
        ),
        grants,
        H("Utbetalda bidrag 2025", 2),
        P(
            "Under 2025 betalades 9,8 mnkr ut i föreningsbidrag, vilket är 0,6 mnkr mer än 2024. Ökningen beror "
            "på att fler föreningar har ansökt om lokalbidrag sedan den nya idrottshallen i Vega öppnade.",
            O(None, note=NOT_BUDGET + " Grants paid against the previous year."),
        ),
        P(
            "Tre föreningar har inte lämnat in sina närvarorapporter i tid, vilket beror på byten av styrelse. Deras "
            "aktivitetsstöd, sammanlagt 124 000 kronor, hålls inne tills redovisningen är komplett.",
            O("Aktivitetsstöd", note=NOT_BUDGET + " Support held back from three associations."),
        ),
        H("Kontroll av föreningarnas redovisningar", 2),
        P(
            "Vid kontrollen av 20 föreningars redovisningar fanns avvikelser i fyra fall. Avvikelserna beror på att "
            "deltagare under sju år har räknats med, och de felaktigt utbetalda beloppen, 38 000 kronor, har "
            "återkrävts.",
            O("Aktivitetsstöd", note=NOT_BUDGET + " 'Avvikelser' in a control of the associations' reports."),
        ),
        H("Ansökan om extra bidrag", 2),
        P(
            "Haninge simsällskap har ansökt om ett extra bidrag på 450 000 kronor. Föreningen uppger att dess "
            "kostnader för bassängtid har blivit högre än föreningens budget, vilket beror på att hyran för "
            "simhallen höjdes med 12 procent vid årsskiftet.",
            O(
                "Haninge simsällskap",
                direction="-",
                note="An association's own budget overrun: a statement about someone else, other.",
            ),
        ),
        H("Förslag till bidragsnivåer 2026", 2),
        P(
            "Förvaltningen föreslår att aktivitetsstödet höjs från 28 till 31 kronor per deltagartillfälle, vilket "
            "ökar kostnaden med cirka 380 000 kronor per år.",
            O("Aktivitetsstöd", note=NOT_BUDGET + " A rate and its cost: a decision formula."),
        ),
        H("Ekonomiska konsekvenser", 2),
        P(
            "Höjningen och den nya modellen för lokalbidrag kostar sammanlagt 1,4 mnkr per år och ryms inom den ram "
            "som kommunfullmäktige har beslutat för nämnden 2026.",
            O(None, note=NOT_BUDGET + " A financing statement, no deviation reported."),
        ),
        P(
            "Nämndens samlade ekonomiska utfall för 2025 redovisades i verksamhetsberättelsen i januari och ingår "
            "inte i detta ärende.",
            O(None, note="A pointer to the nämnd's result reported elsewhere, with no deviation: other."),
        ),
    ]
    return ReportSpec(
        file="haninge-kfn-foreningsbidrag-2025.pdf",
        report={
            "municipality": "Haninge",
            "committee": ["Kultur- och fritidsnämnden"],
            "period": ["2025", "2026-02"],
            "report_type": "tjänsteskrivelse",
        },
        metadata={
            "title": "Redovisning av föreningsbidrag 2025 och fördelning 2026",
            "author": "Haninge kommun",
        },
        style=style,
        blocks=blocks,
    )
