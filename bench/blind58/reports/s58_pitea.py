"""Piteå kommun, Barn- och utbildningsnämnden, månadsrapport november 2025.

A school committee's month report in tkr, DejaVu Sans 10 pt, footer with the nämnd's meeting date in December:
the full year "ett underskott på 6 400 tkr" followed by "Prognosen är i stort sett densamma som i oktober"
(a boilerplate forecast change), the period "4 900 tkr sämre än den periodiserade budgeten" in a paragraph of
its own; a reading note that brackets mean a deficit and a verksamhet table with "(8 300)"; bold run-in
verksamheter with a full stop: "ger ett överskott på 1 750 tkr" at the end of a sentence, a reason-only
deficit with a sick-pay part "drygt 900 tkr" inside it (the row's "(8 300)"), "redovisar ett överskott om",
"överstiger budget med 800 tkr", "håller budget" (boilerplate), an amount after a comma "−500 tkr";
actions as bullets with no amounts; investments "Av investeringsbudgeten på 14,0 mnkr beräknas 9,2 mnkr
användas" (4,8 mnkr never written out); sick leave against last year (other).

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Bullets, H, P, ReportSpec, Style, Table, Title

from reports.common import BF, BP, LP, A, C, O


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=10.0,
        leading=1.42,
        para_gap=7.0,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(64.0, 80.0, 64.0, 74.0),
        header=lambda n, m: ("Piteå kommun – Barn- och utbildningsnämnden", "Månadsrapport november 2025"),
        footer=lambda n, m: ("Sammanträde 2025-12-16", "", f"{n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Driftredovisning per verksamhet, tkr",
        header=(("Verksamhet", "Budget 2025", "Utfall jan–nov", "Prognos 2025", "Avvikelse"),),
        rows=(
            ("Förskola", "412 300", "377 100", "410 550", "1 750"),
            ("Grundskola F–9", "786 200", "724 900", "794 500", "(8 300)"),
            ("Gymnasieskola", "298 400", "272 000", "296 950", "1 450"),
            ("Elevhälsa", "38 600", "35 800", "39 400", "(800)"),
            ("Kulturskola", "21 100", "19 300", "21 100", "0"),
            ("Nämnd och förvaltningsledning", "44 900", "39 800", "45 400", "(500)"),
            ("Summa", "1 601 500", "1 468 900", "1 607 900", "(6 400)"),
        ),
        widths=(150.0, 70.0, 74.0, 70.0, 62.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Månadsrapport november 2025", size=18, font="sans-bold", after=2),
        Title("Barn- och utbildningsnämnden", size=12, font="sans", after=12),
        H("Sammanfattning", 2),
        PS(
            (
                "Barn- och utbildningsnämnden prognostiserar ett underskott på 6 400 tkr för helåret 2025.",
                C(None, "6 400 tkr", "-"),
            ),
            ("Prognosen är i stort sett densamma som i oktober.", BF(None)),
        ),
        P(
            "Utfallet efter elva månader är 4 900 tkr sämre än den periodiserade budgeten.",
            C(None, "4 900 tkr", "-", note="The period's deviation in a paragraph of its own."),
        ),
        P("Belopp i tkr. Avvikelse inom parentes innebär ett underskott mot budget.", size=8.5),
        table,
        H("Kommentarer per verksamhet", 2),
        LP(
            "Förskola.",
            "Färre barn än planerat har skrivits in, särskilt i Öjebyn och Norrfjärden, vilket ger ett överskott på "
            "1 750 tkr.",
            C("Förskola", "1 750 tkr", "+", "volymer"),
        ),
        LP(
            "Grundskola F–9.",
            "Verksamheten går med underskott, som främst förklaras av ökade kostnader för elevassistenter till elever "
            "i behov av särskilt stöd och av att två skolor inte har anpassat bemanningen efter minskade elevtal. Här "
            "ingår också sjuklönekostnader som är drygt 900 tkr högre än budgeterat.",
            C(
                "Grundskola F–9",
                "(8 300)",
                "-",
                "volymer",
                "bemanning",
                "sjukfranvaro",
                unit="tkr",
                table=True,
                note="Reasons and a part ('drygt 900 tkr') only: the table row's cell, as printed.",
            ),
        ),
        LP(
            "Gymnasieskola.",
            "Gymnasieskolan redovisar ett överskott om 1 450 tkr. Det beror på att de interkommunala intäkterna för "
            "elever från Älvsbyn och Arvidsjaur har blivit högre än budgeterat.",
            C("Gymnasieskola", "1 450 tkr", "+", "avgifter_intakter", "volymer"),
        ),
        LP(
            "Elevhälsa.",
            "Kostnaderna överstiger budget med 800 tkr, på grund av konsulter för psykologutredningar när två "
            "psykologtjänster har stått vakanta.",
            C("Elevhälsa", "800 tkr", "-", "inhyrd_personal", "vakanser"),
        ),
        LP("Kulturskola.", "Verksamheten håller budget.", BP("Kulturskola")),
        LP(
            "Nämnd och förvaltningsledning.",
            "Licenserna för den nya lärplattformen blev dyrare än beräknat, −500 tkr.",
            C("Nämnd och förvaltningsledning", "−500 tkr", "-", "it_digitalisering"),
        ),
        H("Åtgärder", 2),
        Bullets(
            (
                "Översyn av grundskolans organisation inför läsåret 2026/27, med sammanslagning av klasser i årskurs "
                "4–6 på tre skolor.",
                "Varje rekrytering prövas av förvaltningschefen innan tjänsten annonseras.",
            ),
            labels=(A("Grundskola F–9", None, "omstallning"), A(None, None, "vakanser")),
        ),
        H("Investeringar", 2),
        P(
            "Av investeringsbudgeten på 14,0 mnkr beräknas 9,2 mnkr användas under året. Inventarierna till den nya "
            "förskolan på Pitholm levereras först i februari 2026.",
            C(
                "Investeringar",
                "Av investeringsbudgeten på 14,0 mnkr beräknas 9,2 mnkr",
                "+",
                "periodisering",
                "material_hjalpmedel",
                value=4_800_000,
                note="Under-spending of 4,8 mnkr never written out: the computed value.",
            ),
        ),
        H("Personal", 2),
        P(
            "Sjukfrånvaron bland förvaltningens medarbetare var 6,8 procent under januari–oktober, 0,6 "
            "procentenheter lägre än samma period 2024.",
            O(None, "sjukfranvaro", note="Sick leave against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="pitea-bun-manadsrapport-2025-11.pdf",
        report={
            "municipality": "Piteå",
            "committee": ["Barn- och utbildningsnämnden"],
            "period": ["2025-11"],
            "report_type": "månadsrapport",
        },
        metadata={
            "title": "Månadsrapport november 2025 Barn- och utbildningsnämnden",
            "author": "Piteå kommun",
        },
        style=style,
        blocks=blocks,
    )
