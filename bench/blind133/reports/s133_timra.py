"""Timrå kommun, Barn- och utbildningsnämnden, månadsrapport mars 2026.

A school committee's month report in mkr and tkr, footer with the meeting date in April: the full year
"underskott mot budget på 5,2 mkr (−4,4 mkr i februari)" with last month's figure in brackets, the period
"1,3 mkr sämre än periodens budget" in a paragraph of its own, a table in tkr whose deficits carry a trailing
minus ("4 800-"), then plain headings whose paragraphs give the amount in varied places ("beräknas gå 4,8 mkr
över budget", "prognosen ett underskott om 2,6 mkr" with a price rise in percent that is not the amount, the
surplus "2,0 mkr" in the second sentence, a consultant psychologist "Det ger ett underskott på 300 tkr."), a
reason-only school transport deficit (the row's "500-"), "Komvux visar ett överskott på 600 tkr tack vare",
"bedöms hålla budget" (boilerplate), the change since February, an action with no amount and sick leave
against a year earlier (other). DejaVu Sans Condensed 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="cond",
        bold="cond-bold",
        italic="sans-italic",
        size=10.0,
        leading=1.4,
        para_gap=7.0,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("cond-bold", "cond-bold", "cond-bold"),
        margins=(70.0, 80.0, 70.0, 74.0),
        header=lambda n, m: ("Timrå kommun", "Barn- och utbildningsförvaltningen"),
        footer=lambda n, m: ("Barn- och utbildningsnämnden 2026-04-22", "", f"{n}/{m}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Helårsprognos per verksamhet, tkr (minus efter beloppet = underskott)",
        header=(("Verksamhet", "Budget 2026", "Prognos 2026", "Avvikelse"),),
        rows=(
            ("Förskola", "128 500", "126 500", "2 000"),
            ("Grundskola F–9", "246 300", "251 100", "4 800-"),
            ("Fritidshem", "31 200", "31 200", "0"),
            ("Elevhälsa", "14 800", "15 100", "300-"),
            ("Gymnasieskola", "118 700", "121 300", "2 600-"),
            ("Kommunal vuxenutbildning", "19 400", "18 800", "600"),
            ("Skolskjuts", "16 900", "17 400", "500-"),
            ("Förvaltningsgemensamt", "22 000", "21 600", "400"),
            ("Summa", "597 800", "603 000", "5 200-"),
        ),
        widths=(160.0, 76.0, 76.0, 70.0),
        bold_rows=frozenset({8}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Månadsrapport mars 2026", size=19, font="cond-bold", after=2),
        Title("Barn- och utbildningsnämnden", size=12.5, font="cond", after=12),
        H("Ekonomisk prognos", 2),
        P(
            "Nämnden prognostiserar ett underskott mot budget på 5,2 mkr (−4,4 mkr i februari).",
            C(None, "5,2 mkr", "-", note="Last month's figure in brackets is not the amount."),
        ),
        P(
            "Utfallet för januari–mars är 1,3 mkr sämre än periodens budget.",
            C(None, "1,3 mkr", "-", note="The period, a paragraph of its own."),
        ),
        table,
        H("Grundskola", 3),
        P(
            "Grundskolan beräknas gå 4,8 mkr över budget. Antalet elever med omfattande stödbehov har ökat, och två nya "
            "resursgrupper har startats. Därtill ökar kostnaderna för elever som valt fristående skolor i Sundsvall.",
            C("Grundskola", "4,8 mkr", "-", "volymer", "kopt_verksamhet"),
        ),
        H("Gymnasieskola", 3),
        P(
            "För gymnasieskolan är prognosen ett underskott om 2,6 mkr. Fler elever än budgeterat läser på program i "
            "andra kommuner och hos fristående huvudmän, och den interkommunala ersättningen har höjts med 4,5 procent.",
            C(
                "Gymnasieskola",
                "2,6 mkr",
                "-",
                "volymer",
                "kopt_verksamhet",
                "prisokningar",
                note="The price rise in percent is not the amount.",
            ),
        ),
        H("Förskola", 3),
        P(
            "Färre barn i förskoleåldern gör att två avdelningar hålls stängda under våren. Förskolan visar därmed ett "
            "överskott om 2,0 mkr.",
            C("Förskola", "2,0 mkr", "+", "volymer", note="The amount in the second sentence."),
        ),
        H("Elevhälsa", 3),
        P(
            "Elevhälsan har anlitat en skolpsykolog via bemanningsföretag sedan januari, eftersom tjänsten inte har gått "
            "att tillsätta. Det ger ett underskott på 300 tkr.",
            C("Elevhälsa", "300 tkr", "-", "inhyrd_personal", "vakanser"),
        ),
        H("Skolskjuts", 3),
        P(
            "Det nya skolskjutsavtalet som började gälla i januari är dyrare än det tidigare avtalet.",
            C(
                "Skolskjuts",
                "500-",
                "-",
                "prisokningar",
                unit="tkr",
                table=True,
                note="A reason only: the row's cell with its trailing minus.",
            ),
        ),
        H("Kommunal vuxenutbildning", 3),
        P(
            "Komvux visar ett överskott på 600 tkr tack vare högre statsbidrag för yrkesutbildning än beräknat.",
            C("Kommunal vuxenutbildning", "600 tkr", "+", "statsbidrag"),
        ),
        H("Fritidshem", 3),
        P("Fritidshemmen bedöms hålla budget.", BP("Fritidshem")),
        H("Förändring jämfört med februari", 2),
        P(
            "Underskottet har ökat med 0,8 mkr sedan februariprognosen, vilket beror på gymnasieskolan.",
            F(None, "0,8 mkr", "-", note="The area is named, no reason: no tags."),
        ),
        H("Åtgärder", 2),
        P(
            "Förvaltningen har infört anställningsprövning för alla tjänster utom legitimerade lärare och förskollärare.",
            A(None, note="No effect in kronor."),
        ),
        H("Personal", 2),
        P(
            "Sjukfrånvaron i förskolan var 9,4 procent i mars, jämfört med 7,8 procent ett år tidigare.",
            O("Förskola", "sjukfranvaro", note="Sick leave against a year earlier."),
        ),
    ]
    return ReportSpec(
        file="timra-bun-manadsrapport-2026-03.pdf",
        report={
            "municipality": "Timrå",
            "committee": ["Barn- och utbildningsnämnden"],
            "period": ["2026-03"],
            "report_type": "månadsrapport",
        },
        metadata={"title": "Månadsrapport mars 2026 Barn- och utbildningsnämnden", "author": "Timrå kommun"},
        style=style,
        blocks=blocks,
    )
