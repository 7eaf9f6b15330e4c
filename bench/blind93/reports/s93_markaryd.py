"""Markaryds kommun, Kommunstyrelsen (to Kommunfullmäktige), taxa för vatten och avlopp 2026.

Not a budget follow-up: the kommunstyrelse's proposal of next year's water and sewage tariff, dated in
November 2025, full of amounts, "beror på", "underskott", "högre än" and "mer än": treatment costs against
2023 with "beror främst på", the capital costs of a new waterworks, the fee collective's accumulated deficit
to be restored under the water services act (an equity statement), a typical house's yearly charge against
2025, the extra fee revenue, a comparison with similar kommuner with "vilket beror på" and the statement that
the tax collective is not affected (financing). Seven `other` items and no cause; the decision proposal and
the tariff table are unlabelled. Liberation Sans 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import O

NOT_BUDGET = "A tariff proposal, not a budget follow-up: other."


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=10.0,
        leading=1.4,
        para_gap=7.0,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(72.0, 80.0, 72.0, 74.0),
        header=lambda n, m: ("MARKARYDS KOMMUN", "Tjänsteskrivelse"),
        footer=lambda n, m: ("Datum 2025-11-04", "Dnr KS 2025/214", f"{n}({m})"),
        header_size=8.0,
    )
    tariff = Table(
        caption="Förslag till brukningsavgifter 2026 (inklusive moms)",
        header=(("Avgift", "2025", "2026", "Förändring"),),
        rows=(
            ("Fast avgift per år, kr", "3 960", "4 440", "12 %"),
            ("Avgift per m³ vatten, kr", "31,20", "34,50", "11 %"),
            ("Avgift per lägenhet och år, kr", "1 180", "1 320", "12 %"),
            ("Dagvatten, fastighet, kr per år", "620", "690", "11 %"),
        ),
        widths=(200.0, 70.0, 70.0, 80.0),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Taxa för vatten och avlopp 2026", size=17, font="arial-bold", after=4),
        Title("Ärende till kommunfullmäktige", size=11.5, font="arial-italic", after=12),
        H("Förslag till beslut", 2),
        P(
            "Kommunstyrelsen föreslår kommunfullmäktige att anta taxa för Markaryds kommuns allmänna vatten- och "
            "avloppsanläggning att gälla från och med den 1 januari 2026."
        ),
        H("Ärendet", 2),
        P(
            "VA-verksamheten ska enligt lagen om allmänna vattentjänster finansieras med avgifter och får inte "
            "ge överskott över tid. Avgifterna ska täcka de nödvändiga kostnaderna för drift, underhåll och "
            "kapital."
        ),
        P(
            "Kostnaderna för drift av reningsverken har ökat med 2,3 mnkr sedan 2023, vilket främst beror på högre "
            "priser på fällningskemikalier och el.",
            O(None, "prisokningar", note=NOT_BUDGET + " Costs against an earlier year."),
        ),
        P(
            "Det nya vattenverket i Strömsnäsbruk beräknas kosta 68 mnkr och ger ökade kapitalkostnader på cirka "
            "3,1 mnkr per år från 2027.",
            O(None, note=NOT_BUDGET + " The capital costs of an investment."),
        ),
        P(
            "VA-kollektivets ackumulerade underskott uppgick vid utgången av 2024 till 2,6 mnkr. Underskottet ska "
            "enligt lagen återställas inom tre år.",
            O(None, note=NOT_BUDGET + " The fee collective's accumulated deficit is an equity statement."),
        ),
        tariff,
        H("Konsekvenser för abonnenterna", 2),
        P(
            "Förslaget innebär att en normalvilla med en förbrukning på 150 kubikmeter betalar 9 840 kronor per år, "
            "vilket är 1 180 kronor mer än 2025.",
            O(None, note=NOT_BUDGET + " A typical house's charge against last year."),
        ),
        P(
            "Höjningen beräknas ge 3,4 mnkr i ökade taxeintäkter under 2026.",
            O(None, "avgifter_intakter", note=NOT_BUDGET + " The tariff's extra revenue."),
        ),
        P(
            "Även efter höjningen ligger avgiften för en normalvilla 6 procent under genomsnittet för jämförbara "
            "kommuner, vilket beror på att ledningsnätet är relativt nytt och att kommunen har få "
            "avloppspumpstationer.",
            O(None, note=NOT_BUDGET + " A comparison with other kommuner, with 'beror på'."),
        ),
        H("Ekonomiska konsekvenser för kommunen", 2),
        P(
            "Taxehöjningen finansierar VA-verksamhetens ökade kostnader och återställer underskottet. Beslutet "
            "påverkar inte skattekollektivet.",
            O(None, note=NOT_BUDGET + " Financing."),
        ),
    ]
    return ReportSpec(
        file="markaryd-ks-taxa-vatten-och-avlopp-2026.pdf",
        report={
            "municipality": "Markaryd",
            "committee": ["Kommunstyrelsen", "Kommunfullmäktige"],
            "period": ["2026", "2025-11"],
            "report_type": "taxebeslut",
        },
        metadata={"title": "Taxa för vatten och avlopp 2026", "author": "Markaryds kommun"},
        style=style,
        blocks=blocks,
    )
