"""Energikontor Sydost AB, Styrelsen, delårsrapport januari–juni 2025.

A regionally and municipally owned energy agency's half-year report in DejaVu Serif Condensed whose footer
carries the board meeting in August: the period "412 tkr. Det är 262 tkr bättre än det budgeterade resultatet"
(the level and the deviation in one item), the period surplus's timing reason in a sentence of its own (a cause, amount
null), the full year "ett resultat i nivå med budget" (boilerplate) and "Prognosen för helåret är oförändrad"
(a boilerplate forecast change); a result table in tkr with hyphen-minus costs ("-10 950"); then en-dash
bullets under a generic heading ("Kommentarer till avvikelserna") in varied shapes: "Projektintäkterna
överstiger budget med 1 240 tkr", "Uppdragsintäkter: 420 tkr lägre än budget", "Personalkostnaderna är 810
tkr högre än budgeterat" with two causes, "Övriga kostnader blev 282 tkr lägre än budget", "Lokalkostnaderna
ligger i nivå med budget" beside a row of -30 (boilerplate); an action with its effect, equity and a risk of
delayed EU decisions (others). 6 scored causes.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Bullets, H, P, ReportSpec, Style, Table, Title

from reports.common import BF, BP, A, C, O


def spec() -> ReportSpec:
    style = Style(
        body="serif-cond",
        bold="serif-cond-bold",
        italic="serif-italic",
        size=10.0,
        leading=1.4,
        para_gap=6.5,
        heading_sizes=(14.0, 11.5, 10.5),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(68.0, 78.0, 68.0, 74.0),
        header=lambda n, m: ("Energikontor Sydost AB", "Delårsrapport januari–juni 2025"),
        footer=lambda n, m: ("Styrelsemöte 2025-08-28", "Dnr ESS 2025/031", f"{n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Resultaträkning januari–juni 2025, tkr",
        header=(("", "Utfall jan–jun", "Budget jan–jun", "Avvikelse"),),
        rows=(
            ("Projektintäkter (EU och Energimyndigheten)", "9 860", "8 620", "1 240"),
            ("Medlems- och ägarbidrag", "3 100", "3 100", "0"),
            ("Uppdragsintäkter", "1 180", "1 600", "-420"),
            ("Personalkostnader", "-10 950", "-10 140", "-810"),
            ("Lokalkostnader", "-720", "-690", "-30"),
            ("Övriga kostnader", "-2 058", "-2 340", "282"),
            ("Resultat", "412", "150", "262"),
        ),
        widths=(210.0, 76.0, 82.0, 66.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Delårsrapport januari–juni 2025", size=18, font="sans-bold", after=2),
        Title("Energikontor Sydost AB", size=12, font="serif-italic", after=12),
        H("Verksamheten under perioden", 2),
        P(
            "Bolaget har under våren drivit elva projekt om energieffektivisering, förnybar energi och hållbara "
            "transporter tillsammans med kommuner och regioner i Blekinge, Kalmar län och Kronoberg. Två projekt "
            "avslutades i maj och tre nya har beviljats medel."
        ),
        H("Ekonomiskt resultat", 2),
        PS(
            (
                "Bolagets resultat för första halvåret är 412 tkr. Det är 262 tkr bättre än det budgeterade "
                "resultatet för perioden, 150 tkr.",
                C(None, "262 tkr", "+", note="The period result against the periodised budgeted result."),
            ),
            (
                "Överskottet beror främst på att personalkostnader för två projekt som startar i augusti ännu inte "
                "har belastat bolaget.",
                C(
                    None,
                    None,
                    "+",
                    "periodisering",
                    note="The period surplus's reason in a sentence of its own: a cause with amount null.",
                ),
            ),
        ),
        PS(
            ("För helåret prognostiseras ett resultat i nivå med budget.", BP(None)),
            ("Prognosen för helåret är oförändrad jämfört med den som lämnades i april.", BF(None)),
        ),
        table,
        H("Kommentarer till avvikelserna", 2),
        Bullets(
            (
                "Projektintäkterna överstiger budget med 1 240 tkr, eftersom slutrapporterna för två "
                "Interreg-projekt godkändes tidigare än väntat och medfinansieringen har betalats ut.",
                "Uppdragsintäkter: 420 tkr lägre än budget, då färre kommuner har beställt energikartläggningar "
                "under våren.",
                "Personalkostnaderna är 810 tkr högre än budgeterat. Två nya energirådgivare anställdes redan i mars "
                "för projektet om solel i lantbruket, och lönerevisionen blev högre än budgeterad.",
                "Övriga kostnader blev 282 tkr lägre än budget, främst därför att resekostnaderna har minskat när "
                "fler möten hålls digitalt.",
                "Lokalkostnaderna ligger i nivå med budget.",
            ),
            labels=(
                C(
                    "Projektintäkter",
                    "1 240 tkr",
                    "+",
                    "periodisering",
                    note="Project revenue settled earlier than expected: periodisering.",
                ),
                C("Uppdragsintäkter", "420 tkr", "-", "volymer", "avgifter_intakter"),
                C(
                    "Personalkostnader",
                    "810 tkr",
                    "-",
                    "periodisering",
                    "lonekostnader",
                    note="Staff hired earlier than planned and a higher pay revision.",
                ),
                C("Övriga kostnader", "282 tkr", "+", "ovrigt", note="Travel costs: ovrigt."),
                BP("Lokalkostnader", note="'I nivå med budget' beside a row of -30: boilerplate."),
            ),
            glyph="–",
        ),
        H("Åtgärder", 2),
        P(
            "Styrelsen har beslutat att inte ersätta en administratör som går i pension i september, vilket minskar "
            "personalkostnaderna med cirka 180 tkr under hösten.",
            A("Personalkostnader", "cirka 180 tkr", "bemanning"),
        ),
        H("Eget kapital och risker", 2),
        P(
            "Bolagets egna kapital uppgick den 30 juni till 2 960 tkr.",
            O(None, note="Equity: other."),
        ),
        P(
            "Det finns en risk att beslut om nya EU-projekt försenas, vilket kan ge ett underskott på upp till 600 tkr "
            "under hösten.",
            O(None, note="A risk."),
        ),
    ]
    return ReportSpec(
        file="energikontor-sydost-delarsrapport-2025-06.pdf",
        report={
            "municipality": ["Energikontor Sydost", "Energikontor Sydost AB"],
            "committee": ["Styrelsen"],
            "period": ["2025-06"],
            "report_type": "delårsrapport",
        },
        metadata={"title": "Delårsrapport januari–juni 2025", "author": "Energikontor Sydost AB"},
        style=style,
        blocks=blocks,
    )
