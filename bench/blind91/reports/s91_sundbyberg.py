"""Sundbybergs stad, Grundskolenämnden, tertialrapport 1 2026.

A school committee's tertial report in DejaVu Sans 10 pt, footer with the nämnd's meeting date in May: the
period "2,3 mnkr under periodiserad budget" and the full year "ett underskott på 6,9 mnkr" in one sentence (the
full year's is the amount); a table whose header states "+ överskott, − underskott"; plain headings whose
paragraphs vary: fristående schools "beräknas överskrida budget med 4,6 mnkr" at the end of the sentence, two
school stages as a "respektive" pair ("+1,2 respektive −2,1 mnkr") with a reason each in the next sentence,
"ett överskott om 0,8 mnkr eftersom", "blir 1,9 mnkr högre än budget", a reason-only skolskjuts (the row's
"−0,7") and "beräknas hålla budget" beside a row of +0,4 (boilerplate); the change since February with its
cause; an action with its effect; investments whose whole budget "beräknas förbrukas" (boilerplate); pupil
numbers and eligibility against last year with "beror på" (others).

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
        header=lambda n, m: ("Sundbybergs stad", "Tertialrapport 1 2026 – Grundskolenämnden"),
        footer=lambda n, m: ("Grundskolenämnden 2026-05-20", "Dnr GSN-2026/0148", f"{n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Helårsprognos per verksamhet, mnkr (+ överskott, − underskott)",
        header=(("Verksamhet", "Budget", "Prognos", "Avvikelse"),),
        rows=(
            ("Ersättning till fristående skolor", "286,0", "290,6", "−4,6"),
            ("Kommunala grundskolor F–6", "402,3", "401,1", "+1,2"),
            ("Kommunala grundskolor 7–9", "198,7", "200,8", "−2,1"),
            ("Fritidshem", "74,5", "73,7", "+0,8"),
            ("Anpassad grundskola", "38,2", "40,1", "−1,9"),
            ("Skolskjuts", "9,4", "10,1", "−0,7"),
            ("Nämnd och administration", "31,9", "31,5", "+0,4"),
            ("Summa", "1 041,0", "1 047,9", "−6,9"),
        ),
        widths=(190.0, 70.0, 70.0, 70.0),
        bold_rows=frozenset({7}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Tertialrapport 1 2026", size=19, font="sans-bold", after=2),
        Title("Grundskolenämnden", size=12, font="sans", after=14),
        H("Ekonomiskt resultat", 2),
        P(
            "För januari–april redovisar nämnden ett utfall som ligger 2,3 mnkr under periodiserad budget, och för "
            "helåret prognostiseras ett underskott på 6,9 mnkr.",
            C(
                None,
                "6,9 mnkr",
                "-",
                note="The period's and the full year's deviation in one sentence: the full year's is the amount.",
            ),
        ),
        P(
            "Prognosen bygger på elevantalet i mars och på de tilläggsbelopp som har beslutats till och med april."
        ),
        table,
        H("Verksamheternas avvikelser", 2),
        H("Ersättning till fristående skolor", 3),
        P(
            "Fler elever än budgeterat har valt fristående skolor, särskilt i årskurs 7–9, och ersättningen till "
            "fristående huvudmän beräknas överskrida budget med 4,6 mnkr.",
            C("Ersättning till fristående skolor", "4,6 mnkr", "-", "volymer", "kopt_verksamhet"),
        ),
        H("Kommunala grundskolor", 3),
        P(
            "Skolorna för årskurs F–6 och 7–9 visar +1,2 respektive −2,1 mnkr. De yngre årens överskott beror på "
            "vakanta lärartjänster på två skolor, medan högstadieskolorna har ökade kostnader för elevassistenter och "
            "studiehandledning på modersmål.",
            C(
                "Kommunala grundskolor F–6",
                "+1,2",
                "+",
                "vakanser",
                unit="mnkr",
                note="A 'respektive' pair with a reason each in the next sentence: two items, the same text.",
                also=(C("Kommunala grundskolor 7–9", "−2,1 mnkr", "-", "bemanning"),),
            ),
        ),
        H("Fritidshem", 3),
        P(
            "Fritidshemmen visar ett överskott om 0,8 mnkr eftersom färre barn än beräknat är inskrivna på "
            "eftermiddagarna i årskurs 3.",
            C("Fritidshem", "0,8 mnkr", "+", "volymer"),
        ),
        H("Anpassad grundskola", 3),
        P(
            "Kostnaderna för anpassad grundskola blir 1,9 mnkr högre än budget. Två elever har fått platser i en "
            "annan kommuns skola, med interkommunal ersättning som följd.",
            C("Anpassad grundskola", "1,9 mnkr", "-", "kopt_verksamhet", "volymer"),
        ),
        H("Skolskjuts", 3),
        P(
            "Skolskjutsarna kostar mer än beräknat sedan taxibolagets avtalsindex räknades upp i januari.",
            C(
                "Skolskjuts",
                "−0,7",
                "-",
                "prisokningar",
                unit="mnkr",
                table=True,
                note="Reasons only: the table row's cell.",
            ),
        ),
        H("Nämnd och administration", 3),
        P(
            "Nämnd och administration beräknas hålla budget.",
            BP("Nämnd och administration", note="+0,4 in the table."),
        ),
        H("Förändring sedan februari", 2),
        P(
            "Underskottet har ökat med 1,5 mnkr sedan februariuppföljningen, vilket främst beror på att fler elever "
            "började i fristående skolor vid vårterminens start.",
            F(None, "1,5 mnkr", "-", "volymer"),
        ),
        H("Åtgärder", 2),
        P(
            "Rektorerna på högstadieskolorna har fått i uppdrag att minska antalet elevassistenter genom att "
            "samordna stödet mellan skolorna. Åtgärden beräknas ge 0,9 mnkr under hösten.",
            A("Kommunala grundskolor 7–9", "0,9 mnkr", "bemanning"),
        ),
        H("Investeringar", 2),
        P(
            "Av investeringsbudgeten på 14 mnkr har 2,1 mnkr använts. Hela budgeten beräknas förbrukas under året.",
            BP("Investeringar"),
        ),
        H("Elever och måluppfyllelse", 2),
        P(
            "I mars gick 5 840 elever i stadens egna grundskolor, 120 färre än i mars 2025.",
            O(None, note="Pupil numbers against the previous year: other."),
        ),
        P(
            "Andelen elever i årskurs 9 som är behöriga till gymnasiet minskade till 84 procent från 87 procent "
            "2025. Minskningen beror på fler nyanlända elever i årskurs 8 och 9.",
            O(None, note="Goal fulfilment with 'beror på': other."),
        ),
    ]
    return ReportSpec(
        file="sundbyberg-gsn-tertialrapport-2026-04.pdf",
        report={
            "municipality": ["Sundbyberg", "Sundbybergs stad"],
            "committee": ["Grundskolenämnden"],
            "period": ["2026-04"],
            "report_type": "tertialrapport",
        },
        metadata={"title": "Tertialrapport 1 2026 Grundskolenämnden", "author": "Sundbybergs stad"},
        style=style,
        blocks=blocks,
    )
