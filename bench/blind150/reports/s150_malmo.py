"""Malmö stad, Valnämnden, delårsrapport januari–augusti 2025 (a small committee the year before an election).

A small committee's interim report in "miljoner kronor" and tkr, footer with the nämnd's meeting date in
September: the budget level and the full year "ett överskott på 1,6 miljoner kronor" in one paragraph (the
level is not the amount), the period "2,3 miljoner kronor lägre än periodiserad budget" with its timing reason
in the same paragraph, "Prognosen är oförändrad" (a boilerplate forecast change); a kostnadsslag table with hyphen-minus; two kostnadsslag as a "respektive" pair ("900
respektive 1 200 tkr lägre än budget") with their reasons in the next sentence (one text, two items),
"Lokalkostnaderna överskrider budget med 450 tkr", "För köp av tjänster beräknas en negativ avvikelse på 300
tkr", "Övriga kostnader ligger 250 tkr under budget" (no reason); next year's election costs and state
compensation, and a request to carry the surplus over (others). Liberation Sans 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import BF, C, O


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
        margins=(70.0, 82.0, 70.0, 76.0),
        header=lambda n, m: ("Malmö stad", "Valnämnden"),
        footer=lambda n, m: ("Delårsrapport 2025", "Valnämnden 2025-09-16", f"{n}"),
        header_size=8.0,
        rule_under_header=False,
    )
    table = Table(
        caption="Helårsprognos per kostnadsslag 2025, tkr",
        header=(("Kostnadsslag", "Budget", "Prognos", "Avvikelse"),),
        rows=(
            ("Personalkostnader", "6 400", "5 500", "900"),
            ("Lokalkostnader", "2 100", "2 550", "-450"),
            ("IT och system", "3 300", "2 100", "1 200"),
            ("Köp av tjänster", "1 200", "1 500", "-300"),
            ("Övriga kostnader", "1 200", "950", "250"),
            ("Summa", "14 200", "12 600", "1 600"),
        ),
        widths=(170.0, 80.0, 80.0, 80.0),
        bold_rows=frozenset({5}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Delårsrapport 2025", size=19, font="arial-bold", after=2),
        Title("Valnämnden, Malmö stad", size=12.5, font="arial", after=12),
        H("Ekonomisk uppföljning", 2),
        P(
            "Valnämndens budget för 2025 uppgår till 14,2 miljoner kronor. Nämndens prognos för helåret visar ett "
            "överskott på 1,6 miljoner kronor.",
            C(
                None,
                "1,6 miljoner kronor",
                "+",
                note="The budget level before the deviation is not the amount.",
            ),
        ),
        P(
            "Till och med augusti har nämnden förbrukat 5,1 miljoner kronor, vilket är 2,3 miljoner kronor lägre än "
            "periodiserad budget. Det beror på att rekryteringen av röstmottagare inför valet 2026 påbörjas senare "
            "än planerat.",
            C(None, "2,3 miljoner kronor", "+", "periodisering", note="The period with its timing reason."),
        ),
        P(
            "Prognosen är oförändrad jämfört med uppföljningsrapporten i april.",
            BF(None),
        ),
        table,
        H("Avvikelser per kostnadsslag", 2),
        P(
            "Personalkostnaderna och kostnaderna för IT och system blir 900 respektive 1 200 tkr lägre än budget. "
            "Valkansliet har haft en vakant samordnartjänst sedan april, och bytet av valadministrationssystem har "
            "skjutits till 2026.",
            C(
                "Personalkostnader",
                "900",
                "+",
                "vakanser",
                unit="tkr",
                note="A 'respektive' pair with each area's reason in the next sentence: two items, one text.",
                also=(C("IT och system", "1 200 tkr", "+", "it_digitalisering", "periodisering"),),
            ),
        ),
        P(
            "Lokalkostnaderna överskrider budget med 450 tkr, eftersom hyran för valkansliets lager i Norra Sorgenfri "
            "har höjts.",
            C("Lokalkostnader", "450 tkr", "-", "lokaler"),
        ),
        P(
            "För köp av tjänster beräknas en negativ avvikelse på 300 tkr till följd av utbildning av röstmottagare "
            "som köps från en extern utbildare.",
            C(
                "Köp av tjänster",
                "300 tkr",
                "-",
                "inhyrd_personal",
                note="An external trainer: inhyrd_personal.",
            ),
        ),
        P("Övriga kostnader ligger 250 tkr under budget.", C("Övriga kostnader", "250 tkr", "+")),
        H("Inför valet 2026", 2),
        P(
            "Kostnaderna för de allmänna valen beräknas till 32 miljoner kronor under 2026. Valmyndigheten har "
            "aviserat att statens ersättning till kommunerna höjs, men nivån är ännu inte beslutad.",
            O(None, "statsbidrag", note="Next year's costs and compensation: other."),
        ),
        P(
            "Nämnden föreslår att överskottet för 2025 förs över till 2026 för att täcka kostnaderna för det utökade "
            "förtidsröstandet.",
            O(None, "reserver", note="Carrying the surplus over: other."),
        ),
    ]
    return ReportSpec(
        file="malmo-valn-delarsrapport-2025-08.pdf",
        report={
            "municipality": ["Malmö", "Malmö stad"],
            "committee": ["Valnämnden"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={"title": "Delårsrapport 2025 Valnämnden", "author": "Malmö stad"},
        style=style,
        blocks=blocks,
    )
