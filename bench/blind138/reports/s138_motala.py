"""Motala kommun, Bildningsnämnden, delårsrapport januari–augusti 2025.

An education committee's interim report, Liberation Sans 10 pt, footer saying when the nämnd adopted it (in
September): the period "7,8 miljoner kronor bättre än den periodiserade budgeten" with its timing reason in
the same paragraph (one item), the full year "ett underskott på 4,6 miljoner kronor mot budget" in a
paragraph of its own, the change since the tertial report with its cause; the verksamhet table pasted as an
image (no text layer), so every amount lives in the headings, which carry the area and the amount in tkr
with U+2212 and "+" ("Grundskola F–6 −3 400 tkr") over short reason paragraphs, and one heading "±0 tkr"
over "bedrivas inom budget" (boilerplate); a net deficit whose paragraph also names an offsetting revenue;
a central buffer as a reason (reserver); investments "12,0 miljoner kronor beräknas 8,5 miljoner kronor
användas" (3,5 never written out); an action with "1,0 miljon kronor", preschool numbers against last year
with "beror på" and a risk (others).

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import BP, HP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=10.0,
        leading=1.4,
        para_gap=6.0,
        heading_sizes=(15.0, 12.5, 10.5),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(68.0, 80.0, 68.0, 74.0),
        header=lambda n, m: ("Motala kommun", "Bildningsnämnden"),
        footer=lambda n, m: (
            "Delårsrapport 2025 – fastställd av bildningsnämnden 2025-09-24",
            "",
            f"{n} ({m})",
        ),
        header_size=8.0,
        rule_under_header=False,
    )
    table = Table(
        caption="Driftredovisning per verksamhet, tkr",
        header=(("Verksamhet", "Budget 2025", "Utfall jan–aug", "Prognos 2025", "Avvikelse"),),
        rows=(
            ("Förskola", "231 400", "150 200", "229 300", "+2 100"),
            ("Grundskola F–6", "318 900", "214 700", "322 300", "−3 400"),
            ("Grundskola 7–9", "176 200", "119 500", "177 100", "−900"),
            ("Anpassad grundskola", "38 600", "25 400", "38 600", "0"),
            ("Gymnasieskola", "204 800", "141 900", "210 000", "−5 200"),
            ("Vuxenutbildning", "62 100", "39 800", "60 800", "+1 300"),
            ("Central förvaltning och skolskjuts", "71 300", "44 600", "69 800", "+1 500"),
            ("Summa", "1 103 300", "736 100", "1 107 900", "−4 600"),
        ),
        widths=(170.0, 66.0, 72.0, 70.0, 62.0),
        bold_rows=frozenset({7}),
        rules=True,
        size=8.5,
        as_image=True,
    )
    blocks = [
        Title("Delårsrapport januari–augusti 2025", size=19, font="arial-bold", after=2),
        Title("Bildningsnämnden", size=13, font="arial", after=12),
        H("Ekonomiskt utfall och prognos", 1),
        P(
            "Bildningsnämndens utfall för perioden januari–augusti är 7,8 miljoner kronor bättre än den "
            "periodiserade budgeten. Överskottet förklaras till stor del av att statsbidrag för hela läsåret "
            "betalades ut under våren, medan kostnaderna fördelas över hösten.",
            C(
                None,
                "7,8 miljoner kronor",
                "+",
                "statsbidrag",
                "periodisering",
                note="The period's deviation and its reason in one paragraph: one item.",
            ),
        ),
        P(
            "För helåret prognostiseras däremot ett underskott på 4,6 miljoner kronor mot budget.",
            C(None, "4,6 miljoner kronor", "-", note="The full year in a paragraph of its own."),
        ),
        P(
            "Prognosen har försämrats med 1,9 miljoner kronor sedan tertialrapporten i april, framför allt eftersom "
            "fler elever än väntat har sökt sig till gymnasieprogram i andra kommuner.",
            F(None, "1,9 miljoner kronor", "-", "kopt_verksamhet", "volymer"),
        ),
        table,
        H("Kommentarer per verksamhet", 2),
        HP(
            "Förskola +2 100 tkr",
            "Barnantalet har under våren legat cirka 60 barn under den nivå som budgeten bygger på, och en "
            "avdelning i Borensberg har hållits stängd sedan februari.",
            C("Förskola", "+2 100 tkr", "+", "volymer", note="The heading carries the area and the amount."),
        ),
        HP(
            "Grundskola F–6 −3 400 tkr",
            "Kostnaderna för elevassistenter och för den kommunala resursskolan har ökat. Förvaltningen har också "
            "fått bära tomhyror för paviljongerna i Norrmalm efter flytten till nya lokaler.",
            C("Grundskola F–6", "−3 400 tkr", "-", "bemanning", "lokaler"),
        ),
        HP(
            "Grundskola 7–9 −900 tkr",
            "Statsbidraget för en likvärdig skola har minskat mer än vad budgeten räknade med.",
            C("Grundskola 7–9", "−900 tkr", "-", "statsbidrag"),
        ),
        HP(
            "Anpassad grundskola ±0 tkr",
            "Verksamheten bedöms bedrivas inom budget.",
            BP("Anpassad grundskola"),
        ),
        HP(
            "Gymnasieskola −5 200 tkr",
            "Interkommunala ersättningar till andra huvudmän blir betydligt högre än budgeterat, då 38 fler elever "
            "än i budgeten har valt att studera i Linköping, Mjölby och Örebro. Samtidigt har nämnden tagit emot "
            "fler elever från Vadstena, vilket ger högre intäkter och delvis motverkar underskottet.",
            C(
                "Gymnasieskola",
                "−5 200 tkr",
                "-",
                "kopt_verksamhet",
                "volymer",
                "avgifter_intakter",
                note="A net deficit with an offsetting revenue in the same paragraph: one item, the heading's "
                "amount.",
            ),
        ),
        HP(
            "Vuxenutbildning +1 300 tkr",
            "Statsbidraget för regionalt yrkesvux blev högre än beräknat samtidigt som två lärartjänster inom svenska "
            "för invandrare har varit vakanta under våren.",
            C("Vuxenutbildning", "+1 300 tkr", "+", "statsbidrag", "vakanser"),
        ),
        HP(
            "Central förvaltning och skolskjuts +1 500 tkr",
            "Överskottet kommer från den centrala bufferten, som ännu inte har fördelats, och från lägre kostnader "
            "för skolskjuts efter den nya upphandlingen.",
            C(
                "Central förvaltning och skolskjuts",
                "+1 500 tkr",
                "+",
                "reserver",
                "prisokningar",
                note="An undistributed buffer is reserver, a cheaper transport contract prisokningar.",
            ),
        ),
        H("Investeringar", 2),
        P(
            "Av nämndens investeringsram på 12,0 miljoner kronor beräknas 8,5 miljoner kronor användas under året. "
            "Inköpen av digitala verktyg till högstadiet har skjutits upp till 2026.",
            C(
                "Investeringar",
                "12,0 miljoner kronor beräknas 8,5 miljoner kronor",
                "+",
                "periodisering",
                "it_digitalisering",
                value=3_500_000,
                note="Under-spending of 3,5 miljoner kronor, never written out: the computed value.",
            ),
        ),
        H("Åtgärder", 2),
        P(
            "Nämnden har beslutat att se över antalet gymnasieplatser i samverkan med grannkommunerna och att "
            "begränsa nyanställningar inom grundskolan under hösten, vilket väntas minska kostnaderna med 1,0 "
            "miljon kronor.",
            A(None, "1,0 miljon kronor", "bemanning"),
        ),
        H("Verksamhet och omvärld", 2),
        P(
            "Antalet inskrivna barn i förskolan har minskat med 4 procent jämfört med augusti 2024, vilket beror på "
            "lägre födelsetal.",
            O("Förskola", "volymer", note="Volumes against the previous year: other."),
        ),
        P(
            "Det finns en osäkerhet kring höstens interkommunala ersättningar eftersom antagningen till gymnasiet "
            "inte är slutlig förrän i oktober.",
            O("Gymnasieskola", note="A risk."),
        ),
    ]
    return ReportSpec(
        file="motala-bin-delarsrapport-2025-08.pdf",
        report={
            "municipality": "Motala",
            "committee": ["Bildningsnämnden"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={"title": "Delårsrapport januari–augusti 2025 Bildningsnämnden", "author": "Motala kommun"},
        style=style,
        blocks=blocks,
    )
