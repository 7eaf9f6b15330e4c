"""Härryda kommun, Kommunstyrelsen, tjänsteskrivelse: avsättning till resultatutjämningsreserven för 2025.

No budget follow-up at all: a decision on moving part of the 2025 balanskravsresultat to the
resultatutjämningsreserv, full of amounts in mnkr, "beror på", "mer än", "överstiger" and "underskott": the
balanskravsresultat that is "8,6 mnkr mer än årets resultat" (a reconciliation with "Skillnaden beror på"),
the rule for the reserve with its threshold in mnkr (a decision formula), the possible transfer, the reserve's
size after it, another nämnd's deficit with "beror på" (about someone else), the effect on liquidity and the
tax-base forecast with a risk that the reserve is drawn on in 2026: seven `other` items and no cause. The
decision proposal, the legal background and the calculation table are not labelled. DejaVu Serif 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import O


def spec() -> ReportSpec:
    style = Style(
        body="serif",
        bold="serif-bold",
        italic="serif-italic",
        size=10.0,
        leading=1.38,
        para_gap=7.0,
        heading_sizes=(14.0, 11.5, 10.5),
        heading_fonts=("serif-bold", "serif-bold", "serif-bold"),
        margins=(74.0, 82.0, 74.0, 76.0),
        header=lambda n, m: ("Härryda kommun  Ekonomiavdelningen", "Tjänsteskrivelse 2026-03-09"),
        footer=lambda n, m: ("Dnr KS 2026/0087", "", f"{n} ({m})"),
        header_size=7.5,
    )
    table = Table(
        caption="Beräkning av möjlig avsättning, mnkr",
        header=(("Post", "2025"),),
        rows=(
            ("Årets resultat enligt resultaträkningen", "96,2"),
            ("Avgår realisationsvinster", "−0,9"),
            ("Tillkommer orealiserade förluster i värdepapper", "9,5"),
            ("Balanskravsresultat", "104,8"),
            ("1 procent av skatteintäkter och generella statsbidrag", "29,7"),
            ("Möjlig avsättning till resultatutjämningsreserven", "75,1"),
        ),
        widths=(300.0, 80.0),
        bold_rows=frozenset({3, 5}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Avsättning till resultatutjämningsreserven för 2025", size=16, font="serif-bold", after=8),
        H("Förslag till beslut", 2),
        P(
            "Kommunstyrelsen föreslår kommunfullmäktige besluta att avsätta 75,1 mnkr av 2025 års "
            "balanskravsresultat till resultatutjämningsreserven."
        ),
        H("Bakgrund", 2),
        P(
            "Enligt kommunallagen får en kommun reservera medel till en resultatutjämningsreserv för att utjämna "
            "intäkter över en konjunkturcykel. Fullmäktige antog kommunens riktlinjer för reserven 2013 och "
            "reviderade dem senast 2024."
        ),
        H("Ärendet", 2),
        P(
            "Kommunens balanskravsresultat för 2025 uppgår till 104,8 mnkr, vilket är 8,6 mnkr mer än årets "
            "resultat på 96,2 mnkr. Skillnaden beror främst på att orealiserade förluster i pensionsmedelsförvaltningen "
            "räknas bort.",
            O(None, note="A reconciliation of two results, not a deviation from budget."),
        ),
        P(
            "Enligt riktlinjerna får den del av balanskravsresultatet avsättas som överstiger 1 procent av "
            "skatteintäkter och generella statsbidrag, för Härryda 29,7 mnkr år 2025.",
            O(None, note="A decision formula."),
        ),
        table,
        P(
            "Den möjliga avsättningen blir därmed 75,1 mnkr.",
            O(None, note="A reserve statement."),
        ),
        P(
            "Reserven uppgår efter avsättningen till 212,3 mnkr, vilket motsvarar 7,1 procent av skatteintäkter och "
            "generella statsbidrag.",
            O(None, note="The reserve's size: other."),
        ),
        P(
            "Av kommunens nämnder redovisade socialnämnden ett underskott för 2025, vilket beror på ökade kostnader "
            "för placeringar. Underskottet hanteras i årsredovisningen och påverkar inte detta ärende.",
            O("Socialnämnden", note="A statement about another nämnd, no amount: other."),
        ),
        H("Ekonomiska konsekvenser", 2),
        P(
            "Avsättningen påverkar inte kommunens likviditet, eftersom reserven är en del av det egna kapitalet.",
            O(None, note="Liquidity and equity: other."),
        ),
        P(
            "Skatteunderlaget väntas enligt SKR:s prognos öka med 3,2 procent 2026, vilket är lägre än det tioåriga "
            "genomsnittet på 4,4 procent och kan innebära att reserven behöver tas i anspråk redan 2026.",
            O(None, note="A forecast of the tax base and a risk: other."),
        ),
        H("Beslutsunderlag", 2),
        P("Tjänsteskrivelse 2026-03-09. Årsredovisning 2025 för Härryda kommun."),
        P("Lena Brodin, ekonomichef    Tomas Ek, redovisningsansvarig", size=9.5),
    ]
    return ReportSpec(
        file="harryda-ks-avsattning-resultatutjamningsreserv-2025.pdf",
        report={
            "municipality": "Härryda",
            "committee": ["Kommunstyrelsen", "Kommunfullmäktige"],
            "period": ["2025", "2026-03"],
            "report_type": "tjänsteskrivelse",
        },
        metadata={"title": "Avsättning till resultatutjämningsreserven för 2025", "author": "Härryda kommun"},
        style=style,
        blocks=blocks,
    )
