"""Osby kommun, Barn- och skolnämnden, resursfördelning 2026 (internbudget).

Not a budget follow-up: the nämnd's decision on how its 2026 frame is divided between the verksamheter, dated
in November 2025, full of amounts, "beror på", "mer än", "ökar" and "ryms inom ramen": the frame against
2025 with its reasons, the grundskola's and förskola's frames against 2025 with "beror på", a dearer school
transport contract that "ryms inom ramen", a structural supplement by socio-economic index, a central buffer
and the upper-secondary price list's increase. Seven `other` items and no causes; the decision proposal, the
background and the frame table are unlabelled. Liberation Sans Narrow 10.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import O

NOT_BUDGET = "A budget decision (resursfördelning), not a budget follow-up: other."


def spec() -> ReportSpec:
    style = Style(
        body="narrow",
        bold="narrow-bold",
        italic="arial-italic",
        size=10.5,
        leading=1.38,
        para_gap=7.0,
        heading_sizes=(15.0, 12.0, 11.0),
        heading_fonts=("narrow-bold", "narrow-bold", "narrow-bold"),
        margins=(72.0, 80.0, 72.0, 74.0),
        header=lambda n, m: ("Osby kommun", "Barn- och skolförvaltningen"),
        footer=lambda n, m: ("Barn- och skolnämnden 2025-11-26", "Dnr BSN 2025/214", f"Sida {n} av {m}"),
        header_size=8.0,
        rule_under_header=True,
    )
    frames = Table(
        caption="Fördelning av nämndens ram 2026, tkr",
        header=(("Verksamhet", "Ram 2025", "Ram 2026", "Förändring"),),
        rows=(
            ("Förskola", "92 400", "90 600", "-1 800"),
            ("Grundskola och fritidshem", "178 900", "185 000", "6 100"),
            ("Gymnasieskola", "71 200", "74 300", "3 100"),
            ("Skolskjuts", "14 300", "15 200", "900"),
            ("Strukturtillägg", "0", "2 400", "2 400"),
            ("Central buffert", "0", "3 000", "3 000"),
            ("Administration och elevhälsa", "41 500", "42 100", "600"),
            ("Summa", "398 300", "412 600", "14 300"),
        ),
        widths=(180.0, 76.0, 76.0, 76.0),
        bold_rows=frozenset({7}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Resursfördelning och internbudget 2026", size=17, font="narrow-bold", after=3),
        Title("Barn- och skolnämnden", size=12, font="narrow", after=14),
        H("Förslag till beslut", 2),
        P(
            "Barn- och skolnämnden fastställer fördelningen av nämndens ram för 2026 enligt tabellen nedan och ger "
            "förvaltningschefen i uppdrag att fördela ramarna vidare till enheterna."
        ),
        H("Bakgrund", 2),
        P(
            "Kommunfullmäktige beslutade i juni om ramar för 2026. Nämnden ska därefter besluta om internbudget "
            "och om hur resurserna fördelas mellan verksamheterna enligt resursfördelningsmodellen."
        ),
        frames,
        H("Ärendet", 2),
        P(
            "Nämndens ram för 2026 är 412,6 mnkr, vilket är 14,3 mnkr mer än 2025. Ökningen beror på kompensation "
            "för löneökningar och på fler elever i grundskolan.",
            O(None, note=NOT_BUDGET + " The frame against last year's."),
        ),
        P(
            "Grundskolans och fritidshemmens ram ökar med 6,1 mnkr. Det beror på att elevantalet väntas öka med 48 "
            "elever till hösten 2026, framför allt i årskurs 7–9 på Parkskolan.",
            O("Grundskola och fritidshem", note=NOT_BUDGET),
        ),
        P(
            "Förskolans ram minskar med 1,8 mnkr, vilket beror på att antalet barn i förskoleåldern har minskat "
            "tre år i rad.",
            O("Förskola", note=NOT_BUDGET),
        ),
        P(
            "Det nya avtalet för skolskjuts innebär cirka 900 tkr högre kostnader än 2025, vilket ryms inom ramen.",
            O(
                "Skolskjuts",
                note=NOT_BUDGET + " 'Ryms inom ramen' is a financing statement, no deviation reported.",
            ),
        ),
        P(
            "Ett strukturtillägg på 2,4 mnkr fördelas till skolorna efter ett socioekonomiskt index, som ett "
            "komplement till elevpengen.",
            O("Strukturtillägg", note=NOT_BUDGET),
        ),
        P(
            "Nämnden avsätter en central buffert om 3,0 mnkr för volymförändringar under året och för elever med "
            "omfattande behov av stöd.",
            O("Central buffert", note=NOT_BUDGET + " A reserve statement."),
        ),
        P(
            "Prislistan för gymnasieskolan inom samverkansområdet höjs med 3,4 procent, och gymnasieskolans ram "
            "ökar därför med 3,1 mnkr, mer än den generella uppräkningen.",
            O("Gymnasieskola", note=NOT_BUDGET),
        ),
        H("Uppföljning", 2),
        P(
            "Utfallet mot internbudgeten följs upp i nämndens månadsuppföljningar och i delårsrapporten per "
            "augusti."
        ),
    ]
    return ReportSpec(
        file="osby-bsn-resursfordelning-2026.pdf",
        report={
            "municipality": "Osby",
            "committee": ["Barn- och skolnämnden"],
            "period": ["2026", "2025-11"],
            "report_type": "internbudget",
        },
        metadata={"title": "Resursfördelning och internbudget 2026", "author": "Osby kommun"},
        style=style,
        blocks=blocks,
    )
