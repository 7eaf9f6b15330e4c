"""Vetlanda kommun, Socialnämnden, tjänsteskrivelse ekonomisk uppföljning per mars 2026.

A social committee's tjänsteskrivelse dated in April for the period to March, in miljoner kronor and mnkr: a
decision proposal (unlabelled); one sentence with the full year's "underskott på 7,7 miljoner kronor" and "2,3
miljoner kronor sämre än i februari" (a cause and a forecast change with the same text), the period "1,4
miljoner kronor högre än den periodiserade budgeten" apart; headings that carry the area and the amount in
brackets ("Individ- och familjeomsorg (−4,9 mnkr)", "Stöd och administration (±0 mnkr)" over "bedöms hålla
budget", boilerplate) over short reason paragraphs (youth placements, more households and higher amounts,
withdrawn assistance compensation, more assignments from Arbetsförmedlingen); two kostnadsslag in one
sentence ("överskrider budget med 5,3 mnkr, medan personalkostnaderna blir 0,9 mnkr lägre"); an action with
"cirka 2 mnkr per år", household numbers against last year and a risk (others). Liberation Sans 10.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Title

from reports.common import BP, HP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=10.5,
        leading=1.38,
        para_gap=7.0,
        heading_sizes=(14.0, 11.5, 10.5),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(72.0, 84.0, 72.0, 76.0),
        header=lambda n, m: ("Vetlanda kommun", "Tjänsteskrivelse 2026-04-08"),
        footer=lambda n, m: ("Socialförvaltningen", "Dnr SN 2026/118", f"Sida {n} av {m}"),
        header_size=8.0,
        rule_under_header=True,
    )
    blocks = [
        Title("Ekonomisk uppföljning per mars 2026", size=16, font="arial-bold", after=2),
        Title("Socialnämnden", size=12, font="arial", after=12),
        H("Förslag till beslut", 2),
        P(
            "Socialnämnden godkänner den ekonomiska uppföljningen per mars 2026 och överlämnar den till "
            "kommunstyrelsen."
        ),
        H("Sammanfattning", 2),
        P(
            "Socialnämndens prognos för helåret är ett underskott på 7,7 miljoner kronor, vilket är 2,3 miljoner "
            "kronor sämre än i februari.",
            C(
                None,
                "7,7 miljoner kronor",
                "-",
                note="The full year and the change since February in one sentence: two items.",
                also=(F(None, "2,3 miljoner kronor", "-"),),
            ),
        ),
        P(
            "Utfallet per mars är 1,4 miljoner kronor högre än den periodiserade budgeten.",
            C(None, "1,4 miljoner kronor", "-", note="A net cost above the periodised budget: negative."),
        ),
        H("Avvikelser per verksamhet", 2),
        HP(
            "Individ- och familjeomsorg (−4,9 mnkr)",
            "Två nya placeringar av ungdomar på särskilda ungdomshem under mars förklarar det mesta av avvikelsen.",
            C("Individ- och familjeomsorg", "−4,9 mnkr", "-", "kopt_verksamhet", "volymer"),
        ),
        HP(
            "Ekonomiskt bistånd (−2,6 mnkr)",
            "Fler hushåll än budgeterat söker försörjningsstöd, och de genomsnittliga beloppen har ökat.",
            C("Ekonomiskt bistånd", "−2,6 mnkr", "-", "ekonomiskt_bistand", "volymer"),
        ),
        HP(
            "Funktionsstöd (−1,8 mnkr)",
            "Försäkringskassan har dragit in assistansersättningen för en brukare, och kommunen bär därför hela "
            "kostnaden för den personliga assistansen.",
            C("Funktionsstöd", "−1,8 mnkr", "-", "ersattning_fk"),
        ),
        HP(
            "Arbetsmarknadsenheten (+1,6 mnkr)",
            "Enheten har fått fler uppdrag från Arbetsförmedlingen och därmed högre intäkter än budgeterat.",
            C("Arbetsmarknadsenheten", "+1,6 mnkr", "+", "avgifter_intakter", "volymer"),
        ),
        HP(
            "Stöd och administration (±0 mnkr)",
            "Verksamheten bedöms hålla budget.",
            BP("Stöd och administration"),
        ),
        H("Kostnadsslag", 2),
        P(
            "Köp av verksamhet överskrider budget med 5,3 mnkr, medan personalkostnaderna blir 0,9 mnkr lägre än "
            "budgeterat, främst på grund av vakanta tjänster inom myndighetsutövningen.",
            C(
                "Köp av verksamhet",
                "5,3 mnkr",
                "-",
                note="Two kostnadsslag in one sentence: two items, the reason belongs to the second.",
                also=(C("Personalkostnader", "0,9 mnkr", "+", "vakanser"),),
            ),
        ),
        H("Åtgärder", 2),
        P(
            "Förvaltningen ser över möjligheten att ta hem placerade ungdomar till öppenvård på hemmaplan, vilket på "
            "sikt kan minska kostnaderna med cirka 2 mnkr per år.",
            A("Individ- och familjeomsorg", "cirka 2 mnkr", "kopt_verksamhet"),
        ),
        H("Övrigt", 2),
        P(
            "Antalet hushåll med försörjningsstöd var 412 i mars, 38 fler än i mars 2025.",
            O(
                "Ekonomiskt bistånd",
                "ekonomiskt_bistand",
                "volymer",
                note="Against the previous year: other.",
            ),
        ),
        P(
            "Det finns en risk att ytterligare placeringar tillkommer under våren, vilket skulle försämra prognosen.",
            O(None, "kopt_verksamhet", note="A risk: other."),
        ),
    ]
    return ReportSpec(
        file="vetlanda-sn-tjansteskrivelse-ekonomisk-uppfoljning-2026-03.pdf",
        report={
            "municipality": "Vetlanda",
            "committee": ["Socialnämnden"],
            "period": ["2026-03", "2026-04"],
            "report_type": "tjänsteskrivelse",
        },
        metadata={"title": "Ekonomisk uppföljning per mars 2026", "author": "Vetlanda kommun"},
        style=style,
        blocks=blocks,
    )
