"""Huddinge kommun, Grundskolenämnden, tertialrapport 1 2026 (januari–april).

A school committee's tertial report with the nämnd's meeting date in May in the footer: the full year's
"underskott om 14,5 mnkr" and the period "3,9 mnkr över periodens budget" in one sentence (the full year's is
the amount), the period's timing reason in a paragraph of its own (amount null), "2,3 mnkr sämre än i
februari" (a forecast change); a table in mnkr with U+2212 minus signs; then bold run-in areas with a
colon: skolpeng "kostar 7,8 mnkr mer än planerat", a reason-only deficit that "tar mer i anspråk" (the
row's "−5,1"), "ger ett överskott på 1,3 mnkr", a dearer transport contract with "en avvikelse på −2,9 mnkr"
at the end, "Prognosen är i nivå med budget." (boilerplate); personnel costs "0,6 mnkr under budget" for the
period; investments "en avvikelse på 3,5 mnkr"; an action with its effect and pupils against last year
(other). DejaVu Sans 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import BP, LP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.4,
        para_gap=6.0,
        heading_sizes=(15.0, 11.5, 10.0),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(60.0, 76.0, 60.0, 72.0),
        gutter=20.0,
        header=lambda n, m: ("Huddinge kommun", "Grundskolenämnden"),
        footer=lambda n, m: (
            "Tertialrapport 1 2026",
            "Grundskolenämndens sammanträde 2026-05-26",
            f"{n} av {m}",
        ),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Driftredovisning per verksamhet, mnkr",
        header=(("Verksamhet", "Budget 2026", "Prognos 2026", "Avvikelse"),),
        rows=(
            ("Skolpeng och tilläggsbelopp", "1 412,0", "1 419,8", "\u22127,8"),
            ("Anpassad grundskola", "96,4", "101,5", "\u22125,1"),
            ("Fritidshem", "188,2", "186,9", "1,3"),
            ("Skolskjuts", "31,5", "34,4", "\u22122,9"),
            ("Nämnd och förvaltning", "44,7", "44,7", "0,0"),
            ("Summa", "1 772,8", "1 787,3", "\u221214,5"),
        ),
        widths=(180.0, 84.0, 84.0, 80.0),
        bold_rows=frozenset({5}),
        rules=True,
        shade=(0.88, 0.92, 0.96),
        size=8.5,
    )
    blocks = [
        Title("Tertialrapport 1 2026", size=20, font="sans-bold", after=2),
        Title("Grundskolenämnden – januari–april", size=12, font="sans", after=14),
        H("Sammanfattning", 2),
        P(
            "Grundskolenämndens prognos för helåret är ett underskott om 14,5 mnkr, och utfallet för januari–april "
            "ligger 3,9 mnkr över periodens budget.",
            C(
                None,
                "14,5 mnkr",
                "-",
                note="The full year and the period in one sentence: the full year's is the amount.",
            ),
        ),
        P(
            "Periodens underskott förklaras i huvudsak av att tilläggsbeloppen för vårterminen betalas ut i början "
            "av terminen.",
            C(
                None,
                None,
                "-",
                "periodisering",
                note="The period's reason apart from its amount: amount null.",
            ),
        ),
        P("Prognosen är 2,3 mnkr sämre än i februari.", F(None, "2,3 mnkr", "-")),
        table,
        H("Kommentarer till prognosen", 2),
        LP(
            "Skolpeng och tilläggsbelopp:",
            "Antalet elever i kommunens och fristående skolor är 214 fler än vad budgeten bygger på, vilket gör att "
            "skolpengen kostar 7,8 mnkr mer än planerat.",
            C("Skolpeng och tilläggsbelopp", "7,8 mnkr", "-", "volymer"),
        ),
        LP(
            "Anpassad grundskola:",
            "Kostnaderna för elever i anpassad grundskola i andra kommuner och hos enskilda huvudmän tar mer i "
            "anspråk än budgeterat. Två nya elever med omfattande behov av elevassistent har tillkommit sedan "
            "februari.",
            C(
                "Anpassad grundskola",
                "\u22125,1",
                "-",
                "kopt_verksamhet",
                "volymer",
                unit="mnkr",
                table=True,
                note="Reason only: the table row's amount.",
            ),
        ),
        LP(
            "Fritidshem:",
            "Lägre inskrivningsgrad än förväntat ger ett överskott på 1,3 mnkr.",
            C("Fritidshem", "1,3 mnkr", "+", "volymer"),
        ),
        LP(
            "Skolskjuts:",
            "Det nya avtalet för skolskjuts, som började gälla i januari, är dyrare än det tidigare. Tillsammans "
            "med fler elever med rätt till skolskjuts på grund av lång väg innebär det en avvikelse på −2,9 mnkr.",
            C("Skolskjuts", "−2,9 mnkr", "-", "prisokningar", "volymer"),
        ),
        LP(
            "Nämnd och förvaltning:",
            "Prognosen är i nivå med budget.",
            BP("Nämnd och förvaltning"),
        ),
        LP(
            "Personal:",
            "Personalkostnaderna i förvaltningens egna verksamheter ligger 0,6 mnkr under budget för perioden, "
            "beroende på vakanta tjänster inom elevhälsan.",
            C("Personalkostnader", "0,6 mnkr", "+", "vakanser"),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsprognosen är 12,0 mnkr, att jämföra med en budget på 15,5 mnkr, en avvikelse på 3,5 mnkr. "
            "Möbler och utrustning till den nya Skogsängsskolan levereras först 2027.",
            C("Investeringar", "3,5 mnkr", "+", "periodisering", "material_hjalpmedel"),
        ),
        H("Åtgärder", 2),
        P(
            "Förvaltningen har tagit fram en åtgärdsplan som bland annat omfattar en översyn av skolskjutsreglerna "
            "och samordnade upphandlingar av platser i anpassad grundskola. Effekten bedöms till 2,5 mnkr för 2026.",
            A(None, "2,5 mnkr", "prisokningar", "kopt_verksamhet"),
        ),
        H("Elever", 2),
        P(
            "Elevantalet har ökat med 1,8 procent jämfört med april 2025, främst i årskurserna 7–9.",
            O(None, "volymer", note="Pupils against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="huddinge-gsn-tertialrapport-2026-04.pdf",
        report={
            "municipality": "Huddinge",
            "committee": ["Grundskolenämnden"],
            "period": ["2026-04"],
            "report_type": "tertialrapport",
        },
        metadata={"title": "Tertialrapport 1 2026 Grundskolenämnden", "author": "Huddinge kommun"},
        style=style,
        blocks=blocks,
    )
