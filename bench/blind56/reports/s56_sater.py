"""Säters kommun, Kommunstyrelsen, tjänsteskrivelse om hyresavtal för tillfälliga skollokaler (2026).

A decision document that is no budget follow-up at all, dated in March 2026: the decision proposal and the
decision basis are unlabelled; the pupil numbers against 2022 with "beror på", the yearly rent "220 tkr mer än i
det förra avtalet" with "beror på", the one-off costs, the rent that "ryms inom" the school committee's premises
budget, the financing of the one-off costs from the reserve for unforeseen needs, the cost of a new school
building and its capital costs "jämfört med i dag", and a mention of the school committee's deficit for
premises in its interim report with "beror på" (a statement about someone else) are seven `other` items.
The document has no cause. Liberation Serif 11 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import Bullets, H, P, ReportSpec, Style, Title

from reports.common import O


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=11.0,
        leading=1.35,
        para_gap=7.0,
        heading_sizes=(15.0, 12.0, 11.0),
        heading_fonts=("times-bold", "times-bold", "times-bold"),
        margins=(72.0, 84.0, 72.0, 76.0),
        header=lambda n, m: ("Säters kommun", "Tjänsteskrivelse"),
        footer=lambda n, m: ("2026-03-04", "Dnr KS 2026/57", f"{n} ({m})"),
        header_size=8.5,
        rule_under_header=False,
    )
    blocks = [
        Title(
            "Hyresavtal för tillfälliga skollokaler vid Stora Skedvi skola",
            size=15,
            font="times-bold",
            after=10,
        ),
        H("Förslag till beslut", 2),
        P(
            "Kommunstyrelsen föreslår kommunfullmäktige besluta att godkänna hyresavtal för tillfälliga "
            "skolpaviljonger vid Stora Skedvi skola under perioden 2026-08-01–2029-07-31, samt att engångskostnaderna "
            "finansieras enligt förvaltningens förslag."
        ),
        H("Ärendet", 2),
        P(
            "Elevantalet i Stora Skedvi skola har ökat från 164 till 201 elever sedan 2022. Ökningen beror på att "
            "fler barnfamiljer har flyttat till de nya bostadsområdena i Skedvi kyrkby.",
            O(None, "volymer", note="Pupil numbers against an earlier year with 'beror på': context."),
        ),
        P(
            "Den årliga hyran för paviljongerna uppgår till 1 380 tkr, vilket är 220 tkr mer än i det förra avtalet. "
            "Den högre hyran beror på att paviljongerna ska uppfylla nya energikrav.",
            O(None, "lokaler", note="A rent compared with the previous contract, not a budget: other."),
        ),
        P(
            "Därtill kommer engångskostnader för markarbeten och anslutning av el och vatten om cirka 0,9 miljoner "
            "kronor.",
            O(None, note="A supporting figure: other."),
        ),
        H("Ekonomiska konsekvenser", 2),
        P(
            "Hyreskostnaden ryms inom barn- och utbildningsnämndens lokalbudget för 2026, eftersom avtalet för de "
            "gamla paviljongerna löper ut samtidigt.",
            O("Barn- och utbildningsnämnden", note="A financing statement: no deviation is reported."),
        ),
        P(
            "Engångskostnaderna föreslås finansieras ur kommunstyrelsens medel för oförutsedda behov, som efter "
            "tidigare beslut i år uppgår till 2,4 mnkr.",
            O(None, "reserver", note="Financing from a reserve: other."),
        ),
        P(
            "En ny skolbyggnad har i lokalförsörjningsplanen beräknats kosta 68 mnkr, vilket innebär att "
            "kapitaltjänstkostnaderna skulle öka med drygt 3 miljoner kronor per år jämfört med i dag.",
            O(None, note="An alternative's cost compared with today: other."),
        ),
        P(
            "Barn- och utbildningsnämnden redovisade i sin delårsrapport ett underskott för lokaler, vilket bland "
            "annat beror på dubbla hyror under evakueringen av Enbackens skola hösten 2025.",
            O(
                "Barn- och utbildningsnämnden",
                "lokaler",
                note="Another committee's deficit mentioned in a decision document: a statement about someone else.",
            ),
        ),
        H("Beslutsunderlag", 2),
        Bullets(
            (
                "Tjänsteskrivelse 2026-03-04",
                "Förslag till hyresavtal med bilagor",
                "Barn- och utbildningsnämndens beslut 2026-02-12 § 14",
            )
        ),
    ]
    return ReportSpec(
        file="sater-ks-tjansteskrivelse-hyresavtal-skollokaler-2026.pdf",
        report={
            "municipality": "Säter",
            "committee": ["Kommunstyrelsen", "Kommunfullmäktige"],
            "period": ["2026", "2026-03"],
            "report_type": "tjänsteskrivelse",
        },
        metadata={
            "title": "Hyresavtal för tillfälliga skollokaler vid Stora Skedvi skola",
            "author": "Säters kommun",
        },
        style=style,
        blocks=blocks,
    )
