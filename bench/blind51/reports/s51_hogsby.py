"""Högsby kommun, Kommunstyrelsen, sammanställning av sökta och erhållna statsbidrag 2025.

Not a budget follow-up: the kommunstyrelse's yearly summary of targeted state grants, dated in March 2026, full
of amounts, "beror på", "mer än", "återbetalas" and "lägre än": the total against 2024, a grant partly paid
back because fewer staff could start training, a grant for equal schooling against last year, a grant that
was not applied for, a refugee grant that fell, the staff time spent on applying, a mention of the
socialnämnd's interim report that names missing grants among the causes of its deficit (a statement about
someone else, no amount) and the financing of a new coordinator post. Eight `other` items and no causes; the
decision proposal, the background and the table per grant are unlabelled. DejaVu Serif 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import O

NOT_BUDGET = "A summary of state grants, not a budget follow-up: other."


def spec() -> ReportSpec:
    style = Style(
        body="serif",
        bold="serif-bold",
        italic="serif-italic",
        size=10.0,
        leading=1.38,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("serif-bold", "serif-bold", "serif-bold"),
        margins=(70.0, 80.0, 70.0, 74.0),
        header=lambda n, m: ("Högsby kommun", "Kommunledningsförvaltningen"),
        footer=lambda n, m: ("Statsbidrag 2025", "Tjänsteskrivelse 2026-03-04", f"{n}/{m}"),
        header_size=8.0,
        rule_under_header=True,
    )
    grants = Table(
        caption="Större riktade statsbidrag 2025 (tkr)",
        header=(("Statsbidrag", "Nämnd", "Beviljat", "Återbetalas"),),
        rows=(
            ("Äldreomsorgslyftet", "Socialnämnden", "1 900", "300"),
            ("Likvärdig skola", "Barn- och utbildningsnämnden", "3 400", "0"),
            ("Bemanning i äldreomsorgen", "Socialnämnden", "2 650", "0"),
            ("Mindre barngrupper i förskolan", "Barn- och utbildningsnämnden", "1 120", "180"),
            ("Schablonersättning nyanlända", "Kommunstyrelsen", "4 800", "0"),
            ("Övriga bidrag", "", "24 730", "0"),
            ("Summa", "", "38 600", "480"),
        ),
        widths=(160.0, 150.0, 60.0, 70.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Sammanställning av sökta och erhållna statsbidrag 2025", size=16, font="serif-bold", after=4),
        Title("Kommunstyrelsen", size=12, font="serif", after=12),
        H("Förslag till beslut", 2),
        P(
            "Kommunstyrelsen godkänner sammanställningen av statsbidrag för 2025 och uppdrar åt "
            "kommundirektören att inrätta en samordnande funktion för statsbidrag från och med 2026."
        ),
        H("Bakgrund", 2),
        P(
            "Kommunstyrelsen beslutade 2024 att en årlig sammanställning av kommunens riktade statsbidrag ska "
            "redovisas, för att ge en samlad bild av vilka bidrag som söks, hur de används och om några medel "
            "behöver betalas tillbaka."
        ),
        grants,
        H("Sammanställning", 2),
        P(
            "Kommunen erhöll under 2025 riktade statsbidrag om sammanlagt 38,6 mnkr, vilket är 4,2 mnkr mer än "
            "2024. Ökningen beror främst på det nya bidraget för bemanning i äldreomsorgen.",
            O(None, note=NOT_BUDGET + " The total against last year."),
        ),
        P(
            "Av Äldreomsorgslyftet på 1,9 mnkr återbetalas 0,3 mnkr, vilket beror på att färre medarbetare än "
            "planerat kunde påbörja undersköterskeutbildningen under hösten.",
            O("Äldreomsorgslyftet", note=NOT_BUDGET + " A grant paid back."),
        ),
        P(
            "Statsbidraget för likvärdig skola uppgick till 3,4 mnkr, vilket är 0,4 mnkr lägre än året innan. "
            "Det beror på att bidraget fördelas efter socioekonomiskt index och att kommunens index har "
            "förbättrats.",
            O("Likvärdig skola", note=NOT_BUDGET + " Against last year."),
        ),
        P(
            "Ett bidrag på 0,6 mnkr för lovaktiviteter för barn och unga söktes inte, vilket beror på att "
            "ansökan inte lämnades in före sista ansökningsdag.",
            O("Lovaktiviteter", note=NOT_BUDGET + " A grant not applied for."),
        ),
        P(
            "Schablonersättningen för nyanlända minskade till 4,8 mnkr, eftersom kommunen tagit emot färre "
            "personer än tidigare år.",
            O("Schablonersättning nyanlända", note=NOT_BUDGET + " Against earlier years."),
        ),
        H("Administration", 2),
        P(
            "Arbetet med att söka, följa upp och redovisa statsbidrag beräknas ha tagit cirka 0,4 mnkr i "
            "personaltid under 2025, fördelat på samtliga förvaltningar.",
            O(None, note=NOT_BUDGET + " The cost of the work."),
        ),
        P(
            "Socialnämnden har i sin delårsrapport angett att uteblivna statsbidrag är en av orsakerna till "
            "nämndens underskott.",
            O(
                "Socialnämnden",
                direction="-",
                note="A statement about another committee's deficit, with no amount, in a grants summary: other.",
            ),
        ),
        H("Ekonomiska konsekvenser", 2),
        P(
            "Den samordnande funktionen beräknas kosta 0,7 mnkr per år och finansieras inom kommunstyrelsens ram "
            "genom att en vakant utredartjänst inte återbesätts.",
            O(None, note=NOT_BUDGET + " The financing of the decision."),
        ),
    ]
    return ReportSpec(
        file="hogsby-ks-sammanstallning-statsbidrag-2025.pdf",
        report={
            "municipality": "Högsby",
            "committee": ["Kommunstyrelsen"],
            "period": ["2025", "2026-03"],
            "report_type": "sammanställning",
        },
        metadata={
            "title": "Sammanställning av sökta och erhållna statsbidrag 2025",
            "author": "Högsby kommun",
        },
        style=style,
        blocks=blocks,
    )
