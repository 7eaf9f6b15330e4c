"""Sundbybergs stad, Grundskolenämnden, månadsuppföljning mars 2026.

A school committee's month report in mnkr and tkr with en-dash minus signs, footer with the nämnd's meeting
date in April: the full year "helårsprognos på –8,7 mnkr" followed in the same paragraph by a percentage of
the frame (not the amount), the period "1,9 mnkr högre än periodens budget" (negative) and the change since
February with its cause; a table whose deviations use a trailing minus ("4 300-"); bold run-in verksamheter
with a full stop: "prognostiserar sammantaget 4,3 mnkr över budget", "närmare sex miljoner kronor högre än
budgeterat" (words), a reason-only deficit (the row's "1 200-"), two verksamheter as a "respektive" pair
("+600 respektive +400 tkr") each with its own reason, "ett överskott på en miljon kronor" (words), an
undistributed buffer (reserver); two en-dash bullet actions under a heading a risk and pupil numbers against
March 2025 with "beror på" (others). DejaVu Sans 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import Bullets, H, P, ReportSpec, Style, Table, Title

from reports.common import LP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.45,
        para_gap=7.0,
        heading_sizes=(15.0, 12.0, 10.0),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(66.0, 80.0, 66.0, 74.0),
        header=lambda n, m: ("Sundbybergs stad", "Grundskolenämnden"),
        footer=lambda n, m: ("Månadsuppföljning mars 2026 – nämndsammanträde 2026-04-22", "", f"{n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Prognos per verksamhet, tkr (minustecken efter beloppet = underskott)",
        header=(("Verksamhet", "Budget 2026", "Prognos 2026", "Avvikelse"),),
        rows=(
            ("Kommunala grundskolor", "468 200", "472 500", "4 300-"),
            ("Skolpeng till fristående skolor", "171 400", "177 300", "5 900-"),
            ("Anpassad grundskola", "38 600", "39 800", "1 200-"),
            ("Fritidshem", "52 900", "52 300", "600"),
            ("Modersmål och studiehandledning", "11 300", "10 900", "400"),
            ("Elevhälsa", "29 700", "28 700", "1 000"),
            ("Central förvaltning", "17 900", "17 200", "700"),
            ("Summa", "790 000", "798 700", "8 700-"),
        ),
        widths=(180.0, 78.0, 78.0, 72.0),
        bold_rows=frozenset({7}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Månadsuppföljning mars 2026", size=18, font="sans-bold", after=2),
        Title("Grundskolenämnden", size=12, font="sans", after=12),
        H("Ekonomiskt läge", 2),
        P(
            "Efter mars visar grundskolenämnden en helårsprognos på –8,7 mnkr. Underskottet motsvarar 1,1 procent av "
            "nämndens budgetram på 790 mnkr.",
            C(
                None,
                "–8,7 mnkr",
                "-",
                note="En dash as the minus. A percentage of the frame is not the amount.",
            ),
        ),
        P(
            "Utfallet för januari–mars är 1,9 mnkr högre än periodens budget.",
            C(None, "1,9 mnkr", "-", note="Net cost over the period's budget: negative."),
        ),
        P(
            "Prognosen har försämrats med 2,2 mnkr sedan februari, främst därför att skolpengen till fristående "
            "skolor blir högre när fler elever väljer fristående alternativ.",
            F(None, "2,2 mnkr", "-", "kopt_verksamhet", "volymer"),
        ),
        table,
        H("Kommentarer per verksamhet", 2),
        LP(
            "Kommunala grundskolor.",
            "Skolorna prognostiserar sammantaget 4,3 mnkr över budget. Tre skolor har fler elever med omfattande "
            "behov än vad tilläggsbeloppen täcker, och kostnaderna för vikarier vid sjukfrånvaro har varit höga "
            "under februari och mars.",
            C("Kommunala grundskolor", "4,3 mnkr", "-", "volymer", "vikarier", "sjukfranvaro"),
        ),
        LP(
            "Skolpeng till fristående skolor.",
            "Här blir kostnaden närmare sex miljoner kronor högre än budgeterat, eftersom 74 fler elever än beräknat "
            "går i fristående skolor i och utanför kommunen.",
            C(
                "Skolpeng till fristående skolor",
                "närmare sex miljoner kronor",
                "-",
                "kopt_verksamhet",
                "volymer",
                value=6_000_000,
                note="An amount in words: the stated figure (the row says 5 900-).",
            ),
        ),
        LP(
            "Anpassad grundskola.",
            "Två elever har under våren placerats i anpassad grundskola i en annan kommun, vilket inte fanns med i "
            "budgeten.",
            C(
                "Anpassad grundskola",
                "1 200-",
                "-",
                "kopt_verksamhet",
                unit="tkr",
                table=True,
                note="A reason only: the row's cell with its trailing minus.",
            ),
        ),
        LP(
            "Fritidshem och modersmål.",
            "Fritidshemmen och modersmålsenheten visar +600 respektive +400 tkr, där fritidshemmen har fått högre "
            "avgiftsintäkter och modersmålsenheten har haft vakanta lärartjänster.",
            C(
                "Fritidshem",
                "+600",
                "+",
                "avgifter_intakter",
                unit="tkr",
                note="A 'respektive' pair, each with its own reason.",
                also=(C("Modersmål och studiehandledning", "+400 tkr", "+", "vakanser"),),
            ),
        ),
        LP(
            "Elevhälsa.",
            "Elevhälsan beräknas gå med ett överskott på en miljon kronor, då en skolpsykologtjänst och en "
            "kuratorstjänst är vakanta och inte kan tillsättas förrän till hösten.",
            C("Elevhälsa", "en miljon kronor", "+", "vakanser", value=1_000_000),
        ),
        LP(
            "Central förvaltning.",
            "Centralt finns en ofördelad buffert på 700 tkr som inte bedöms tas i anspråk.",
            C("Central förvaltning", "700 tkr", "+", "reserver", note="An undistributed buffer: reserver."),
        ),
        H("Åtgärder", 2),
        Bullets(
            (
                "Skolorna ska minska användningen av korttidsvikarier genom en gemensam vikariepool från april, med "
                "en beräknad effekt på 1,5 mnkr.",
                "Förvaltningen har begärt att kommunstyrelsen kompenserar nämnden för det ökade antalet elever i "
                "fristående skolor.",
            ),
            labels=(
                A("Kommunala grundskolor", "1,5 mnkr", "vikarier"),
                A("Skolpeng till fristående skolor", None, "volymer"),
            ),
            glyph="–",
        ),
        P(
            "Prognosen innehåller en osäkerhet kring tilläggsbeloppen, där ett tiotal ansökningar ännu inte är "
            "prövade.",
            O("Kommunala grundskolor", "volymer", note="A risk: other."),
        ),
        H("Elevantal", 2),
        P(
            "Antalet elever i kommunala grundskolor var 5 820 i mars, 96 färre än i mars 2025, vilket beror på att "
            "fler väljer fristående skolor.",
            O(None, "volymer", note="Pupil numbers against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="sundbyberg-gsn-manadsuppfoljning-2026-03.pdf",
        report={
            "municipality": ["Sundbyberg", "Sundbybergs stad"],
            "committee": ["Grundskolenämnden"],
            "period": ["2026-03"],
            "report_type": "månadsuppföljning",
        },
        metadata={"title": "Månadsuppföljning mars 2026 Grundskolenämnden", "author": "Sundbybergs stad"},
        style=style,
        blocks=blocks,
    )
