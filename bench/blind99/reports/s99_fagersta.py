"""Fagersta kommun, Kommunfullmäktige, budget 2027 och plan 2028–2029 (a decision: no budget follow-up).

A budget decision, adopted in June 2026, that is no budget follow-up at all, full of amounts and "beror på":
tax revenue against 2026, frames raised or cut for three nämnder with their reasons ("beror på fler elever",
"beror på att fler äldre", "beror på att ansvaret … förs över"), a mention of the socialnämnd's deficit
for 2025 that "har vägts in" (a statement about someone else), a central buffer, the budgeted result against
the financial goal and the investment frame: eight `other` items and no cause. The decision proposal, the
frame table and the signature are unlabelled. DejaVu Sans 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import O

NOT_A_DEVIATION = "A budget decision: a change of frame against 2026 with its reason, not a deviation."


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.4,
        para_gap=6.5,
        heading_sizes=(15.0, 11.5, 10.0),
        margins=(70.0, 80.0, 70.0, 74.0),
        header=lambda n, m: ("Fagersta kommun", "Kommunfullmäktige 2026-06-15, § 71"),
        footer=lambda n, m: ("Budget 2027 och plan 2028–2029", "", f"{n} ({m})"),
        header_size=7.5,
    )
    table = Table(
        caption="Nämndernas ramar, mnkr",
        header=(("Nämnd", "Ram 2026", "Ram 2027", "Förändring"),),
        rows=(
            ("Kommunstyrelsen", "96,4", "98,1", "1,7"),
            ("Barn- och bildningsnämnden", "402,6", "412,4", "9,8"),
            ("Socialnämnden", "338,9", "351,0", "12,1"),
            ("Tekniska nämnden", "54,2", "52,7", "-1,5"),
            ("Summa", "892,1", "914,2", "22,1"),
        ),
        widths=(170.0, 70.0, 70.0, 76.0),
        bold_rows=frozenset({4}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Budget 2027 och plan 2028–2029", size=19, font="sans-bold", after=2),
        Title("Beslut i kommunfullmäktige", size=12, font="sans", after=14),
        H("Beslut", 2),
        P(
            "Kommunfullmäktige fastställer budget för 2027 och plan för 2028–2029 med oförändrad skattesats, samt "
            "nämndernas ramar enligt tabellen nedan."
        ),
        H("Förutsättningar", 2),
        P(
            "Skatteintäkter och generella statsbidrag beräknas till 812,4 mnkr 2027, en ökning med 24,6 mnkr "
            "jämfört med 2026. Ökningen beror främst på en högre uppräkning av skatteunderlaget.",
            O(None, note="Tax revenue against the previous year, with 'beror på': other."),
        ),
        table,
        H("Nämndernas ramar", 2),
        P(
            "Barn- och bildningsnämndens ram höjs med 9,8 mnkr. Höjningen beror på fler elever i grundskolan och "
            "på kostnaderna för den nya förskolan som öppnar i augusti 2027.",
            O("Barn- och bildningsnämnden", note=NOT_A_DEVIATION),
        ),
        P(
            "Socialnämnden får 12,1 mnkr mer än 2026, vilket beror på att fler äldre behöver hemtjänst och plats i "
            "särskilt boende.",
            O("Socialnämnden", note=NOT_A_DEVIATION),
        ),
        P(
            "Socialnämndens underskott för 2025, som framför allt berodde på kostnader för externa placeringar, "
            "har vägts in i den nya ramen.",
            O(
                "Socialnämnden",
                note="A mention of another year's deficit inside a budget decision: a statement about someone "
                "else, other.",
            ),
        ),
        P(
            "Tekniska nämndens ram minskas med 1,5 mnkr. Det beror på att ansvaret för kommunens lokalvård förs "
            "över till kommunstyrelsen.",
            O("Tekniska nämnden", note=NOT_A_DEVIATION),
        ),
        H("Reserver, resultat och investeringar", 2),
        P(
            "Kommunstyrelsen förfogar över en central buffert om 5,0 mnkr för oförutsedda kostnader under 2027.",
            O(None, note="A reserve."),
        ),
        P(
            "Det budgeterade resultatet är 16,2 mnkr, vilket motsvarar 2,0 procent av skatteintäkter och generella "
            "statsbidrag och uppfyller det finansiella målet.",
            O(None, note="The budgeted result against the financial goal: other."),
        ),
        P(
            "Investeringsramen för 2027 är 105 mnkr, varav 62 mnkr avser den nya förskolan och 18 mnkr "
            "va-ledningar.",
            O("Investeringar", note="An investment frame: other."),
        ),
        P("Anders Lund, kommunfullmäktiges ordförande", size=8.5),
    ]
    return ReportSpec(
        file="fagersta-kf-budget-2027.pdf",
        report={
            "municipality": "Fagersta",
            "committee": ["Kommunfullmäktige", "Kommunstyrelsen"],
            "period": ["2027", "2026-06"],
            "report_type": "budget",
        },
        metadata={"title": "Budget 2027 och plan 2028–2029", "author": "Fagersta kommun"},
        style=style,
        blocks=blocks,
    )
