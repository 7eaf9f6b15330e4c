"""Tierps kommun, Barn- och utbildningsnämnden, tertialrapport 1 2026 (januari–april).

A school committee's tertial report in mnkr with en dashes as minus signs, footer with the nämnd's meeting
date in May and a diarienummer: the period "2,7 mnkr lägre än den periodiserade budgeten" (positive) and the
full year's "underskott på 6,1 mnkr" in two sentences of one paragraph (two items), the period's timing
reason in a paragraph of its own (amount null), a verksamhet table, then headings that carry the verksamhet
and the amount ("Grundskola –4,2 mnkr", "Förskola +1,2 mnkr") with one short paragraph each, a
pupil count that is not the amount, the change since the February forecast with the area named and no
reason, investments "1,6 mnkr lägre än budgeterat", two actions as bullets under a lead sentence (one with an
effect) and sick leave against last year with "beror på" (other). DejaVu Serif 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Bullets, H, P, ReportSpec, Style, Table, Title

from reports.common import HP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="serif",
        bold="serif-bold",
        italic="serif-italic",
        size=9.5,
        leading=1.42,
        para_gap=6.0,
        heading_sizes=(15.0, 12.0, 10.0),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(62.0, 80.0, 62.0, 74.0),
        gutter=20.0,
        header=lambda n, m: ("Tierps kommun", "Tertialrapport 1 2026"),
        footer=lambda n, m: ("Barn- och utbildningsnämnden 2026-05-20", "Dnr BUN 2026/118", f"{n}"),
        header_size=7.5,
        rule_under_header=True,
    )
    table = Table(
        caption="Driftredovisning per verksamhet, mnkr (– = underskott)",
        header=(("Verksamhet", "Budget 2026", "Utfall jan–apr", "Prognos 2026", "Avvikelse"),),
        rows=(
            ("Förskola", "176,4", "57,9", "175,2", "1,2"),
            ("Grundskola inkl. fritidshem", "342,8", "116,5", "347,0", "–4,2"),
            ("Gymnasieskola", "118,6", "40,8", "121,3", "–2,7"),
            ("Vuxenutbildning", "28,1", "8,6", "27,4", "0,7"),
            ("Elevhälsa", "21,5", "7,4", "23,1", "–1,6"),
            ("Central administration", "14,2", "4,3", "13,7", "0,5"),
            ("Summa", "701,6", "235,5", "707,7", "–6,1"),
        ),
        widths=(160.0, 70.0, 76.0, 72.0, 62.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Tertialrapport 1 – januari–april 2026", size=18, font="sans-bold", after=2),
        Title("Barn- och utbildningsnämnden", size=12, font="sans", after=12),
        H("Ekonomiskt utfall och prognos", 2),
        PS(
            (
                "Nämnden redovisar för januari–april ett utfall som är 2,7 mnkr lägre än den periodiserade budgeten.",
                C(
                    None,
                    "2,7 mnkr",
                    "+",
                    note="Net cost under the periodised budget: a positive period deviation.",
                ),
            ),
            (
                "För helåret prognostiseras däremot ett underskott på 6,1 mnkr.",
                C(None, "6,1 mnkr", "-", note="The full year in its own sentence: its own item."),
            ),
        ),
        P(
            "Periodens överskott förklaras av att statsbidraget för läxhjälp betalades ut redan i mars i stället för "
            "under hösten.",
            C(
                None,
                None,
                "+",
                "statsbidrag",
                "periodisering",
                note="The period surplus's reason in a paragraph of its own: amount null.",
            ),
        ),
        table,
        H("Verksamheternas avvikelser", 2),
        HP(
            "Grundskola –4,2 mnkr",
            "Antalet elever i grundskolan är 46 fler än budgeterat, främst i Örbyhus och Tierps köping, och behovet "
            "av resursförstärkningar för elever med särskilda behov är fortsatt stort. Även kostnaderna för "
            "skolskjuts ökar.",
            C(
                "Grundskola",
                "–4,2 mnkr",
                "-",
                "volymer",
                note="The heading carries the amount; 46 is a count.",
            ),
        ),
        HP(
            "Gymnasieskola –2,7 mnkr",
            "Fler elever än beräknat har valt gymnasieprogram i Uppsala och Gävle, vilket ökar den interkommunala "
            "ersättningen.",
            C("Gymnasieskola", "–2,7 mnkr", "-", "volymer", "kopt_verksamhet"),
        ),
        HP(
            "Elevhälsa –1,6 mnkr",
            "Två vakanta skolpsykologtjänster har ersatts med konsulter från bemanningsföretag.",
            C("Elevhälsa", "–1,6 mnkr", "-", "vakanser", "inhyrd_personal"),
        ),
        HP(
            "Förskola +1,2 mnkr",
            "Barnantalet i förskolan är i genomsnitt 38 färre än budgeterat, vilket ger lägre personalkostnader.",
            C("Förskola", "+1,2 mnkr", "+", "volymer"),
        ),
        HP(
            "Vuxenutbildning +0,7 mnkr",
            "Överskottet beror på att statsbidraget för regionalt yrkesvux blev högre än budgeterat.",
            C("Vuxenutbildning", "+0,7 mnkr", "+", "statsbidrag"),
        ),
        HP(
            "Central administration +0,5 mnkr",
            "Kompetensutvecklingsinsatser som var planerade till våren har skjutits till 2027.",
            C("Central administration", "+0,5 mnkr", "+", "periodisering"),
        ),
        P(
            "Jämfört med prognosen i februari har underskottet ökat med 1,9 mnkr, främst inom gymnasieskolan.",
            F(None, "1,9 mnkr", "-", note="The area named, no reason: no tags."),
        ),
        H("Investeringar", 2),
        P(
            "Investeringarna beräknas bli 1,6 mnkr lägre än budgeterat, eftersom upphandlingen av nya elevdatorer "
            "har överprövats och leveransen skjuts till 2027.",
            C("Investeringar", "1,6 mnkr", "+", "periodisering", "it_digitalisering"),
        ),
        H("Åtgärder", 2),
        P("Förvaltningen har påbörjat följande åtgärder för att minska underskottet:"),
        Bullets(
            items=(
                "En översyn av skolskjutsorganisationen inför läsåret 2026/27.",
                "Restriktivitet vid återbesättning av tjänster inom administrationen, med en beräknad effekt på "
                "0,8 mnkr för helåret.",
            ),
            labels=(
                A("Grundskola", None),
                A("Central administration", "0,8 mnkr", "vakanser"),
            ),
            glyph="–",
        ),
        H("Personal", 2),
        P(
            "Sjukfrånvaron under perioden var 6,8 procent, vilket är lägre än samma period 2025. Minskningen beror på "
            "färre långa sjukskrivningar inom förskolan.",
            O(None, "sjukfranvaro", note="Sick leave against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="tierp-bun-tertialrapport-2026-04.pdf",
        report={
            "municipality": "Tierp",
            "committee": ["Barn- och utbildningsnämnden"],
            "period": ["2026-04"],
            "report_type": "tertialrapport",
        },
        metadata={"title": "Tertialrapport 1 2026 Barn- och utbildningsnämnden", "author": "Tierps kommun"},
        style=style,
        blocks=blocks,
    )
