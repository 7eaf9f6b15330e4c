"""Bollnäs kommun, Omsorgsnämnden, tjänsteskrivelse om avgifter inom vård och omsorg 2026.

A decision on next year's fees, which is no budget follow-up at all (DejaVu Sans), dated in November for the
year 2026: full of amounts in kronor per month, "beror på", "ökar med", "mer än" and "ryms inom budget", but
no deviation from budget is reported. The decision proposal, the legal background and the fee table are
unlabelled. The maximum fee and the price base amount, the expected increase in fee revenue against 2025,
the food charge with "Höjningen beror på", the unchanged alarm fee, a household's extra cost per month, the
revenue that covers "mer än" the cost of the new fee system, and the financing statement are all `other`
(seven items). The document has no cause. DejaVu Sans 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import O

NOT_FOLLOW_UP = "A fee decision, not a budget follow-up: other."


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.42,
        para_gap=6.5,
        heading_sizes=(14.0, 11.5, 10.0),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(70.0, 82.0, 70.0, 74.0),
        header=lambda n, m: ("Bollnäs kommun – Omsorgsförvaltningen", "Tjänsteskrivelse 2025-11-04"),
        footer=lambda n, m: ("Dnr ON 2025/0219", "", f"{n}/{m}"),
        header_size=8.0,
        rule_under_header=False,
    )
    fees = Table(
        caption="Avgifter inom vård och omsorg, kronor per månad",
        header=(("Avgift", "2025", "2026"),),
        rows=(
            ("Maxtaxa hemtjänst och särskilt boende", "2 575", "2 660"),
            ("Matkostnad särskilt boende", "4 050", "4 230"),
            ("Matkostnad korttidsvistelse (per dygn)", "135", "141"),
            ("Trygghetslarm", "290", "290"),
        ),
        widths=(230.0, 80.0, 80.0),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Avgifter inom vård och omsorg 2026", size=16, font="sans-bold", after=4),
        Title("Ärende till Omsorgsnämnden", size=11, font="sans-italic", after=12),
        H("Förslag till beslut", 2),
        P(
            "Omsorgsnämnden föreslår kommunfullmäktige att fastställa avgifterna inom vård och omsorg för 2026 "
            "enligt förvaltningens förslag och bilaga 1."
        ),
        H("Bakgrund", 2),
        P(
            "Enligt socialtjänstlagen får kommunen ta ut skäliga avgifter för hemtjänst, särskilt boende och "
            "trygghetslarm. Avgifterna får inte överstiga kommunens självkostnader, och den enskilde ska alltid ha "
            "kvar ett förbehållsbelopp."
        ),
        H("Ärendet", 2),
        P(
            "Maxtaxan för avgifter inom äldreomsorgen höjs 2026 till 2 660 kronor per månad, vilket beror på att "
            "prisbasbeloppet ökar till 59 200 kronor.",
            O(None, "avgifter_intakter", note=NOT_FOLLOW_UP),
        ),
        P(
            "Matkostnaden i särskilt boende höjs från 4 050 till 4 230 kronor per månad. Höjningen beror på att "
            "livsmedelspriserna har ökat mer än beräknat, och avgiften täcker därmed fortsatt den faktiska "
            "kostnaden.",
            O(None, "prisokningar", note=NOT_FOLLOW_UP),
        ),
        P(
            "Avgiften för trygghetslarm är oförändrad, 290 kronor per månad.",
            O(None, note=NOT_FOLLOW_UP + " An unchanged fee is no 'no change' statement about a forecast."),
        ),
        fees,
        H("Konsekvenser för den enskilde", 2),
        P(
            "Ett hushåll som betalar maxtaxa och bor i särskilt boende betalar 2026 i genomsnitt 265 kronor mer "
            "per månad än 2025.",
            O(None, note=NOT_FOLLOW_UP),
        ),
        H("Ekonomiska konsekvenser", 2),
        P(
            "Förslaget innebär att nämndens avgiftsintäkter beräknas öka med 1,4 miljoner kronor jämfört med 2025.",
            O(None, "avgifter_intakter", note="Revenue against the previous year, not a budget: other."),
        ),
        P(
            "Det nya avgiftssystemet kostar 320 tkr per år i licenser, men de högre intäkterna täcker mer än den "
            "kostnaden.",
            O(None, "it_digitalisering", note=NOT_FOLLOW_UP),
        ),
        P(
            "Förvaltningen bedömer att förslaget ryms inom den budgetram som kommunfullmäktige har beslutat för 2026.",
            O(None, note="A financing statement, no deviation reported: other."),
        ),
        H("Beslutsunderlag", 2),
        P("Tjänsteskrivelse 2025-11-04. Bilaga 1, Avgifter inom vård och omsorg 2026."),
    ]
    return ReportSpec(
        file="bollnas-on-avgifter-vard-och-omsorg-2026.pdf",
        report={
            "municipality": "Bollnäs",
            "committee": ["Omsorgsnämnden", "Kommunfullmäktige"],
            "period": ["2026", "2025-11"],
            "report_type": "avgiftsbeslut",
        },
        metadata={"title": "Avgifter inom vård och omsorg 2026", "author": "Bollnäs kommun"},
        style=style,
        blocks=blocks,
    )
