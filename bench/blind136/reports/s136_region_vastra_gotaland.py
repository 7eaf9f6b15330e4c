"""Region Västra Götaland, Östra hälso- och sjukvårdsnämnden, månadsrapport november 2025.

A purchasing health-care committee's month report in "miljoner kronor", set in Liberation Sans, whose result
table is pasted as an image (every amount lives in the prose), footer with the nämnd's meeting date in
December: the period against the periodised budget and the full year in two sentences (two items), the change
since October with its cause; then paragraphs that name the area in varied ways: bought specialist care
"överskrider budget med 58 miljoner kronor" followed by two hospitals as a "respektive" pair inside the same
paragraph (their own items), "Inom psykiatrin beräknas ett underskott", primary care "prognostiseras 19
miljoner kronor över budget", drugs "högre än budget" with "drygt hälften" (a part, no amount), dental care
"en positiv avvikelse på 9", public health with a reason only (amount null: the table is an image), a grant
"utöver budget" and habilitation that "bedöms följa budget" (boilerplate); an action with its effect and a
risk (other). Liberation Sans 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=9.5,
        leading=1.4,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.0),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(62.0, 80.0, 62.0, 72.0),
        header=lambda n, m: ("Västra Götalandsregionen", "Östra hälso- och sjukvårdsnämnden"),
        footer=lambda n, m: ("Sammanträde 2025-12-16", "Diarienummer HSNÖ 2025-00418", f"{n} ({m})"),
        header_size=7.5,
        rule_under_header=True,
    )
    table = Table(
        caption="Ekonomiskt utfall och prognos per område, miljoner kronor",
        header=(("Område", "Budget 2025", "Utfall jan–nov", "Prognos 2025", "Avvikelse"),),
        rows=(
            ("Somatisk specialistvård", "4 612", "4 281", "4 670", "−58"),
            ("Psykiatri", "1 048", "988", "1 079", "−31"),
            ("Primärvård", "2 236", "2 067", "2 255", "−19"),
            ("Läkemedel", "705", "659", "719", "−14"),
            ("Tandvård", "318", "283", "309", "+9"),
            ("Habilitering", "214", "196", "214", "0"),
            ("Folkhälsa och sjukdomsförebyggande", "92", "77", "86", "+6"),
            ("Övriga intäkter", "", "", "", "+12"),
            ("Totalt", "", "", "", "−95"),
        ),
        widths=(180.0, 68.0, 74.0, 68.0, 62.0),
        bold_rows=frozenset({8}),
        rules=True,
        size=8.5,
        as_image=True,
    )
    blocks = [
        Title("Månadsrapport november 2025", size=19, font="arial-bold", after=2),
        Title("Östra hälso- och sjukvårdsnämnden", size=12.5, font="arial", after=12),
        H("Ekonomiskt resultat", 1),
        PS(
            (
                "Nämndens resultat till och med november är −86,4 miljoner kronor jämfört med periodiserad budget.",
                C(None, "−86,4 miljoner kronor", "-", note="The period's deviation, a sentence of its own."),
            ),
            (
                "Helårsprognosen är ett underskott på 95 miljoner kronor, vilket motsvarar 1,4 procent av nämndens "
                "budget.",
                C(None, "95 miljoner kronor", "-", note="The full year's, a sentence of its own."),
            ),
        ),
        P(
            "Prognosen är 12 miljoner kronor sämre än i oktober, vilket främst förklaras av fler vårdtillfällen inom "
            "den somatiska specialistvården.",
            F(None, "12 miljoner kronor", "-", "volymer"),
        ),
        table,
        H("Avvikelser per område", 2),
        PS(
            (
                "Köpt somatisk specialistvård överskrider budget med 58 miljoner kronor. Antalet vårdtillfällen för "
                "invånarna i nämndens område är 4 procent fler än avtalat, och kostnaderna för vård i andra regioner "
                "har ökat.",
                C("Somatisk specialistvård", "58 miljoner kronor", "-", "kopt_verksamhet", "volymer"),
            ),
            (
                "Av avvikelsen avser Sahlgrenska Universitetssjukhuset och Södra Älvsborgs Sjukhus −36 respektive −22 "
                "miljoner kronor.",
                C(
                    "Sahlgrenska Universitetssjukhuset",
                    "−36",
                    "-",
                    unit="mnkr",
                    note="Sub-areas inside another area's paragraph: their own items ('respektive').",
                    also=(C("Södra Älvsborgs Sjukhus", "−22 miljoner kronor", "-"),),
                ),
            ),
        ),
        P(
            "Inom psykiatrin beräknas ett underskott på 31 miljoner kronor. Fler patienter har remitterats till privata "
            "vårdgivare för neuropsykiatriska utredningar, där köerna har varit långa.",
            C(
                "Psykiatri",
                "31 miljoner kronor",
                "-",
                "kopt_verksamhet",
                "volymer",
                note="The area after 'Inom'.",
            ),
        ),
        P(
            "Primärvårdens ersättningar inom vårdvalet prognostiseras 19 miljoner kronor över budget till följd av att "
            "antalet listade invånare har ökat mer än beräknat.",
            C("Primärvård", "19 miljoner kronor", "-", "volymer"),
        ),
        P(
            "Läkemedelskostnaderna blir 14 miljoner kronor högre än budget, där nya läkemedel mot diabetes och fetma "
            "står för drygt hälften.",
            C(
                "Läkemedel",
                "14 miljoner kronor",
                "-",
                "material_hjalpmedel",
                note="'drygt hälften' is a part.",
            ),
        ),
        P(
            "Tandvården visar en positiv avvikelse på 9 miljoner kronor. Färre personer än väntat har använt det "
            "särskilda tandvårdsstödet.",
            C("Tandvård", "9 miljoner kronor", "+", "volymer"),
        ),
        P(
            "Folkhälsoarbetet redovisar ett överskott eftersom flera projekt tillsammans med civilsamhället har "
            "startat senare än planerat.",
            C(
                "Folkhälsa och sjukdomsförebyggande",
                None,
                "+",
                "periodisering",
                note="A reason only beside a table pasted as an image: amount null.",
            ),
        ),
        P(
            "Statsbidrag för kortare väntetider har tillförts nämnden med 12 miljoner kronor utöver budget.",
            C("Övriga intäkter", "12 miljoner kronor", "+", "statsbidrag"),
        ),
        P("Habiliteringen bedöms följa budget.", BP("Habilitering")),
        H("Åtgärder", 2),
        P(
            "Nämnden har tillsammans med Sahlgrenska Universitetssjukhuset tagit fram en plan för att flytta 1 200 "
            "vårdtillfällen till öppenvård under 2026, vilket beräknas sänka kostnaden med 20 miljoner kronor.",
            A("Somatisk specialistvård", "20 miljoner kronor", "kopt_verksamhet"),
        ),
        H("Risker", 2),
        P(
            "Osäkerheten i prognosen är stor, eftersom fakturorna för vård i andra regioner under december kommer "
            "först i februari.",
            O(None, note="A risk: other."),
        ),
    ]
    return ReportSpec(
        file="region-vastra-gotaland-hsn-ostra-manadsrapport-2025-11.pdf",
        report={
            "municipality": ["Region Västra Götaland", "Västra Götalandsregionen"],
            "committee": ["Östra hälso- och sjukvårdsnämnden", "Hälso- och sjukvårdsnämnden Östra"],
            "period": ["2025-11"],
            "report_type": "månadsrapport",
        },
        metadata={
            "title": "Månadsrapport november 2025 Östra hälso- och sjukvårdsnämnden",
            "author": "Västra Götalandsregionen",
        },
        style=style,
        blocks=blocks,
    )
