"""Vallentuna kommun, Bygg- och miljötillsynsnämnden, tjänsteskrivelse om taxor för miljöbalkens och
livsmedelslagstiftningens område 2027.

A fee decision that is no budget follow-up at all, Liberation Sans 10 pt, dated in September 2026 for the
year 2027: full of amounts and "beror på", with revenue that "blir cirka 0,4 mnkr lägre", a cost-recovery
rate below the nämnd's goal, comparisons with neighbouring kommuner as a "respektive" pair, the budget's
reliance on fee revenue and cost growth since 2024: seven `other` items and no cause. The decision proposal,
the legal background and the fee table are unlabelled.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import O


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
        header=lambda n, m: ("Vallentuna kommun", "Tjänsteskrivelse 2026-09-08"),
        footer=lambda n, m: ("Bygg- och miljötillsynsnämnden", "Dnr BMTN 2026.214", f"{n}({m})"),
        header_size=8.0,
    )
    table = Table(
        caption="Föreslagna timavgifter, kronor",
        header=(("Område", "Taxa 2026", "Förslag 2027"),),
        rows=(
            ("Miljöbalken, prövning och tillsyn", "1 290", "1 350"),
            ("Livsmedelskontroll", "1 420", "1 480"),
            ("Strålskydd och tobak", "1 290", "1 350"),
        ),
        widths=(220.0, 90.0, 90.0),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Taxor för miljöbalkens och livsmedelslagstiftningens område 2027", size=16, font="arial-bold"),
        H("Förslag till beslut", 3),
        P(
            "Bygg- och miljötillsynsnämnden föreslår kommunfullmäktige att anta taxor för prövning och tillsyn "
            "enligt miljöbalken och för offentlig kontroll av livsmedel att gälla från den 1 januari 2027."
        ),
        H("Bakgrund", 3),
        P(
            "Kommunen får ta ut avgifter för sin prövning och tillsyn enligt 27 kap. 1 § miljöbalken. Avgifterna "
            "får inte överstiga kommunens kostnader för verksamheten."
        ),
        H("Ärendet", 3),
        P(
            "Timavgiften inom miljöbalkens område föreslås höjas från 1 290 kronor till 1 350 kronor. Höjningen "
            "beror på löneökningar och ökade kostnader för lokaler och IT-stöd.",
            O(None, "lonekostnader", "prisokningar", note="A fee rise with 'beror på': other."),
        ),
        table,
        P(
            "Avgiftsintäkterna från tillsynen beräknas därmed öka med cirka 210 000 kronor per år, vilket "
            "motsvarar 4,7 procent.",
            O(None, note="The effect of the decision on revenue: other."),
        ),
        P(
            "Den fasta årsavgiften för livsmedelskontroll ersätts med efterhandsdebitering, vilket innebär att "
            "intäkterna för 2027 blir cirka 0,4 mnkr lägre än om den nuvarande taxan hade behållits. Minskningen "
            "beror på att debiteringen sker först efter utförd kontroll.",
            O(None, note="A consequence of the new fee model, not a deviation from budget: other."),
        ),
        P(
            "Kostnadstäckningsgraden för tillsynen var 68 procent 2025, vilket är lägre än nämndens mål på 75 "
            "procent. Skillnaden beror på att många tillsynsobjekt inte fick ordinarie tillsyn under året.",
            O(None, note="Goal fulfilment: other."),
        ),
        P(
            "Jämfört med grannkommunerna Täby och Österåker ligger den föreslagna timavgiften 40 kronor lägre "
            "respektive 15 kronor högre.",
            O(None, note="A comparison with other kommuner: other."),
        ),
        H("Ekonomiska konsekvenser", 3),
        P(
            "Nämndens budget för 2027 förutsätter att avgiftsintäkterna täcker 2,9 mnkr av verksamhetens "
            "kostnader.",
            O(None, note="Financing: other."),
        ),
        P(
            "Förvaltningens kostnader för handläggning av avloppsärenden har ökat med 12 procent sedan 2024, "
            "främst på grund av fler ansökningar om nya enskilda avlopp.",
            O(None, "volymer", note="Cost growth against an earlier year: other."),
        ),
        P("Miljö- och tillsynsenheten"),
    ]
    return ReportSpec(
        file="vallentuna-bmtn-taxa-miljo-och-livsmedel-2027.pdf",
        report={
            "municipality": "Vallentuna",
            "committee": ["Bygg- och miljötillsynsnämnden", "Kommunfullmäktige"],
            "period": ["2027", "2026-09"],
            "report_type": "taxebeslut",
        },
        metadata={
            "title": "Taxor för miljöbalkens och livsmedelslagstiftningens område 2027",
            "author": "Vallentuna kommun",
        },
        style=style,
        blocks=blocks,
    )
