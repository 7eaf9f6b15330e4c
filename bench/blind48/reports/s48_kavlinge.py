"""Kävlinge kommun, Kommunstyrelsen, budgetdirektiv och preliminära ramar 2027–2029.

Not a budget follow-up: the kommunstyrelse's directive for next year's budget, dated in June 2026, full of
amounts, "beror på", "lägre än" and "mer än": tax revenue growth, population growth, the socialnämnd's frame
raised more than the others', a mention of the socialnämnd's deficit in its tertial report with an amount (a
statement about someone else's follow-up), price and wage indexation "lägre än kostnadsutvecklingen", the
investment frame against this year and a result "9,2 mnkr lägre än det finansiella målet" (a goal, not a
budget). Seven `other` items and no causes; the decision proposal, the background, the frame table and the
timetable are unlabelled. DejaVu Serif Condensed 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import O

NOT_BUDGET = "A budget directive, not a budget follow-up: other."


def spec() -> ReportSpec:
    style = Style(
        body="serif-cond",
        bold="serif-cond-bold",
        italic="serif-italic",
        size=10.0,
        leading=1.4,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("serif-cond-bold", "serif-cond-bold", "serif-cond-bold"),
        margins=(70.0, 80.0, 70.0, 74.0),
        header=lambda n, m: ("Kävlinge kommun", "Tjänsteskrivelse 2026-06-02"),
        footer=lambda n, m: ("Kommunstyrelsen", "Dnr KS 2026/219", f"{n}/{m}"),
        header_size=8.0,
    )
    frames = Table(
        caption="Preliminära ramar 2027, mnkr",
        header=(("Nämnd", "Ram 2026", "Ram 2027", "Förändring"),),
        rows=(
            ("Kommunstyrelsen", "142,8", "146,9", "4,1"),
            ("Bildningsnämnden", "1 018,4", "1 049,6", "31,2"),
            ("Socialnämnden", "612,5", "626,5", "14,0"),
            ("Kultur- och fritidsnämnden", "58,3", "59,9", "1,6"),
            ("Byggnadsnämnden", "12,1", "12,4", "0,3"),
            ("Summa", "1 844,1", "1 895,3", "51,2"),
        ),
        widths=(170.0, 70.0, 70.0, 76.0),
        bold_rows=frozenset({5}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Budgetdirektiv och preliminära ramar 2027–2029", size=16, font="serif-cond-bold", after=4),
        H("Förslag till beslut", 2),
        P(
            "Kommunstyrelsen fastställer budgetdirektiv och preliminära ramar för 2027–2029 och uppdrar åt "
            "nämnderna att inkomma med budgetförslag senast den 15 september 2026."
        ),
        H("Bakgrund", 2),
        P(
            "Budgetdirektivet är kommunstyrelsens underlag till nämnderna inför arbetet med mål och budget. "
            "Ramarna bygger på Sveriges Kommuner och Regioners skatteunderlagsprognos från april och på kommunens "
            "befolkningsprognos."
        ),
        H("Förutsättningar", 2),
        P(
            "Skatteintäkter och generella statsbidrag beräknas öka med 52,4 mnkr till 2027, vilket beror på en "
            "högre skatteunderlagstillväxt än i den förra prognosen.",
            O(None, note=NOT_BUDGET + " Revenue growth against this year."),
        ),
        P(
            "Befolkningen beräknas växa med 480 invånare under 2027, vilket främst beror på nyproduktionen av "
            "bostäder i Kävlinge centrum och i Furulund.",
            O(None, note=NOT_BUDGET + " Population growth."),
        ),
        P(
            "Nämndernas ramar räknas upp med 2,4 procent för prisökningar och 3,1 procent för löneökningar, vilket "
            "är lägre än den faktiska kostnadsutvecklingen i flera verksamheter.",
            O(None, note=NOT_BUDGET + " Indexation of the frames."),
        ),
        frames,
        H("Nämndernas ramar", 2),
        P(
            "Socialnämndens ram räknas upp med 14,0 mnkr. Uppräkningen är 3,5 mnkr större än om samma principer "
            "som för övriga nämnder hade tillämpats, vilket beror på att fler personer över 80 år väntas behöva "
            "hemtjänst.",
            O("Socialnämnden", note=NOT_BUDGET + " A frame for next year, not a deviation."),
        ),
        P(
            "Socialnämnden redovisade i tertialrapporten per april ett prognostiserat underskott på 6,0 mnkr för "
            "2026. Underskottet har inte räknats in i ramen för 2027, utan nämnden förväntas anpassa verksamheten.",
            O(
                "Socialnämnden",
                direction="-",
                note=NOT_BUDGET + " A mention of another report's deficit, with an amount: a statement about "
                "someone else's follow-up.",
            ),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsramen för 2027 föreslås till 185 mnkr, vilket är 40 mnkr mer än 2026. Ökningen beror på "
            "den nya förskolan i Löddeköpinge och på upprustningen av Kävlinge reningsverk.",
            O("Investeringar", note=NOT_BUDGET + " Next year's investment frame against this year's."),
        ),
        H("Resultat och finansiella mål", 2),
        P(
            "Med de preliminära ramarna beräknas resultatet för 2027 till 19,8 mnkr, vilket är 9,2 mnkr lägre än "
            "det finansiella målet om ett resultat på 2 procent av skatter och generella statsbidrag.",
            O(None, note=NOT_BUDGET + " A planned result against a financial goal, not a budget deviation."),
        ),
        H("Tidplan", 2),
        P(
            "Nämnderna lämnar sina budgetförslag senast den 15 september. Budgetberedningen sammanträder i "
            "oktober, och kommunfullmäktige fastställer mål och budget 2027–2029 i november."
        ),
        P("Anna Persson, ekonomichef    Lars Håkansson, kommundirektör", size=9.5),
    ]
    return ReportSpec(
        file="kavlinge-ks-budgetdirektiv-2027.pdf",
        report={
            "municipality": "Kävlinge",
            "committee": ["Kommunstyrelsen"],
            "period": ["2027", "2026"],
            "report_type": "budgetdirektiv",
        },
        metadata={"title": "Budgetdirektiv och preliminära ramar 2027–2029", "author": "Kävlinge kommun"},
        style=style,
        blocks=blocks,
    )
