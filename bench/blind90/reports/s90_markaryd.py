"""Markaryds kommun, Barn- och utbildningsnämnden, månadsuppföljning mars 2026.

A school committee's month report in tkr (DejaVu Sans), header with the report date in April: the full year
"ett underskott på 3 450 tkr jämfört med tilldelad ram" and the period "1 120 tkr högre än periodiserad
budget" (net cost, so negative) as two sentences of one paragraph (two items), "Prognosen är oförändrad
jämfört med februari" (a boilerplate forecast change); a table with a trailing minus ("1 550-"); en-dash
bullets under a generic heading in varied shapes: a colon lead with the amount in the second sentence, a
reason-only bullet (the row's "700-"), "ett mindre överskott, 300 tkr", a possessive "Gymnasieskolans
kostnader … blir 1,55 miljoner kronor högre", "överskrider budget med 650 tkr", "positiv avvikelse 700 tkr"
for undistributed funds (reserver); an undecided grant (a risk, other), an action with its effect and
investments that "beräknas användas" in full (boilerplate). 8 scored causes. DejaVu Sans 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Bullets, H, P, ReportSpec, Style, Table, Title

from reports.common import BF, BP, A, C, O


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.4,
        para_gap=6.5,
        heading_sizes=(14.0, 11.5, 10.0),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(64.0, 76.0, 64.0, 72.0),
        header=lambda n, m: ("Markaryds kommun · Barn- och utbildningsförvaltningen", "2026-04-14"),
        footer=lambda n, m: ("Månadsuppföljning mars 2026", "", f"{n}/{m}"),
        header_size=7.5,
        rule_under_header=True,
    )
    table = Table(
        caption="Prognos per verksamhet 2026, tkr",
        header=(("Verksamhet", "Budget 2026", "Prognos 2026", "Avvikelse"),),
        rows=(
            ("Förskola", "62 300", "63 850", "1 550-"),
            ("Grundskola F–6", "71 900", "72 600", "700-"),
            ("Grundskola 7–9", "38 400", "38 100", "300"),
            ("Gymnasieskola", "44 700", "46 250", "1 550-"),
            ("Skolskjuts", "9 800", "10 450", "650-"),
            ("Central administration", "12 100", "11 400", "700"),
            ("Totalt", "239 200", "242 650", "3 450-"),
        ),
        widths=(160.0, 80.0, 80.0, 72.0),
        bold_rows=frozenset({6}),
        rules=False,
        grid=True,
        size=8.5,
        shade=(0.85, 0.9, 0.95),
    )
    blocks = [
        Title("Månadsuppföljning mars 2026", size=18, font="sans-bold", after=2),
        Title("Barn- och utbildningsnämnden", size=11.5, font="sans", after=12),
        H("Ekonomiskt läge", 2),
        PS(
            (
                "Barn- och utbildningsnämndens prognos för 2026 visar ett underskott på 3 450 tkr jämfört med "
                "tilldelad ram.",
                C(None, "3 450 tkr", "-", note="The full year in a sentence of its own."),
            ),
            (
                "Utfallet för januari–mars är 1 120 tkr högre än periodiserad budget.",
                C(
                    None,
                    "1 120 tkr",
                    "-",
                    note="The period's net cost above the periodised budget: negative.",
                ),
            ),
        ),
        P("Prognosen är oförändrad jämfört med februari.", BF(None)),
        table,
        H("Kommentarer per verksamhet", 2),
        Bullets(
            (
                "Förskola: Antalet inskrivna barn är 38 fler än budgeterat, vilket kräver ytterligare en avdelning "
                "från augusti. Avvikelsen beräknas till 1 550 tkr.",
                "Grundskola F–6 har haft höga kostnader för vikarier under vintern till följd av hög korttidsfrånvaro "
                "bland personalen.",
                "Grundskola 7–9 redovisar ett mindre överskott, 300 tkr, eftersom en lärartjänst i moderna språk inte "
                "har kunnat tillsättas.",
                "Gymnasieskolans kostnader för interkommunal ersättning blir 1,55 miljoner kronor högre än budget. "
                "Fler elever än beräknat har valt utbildningar i andra kommuner.",
                "Skolskjuts överskrider budget med 650 tkr på grund av det nya trafikavtalet med högre "
                "indexuppräkning.",
                "Central administration: positiv avvikelse 700 tkr. Nämndens ofördelade medel för oförutsedda "
                "kostnader har inte tagits i anspråk.",
            ),
            labels=(
                C("Förskola", "1 550 tkr", "-", "volymer"),
                C(
                    "Grundskola F–6",
                    "700-",
                    "-",
                    "vikarier",
                    "sjukfranvaro",
                    unit="tkr",
                    table=True,
                    note="A reason-only bullet: the row's cell with its trailing minus.",
                ),
                C("Grundskola 7–9", "300 tkr", "+", "vakanser"),
                C(
                    "Gymnasieskola",
                    "1,55 miljoner kronor",
                    "-",
                    "kopt_verksamhet",
                    "volymer",
                    note="Interkommunal ersättning is kopt_verksamhet.",
                ),
                C(
                    "Skolskjuts",
                    "650 tkr",
                    "-",
                    "prisokningar",
                    note="A dearer transport contract: prisokningar.",
                ),
                C(
                    "Central administration",
                    "700 tkr",
                    "+",
                    "reserver",
                    note="Undistributed funds: reserver.",
                ),
            ),
            glyph="–",
        ),
        H("Statsbidrag", 2),
        P(
            "Statsbidraget för mindre barngrupper i förskolan är ännu inte beslutat för 2026. Om det uteblir ökar "
            "underskottet med cirka 900 tkr.",
            O("Förskola", "statsbidrag", note="A risk."),
        ),
        H("Åtgärder", 2),
        P(
            "Förvaltningen har infört vikariestopp i F–6 vid frånvaro kortare än en dag, vilket beräknas minska "
            "kostnaderna med 250 tkr under resten av året.",
            A("Grundskola F–6", "250 tkr", "vikarier"),
        ),
        H("Investeringar", 2),
        P(
            "Av investeringsbudgeten på 3,0 mnkr har 0,4 mnkr förbrukats. Hela budgeten beräknas användas under året.",
            BP("Investeringar", note="The whole frame is used: boilerplate."),
        ),
    ]
    return ReportSpec(
        file="markaryd-bun-manadsuppfoljning-2026-03.pdf",
        report={
            "municipality": "Markaryd",
            "committee": ["Barn- och utbildningsnämnden"],
            "period": ["2026-03"],
            "report_type": "månadsuppföljning",
        },
        metadata={"title": "Månadsuppföljning mars 2026", "author": "Markaryds kommun"},
        style=style,
        blocks=blocks,
    )
