"""MittSverige Vatten & Avfall AB (owned jointly by Sundsvall, Timrå and Nordanstig), the board's proposal for
the water and sewage tariff 2027: no budget follow-up at all.

A tariff proposal dated in September 2026, full of amounts, percentages, "beror på", "högre … än året innan",
a deficit of the VA collective to be restored under the law, a larger investment plan than last year's and an
interest-rate sensitivity, but with no deviation from a budget anywhere: eight `other` items and no cause. The
decision proposal, the legal background and the table of tariff components are unlabelled. DejaVu Sans
Condensed 10 pt.

The joint body is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import O

NOTE = "A tariff proposal, not a budget follow-up: other."


def spec() -> ReportSpec:
    style = Style(
        body="cond",
        bold="cond-bold",
        italic="sans-italic",
        size=10.0,
        leading=1.42,
        para_gap=7.0,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("cond-bold", "cond-bold", "cond-bold"),
        margins=(72.0, 80.0, 72.0, 74.0),
        header=lambda n, m: ("MittSverige Vatten & Avfall AB", "Tjänsteskrivelse 2026-09-08"),
        footer=lambda n, m: ("Styrelsen 2026-09-24 · Dnr MSVA 2026/0093", "", f"{n}/{m}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Föreslagna avgifter för en normalvilla (150 m³ per år), kronor inklusive moms",
        header=(("Avgift", "2026", "2027", "Förändring"),),
        rows=(
            ("Fast avgift per år", "3 720", "4 040", "320"),
            ("Rörlig avgift per m³", "34,40", "36,53", "2,13"),
            ("Årskostnad normalvilla", "8 880", "9 520", "640"),
        ),
        widths=(180.0, 70.0, 70.0, 80.0),
        bold_rows=frozenset({2}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Förslag till VA-taxa 2027", size=18, font="cond-bold", after=2),
        Title("MittSverige Vatten & Avfall AB", size=12, font="cond", after=12),
        H("Förslag till beslut", 2),
        P(
            "Styrelsen föreslår att kommunfullmäktige i Sundsvall, Timrå och Nordanstig antar taxa för de allmänna "
            "vattentjänsterna enligt bilaga, att gälla från och med den 1 januari 2027."
        ),
        H("Bakgrund", 2),
        P(
            "Enligt lagen om allmänna vattentjänster ska avgifterna täcka de nödvändiga kostnaderna för "
            "vattenförsörjning och avlopp, men inte mer. Bolaget ser över taxan varje år."
        ),
        H("Förslaget", 2),
        P(
            "Brukningsavgiften föreslås höjas med 8,5 procent från den 1 januari 2027, vilket för en normalvilla "
            "innebär 640 kronor mer per år.",
            O(None, note=NOTE),
        ),
        P(
            "Höjningen beror på ökade kapitalkostnader när det största reningsverket byggs om, och på högre kostnader "
            "för fällningskemikalier och el.",
            O(None, "prisokningar", note=NOTE + " 'beror på' about a tariff rise, not a budget deviation."),
        ),
        table,
        P(
            "Anläggningsavgiften för en villafastighet höjs med 12 000 kronor till 148 000 kronor, vilket beror på att "
            "avgiften i dag inte täcker kostnaden för att bygga nya ledningar.",
            O(None, note=NOTE),
        ),
        H("Ekonomiska förutsättningar", 2),
        P(
            "VA-kollektivet redovisade för 2025 ett underskott på 4,2 mnkr, som enligt lagen ska återställas inom tre "
            "år.",
            O(None, note=NOTE + " A result to be restored, not a deviation from a budget."),
        ),
        P(
            "Kostnaderna för el till pumpstationer och verk blev 1,9 mnkr högre 2025 än året innan.",
            O(None, "prisokningar", note="Against the previous year: other."),
        ),
        P(
            "Investeringsplanen för 2027 omfattar 412 mnkr, vilket är 38 mnkr mer än i planen för 2026.",
            O(None, note="A plan against last year's plan: other."),
        ),
        P(
            "Om räntan stiger med en procentenhet ökar kapitalkostnaderna med cirka 9 mnkr per år.",
            O(None, note="A sensitivity: other."),
        ),
        H("Jämförelse", 2),
        P(
            "Efter höjningen ligger årskostnaden för en normalvilla 6 procent under genomsnittet för jämförbara "
            "kommuner.",
            O(None, note=NOTE),
        ),
    ]
    return ReportSpec(
        file="mittsverige-vatten-och-avfall-va-taxa-2027.pdf",
        report={
            "municipality": ["MittSverige Vatten & Avfall", "MittSverige Vatten & Avfall AB", "MSVA"],
            "committee": ["Styrelsen"],
            "period": ["2027", "2026-09"],
            "report_type": "tjänsteskrivelse",
        },
        metadata={"title": "Förslag till VA-taxa 2027", "author": "MittSverige Vatten & Avfall AB"},
        style=style,
        blocks=blocks,
    )
