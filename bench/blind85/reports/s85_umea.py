"""Umeå kommun, Byggnadsnämnden, tjänsteskrivelse om internbudget 2026 (no budget follow-up).

A building committee's decision on its internal budget for next year, which is no follow-up at all: the
decision proposal and a budget table per verksamhet (unlabelled), the frame "1,9 mnkr mer än ramen för 2025"
and its increase that "beror på" compensation for wages and rents, bygglov revenue budgeted "2,2 mnkr lägre
än 2025" whose cut "beror på" fewer applications, savings to fit the frame, a buffer, a fee index that "beror
på" the price base amount, an investment's financing and "ryms inom den ram": seven `other` items and no
cause. Liberation Serif 11 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import O

NOT = "A budget decision, no follow-up: other."


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=11.0,
        leading=1.34,
        para_gap=7.0,
        heading_sizes=(14.0, 12.0, 11.0),
        heading_fonts=("times-bold", "times-bold", "times-bold"),
        margins=(72.0, 84.0, 72.0, 76.0),
        header=lambda n, m: ("Umeå kommun", "Tjänsteskrivelse"),
        footer=lambda n, m: ("Byggnadsnämnden 2025-12-10", "Dnr BN-2025/01187", f"{n} ({m})"),
        header_size=8.5,
        rule_under_header=False,
    )
    table = Table(
        caption="Internbudget 2026 per verksamhet, tkr (nettokostnad)",
        header=(("Verksamhet", "Budget 2025", "Budget 2026", "Förändring"),),
        rows=(
            ("Nämnd och ledning", "3 900", "4 100", "200"),
            ("Bygglov", "-1 200", "1 000", "2 200"),
            ("Tillsyn och byggnadsinspektion", "14 300", "14 200", "-100"),
            ("Kart och mät", "11 600", "11 100", "-500"),
            ("Stöd och e-tjänster", "8 100", "8 200", "100"),
            ("Summa", "36 700", "38 600", "1 900"),
        ),
        widths=(200.0, 80.0, 80.0, 80.0),
        bold_rows=frozenset({5}),
        rules=True,
        size=9.5,
    )
    blocks = [
        Title("Internbudget 2026 för byggnadsnämnden", size=17, font="times-bold", after=12),
        H("Förslag till beslut", 2),
        P("Byggnadsnämnden fastställer internbudget för 2026 enligt bilaga 1."),
        H("Ärendebeskrivning", 2),
        P(
            "Kommunfullmäktige beslutade den 24 november 2025 om nämndernas ramar för 2026. Byggnadsnämndens "
            "nettoram uppgår till 38,6 mnkr, vilket är 1,9 mnkr mer än ramen för 2025.",
            O(None, note=NOT + " The frame against last year's frame."),
        ),
        P(
            "Ökningen beror på kompensation för löneökningar och för de högre hyrorna i stadshuset efter "
            "ombyggnaden.",
            O(None, "lonekostnader", "lokaler", note=NOT + " 'beror på' with no deviation."),
        ),
        table,
        P(
            "Bygglovsintäkterna budgeteras till 21,4 mnkr, vilket är 2,2 mnkr lägre än 2025. Sänkningen beror på att "
            "antalet ansökningar om bygglov för flerbostadshus har minskat de senaste två åren.",
            O("Bygglov", "avgifter_intakter", "volymer", note=NOT + " Budgeted revenue against last year's."),
        ),
        P(
            "För att rymma kostnadsökningarna inom ramen minskas budgeten för konsulter med 0,8 mnkr, och en tjänst "
            "som handläggare lämnas obesatt under första halvåret.",
            O(None, note=NOT + " An allocation within the frame, not a measure against a deviation."),
        ),
        P(
            "Nämnden avsätter 0,5 mnkr som en buffert för oförutsedda kostnader, bland annat för överklagade "
            "ärenden som kräver juridiskt stöd.",
            O(None, "reserver", note=NOT + " A buffer."),
        ),
        P(
            "Taxan för bygglov räknas upp med 3,1 procent från den 1 januari 2026, vilket beror på förändringen av "
            "prisbasbeloppet.",
            O("Bygglov", "avgifter_intakter", note=NOT),
        ),
        H("Ekonomiska konsekvenser", 2),
        P(
            "Investeringsbudgeten på 1,2 mnkr avser ett nytt system för e-tjänster för bygglov och finansieras inom "
            "kommunstyrelsens ram för digitalisering. Beslutet i övrigt ryms inom den ram som kommunfullmäktige har "
            "fastställt.",
            O("Investeringar", "it_digitalisering", note=NOT + " A financing statement."),
        ),
    ]
    return ReportSpec(
        file="umea-bn-internbudget-2026.pdf",
        report={
            "municipality": "Umeå",
            "committee": ["Byggnadsnämnden"],
            "period": ["2026"],
            "report_type": "internbudget",
        },
        metadata={"title": "Internbudget 2026 för byggnadsnämnden", "author": "Umeå kommun"},
        style=style,
        blocks=blocks,
    )
