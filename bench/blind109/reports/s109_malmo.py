"""Malmö stad, Funktionsstödsnämnden, tjänsteskrivelse: ekonomisk uppföljning per mars 2026.

A tjänsteskrivelse dated in April for the period to March, with hyphen-minus signs and no result table: the
decision proposal (not labelled), the full year "-31 mnkr jämfört med kommunbidraget" and the change since
February with its cause in the next sentence (a forecast change); headings that carry the area and its amount
after a colon ("Bostad med särskild service vuxna: -19 mnkr", "Daglig verksamhet: +4 mnkr", "Ledning och
gemensamt: +/-0 mnkr" over "bedöms följa budget", boilerplate); a plain heading whose paragraph gives the
amount ("överskrider budget med 1 mnkr"); three kostnadsslag in one sentence ("-22 mnkr till
personalkostnader och -12 mnkr till köp av verksamhet, medan intäkterna blir 3 mnkr högre"); two actions in
bullets; a risk (other). Liberation Sans (Arial metrics) 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Bullets, H, P, ReportSpec, Style, Title

from reports.common import BP, HP, A, C, F, O

HEAD = "The heading carries the area and its amount after a colon."


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=10.0,
        leading=1.35,
        para_gap=7.0,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(70.0, 82.0, 70.0, 74.0),
        header=lambda n, m: ("Malmö stad  Funktionsstödsförvaltningen", "Tjänsteskrivelse 2026-04-14"),
        footer=lambda n, m: ("FSN-2026-1187", "", f"{n} ({m})"),
        header_size=8.0,
    )
    blocks = [
        Title("Ekonomisk uppföljning per mars 2026 med helårsprognos", size=15, font="arial-bold", after=8),
        H("Förslag till beslut", 2),
        P(
            "Funktionsstödsnämnden godkänner förvaltningens ekonomiska uppföljning per mars 2026 och överlämnar den "
            "till kommunstyrelsen."
        ),
        H("Sammanfattning", 2),
        PS(
            (
                "Funktionsstödsnämnden prognostiserar för 2026 ett resultat på -31 mnkr jämfört med "
                "kommunbidraget.",
                C(None, "-31 mnkr", "-"),
            ),
            (
                "Prognosen innebär en försämring med 8 mnkr jämfört med februariprognosen, som beror på nya "
                "beslut om bostad med särskild service för vuxna.",
                F(None, "8 mnkr", "-", "volymer"),
            ),
        ),
        H("Avvikelser per verksamhetsområde", 2),
        HP(
            "Bostad med särskild service vuxna: -19 mnkr",
            "Fjorton nya beslut har verkställts sedan budgeten fastställdes, och sex av dem har verkställts i köpta "
            "platser hos externa utförare eftersom egna platser saknas.",
            C("Bostad med särskild service vuxna", "-19 mnkr", "-", "volymer", "kopt_verksamhet", note=HEAD),
        ),
        HP(
            "Personlig assistans: -9 mnkr",
            "Försäkringskassan har dragit in assistansersättningen för tre brukare, som i stället får insatsen "
            "enligt LSS med staden som ensam betalare. Dessutom ökar kostnaderna för de 20 första timmarna.",
            C("Personlig assistans", "-9 mnkr", "-", "ersattning_fk", note=HEAD),
        ),
        HP(
            "Daglig verksamhet: +4 mnkr",
            "Överskottet beror på att den nya verksamheten Fyrverkeriet öppnar först i september i stället för i "
            "februari.",
            C("Daglig verksamhet", "+4 mnkr", "+", "periodisering", note=HEAD + " A delayed opening."),
        ),
        HP(
            "Korttidsvistelse och korttidstillsyn: -6 mnkr",
            "Verksamheten har haft hög sjukfrånvaro under vintern och har behövt ta in vikarier från stadens "
            "bemanningsenhet, samtidigt som beläggningen har varit högre än planerat.",
            C(
                "Korttidsvistelse och korttidstillsyn",
                "-6 mnkr",
                "-",
                "sjukfranvaro",
                "vikarier",
                "volymer",
                note=HEAD,
            ),
        ),
        H("Socialpsykiatri", 3),
        P(
            "Socialpsykiatrins kostnader överskrider budget med 1 mnkr till följd av högre hyra efter att ett av "
            "boendena byggts om.",
            C("Socialpsykiatri", "1 mnkr", "-", "lokaler"),
        ),
        HP(
            "Ledning och gemensamt: +/-0 mnkr",
            "Verksamheten bedöms följa budget.",
            BP("Ledning och gemensamt"),
        ),
        H("Avvikelser per kostnadsslag", 2),
        P(
            "Av nämndens totala avvikelse hänförs -22 mnkr till personalkostnader och -12 mnkr till köp av "
            "verksamhet, medan intäkterna blir 3 mnkr högre än budgeterat.",
            C(
                "Personalkostnader",
                "-22 mnkr",
                "-",
                note="Three kostnadsslag in one sentence: three items, no reasons, no tags.",
                also=(
                    C("Köp av verksamhet", "-12 mnkr", "-"),
                    C("Intäkter", "3 mnkr", "+"),
                ),
            ),
        ),
        H("Åtgärder", 2),
        Bullets(
            (
                "Översyn av alla verkställda beslut i köpta platser, med målet att flytta fem brukare till egna "
                "boenden under hösten och en helårseffekt på 7 mnkr.",
                "Anställningsstopp för administrativa tjänster inom förvaltningen.",
            ),
            labels=(
                A("Bostad med särskild service vuxna", "7 mnkr", "kopt_verksamhet"),
                A(None, None, "bemanning"),
            ),
            glyph="–",
        ),
        H("Risker", 2),
        P(
            "Det finns en risk att ytterligare ärenden om assistans återgår till staden under året, vilket kan öka "
            "underskottet med upp till 5 mnkr.",
            O("Personlig assistans", "ersattning_fk", note="A risk."),
        ),
        P("Anna Lindqvist, förvaltningsdirektör    Erik Holm, ekonomichef", size=9.5),
    ]
    return ReportSpec(
        file="malmo-fsn-tjansteskrivelse-ekonomisk-uppfoljning-2026-03.pdf",
        report={
            "municipality": ["Malmö", "Malmö stad"],
            "committee": ["Funktionsstödsnämnden"],
            "period": ["2026-03"],
            "report_type": "tjänsteskrivelse",
        },
        metadata={"title": "Ekonomisk uppföljning per mars 2026", "author": "Malmö stad"},
        style=style,
        blocks=blocks,
    )
