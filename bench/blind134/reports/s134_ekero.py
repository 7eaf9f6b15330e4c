"""Ekerö kommun, Social- och omsorgsnämnden, månadsuppföljning februari 2026.

A social and care committee's month report in mnkr with a verksamhet table in tkr whose deficits are in
brackets ("(4 700)"), footer with the nämnd's meeting date in March: the period "2,3 mnkr högre än den
periodiserade budgeten" (a net cost, negative) and the full year "ett underskott på 6,8 mnkr" in separate
sentences, the change since January with its cause in the same paragraph; en-dash bullets under a generic
heading in varied shapes ("beräknas överskrida budget med 4,7 mnkr", a reason-only bullet with a colon (the
row's "(1 400)"), "underskott om 0,9 respektive 1,1 mnkr" with the causes in the next sentence, "ett positivt
utfall jämfört med budget på 0,9 mnkr", a possessive "Hälso- och sjukvårdens överskott, 0,4 mnkr," and "håller
budget"); two actions (one with its full-year effect) and a risk with an amount (other). DejaVu Serif 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Bullets, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="serif",
        bold="serif-bold",
        italic="serif-italic",
        size=10.0,
        leading=1.4,
        para_gap=7.0,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("serif-bold", "serif-bold", "serif-bold"),
        margins=(68.0, 80.0, 68.0, 76.0),
        header=lambda n, m: (
            "Ekerö kommun | Social- och omsorgsförvaltningen",
            "Månadsuppföljning februari 2026",
        ),
        footer=lambda n, m: ("Social- och omsorgsnämnden 2026-03-24", "", f"Sida {n} av {m}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Prognos per verksamhet 2026, tkr (negativ avvikelse inom parentes)",
        header=(("Verksamhet", "Budget", "Prognos", "Avvikelse"),),
        rows=(
            ("Individ- och familjeomsorg", "78 400", "83 100", "(4 700)"),
            ("Ekonomiskt bistånd", "21 600", "23 000", "(1 400)"),
            ("Funktionsstöd LSS", "96 200", "97 100", "(900)"),
            ("Hemtjänst", "64 300", "65 400", "(1 100)"),
            ("Särskilt boende", "142 800", "141 900", "900"),
            ("Hälso- och sjukvård", "38 500", "38 100", "400"),
            ("Nämnd och administration", "17 200", "17 200", "0"),
            ("Summa", "459 000", "465 800", "(6 800)"),
        ),
        widths=(170.0, 80.0, 80.0, 80.0),
        bold_rows=frozenset({7}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Månadsuppföljning februari 2026", size=18, font="serif-bold", after=2),
        Title("Social- och omsorgsnämnden", size=12, font="serif", after=14),
        H("Sammanfattning", 2),
        P(
            "Nämndens utfall för januari–februari är 2,3 mnkr högre än den periodiserade budgeten.",
            C(
                None,
                "2,3 mnkr",
                "-",
                note="A net cost above the periodised budget: the period's deviation, negative.",
            ),
        ),
        PS(
            (
                "För helåret prognostiserar förvaltningen ett underskott på 6,8 mnkr, motsvarande 1,5 procent av "
                "nämndens budgetram.",
                C(
                    None,
                    "6,8 mnkr",
                    "-",
                    note="The full year in a sentence of its own; the percentage is not the amount.",
                ),
            ),
            (
                "Prognosen har försämrats med 1,5 mnkr jämfört med januari, vilket främst beror på två nya placeringar "
                "av ungdomar på HVB.",
                F(None, "1,5 mnkr", "-", "kopt_verksamhet"),
            ),
        ),
        table,
        H("Kommentarer per verksamhet", 2),
        Bullets(
            (
                "Individ- och familjeomsorgen beräknas överskrida budget med 4,7 mnkr. Det är framför allt placeringar "
                "av barn och unga på HVB och i konsulentstödda familjehem som kostar mer än budgeterat.",
                "Ekonomiskt bistånd: fler hushåll än beräknat har behov av försörjningsstöd, främst hushåll där "
                "arbetslösheten blivit långvarig, vilket ger en negativ avvikelse.",
                "Inom funktionsstöd och hemtjänst prognostiseras underskott om 0,9 respektive 1,1 mnkr. Ett nytt beslut "
                "om personlig assistans och fler beviljade hemtjänsttimmar på Färingsö förklarar avvikelserna.",
                "Särskilt boende visar ett positivt utfall jämfört med budget på 0,9 mnkr eftersom tolv platser på "
                "Lindgårdens äldreboende står tomma under ombyggnaden och bemanningen där har kunnat minskas.",
                "Hälso- och sjukvårdens överskott, 0,4 mnkr, kommer av en vakant tjänst som sjuksköterska i "
                "nattpatrullen.",
                "Nämnd och administration håller budget.",
            ),
            labels=(
                C("Individ- och familjeomsorg", "4,7 mnkr", "-", "kopt_verksamhet"),
                C(
                    "Ekonomiskt bistånd",
                    "(1 400)",
                    "-",
                    "ekonomiskt_bistand",
                    "volymer",
                    unit="tkr",
                    table=True,
                    note="Reasons only: the table row's cell, printed in brackets.",
                ),
                C(
                    "Funktionsstöd LSS",
                    "0,9",
                    "-",
                    "volymer",
                    unit="mnkr",
                    note="Two areas as a 'respektive' pair: two items with the same text.",
                    also=(C("Hemtjänst", "1,1 mnkr", "-", "volymer"),),
                ),
                C("Särskilt boende", "0,9 mnkr", "+", "volymer", "bemanning"),
                C("Hälso- och sjukvård", "0,4 mnkr", "+", "vakanser", note="A possessive names the area."),
                BP("Nämnd och administration"),
            ),
            glyph="–",
        ),
        H("Åtgärder", 2),
        P(
            "För att minska kostnaderna för placeringar har förvaltningen startat ett eget öppenvårdsteam, som "
            "beräknas minska behovet av externa placeringar motsvarande 2,0 mnkr på helår.",
            A("Individ- och familjeomsorg", "2,0 mnkr", "kopt_verksamhet"),
        ),
        P(
            "Från och med mars fattas alla beslut om nya placeringar av förvaltningschefen.",
            A("Individ- och familjeomsorg", None, "kopt_verksamhet"),
        ),
        H("Risker i prognosen", 2),
        P(
            "Prognosen är osäker eftersom ett ärende om placering av en vuxen med missbruk prövas i förvaltningsrätten "
            "under våren och kan kosta upp till 1,8 mnkr.",
            O("Individ- och familjeomsorg", note="A risk with a possible cost: other."),
        ),
    ]
    return ReportSpec(
        file="ekero-son-manadsuppfoljning-2026-02.pdf",
        report={
            "municipality": "Ekerö",
            "committee": ["Social- och omsorgsnämnden"],
            "period": ["2026-02"],
            "report_type": "månadsuppföljning",
        },
        metadata={
            "title": "Månadsuppföljning februari 2026 Social- och omsorgsnämnden",
            "author": "Ekerö kommun",
        },
        style=style,
        blocks=blocks,
    )
