"""Räddningstjänsten Östra Blekinge (kommunalförbund of Karlskrona and Ronneby), tertialrapport 1 2026.

A fire and rescue kommunalförbund's first tertial report, footer with the direktion's meeting date in May: the
period's result "1,4 mnkr, att jämföra med ett periodiserat budgeterat resultat på 0,3 mnkr" (1,1 never
written out) and the full year "underskott mot budget med 0,9 mnkr" (two causes); a table in tkr with
hyphen-minus signs; bold run-in leads that carry the amount ("Personalkostnader −2 400 tkr.", "Externa
intäkter +700 tkr.") over reasons-only text, a plain lead over a reason-only surplus (the row's "600"), one
whose text gives "200 tkr" at the end after a comma, and "följer budget" (boilerplate); "Prognosen är
oförändrad" against the February follow-up (boilerplate forecast change); investments where "1,2 mnkr inte
kommer att användas"; an action with its effect; the members' shares and equity (others). DejaVu Sans
Condensed 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import BF, BP, LP, A, C, O

LEAD = "The run-in lead carries the area and its amount."


def spec() -> ReportSpec:
    style = Style(
        body="cond",
        bold="cond-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.42,
        para_gap=6.0,
        heading_sizes=(15.0, 11.5, 10.0),
        heading_fonts=("cond-bold", "cond-bold", "cond-bold"),
        margins=(64.0, 78.0, 64.0, 72.0),
        header=lambda n, m: (
            "Räddningstjänsten Östra Blekinge",
            "Kommunalförbund för Karlskrona och Ronneby",
        ),
        footer=lambda n, m: ("Direktionen 2026-05-28", "Dnr RÖB 2026/041", f"Sida {n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Driftredovisning, tkr",
        header=(("", "Budget 2026", "Prognos 2026", "Avvikelse"),),
        rows=(
            ("Medlemsbidrag", "128 400", "128 400", "0"),
            ("Externa intäkter", "9 600", "10 300", "700"),
            ("Personalkostnader", "-98 200", "-100 600", "-2 400"),
            ("Lokalkostnader", "-14 100", "-14 100", "0"),
            ("Övriga verksamhetskostnader", "-20 900", "-20 300", "600"),
            ("Kapitalkostnader", "-4 800", "-4 600", "200"),
            ("Resultat", "0", "-900", "-900"),
        ),
        widths=(170.0, 86.0, 86.0, 86.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Tertialrapport 1 2026", size=19, font="cond-bold", after=2),
        Title("Räddningstjänsten Östra Blekinge", size=12, font="cond", after=12),
        H("Ekonomisk översikt", 2),
        P(
            "Förbundet redovisar ett resultat per den 30 april på 1,4 mnkr, att jämföra med ett periodiserat "
            "budgeterat resultat på 0,3 mnkr.",
            C(
                None,
                "1,4 mnkr, att jämföra med ett periodiserat budgeterat resultat på 0,3 mnkr",
                "+",
                value=1_100_000,
                note="The period's result against the periodised budgeted result: 1,1 mnkr, never written out.",
            ),
        ),
        P("Helårsprognosen visar ett underskott mot budget med 0,9 mnkr.", C(None, "0,9 mnkr", "-")),
        P(
            "Prognosen är oförändrad jämfört med budgetuppföljningen i februari.",
            BF(None, note="No change since the last forecast: boilerplate."),
        ),
        table,
        H("Kommentarer till prognosen", 2),
        LP(
            "Personalkostnader −2 400 tkr.",
            "Sjukfrånvaron bland heltidsbrandmännen har varit hög under vintern, vilket har krävt övertid för att "
            "upprätthålla minimibemanningen på stationerna i Karlskrona och Ronneby. Även lönerevisionen blev "
            "högre än budgeterat.",
            C(
                "Personalkostnader",
                "−2 400 tkr",
                "-",
                "sjukfranvaro",
                "overtid",
                "bemanning",
                "lonekostnader",
                note=LEAD,
            ),
        ),
        LP(
            "Externa intäkter +700 tkr.",
            "Fler utbildningar i brandskydd och hjärt-lungräddning har sålts till företag och kommunala "
            "verksamheter än beräknat.",
            C("Externa intäkter", "+700 tkr", "+", "avgifter_intakter", note=LEAD),
        ),
        LP(
            "Övriga verksamhetskostnader.",
            "Kostnaderna för drivmedel och för underhåll av fordon blir lägre än budgeterat.",
            C(
                "Övriga verksamhetskostnader",
                "600",
                "+",
                "material_hjalpmedel",
                unit="tkr",
                table=True,
                note="A reason-only lead: the table row's cell. Fuel and vehicles are material_hjalpmedel.",
            ),
        ),
        LP(
            "Kapitalkostnader.",
            "Leveransen av den nya höjdenheten har försenats, vilket ger lägre avskrivningar än budgeterat, 200 tkr.",
            C("Kapitalkostnader", "200 tkr", "+", "periodisering", "material_hjalpmedel"),
        ),
        LP("Lokalkostnader.", "Lokalkostnaderna följer budget.", BP("Lokalkostnader")),
        H("Investeringar", 2),
        P(
            "Investeringsbudgeten på 8,5 mnkr förbrukas till största delen under hösten. Av prognosen framgår att "
            "1,2 mnkr inte kommer att användas, eftersom inköpet av ett räddningsfordon till stationen i Jämjö "
            "skjuts till 2027.",
            C("Investeringar", "1,2 mnkr", "+", "periodisering", "material_hjalpmedel"),
        ),
        H("Åtgärder", 2),
        P(
            "Direktionen har beslutat om en striktare prövning av övertid och om ett tillfälligt stopp för "
            "rekrytering till administrativa tjänster, vilket beräknas minska kostnaderna med 500 tkr under resten "
            "av året.",
            A("Personalkostnader", "500 tkr", "overtid", "vakanser"),
        ),
        H("Medlemsbidrag och eget kapital", 2),
        P(
            "Medlemsbidragen för 2026 fördelas med 64 procent på Karlskrona kommun och 36 procent på Ronneby "
            "kommun enligt förbundsordningen.",
            O(None, note="The members' contributions: other."),
        ),
        P(
            "Förbundets egna kapital uppgick vid årsskiftet till 6,2 mnkr, och ett underskott för året kan täckas "
            "av detta.",
            O(None, amount="6,2 mnkr", note="Equity: other."),
        ),
    ]
    return ReportSpec(
        file="raddningstjansten-ostra-blekinge-tertialrapport-2026-04.pdf",
        report={
            "municipality": [
                "Räddningstjänsten Östra Blekinge",
                "Kommunalförbundet Räddningstjänsten Östra Blekinge",
                "RÖB",
            ],
            "committee": ["Direktionen", "Förbundsdirektionen"],
            "period": ["2026-04"],
            "report_type": "tertialrapport",
        },
        metadata={"title": "Tertialrapport 1 2026", "author": "Räddningstjänsten Östra Blekinge"},
        style=style,
        blocks=blocks,
    )
