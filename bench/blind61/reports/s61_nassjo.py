"""Nässjö kommun, Kommunstyrelsen, budgetdirektiv 2027 med plan 2028–2029 (no budget follow-up).

A budget directive that is not a follow-up: the decision proposal, last year's result against the year before,
frame changes for the nämnder whose reasons are given with "beror på" and "till följd av", a pay-rise and
price index formula, a reserve, investment frames and a tax rate: seven `other` items and no cause. The
planning figures are not deviations from a budget. DejaVu Serif 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Title

from reports.common import O

NOT = "A budget directive: a planning figure, not a deviation from budget."


def spec() -> ReportSpec:
    style = Style(
        body="serif",
        bold="serif-bold",
        italic="serif-italic",
        size=10.0,
        leading=1.4,
        para_gap=7.0,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(70.0, 80.0, 70.0, 74.0),
        header=lambda n, m: ("Nässjö kommun", "Kommunstyrelsen"),
        footer=lambda n, m: ("Beslutad av kommunstyrelsen 2026-03-10, § 41", "", f"{n} ({m})"),
    )
    blocks = [
        Title("Budgetdirektiv 2027 med plan 2028–2029", size=17, font="sans-bold", after=8),
        H("Beslut", 2),
        P(
            "Kommunstyrelsen fastställer budgetdirektiv 2027 med plan 2028–2029 och uppdrar åt nämnderna att "
            "lämna budgetförslag inom angivna ramar senast den 15 maj 2026."
        ),
        H("Utgångsläge", 2),
        P(
            "Kommunens resultat för 2025 blev 46 mnkr, vilket är 12 mnkr lägre än resultatet 2024. Minskningen "
            "beror på lägre realisationsvinster och högre pensionskostnader.",
            O(None, note="Against the previous year: other."),
        ),
        H("Ramar för nämnderna", 2),
        P(
            "Socialnämndens ram höjs med 14,2 mnkr för 2027, vilket beror på att antalet invånare över 80 år "
            "beräknas öka med drygt 150 personer.",
            O("Socialnämnden", note=NOT),
        ),
        P(
            "Barn- och utbildningsnämndens ram minskas med 6,5 mnkr till följd av färre barn i förskoleåldern, "
            "samtidigt som 2,0 mnkr tillförs för den utökade elevhälsan.",
            O("Barn- och utbildningsnämnden", note=NOT),
        ),
        P(
            "Nämndernas ramar räknas upp med 3,2 procent för löneökningar och 2,1 procent för övriga "
            "kostnadsökningar. Kapitalkostnader för nya investeringar kompenseras med 80 procent.",
            O(None, note="A decision formula: other."),
        ),
        P(
            "En central reserv på 15 mnkr avsätts under kommunstyrelsen för oförutsedda kostnader och för "
            "volymförändringar som inte kan bedömas i dag.",
            O("Kommunstyrelsen", note="A reserve statement: other."),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsramen för 2027 är 210 mnkr, varav 95 mnkr avser den nya skolan i Forserum. Den högre "
            "nivån jämfört med planen beror på att projektet tidigarelagts ett år.",
            O("Investeringar", note=NOT),
        ),
        H("Skattesats", 2),
        P(
            "Direktivet utgår från en oförändrad skattesats på 22,34 kronor, vilket ger skatteintäkter och "
            "generella statsbidrag på 2 148 mnkr för 2027.",
            O(None, note=NOT),
        ),
        P("Jan Berggren, kommundirektör    Lena Åberg, ekonomichef", size=9.5),
    ]
    return ReportSpec(
        file="nassjo-ks-budgetdirektiv-2027.pdf",
        report={
            "municipality": "Nässjö",
            "committee": ["Kommunstyrelsen"],
            "period": ["2027", "2026-03"],
            "report_type": "budgetdirektiv",
        },
        metadata={"title": "Budgetdirektiv 2027 med plan 2028–2029", "author": "Nässjö kommun"},
        style=style,
        blocks=blocks,
    )
