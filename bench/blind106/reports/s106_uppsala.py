"""Uppsala kommun, Valnämnden, tjänsteskrivelse: budget och arvoden för valen 2026.

No budget follow-up at all: a decision on the election committee's budget and fees for the 2026 elections,
full of amounts, "beror på", "högre än", "täcker" and "ryms inom den ram": the budget level with a "varav",
the cost increase against the 2022 elections with its reasons, the fees per role, the growing share of
advance votes (with "beror på"), the state's compensation, the net cost that "ryms inom den ram" fullmäktige
set (a financing statement, no deviation reported), long queues at the 2022 elections with "berodde på"
(context) and the risk of an extra election: eight `other` items and no cause. The decision proposal, the
legal background and the cost table are unlabelled. DejaVu Serif Condensed 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import O


def spec() -> ReportSpec:
    style = Style(
        body="serif-cond",
        bold="serif-cond-bold",
        italic="serif-italic",
        size=10.0,
        leading=1.4,
        para_gap=7.0,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(70.0, 80.0, 70.0, 74.0),
        header=lambda n, m: (
            "Uppsala kommun  Kommunledningskontoret, valkansliet",
            "Tjänsteskrivelse 2025-11-06",
        ),
        footer=lambda n, m: ("Valnämnden", "Diarienummer VAL-2025-00019", f"Sida {n} ({m})"),
        header_size=7.5,
    )
    table = Table(
        caption="Beräknade kostnader för valen 2026, tkr",
        header=(("Kostnadspost", "Valen 2022", "Valen 2026"),),
        rows=(
            ("Arvoden röstmottagare", "11 900", "14 200"),
            ("Lokaler och utrustning", "3 400", "3 700"),
            ("Förtidsröstning", "2 800", "3 300"),
            ("Information och utbildning", "1 600", "1 800"),
            ("Valkansliets personal", "1 500", "1 800"),
            ("Summa", "21 200", "24 800"),
        ),
        widths=(200.0, 90.0, 90.0),
        bold_rows=frozenset({5}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Budget och arvoden för genomförandet av valen 2026", size=16, font="sans-bold", after=8),
        H("Förslag till beslut", 2),
        P(
            "Valnämnden föreslås besluta att fastställa budget för valen 2026 enligt förvaltningens förslag och att "
            "fastställa arvoden till röstmottagare enligt bilaga."
        ),
        H("Bakgrund", 2),
        P(
            "Den 13 september 2026 hålls val till riksdag, region och kommun. Valnämnden ansvarar enligt vallagen "
            "för att valen genomförs i kommunen, med röstmottagning i vallokaler och röstningslokaler för "
            "förtidsröstning."
        ),
        H("Budget", 2),
        P(
            "Valnämndens budget för 2026 föreslås uppgå till 24,8 mnkr, varav 14,2 mnkr avser arvoden till "
            "röstmottagare.",
            O(None, amount="24,8 mnkr", note="A budget level with a 'varav': no deviation."),
        ),
        P(
            "Kostnaderna beräknas bli 3,6 mnkr högre än för valen 2022. Ökningen beror främst på att fler "
            "röstmottagare behövs när vallokalerna ska ha längre öppettider och på att arvodena höjs.",
            O(
                None,
                amount="3,6 mnkr",
                note="A comparison with the previous election, with 'beror på': other.",
            ),
        ),
        table,
        H("Arvoden", 2),
        P(
            "Arvodet för en röstmottagare på valdagen föreslås bli 2 400 kronor, och ordförande i valdistrikt får "
            "3 300 kronor.",
            O(None, note="Fees per role: a decision formula."),
        ),
        P(
            "Förtidsröstningen står för en allt större del av kostnaderna, vilket beror på att andelen förtidsröster "
            "har ökat från 38 till 46 procent sedan 2018.",
            O(None, note="Context with 'beror på': other."),
        ),
        H("Finansiering", 2),
        P(
            "Staten ersätter kommunerna för en del av kostnaderna. Ersättningen till Uppsala kommun beräknas till "
            "5,1 mnkr, vilket täcker ungefär en femtedel av kostnaderna.",
            O(None, amount="5,1 mnkr", note="The state's compensation: financing."),
        ),
        P(
            "Nettokostnaden på 19,7 mnkr ryms inom den ram på 20,0 mnkr som kommunfullmäktige har anvisat i Mål och "
            "budget 2026.",
            O(None, amount="19,7 mnkr", note="A financing statement; no deviation reported."),
        ),
        H("Erfarenheter från valen 2022", 2),
        P(
            "Vid valen 2022 var väntetiderna långa i sex vallokaler, vilket berodde på att flera röstmottagare "
            "lämnade återbud sent och att lokalerna var för små.",
            O(None, note="Context from the previous election: other."),
        ),
        H("Risker", 2),
        P(
            "Om ett extra val skulle utlysas under mandatperioden tillkommer kostnader som inte ryms i nämndens "
            "ordinarie ram.",
            O(None, note="A risk."),
        ),
        P("Karin Holm, valsamordnare    Erik Sandberg, kanslichef", size=9.5),
    ]
    return ReportSpec(
        file="uppsala-valn-budget-valen-2026.pdf",
        report={
            "municipality": "Uppsala",
            "committee": ["Valnämnden"],
            "period": ["2026", "2025-11"],
            "report_type": "budgetbeslut",
        },
        metadata={"title": "Budget och arvoden för genomförandet av valen 2026", "author": "Uppsala kommun"},
        style=style,
        blocks=blocks,
    )
