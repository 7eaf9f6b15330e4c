"""Älvsbyns kommun, Kommunstyrelsen (to Kommunfullmäktige), tjänsteskrivelse om taxa för vatten och avlopp 2027.

A document that is no budget follow-up at all: a proposal to raise the water and sewage tariff, dated in
September 2026, full of amounts and "beror på": the reasons for the rise (dearer chemicals, electricity and
the capital cost of a new waterworks), costs against 2025 and 2024 with "Ökningen beror till stor del på",
the capital cost expected in 2027, the fund's "underuttag" to be restored, a house owner's fee compared with
two neighbouring kommuner (about others), the revenue the rise brings and what happens without it ("ett
underskott på cirka 3 miljoner kronor", hypothetical): seven `other` items and no cause. The decision
proposal, the legal background and the tariff table are unlabelled. Liberation Sans 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import O

NOT_FOLLOW_UP = "A tariff proposal, no budget follow-up: other."


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=10.0,
        leading=1.42,
        para_gap=7.5,
        heading_sizes=(14.0, 11.5, 10.5),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(72.0, 82.0, 72.0, 76.0),
        header=lambda n, m: ("Älvsbyns kommun", "Tjänsteskrivelse 2026-09-08"),
        footer=lambda n, m: ("Dnr KS 2026/287", "", f"{n}({m})"),
        header_size=8.0,
        rule_under_header=False,
    )
    table = Table(
        caption="Föreslagen brukningsavgift 2027, kronor exklusive moms",
        header=(("Avgift", "2026", "2027"),),
        rows=(
            ("Fast avgift per fastighet och år", "3 120", "3 400"),
            ("Avgift per kubikmeter vatten", "24,80", "27,05"),
            ("Typhus A, 150 kubikmeter", "6 840", "7 458"),
        ),
        widths=(220.0, 80.0, 80.0),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Taxa för vatten och avlopp 2027", size=17, font="arial-bold", after=10),
        H("Förslag till beslut", 3),
        P(
            "Kommunstyrelsen föreslår kommunfullmäktige att anta taxa för vatten och avlopp 2027 enligt bilaga, med "
            "en höjning av brukningsavgiften med 9 procent och av anläggningsavgiften med 5 procent från den 1 januari "
            "2027."
        ),
        H("Sammanfattning", 3),
        P(
            "Vatten- och avloppsverksamheten ska enligt lagen om allmänna vattentjänster finansieras helt med avgifter. "
            "Höjningen beror på ökade kapitalkostnader för det nya vattenverket i Vidsel och på högre kostnader för "
            "kemikalier och el.",
            O(None, "prisokningar", "material_hjalpmedel", note=NOT_FOLLOW_UP + " The reasons for the rise."),
        ),
        H("Bakgrund", 3),
        P(
            "VA-verksamhetens kostnader uppgick 2025 till 31,4 miljoner kronor, 2,6 miljoner kronor mer än 2024. "
            "Ökningen beror till stor del på att avskrivningarna för det nya ledningsnätet i Korsträsk började löpa.",
            O(None, note="Costs against the previous year: other."),
        ),
        P(
            "Kapitalkostnaderna beräknas öka med ytterligare 1,9 miljoner kronor 2027, när vattenverket i Vidsel tas "
            "i bruk.",
            O(None, note=NOT_FOLLOW_UP),
        ),
        P(
            "Det balanserade resultatet i VA-verksamheten var vid årsskiftet −1,2 miljoner kronor, ett underuttag som "
            "enligt lagen ska återställas inom tre år.",
            O(None, "reserver", note="The fund's balance, a financing statement: other."),
        ),
        table,
        H("Jämförelse med andra kommuner", 3),
        P(
            "För en normalvilla (typhus A) blir den årliga brukningsavgiften 7 458 kronor, vilket är 618 kronor mer "
            "än i dag. Det är fortfarande lägre än i Piteå och Boden, vilket främst beror på att de kommunerna har "
            "större reinvesteringsbehov i sina ledningsnät.",
            O(None, note="A comparison with other kommuner: about someone else."),
        ),
        H("Ekonomiska konsekvenser", 3),
        P(
            "Höjningen beräknas ge 2,7 miljoner kronor i ökade intäkter 2027, vilket täcker de ökade kostnaderna och "
            "påbörjar återställandet av underuttaget.",
            O(None, "avgifter_intakter", note=NOT_FOLLOW_UP),
        ),
        P(
            "Om taxan inte höjs beräknas verksamheten gå med ett underskott på cirka 3 miljoner kronor 2027, som då "
            "skulle behöva täckas med skattemedel i strid med lagen.",
            O(
                None,
                note="A hypothetical deficit if the tariff is not raised, not a deviation from budget: other.",
            ),
        ),
        H("Beslutsunderlag", 3),
        P("Tjänsteskrivelse 2026-09-08. Bilaga: Taxa för vatten och avlopp 2027."),
    ]
    return ReportSpec(
        file="alvsbyn-ks-taxa-vatten-och-avlopp-2027.pdf",
        report={
            "municipality": "Älvsbyn",
            "committee": ["Kommunstyrelsen", "Kommunfullmäktige"],
            "period": ["2027", "2026-09"],
            "report_type": "taxor",
        },
        metadata={"title": "Taxa för vatten och avlopp 2027", "author": "Älvsbyns kommun"},
        style=style,
        blocks=blocks,
    )
