"""Sävsjö kommun, Barn- och utbildningsnämnden, månadsuppföljning oktober 2025.

A school committee's month report whose result table is pasted as an image (no text layer), DejaVu Sans 10
pt, footer with the arbetsutskott's date in November: the full year "−3,6 mnkr (−4,2 mnkr i september)",
the improvement against September with its cause but no amount (a forecast change), two kostnadsslag
joined by "medan" (two items); under a generic heading ("Kommentarer per verksamhet") bullets in varied
shapes: "Förskolan: −1,9 mnkr (−1,9).", "ett underskott på cirka två miljoner kronor" in words, "Prognosen
visar ett överskott om 0,8 mnkr" after a run-in label, a reason-only deficit whose amount lives only in the
image (amount null), "+0,3 mnkr tack vare", "bedöms hålla budget" (boilerplate); investments "2,4 mnkr inte
att användas", an action with an effect and sick leave against last year (other). 9 scored causes.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import Bullets, H, P, ReportSpec, Space, Style, Table, Title

from reports.common import BP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=10.0,
        leading=1.42,
        para_gap=7.0,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(68.0, 80.0, 68.0, 74.0),
        header=lambda n, m: ("Sävsjö kommun", "Barn- och utbildningsnämnden"),
        footer=lambda n, m: ("Månadsuppföljning oktober 2025", "BUN arbetsutskott 2025-11-13", f"{n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Prognos per verksamhet 2025 (mnkr)",
        header=(("Verksamhet", "Budget", "Prognos", "Avvikelse", "Avv. sep"),),
        rows=(
            ("Förskola", "98,4", "100,3", "−1,9", "−1,9"),
            ("Grundskola", "176,2", "178,2", "−2,0", "−2,3"),
            ("Fritidshem", "21,7", "22,5", "−0,8", "−0,9"),
            ("Gymnasieskola och vuxenutbildning", "84,9", "84,1", "0,8", "0,6"),
            ("Kostenheten", "27,3", "27,0", "0,3", "0,3"),
            ("Elevhälsa", "12,6", "12,6", "0,0", "0,0"),
            ("Summa", "421,1", "424,7", "−3,6", "−4,2"),
        ),
        widths=(190.0, 56.0, 56.0, 62.0, 56.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=9.0,
        as_image=True,
    )
    blocks = [
        Title("Månadsuppföljning oktober 2025", size=18, font="sans-bold", after=3),
        Title("Barn- och utbildningsnämnden", size=12, font="sans", after=14),
        H("Nämndens prognos", 2),
        P(
            "Nämndens prognos för helåret är −3,6 mnkr (−4,2 mnkr i september).",
            C(None, "−3,6 mnkr", "-", note="September's figure in brackets is not the amount."),
        ),
        P(
            "Förbättringen mot september förklaras av att statsbidraget för karriärtjänster har kunnat rekvireras "
            "för hela höstterminen.",
            F(None, None, "+", "statsbidrag", note="The change is not written out: amount null."),
        ),
        P(
            "Intäkterna ligger 1,1 mnkr över budget, medan personalkostnaderna överstiger budget med 3,9 mnkr.",
            C(
                "Intäkter",
                "1,1 mnkr",
                "+",
                note="Two kostnadsslag joined by 'medan': two items, no reason, no tag.",
                also=(C("Personalkostnader", "3,9 mnkr", "-"),),
            ),
        ),
        table,
        Space(6),
        H("Kommentarer per verksamhet", 2),
        Bullets(
            (
                "Förskolan: −1,9 mnkr (−1,9). Fler barn i behov av särskilt stöd har krävt extra resurser på tre "
                "avdelningar.",
                "Grundskolan beräknar ett underskott på cirka två miljoner kronor, framför allt till följd av ökade "
                "kostnader för skolskjuts och fler elever med rätt till modersmålsundervisning.",
                "Gymnasiet och vuxenutbildningen: Prognosen visar ett överskott om 0,8 mnkr. Fler elever från andra "
                "kommuner har valt kommunens gymnasieprogram, vilket ökar intäkterna från interkommunal ersättning.",
                "Fritidshemmen: personalkostnaderna ligger över budget eftersom vikarier har tagits in vid "
                "sjukfrånvaro under hela hösten.",
                "Kostenheten +0,3 mnkr tack vare lägre livsmedelspriser än beräknat.",
                "Elevhälsan bedöms hålla budget.",
            ),
            labels=(
                C("Förskola", "−1,9 mnkr", "-", "volymer", note="Last month's figure in brackets."),
                C(
                    "Grundskola",
                    "cirka två miljoner kronor",
                    "-",
                    "prisokningar",
                    "volymer",
                    value=2_000_000,
                    note="An amount in words.",
                ),
                C("Gymnasieskola och vuxenutbildning", "0,8 mnkr", "+", "volymer", "avgifter_intakter"),
                C(
                    "Fritidshem",
                    None,
                    "-",
                    "vikarier",
                    "sjukfranvaro",
                    note="Reason only; the amount is only in the table image: null.",
                ),
                C("Kostenheten", "+0,3 mnkr", "+", "prisokningar"),
                BP("Elevhälsa"),
            ),
        ),
        H("Investeringar", 2),
        P(
            "Av investeringsramen på 3,2 mnkr kommer 2,4 mnkr inte att användas under året, eftersom upphandlingen "
            "av nya elevdatorer har överprövats.",
            C("Investeringar", "2,4 mnkr", "+", "it_digitalisering", "periodisering"),
        ),
        H("Åtgärder", 2),
        P(
            "En genomlysning av skolskjutsorganisationen pågår och väntas ge besparingar på omkring 400 tkr från "
            "2026.",
            A("Grundskola", "omkring 400 tkr"),
        ),
        H("Personal", 2),
        P(
            "Sjuktalet var 6,8 procent i september, vilket är lägre än samma månad 2024.",
            O(None, "sjukfranvaro", note="Sick leave against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="savsjo-bun-manadsuppfoljning-2025-10.pdf",
        report={
            "municipality": "Sävsjö",
            "committee": ["Barn- och utbildningsnämnden"],
            "period": ["2025-10"],
            "report_type": "månadsuppföljning",
        },
        metadata={"title": "Månadsuppföljning oktober 2025 BUN", "author": "Sävsjö kommun"},
        style=style,
        blocks=blocks,
    )
