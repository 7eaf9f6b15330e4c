"""Örebro kommun, Förskolenämnden, månadsuppföljning mars 2026.

A preschool committee's month report in mnkr whose table is pasted as an image (every amount in the prose),
footer with the förvaltning's report date in April: the full year "ett överskott mot budget med 3,2 mnkr" and
the period "1,9 mnkr lägre än budgeterat" (a net cost under: positive) in two paragraphs; en-dash bullets under
a generic heading ("Förvaltningens kommentarer") in varied shapes: "Barnpeng till kommunala förskolor: +2,6
mnkr.", "blir 0,7 mnkr lägre än budget eftersom", empty premises that "ger ett underskott på 1,3 mnkr", a
reason-only meal deficit whose amount lives only in the image (null), a grant "1,8 mnkr högre än vad nämnden
räknade med", "håller budget" (boilerplate); the change since February with its cause, an action without an
amount and the number of children against March 2025 with "beror på" (other). DejaVu Sans 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import Bullets, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=10.0,
        leading=1.45,
        para_gap=7.0,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(70.0, 80.0, 70.0, 74.0),
        header=lambda n, m: ("Örebro kommun", "Förskoleförvaltningen"),
        footer=lambda n, m: ("Månadsuppföljning mars 2026 – rapportdatum 2026-04-14", "", f"{n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Prognos 2026 per verksamhet, mnkr",
        header=(("Verksamhet", "Budget", "Prognos", "Avvikelse"),),
        rows=(
            ("Barnpeng kommunala förskolor", "1 046,2", "1 043,6", "+2,6"),
            ("Fristående förskolor och pedagogisk omsorg", "212,8", "212,1", "+0,7"),
            ("Lokaler", "168,4", "169,7", "-1,3"),
            ("Måltider", "61,5", "62,1", "-0,6"),
            ("Statsbidrag", "-40,0", "-41,8", "+1,8"),
            ("Förvaltningsgemensamt", "44,1", "44,1", "0,0"),
            ("Summa", "1 493,0", "1 489,8", "+3,2"),
        ),
        widths=(210.0, 70.0, 70.0, 70.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=8.5,
        as_image=True,
    )
    blocks = [
        Title("Månadsuppföljning mars 2026", size=18, font="sans-bold", after=2),
        Title("Förskolenämnden", size=12, font="sans", after=14),
        H("Ekonomisk prognos", 2),
        P(
            "Förskolenämnden beräknar ett överskott mot budget med 3,2 mnkr för 2026.",
            C(None, "3,2 mnkr", "+"),
        ),
        P(
            "Periodens utfall är 1,9 mnkr lägre än budgeterat för januari–mars.",
            C(
                None,
                "1,9 mnkr",
                "+",
                note="A net cost under the period's budget: a positive period deviation.",
            ),
        ),
        table,
        H("Förvaltningens kommentarer", 2),
        Bullets(
            (
                "Barnpeng till kommunala förskolor: +2,6 mnkr. Barnantalet är 140 färre än budgeterat, främst i de "
                "centrala förskoleområdena.",
                "Ersättningen till fristående förskolor och pedagogisk omsorg blir 0,7 mnkr lägre än budget eftersom "
                "färre barn är placerade där.",
                "Lokaler: de tomställda lokalerna efter att förskolan Ängsgården avvecklades ger ett underskott på "
                "1,3 mnkr.",
                "Måltider: livsmedelspriserna har stigit mer än vad budgeten räknade med, vilket ger en negativ "
                "avvikelse.",
                "Statsbidraget för mindre barngrupper blev 1,8 mnkr högre än vad nämnden räknade med.",
                "Förvaltningsgemensamt håller budget.",
            ),
            labels=(
                C("Barnpeng till kommunala förskolor", "+2,6 mnkr", "+", "volymer"),
                C(
                    "Fristående förskolor och pedagogisk omsorg",
                    "0,7 mnkr",
                    "+",
                    "volymer",
                    "kopt_verksamhet",
                ),
                C("Lokaler", "1,3 mnkr", "-", "lokaler", "omstallning"),
                C(
                    "Måltider",
                    None,
                    "-",
                    "prisokningar",
                    note="A reason only, and the table is an image with no text layer: amount null.",
                ),
                C("Statsbidrag", "1,8 mnkr", "+", "statsbidrag"),
                BP("Förvaltningsgemensamt"),
            ),
            glyph="–",
        ),
        H("Förändring sedan februari", 2),
        P(
            "Prognosen är 1,0 mnkr bättre än i februari, framför allt på grund av det högre statsbidraget.",
            F(None, "1,0 mnkr", "+", "statsbidrag"),
        ),
        H("Åtgärder", 2),
        P(
            "Förvaltningen samordnar lediga platser mellan förskoleområdena och avvecklar ytterligare två avdelningar "
            "under hösten.",
            A(None, None, "omstallning"),
        ),
        H("Barnantal", 2),
        P(
            "Antalet inskrivna barn har minskat med 3 procent jämfört med mars 2025, vilket beror på lägre "
            "födelsetal.",
            O(None, "volymer", note="Children against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="orebro-fsn-manadsuppfoljning-2026-03.pdf",
        report={
            "municipality": "Örebro",
            "committee": ["Förskolenämnden"],
            "period": ["2026-03"],
            "report_type": "månadsuppföljning",
        },
        metadata={"title": "Månadsuppföljning mars 2026 Förskolenämnden", "author": "Örebro kommun"},
        style=style,
        blocks=blocks,
    )
