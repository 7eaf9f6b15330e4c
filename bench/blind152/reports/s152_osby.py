"""Osby kommun, Barn- och skolnämnden, tjänsteskrivelse om ekonomisk uppföljning januari–maj 2026.

A cover letter dated in June for the period to May, in DejaVu Serif with U+2212 minus signs: a decision
proposal (unlabelled), then the full year "ett underskott på två miljoner kronor" in words, the change since
March "700 000 kronor" in whole kronor and the period "0,9 mnkr över periodens budget" in one paragraph
(three items), a table in tkr, headings that carry the area and amount in brackets ("Grundskola (−1 650
tkr)", "Förskola (+420 tkr)", "Fritidshem (±0 tkr)" over "bedöms gå jämnt ut", boilerplate), a plain
heading over "160 000 kronor mer än budgeterat" and a reason-only surplus (the row's "+370"); investments whose
whole frame "väntas förbrukas" (boilerplate), an action "cirka 500 tkr" and the rule for a nämnd forecasting
a deficit (other).

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, HP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="serif",
        bold="serif-bold",
        italic="serif-italic",
        size=10.0,
        leading=1.42,
        para_gap=7.0,
        heading_sizes=(14.0, 11.5, 10.5),
        heading_fonts=("serif-bold", "serif-bold", "serif-bold"),
        margins=(76.0, 82.0, 70.0, 76.0),
        header=lambda n, m: ("Osby kommun", "Tjänsteskrivelse 2026-06-09"),
        footer=lambda n, m: ("Barn- och skolförvaltningen", "Dnr BSN 2026/48", f"{n} ({m})"),
        header_size=8.0,
        rule_under_header=False,
    )
    table = Table(
        caption="Prognos per verksamhet 2026, tkr",
        header=(("Verksamhet", "Budget", "Prognos", "Avvikelse"),),
        rows=(
            ("Förskola", "58 300", "57 880", "+420"),
            ("Grundskola", "121 900", "123 550", "−1 650"),
            ("Gymnasieskola", "47 600", "48 580", "−980"),
            ("Fritidshem", "12 100", "12 100", "0"),
            ("Kulturskola", "4 200", "4 360", "−160"),
            ("Central administration och elevhälsa", "18 700", "18 330", "+370"),
            ("Summa", "262 800", "264 800", "−2 000"),
        ),
        widths=(200.0, 70.0, 70.0, 70.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Tjänsteskrivelse", size=13, font="serif", after=4),
        Title("Ekonomisk uppföljning januari–maj 2026", size=17, font="serif-bold", after=12),
        H("Förslag till beslut", 2),
        P(
            "Barn- och skolnämnden godkänner den ekonomiska uppföljningen per maj 2026 och överlämnar den till "
            "kommunstyrelsen."
        ),
        H("Sammanfattning", 2),
        PS(
            (
                "Barn- och skolnämnden prognostiserar ett underskott på två miljoner kronor för 2026.",
                C(None, "två miljoner kronor", "-", value=2_000_000, note="An amount in words."),
            ),
            (
                "Det är en förbättring med 700 000 kronor jämfört med uppföljningen i mars.",
                F(None, "700 000 kronor", "+"),
            ),
            (
                "Utfallet för januari–maj ligger 0,9 mnkr över periodens budget.",
                C(None, "0,9 mnkr", "-", note="The period's net cost over budget: negative, its own item."),
            ),
        ),
        H("Ärendet", 2),
        table,
        HP(
            "Grundskola (−1 650 tkr)",
            "Grundskolan har fler elever i behov av särskilt stöd än budgeterat, och två elevassistenter har anställts "
            "utöver ramen. Skolskjutsen har dessutom fått nya turer sedan en busslinje lades ned.",
            C(
                "Grundskola",
                "−1 650 tkr",
                "-",
                "volymer",
                "bemanning",
                note="The heading carries the amount.",
            ),
        ),
        HP(
            "Förskola (+420 tkr)",
            "Barnantalet i förskolan har minskat under våren, främst i Lönsboda, och en avdelning har kunnat stängas.",
            C("Förskola", "+420 tkr", "+", "volymer", "omstallning"),
        ),
        HP(
            "Gymnasieskola (−980 tkr)",
            "Interkommunala ersättningar till andra huvudmän blir högre än budget då fler elever än beräknat har valt "
            "program i Hässleholm och Kristianstad.",
            C("Gymnasieskola", "−980 tkr", "-", "kopt_verksamhet", "volymer"),
        ),
        HP("Fritidshem (±0 tkr)", "Verksamheten bedöms gå jämnt ut.", BP("Fritidshem")),
        H("Kulturskola", 3),
        P(
            "Kulturskolan beräknas förbruka 160 000 kronor mer än budgeterat, eftersom avgifterna slopades från "
            "vårterminen efter politiskt beslut.",
            C("Kulturskola", "160 000 kronor", "-", "avgifter_intakter"),
        ),
        H("Central administration och elevhälsa", 3),
        P(
            "Här finns ett överskott som förklaras av att tjänsten som skolpsykolog har varit vakant sedan februari.",
            C(
                "Central administration och elevhälsa",
                "+370",
                "+",
                "vakanser",
                unit="tkr",
                table=True,
                note="Reasons only: the table row's cell.",
            ),
        ),
        H("Investeringar", 2),
        P(
            "Av nämndens investeringsram på 3,5 mnkr har 0,4 mnkr använts hittills. Hela ramen väntas förbrukas under "
            "sommaren när inventarierna till den nya förskolan i Osby tätort levereras.",
            BP("Investeringar", note="The whole frame expected to be used: boilerplate."),
        ),
        H("Åtgärder", 2),
        P(
            "Förvaltningen har infört anställningsprövning för alla tjänster utom lärartjänster. Det beräknas ge en "
            "besparing på cirka 500 tkr under hösten.",
            A(None, "cirka 500 tkr", "bemanning"),
        ),
        H("Bakgrund", 2),
        P(
            "Enligt kommunens riktlinjer för ekonomistyrning ska en nämnd som prognostiserar ett underskott redovisa "
            "åtgärder till kommunstyrelsen senast vid nästa uppföljning.",
            O(None, note="A rule of the economic steering: other."),
        ),
    ]
    return ReportSpec(
        file="osby-bsn-tjansteskrivelse-ekonomisk-uppfoljning-2026-05.pdf",
        report={
            "municipality": "Osby",
            "committee": ["Barn- och skolnämnden"],
            "period": ["2026-05"],
            "report_type": "tjänsteskrivelse",
        },
        metadata={"title": "Ekonomisk uppföljning januari–maj 2026", "author": "Osby kommun"},
        style=style,
        blocks=blocks,
    )
