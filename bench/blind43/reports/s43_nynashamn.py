"""Nynäshamns kommun, Barn- och utbildningsnämnden, delårsrapport januari–augusti 2025.

A school committee's interim report in tkr and mnkr, footer with the nämnd's meeting date in September: the
period "2,3 mnkr bättre än periodiserad budget" in one sentence, then the full year's "underskott mot budget
på 7,8 mnkr" and the change since the tertial report in one sentence (a cause and a forecast change with the
same text), the period surplus's timing reason in a paragraph of its own (amount null); a reading note that
deficits carry a trailing minus and a verksamhet table with "6 400-"; then two columns of headings that carry
the verksamhet and amount with an en dash or a plus ("Grundskola inkl. fritidshem –6,4 mnkr", "Förskola +2,5
mnkr", "Kulturskola ±0" over "följer budget", boilerplate), an undistributed buffer (reserver), pupils in
other kommuners' schools, a dearer transport contract; investments "Av investeringsbudgeten på 18,0 mnkr
beräknas 11,5 mnkr användas" (6,5 never written out); an action with "cirka 2 mnkr" and goal fulfilment
against last year with "beror … på" (other). DejaVu Serif 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Columns, H, P, PageBreak, ReportSpec, Style, Table, Title

from reports.common import BP, HP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="serif",
        bold="serif-bold",
        italic="serif-italic",
        size=9.5,
        leading=1.4,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.0),
        heading_fonts=("serif-bold", "serif-bold", "serif-bold"),
        margins=(64.0, 78.0, 64.0, 74.0),
        gutter=20.0,
        header=lambda n, m: (
            "Nynäshamns kommun",
            "Delårsrapport augusti 2025 – Barn- och utbildningsnämnden",
        ),
        footer=lambda n, m: ("Barn- och utbildningsnämnden 2025-09-25", "", f"{n}/{m}"),
        header_size=7.5,
        rule_under_header=True,
    )
    table = Table(
        caption="Driftredovisning per verksamhet, tkr",
        header=(("Verksamhet", "Budget 2025", "Utfall jan–aug", "Prognos 2025", "Avvikelse"),),
        rows=(
            ("Förskola", "262 400", "171 300", "259 900", "2 500"),
            ("Grundskola inkl. fritidshem", "538 700", "366 200", "545 100", "6 400-"),
            ("Grundsärskola", "28 300", "19 900", "30 100", "1 800-"),
            ("Gymnasieskola", "171 600", "112 800", "174 500", "2 900-"),
            ("Vuxenutbildning", "31 200", "19 000", "30 100", "1 100"),
            ("Skolskjuts", "26 500", "17 400", "27 800", "1 300-"),
            ("Kulturskola", "9 800", "6 400", "9 800", "0"),
            ("Central administration", "35 500", "21 900", "34 500", "1 000"),
            ("Summa", "1 104 000", "734 900", "1 111 800", "7 800-"),
        ),
        widths=(150.0, 72.0, 76.0, 72.0, 62.0),
        bold_rows=frozenset({8}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Delårsrapport januari–augusti 2025", size=18, font="serif-bold", after=2),
        Title("Barn- och utbildningsnämnden", size=12, font="serif", after=12),
        H("Ekonomisk uppföljning", 1),
        PS(
            (
                "Barn- och utbildningsnämnden redovisar för perioden januari–augusti ett utfall som är 2,3 mnkr bättre "
                "än periodiserad budget.",
                C(None, "2,3 mnkr", "+", note="The period in a sentence of its own."),
            ),
            (
                "Prognosen för helåret är däremot ett underskott mot budget på 7,8 mnkr, vilket är en försämring med "
                "1,6 mnkr sedan tertialrapporten.",
                C(
                    None,
                    "7,8 mnkr",
                    "-",
                    note="The full year and the change since the tertial report in one sentence: a cause and a "
                    "forecast change with the same text.",
                    also=(F(None, "1,6 mnkr", "-"),),
                ),
            ),
        ),
        P(
            "Periodens överskott beror främst på att statsbidraget för likvärdig skola betalades ut i sin helhet i juni, "
            "medan kostnaderna fördelas över hela läsåret.",
            C(
                None,
                None,
                "+",
                "statsbidrag",
                "periodisering",
                note="The period surplus's reason in a paragraph of its own: amount null.",
            ),
        ),
        P(
            "Belopp i tkr. Avvikelse avser budget minus prognos; underskott markeras med minustecken efter beloppet.",
            size=8.5,
        ),
        table,
        H("Verksamheternas avvikelser", 2),
        Columns(2),
        HP(
            "Grundskola inkl. fritidshem –6,4 mnkr",
            "Elevantalet i de kommunala skolorna är 96 fler än budgeterat, samtidigt som fler elever har behov av "
            "särskilt stöd och resursförstärkning. Skolpengen till fristående skolor blir också högre än beräknat.",
            C("Grundskola inkl. fritidshem", "–6,4 mnkr", "-", "volymer", "kopt_verksamhet"),
        ),
        HP(
            "Gymnasieskola –2,9 mnkr",
            "Fler ungdomar än väntat har valt program i grannkommunerna, och de interkommunala ersättningarna till "
            "Haninge och Södertälje blir därför högre än budgeterat.",
            C(
                "Gymnasieskola",
                "–2,9 mnkr",
                "-",
                "kopt_verksamhet",
                "volymer",
                note="Interkommunal ersättning: kopt_verksamhet.",
            ),
        ),
        HP(
            "Grundsärskola –1,8 mnkr",
            "Tre nya elever med omfattande behov har tillkommit under våren, varav två går i skola i en annan kommun.",
            C("Grundsärskola", "–1,8 mnkr", "-", "volymer", "kopt_verksamhet"),
        ),
        HP(
            "Skolskjuts –1,3 mnkr",
            "Det nya trafikavtalet gäller från höstterminen och är dyrare per körd kilometer än det gamla; dessutom "
            "körs en extra linje till Sorunda.",
            C("Skolskjuts", "–1,3 mnkr", "-", "prisokningar", "volymer", note="A dearer transport contract."),
        ),
        HP(
            "Förskola +2,5 mnkr",
            "Barnantalet i förskolan har minskat i centrala Nynäshamn, och två avdelningar på Lövhagens förskola har "
            "inte öppnats.",
            C("Förskola", "+2,5 mnkr", "+", "volymer"),
        ),
        HP(
            "Vuxenutbildning +1,1 mnkr",
            "Statsbidraget för regional yrkesvux blev högre än beräknat.",
            C("Vuxenutbildning", "+1,1 mnkr", "+", "statsbidrag"),
        ),
        HP(
            "Central administration +1,0 mnkr",
            "Överskottet kommer från en ej fördelad buffert för oförutsedda kostnader.",
            C(
                "Central administration",
                "+1,0 mnkr",
                "+",
                "reserver",
                note="An undistributed buffer: reserver.",
            ),
        ),
        HP("Kulturskola ±0", "Verksamheten följer budget.", BP("Kulturskola")),
        PageBreak(),
        Columns(1),
        H("Investeringar", 2),
        P(
            "Av investeringsbudgeten på 18,0 mnkr beräknas 11,5 mnkr användas under året. Inköpen av möbler och "
            "digitala skärmar till den nya skolan i Ösmo skjuts till 2026 eftersom inflyttningen har försenats.",
            C(
                "Investeringar",
                "18,0 mnkr beräknas 11,5 mnkr",
                "+",
                "periodisering",
                "material_hjalpmedel",
                value=6_500_000,
                note="Investment under-spending of 6,5 mnkr, never written out: the computed value.",
            ),
        ),
        H("Åtgärder", 2),
        P(
            "Förvaltningen har infört restriktivitet vid nyanställningar inom grundskolan och ser över organisationen "
            "för elever i behov av särskilt stöd. Åtgärderna beräknas minska underskottet med cirka 2 mnkr under "
            "hösten.",
            A("Grundskola inkl. fritidshem", "cirka 2 mnkr", "bemanning"),
        ),
        H("Måluppfyllelse", 2),
        P(
            "Andelen elever i årskurs 9 som är behöriga till gymnasiets yrkesprogram var 84 procent, två "
            "procentenheter lägre än 2024. Minskningen beror delvis på att fler elever har kommit till Sverige under de "
            "senaste två åren.",
            O(None, note="Goal fulfilment against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="nynashamn-bun-delarsrapport-2025-08.pdf",
        report={
            "municipality": "Nynäshamn",
            "committee": ["Barn- och utbildningsnämnden"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={
            "title": "Delårsrapport augusti 2025 Barn- och utbildningsnämnden",
            "author": "Nynäshamns kommun",
        },
        style=style,
        blocks=blocks,
    )
