"""Höörs kommun, Barn- och utbildningsnämnden, månadsuppföljning november 2025.

A school committee's month report with en dashes as minus signs and last month's figure in brackets
("–4,6 mnkr (–5,2 mnkr i oktober)"), footer with the adjustment date in December: the full year followed in
the same paragraph by the change since October with its cause; the verksamhet table pasted as an image, so
every amount lives in the prose; sections under plain headings: a surplus "eftersom färre barn", two school
stages as a "respektive" pair with the shared causes in the next sentence, "drygt en miljon kronor högre än
budget" in words, "Gymnasieskolans underskott uppgår till", a reason-only surplus whose figure lives only in
the image (amount null), "Överskott: 0,9 mnkr." from an unused buffer; an action with its effect, next
year's frame increase with "beror på" and sick leave against last year (others). Liberation Sans Narrow
10.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="narrow",
        bold="narrow-bold",
        italic="arial-italic",
        size=10.5,
        leading=1.38,
        para_gap=6.5,
        heading_sizes=(16.0, 12.5, 11.0),
        heading_fonts=("narrow-bold", "narrow-bold", "narrow-bold"),
        margins=(72.0, 80.0, 72.0, 74.0),
        header=lambda n, m: ("Höörs kommun", "Barn- och utbildningsnämnden"),
        footer=lambda n, m: ("Månadsuppföljning november 2025", "Justerad 2025-12-16", f"{n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Prognos per verksamhet, mnkr",
        header=(("Verksamhet", "Budget 2025", "Utfall jan–nov", "Prognos 2025", "Avvikelse", "Avv. okt"),),
        rows=(
            ("Förskola", "98,4", "89,6", "97,5", "0,9", "0,7"),
            ("Grundskola F–6", "121,7", "114,2", "124,5", "–2,8", "–3,0"),
            ("Grundskola 7–9", "64,3", "60,1", "65,7", "–1,4", "–1,6"),
            ("Anpassad grundskola", "9,8", "9,9", "10,9", "–1,1", "–1,0"),
            ("Gymnasieskola", "72,6", "68,5", "74,2", "–1,6", "–1,9"),
            ("Fritidshem", "27,5", "24,4", "27,0", "0,5", "0,5"),
            ("Central administration", "18,9", "16,2", "18,0", "0,9", "1,1"),
            ("Summa", "413,2", "382,9", "417,8", "–4,6", "–5,2"),
        ),
        widths=(130.0, 62.0, 66.0, 62.0, 56.0, 52.0),
        bold_rows=frozenset({7}),
        rules=True,
        size=9.0,
        as_image=True,
    )
    blocks = [
        Title("Månadsuppföljning november 2025", size=19, font="narrow-bold", after=2),
        Title("Barn- och utbildningsnämnden", size=13, font="narrow", after=12),
        H("Ekonomiskt läge", 2),
        PS(
            (
                "Barn- och utbildningsnämndens prognos för helåret är –4,6 mnkr (–5,2 mnkr i oktober).",
                C(None, "–4,6 mnkr", "-", note="Last month's figure in brackets is not the amount."),
            ),
            (
                "Förbättringen jämfört med oktober beror på att statsbidraget för likvärdig skola blev 0,6 mnkr "
                "högre än beräknat.",
                F(None, "0,6 mnkr", "+", "statsbidrag"),
            ),
        ),
        table,
        H("Förskola", 3),
        P(
            "Förskolan redovisar ett överskott på 0,9 mnkr eftersom färre barn än väntat har skrivits in under "
            "hösten.",
            C("Förskola", "0,9 mnkr", "+", "volymer"),
        ),
        H("Grundskola", 3),
        P(
            "Grundskola F–6 och grundskola 7–9 visar –2,8 respektive –1,4 mnkr. Fler elever har behov av särskilt "
            "stöd, och flera elevassistenter har anställts utöver budget.",
            C(
                "Grundskola F–6",
                "–2,8",
                "-",
                "volymer",
                "bemanning",
                unit="mnkr",
                note="A 'respektive' pair with the shared causes in the next sentence: two items, same tags.",
                also=(C("Grundskola 7–9", "–1,4 mnkr", "-", "volymer", "bemanning"),),
            ),
        ),
        H("Anpassad grundskola", 3),
        P(
            "Kostnaden för anpassad grundskola blir drygt en miljon kronor högre än budget. Två elever har börjat i "
            "anpassad grundskola i Hörby, vilket ger högre interkommunala ersättningar.",
            C(
                "Anpassad grundskola",
                "drygt en miljon kronor",
                "-",
                "kopt_verksamhet",
                "volymer",
                value=1_000_000,
                note="Amount in words with 'drygt': the stated figure.",
            ),
        ),
        H("Gymnasieskola", 3),
        P(
            "Gymnasieskolans underskott uppgår till 1,6 mnkr. Fler ungdomar än beräknat har valt program i Lund och "
            "Malmö, där programpriserna är högre än i Eslöv.",
            C("Gymnasieskola", "1,6 mnkr", "-", "kopt_verksamhet", "volymer"),
        ),
        H("Fritidshem", 3),
        P(
            "Fritidshemmen har haft svårt att rekrytera utbildade lärare i fritidshem, vilket ger ett överskott.",
            C(
                "Fritidshem",
                None,
                "+",
                "vakanser",
                note="A reason only, and the table is an image: amount null.",
            ),
        ),
        H("Central administration", 3),
        P(
            "Överskott: 0,9 mnkr. Den centrala bufferten för tilläggsbelopp har inte behövt tas i anspråk fullt ut.",
            C("Central administration", "0,9 mnkr", "+", "reserver"),
        ),
        H("Åtgärder", 2),
        P(
            "Nämnden har infört anställningsprövning för alla tjänster utom lärartjänster. Effekten beräknas till "
            "0,3 mnkr under december.",
            A(None, "0,3 mnkr", "bemanning"),
        ),
        H("Inför 2026", 2),
        P(
            "Inför 2026 har nämnden fått 6,5 mnkr i utökad ram, vilket beror på det växande antalet elever i "
            "grundskolan.",
            O(None, note="Next year's frame: other."),
        ),
        P(
            "Sjukfrånvaron bland förvaltningens medarbetare var 6,2 procent i november, lägre än i november 2024.",
            O(None, "sjukfranvaro", note="Sick leave against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="hoor-bun-manadsuppfoljning-2025-11.pdf",
        report={
            "municipality": "Höör",
            "committee": ["Barn- och utbildningsnämnden"],
            "period": ["2025-11"],
            "report_type": "månadsuppföljning",
        },
        metadata={
            "title": "Månadsuppföljning november 2025 Barn- och utbildningsnämnden",
            "author": "Höörs kommun",
        },
        style=style,
        blocks=blocks,
    )
