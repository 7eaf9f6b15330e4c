"""Burlövs kommun, Barn- och utbildningsnämnden, månadsuppföljning mars 2026 (education).

A school committee's month report in mnkr with en dashes as minus signs, footer with the letter date in
April: the full year "–6,3 mnkr (–5,2 mnkr i februari)" (February's figure in brackets is not the amount),
the period "2,0 mnkr lägre än den periodiserade budgeten" (a net cost under budget: positive) and its timing
reason in the next sentence (a cause with amount null), the change since February "–1,1 mnkr" with its cause;
a verksamhet table with February's deviation beside it; then en-dash bullets under a generic heading
("Förvaltningens kommentar") in varied shapes: "Förskola: underskott 2,1 mnkr." after a colon, "Grundskolans
prognos är –4,2 mnkr (–3,4)." (a possessive with last month in brackets), "överskrider budget med 1,1 mnkr",
"lämnar ett överskott, 0,6 mnkr", "Kulturskolan följer budget" (boilerplate) and "Inom nämnd och
förvaltningsledning" with "en halv miljon kronor" in words; an action with its effect, a request for extra
funding and children in preschool against last year (others). 8 scored causes. Liberation Serif (Times) 10.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Bullets, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=10.5,
        leading=1.36,
        para_gap=6.0,
        heading_sizes=(15.0, 12.5, 11.0),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(70.0, 78.0, 70.0, 74.0),
        header=lambda n, m: ("BURLÖVS KOMMUN", "Barn- och utbildningsförvaltningen"),
        footer=lambda n, m: ("2026-04-14", "Dnr BUN 2026/58", f"{n}/{m}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Helårsprognos per verksamhet, mnkr",
        header=(("Verksamhet", "Budget", "Prognos", "Avvikelse", "Avvikelse feb"),),
        rows=(
            ("Förskola", "118,4", "120,5", "–2,1", "–1,8"),
            ("Grundskola", "246,0", "250,2", "–4,2", "–3,4"),
            ("Anpassad grundskola", "14,8", "15,9", "–1,1", "–1,1"),
            ("Fritidshem", "31,5", "30,9", "0,6", "0,6"),
            ("Kulturskola", "7,2", "7,2", "0,0", "0,0"),
            ("Nämnd och förvaltningsledning", "22,1", "21,6", "0,5", "0,5"),
            ("Summa", "440,0", "446,3", "–6,3", "–5,2"),
        ),
        widths=(160.0, 60.0, 60.0, 66.0, 76.0),
        bold_rows=frozenset({6}),
        rules=True,
        grid=True,
        size=9.0,
    )
    blocks = [
        Title("Månadsuppföljning mars 2026", size=18, font="arial-bold", after=2),
        Title("Barn- och utbildningsnämnden", size=12, font="times-italic", after=12),
        H("Ekonomiskt läge", 2),
        P(
            "Barn- och utbildningsnämnden prognostiserar för helåret 2026 en avvikelse mot budget på –6,3 mnkr "
            "(–5,2 mnkr i februari).",
            C(None, "–6,3 mnkr", "-", note="February's figure in brackets is not the amount."),
        ),
        PS(
            (
                "Utfallet för januari–mars är 2,0 mnkr lägre än den periodiserade budgeten.",
                C(
                    None,
                    "2,0 mnkr",
                    "+",
                    note="The period: a net cost under the periodised budget is positive.",
                ),
            ),
            (
                "Överskottet för perioden förklaras av att statsbidragen för första kvartalet har bokförts innan "
                "motsvarande kostnader har uppstått.",
                C(
                    None,
                    None,
                    "+",
                    "statsbidrag",
                    "periodisering",
                    note="The period surplus's reason apart from its amount: a cause with amount null.",
                ),
            ),
        ),
        P(
            "Förändringen sedan februari, –1,1 mnkr, beror på att ytterligare sju elever har fått beslut om "
            "tilläggsbelopp.",
            F(None, "–1,1 mnkr", "-", "volymer"),
        ),
        table,
        H("Förvaltningens kommentar", 2),
        Bullets(
            (
                "Förskola: underskott 2,1 mnkr. Barnantalet är högre än budgeterat, framför allt i Arlöv, och två "
                "avdelningar har öppnats i tillfälliga paviljonger med en hyra som inte ryms i ramen.",
                "Grundskolans prognos är –4,2 mnkr (–3,4). Ersättningen till fristående skolor för elever med "
                "tilläggsbelopp ökar, samtidigt som det nya skolskjutsavtalet har blivit dyrare.",
                "Anpassad grundskola överskrider budget med 1,1 mnkr på grund av två nya elevplaceringar i annan "
                "kommun.",
                "Fritidshemmet lämnar ett överskott, 0,6 mnkr, eftersom vistelsetiden har minskat och personalen har "
                "kunnat planeras om.",
                "Kulturskolan följer budget.",
                "Inom nämnd och förvaltningsledning ger en vakant controllertjänst ett överskott på en halv miljon "
                "kronor.",
            ),
            labels=(
                C("Förskola", "2,1 mnkr", "-", "volymer", "lokaler", note="Pavilion rent: lokaler."),
                C(
                    "Grundskola",
                    "–4,2 mnkr",
                    "-",
                    "kopt_verksamhet",
                    "prisokningar",
                    note="A possessive area; last month's figure in brackets is not the amount.",
                ),
                C("Anpassad grundskola", "1,1 mnkr", "-", "kopt_verksamhet", "volymer"),
                C("Fritidshem", "0,6 mnkr", "+", "volymer", "bemanning"),
                BP("Kulturskola"),
                C(
                    "Nämnd och förvaltningsledning",
                    "en halv miljon kronor",
                    "+",
                    "vakanser",
                    value=500_000,
                    note="An amount in words after 'Inom'.",
                ),
            ),
            glyph="–",
        ),
        H("Åtgärder", 2),
        PS(
            (
                "Förvaltningen har infört anställningsprövning för alla tjänster som inte kräver lärarlegitimation, "
                "vilket bedöms ge 1,5 mnkr lägre kostnader under året.",
                A(None, "1,5 mnkr", "bemanning"),
            ),
            (
                "Nämnden har dessutom begärt att kommunstyrelsen ska kompensera för ökningen av barnantalet med 2,0 "
                "mnkr.",
                O(None, "volymer", note="A request for extra funding: a financing statement, other."),
            ),
        ),
        H("Volymer", 2),
        P(
            "Antalet inskrivna barn i förskolan var 1 284 i mars, 46 fler än samma månad 2025.",
            O("Förskola", "volymer", note="Children against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="burlov-bun-manadsuppfoljning-2026-03.pdf",
        report={
            "municipality": "Burlöv",
            "committee": ["Barn- och utbildningsnämnden"],
            "period": ["2026-03"],
            "report_type": "månadsuppföljning",
        },
        metadata={
            "title": "Månadsuppföljning mars 2026 Barn- och utbildningsnämnden",
            "author": "Burlövs kommun",
        },
        style=style,
        blocks=blocks,
    )
