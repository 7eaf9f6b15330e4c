"""Askersunds kommun, Kommunstyrelsen, tertialrapport 1 2026 (januari–april) for the kommunstyrelse's own
verksamheter.

A kommunstyrelse's tertial report in "miljoner kronor" with a table in mnkr whose deficits are in brackets
("(1,2)"), footer with the arbetsutskott's meeting date in May: the full year "2,1 miljoner kronor sämre än
budget" and, in the next sentence of the same paragraph, the period "0,8 miljoner kronor lägre än periodiserad
budget" with its timing reason (two causes), the change since February; bullets under a generic heading in
varied shapes: "IT och digitalisering:" with reasons before "överskrida sin budget med 1,2 miljoner kronor",
"För måltidsservice blir kostnaderna 1,5 miljoner kronor högre", a bracketed en-dash amount after the area
("(–0,9 mnkr)") over a phrase without a verb, a reason-only surplus (the row's "0,5"), two verksamheter with
"båda överskott på en halv miljon kronor" in words (two items), "bedöms hålla budget" (boilerplate); a
risk (other); two actions (one with "två miljoner kronor" in words) and investments "2,5 miljoner kronor
lägre än budgeterat" after an appealed procurement. 9 scored causes. Liberation Sans (Arial metrics) 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Bullets, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=10.0,
        leading=1.38,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(66.0, 80.0, 66.0, 74.0),
        header=lambda n, m: ("Askersunds kommun", "Tertialrapport 1 2026"),
        footer=lambda n, m: ("Kommunstyrelsens arbetsutskott 2026-05-26", "", f"Sida {n} av {m}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Driftredovisning per verksamhet, mnkr (underskott inom parentes)",
        header=(("Verksamhet", "Budget 2026", "Prognos 2026", "Avvikelse"),),
        rows=(
            ("Kommunledning och kansli", "24,6", "24,1", "0,5"),
            ("Ekonomi och HR", "18,2", "18,2", "0,0"),
            ("IT och digitalisering", "12,4", "13,6", "(1,2)"),
            ("Måltidsservice", "31,8", "33,3", "(1,5)"),
            ("Näringsliv och turism", "6,9", "6,4", "0,5"),
            ("Fastighet och lokalvård", "9,7", "10,6", "(0,9)"),
            ("Kollektivtrafik", "15,3", "14,8", "0,5"),
            ("Summa kommunstyrelsen", "118,9", "121,0", "(2,1)"),
        ),
        widths=(180.0, 78.0, 78.0, 72.0),
        bold_rows=frozenset({7}),
        rules=True,
        shade=(0.86, 0.9, 0.95),
        size=9.0,
    )
    blocks = [
        Title("Tertialrapport 1 2026", size=20, font="arial-bold", after=2),
        Title("Kommunstyrelsen – januari till april", size=12, font="arial", after=14),
        H("Sammanfattning", 2),
        PS(
            (
                "Kommunstyrelsens verksamheter prognostiserar ett resultat för 2026 som är 2,1 miljoner kronor "
                "sämre än budget.",
                C(None, "2,1 miljoner kronor", "-"),
            ),
            (
                "Efter årets fyra första månader är utfallet däremot 0,8 miljoner kronor lägre än periodiserad "
                "budget, vilket främst beror på att flera konsultuppdrag inom översiktsplaneringen ännu inte har "
                "fakturerats.",
                C(
                    None,
                    "0,8 miljoner kronor",
                    "+",
                    "periodisering",
                    note="The period in the next sentence (a net cost below budget, positive) with its timing reason.",
                ),
            ),
        ),
        P(
            "Prognosen är 0,6 miljoner kronor sämre än vid uppföljningen i februari, främst på grund av högre "
            "licenskostnader.",
            F(None, "0,6 miljoner kronor", "-", "it_digitalisering"),
        ),
        table,
        H("Kommentarer per verksamhet", 2),
        Bullets(
            (
                "IT och digitalisering: licenskostnaderna för det nya ärendehanteringssystemet och för kommunens "
                "programvaruavtal har ökat mer än budgeterat, och verksamheten beräknas överskrida sin budget med 1,2 "
                "miljoner kronor.",
                "För måltidsservice blir kostnaderna 1,5 miljoner kronor högre än budget. Livsmedelspriserna har "
                "fortsatt att stiga, och tillagningsköket i Åmmeberg har behövt bemannas med timvikarier under "
                "våren.",
                "Fastighet och lokalvård (–0,9 mnkr): tomhyra för de tidigare lokalerna för vuxenutbildningen på "
                "Norra vägen, som inte har gått att hyra ut.",
                "Kommunledning och kansli redovisar ett överskott, eftersom tjänsten som kommunikationschef är vakant "
                "till och med augusti.",
                "Näringsliv och turism och kollektivtrafiken visar båda överskott på en halv miljon kronor, det förra "
                "tack vare högre intäkter från gästhamnen och det senare genom färre resor med den anropsstyrda "
                "trafiken.",
                "Ekonomi och HR bedöms hålla budget.",
            ),
            labels=(
                C("IT och digitalisering", "1,2 miljoner kronor", "-", "it_digitalisering", "prisokningar"),
                C(
                    "Måltidsservice",
                    "1,5 miljoner kronor",
                    "-",
                    "prisokningar",
                    "vikarier",
                    note="Area after 'För'.",
                ),
                C(
                    "Fastighet och lokalvård",
                    "–0,9 mnkr",
                    "-",
                    "lokaler",
                    note="A bracketed amount after the area; an empty rent is lokaler.",
                ),
                C(
                    "Kommunledning och kansli",
                    "0,5",
                    "+",
                    "vakanser",
                    unit="mnkr",
                    table=True,
                    note="Reasons only: the table row's amount.",
                ),
                C(
                    "Näringsliv och turism",
                    "en halv miljon kronor",
                    "+",
                    "avgifter_intakter",
                    value=500_000,
                    note="Two verksamheter with 'båda' one amount in words: two items, each its own reason.",
                    also=(
                        C(
                            "Kollektivtrafik",
                            "en halv miljon kronor",
                            "+",
                            "volymer",
                            value=500_000,
                        ),
                    ),
                ),
                BP("Ekonomi och HR"),
            ),
        ),
        P(
            "Kollektivtrafikens prognos är osäker, eftersom regionen ännu inte har lämnat sitt slutliga besked om "
            "avräkningen för 2025.",
            O("Kollektivtrafik", note="An uncertainty: other."),
        ),
        H("Åtgärder", 2),
        PS(
            (
                "Kommunstyrelsen har gett kommundirektören i uppdrag att ta fram åtgärder motsvarande två miljoner "
                "kronor till augustiuppföljningen.",
                A(None, "två miljoner kronor", value=2_000_000),
            ),
            (
                "Måltidsservice ser över menyer och inköp för att möta de höjda livsmedelspriserna.",
                A("Måltidsservice", None, "prisokningar"),
            ),
        ),
        H("Investeringar", 2),
        P(
            "Investeringarna väntas bli 2,5 miljoner kronor lägre än budgeterat, eftersom upphandlingen av ny "
            "telefoniplattform har överprövats och installationen därmed skjuts till 2027.",
            C(
                "Investeringar",
                "2,5 miljoner kronor",
                "+",
                "periodisering",
                "ovrigt",
                note="An appealed procurement (a legal case) postpones the project: ovrigt and periodisering.",
            ),
        ),
    ]
    return ReportSpec(
        file="askersund-ks-tertialrapport-2026-04.pdf",
        report={
            "municipality": "Askersund",
            "committee": ["Kommunstyrelsen"],
            "period": ["2026-04"],
            "report_type": "tertialrapport",
        },
        metadata={"title": "Tertialrapport 1 2026 Kommunstyrelsen", "author": "Askersunds kommun"},
        style=style,
        blocks=blocks,
    )
