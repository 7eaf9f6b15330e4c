"""Nacka kommun, Utbildningsnämnden, tertialbokslut april 2026.

An education committee's tertial report in "miljoner kronor" whose result table is pasted as an image (every
amount in the prose), DejaVu Sans 10 pt, header with the nämnd's meeting date in May: the full year with
its share of the budget ("0,4 procent"), the period "6,4 miljoner kronor sämre än budget för januari–april"
in a sentence of its own, the change since March's forecast with "beror på grundskolan" (no tag); sections
under plain headings in varied shapes: check-peng "4,2 miljoner kronor lägre än budget" (a cost under
budget, positive), "beräknas överskrida budget med 9,5 miljoner kronor", a percentage-only deficit beside
the image (amount null), two programme groups as a "respektive" pair after "Inom gymnasieskolan", "kostar
1,5 miljoner kronor mer än budgeterat", "bedöms hålla budget" (boilerplate); an action without an effect, a
grant that does not affect the result and pupil numbers against last year (others).

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, F, O


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
        margins=(66.0, 80.0, 66.0, 74.0),
        header=lambda n, m: ("Utbildningsnämnden 2026-05-27", "Nacka kommun"),
        footer=lambda n, m: ("Tertialbokslut 1 2026", "", f"{n}/{m}"),
        header_size=8.0,
        rule_under_header=False,
    )
    table = Table(
        caption="Tabell 1. Prognos per verksamhet 2026, mnkr",
        header=(("Verksamhet", "Budget", "Prognos", "Avvikelse"),),
        rows=(
            ("Förskola", "612,0", "607,8", "4,2"),
            ("Grundskola", "1 480,5", "1 490,0", "-9,5"),
            ("Anpassad skola", "83,0", "89,7", "-6,7"),
            ("Gymnasieskola", "395,0", "392,5", "2,5"),
            ("Skolskjuts", "31,2", "32,7", "-1,5"),
            ("Nämnd och förvaltning", "28,3", "28,3", "0,0"),
            ("Summa", "2 630,0", "2 641,0", "-11,0"),
        ),
        widths=(170.0, 76.0, 76.0, 72.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=9.0,
        shade=(0.85, 0.9, 0.95),
        as_image=True,
    )
    blocks = [
        Title("Tertialbokslut 1 2026", size=19, font="sans-bold", after=2),
        Title("Utbildningsnämnden", size=12, font="sans", after=12),
        H("Ekonomiskt resultat", 2),
        P(
            "Utbildningsnämndens prognos för 2026 är ett underskott på 11,0 miljoner kronor, motsvarande 0,4 procent "
            "av nettobudgeten.",
            C(
                None,
                "11,0 miljoner kronor",
                "-",
                note="The full year; the share of the budget is not the amount.",
            ),
        ),
        P(
            "Periodens utfall är 6,4 miljoner kronor sämre än budget för januari–april.",
            C(None, "6,4 miljoner kronor", "-", note="The period in a sentence of its own."),
        ),
        P(
            "Jämfört med budgetprognosen i mars har underskottet ökat med 2,0 miljoner kronor, vilket helt beror på "
            "grundskolan.",
            F(None, "2,0 miljoner kronor", "-", note="An area named as the reason: no tag."),
        ),
        table,
        H("Förskola", 3),
        P(
            "Checkpengen till förskolorna blir 4,2 miljoner kronor lägre än budget, eftersom antalet inskrivna barn i "
            "Fisksätra och Orminge har minskat.",
            C("Förskola", "4,2 miljoner kronor", "+", "volymer", note="A cost under budget: positive."),
        ),
        H("Grundskola", 3),
        P(
            "Grundskolan beräknas överskrida budget med 9,5 miljoner kronor. Fler elever än väntat har flyttat in i "
            "de nya bostäderna på västra Sicklaön, och tilläggsbeloppen för elever med omfattande behov ökar.",
            C("Grundskola", "9,5 miljoner kronor", "-", "volymer"),
        ),
        H("Anpassad grund- och gymnasieskola", 3),
        P(
            "Kostnaderna för elever i anpassad skola ligger 8 procent över budget, framför allt för att fler elever "
            "har placerats i skolor i andra kommuner.",
            C(
                "Anpassad skola",
                None,
                "-",
                "kopt_verksamhet",
                note="A percentage only; the table is an image with no text layer: amount null.",
            ),
        ),
        H("Gymnasieskola", 3),
        P(
            "Inom gymnasieskolan blir kostnaderna för interkommunal ersättning 1,6 respektive 0,9 miljoner kronor "
            "lägre än budget för nationella program och introduktionsprogram, eftersom färre ungdomar har valt "
            "skolor utanför länet.",
            C(
                "Nationella program",
                "1,6",
                "+",
                "kopt_verksamhet",
                "volymer",
                unit="mnkr",
                note="A 'respektive' pair of programme groups: two items, the unit written once.",
                also=(C("Introduktionsprogram", "0,9 miljoner kronor", "+", "kopt_verksamhet", "volymer"),),
            ),
        ),
        H("Skolskjuts", 3),
        P(
            "Skolskjutsen kostar 1,5 miljoner kronor mer än budgeterat efter att det nya trafikavtalet började "
            "gälla i januari.",
            C(
                "Skolskjuts",
                "1,5 miljoner kronor",
                "-",
                "prisokningar",
                note="A dearer contract: prisokningar.",
            ),
        ),
        H("Nämnd och förvaltning", 3),
        P("Nämnd och förvaltning bedöms hålla budget.", BP("Nämnd och förvaltning")),
        H("Åtgärder och övrigt", 2),
        P(
            "Förvaltningen ser över nivåerna på tilläggsbeloppen inför hösten och har pausat nya avtal om "
            "skolskjuts med taxi.",
            A(None, None, note="Actions with no stated effect."),
        ),
        P(
            "Nacka har fått ett högre statsbidrag för likvärdig skola än 2025, men bidraget är budgeterat på "
            "kommunnivå och påverkar inte nämndens resultat.",
            O(None, "statsbidrag", note="A grant that does not affect the result: context."),
        ),
        P(
            "Antalet elever i grundskolan var 15 840 i april, 310 fler än i april 2025.",
            O("Grundskola", "volymer", note="Pupils against the previous year."),
        ),
    ]
    return ReportSpec(
        file="nacka-un-tertialbokslut-2026-04.pdf",
        report={
            "municipality": "Nacka",
            "committee": ["Utbildningsnämnden"],
            "period": ["2026-04"],
            "report_type": "tertialrapport",
        },
        metadata={"title": "Tertialbokslut 1 2026 Utbildningsnämnden", "author": "Nacka kommun"},
        style=style,
        blocks=blocks,
    )
