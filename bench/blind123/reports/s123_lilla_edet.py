"""Lilla Edets kommun, Utbildningsnämnden, tertialrapport 1 2026.

An education committee's tertial report in DejaVu Sans 10 pt, footer with the May meeting: the full year
"underskott på 4,6 mnkr … (–2,1 mnkr vid uppföljningen i februari)" and the period "ligger 1,8 mnkr över
periodens budget" in two sentences of one paragraph (two items, negative), the change since February with its
cause (a forecast change); a table in mnkr with hyphen-minus signs ("-1,9"); two columns of bold run-in
verksamheter ending in a colon, in varied shapes ("Ett överskott på 0,9 mnkr väntas", "överstiger budgeten med
1,9 mnkr", "Drygt en miljon kronor i underskott" in words, the row says -1,1, interkommunala ersättningar "2,3
mnkr högre än budgeterat", "Överskott på 0,4 respektive 0,8 mnkr" under one lead for two verksamheter, a dearer
contract "ger ett underskott på 1,4 mnkr"); an action with its effect, grants applied for and a risk (others).

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import Columns, H, P, PageBreak, Para, ReportSpec, Style, Table, Title

from reports.common import LP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.4,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(64.0, 78.0, 64.0, 72.0),
        header=lambda n, m: ("Lilla Edets kommun", "Utbildningsnämnden"),
        footer=lambda n, m: ("Tertialrapport 1 2026", "Utbildningsnämnden 2026-05-26", f"{n} av {m}"),
        header_size=8.0,
    )
    table = Table(
        caption="Prognos 2026 per verksamhet, mnkr",
        header=(("Verksamhet", "Budget", "Prognos", "Avvikelse"),),
        rows=(
            ("Förskola", "78,4", "77,5", "0,9"),
            ("Grundskola", "142,6", "144,5", "-1,9"),
            ("Anpassad skola", "14,2", "15,3", "-1,1"),
            ("Gymnasieskola", "61,0", "63,3", "-2,3"),
            ("Vuxenutbildning", "12,5", "12,1", "0,4"),
            ("Skolskjuts", "9,8", "11,2", "-1,4"),
            ("Central administration", "18,3", "17,5", "0,8"),
            ("Summa", "336,8", "341,4", "-4,6"),
        ),
        widths=(170.0, 70.0, 70.0, 70.0),
        bold_rows=frozenset({7}),
        grid=True,
        size=8.5,
    )
    blocks = [
        Title("Tertialrapport 1 2026", size=18, font="sans-bold", after=2),
        Title("Utbildningsnämnden", size=12, font="sans", after=12),
        H("Ekonomi i sammandrag", 2),
        Para(
            (
                (
                    "Utbildningsnämnden prognostiserar ett underskott på 4,6 mnkr för helåret (–2,1 mnkr vid "
                    "uppföljningen i februari).",
                    C(None, "4,6 mnkr", "-", note="The full year; the bracket is the February figure."),
                ),
                (
                    "Utfallet för januari–april ligger 1,8 mnkr över periodens budget.",
                    C(None, "1,8 mnkr", "-", note="Costs above the period's budget: negative."),
                ),
            )
        ),
        P(
            "Underskottet har ökat med 2,5 mnkr sedan februari, vilket i huvudsak beror på den nya upphandlingen av "
            "skolskjuts.",
            F(None, "2,5 mnkr", "-", "prisokningar"),
        ),
        table,
        H("Kommentarer per verksamhet", 2),
        Columns(2),
        LP(
            "Förskola:",
            "Ett överskott på 0,9 mnkr väntas eftersom barnantalet är lägre än budgeterat och en avdelning på "
            "Rönnbackens förskola har stängts.",
            C("Förskola", "0,9 mnkr", "+", "volymer", "omstallning"),
        ),
        LP(
            "Grundskola:",
            "Kostnaderna för elevassistenter och särskilt stöd överstiger budgeten med 1,9 mnkr. Flera elever med "
            "omfattande behov har flyttat in under våren.",
            C("Grundskola", "1,9 mnkr", "-", "bemanning", "volymer"),
        ),
        LP(
            "Anpassad skola:",
            "Drygt en miljon kronor i underskott, till följd av två nya elever som går i anpassad grundskola i en "
            "grannkommun.",
            C(
                "Anpassad skola",
                "Drygt en miljon kronor",
                "-",
                "kopt_verksamhet",
                "volymer",
                value=1_000_000,
                note="An amount in words with 'drygt': the stated figure (the row says -1,1).",
            ),
        ),
        LP(
            "Gymnasieskola:",
            "Interkommunala ersättningar till andra huvudmän blir 2,3 mnkr högre än budgeterat, då fler elever än "
            "beräknat har valt program utanför kommunen.",
            C("Gymnasieskola", "2,3 mnkr", "-", "kopt_verksamhet", "volymer"),
        ),
        LP(
            "Vuxenutbildning och central administration:",
            "Överskott på 0,4 respektive 0,8 mnkr, främst genom statsbidrag för yrkesvux och en vakant tjänst som "
            "utvecklingsledare.",
            C(
                "Vuxenutbildning",
                "0,4",
                "+",
                "statsbidrag",
                unit="mnkr",
                note="Two verksamheter under one lead with a 'respektive' pair: two items, each with its own cause.",
                also=(C("Central administration", "0,8 mnkr", "+", "vakanser"),),
            ),
        ),
        LP(
            "Skolskjuts:",
            "Det nya avtalet med entreprenören är dyrare än det tidigare, vilket ger ett underskott på 1,4 mnkr.",
            C(
                "Skolskjuts",
                "1,4 mnkr",
                "-",
                "prisokningar",
                note="A dearer transport contract is prisokningar.",
            ),
        ),
        PageBreak(),
        Columns(1),
        H("Åtgärder", 2),
        P(
            "Förvaltningen ser över organisationen av elevassistenter och planerar att samla resurserna i en central "
            "stödenhet från hösten. Åtgärden beräknas minska kostnaderna med 0,7 mnkr under 2026.",
            A("Grundskola", "0,7 mnkr", "bemanning", "omstallning"),
        ),
        H("Statsbidrag och risker", 2),
        P(
            "Nämnden har sökt statsbidrag för läxhjälp och likvärdig skola på sammanlagt 6,2 mnkr. Beslut väntas i juni.",
            O(None, "statsbidrag", note="Grants applied for, not yet a deviation: other."),
        ),
        P(
            "Antalet elever som söker gymnasieprogram i andra kommuner inför hösten är ännu inte känt, vilket gör "
            "prognosen för gymnasieskolan osäker.",
            O("Gymnasieskola", note="Uncertainty: other."),
        ),
    ]
    return ReportSpec(
        file="lilla-edet-un-tertialrapport-2026-04.pdf",
        report={
            "municipality": "Lilla Edet",
            "committee": ["Utbildningsnämnden"],
            "period": ["2026-04"],
            "report_type": "tertialrapport",
        },
        metadata={"title": "Tertialrapport 1 2026 Utbildningsnämnden", "author": "Lilla Edets kommun"},
        style=style,
        blocks=blocks,
    )
