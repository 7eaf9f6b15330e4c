"""Finspångs kommun, Bildningsnämnden, tertialrapport 1 2026.

A school committee's first tertial report in mnkr with a table in tkr where costs are negative and the
deviation uses U+2212, footer with the nämnd's meeting date in May: the period "0,4 mnkr under periodiserad
budget" (costs under: positive) and the full year "ändå negativ, −2,6 mnkr" in the next sentence (two
items), the change since the February follow-up with its cause; sections by verksamhet: a paragraph
"prognostiserar ett underskott om 5,4 mnkr. De främsta orsakerna är:" continued by a bullet list of reasons
(one item, the bullets part of it), "bilden den motsatta: ett överskott på 2,1 mnkr väntas", a reason-only
förskola (the table row's "1 600"), "Gemensamma kostnader visar −0,9 mnkr", "bedöms klara sig inom ramen"
(boilerplate); the same deficit explained again per kostnadsslag (personnel costs "3,1 mnkr över budget",
revenue "1,0 mnkr högre än budgeterat": two more items); a grant risk (other), an action with its effect and
investments "i nivå med budget" (boilerplate). DejaVu Sans Condensed 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Bullets, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="cond",
        bold="cond-bold",
        italic="sans-italic",
        size=10.0,
        leading=1.4,
        para_gap=6.5,
        heading_sizes=(15.5, 12.0, 10.5),
        heading_fonts=("cond-bold", "cond-bold", "cond-bold"),
        margins=(70.0, 80.0, 70.0, 74.0),
        header=lambda n, m: ("Finspångs kommun", "Tertialrapport 1 2026"),
        footer=lambda n, m: ("Bildningsnämnden 2026-05-20", "BIN.2026.0088", f"Sida {n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Driftredovisning per verksamhet, tkr",
        header=(("Verksamhet", "Budget 2026", "Utfall jan–apr", "Prognos 2026", "Avvikelse"),),
        rows=(
            ("Förskola", "−162 400", "−52 100", "−160 800", "1 600"),
            ("Grundskola", "−298 700", "−101 900", "−304 100", "−5 400"),
            ("Gymnasie- och vuxenutbildning", "−121 300", "−39 200", "−119 200", "2 100"),
            ("Kultur och fritid", "−24 600", "−8 300", "−24 600", "0"),
            ("Gemensamt och ledning", "−18 900", "−6 700", "−19 800", "−900"),
            ("Summa", "−625 900", "−208 200", "−628 500", "−2 600"),
        ),
        widths=(150.0, 74.0, 76.0, 74.0, 64.0),
        bold_rows=frozenset({5}),
        rules=True,
        size=8.5,
        shade=(0.9, 0.93, 0.9),
    )
    blocks = [
        Title("Tertialrapport 1 2026", size=20, font="cond-bold", after=2),
        Title("Bildningsnämnden – uppföljning januari–april", size=12, font="cond", after=14),
        H("Ekonomisk sammanfattning", 2),
        PS(
            (
                "Bildningsnämnden har efter första tertialet ett utfall som ligger 0,4 mnkr under periodiserad budget.",
                C(None, "0,4 mnkr", "+", note="The period: costs under the periodised budget are positive."),
            ),
            (
                "Helårsprognosen är ändå negativ, −2,6 mnkr, eftersom kostnaderna för elevassistenter och skolskjuts "
                "ökar successivt under året och höstterminens elevökning inte är finansierad.",
                C(None, "−2,6 mnkr", "-", "volymer", "bemanning", note="The full year in its own sentence."),
            ),
        ),
        P(
            "Prognosen har försämrats med 1,6 mnkr sedan februariuppföljningen, främst på grund av att den nya "
            "upphandlingen av skolskjuts blev dyrare än beräknat.",
            F(None, "1,6 mnkr", "-", "prisokningar"),
        ),
        table,
        H("Kommentarer per verksamhet", 2),
        H("Grundskola", 3),
        P(
            "Grundskolan prognostiserar ett underskott om 5,4 mnkr. De främsta orsakerna är:",
            C(
                "Grundskola",
                "5,4 mnkr",
                "-",
                "volymer",
                "bemanning",
                "prisokningar",
                "statsbidrag",
                note="The bullet list continues the paragraph: one item holding the reasons.",
            ),
        ),
        Bullets(
            (
                "fler elever med behov av särskilt stöd, vilket har krävt fler elevassistenter",
                "högre kostnader för skolskjuts efter den nya upphandlingen",
                "ett lägre statsbidrag för lärarlöner än vad som budgeterats.",
            ),
            continues=True,
        ),
        H("Gymnasie- och vuxenutbildning", 3),
        P(
            "För gymnasiet och vuxenutbildningen är bilden den motsatta: ett överskott på 2,1 mnkr väntas, eftersom "
            "fler elever än väntat väljer kommunens egen gymnasieskola framför skolor i andra kommuner.",
            C("Gymnasie- och vuxenutbildning", "2,1 mnkr", "+", "kopt_verksamhet", "volymer"),
        ),
        H("Förskola", 3),
        P(
            "Förskolan har färre barn inskrivna än budgeterat, och två avdelningar i Rejmyre har stängts sedan "
            "årsskiftet.",
            C(
                "Förskola",
                "1 600",
                "+",
                "volymer",
                "omstallning",
                unit="tkr",
                table=True,
                note="Reasons only: the table row's amount.",
            ),
        ),
        H("Gemensamt och ledning", 3),
        P(
            "Gemensamma kostnader visar −0,9 mnkr, kopplat till licenskostnader för den nya lärplattformen som inte "
            "fanns med i budgeten.",
            C("Gemensamt och ledning", "−0,9 mnkr", "-", "it_digitalisering"),
        ),
        H("Kultur och fritid", 3),
        P("Kultur och fritid bedöms klara sig inom ramen.", BP("Kultur och fritid")),
        H("Per kostnadsslag", 2),
        PS(
            (
                "Sett per kostnadsslag är det personalkostnaderna som avviker mest, 3,1 mnkr över budget, främst på "
                "grund av fler elevassistenter.",
                C(
                    "Personalkostnader",
                    "3,1 mnkr",
                    "-",
                    "bemanning",
                    "volymer",
                    note="The same deficit explained again per kostnadsslag: an item for every passage.",
                ),
            ),
            (
                "Intäkterna blir 1,0 mnkr högre än budgeterat, bland annat genom interkommunal ersättning för barn "
                "från Norrköping i förskolan.",
                C("Intäkter", "1,0 mnkr", "+", "avgifter_intakter", "volymer"),
            ),
        ),
        H("Risker", 2),
        P(
            "Skolverket har ännu inte fattat beslut om årets fördelning av statsbidraget för en likvärdig skola. Blir "
            "bidraget lägre än budgeterat kan underskottet öka med upp till 3 mnkr.",
            O(None, "statsbidrag", note="A risk."),
        ),
        H("Åtgärder", 2),
        P(
            "Förvaltningen ser över organisationen av elevassistenter och samordnar skolskjutsturerna mellan "
            "skolorna i Hällestad och Rejmyre. Åtgärderna bedöms minska underskottet med 1,2 mnkr under hösten.",
            A("Grundskola", "1,2 mnkr", "bemanning"),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsprognosen på 6,8 mnkr är i nivå med budget.",
            BP("Investeringar", note="Investments in line with the budget: boilerplate."),
        ),
    ]
    return ReportSpec(
        file="finspang-bin-tertialrapport-2026-04.pdf",
        report={
            "municipality": "Finspång",
            "committee": ["Bildningsnämnden"],
            "period": ["2026-04"],
            "report_type": "tertialrapport",
        },
        metadata={"title": "Tertialrapport 1 2026 Bildningsnämnden", "author": "Finspångs kommun"},
        style=style,
        blocks=blocks,
    )
