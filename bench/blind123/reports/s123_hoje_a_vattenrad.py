"""Höje å vattenråd, Styrelsen, ekonomisk uppföljning januari–september 2025.

A joint water council of kommuner and other members, in Liberation Sans (Arial metrics) 9.5 pt, footer with
the October board meeting: the period's result "412 tkr, att jämföra med ett periodiserat budgeterat resultat
på 150 tkr" (262 tkr never written out), the full year "överskott på 180 tkr mot budget", the change since the
half-year follow-up (a forecast change); a table in tkr with en-dash minus signs; a grant "280 tkr lägre än
budgeterat", projects that "kostar 360 tkr mindre", a reason-only surplus (the row's "130"), office costs
"överstiger budget med 65 tkr", other members' fees "blir 45 tkr högre", the kommuners' fees that "följer
budget" (boilerplate); equity (other) and an action without an amount.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=9.5,
        leading=1.4,
        para_gap=6.5,
        heading_sizes=(14.0, 11.5, 10.0),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(70.0, 78.0, 70.0, 72.0),
        header=lambda n, m: ("Höje å vattenråd", ""),
        footer=lambda n, m: (
            "Ekonomisk uppföljning januari–september 2025",
            "Styrelsemöte 2025-10-16",
            f"Sid {n}",
        ),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Budget och prognos 2025, tkr",
        header=(("Post", "Budget", "Prognos", "Avvikelse"),),
        rows=(
            ("Medlemsavgifter kommuner", "2 450", "2 450", "0"),
            ("Avgifter övriga medlemmar", "610", "655", "45"),
            ("LOVA-bidrag", "900", "620", "–280"),
            ("Recipientkontroll", "–1 350", "–1 220", "130"),
            ("Åtgärdsprojekt", "–1 800", "–1 440", "360"),
            ("Kansli och administration", "–640", "–705", "–65"),
            ("Konsulttjänster", "–170", "–180", "–10"),
            ("Resultat", "0", "180", "180"),
        ),
        widths=(170.0, 70.0, 70.0, 70.0),
        bold_rows=frozenset({7}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Ekonomisk uppföljning januari–september 2025", size=16, font="arial-bold", after=2),
        Title("Höje å vattenråd", size=11, font="arial", after=12),
        H("Resultat", 2),
        P(
            "Vattenrådets resultat för januari–september är 412 tkr, att jämföra med ett periodiserat budgeterat "
            "resultat på 150 tkr.",
            C(
                None,
                "412 tkr, att jämföra med ett periodiserat budgeterat resultat på 150 tkr",
                "+",
                value=262_000,
                note="The period's result against a periodised budgeted result: the difference, never written out.",
            ),
        ),
        P(
            "För helåret prognostiseras ett överskott på 180 tkr mot budget.",
            C(None, "180 tkr", "+"),
        ),
        P(
            "Prognosen är 120 tkr bättre än vid halvårsuppföljningen.",
            F(None, "120 tkr", "+"),
        ),
        table,
        H("Kommentarer", 2),
        P(
            "LOVA-bidragen blir 280 tkr lägre än budgeterat eftersom länsstyrelsen beviljade stöd till två av fyra "
            "sökta våtmarksprojekt.",
            C("LOVA-bidrag", "280 tkr", "-", "statsbidrag", note="A state grant through the county board."),
        ),
        P(
            "Åtgärdsprojekten kostar 360 tkr mindre än budgeterat, när de två projekt som inte fick bidrag skjuts upp "
            "till 2026.",
            C("Åtgärdsprojekt", "360 tkr", "+", "periodisering"),
        ),
        P(
            "Recipientkontrollen blir billigare än planerat. Det nya avtalet med laboratoriet har lägre analyspriser.",
            C(
                "Recipientkontroll",
                "130",
                "+",
                "prisokningar",
                unit="tkr",
                table=True,
                note="Reason only: the table row's cell. Lower prices are prisokningar.",
            ),
        ),
        P(
            "Kansliets kostnader överstiger budget med 65 tkr på grund av en tillfällig förstärkning under "
            "sekreterarens sjukskrivning.",
            C("Kansli och administration", "65 tkr", "-", "sjukfranvaro", "vikarier"),
        ),
        P(
            "Avgifterna från övriga medlemmar, främst verksamhetsutövare med tillstånd att släppa ut vatten i ån, "
            "blir 45 tkr högre eftersom två nya medlemmar har anslutit sig.",
            C("Avgifter övriga medlemmar", "45 tkr", "+", "avgifter_intakter", "volymer"),
        ),
        P("Kommunernas medlemsavgifter följer budget.", BP("Medlemsavgifter kommuner")),
        H("Eget kapital", 2),
        P(
            "Vattenrådets egna kapital beräknas uppgå till 1 240 tkr vid årets slut.",
            O(None, note="Equity: other."),
        ),
        H("Åtgärder", 2),
        P(
            "Styrelsen har beslutat att under hösten söka nya LOVA-bidrag för de två uppskjutna våtmarksprojekten.",
            A("Åtgärdsprojekt", None, "statsbidrag"),
        ),
    ]
    return ReportSpec(
        file="hoje-a-vattenrad-ekonomisk-uppfoljning-2025-09.pdf",
        report={
            "municipality": ["Höje å vattenråd", "Höjeå vattenråd"],
            "committee": ["Styrelsen", "Vattenrådets styrelse"],
            "period": ["2025-09"],
            "report_type": "budgetuppföljning",
        },
        metadata={"title": "Ekonomisk uppföljning januari–september 2025", "author": "Höje å vattenråd"},
        style=style,
        blocks=blocks,
    )
