"""Markaryds kommun, Barn- och utbildningsnämnden, tertialrapport 1 2026.

A school committee's tertial report whose verksamhet table is pasted as an image, so every amount lives in
the prose; footer with the adjustment date in May: the full year "ett underskott om tre miljoner kronor" in
words, the change "Jämfört med februariprognosen på –2,2 mnkr är det en försämring med 0,8 mnkr"; plain
headings over one paragraph each with en-dash minus and varied shapes: "visar ett överskott på 0,6 mnkr",
"blir kostnaderna 1,4 mnkr högre än budgeterat. Det beror på", "går knappt en miljon kronor back",
interkommunal ersättning "prognosen visar –1,6 mnkr", a surplus from a vacancy whose amount is only in the
image (null), "400 000 kronor mer än budgeterat", "fyrahundra tusen kronor" from an undistributed buffer;
an action with its effect, a grant that is in both budget and forecast and a risk (others). DejaVu Sans
Condensed 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="cond",
        bold="cond-bold",
        italic="sans-italic",
        size=10.0,
        leading=1.42,
        para_gap=7.0,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("cond-bold", "cond-bold", "cond-bold"),
        margins=(68.0, 80.0, 68.0, 74.0),
        header=lambda n, m: ("Markaryds kommun", "Barn- och utbildningsnämnden"),
        footer=lambda n, m: ("Tertialrapport 1 2026", "Justerad 2026-05-27", f"{n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Driftredovisning per verksamhet, mnkr",
        header=(("Verksamhet", "Budget 2026", "Utfall jan–apr", "Prognos 2026", "Avvikelse"),),
        rows=(
            ("Förskola", "58,2", "18,9", "57,6", "0,6"),
            ("Grundskola F–6", "82,4", "28,1", "83,8", "–1,4"),
            ("Grundskola 7–9", "44,9", "15,6", "45,8", "–0,9"),
            ("Gymnasieskola", "39,7", "13,9", "41,3", "–1,6"),
            ("Elevhälsa", "8,6", "2,6", "8,3", "0,3"),
            ("Skolskjuts", "11,8", "4,2", "12,2", "–0,4"),
            ("Central administration", "9,4", "2,9", "9,0", "0,4"),
            ("Summa", "255,0", "86,2", "258,0", "–3,0"),
        ),
        widths=(136.0, 70.0, 76.0, 70.0, 62.0),
        bold_rows=frozenset({7}),
        rules=True,
        size=9.0,
        as_image=True,
    )
    blocks = [
        Title("Tertialrapport 1 – januari till april 2026", size=18, font="cond-bold", after=2),
        Title("Barn- och utbildningsnämnden", size=12, font="cond", after=12),
        H("Nämndens ekonomi", 2),
        P(
            "Barn- och utbildningsnämnden prognostiserar ett underskott om tre miljoner kronor för 2026.",
            C(None, "tre miljoner kronor", "-", value=3e6, note="The amount in words."),
        ),
        P(
            "Jämfört med februariprognosen på –2,2 mnkr är det en försämring med 0,8 mnkr.",
            F(None, "0,8 mnkr", "-", note="The February level (–2,2 mnkr) is not the change."),
        ),
        table,
        H("Kommentarer per verksamhet", 2),
        H("Förskola", 3),
        P(
            "Förskolan visar ett överskott på 0,6 mnkr. Barnantalet i Strömsnäsbruk är lägre än planerat, och en "
            "avdelning på Lärkans förskola har därför hållits stängd sedan januari.",
            C("Förskola", "0,6 mnkr", "+", "volymer"),
        ),
        H("Grundskola F–6", 3),
        P(
            "För årskurserna F–6 blir kostnaderna 1,4 mnkr högre än budgeterat. Det beror på att fler elever har "
            "beslut om särskilt stöd och att två elevassistenter har anställts utanför budget på Timsfors skola.",
            C("Grundskola F–6", "1,4 mnkr", "-", "volymer", "bemanning"),
        ),
        H("Grundskola 7–9", 3),
        P(
            "Högstadiet går knappt en miljon kronor back, främst på grund av vikariekostnader för två långtidssjuka "
            "lärare.",
            C(
                "Grundskola 7–9",
                "knappt en miljon kronor",
                "-",
                "vikarier",
                "sjukfranvaro",
                value=1e6,
                note="'knappt en miljon' is the stated figure (the image says –0,9).",
            ),
        ),
        H("Gymnasieskola", 3),
        P(
            "Kostnaderna för interkommunal ersättning till Hässleholm, Ljungby och Halmstad ökar när fler elever än "
            "väntat har valt program som inte finns i kommunen, och prognosen visar –1,6 mnkr.",
            C("Gymnasieskola", "–1,6 mnkr", "-", "kopt_verksamhet", "volymer"),
        ),
        H("Elevhälsa", 3),
        P(
            "Elevhälsan får ett mindre överskott eftersom tjänsten som skolpsykolog har varit vakant under hela "
            "tertialet.",
            C(
                "Elevhälsa",
                None,
                "+",
                "vakanser",
                note="The row's cell is only in the image (no text layer): amount null.",
            ),
        ),
        H("Skolskjuts", 3),
        P(
            "Skolskjutsen beräknas kosta 400 000 kronor mer än budgeterat, sedan en extra tur mellan Timsfors och "
            "Markaryd har tillkommit för elever i anpassad grundskola.",
            C("Skolskjuts", "400 000 kronor", "-", "volymer"),
        ),
        H("Central administration", 3),
        P(
            "Den centrala administrationen lämnar ett överskott på fyrahundra tusen kronor, då nämndens gemensamma "
            "buffert ännu inte har fördelats.",
            C("Central administration", "fyrahundra tusen kronor", "+", "reserver", value=4e5),
        ),
        H("Åtgärder", 2),
        P(
            "Förvaltningen ser över organisationen av elevassistenter inför höstterminen. Ett förslag som beräknas "
            "minska kostnaderna med 0,5 mnkr för helåret ska presenteras för nämnden i juni.",
            A("Grundskola F–6", "0,5 mnkr", "bemanning"),
        ),
        H("Statsbidrag", 2),
        P(
            "Nämnden har beviljats 2,4 mnkr i statsbidrag för läsfrämjande insatser och mindre barngrupper. "
            "Bidragen är inräknade i både budget och prognos och påverkar inte avvikelsen.",
            O(None, "statsbidrag", note="Grants in both budget and forecast: context, no deviation."),
        ),
        H("Risker", 2),
        P(
            "Antalet nyanlända elever i grundskolan är svårt att förutse. Fler inflyttade familjer under hösten "
            "skulle kunna öka kostnaderna ytterligare.",
            O("Grundskola", "volymer", note="A risk: other."),
        ),
    ]
    return ReportSpec(
        file="markaryd-bun-tertialrapport-2026-04.pdf",
        report={
            "municipality": "Markaryd",
            "committee": ["Barn- och utbildningsnämnden"],
            "period": ["2026-04"],
            "report_type": "tertialrapport",
        },
        metadata={
            "title": "Tertialrapport 1 2026 Barn- och utbildningsnämnden",
            "author": "Markaryds kommun",
        },
        style=style,
        blocks=blocks,
    )
