"""Hedemora kommun, Barn- och utbildningsnämnden, delårsrapport januari–augusti 2025.

A school committee's interim report whose table counts the deviation as "prognos minus budget" on net cost,
so a plus sign is a deficit: a reading note says so, and the headings that carry the amount use the
table's sign ("Grundskola F–9 +2 650 tkr" is a deficit, "Förskola −850 tkr" a surplus); the direction
follows the prose. The period's surplus with its timing reason ("statsbidrag för hela höstterminen") and
the full year's deficit as two sentences (two causes); reason-only paragraphs under plain headings that take
the table's cell as printed ("+620", "−310"); a part in percentages (4,4 against 3,0 procent) that is not
the amount; "följer budget" under "Grundsärskola ±0 tkr" (boilerplate); the change since the April
tertial report (a forecast change); an action with its effect from next year; investments whose spend so
far and budget are levels and whose whole budget "bedöms förbrukas" (boilerplate); sick leave against 2024
(other). DejaVu Sans 9 pt with a shaded table header.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, Para, ReportSpec, Style, Table, Title

from reports.common import BP, HP, A, C, F, O

SIGN = (
    "The heading uses the table's sign (prognos − budget: + is a deficit); the direction follows the prose."
)
ROW = "Reasons only: the table row's cell as printed (prognos − budget, tkr)."


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=9.0,
        leading=1.45,
        para_gap=6.5,
        heading_sizes=(15.0, 11.5, 9.5),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(66.0, 78.0, 66.0, 74.0),
        header=lambda n, m: ("Hedemora kommun | Barn- och utbildningsnämnden", "Delårsrapport 2025"),
        footer=lambda n, m: ("BUN 2025/0412", "Behandlad i nämnden 2025-09-23", f"{n}"),
        header_size=7.5,
    )
    table = Table(
        caption="Tabell 2. Driftredovisning per verksamhet (tkr)",
        header=(
            ("Verksamhet", "Budget", "Utfall", "Prognos", "Avvikelse"),
            ("", "2025", "jan–aug", "2025", "prognos − budget"),
        ),
        rows=(
            ("Förvaltningsledning", "14 200", "8 960", "13 890", "−310"),
            ("Förskola", "96 400", "62 150", "95 550", "−850"),
            ("Grundskola F–9", "188 300", "128 400", "190 950", "+2 650"),
            ("Grundsärskola", "11 600", "7 720", "11 600", "0"),
            ("Gymnasieskola", "82 100", "57 340", "83 930", "+1 830"),
            ("Skolskjuts", "17 800", "11 070", "18 420", "+620"),
            ("Vuxenutbildning", "13 500", "7 980", "12 960", "−540"),
            ("Summa nämnden", "423 900", "283 620", "427 300", "+3 400"),
        ),
        widths=(130.0, 64.0, 64.0, 64.0, 96.0),
        bold_rows=frozenset({7}),
        shade=(0.85, 0.9, 0.95),
        size=8.5,
    )
    blocks = [
        Title("Delårsrapport januari–augusti 2025", size=18, font="sans-bold", after=2),
        Title("Barn- och utbildningsnämnden", size=12, font="sans", after=14),
        H("Viktiga händelser under perioden", 2),
        P(
            "Den nya förskolan i Vikmanshyttan tog emot sina första barn i augusti, och arbetet med en gemensam "
            "plan för elevhälsan har fortsatt. Under våren genomfördes en upphandling av skolskjutsar."
        ),
        H("Ekonomisk sammanfattning", 2),
        Para(
            (
                (
                    "Utfallet för januari–augusti är 1,2 mnkr lägre än periodens budget, vilket till stor del beror på "
                    "att statsbidrag för hela höstterminen har bokförts i augusti.",
                    C(
                        None,
                        "1,2 mnkr",
                        "+",
                        "periodisering",
                        "statsbidrag",
                        note="The period's surplus with its timing reason: a cause of its own.",
                    ),
                ),
                (
                    "För helåret prognostiseras däremot ett underskott mot budget på 3,4 mnkr.",
                    C(None, "3,4 mnkr", "-", note="The full year, a sentence of its own."),
                ),
            )
        ),
        P(
            "Läsanvisning: avvikelsen i tabellen är beräknad som prognos minus budget. Ett positivt tal innebär "
            "alltså att nettokostnaden beräknas bli högre än budget.",
            size=8.0,
        ),
        table,
        H("Kommentarer per verksamhet", 2),
        HP(
            "Grundskola F–9 +2 650 tkr",
            "Fler elever med omfattande behov av särskilt stöd har krävt extra resurspersonal på Åsboskolan och "
            "Brunnsviksskolan. Dessutom blev lönerevisionen för lärare 4,4 procent, medan nämnden kompenserades för 3,0 "
            "procent i budgeten.",
            C(
                "Grundskola F–9",
                "+2 650 tkr",
                "-",
                "volymer",
                "bemanning",
                "lonekostnader",
                note=SIGN + " The percentages are rates, not the amount.",
            ),
        ),
        HP(
            "Gymnasieskola +1 830 tkr",
            "Interkommunala ersättningar till andra huvudmän blir högre än budgeterat, eftersom fler ungdomar än "
            "beräknat har valt program i Falun och Borlänge.",
            C("Gymnasieskola", "+1 830 tkr", "-", "kopt_verksamhet", "volymer", note=SIGN),
        ),
        H("Skolskjuts", 3),
        P(
            "Det nya avtalet för skolskjutsar gäller från augusti och har ett högre pris per kilometer än det "
            "tidigare avtalet.",
            C("Skolskjuts", "+620", "-", "prisokningar", unit="tkr", table=True, note=ROW),
        ),
        HP(
            "Förskola −850 tkr",
            "Barnantalet har under våren varit lägre än prognosen i budgeten, och två avdelningar i Långshyttan har "
            "kunnat slås samman.",
            C(
                "Förskola",
                "−850 tkr",
                "+",
                "volymer",
                "omstallning",
                note=SIGN + " Merged departments: omstallning.",
            ),
        ),
        HP(
            "Vuxenutbildning −540 tkr",
            "Statsbidraget för regional yrkesvux blev högre än nämnden räknade med när budgeten lades.",
            C("Vuxenutbildning", "−540 tkr", "+", "statsbidrag", note=SIGN),
        ),
        H("Förvaltningsledning", 3),
        P(
            "En tjänst som verksamhetsutvecklare har stått vakant sedan februari.",
            C("Förvaltningsledning", "−310", "+", "vakanser", unit="tkr", table=True, note=ROW),
        ),
        HP("Grundsärskola ±0 tkr", "Verksamheten följer budget.", BP("Grundsärskola")),
        H("Förändring jämfört med tertialrapporten", 2),
        P(
            "Jämfört med tertialrapporten i april har helårsprognosen försämrats med 0,9 mnkr, främst till följd av "
            "det nya skolskjutsavtalet.",
            F(None, "0,9 mnkr", "-", "prisokningar"),
        ),
        H("Åtgärder", 2),
        P(
            "Nämnden beslutade i juni att alla tjänster inom grundskolan ska prövas innan de tillsätts och att "
            "resursfördelningen till skolorna ska ses över inför läsåret 2026/27. Åtgärderna beräknas ge en "
            "helårseffekt på cirka 1,5 mnkr från 2026.",
            A("Grundskola F–9", "cirka 1,5 mnkr", "bemanning"),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsutgifterna uppgår efter augusti till 4,7 mnkr av budgeterade 12,0 mnkr. Hela budgeten bedöms "
            "förbrukas under året, då inventarierna till förskolan i Vikmanshyttan levereras i oktober.",
            BP(
                "Investeringar",
                note="Spend so far and budget are levels; the whole budget is used: no deviation.",
            ),
        ),
        H("Personal", 2),
        P(
            "Sjukfrånvaron bland nämndens medarbetare var 6,1 procent under perioden, vilket är 0,4 procentenheter "
            "lägre än under januari–augusti 2024.",
            O(None, "sjukfranvaro", note="Sick leave against the previous year."),
        ),
    ]
    return ReportSpec(
        file="hedemora-bun-delarsrapport-2025-08.pdf",
        report={
            "municipality": "Hedemora",
            "committee": ["Barn- och utbildningsnämnden"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={
            "title": "Delårsrapport januari–augusti 2025 Barn- och utbildningsnämnden",
            "author": "Hedemora kommun",
        },
        style=style,
        blocks=blocks,
    )
