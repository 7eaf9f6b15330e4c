"""Trelleborgs kommun, Utbildningsnämnden, tjänsteskrivelse: ekonomisk uppföljning februari 2026.

An education committee's cover letter in Liberation Serif (Times), dated in March for the period to February:
an unlabelled decision proposal, the full year's deficit followed by "Prognosen är oförändrad jämfört med
januari" (a cause and a boilerplate forecast change in one paragraph), the period "2,1 mnkr högre än periodens
budget" (a net cost, negative); a table in tkr with en-dash deficits ("–11 300"); bullets under a generic
heading in varied shapes: "har den största avvikelsen, –11,3 mnkr", "överskrids budgeten med drygt tre
miljoner kronor" in words, a possessive "Förskolans överskott, 3,7 mnkr, beror på", two verksamheter as a
"respektive" pair with their own causes, and a run-in "Central administration och skolskjuts: –0,6 mnkr"; an
action with its effect, a statsbidrag risk and investments "användas fullt ut" (boilerplate). 8 scored causes.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import Bullets, H, P, Para, ReportSpec, Space, Style, Table, Title

from reports.common import BF, BP, A, C, O


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=11.0,
        leading=1.34,
        para_gap=7.0,
        heading_sizes=(15.0, 12.0, 11.0),
        heading_fonts=("times-bold", "times-bold", "times-bold"),
        margins=(72.0, 80.0, 72.0, 74.0),
        header=lambda n, m: ("Trelleborgs kommun", "Tjänsteskrivelse 2026-03-09"),
        footer=lambda n, m: ("Utbildningsförvaltningen", "UN 2026/0214", f"Sida {n} av {m}"),
        header_size=8.0,
        rule_under_header=False,
    )
    table = Table(
        caption="Prognos per verksamhet 2026, tkr",
        header=(("Verksamhet", "Budget", "Prognos", "Avvikelse"),),
        rows=(
            ("Förskola", "412 300", "408 600", "3 700"),
            ("Grundskola inkl. fritidshem", "781 500", "792 800", "–11 300"),
            ("Anpassad grundskola", "48 200", "51 600", "–3 400"),
            ("Gymnasieskola", "298 400", "296 900", "1 500"),
            ("Vuxenutbildning", "44 700", "43 800", "900"),
            ("Central administration och skolskjuts", "61 900", "62 500", "–600"),
            ("Summa", "1 647 000", "1 656 200", "–9 200"),
        ),
        widths=(200.0, 76.0, 76.0, 76.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=9.5,
    )
    blocks = [
        Title("Ekonomisk uppföljning februari 2026", size=17, font="times-bold", after=10),
        H("Förslag till beslut", 2),
        P(
            "Utbildningsnämnden godkänner den ekonomiska uppföljningen per februari 2026 och uppdrar åt "
            "förvaltningen att återkomma med en åtgärdsplan i april."
        ),
        H("Ärendet", 2),
        Para(
            (
                (
                    "Utbildningsnämnden prognostiserar ett underskott på 9,2 mnkr för 2026.",
                    C(None, "9,2 mnkr", "-", note="The full year."),
                ),
                ("Prognosen är oförändrad jämfört med januari.", BF(None)),
            )
        ),
        P(
            "För januari–februari är nettokostnaden 2,1 mnkr högre än periodens budget, framför allt inom "
            "grundskolan.",
            C(None, "2,1 mnkr", "-", note="A net cost above the period budget: negative."),
        ),
        table,
        Space(4),
        H("Verksamheternas kommentarer", 2),
        Bullets(
            (
                "Grundskolan, inklusive fritidshem, har den största avvikelsen, –11,3 mnkr. Fler elever än beräknat "
                "har flyttat in till kommunen, och kostnaderna för elevassistenter till elever i behov av särskilt "
                "stöd har ökat.",
                "För anpassad grundskola överskrids budgeten med drygt tre miljoner kronor till följd av två nya "
                "elever med mycket omfattande behov och dyrare skolskjutsar.",
                "Förskolans överskott, 3,7 mnkr, beror på att barnkullarna är mindre än i budgeten och att en "
                "förskola i Anderslöv har slagits ihop med en annan.",
                "Gymnasieskolan och vuxenutbildningen gör överskott på 1,5 respektive 0,9 mnkr. De interkommunala "
                "ersättningarna till andra kommuner blir lägre än budgeterat, och vuxenutbildningen har fått ett "
                "större statsbidrag för yrkesvux än väntat.",
                "Central administration och skolskjuts: –0,6 mnkr, på grund av det nya skolskjutsavtalet som blev "
                "dyrare än det gamla.",
            ),
            labels=(
                C("Grundskola inkl. fritidshem", "–11,3 mnkr", "-", "volymer"),
                C(
                    "Anpassad grundskola",
                    "drygt tre miljoner kronor",
                    "-",
                    "volymer",
                    "prisokningar",
                    value=3_000_000,
                    note="An amount in words: the stated figure (the table says –3 400).",
                ),
                C(
                    "Förskola",
                    "3,7 mnkr",
                    "+",
                    "volymer",
                    "omstallning",
                    note="Two units merged: omstallning.",
                ),
                C(
                    "Gymnasieskola",
                    "1,5",
                    "+",
                    "kopt_verksamhet",
                    unit="mnkr",
                    note="A 'respektive' pair with a cause each: two items. Interkommunal ersättning is "
                    "kopt_verksamhet.",
                    also=(C("Vuxenutbildning", "0,9 mnkr", "+", "statsbidrag"),),
                ),
                C(
                    "Central administration och skolskjuts",
                    "–0,6 mnkr",
                    "-",
                    "prisokningar",
                    note="A dearer transport contract: prisokningar.",
                ),
            ),
        ),
        H("Åtgärder", 2),
        P(
            "Förvaltningen har infört anställningsstopp för administrativa tjänster och ser över resursfördelningen "
            "till grundskolorna. Effekten beräknas till 2,0 mnkr för 2026.",
            A(None, "2,0 mnkr", "bemanning"),
        ),
        H("Risker och osäkerheter", 2),
        P(
            "Prognosen är osäker eftersom besluten om statsbidragen för 2026 ännu inte har kommit. Blir bidraget för "
            "ökad likvärdighet lägre än 2025 kan underskottet öka med upp till 4 mnkr.",
            O(None, note="A risk."),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsbudgeten på 15,0 mnkr beräknas användas fullt ut.",
            BP("Investeringar", note="The whole investment frame used: boilerplate."),
        ),
        P("Utbildningsförvaltningen"),
    ]
    return ReportSpec(
        file="trelleborg-un-tjansteskrivelse-ekonomisk-uppfoljning-2026-02.pdf",
        report={
            "municipality": "Trelleborg",
            "committee": ["Utbildningsnämnden"],
            "period": ["2026-02"],
            "report_type": "tjänsteskrivelse",
        },
        metadata={
            "title": "Ekonomisk uppföljning februari 2026 Utbildningsnämnden",
            "author": "Trelleborgs kommun",
        },
        style=style,
        blocks=blocks,
    )
