"""Köpings kommun, Kommunstyrelsen, tjänsteskrivelse: fördelning av kompensation för löneökningar 2026.

Not a budget follow-up: a decision to distribute the central pay-rise pot to the nämnder, dated in March 2026,
full of amounts, "beror på", "lägre än", "högre än" and "återstår": the pot set aside in the budget (a reserve
statement), the outcome of the pay round against the assumption with "Skillnaden beror på", the amount left in
the pot with "Det beror på" and its use as a reserve, a nämnd's request for more money for energy costs with
"vilket beror på" (about someone else) and the proposal to refuse it, the decision's financing and one nämnd's
larger share with "vilket beror på", and the distribution against last year. Eight `other` items and no cause;
the decision proposal and the table per nämnd are unlabelled. Liberation Sans Narrow 10.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import O

NOT_BUDGET = "A distribution decision, not a budget follow-up: other."


def spec() -> ReportSpec:
    style = Style(
        body="narrow",
        bold="narrow-bold",
        italic="arial-italic",
        size=10.5,
        leading=1.36,
        para_gap=7.0,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("arial-bold", "arial-bold", "narrow-bold"),
        margins=(74.0, 82.0, 74.0, 74.0),
        header=lambda n, m: ("Köpings kommun", "Kommunledningsförvaltningen"),
        footer=lambda n, m: ("Tjänsteskrivelse 2026-03-04", "KS 2026/87", f"{n}({m})"),
        header_size=8.0,
    )
    table = Table(
        caption="Bilaga 1. Kompensation per nämnd, tkr",
        header=(("Nämnd", "Kompensation 2026"),),
        rows=(
            ("Kommunstyrelsen", "6 120"),
            ("Barn- och utbildningsnämnden", "19 850"),
            ("Vård- och omsorgsnämnden", "15 400"),
            ("Socialnämnden", "3 980"),
            ("Tekniska nämnden", "2 100"),
            ("Kultur- och fritidsnämnden", "1 150"),
            ("Summa", "48 600"),
        ),
        widths=(220.0, 120.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Fördelning av kompensation för löneökningar 2026", size=16, font="arial-bold", after=4),
        Title("Kommunstyrelsen", size=11.5, font="narrow", after=12),
        H("Förslag till beslut", 2),
        P(
            "Kommunstyrelsen föreslår kommunfullmäktige att fördela 48,6 miljoner kronor från den centrala "
            "lönepotten till nämnderna enligt bilaga 1."
        ),
        H("Bakgrund", 2),
        P(
            "I budgeten för 2026 avsattes 52,0 miljoner kronor centralt för löneökningar, som fördelas till nämnderna "
            "när lönerevisionen är klar. Fördelningen görs efter det faktiska utfallet av lönerevisionen.",
            O(None, note=NOT_BUDGET + " The central pot set aside: a reserve statement."),
        ),
        H("Lönerevisionens utfall", 2),
        P(
            "Lönerevisionen 2026 gav en genomsnittlig ökning på 3,4 procent, vilket är 0,3 procentenheter lägre än "
            "den nivå som budgeten bygger på. Skillnaden beror på att avtalet för flera av de största "
            "yrkesgrupperna blev lägre än beräknat.",
            O(
                None,
                note=NOT_BUDGET + " The pay round against the budget's assumption, not a unit's deviation.",
            ),
        ),
        table,
        H("Kvarstående medel", 2),
        P(
            "Efter fördelningen återstår 3,4 miljoner kronor av den centrala potten. Det beror på det lägre "
            "avtalsutfallet och på att vissa tjänster var vakanta vid lönerevisionen. Medlen föreslås ligga kvar som "
            "reserv under finansförvaltningen.",
            O("Finansförvaltningen", note=NOT_BUDGET + " What is left of the pot and its use as a reserve."),
        ),
        H("Prisuppräkning", 2),
        P(
            "Nämnderna kompenseras inte för prisökningar utöver de 2,0 procent som ingår i ramarna. Tekniska nämnden "
            "har begärt ytterligare 1,8 miljoner kronor för ökade energikostnader, vilket beror på att "
            "fjärrvärmetaxan höjts med 9 procent från januari.",
            O("Tekniska nämnden", note=NOT_BUDGET + " A nämnd's request for more money: about someone else."),
        ),
        P(
            "Förvaltningen föreslår att begäran avslås och att nämnden i stället hanterar kostnadsökningen inom sin "
            "ram.",
            O("Tekniska nämnden", note=NOT_BUDGET + " A proposal."),
        ),
        H("Ekonomiska konsekvenser", 2),
        PS(
            (
                "Beslutet påverkar inte kommunens resultat, eftersom medlen redan finns budgeterade under "
                "finansförvaltningen.",
                O(None, note=NOT_BUDGET + " The decision's financing."),
            ),
            (
                "Kompensationen till vård- och omsorgsnämnden är högre än till övriga nämnder, vilket beror på att "
                "nämnden har en större andel personal inom undersköterskeavtalet.",
                O(
                    "Vård- och omsorgsnämnden",
                    note=NOT_BUDGET + " A share of the distribution, not a deviation.",
                ),
            ),
        ),
        H("Jämförelse med föregående år", 2),
        P(
            "Den fördelade kompensationen är 6,2 miljoner kronor lägre än 2025, då lönerevisionen det året gav 4,1 "
            "procent.",
            O(None, note=NOT_BUDGET + " Against the previous year."),
        ),
        P("Lena Holm, ekonomichef    Per Axelsson, kommundirektör", size=9.5),
    ]
    return ReportSpec(
        file="koping-ks-fordelning-lonekompensation-2026.pdf",
        report={
            "municipality": "Köping",
            "committee": ["Kommunstyrelsen", "Kommunfullmäktige"],
            "period": ["2026", "2026-03"],
            "report_type": "tjänsteskrivelse",
        },
        metadata={"title": "Fördelning av kompensation för löneökningar 2026", "author": "Köpings kommun"},
        style=style,
        blocks=blocks,
    )
