"""Mölndals stad, Tekniska nämnden, tjänsteskrivelse: förslag till VA-taxa 2026.

A proposal for next year's water and sewage tariff, which is no budget follow-up at all: full of amounts in
kronor, kr per kubikmeter and mnkr, "beror på", "högre än", "7,4 mnkr mer än 2025", a deficit of the water
and sewage collective in 2024 covered by its equalisation fund, and a hypothetical "underskott på cirka 11
mnkr" if the tariff is not raised: eight `other` items and no cause. The decision proposal, the legal
background and the tariff table are unlabelled. Footer with the letter's date in October. DejaVu Serif
Condensed 10 pt.

The place is real; every figure and event is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import O

NO_CAUSE = "A tariff proposal, no budget follow-up: other."


def spec() -> ReportSpec:
    style = Style(
        body="serif-cond",
        bold="serif-cond-bold",
        italic="serif-italic",
        size=10.0,
        leading=1.38,
        para_gap=7.0,
        heading_sizes=(14.0, 11.5, 10.5),
        heading_fonts=("serif-cond-bold", "serif-cond-bold", "serif-cond-bold"),
        margins=(74.0, 84.0, 74.0, 76.0),
        header=lambda n, m: ("Mölndals stad", "Tjänsteskrivelse"),
        footer=lambda n, m: ("Tekniska förvaltningen 2025-10-14", "Dnr TN 2025/0733", f"{n} ({m})"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Taxans delar för en villa (normalhus typ A), kronor inklusive moms",
        header=(("Avgift", "2025", "2026", "Förändring"),),
        rows=(
            ("Fast avgift per år", "5 604", "6 136", "532"),
            ("Brukningsavgift per m³", "28,40", "31,10", "2,70"),
            ("Årskostnad, 150 m³", "9 864", "10 801", "937"),
        ),
        widths=(180.0, 70.0, 70.0, 80.0),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Förslag till VA-taxa 2026", size=17, font="serif-cond-bold", after=2),
        Title("Tekniska nämnden", size=12, font="serif-cond", after=12),
        H("Förslag till beslut", 2),
        P(
            "Tekniska nämnden föreslår kommunfullmäktige att anta taxa för Mölndals stads allmänna vatten- och "
            "avloppsanläggning att gälla från och med den 1 januari 2026."
        ),
        H("Sammanfattning", 2),
        P(
            "Taxan föreslås höjas med 9,5 procent från den 1 januari 2026. För ett normalhus av typ A med en "
            "förbrukning på 150 kubikmeter per år innebär det en ökning från 9 864 kronor till 10 801 kronor per år, "
            "alltså 937 kronor mer.",
            O(None, "avgifter_intakter", note=NO_CAUSE),
        ),
        H("Bakgrund", 2),
        P(
            "Enligt lagen om allmänna vattentjänster ska VA-verksamheten finansieras med avgifter och får inte ge "
            "överskott utöver vad som behövs för att täcka de nödvändiga kostnaderna."
        ),
        H("Ärendet", 2),
        P(
            "Höjningen beror på att kapitalkostnaderna ökar när den nya tryckstegringsstationen i Kållered tas i drift "
            "och på att priserna på kemikalier och el har stigit.",
            O(None, "prisokningar", note=NO_CAUSE + " 'beror på' explains a tariff, not a deviation."),
        ),
        P(
            "Kapitalkostnaderna beräknas till 48,6 mnkr 2026, vilket är 7,4 mnkr mer än 2025.",
            O(None, note="A comparison with the previous year: other."),
        ),
        P(
            "Brukningsavgiften per kubikmeter höjs från 28,40 kronor till 31,10 kronor, eftersom även den rörliga "
            "delen ska bära de ökade driftkostnaderna.",
            O(None, "avgifter_intakter", note=NO_CAUSE),
        ),
        table,
        P(
            "VA-kollektivet redovisade för 2024 ett underskott på 6,2 mnkr, som täcktes av den "
            "resultatutjämningsfond som byggts upp under tidigare år. Fonden uppgår därefter till 3,1 mnkr.",
            O(
                None,
                "reserver",
                note="A past year's result covered by the fund: reserve and financing, no deviation from a budget.",
            ),
        ),
        P(
            "Om taxan inte höjs beräknas VA-verksamheten gå med ett underskott på cirka 11 mnkr 2026, vilket inte "
            "kan täckas av fonden.",
            O(None, "reserver", note="A hypothetical deficit if the proposal is not adopted: other."),
        ),
        P(
            "Efter höjningen ligger Mölndals taxa för normalhus typ A 4 procent under Härrydas och 7 procent över "
            "Partilles.",
            O(None, note="A comparison with other kommuner: other."),
        ),
        H("Ekonomiska konsekvenser", 2),
        P(
            "Förslaget ger ökade intäkter om 14,2 mnkr jämfört med 2025 års taxa, vilket motsvarar kostnadsökningen i "
            "VA-budgeten för 2026.",
            O(None, "avgifter_intakter", note=NO_CAUSE),
        ),
    ]
    return ReportSpec(
        file="molndal-tn-va-taxa-2026.pdf",
        report={
            "municipality": ["Mölndal", "Mölndals stad"],
            "committee": ["Tekniska nämnden"],
            "period": ["2026"],
            "report_type": "taxor",
        },
        metadata={"title": "Förslag till VA-taxa 2026", "author": "Mölndals stad"},
        style=style,
        blocks=blocks,
    )
