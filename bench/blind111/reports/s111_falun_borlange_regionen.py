"""Falun Borlänge-regionen AB (owned jointly by Falu kommun and Borlänge kommun), Styrelsen, ekonomisk
uppföljning per juni 2025.

A joint business-development company's half-year follow-up in tkr, footer with the board's meeting date in
August: the period "−420 tkr … att jämföra med ett budgeterat resultat på 150 tkr för perioden" (570 never
written out), the full year "en negativ avvikelse mot budget med 300 tkr", the owners' contributions that
"följer budget" (boilerplate); a kostnadsslag table with hyphen-minus; paragraphs in varied shapes: grant
revenue "cirka 0,9 mnkr lägre än budgeterat", personnel "450 tkr lägre än budget", "Konsulter och köpta
tjänster: överskridande med 380 tkr, som beror på", marketing "drygt en halv miljon kronor under budget" (in
words); the change since April without a cause, an action with no amount and equity (other). DejaVu Sans
Condensed 10 pt.

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
        header=lambda n, m: ("Falun Borlänge-regionen AB", "Ekonomisk uppföljning januari–juni 2025"),
        footer=lambda n, m: ("Styrelsemöte 2025-08-27, ärende 5", "", f"{n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Resultaträkning per kostnadsslag, tkr",
        header=(("", "Budget helår", "Utfall jan–jun", "Prognos helår", "Avvikelse"),),
        rows=(
            ("Ägarbidrag", "14 200", "7 100", "14 200", "0"),
            ("Projektintäkter", "6 800", "2 450", "5 900", "-900"),
            ("Personalkostnader", "-11 600", "-5 640", "-11 150", "450"),
            ("Konsulter och köpta tjänster", "-4 900", "-2 890", "-5 280", "-380"),
            ("Lokaler", "-1 100", "-550", "-1 100", "0"),
            ("Marknadsföring och evenemang", "-2 800", "-760", "-2 270", "530"),
            ("Övriga kostnader", "-300", "-130", "-300", "0"),
            ("Resultat", "300", "-420", "0", "-300"),
        ),
        widths=(150.0, 70.0, 74.0, 70.0, 60.0),
        bold_rows=frozenset({7}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Ekonomisk uppföljning per juni 2025", size=18, font="cond-bold", after=2),
        Title("Falun Borlänge-regionen AB", size=12.5, font="cond", after=12),
        H("Resultat och prognos", 2),
        P(
            "Bolaget redovisar ett resultat efter finansiella poster på −420 tkr för januari–juni, att jämföra med "
            "ett budgeterat resultat på 150 tkr för perioden.",
            C(
                None,
                "−420 tkr för januari–juni, att jämföra med ett budgeterat resultat på 150 tkr",
                "-",
                value=570_000,
                note="The period's deviation of 570 tkr, never written out: the computed value.",
            ),
        ),
        P(
            "Helårsprognosen är ett resultat på 0 tkr, vilket innebär en negativ avvikelse mot budget med 300 tkr.",
            C(None, "300 tkr", "-", note="A level before the deviation: the deviation is the amount."),
        ),
        P(
            "Ägarbidragen från Falu kommun och Borlänge kommun följer budget.",
            BP("Ägarbidrag"),
        ),
        table,
        H("Kommentarer", 2),
        P(
            "Projektintäkterna blir cirka 0,9 mnkr lägre än budgeterat, eftersom beslutet om medfinansiering från "
            "Tillväxtverket för etableringsprojektet har dröjt.",
            C(
                "Projektintäkter",
                "cirka 0,9 mnkr",
                "-",
                "statsbidrag",
                "periodisering",
                note="A delayed state co-financing decision: statsbidrag and periodisering.",
            ),
        ),
        P(
            "Personalkostnaderna beräknas bli 450 tkr lägre än budget då en projektledartjänst har varit vakant "
            "sedan mars.",
            C("Personalkostnader", "450 tkr", "+", "vakanser"),
        ),
        P(
            "Konsulter och köpta tjänster: överskridande med 380 tkr, som beror på att en extern rekryteringskonsult "
            "har anlitats och att en analys av kompetensförsörjningen i regionen blev dyrare än planerat.",
            C("Konsulter och köpta tjänster", "380 tkr", "-", "inhyrd_personal"),
        ),
        P(
            "Marknadsföring och evenemang hamnar drygt en halv miljon kronor under budget, sedan deltagandet i en "
            "nationell etableringsmässa ställdes in.",
            C(
                "Marknadsföring och evenemang",
                "drygt en halv miljon kronor",
                "+",
                "ovrigt",
                value=500_000,
                note="An amount in words with 'drygt': the stated figure (the row says 530). A cancelled fair "
                "is ovrigt.",
            ),
        ),
        P(
            "Prognosen är 200 tkr sämre än vid uppföljningen per april.",
            F(None, "200 tkr", "-", note="A change with no cause."),
        ),
        H("Åtgärder", 2),
        P(
            "Styrelsen ger verkställande direktören i uppdrag att pröva varje ny konsultinsats mot budget under "
            "hösten.",
            A("Konsulter och köpta tjänster", None, "inhyrd_personal"),
        ),
        H("Eget kapital", 2),
        P(
            "Bolagets egna kapital uppgår till 2,4 mnkr och påverkas inte nämnvärt av ett nollresultat.",
            O(None, "reserver", note="Equity: other."),
        ),
    ]
    return ReportSpec(
        file="falun-borlange-regionen-ekonomisk-uppfoljning-2025-06.pdf",
        report={
            "municipality": ["Falun Borlänge-regionen AB", "Falun Borlänge-regionen"],
            "committee": ["Styrelsen", "Bolagsstyrelsen"],
            "period": ["2025-06"],
            "report_type": "ekonomisk uppföljning",
        },
        metadata={
            "title": "Ekonomisk uppföljning per juni 2025 Falun Borlänge-regionen AB",
            "author": "Falun Borlänge-regionen AB",
        },
        style=style,
        blocks=blocks,
    )
