"""Lapplands kommunalförbund, Direktionen, månadsrapport oktober 2025.

An upper-secondary and adult-education kommunalförbund's month report in tkr and mnkr with U+2212 minus
signs, footer with the direktion's meeting date in November: the full year "en negativ avvikelse på 3,0
mnkr mot budgeterat resultat om 0,8 mnkr" after the level; the members' contributions "följer budget"
(boilerplate); "Prognosen är 0,6 mnkr sämre än i september" (a change without a cause); a kostnadsslag table
with the September forecast beside October's; bold run-in kostnadsslag with a colon in varied shapes: revenue
from other kommuner "2 300 tkr lägre än budgeterat" (negative), "+900 tkr" at the end of the sentence, a
reason-only personnel row (the table's "−1 500"), "cirka 0,6 mnkr högre än budget", "400 tkr under budget"
(premises, positive) and "I nivå med budget." beside a row of 100 (boilerplate); the deficit split into the
two verksamheter ("−2,6 mnkr … och −0,4 mnkr", two items); an action with "cirka 1,1 mnkr på helår", equity
and pupil numbers against last year with "beror på" (others). Liberation Serif 11 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import BP, LP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=11.0,
        leading=1.32,
        para_gap=6.5,
        heading_sizes=(16.0, 13.0, 11.5),
        heading_fonts=("times-bold", "times-bold", "times-bold"),
        margins=(70.0, 80.0, 70.0, 74.0),
        header=lambda n, m: ("Lapplands kommunalförbund", "Månadsrapport oktober 2025"),
        footer=lambda n, m: ("Direktionen 2025-11-20", "", f"Sida {n} av {m}"),
        header_size=8.5,
        rule_under_header=True,
    )
    table = Table(
        caption="Resultaträkning per kostnadsslag, tkr",
        header=(("", "Budget 2025", "Prognos sep", "Prognos okt", "Avvikelse"),),
        rows=(
            ("Medlemsbidrag", "214 500", "214 500", "214 500", "0"),
            ("Interkommunala intäkter", "18 900", "17 200", "16 600", "−2 300"),
            ("Statsbidrag", "12 400", "13 300", "13 300", "900"),
            ("Personalkostnader", "−168 200", "−169 300", "−169 700", "−1 500"),
            ("Elevhem och resor", "−9 800", "−10 300", "−10 400", "−600"),
            ("Lokalkostnader", "−44 100", "−43 700", "−43 700", "400"),
            ("Övriga kostnader", "−22 900", "−23 300", "−22 800", "100"),
            ("Resultat", "800", "−1 600", "−2 200", "−3 000"),
        ),
        widths=(150.0, 70.0, 70.0, 70.0, 64.0),
        bold_rows=frozenset({7}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Månadsrapport oktober 2025", size=20, font="times-bold", after=2),
        Title("Lapplands kommunalförbund", size=13, font="times", after=12),
        H("Förbundets ekonomi", 2),
        P(
            "Förbundet prognostiserar ett resultat på −2,2 mnkr för helåret, vilket innebär en negativ avvikelse på "
            "3,0 mnkr mot budgeterat resultat om 0,8 mnkr.",
            C(None, "3,0 mnkr", "-"),
        ),
        P(
            "Medlemsbidragen från Gällivare, Jokkmokk, Kiruna och Pajala följer budget.",
            BP("Medlemsbidrag"),
        ),
        P("Prognosen är 0,6 mnkr sämre än i september.", F(None, "0,6 mnkr", "-")),
        table,
        LP(
            "Interkommunala intäkter:",
            "Intäkterna från andra kommuner för elever på förbundets gymnasieskola blir 2 300 tkr lägre än "
            "budgeterat. I höstas började 19 färre elever från kommuner utanför förbundet än förväntat, främst på "
            "naturbruks- och fordonsprogrammen.",
            C(
                "Interkommunala intäkter",
                "2 300 tkr",
                "-",
                "volymer",
                "avgifter_intakter",
                note="Revenue lower than budget: negative.",
            ),
        ),
        LP(
            "Statsbidrag:",
            "Förbundet har beviljats mer statsbidrag för regional yrkesvux än budgeterat, +900 tkr.",
            C("Statsbidrag", "+900 tkr", "+", "statsbidrag"),
        ),
        LP(
            "Personalkostnader:",
            "Lönerevisionen blev dyrare än budgeterat och flera lärare i yrkesämnen har fått högre lön för att tjänsterna "
            "alls ska gå att tillsätta. Vikariekostnaderna har dessutom varit höga i Kiruna under flytten till nya "
            "lokaler.",
            C(
                "Personalkostnader",
                "−1 500",
                "-",
                "lonekostnader",
                "vakanser",
                "vikarier",
                unit="tkr",
                table=True,
                note="Reasons only: the table row's cell.",
            ),
        ),
        LP(
            "Elevhem och resor:",
            "Fler elever bor på elevhemmet i Gällivare, och kostnaderna för resor till hemorterna blir därför cirka "
            "0,6 mnkr högre än budget.",
            C("Elevhem och resor", "cirka 0,6 mnkr", "-", "volymer"),
        ),
        LP(
            "Lokalkostnader:",
            "Hyran för de tillfälliga lokalerna i Kiruna blev lägre än avtalat när flytten tidigarelades, 400 tkr under "
            "budget.",
            C("Lokalkostnader", "400 tkr", "+", "lokaler"),
        ),
        LP("Övriga kostnader:", "I nivå med budget.", BP("Övriga kostnader", note="The row says 100.")),
        H("Verksamheterna", 2),
        P(
            "Av förbundets underskott hänförs −2,6 mnkr till gymnasieskolan och −0,4 mnkr till vuxenutbildningen.",
            C(
                "Gymnasieskolan",
                "−2,6 mnkr",
                "-",
                note="A split into verksamheter: one item each.",
                also=(C("Vuxenutbildningen", "−0,4 mnkr", "-"),),
            ),
        ),
        H("Åtgärder", 2),
        P(
            "Direktionen har beslutat att inte ersätta två lärartjänster som blir lediga vid årsskiftet, vilket "
            "minskar personalkostnaderna med cirka 1,1 mnkr på helår.",
            A("Personalkostnader", "cirka 1,1 mnkr", "vakanser"),
        ),
        H("Eget kapital och elevutveckling", 2),
        P(
            "Förbundets egna kapital uppgick vid årets början till 9,6 mnkr och räcker för att täcka underskottet.",
            O(None, "reserver", note="Equity covering the deficit: other."),
        ),
        P(
            "Antalet elever i gymnasieskolan var 1 146 i oktober, 37 färre än i oktober 2024, vilket beror på mindre "
            "årskullar i medlemskommunerna.",
            O(None, "volymer", note="Pupils against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="lapplands-kommunalforbund-manadsrapport-2025-10.pdf",
        report={
            "municipality": ["Lapplands kommunalförbund", "Lapplands Kommunalförbund"],
            "committee": ["Direktionen", "Förbundsdirektionen"],
            "period": ["2025-10"],
            "report_type": "månadsrapport",
        },
        metadata={"title": "Månadsrapport oktober 2025", "author": "Lapplands kommunalförbund"},
        style=style,
        blocks=blocks,
    )
