"""Landskrona stad, Skolnämnden, verksamhetsberättelse 2025.

A school committee's year-end report (period = the year), footer with the date the nämnd adopted it in
February: the result "ett resultat på minus 4,3 miljoner kronor jämfört med budget" (direction from the word),
the outcome against the interim report's forecast with its cause (a forecast change); a table in tkr with
en-dash minus signs ("–3 950"); bold run-in areas with a colon: "Underskottet på knappt fyra miljoner kronor"
in words, a reason-only deficit (the row's "–2 140"), "gör ett överskott på 610 tkr", "överstiger budget med
drygt en miljon kronor" and two areas as a "respektive" pair under one lead with a reason each; the nämnd's grants "2,6 miljoner kronor högre än budgeterat" across the areas; an action
for next year with its effect; investments
"Av investeringsbudgeten på 7,4 miljoner kronor användes 5,1 miljoner kronor" (2,3 never written out); goal
fulfilment with "beror på" and the accumulated deficit (others). DejaVu Sans 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import LP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.42,
        para_gap=6.5,
        heading_sizes=(16.0, 12.0, 10.0),
        heading_fonts=("serif-bold", "serif-bold", "sans-bold"),
        margins=(64.0, 78.0, 64.0, 72.0),
        header=lambda n, m: ("Landskrona stad", "Verksamhetsberättelse 2025"),
        footer=lambda n, m: ("Skolnämnden", "Fastställd av nämnden 2026-02-16", f"{n}"),
        header_size=8.0,
    )
    table = Table(
        caption="Driftredovisning 2025 (tkr)",
        header=(("Verksamhet", "Budget", "Utfall", "Avvikelse"),),
        rows=(
            ("Grundskola F–6", "312 400", "316 350", "–3 950"),
            ("Grundskola 7–9", "168 200", "170 340", "–2 140"),
            ("Fritidshem", "58 900", "58 290", "610"),
            ("Anpassad grundskola", "24 700", "25 720", "–1 020"),
            ("Skolskjuts och måltider", "46 300", "44 990", "1 310"),
            ("Central administration", "19 500", "18 610", "890"),
            ("Summa", "630 000", "634 300", "–4 300"),
        ),
        widths=(170.0, 78.0, 78.0, 78.0),
        bold_rows=frozenset({6}),
        grid=True,
        size=8.5,
        shade=(0.88, 0.92, 0.96),
    )
    blocks = [
        Title("Verksamhetsberättelse 2025", size=20, font="serif-bold", after=2),
        Title("Skolnämnden", size=12.5, font="sans", after=12),
        H("Ekonomiskt utfall", 2),
        P(
            "Skolnämnden redovisar för 2025 ett resultat på minus 4,3 miljoner kronor jämfört med budget.",
            C(None, "4,3 miljoner kronor", "-", note="'Minus' gives the direction."),
        ),
        P(
            "Det är 1,8 miljoner kronor bättre än prognosen i delårsrapporten, främst på grund av att statsbidraget "
            "för fler lärare i lågstadiet beviljades i november.",
            F(
                None,
                "1,8 miljoner kronor",
                "+",
                "statsbidrag",
                note="The outcome against the interim forecast.",
            ),
        ),
        table,
        H("Kommentarer till avvikelserna", 2),
        LP(
            "Grundskola F–6:",
            "Underskottet på knappt fyra miljoner kronor beror på fler elever i behov av särskilt stöd och på att "
            "elevassistenter har anställts utöver budget på tre skolor.",
            C(
                "Grundskola F–6",
                "knappt fyra miljoner kronor",
                "-",
                "volymer",
                "bemanning",
                value=4_000_000,
                note="An amount in words: the stated figure (the table says –3 950).",
            ),
        ),
        LP(
            "Grundskola 7–9:",
            "Höga vikariekostnader under våren, till följd av långa sjukskrivningar bland lärarna, och dyrare "
            "läromedel förklarar avvikelsen.",
            C(
                "Grundskola 7–9",
                "–2 140",
                "-",
                "vikarier",
                "sjukfranvaro",
                "material_hjalpmedel",
                unit="tkr",
                table=True,
                note="Reasons only: the table row's cell.",
            ),
        ),
        LP(
            "Fritidshem:",
            "Verksamheten gör ett överskott på 610 tkr då färre barn än budgeterat har varit inskrivna under hösten.",
            C("Fritidshem", "610 tkr", "+", "volymer"),
        ),
        LP(
            "Anpassad grundskola:",
            "Kostnaderna för skolplaceringar i andra kommuner överstiger budget med drygt en miljon kronor.",
            C(
                "Anpassad grundskola",
                "drygt en miljon kronor",
                "-",
                "kopt_verksamhet",
                value=1_000_000,
                note="'Drygt en miljon': the stated figure.",
            ),
        ),
        LP(
            "Skolskjuts, måltider och administration:",
            "Skolskjutsar och måltider samt den centrala administrationen visar överskott på 1 310 respektive 890 "
            "tkr. Det nya avtalet för skolskjutsar blev billigare än beräknat och en tjänst som utvecklingsstrateg "
            "var vakant under hösten.",
            C(
                "Skolskjuts och måltider",
                "1 310",
                "+",
                "prisokningar",
                unit="tkr",
                note="A 'respektive' pair: one item per area, each with its own reason.",
                also=(C("Central administration", "890 tkr", "+", "vakanser"),),
            ),
        ),
        P(
            "Nämndens statsbidrag blev sammantaget 2,6 miljoner kronor högre än budgeterat, vilket har dämpat "
            "underskotten inom grundskolan.",
            C(
                "Statsbidrag",
                "2,6 miljoner kronor",
                "+",
                "statsbidrag",
                note="A revenue post across the areas.",
            ),
        ),
        H("Åtgärder inför 2026", 2),
        P(
            "Nämnden har beslutat att samordna elevassistenterna i en gemensam resursenhet från januari 2026, "
            "vilket beräknas minska kostnaderna med 1,5 miljoner kronor per år.",
            A("Grundskola F–6", "1,5 miljoner kronor", "bemanning"),
        ),
        H("Investeringar", 2),
        P(
            "Av investeringsbudgeten på 7,4 miljoner kronor användes 5,1 miljoner kronor. Inköpen av elevdatorer "
            "till årskurs 4 har flyttats till 2026.",
            C(
                "Investeringar",
                "7,4 miljoner kronor användes 5,1 miljoner kronor",
                "+",
                "periodisering",
                value=2_300_000,
                note="Investment under-spending of 2,3 miljoner kronor, never written out: the computed value.",
            ),
        ),
        H("Måluppfyllelse och ekonomisk ställning", 2),
        P(
            "Andelen elever i årskurs 9 som är behöriga till gymnasiet ökade till 78 procent, vilket beror på ett "
            "målmedvetet arbete med läsförståelse i alla ämnen.",
            O(None, note="Goal fulfilment with 'beror på': other."),
        ),
        P(
            "Nämndens ackumulerade underskott från tidigare år uppgår efter 2025 till 9,6 miljoner kronor, som "
            "enligt kommunens regler ska återställas inom tre år.",
            O(None, note="The accumulated deficit (equity): other."),
        ),
    ]
    return ReportSpec(
        file="landskrona-skn-verksamhetsberattelse-2025.pdf",
        report={
            "municipality": ["Landskrona", "Landskrona stad"],
            "committee": ["Skolnämnden"],
            "period": ["2025", "2025-12"],
            "report_type": "verksamhetsberättelse",
        },
        metadata={"title": "Verksamhetsberättelse 2025 Skolnämnden", "author": "Landskrona stad"},
        style=style,
        blocks=blocks,
    )
