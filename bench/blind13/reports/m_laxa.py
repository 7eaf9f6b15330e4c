"""Laxå kommun, Kommunstyrelsen, lokalförsörjningsplan 2027–2030 (no budget follow-up).

A premises plan laid before the kommunstyrelse in March 2026, DejaVu Sans Condensed 10 pt: it is no budget
follow-up at all, but full of amounts, "ökar med", "beror på", "jämfört med budget 2026" and "belastar
kommunstyrelsens budget": rents against the previous year with their reasons, empty premises whose rent
burdens a budget, a table of areas and rents per verksamhet (unlabelled), needs per verksamhet as run-in
paragraphs (a school conversion with its capital costs, more places in elderly care), the plan's cost effect
"jämfört med budget 2026" with "beror på" and the financing: seven `other` items and no causes. The decision
proposal and the purpose are unlabelled.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import LP, O

PLAN = "A premises plan, not a budget follow-up: other."


def spec() -> ReportSpec:
    style = Style(
        body="cond",
        bold="cond-bold",
        italic="sans-italic",
        size=10.0,
        leading=1.45,
        para_gap=7.5,
        heading_sizes=(16.0, 12.5, 10.5),
        heading_fonts=("cond-bold", "cond-bold", "cond-bold"),
        margins=(66.0, 80.0, 66.0, 76.0),
        header=lambda n, m: ("Laxå kommun", "Lokalförsörjningsplan 2027–2030"),
        footer=lambda n, m: ("Kommunstyrelsen 2026-03-10", "KS 2026/37", f"{n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Verksamhetslokaler 2026 per verksamhet",
        header=(("Verksamhet", "Yta, kvm", "Hyra 2026, tkr", "Varav tomställt, kvm"),),
        rows=(
            ("Förskola", "6 900", "5 100", "640"),
            ("Grundskola", "21 400", "13 600", "0"),
            ("Vård och omsorg", "14 800", "9 900", "0"),
            ("Kultur och fritid", "11 300", "5 800", "380"),
            ("Administration och övrigt", "7 600", "4 000", "1 150"),
            ("Totalt", "62 000", "38 400", "2 170"),
        ),
        widths=(160.0, 70.0, 90.0, 110.0),
        bold_rows=frozenset({5}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Lokalförsörjningsplan 2027–2030", size=20, font="cond-bold", after=2),
        Title("Förslag till kommunstyrelsen", size=12, font="cond", after=14),
        H("Förslag till beslut", 2),
        P(
            "Kommunstyrelsen antar lokalförsörjningsplanen för 2027–2030 och ger kommundirektören i uppdrag att "
            "beakta planens ekonomiska konsekvenser i arbetet med budget 2027."
        ),
        H("Syfte", 2),
        P(
            "Lokalförsörjningsplanen ska ge en samlad bild av kommunens behov av verksamhetslokaler de kommande fyra "
            "åren och visa hur behoven kan mötas med så låga kostnader som möjligt. Planen revideras vartannat år."
        ),
        H("Nuläge", 2),
        P(
            "Kommunen förvaltar i dag 62 000 kvadratmeter verksamhetslokaler. Hyreskostnaderna för de kommunala "
            "verksamheterna uppgår 2026 till 38,4 mnkr, vilket är 2,1 mnkr mer än 2025. Ökningen beror främst på "
            "indexuppräkningen av hyrorna och på den nya idrottshallen i Ramundeboda.",
            O(
                None,
                "lokaler",
                "prisokningar",
                note=PLAN + " Rents against the previous year with 'beror på'.",
            ),
        ),
        P(
            "Tre lokaler står helt eller delvis tomma: den tidigare förskolan Solrosen, delar av Centrumhuset och den "
            "gamla bibliotekslokalen i Finnerödja. Tomhyrorna beräknas till 1,3 mnkr per år och belastar i dag "
            "kommunstyrelsens budget.",
            O(None, "lokaler", note=PLAN + " Empty premises burden a budget: context, not a deviation."),
        ),
        table,
        H("Behov per verksamhet", 2),
        LP(
            "Förskola:",
            "Barnantalet väntas minska med 25 barn till 2030, vilket gör att en avdelning kan avvecklas och "
            "lokalerna i Hasselfors sägas upp.",
            O("Förskola", "volymer", note=PLAN),
        ),
        LP(
            "Grundskola:",
            "Ekeskolan behöver byggas om för att kunna ta emot årskurs 7–9 från 2028. Investeringen beräknas till 48 "
            "mnkr och ökar kapitalkostnaderna med cirka 2,4 mnkr per år.",
            O("Grundskola", "lokaler", note=PLAN + " A planned investment and its capital cost."),
        ),
        LP(
            "Vård och omsorg:",
            "Behovet av platser i särskilt boende ökar med 12 platser till 2030 enligt befolkningsprognosen. "
            "Behovet föreslås mötas genom en tillbyggnad av Lindängen.",
            O("Vård och omsorg", "volymer", note=PLAN),
        ),
        H("Ekonomiska konsekvenser", 2),
        P(
            "Planens förslag innebär att lokalkostnaderna ökar med 3,6 mnkr per år från 2029 jämfört med budget "
            "2026. Ökningen beror på ombyggnaden av Ekeskolan och de nya platserna i särskilt boende, delvis "
            "motverkad av att tomställda lokaler avvecklas.",
            O(
                None,
                "lokaler",
                "volymer",
                note=PLAN
                + " 'Jämfört med budget 2026' and 'beror på' in a plan's cost effect: still no deviation.",
            ),
        ),
        P(
            "Kostnadsökningen ryms inte inom nuvarande ekonomiska ramar och behöver hanteras i budgetprocessen för "
            "2027.",
            O(None, note=PLAN + " Financing."),
        ),
    ]
    return ReportSpec(
        file="laxa-ks-lokalforsorjningsplan-2027-2030.pdf",
        report={
            "municipality": "Laxå",
            "committee": ["Kommunstyrelsen"],
            "period": ["2027", "2026-03"],
            "report_type": "lokalförsörjningsplan",
        },
        metadata={"title": "Lokalförsörjningsplan 2027–2030", "author": "Laxå kommun"},
        style=style,
        blocks=blocks,
    )
