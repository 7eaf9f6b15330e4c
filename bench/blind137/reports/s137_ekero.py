"""Ekerö kommun, Barn- och utbildningsnämnden, månadsuppföljning mars 2026.

A school committee's month report whose verksamhet table is pasted as an image (every amount lives in the
prose), en dashes as minus signs, footer with the arbetsutskott's meeting date in April: the full year
"–4,6 mnkr (–3,8 mnkr i februari)" (the bracket is last month's) followed in the same paragraph by the
change since February with its cause; plain headings per verksamhet: "ett överskott på 1,3 mnkr", "drygt
fyra miljoner kronor" in words (the image says –4,4), a further reason for the same verksamhet in a
paragraph of its own (amount null), "överskrider budget med 2,1 mnkr", a reason-only deficit whose amount is
only in the image (null), "kostar 1,1 mnkr mer än budgeterat", and two verksamheter as a "respektive" pair
("+0,5 respektive +2,5 mnkr") with a cause each; an action with "omkring 0,6 mnkr" and preschool children
against last year with "beror på" (other). DejaVu Sans Condensed 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

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
        header=lambda n, m: ("Ekerö kommun", "Barn- och utbildningsförvaltningen"),
        footer=lambda n, m: ("Barn- och utbildningsnämndens arbetsutskott 2026-04-14", "", f"{n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Prognos per verksamhet 2026, mnkr",
        header=(("Verksamhet", "Budget", "Utfall mars", "Prognos", "Avvikelse"),),
        rows=(
            ("Förskola", "168,2", "41,0", "166,9", "1,3"),
            ("Grundskola F–9", "301,5", "77,8", "305,9", "–4,4"),
            ("Gymnasieskola", "112,6", "29,4", "114,7", "–2,1"),
            ("Anpassad grundskola", "24,3", "6,5", "25,6", "–1,3"),
            ("Elevhälsa", "19,8", "4,6", "19,3", "0,5"),
            ("Skolskjuts", "27,4", "7,4", "28,5", "–1,1"),
            ("Central administration", "15,9", "3,6", "13,4", "2,5"),
            ("Summa", "669,7", "170,3", "674,3", "–4,6"),
        ),
        widths=(150.0, 66.0, 70.0, 66.0, 66.0),
        bold_rows=frozenset({7}),
        rules=True,
        size=9.0,
        as_image=True,
    )
    blocks = [
        Title("Månadsuppföljning mars 2026", size=18, font="cond-bold", after=2),
        Title("Barn- och utbildningsnämnden", size=12, font="cond", after=12),
        H("Sammanfattande analys", 2),
        PS(
            (
                "Barn- och utbildningsnämnden prognostiserar ett helårsresultat på –4,6 mnkr (–3,8 mnkr i februari).",
                C(None, "–4,6 mnkr", "-", note="The bracketed figure is February's and not the amount."),
            ),
            (
                "Prognosen har alltså försämrats med 0,8 mnkr sedan förra månaden, vilket beror på att ytterligare "
                "två elever har fått beslut om skolskjuts med särskilt fordon.",
                F(None, "0,8 mnkr", "-", "volymer"),
            ),
        ),
        table,
        H("Förskola", 3),
        P(
            "Förskolan gör ett överskott på 1,3 mnkr. Barnantalet är lägre än i budgeten, framför allt på Färingsö, "
            "och två avdelningar har inte öppnats.",
            C("Förskola", "1,3 mnkr", "+", "volymer"),
        ),
        H("Grundskola F–9", 3),
        P(
            "Grundskolan redovisar ett underskott på drygt fyra miljoner kronor. Kostnaderna för elever i behov av "
            "särskilt stöd har ökat och fler elever än beräknat har valt skolor i Stockholms stad, vilket ökar den "
            "interkommunala ersättningen.",
            C(
                "Grundskola F–9",
                "drygt fyra miljoner kronor",
                "-",
                "volymer",
                "kopt_verksamhet",
                value=4_000_000,
                note="An amount in words is the stated figure (the image says –4,4).",
            ),
        ),
        P(
            "Till detta kommer att lönerevisionen för lärare blev 0,4 procentenheter högre än den nivå som ingick i "
            "budgeten.",
            C(
                "Grundskola F–9",
                None,
                "-",
                "lonekostnader",
                note="A further reason in a paragraph of its own: amount null.",
            ),
        ),
        H("Gymnasieskola", 3),
        P(
            "Gymnasieskolan överskrider budget med 2,1 mnkr. Antalet gymnasieelever är 26 fler än budgeterat, och de "
            "flesta går på program i andra kommuner.",
            C("Gymnasieskola", "2,1 mnkr", "-", "volymer", "kopt_verksamhet"),
        ),
        H("Anpassad grundskola", 3),
        P(
            "Kostnaderna för anpassad grundskola blir högre än budgeterat, då tre nya elever med omfattande behov har "
            "börjat under våren och kräver elevassistenter.",
            C(
                "Anpassad grundskola",
                None,
                "-",
                "volymer",
                "bemanning",
                note="Reasons only, and the table is an image: amount null.",
            ),
        ),
        H("Skolskjuts", 3),
        P(
            "Skolskjutsen kostar 1,1 mnkr mer än budgeterat. Det nya avtalet för båt- och busstransporter har en "
            "högre indexuppräkning än väntat.",
            C("Skolskjuts", "1,1 mnkr", "-", "prisokningar"),
        ),
        H("Elevhälsa och central administration", 3),
        P(
            "Elevhälsan och den centrala administrationen visar +0,5 respektive +2,5 mnkr, på grund av en vakant "
            "psykologtjänst och ännu inte fördelade medel för kompetensutveckling.",
            C(
                "Elevhälsa",
                "+0,5",
                "+",
                "vakanser",
                unit="mnkr",
                note="A 'respektive' pair whose causes pair off in order: each item its own tag.",
                also=(C("Central administration", "+2,5 mnkr", "+", "reserver"),),
            ),
        ),
        H("Åtgärder", 2),
        P(
            "Förvaltningen har infört inköpsstopp för läromedel och inventarier utöver det nödvändiga. "
            "Inköpsstoppet bedöms ge en besparing på omkring 0,6 mnkr.",
            A(None, "omkring 0,6 mnkr", "material_hjalpmedel"),
        ),
        H("Övrigt", 2),
        P(
            "Antalet barn i förskolan var 1 612 i mars, 38 färre än i mars 2025, vilket beror på lägre födelsetal i "
            "kommunen.",
            O("Förskola", "volymer", note="Children against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="ekero-bun-manadsuppfoljning-2026-03.pdf",
        report={
            "municipality": "Ekerö",
            "committee": ["Barn- och utbildningsnämnden"],
            "period": ["2026-03"],
            "report_type": "månadsuppföljning",
        },
        metadata={
            "title": "Månadsuppföljning mars 2026 Barn- och utbildningsnämnden",
            "author": "Ekerö kommun",
        },
        style=style,
        blocks=blocks,
    )
