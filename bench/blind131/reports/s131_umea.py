"""Umeå kommun, Fritidsnämnden, tjänsteskrivelse om avgifter för idrottsanläggningar 2027 (no budget follow-up).

A fee proposal that is no budget follow-up at all, full of amounts, percentages, "beror på", "lägre än" and
"ryms inom den budget": a fee rise with its reason, the revenue increase against this year, a cost recovery
goal not met "beror främst på", a subsidy that "ryms inom den budget" fullmäktige set aside (a financing
statement, no deviation reported), a comparison with three other kommuner, the rise per hour for adult clubs
with "beror på" and last year's rental revenue against 2024: seven `other` items and no cause; the decision
proposal, the fee table and the consultation line are unlabelled. DejaVu Sans 10 pt, footer with the nämnd's
meeting date in April.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import O


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=10.0,
        leading=1.45,
        para_gap=7.0,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(70.0, 82.0, 70.0, 74.0),
        header=lambda n, m: ("Umeå kommun", "Fritid"),
        footer=lambda n, m: ("Fritidsnämnden 2026-04-23", "Diarienr FRN-2026/00041", f"{n} ({m})"),
        header_size=8.0,
        rule_under_header=True,
    )
    fees = Table(
        caption="Avgifter för vuxna, kronor per timme",
        header=(("Anläggning", "2026", "Förslag 2027", "Förändring"),),
        rows=(
            ("Sporthall, fullstor", "420", "440", "+20"),
            ("Ishall", "1 150", "1 200", "+50"),
            ("Konstgräsplan, 11 mot 11", "610", "640", "+30"),
            ("Simhall, bana 25 m", "260", "270", "+10"),
            ("Gymnastiksal", "190", "200", "+10"),
        ),
        widths=(170.0, 70.0, 84.0, 76.0),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Avgifter för uthyrning av idrottsanläggningar 2027", size=17, font="sans-bold", after=2),
        Title("Tjänsteskrivelse, Fritidsnämnden", size=12, font="sans", after=12),
        H("Förslag till beslut", 2),
        P(
            "Fritidsnämnden föreslår kommunfullmäktige att fastställa avgifterna för uthyrning av "
            "idrottsanläggningar enligt bilaga, att gälla från den 1 januari 2027."
        ),
        H("Sammanfattning", 2),
        P(
            "Avgifterna föreslås höjas med i genomsnitt 4,5 procent, vilket beror på att kostnaderna för drift, el "
            "och lokalvård har ökat sedan avgifterna senast räknades upp 2024.",
            O(None, note="A fee rise with 'beror på': no budget deviation, other."),
        ),
        P(
            "Höjningen beräknas ge ökade intäkter om cirka 1,6 mnkr per år jämfört med 2026.",
            O(
                None,
                amount="cirka 1,6 mnkr",
                note="Revenue against this year's level, not against a budget: other.",
            ),
        ),
        fees,
        H("Bakgrund", 2),
        P(
            "Kostnadstäckningsgraden för idrottsanläggningarna var 18 procent 2025, vilket är lägre än målet på 22 "
            "procent. Att målet inte nås beror främst på att energikostnaderna för ishallarna har ökat mer än "
            "avgifterna.",
            O(None, note="A cost recovery goal not met: other."),
        ),
        P(
            "Intäkterna från uthyrning var 9,4 mnkr 2025, 0,6 mnkr mer än 2024, vilket beror på fler bokade timmar "
            "i de nya hallarna.",
            O(None, amount="0,6 mnkr", note="Revenue against the previous year: other."),
        ),
        P(
            "Avgifterna för barn- och ungdomsföreningar hålls oförändrade. Det innebär att föreningarna betalar 2,8 "
            "mnkr mindre än de skulle ha gjort med full avgift, en subvention som ryms inom den budget fullmäktige "
            "har anslagit för föreningsstöd.",
            O(
                None,
                note="A subsidy that 'ryms inom den budget': a financing statement, no deviation reported.",
            ),
        ),
        P(
            "En jämförelse med Luleå, Skellefteå och Sundsvall visar att Umeås avgifter för vuxna ligger 12 procent "
            "lägre än genomsnittet.",
            O(None, note="A comparison with other kommuner: other."),
        ),
        H("Konsekvenser för föreningslivet", 2),
        P(
            "Höjningen för vuxenföreningar motsvarar 20 kronor per timme i en fullstor sporthall, vilket beror på "
            "att hallarna har haft de största kostnadsökningarna.",
            O(None, note="A fee rise per hour with 'beror på': other."),
        ),
        P("Förslaget har stämts av med idrottsrådet vid dess möte i mars."),
    ]
    return ReportSpec(
        file="umea-frn-avgifter-idrottsanlaggningar-2027.pdf",
        report={
            "municipality": "Umeå",
            "committee": ["Fritidsnämnden"],
            "period": ["2027", "2026-04"],
            "report_type": "taxeförslag",
        },
        metadata={"title": "Avgifter för uthyrning av idrottsanläggningar 2027", "author": "Umeå kommun"},
        style=style,
        blocks=blocks,
    )
