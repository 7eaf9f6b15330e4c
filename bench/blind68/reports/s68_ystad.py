"""Ystads kommun, Socialnämnden, månadsuppföljning februari 2026.

A social committee's short month report in "mkr", header with the förvaltning's letter date in March: the
full year "ett underskott på 6,8 mkr för 2026 (–5,9 mkr i januari)" with its areas and reasons in the next
sentence (one item); personnel costs "0,4 mkr under budget för perioden"; an unbudgeted grant "på 0,7 mkr" that "minskar
underskottet" (positive); the result table pasted as an image
(every amount in the prose); en-dash bullets under a generic heading, one opening with the area and amount
before a colon ("Individ- och familjeomsorg, –5,4 mkr:"), one "beräknas överskrida budget med drygt 2,5 mkr"
(the image says –2,6), one "överskott om 1,2 mkr" after a colon, and two areas that "bedöms hålla budget"
(boilerplate, two items); the change since January with its cause; an action and an uncertainty (other).
DejaVu Sans 9.5 pt.

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
        size=9.5,
        leading=1.4,
        para_gap=6.0,
        heading_sizes=(14.0, 11.5, 10.0),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(64.0, 76.0, 64.0, 72.0),
        header=lambda n, m: ("Ystads kommun – Socialförvaltningen", "2026-03-10"),
        footer=lambda n, m: ("Socialnämnden", "Månadsuppföljning februari 2026", f"{n}"),
        header_size=8.0,
    )
    table = Table(
        header=(("Verksamhet (mkr)", "Budget 2026", "Prognos 2026", "Avvikelse"),),
        rows=(
            ("Individ- och familjeomsorg", "98,6", "104,0", "–5,4"),
            ("Ekonomiskt bistånd", "31,2", "33,8", "–2,6"),
            ("Funktionsnedsättning", "142,5", "141,3", "1,2"),
            ("Arbetsmarknad och integration", "24,9", "24,9", "0,0"),
            ("Nämnd och administration", "18,3", "18,3", "0,0"),
            ("Summa", "315,5", "322,3", "–6,8"),
        ),
        widths=(170.0, 72.0, 72.0, 66.0),
        bold_rows=frozenset({5}),
        rules=True,
        grid=True,
        size=8.5,
        as_image=True,
    )
    blocks = [
        Title("Månadsuppföljning februari 2026", size=17, font="sans-bold", after=2),
        Title("Socialnämnden", size=11.5, font="sans", after=10),
        H("Sammanfattning", 2),
        P(
            "Socialnämnden prognostiserar ett underskott på 6,8 mkr för 2026 (–5,9 mkr i januari). Underskottet "
            "finns inom individ- och familjeomsorgen, där placeringar av barn och unga på HVB kostar mer än "
            "budgeterat, och inom ekonomiskt bistånd.",
            C(
                None,
                "6,8 mkr",
                "-",
                "kopt_verksamhet",
                "ekonomiskt_bistand",
                note="The full year with its areas and reasons in the next sentence; the bracket is January's.",
            ),
        ),
        P(
            "Personalkostnaderna ligger 0,4 mkr under budget för perioden till följd av vakanta "
            "socialsekreterartjänster.",
            C("Personalkostnader", "0,4 mkr", "+", "vakanser"),
        ),
        P(
            "Ett riktat statsbidrag på 0,7 mkr för att stärka den sociala barn- och ungdomsvården har inte "
            "budgeterats och minskar underskottet.",
            C("Statsbidrag", "0,7 mkr", "+", "statsbidrag", note="Unbudgeted grant revenue: positive."),
        ),
        table,
        H("Kommentarer", 2),
        Bullets(
            items=(
                "Individ- och familjeomsorg, –5,4 mkr: Tre nya placeringar av ungdomar på HVB sedan årsskiftet, "
                "varav en med särskilt hög dygnskostnad. Kostnaderna för konsulentstödda familjehem ökar också.",
                "Ekonomiskt bistånd beräknas överskrida budget med drygt 2,5 mkr. Fler hushåll har behov av "
                "försörjningsstöd sedan flera personer har lämnat etableringsprogrammet utan arbete.",
                "Funktionsnedsättning: överskott om 1,2 mkr. Den nya gruppbostaden enligt LSS öppnar först i maj i "
                "stället för i januari.",
                "Arbetsmarknad och integration samt nämnd och administration bedöms hålla budget.",
            ),
            labels=(
                C("Individ- och familjeomsorg", "–5,4 mkr", "-", "kopt_verksamhet"),
                C(
                    "Ekonomiskt bistånd",
                    "drygt 2,5 mkr",
                    "-",
                    "ekonomiskt_bistand",
                    "volymer",
                    note="'Drygt 2,5': the stated figure (the image says –2,6).",
                ),
                C("Funktionsnedsättning", "1,2 mkr", "+", "periodisering", note="A delayed opening."),
                BP(
                    "Arbetsmarknad och integration",
                    note="Two areas in one boilerplate sentence: two items.",
                    also=(BP("Nämnd och administration"),),
                ),
            ),
            glyph="–",
        ),
        H("Förändring mot januari", 2),
        P(
            "Prognosen har försämrats med 0,9 mkr jämfört med januari, vilket beror på den tredje HVB-placeringen.",
            F(None, "0,9 mkr", "-", "kopt_verksamhet"),
        ),
        H("Åtgärder och osäkerheter", 2),
        P(
            "Förvaltningen utreder möjligheten att starta ett eget stödboende för ungdomar 16–20 år som ett "
            "alternativ till externa placeringar.",
            A("Individ- och familjeomsorg", None, "kopt_verksamhet"),
        ),
        P(
            "Det är tidigt på året och prognosen är osäker, särskilt när det gäller antalet placeringar och "
            "utvecklingen av försörjningsstödet.",
            O(None, note="Uncertainty: other."),
        ),
    ]
    return ReportSpec(
        file="ystad-sn-manadsuppfoljning-2026-02.pdf",
        report={
            "municipality": "Ystad",
            "committee": ["Socialnämnden"],
            "period": ["2026-02"],
            "report_type": "månadsuppföljning",
        },
        metadata={"title": "Månadsuppföljning februari 2026 Socialnämnden", "author": "Ystads kommun"},
        style=style,
        blocks=blocks,
    )
