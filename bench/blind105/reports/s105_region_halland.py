"""Region Halland, Regionstyrelsen, tjänsteskrivelse: fördelning av medel för löne- och prisuppräkning 2026.

A decision document that is no budget follow-up at all, dated in March: the decision proposal (not labelled),
the central pot set aside in the budget, the wage part that "beror på" agreements higher than the budget's
assumption, the price part and its index, the largest share "vilket beror på" staff numbers, a nämnd whose
share is lower than last year "vilket beror på", the remainder kept as a buffer, and a closing statement that
the decision "ryms inom den budget" and does not affect the result: seven `other` items and no cause; the
allocation table per nämnd is unlabelled. Liberation Serif (Times metrics) 11 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import O

NOT_FOLLOW_UP = "A decision on allocating budget funds, no deviation from budget: other."


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=11.0,
        leading=1.32,
        para_gap=7.0,
        heading_sizes=(15.0, 12.5, 11.0),
        heading_fonts=("arial-bold", "arial-bold", "times-bold"),
        margins=(72.0, 80.0, 72.0, 74.0),
        header=lambda n, m: ("Region Halland  Regionkontoret", "TJÄNSTESKRIVELSE 2026-03-04"),
        footer=lambda n, m: ("Diarienummer RS 2026-00147", "", f"{n} ({m})"),
        header_size=8.0,
    )
    table = Table(
        caption="Fördelning per nämnd, miljoner kronor",
        header=(("Nämnd", "Lönedel", "Prisdel", "Summa"),),
        rows=(
            ("Hälso- och sjukvårdsnämnden", "289", "112", "401"),
            ("Regionala utvecklingsnämnden", "14", "9", "23"),
            ("Kultur- och skolnämnden", "17", "5", "22"),
            ("Regionstyrelsen", "32", "2", "34"),
            ("Central buffert", "", "", "6"),
            ("Totalt", "352", "128", "486"),
        ),
        widths=(190.0, 70.0, 70.0, 70.0),
        bold_rows=frozenset({5}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Fördelning av medel för löne- och prisuppräkning 2026", size=16, font="arial-bold", after=6),
        H("Förslag till beslut", 2),
        P(
            "Regionstyrelsen beslutar att fördela 480 miljoner kronor för löne- och prisuppräkning 2026 till "
            "nämnderna och styrelsen enligt bilaga 1, och att 6 miljoner kronor behålls centralt."
        ),
        H("Ärendet", 2),
        P(
            "Regionfullmäktige avsatte i budget 2026 totalt 486 miljoner kronor centralt för löne- och "
            "prisuppräkning, att fördelas av regionstyrelsen när utfallet av lönerevisionen är känt.",
            O(None, note="A financing statement: the central pot. " + NOT_FOLLOW_UP),
        ),
        P(
            "Lönedelen uppgår till 352 miljoner kronor och beror på att löneavtalen för 2026 i genomsnitt blev 3,4 "
            "procent, vilket är högre än de 3,0 procent som budgeten bygger på.",
            O(
                None,
                note="The wage part with 'beror på': a decision formula, not a deviation. " + NOT_FOLLOW_UP,
            ),
        ),
        P(
            "Prisdelen på 128 miljoner kronor beräknas med landstingsprisindex och fördelas efter varje nämnds "
            "andel av kostnaderna för köpta tjänster och material.",
            O(None, note="A decision formula. " + NOT_FOLLOW_UP),
        ),
        table,
        H("Fördelningen per nämnd", 2),
        P(
            "Hälso- och sjukvårdsnämnden får den största delen, 401 miljoner kronor, vilket beror på att nämndens "
            "verksamheter har flest anställda.",
            O("Hälso- och sjukvårdsnämnden", note=NOT_FOLLOW_UP),
        ),
        P(
            "Kultur- och skolnämndens del blir 3 miljoner kronor lägre än förra året, vilket beror på att en av "
            "folkhögskolorna har färre anställda sedan internatet stängdes.",
            O(
                "Kultur- och skolnämnden",
                note="A comparison with the previous year, not with the budget: other.",
            ),
        ),
        P(
            "Efter fördelningen återstår 6 miljoner kronor, som behålls centralt som en buffert för avtal som ännu "
            "inte är klara.",
            O(None, "reserver", note="A buffer: other."),
        ),
        H("Ekonomiska konsekvenser", 2),
        P(
            "Beslutet ryms inom den budget som regionfullmäktige har fastställt och påverkar inte regionens "
            "resultat för 2026.",
            O(None, note="A financing statement, no deviation reported: other."),
        ),
        H("Beslutsunderlag", 2),
        P("Tjänsteskrivelse 2026-03-04. Bilaga 1, fördelning per nämnd och förvaltning."),
        P("Eva Lindqvist, ekonomidirektör    Henrik Sjöberg, budgetchef", size=10.0),
    ]
    return ReportSpec(
        file="region-halland-rs-fordelning-lone-och-prisupprakning-2026.pdf",
        report={
            "municipality": "Region Halland",
            "committee": ["Regionstyrelsen"],
            "period": ["2026", "2026-03"],
            "report_type": "beslut",
        },
        metadata={
            "title": "Fördelning av medel för löne- och prisuppräkning 2026",
            "author": "Region Halland",
        },
        style=style,
        blocks=blocks,
    )
