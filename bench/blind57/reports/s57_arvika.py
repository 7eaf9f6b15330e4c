"""Arvika kommun, Kommunstyrelsen, tjänsteskrivelse om reviderad taxa för vatten och avlopp från 2026.

A tjänsteskrivelse on a water and sewage tariff, which is no budget follow-up at all: full of amounts
("cirka 780 kronor mer per år", "412 mnkr", "14,6 mnkr per år", "8,4 mnkr"), "beror på", "mer än de nuvarande
avgifterna kan bära", "högre elpriser" and a comparison with the county's average ("640 kronor mer än
genomsnittet"), but no result against a budget. The decision proposal and the tariff table are unlabelled;
the fee increase, the cause of the need (a new treatment plant), the capital costs, the energy and chemical
costs against 2023, the revenue and the result fund, the rest left to 2027 and the comparison with other
kommuner are seven `other` items. Liberation Serif 11 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import O


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="arial-bold",
        italic="times-italic",
        size=11.0,
        leading=1.34,
        para_gap=7.5,
        heading_sizes=(14.0, 12.0, 11.0),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(72.0, 82.0, 72.0, 76.0),
        header=lambda n, m: ("Arvika kommun", "Tjänsteskrivelse 2025-10-14"),
        footer=lambda n, m: ("Kommunledningsförvaltningen", "Dnr KS 2025/0612", f"{n} ({m})"),
        header_size=8.5,
        rule_under_header=True,
    )
    table = Table(
        caption="Brukningsavgifter, kronor inklusive moms",
        header=(("Avgift", "Gällande taxa", "Förslag 2026"),),
        rows=(
            ("Fast avgift per år", "4 880", "5 240"),
            ("Avgift per kubikmeter", "38,80", "41,60"),
            ("Normalhus (150 m³ per år)", "10 700", "11 480"),
        ),
        widths=(190.0, 100.0, 100.0),
        rules=True,
        size=9.5,
    )
    blocks = [
        Title(
            "Revidering av taxa för vatten och avlopp från 1 januari 2026",
            size=15,
            font="arial-bold",
            after=10,
        ),
        H("Förslag till beslut", 2),
        P(
            "Kommunstyrelsen föreslår kommunfullmäktige besluta att anta reviderad taxa för kommunens allmänna "
            "vatten- och avloppsanläggning att gälla från och med den 1 januari 2026."
        ),
        H("Sammanfattning", 2),
        P(
            "Förslaget innebär att brukningsavgifterna höjs med i genomsnitt 7 procent, vilket för ett normalhus "
            "motsvarar cirka 780 kronor mer per år.",
            O(None, "avgifter_intakter", note="A fee increase: no deviation from budget."),
        ),
        H("Bakgrund", 2),
        P(
            "Behovet av höjningen beror på ökade kapitalkostnader för det nya avloppsreningsverket, som tas i drift "
            "under 2026 och har en total investeringsutgift på 412 mnkr.",
            O(None, note="'Beror på' about the need for a tariff increase, not a deviation."),
        ),
        P(
            "Kapitaltjänstkostnaderna ökar därmed med 14,6 mnkr per år när anläggningen är färdig, vilket är mer än de "
            "nuvarande avgifterna kan bära.",
            O(None),
        ),
        P(
            "Även kostnaderna för el och kemikalier har ökat, med 2,3 mnkr sedan 2023, vilket beror på högre elpriser "
            "och nya upphandlade avtal.",
            O(None, "prisokningar", note="Against an earlier year, not a budget: other."),
        ),
        table,
        H("Ekonomiska konsekvenser", 2),
        P(
            "Höjningen beräknas ge ökade intäkter om 8,4 mnkr 2026. VA-verksamhetens resultatfond, som uppgick till "
            "3,1 mnkr vid årsskiftet, räcker inte för att utjämna kostnadsökningen.",
            O(None, "reserver", note="Revenue of the decision and the result fund: financing."),
        ),
        P(
            "Den återstående ökningen av kapitalkostnaderna, cirka 6,2 mnkr, föreslås hanteras genom en ytterligare "
            "höjning av taxan 2027.",
            O(None),
        ),
        H("Jämförelse med andra kommuner", 2),
        P(
            "Med förslaget ligger avgiften för ett normalhus på 11 480 kronor per år, vilket är 640 kronor mer än "
            "genomsnittet i Värmlands län. Skillnaden beror på kommunens långa ledningsnät i förhållande till antalet "
            "abonnenter.",
            O(None, note="A comparison with other kommuner."),
        ),
    ]
    return ReportSpec(
        file="arvika-ks-tjansteskrivelse-va-taxa-2026.pdf",
        report={
            "municipality": "Arvika",
            "committee": ["Kommunstyrelsen", "Kommunfullmäktige"],
            "period": ["2026", "2025-10"],
            "report_type": "taxa",
        },
        metadata={"title": "Revidering av taxa för vatten och avlopp 2026", "author": "Arvika kommun"},
        style=style,
        blocks=blocks,
    )
