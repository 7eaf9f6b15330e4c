"""Strömstads kommun, Barn- och utbildningsnämnden, månadsuppföljning februari 2026.

A school committee's month follow-up in mkr with U+2212 in the table, footer with the nämnd's meeting date in
March: the full year "överstiger budgeten med fem miljoner kronor" in words and the period "0,8 mkr lägre än
periodens budget" (a net cost below budget: positive) with its timing reason in one sentence, then "Prognosen
är oförändrad jämfört med januari" (a boilerplate forecast change); plain headings over paragraphs: a deficit
stated with "står för den största delen av underskottet, −2,9 mkr", a reason-only deficit (the row's "−1,8"),
two verksamheter as a "respektive" pair with opposite signs ("−0,6 respektive +0,3 mkr") and their own
reasons, "hamnar 400 000 kronor över budget" in whole kronor, a reason-only surplus (the row's "+0,4") and
"Följer budget." (boilerplate); an action with its target and a statement that there is no equity (other).
Liberation Sans Narrow 10.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import BF, BP, A, C, O


def spec() -> ReportSpec:
    style = Style(
        body="narrow",
        bold="narrow-bold",
        italic="arial-italic",
        size=10.5,
        leading=1.38,
        para_gap=6.5,
        heading_sizes=(16.0, 12.5, 11.0),
        heading_fonts=("narrow-bold", "narrow-bold", "narrow-bold"),
        margins=(70.0, 80.0, 70.0, 74.0),
        header=lambda n, m: ("Strömstads kommun", "Barn- och utbildningsförvaltningen"),
        footer=lambda n, m: ("Barn- och utbildningsnämnden 2026-03-24", "", f"{n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Prognos 2026 per verksamhet, mkr",
        header=(("Verksamhet", "Budget", "Utfall feb", "Prognos", "Diff mot budget"),),
        rows=(
            ("Nämnd och central administration", "21,6", "3,4", "21,6", "0,0"),
            ("Förskola", "82,4", "13,5", "83,0", "−0,6"),
            ("Fritidshem", "19,7", "3,1", "19,4", "+0,3"),
            ("Grundskola", "171,3", "27,9", "174,2", "−2,9"),
            ("Gymnasieskola", "64,8", "10,6", "66,6", "−1,8"),
            ("Vuxenutbildning", "12,1", "1,8", "11,7", "+0,4"),
            ("Elevhälsa", "15,5", "2,6", "15,9", "−0,4"),
            ("Summa", "387,4", "62,9", "392,4", "−5,0"),
        ),
        widths=(170.0, 62.0, 62.0, 62.0, 76.0),
        bold_rows=frozenset({7}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Månadsuppföljning februari 2026", size=19, font="narrow-bold", after=2),
        Title("Barn- och utbildningsnämnden", size=13, font="narrow", after=12),
        H("Sammanfattning", 2),
        PS(
            (
                "Barn- och utbildningsnämnden beräknar att årets nettokostnader överstiger budgeten med fem miljoner "
                "kronor.",
                C(None, "fem miljoner kronor", "-", value=5_000_000, note="An amount in words."),
            ),
            (
                "Efter februari är utfallet 0,8 mkr lägre än periodens budget, vilket främst beror på att "
                "vikariekostnaderna för vårterminen ännu inte har fakturerats av bemanningsföretaget.",
                C(
                    None,
                    "0,8 mkr",
                    "+",
                    "periodisering",
                    "vikarier",
                    "inhyrd_personal",
                    note="The period in a sentence of its own: its own item.",
                ),
            ),
            ("Prognosen är oförändrad jämfört med januari.", BF(None)),
        ),
        table,
        H("Grundskola", 3),
        P(
            "Grundskolan står för den största delen av underskottet, −2,9 mkr. Antalet elever i årskurs 7–9 är 46 "
            "fler än budgeterat, och två nya undervisningsgrupper har fått öppnas på högstadiet.",
            C("Grundskola", "−2,9 mkr", "-", "volymer"),
        ),
        H("Gymnasieskola", 3),
        P(
            "Kostnaderna för interkommunal ersättning ökar. Fler ungdomar än beräknat studerar i Uddevalla och "
            "Göteborg, och prislistan för 2026 har höjts mer än budgeterat.",
            C(
                "Gymnasieskola",
                "−1,8",
                "-",
                "kopt_verksamhet",
                "volymer",
                "prisokningar",
                unit="mkr",
                table=True,
                note="Reasons only: the table row's cell.",
            ),
        ),
        H("Förskola och fritidshem", 3),
        P(
            "Förskolan och fritidshemmen visar −0,6 respektive +0,3 mkr. I förskolan har vikariekostnaderna varit "
            "höga under vinterns influensaperiod, medan fritidshemmen har färre inskrivna barn än budgeterat.",
            C(
                "Förskola",
                "−0,6",
                "-",
                "vikarier",
                "sjukfranvaro",
                unit="mkr",
                note="A 'respektive' pair with opposite signs and their own reasons: two items, same text.",
                also=(C("Fritidshem", "+0,3 mkr", "+", "volymer"),),
            ),
        ),
        H("Elevhälsa", 3),
        P(
            "Elevhälsan hamnar 400 000 kronor över budget, då en skolpsykolog hyrs in via bemanningsföretag i "
            "väntan på att tjänsten ska tillsättas.",
            C("Elevhälsa", "400 000 kronor", "-", "inhyrd_personal", "vakanser"),
        ),
        H("Vuxenutbildning", 3),
        P(
            "Statsbidraget för regional yrkesvux blev högre än väntat.",
            C(
                "Vuxenutbildning",
                "+0,4",
                "+",
                "statsbidrag",
                unit="mkr",
                table=True,
                note="A reason only: the table row's cell.",
            ),
        ),
        H("Nämnd och central administration", 3),
        P("Följer budget.", BP("Nämnd och central administration")),
        H("Åtgärder", 2),
        P(
            "Förvaltningen tar fram en åtgärdsplan till nämndens sammanträde i april. Planen ska visa hur "
            "underskottet kan minskas med minst 2,5 mkr under året.",
            A(None, "2,5 mkr"),
        ),
        P(
            "Nämnden har inget eget kapital eller andra reserver att ta i anspråk för att täcka underskottet.",
            O(None, "reserver", note="No equity: other."),
        ),
    ]
    return ReportSpec(
        file="stromstad-bun-manadsuppfoljning-2026-02.pdf",
        report={
            "municipality": "Strömstad",
            "committee": ["Barn- och utbildningsnämnden"],
            "period": ["2026-02"],
            "report_type": "månadsuppföljning",
        },
        metadata={"title": "Månadsuppföljning februari 2026", "author": "Strömstads kommun"},
        style=style,
        blocks=blocks,
    )
