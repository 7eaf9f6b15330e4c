"""Knivsta kommun, Utbildningsnämnden, månadsrapport februari 2026.

A school committee's month report in mnkr with U+2212 minus signs in the headings and hyphen-minus in the
table ("Diff"), header with the report date in March: the full year "5,1 mnkr sämre än budget" with last
month's figure in brackets, followed in the same paragraph by the change since January whose amount is never
stated (null); headings that carry the area and the amount ("Grundskola −2,4 mnkr", "Förskola +0,8 mnkr",
"Kulturskola ±0 mnkr" over "bedöms hålla sin budget", boilerplate) with one short paragraph each, a price
percentage and a buffer that is only a part; actions as bullets under a generic heading, one with its
effect; investments "förbrukas i sin helhet" (boilerplate) and children against February 2025 with "beror på"
(other). DejaVu Sans 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Bullets, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, HP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.45,
        para_gap=7.0,
        heading_sizes=(14.0, 11.5, 10.5),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(68.0, 80.0, 68.0, 74.0),
        header=lambda n, m: ("Knivsta kommun, Utbildningsförvaltningen", "2026-03-12"),
        footer=lambda n, m: ("Månadsrapport februari 2026", "", f"{n}/{m}"),
        header_size=7.5,
        rule_under_header=True,
    )
    table = Table(
        caption="Helårsprognos per verksamhet, mnkr (Diff = budget minus prognos)",
        header=(("Verksamhet", "Budget", "Utfall feb", "Prognos", "Diff"),),
        rows=(
            ("Förskola", "196,4", "31,2", "195,6", "0,8"),
            ("Grundskola", "421,9", "69,8", "424,3", "-2,4"),
            ("Anpassad grundskola", "22,7", "4,1", "24,0", "-1,3"),
            ("Gymnasieskola", "148,3", "25,6", "151,4", "-3,1"),
            ("Skolskjuts", "17,2", "3,0", "17,8", "-0,6"),
            ("Kulturskola", "9,8", "1,6", "9,8", "0,0"),
            ("Nämnd och förvaltning", "35,6", "5,2", "34,1", "1,5"),
            ("Totalt", "851,9", "140,5", "857,0", "-5,1"),
        ),
        widths=(150.0, 66.0, 66.0, 66.0, 58.0),
        bold_rows=frozenset({7}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Månadsrapport februari 2026", size=17, font="sans-bold", after=2),
        Title("Utbildningsnämnden", size=12, font="sans", after=12),
        H("Samlad bedömning", 2),
        PS(
            (
                "Utbildningsnämnden prognostiserar för 2026 ett resultat som är 5,1 mnkr sämre än budget (−4,6 mnkr "
                "i januari).",
                C(None, "5,1 mnkr", "-", note="The figure in brackets is last month's: not the amount."),
            ),
            (
                "Försämringen sedan januari förklaras av att två elever har fått beslut om skolplacering vid en "
                "resursskola i Uppsala.",
                F(
                    None,
                    None,
                    "-",
                    "kopt_verksamhet",
                    note="The change (0,5 mnkr) is never written out: null.",
                ),
            ),
        ),
        table,
        HP(
            "Grundskola −2,4 mnkr",
            "Antalet elever i grundskolan har ökat mer än budgeterat, särskilt i årskurs 7–9 i Alsike, och "
            "tilläggsbeloppen för elever med omfattande behov av särskilt stöd blir högre än beräknat.",
            C("Grundskola", "−2,4 mnkr", "-", "volymer"),
        ),
        HP(
            "Gymnasieskola −3,1 mnkr",
            "Fler ungdomar än väntat har valt gymnasieprogram i Uppsala, och de interkommunala ersättningarna till "
            "andra huvudmän ökar därför. Dessutom har Uppsala kommuns prislista höjts med 3,5 procent inför "
            "läsåret.",
            C(
                "Gymnasieskola",
                "−3,1 mnkr",
                "-",
                "kopt_verksamhet",
                "volymer",
                "prisokningar",
                note="The price percentage is not the amount.",
            ),
        ),
        HP(
            "Anpassad grundskola −1,3 mnkr",
            "Två nya elever med behov av elevassistent har tillkommit sedan budgeten fastställdes.",
            C("Anpassad grundskola", "−1,3 mnkr", "-", "volymer"),
        ),
        HP(
            "Skolskjuts −0,6 mnkr",
            "Det nya avtalet för skolskjutsar är dyrare än det tidigare, och fler elever har rätt till skolskjuts "
            "från de nya områdena i Ängby.",
            C("Skolskjuts", "−0,6 mnkr", "-", "prisokningar", "volymer"),
        ),
        HP(
            "Förskola +0,8 mnkr",
            "Färre barn är inskrivna i förskolan än budgeterat, vilket ger lägre kostnader för barnpeng.",
            C("Förskola", "+0,8 mnkr", "+", "volymer"),
        ),
        HP(
            "Nämnd och förvaltning +1,5 mnkr",
            "Överskottet beror på en vakant tjänst som utvecklingsstrateg och på att en ofördelad buffert om 0,5 "
            "mnkr inte har behövts.",
            C(
                "Nämnd och förvaltning",
                "+1,5 mnkr",
                "+",
                "vakanser",
                "reserver",
                note="The buffer's 0,5 mnkr is a part.",
            ),
        ),
        HP("Kulturskola ±0 mnkr", "Kulturskolan bedöms hålla sin budget.", BP("Kulturskola")),
        H("Åtgärder", 2),
        Bullets(
            (
                "Anställningsstopp för administrativa tjänster till och med juni.",
                "Översyn av skolskjutsorganisationen inför hösten, med en beräknad besparing på 0,4 mnkr.",
            ),
            labels=(A(None), A("Skolskjuts", "0,4 mnkr")),
            glyph="–",
        ),
        H("Investeringar", 2),
        P(
            "Investeringsbudgeten på 6,0 mnkr för inventarier till den nya skolan i Alsike förväntas förbrukas i "
            "sin helhet.",
            BP("Investeringar"),
        ),
        H("Omvärld", 2),
        P(
            "Antalet folkbokförda barn i åldern 1–5 år är 38 färre än i februari 2025, vilket beror på lägre "
            "inflyttning till kommunen.",
            O(None, "volymer", note="Children against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="knivsta-un-manadsrapport-2026-02.pdf",
        report={
            "municipality": "Knivsta",
            "committee": ["Utbildningsnämnden"],
            "period": ["2026-02"],
            "report_type": "månadsrapport",
        },
        metadata={"title": "Månadsrapport februari 2026 Utbildningsnämnden", "author": "Knivsta kommun"},
        style=style,
        blocks=blocks,
    )
