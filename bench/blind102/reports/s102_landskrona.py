"""Landskrona stad, Revisorerna, granskningsrapport: hantering av riktade statsbidrag 2025.

Not a budget follow-up: the auditors' report on how the city handles targeted state grants, dated in March
2026, set in Liberation Serif (Times) 11 pt, full of amounts, "beror på", "mer än", "avviker" and an "underskott
mot budget" that belongs to another committee: grants received against 2024 with "Ökningen beror främst på",
grants paid back "vilket beror på att villkoren … inte uppfylldes", the omsorgsnämnd's own deficit "9,2 mnkr"
and its reason as reported by that nämnd (a statement about someone else), the individ- och familjenämnd's
repayment, an estimate of the administration's cost, grants booked in the wrong year so that "nämndernas
resultat avviker mellan åren", and the audit's cost that "ryms inom revisionens budget" (a financing
statement). Seven `other` items and no causes; the summary judgement, the background, the method, the grant
table and the recommendations are unlabelled.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import Bullets, H, P, ReportSpec, Style, Table, Title

from reports.common import O

NOT_BUDGET = "An audit report, not a budget follow-up: other."


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=11.0,
        leading=1.32,
        para_gap=7.0,
        heading_sizes=(16.0, 13.0, 11.0),
        heading_fonts=("times-bold", "times-bold", "times-bold"),
        margins=(76.0, 84.0, 76.0, 76.0),
        header=lambda n, m: ("Landskrona stad – Revisorerna", "Granskningsrapport 2026-03-05"),
        footer=lambda n, m: ("Granskning av hantering av riktade statsbidrag", "", f"{n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    grants = Table(
        caption="Riktade statsbidrag per nämnd, mnkr",
        header=(("Nämnd", "2024", "2025"),),
        rows=(
            ("Omsorgsnämnden", "48,3", "57,1"),
            ("Individ- och familjenämnden", "21,9", "24,6"),
            ("Kommunstyrelsen", "12,4", "13,0"),
            ("Övriga nämnder", "41,4", "47,3"),
            ("Summa", "124,0", "142,0"),
        ),
        widths=(200.0, 70.0, 70.0),
        bold_rows=frozenset({4}),
        rules=True,
        size=10.0,
    )
    blocks = [
        Title("Granskning av hantering av riktade statsbidrag", size=18, font="times-bold", after=4),
        Title(
            "Revisorerna i Landskrona stad, granskningsrapport 2025", size=12, font="times-italic", after=14
        ),
        H("Sammanfattning och revisionell bedömning", 2),
        P(
            "Vi bedömer att kommunstyrelsen och nämnderna inte helt har säkerställt en tillräcklig intern kontroll "
            "över stadens riktade statsbidrag. Ansvaret för att söka, använda och återrapportera bidragen är inte "
            "tydligt fördelat."
        ),
        P(
            "Landskrona stad tog under 2025 emot riktade statsbidrag på sammanlagt 142 mnkr, vilket är 18 mnkr mer "
            "än 2024. Ökningen beror främst på nya bidrag inom äldreomsorgen och skolan.",
            O(None, note=NOT_BUDGET + " Grants against last year."),
        ),
        H("Bakgrund och metod", 2),
        P(
            "Revisorerna har i sin riskanalys bedömt att hanteringen av riktade statsbidrag är ett område med risk "
            "för ekonomisk skada. Granskningen har genomförts genom intervjuer och dokumentstudier samt stickprov "
            "på 25 bidrag."
        ),
        grants,
        H("Iakttagelser", 2),
        P(
            "Granskningen visar att 6,4 mnkr av de bidrag som rekvirerades 2024 har fått betalas tillbaka till "
            "Skolverket och Socialstyrelsen, vilket beror på att villkoren för bidragen inte uppfylldes.",
            O(None, note=NOT_BUDGET + " Repayments, with 'beror på'."),
        ),
        P(
            "Omsorgsnämnden har i sin årsrapport redovisat ett underskott mot budget på 9,2 mnkr, som enligt "
            "nämnden delvis beror på att ett statsbidrag för ökad bemanning inte kunde användas som planerat.",
            O(
                "Omsorgsnämnden",
                amount="9,2 mnkr",
                direction="-",
                note="A statement about another committee's deficit in an audit report: other.",
            ),
        ),
        P(
            "Individ- och familjenämnden har betalat tillbaka 1,1 mnkr av bidraget för förebyggande arbete mot våld "
            "i nära relationer, eftersom bidraget inte hann förbrukas före årets slut.",
            O("Individ- och familjenämnden", note=NOT_BUDGET),
        ),
        P(
            "Bidragen redovisas i flera fall som intäkt det år de betalas ut i stället för det år de avser, vilket "
            "gör att nämndernas resultat avviker mellan åren.",
            O(None, note=NOT_BUDGET + " 'Avviker' between years, not against a budget."),
        ),
        P(
            "Administrationen kring statsbidragen kostar enligt stadens egen uppskattning cirka 2,5 mnkr per år i "
            "personalkostnader.",
            O(None, note=NOT_BUDGET + " A supporting figure."),
        ),
        H("Rekommendationer", 2),
        Bullets(
            (
                "Kommunstyrelsen bör ta fram en stadsövergripande rutin för ansökan och återrapportering av "
                "statsbidrag.",
                "Nämnderna bör periodisera bidragen till det år de avser.",
                "Omsorgsnämnden bör följa upp hur bidragen för ökad bemanning används under året.",
            ),
        ),
        H("Granskningens kostnad", 2),
        P(
            "Granskningen har kostat 180 000 kronor och ryms inom revisionens budget för 2025.",
            O(None, note=NOT_BUDGET + " A financing statement, no deviation."),
        ),
    ]
    return ReportSpec(
        file="landskrona-revisorerna-granskning-statsbidrag-2025.pdf",
        report={
            "municipality": ["Landskrona", "Landskrona stad"],
            "committee": ["Revisorerna", "Kommunrevisionen", "De förtroendevalda revisorerna"],
            "period": ["2025", "2026-03"],
            "report_type": "granskningsrapport",
        },
        metadata={"title": "Granskning av hantering av riktade statsbidrag", "author": "Landskrona stad"},
        style=style,
        blocks=blocks,
    )
