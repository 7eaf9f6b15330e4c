"""Linköpings kommun, Äldrenämnden, månadsrapport september 2025.

A kontogrupp table whose last column is a comment per row, with the sign convention "avvikelse =
prognos − budget" (a positive figure is a higher cost, a negative figure on the revenue row is more
revenue), so every comment's amount comes from its row and its direction from the prose; a row without
a comment; bold run-in verksamheter ending in a colon; actions as dashes with one effect amount
("cirka 1,5 miljoner kronor"); key figures against the previous year (other). DejaVu Sans 9 pt.

The place is real; every figure and event is invented.
"""

from __future__ import annotations

from spec import PS, Bullets, CommentTable, H, P, ReportSpec, Style, Title

from reports.common import LP, A, C, F, O

TABLE_NOTE = "Amount from the comment table row (avvikelse = prognos − budget, so the sign is inverted)."


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=9.0,
        leading=1.45,
        heading_sizes=(14.0, 11.0, 9.5),
        margins=(58.0, 70.0, 58.0, 70.0),
        header=lambda n, m: ("Linköpings kommun", "Äldrenämnden"),
        footer=lambda n, m: ("Månadsrapport september 2025", "", f"{n} av {m}"),
    )
    accounts = CommentTable(
        header=("Kontogrupp, mnkr", "Budget", "Prognos", "Avvikelse", "Kommentar"),
        rows=(
            (
                ("Intäkter", "−214,0", "−219,6", "−5,6"),
                "Högre omvårdnads- och hyresavgifter än budgeterat samt ersättning från Äldreomsorgslyftet.",
                C(
                    "Intäkter",
                    "−5,6",
                    "+",
                    "avgifter_intakter",
                    "statsbidrag",
                    unit="mnkr",
                    table=True,
                    note=TABLE_NOTE,
                ),
            ),
            (
                ("Personalkostnader", "1 146,2", "1 158,0", "11,8"),
                "Semesterlöneskulden har ökat mer än beräknat och PO-pålägget höjdes i januari. Därtill kommer "
                "övertid under sommaren.",
                C(
                    "Personalkostnader",
                    "11,8",
                    "-",
                    "lonekostnader",
                    "overtid",
                    unit="mnkr",
                    table=True,
                    note=TABLE_NOTE,
                ),
            ),
            (
                ("Köp av verksamhet", "612,4", "620,1", "7,7"),
                "Fler hemtjänsttimmar hos privata utförare i valfrihetssystemet.",
                C(
                    "Köp av verksamhet",
                    "7,7",
                    "-",
                    "kopt_verksamhet",
                    "volymer",
                    unit="mnkr",
                    table=True,
                    note=TABLE_NOTE,
                ),
            ),
            (
                ("Lokalkostnader", "188,3", "190,9", "2,6"),
                "Tomhyror för Ekholmens vård- och omsorgsboende som avvecklas under hösten.",
                C(
                    "Lokalkostnader",
                    "2,6",
                    "-",
                    "lokaler",
                    "omstallning",
                    unit="mnkr",
                    table=True,
                    note=TABLE_NOTE,
                ),
            ),
            (
                ("Hjälpmedel och förbrukning", "41,0", "39,1", "−1,9"),
                "Lägre kostnader för inkontinenshjälpmedel efter ny upphandling.",
                C(
                    "Hjälpmedel och förbrukning",
                    "−1,9",
                    "+",
                    "material_hjalpmedel",
                    unit="mnkr",
                    table=True,
                    note=TABLE_NOTE,
                ),
            ),
            (("Övriga kostnader", "58,9", "55,9", "−3,0"), "", None),
            (("Summa", "1 832,8", "1 844,4", "11,6"), "", None),
        ),
        widths=(112.0, 48.0, 48.0, 50.0),
        size=8.5,
    )
    blocks = [
        Title("Månadsrapport september 2025", size=19),
        Title("Äldrenämnden", size=12, font="body", after=12),
        H("Ekonomisk översikt", 1),
        PS(
            (
                "Äldrenämnden beräknas göra ett underskott på 11,6 miljoner kronor för 2025.",
                C(None, "11,6 miljoner kronor", "-"),
            ),
            (
                "Prognosen har förbättrats med 1,2 miljoner kronor sedan augusti.",
                F(None, "1,2 miljoner kronor", "+"),
            ),
        ),
        P(
            "I tabellen redovisas avvikelsen per kontogrupp. En positiv avvikelse innebär att kostnaden blir "
            "högre än budget, och en negativ avvikelse på intäktsraden innebär högre intäkter."
        ),
        accounts,
        H("Verksamheter", 1),
        LP(
            "Hemtjänst i egen regi:",
            "Ett underskott på 3,4 miljoner kronor prognostiseras. Kontinuiteten har förbättrats men andelen "
            "tid hos brukare är fortfarande lägre än den nivå som ersättningen bygger på.",
            C("Hemtjänst i egen regi", "3,4 miljoner kronor", "-", "bemanning"),
        ),
        LP(
            "Vård- och omsorgsboenden:",
            "Prognosen är −6,1 miljoner kronor. Avvecklingen av Ekholmen medför dubbla kostnader för personal "
            "och lokaler under flytten.",
            C("Vård- och omsorgsboenden", "−6,1 miljoner kronor", "-", "omstallning", "lokaler"),
        ),
        LP(
            "Valfrihetssystem hemtjänst:",
            "Fler beviljade timmar hos privata utförare ger ett underskott på 7,7 miljoner kronor.",
            C("Valfrihetssystem hemtjänst", "7,7 miljoner kronor", "-", "kopt_verksamhet", "volymer"),
        ),
        LP(
            "Myndighetsutövning och gemensamt:",
            "Överskott på 5,6 miljoner kronor, främst ej fördelade medel för volymökningar och en vakant "
            "chefstjänst.",
            C("Myndighetsutövning och gemensamt", "5,6 miljoner kronor", "+", "reserver", "vakanser"),
        ),
        H("Åtgärder", 1),
        Bullets(
            (
                "Inköpsstopp för inventarier och resor under resten av året.",
                "Alla behov av vikarier inom boendena prövas av enhetschef.",
                "Beviljade timmar i valfrihetssystemet följs upp varje månad.",
            ),
            labels=(
                A(None, None, "material_hjalpmedel"),
                A("Vård- och omsorgsboenden", None, "vikarier"),
                A("Valfrihetssystem hemtjänst", None, "volymer"),
            ),
            glyph="–",
        ),
        P(
            "Åtgärderna beräknas förbättra resultatet med cirka 1,5 miljoner kronor, vilket ingår i prognosen.",
            A(None, "cirka 1,5 miljoner kronor"),
        ),
        P(
            "Det finns en risk att avvecklingen av Ekholmen drar ut på tiden, vilket i så fall ger ytterligare "
            "kostnader för dubbla lokaler under december.",
            O("Vård- och omsorgsboenden", "lokaler", note="Risk."),
        ),
        H("Nyckeltal", 1),
        P(
            "Antalet personer med hemtjänst var 2 946 i september, vilket är 3 procent fler än för ett år sedan.",
            O("Hemtjänst", "volymer", note="Year-on-year volume."),
        ),
        P(
            "Kostnaden per hemtjänsttimme i egen regi har minskat från 612 till 598 kronor jämfört med samma "
            "månad föregående år.",
            O("Hemtjänst i egen regi", note="Year-on-year unit cost."),
        ),
        P(
            "Andelen medarbetare med heltidsanställning inom äldreomsorgen har ökat till 74 procent, vilket beror "
            "på att fler tjänster utannonseras som heltid.",
            O(None, "bemanning", note="Staff key figure with 'beror på', no budget deviation."),
        ),
    ]
    return ReportSpec(
        file="linkoping-aen-manadsrapport-2025-09.pdf",
        report={
            "municipality": "Linköping",
            "committee": ["Äldrenämnden"],
            "period": ["2025-09"],
            "report_type": "månadsrapport",
        },
        metadata={"title": "Äldrenämnden månadsrapport september 2025", "author": "Linköpings kommun"},
        style=style,
        blocks=blocks,
    )
