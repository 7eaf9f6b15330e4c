"""Pajala kommun, Tekniska nämnden, förslag till taxa för vatten och avlopp 2027 (to Kommunfullmäktige).

A tjänsteskrivelse proposing next year's water and sewage tariff, which is no budget follow-up at all, set
in Arial (Liberation Sans), dated in October 2026: a decision proposal and a fee table (unlabelled), then the
connection fee raised "från 148 200 kronor till 159 600 kronor", the usage fee's rise that "beror på ökade
kapitalkostnader", a normal house's yearly cost "ökar med 1 420 kronor", the VA kollektiv's accumulated
deficit to be covered within three years (a financing statement, no deviation against a budget), chemical
costs against 2024 "vilket beror på", a comparison with the county's kommuner "vilket beror på" and the extra
revenue that "motsvarar den beräknade kostnadsökningen": seven `other` items and no cause.

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
        size=10.5,
        leading=1.38,
        para_gap=7.5,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(72.0, 82.0, 72.0, 76.0),
        header=lambda n, m: ("PAJALA KOMMUN", "Tjänsteskrivelse 2026-10-14"),
        footer=lambda n, m: ("Tekniska nämnden", "Dnr TN 2026/62", f"Sida {n} av {m}"),
        header_size=8.0,
        rule_under_header=True,
    )
    fees = Table(
        caption="Förslag till avgifter 2027 (kronor, inklusive moms)",
        header=(("Avgift", "2026", "Förslag 2027", "Förändring"),),
        rows=(
            ("Anläggningsavgift, normalvilla", "148 200", "159 600", "11 400"),
            ("Fast brukningsavgift per år", "4 310", "4 880", "570"),
            ("Avgift per kubikmeter", "37,00", "42,67", "5,67"),
            ("Årskostnad normalvilla, 150 m³", "9 860", "11 280", "1 420"),
        ),
        widths=(180.0, 70.0, 80.0, 76.0),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title(
            "Taxa för kommunens allmänna vatten- och avloppsanläggning 2027",
            size=16,
            font="arial-bold",
            after=4,
        ),
        Title("Tekniska nämnden – förslag till kommunfullmäktige", size=11.5, font="arial-italic", after=12),
        H("Förslag till beslut", 2),
        P(
            "Tekniska nämnden föreslår kommunfullmäktige att anta taxa för kommunens allmänna vatten- och "
            "avloppsanläggning att gälla från och med den 1 januari 2027."
        ),
        H("Bakgrund", 2),
        P(
            "Vatten- och avloppsverksamheten ska enligt lagen om allmänna vattentjänster finansieras med avgifter och "
            "får inte ta ut mer än de nödvändiga kostnaderna. Taxan ses över varje år."
        ),
        fees,
        H("Ärendet", 2),
        P(
            "Anläggningsavgiften för en normalvilla höjs från 148 200 kronor till 159 600 kronor.",
            O(None, "avgifter_intakter", note="A fee change, no budget deviation."),
        ),
        P(
            "Höjningen av brukningsavgiften beror på ökade kapitalkostnader efter investeringarna i vattenverket i "
            "centralorten och de nya ledningarna till Junosuando.",
            O(None, note="'Beror på' explaining a tariff rise, not a budget deviation."),
        ),
        P(
            "För en normalvilla med en förbrukning på 150 kubikmeter innebär förslaget att den årliga kostnaden ökar "
            "med 1 420 kronor, från 9 860 kronor till 11 280 kronor.",
            O(None, note="A household's cost against this year."),
        ),
        P(
            "Det ackumulerade underskottet i VA-kollektivet uppgår till 2,4 mnkr och ska enligt lagen täckas inom "
            "tre år.",
            O(None, "reserver", note="A financing statement about the fund, no deviation against a budget."),
        ),
        P(
            "Kostnaderna för kemikalier i vattenverken har ökat med 18 procent sedan 2024, vilket beror på högre "
            "priser för fällningskemikalier.",
            O(None, "prisokningar", note="Costs against an earlier year."),
        ),
        P(
            "Jämfört med genomsnittet i Norrbottens län är Pajalas taxa för en normalvilla 7 procent högre, vilket "
            "beror på långa ledningsnät och få abonnenter.",
            O(None, note="A comparison with other kommuner."),
        ),
        P(
            "Taxehöjningen beräknas ge 1,9 mnkr mer i intäkter 2027 än 2026, vilket motsvarar den beräknade "
            "kostnadsökningen.",
            O(None, "avgifter_intakter", note="Extra revenue against this year: other."),
        ),
        H("Konsekvenser", 2),
        P(
            "Förslaget har stämts av med kommunens ekonomiavdelning. Taxan publiceras på kommunens webbplats efter "
            "fullmäktiges beslut."
        ),
    ]
    return ReportSpec(
        file="pajala-tn-taxa-vatten-och-avlopp-2027.pdf",
        report={
            "municipality": "Pajala",
            "committee": ["Tekniska nämnden", "Kommunfullmäktige"],
            "period": ["2027", "2026-10"],
            "report_type": "taxebeslut",
        },
        metadata={"title": "Taxa för vatten och avlopp 2027", "author": "Pajala kommun"},
        style=style,
        blocks=blocks,
    )
