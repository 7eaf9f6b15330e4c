"""Haninge kommun, Grundskolenämnden, månadsrapport oktober 2025.

A school committee's month report in mnkr with en dashes as minus signs, footer with the nämnd's meeting date
in November: the full year "−7,4 mnkr (−6,9 mnkr i september)" (the bracket is last month's), the change since
September with its cause in the same paragraph (its own item), the period "4,1 mnkr högre än den
periodiserade budgeten" (negative); a table with October's and September's deviation side by side; headings
that carry the verksamhet and amount ("Grundskola F–9 –5,8 mnkr", "Fritidshem +1,2 mnkr"), one paragraph with
a sick-leave risk after the cause (its own item); investments "av investeringsbudgeten på 12,0 mnkr beräknas
9,5 mnkr användas" (2,5 never written out); two actions as bullets and pupil numbers against last year with
"beror på" (other). Liberation Sans (Arial) 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Bullets, H, P, Para, ReportSpec, Style, Table, Title

from reports.common import HP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=9.5,
        leading=1.38,
        para_gap=6.0,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(62.0, 78.0, 62.0, 72.0),
        header=lambda n, m: ("Haninge kommun", "Grundskolenämnden"),
        footer=lambda n, m: ("Månadsrapport oktober 2025", "Sammanträde 2025-11-19", f"{n} ({m})"),
        header_size=8.0,
    )
    table = Table(
        caption="Driftredovisning per verksamhet, mnkr",
        header=(("Verksamhet", "Budget 2025", "Prognos okt", "Avvikelse okt", "Avvikelse sep"),),
        rows=(
            ("Grundskola F–9", "1 184,6", "1 190,4", "–5,8", "–5,2"),
            ("Fritidshem", "142,3", "141,1", "+1,2", "+1,0"),
            ("Anpassad grundskola", "58,7", "61,2", "–2,5", "–2,4"),
            ("Skolskjuts", "31,0", "32,6", "–1,6", "–1,6"),
            ("Nämnd och förvaltningsledning", "46,9", "45,6", "+1,3", "+1,3"),
            ("Summa", "1 463,5", "1 470,9", "–7,4", "–6,9"),
        ),
        widths=(160.0, 70.0, 70.0, 75.0, 75.0),
        bold_rows=frozenset({5}),
        rules=True,
        shade=(0.85, 0.9, 0.95),
        size=8.5,
    )
    blocks = [
        Title("Månadsrapport oktober 2025", size=19, font="arial-bold", after=2),
        Title("Grundskolenämnden", size=12.5, font="arial", after=12),
        H("Ekonomiskt läge", 2),
        PS(
            (
                "Grundskolenämnden prognostiserar för helåret ett underskott på −7,4 mnkr (−6,9 mnkr i september).",
                C(None, "−7,4 mnkr", "-", note="The bracket is last month's figure, not the amount."),
            ),
            (
                "Prognosen har försämrats med 0,5 mnkr sedan september, främst till följd av fler elever i behov av "
                "särskilt stöd.",
                F(None, "0,5 mnkr", "-", "volymer"),
            ),
        ),
        P(
            "Till och med oktober är nettokostnaden 4,1 mnkr högre än den periodiserade budgeten.",
            C(
                None,
                "4,1 mnkr",
                "-",
                note="A net cost above the periodised budget: a negative period deviation.",
            ),
        ),
        table,
        H("Kommentarer per verksamhet", 2),
        Para(
            (
                (
                    "Avvikelsen förklaras av att tilläggsbeloppen för elever i behov av särskilt stöd har ökat mer än "
                    "budgeterat, samtidigt som tre skolor har haft höga kostnader för vikarier under hösten.",
                    C("Grundskola F–9", "–5,8 mnkr", "-", "volymer", "vikarier"),
                ),
                (
                    "Om sjukfrånvaron bland lärarna ligger kvar på samma nivå kan underskottet öka med ytterligare "
                    "1 mnkr.",
                    O("Grundskola F–9", "sjukfranvaro", note="A risk after the cause: its own item."),
                ),
            ),
            head="Grundskola F–9 –5,8 mnkr",
            head_level=3,
        ),
        HP(
            "Fritidshem +1,2 mnkr",
            "Fritidshemmen visar ett överskott eftersom färre barn än beräknat är inskrivna under höstterminen.",
            C("Fritidshem", "+1,2 mnkr", "+", "volymer"),
        ),
        HP(
            "Anpassad grundskola –2,5 mnkr",
            "Två nya elever med omfattande behov har tillkommit sedan budgeten lades, vilket kräver elevassistenter "
            "med en-till-en-bemanning.",
            C("Anpassad grundskola", "–2,5 mnkr", "-", "volymer", "bemanning"),
        ),
        HP(
            "Skolskjuts –1,6 mnkr",
            "Det nya skolskjutsavtalet som började gälla i augusti är dyrare än det tidigare, och indexuppräkningen "
            "i avtalet blev högre än väntat.",
            C("Skolskjuts", "–1,6 mnkr", "-", "prisokningar"),
        ),
        HP(
            "Nämnd och förvaltningsledning +1,3 mnkr",
            "Överskottet beror på en vakant tjänst som verksamhetsutvecklare och på att nämndens budget för "
            "konsulter inte har använts fullt ut.",
            C("Nämnd och förvaltningsledning", "+1,3 mnkr", "+", "vakanser", "inhyrd_personal"),
        ),
        H("Investeringar", 2),
        P(
            "Av investeringsbudgeten på 12,0 mnkr beräknas 9,5 mnkr att användas under året, eftersom möbleringen "
            "av två ombyggda skolor har flyttats till våren 2026.",
            C(
                "Investeringar",
                "investeringsbudgeten på 12,0 mnkr beräknas 9,5 mnkr",
                "+",
                "periodisering",
                value=2_500_000,
                note="An under-spend of 2,5 mnkr never written out: the computed value.",
            ),
        ),
        H("Åtgärder", 2),
        Bullets(
            items=(
                "Inköpsstopp för läromedel och inventarier som inte är nödvändiga, med en beräknad effekt på 0,8 "
                "mnkr.",
                "Översyn av schemaläggningen av elevassistenter inom anpassad grundskola.",
            ),
            labels=(
                A(None, "0,8 mnkr", "material_hjalpmedel"),
                A("Anpassad grundskola", None, "bemanning"),
            ),
            glyph="–",
        ),
        H("Elevutveckling", 2),
        P(
            "Antalet elever i de kommunala grundskolorna var i oktober 11 940, vilket är 160 färre än ett år "
            "tidigare. Minskningen beror på att fler väljer fristående skolor.",
            O(None, "volymer", note="Pupil numbers against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="haninge-gsn-manadsrapport-2025-10.pdf",
        report={
            "municipality": "Haninge",
            "committee": ["Grundskolenämnden"],
            "period": ["2025-10"],
            "report_type": "månadsrapport",
        },
        metadata={"title": "Månadsrapport oktober 2025 Grundskolenämnden", "author": "Haninge kommun"},
        style=style,
        blocks=blocks,
    )
