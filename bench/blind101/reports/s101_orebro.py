"""Örebro kommun, Överförmyndarnämnden, uppföljning av intern kontroll 2025.

Not a budget follow-up: the överförmyndarnämnd's report on its internal-control plan, dated in February 2026,
in DejaVu Serif Condensed, full of amounts, "beror på", "mer än", "högre än" and a control "avvikelse":
fees to gode män against last year, the share of annual accounts examined with a vacancy reason, withdrawals
without receipts in a sample, reclaimed fees, handling times against a guideline ("Avvikelsen beror på"), a
statement about the socialnämnd's costs for contact persons (someone else), and the cost of a new case system
financed within the budget. Seven `other` items and no causes; the decision proposal, the background and the
control table are unlabelled.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import O

NOT_BUDGET = "Internal control, not a budget follow-up: other."


def spec() -> ReportSpec:
    style = Style(
        body="serif-cond",
        bold="serif-cond-bold",
        italic="serif-italic",
        size=10.0,
        leading=1.4,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(70.0, 80.0, 70.0, 72.0),
        header=lambda n, m: ("Örebro kommun", "Överförmyndarnämnden"),
        footer=lambda n, m: ("Uppföljning av intern kontroll 2025", "Ön 2026-02-17", f"{n} ({m})"),
        header_size=8.0,
        rule_under_header=True,
    )
    controls = Table(
        caption="Kontrollområden 2025",
        header=(("Kontrollområde", "Metod", "Resultat"),),
        rows=(
            ("Arvoden till ställföreträdare", "Analys", "Utan anmärkning"),
            ("Granskning av årsräkningar", "Uppföljning", "Brister"),
            ("Uttag från huvudmäns konton", "Stickprov 40 akter", "Brister"),
            ("Återkrav av arvoden", "Genomgång", "Utan anmärkning"),
            ("Handläggningstider", "Systemuttag", "Brister"),
        ),
        widths=(170.0, 120.0, 110.0),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Uppföljning av intern kontroll 2025", size=18, font="sans-bold", after=3),
        Title("Överförmyndarnämnden", size=12, font="serif-cond", after=12),
        H("Förslag till beslut", 2),
        P(
            "Överförmyndarnämnden godkänner uppföljningen av 2025 års internkontrollplan och överlämnar den till "
            "kommunstyrelsen."
        ),
        H("Bakgrund", 2),
        P(
            "Nämnden antar varje år en plan för intern kontroll utifrån en riskanalys. För 2025 omfattade planen "
            "fem kontrollområden, varav tre visade brister."
        ),
        controls,
        H("Resultat", 2),
        H("Arvoden till ställföreträdare", 3),
        P(
            "Arvodena till gode män och förvaltare uppgick till 14,2 mnkr, vilket är 1,1 mnkr mer än 2024. Ökningen "
            "beror på att antalet ärenden med förvaltarskap har ökat.",
            O("Arvoden till ställföreträdare", note=NOT_BUDGET + " Fees against last year."),
        ),
        H("Granskning av årsräkningar", 3),
        P(
            "Vid årets slut var 96 procent av årsräkningarna granskade. Att målet om full granskning inte nåddes "
            "beror på att två handläggartjänster var vakanta under hösten.",
            O("Granskning av årsräkningar", note=NOT_BUDGET),
        ),
        H("Uttag från huvudmäns konton", 3),
        P(
            "I stickprovet fanns i tre fall uttag om sammanlagt 86 000 kronor utan kvitton eller annat underlag, "
            "vilket beror på att ställföreträdarna inte känt till kraven på verifikationer.",
            O("Uttag från huvudmäns konton", note=NOT_BUDGET),
        ),
        H("Återkrav av arvoden", 3),
        P(
            "Under året har 42 000 kronor i för högt utbetalda arvoden återkrävts, vilket är högre än föregående "
            "år.",
            O("Återkrav av arvoden", note=NOT_BUDGET),
        ),
        H("Handläggningstider", 3),
        P(
            "Handläggningstiden för byte av god man var i genomsnitt 54 dagar, vilket är mer än riktvärdet på 30 "
            "dagar. Avvikelsen beror på att rekryteringen av nya gode män har gått trögt.",
            O("Handläggningstider", note=NOT_BUDGET + " 'Avvikelsen' is a deviation from a guideline."),
        ),
        H("Samverkan med socialnämnden", 3),
        P(
            "Socialnämndens kostnader för kontaktpersoner har ökat kraftigt under året, men de ingår inte i "
            "överförmyndarnämndens budget och omfattas inte av denna uppföljning.",
            O("Socialnämnden", note="A statement about another committee's costs: other."),
        ),
        H("Ekonomiska konsekvenser", 2),
        P(
            "Införandet av det nya ärendehanteringssystemet kostade 310 000 kronor och har finansierats inom "
            "nämndens budget.",
            O(None, "it_digitalisering", note=NOT_BUDGET + " A cost and its financing."),
        ),
    ]
    return ReportSpec(
        file="orebro-ofn-uppfoljning-intern-kontroll-2025.pdf",
        report={
            "municipality": "Örebro",
            "committee": ["Överförmyndarnämnden"],
            "period": ["2025"],
            "report_type": "internkontroll",
        },
        metadata={"title": "Uppföljning av intern kontroll 2025", "author": "Örebro kommun"},
        style=style,
        blocks=blocks,
    )
