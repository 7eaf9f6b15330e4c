"""Nora kommun, Socialnämnden, delårsrapport januari–augusti 2025.

A social committee's interim report in "miljoner kronor" with U+2212 minus signs, DejaVu Sans 9.5 pt, footer
with the nämnd's meeting date in September: the period's result "är −3,8 miljoner kronor" and the full year
"−6,2 miljoner kronor, vilket motsvarar 3,4 procent av nämndens budgetram på 182 miljoner kronor" in two
sentences (two items; the percentage and the frame are not amounts); two verksamheter as a "respektive" pair
(two items); the change since April with its cause; a table with April's forecast; two columns of bold run-in
verksamheter with a colon: "Underskottet om 4,1 miljoner kronor består nästan helt av placeringskostnader,
3,3 … och 0,8 …" (the total is the amount) with care days against last year inside, a reason-only paragraph
(the table's "−2,6") with start-up and double rents, "ett litet plus, cirka 0,2 miljoner kronor", "Avvikelsen
på en halv miljon kronor beror på" (an amount in words) and a surplus from a vacancy and a postponed training;
two actions (one with a full-year effect) and sick leave against last year (other). 9 scored causes.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Columns, H, P, PageBreak, ReportSpec, Space, Style, Table, Title

from reports.common import LP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.42,
        para_gap=6.5,
        heading_sizes=(15.0, 11.5, 10.0),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(58.0, 78.0, 58.0, 74.0),
        gutter=20.0,
        header=lambda n, m: ("Nora kommun", "Socialnämnden – Delårsrapport 2025"),
        footer=lambda n, m: ("Socialnämnden 2025-09-24, § 87", "", f"{n}"),
        header_size=7.5,
        rule_under_header=True,
    )
    table = Table(
        caption="Prognos per verksamhet 2025, miljoner kronor",
        header=(("Verksamhet", "Budget", "Prognos", "Avvikelse", "Prognos april"),),
        rows=(
            ("Individ- och familjeomsorg", "41,5", "45,6", "−4,1", "−3,0"),
            ("LSS och socialpsykiatri", "48,2", "50,8", "−2,6", "−2,2"),
            ("Äldreomsorg", "79,6", "79,4", "0,2", "0,4"),
            ("Arbetsmarknad och integration", "6,4", "6,9", "−0,5", "−0,2"),
            ("Nämnd och ledning", "6,3", "5,5", "0,8", "0,5"),
            ("Totalt", "182,0", "188,2", "−6,2", "−4,5"),
        ),
        widths=(170.0, 66.0, 66.0, 70.0, 80.0),
        bold_rows=frozenset({5}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Delårsrapport 2025", size=20, font="sans-bold", after=2),
        Title("Socialnämnden – januari till augusti", size=12, font="sans", after=12),
        H("Ekonomisk analys", 2),
        PS(
            (
                "Socialnämndens resultat för perioden januari–augusti är −3,8 miljoner kronor.",
                C(
                    None,
                    "−3,8 miljoner kronor",
                    "-",
                    note="A nämnd's result for the period, that is against its periodised budget: a sentence of "
                    "its own.",
                ),
            ),
            (
                "Helårsprognosen är −6,2 miljoner kronor, vilket motsvarar 3,4 procent av nämndens budgetram på 182 "
                "miljoner kronor.",
                C(
                    None,
                    "−6,2 miljoner kronor",
                    "-",
                    note="The percentage and the frame are not the amount.",
                ),
            ),
        ),
        P(
            "Underskottet finns framför allt inom individ- och familjeomsorgen och LSS-verksamheten, som avviker med "
            "−4,1 respektive −2,6 miljoner kronor.",
            C(
                "Individ- och familjeomsorg",
                "−4,1",
                "-",
                unit="mnkr",
                note="A 'respektive' pair: two items, no reasons.",
                also=(C("LSS och socialpsykiatri", "−2,6 miljoner kronor", "-"),),
            ),
        ),
        P(
            "Sedan aprilprognosen har underskottet vuxit med 1,7 miljoner kronor, i huvudsak på grund av två nya "
            "placeringar inom barn och unga.",
            F(None, "1,7 miljoner kronor", "-", "kopt_verksamhet"),
        ),
        table,
        Space(6),
        H("Verksamheternas kommentarer", 2),
        Columns(2),
        LP(
            "Individ- och familjeomsorg:",
            "Underskottet om 4,1 miljoner kronor består nästan helt av placeringskostnader, 3,3 miljoner kronor för "
            "barn och unga och 0,8 miljoner kronor för vuxna med missbruk. Antalet vårddygn på HVB har nästan "
            "fördubblats jämfört med 2024.",
            C(
                "Individ- och familjeomsorg",
                "4,1 miljoner kronor",
                "-",
                "kopt_verksamhet",
                "volymer",
                note="The area's total with its parts: one item, the total is the amount; the care days against "
                "last year explain the deviation and stay inside.",
            ),
        ),
        LP(
            "LSS och socialpsykiatri:",
            "Ett nytt boende med särskild service öppnade i april, tre månader tidigare än budgeten förutsatte. Det "
            "har gett dubbla lokalkostnader och uppstartskostnader för personal under våren.",
            C(
                "LSS och socialpsykiatri",
                "−2,6",
                "-",
                "lokaler",
                "omstallning",
                "periodisering",
                unit="mnkr",
                table=True,
                note="Reasons only: the table row's cell.",
            ),
        ),
        LP(
            "Äldreomsorg:",
            "Verksamheten beräknas gå med ett litet plus, cirka 0,2 miljoner kronor. Lägre kostnader för köpta "
            "korttidsplatser väger upp att sjuklönekostnaderna i hemtjänsten har varit höga under sommaren.",
            C("Äldreomsorg", "cirka 0,2 miljoner kronor", "+", "kopt_verksamhet", "sjukfranvaro"),
        ),
        LP(
            "Arbetsmarknad och integration:",
            "Avvikelsen på en halv miljon kronor beror på att statsbidraget för extratjänster upphörde vid "
            "halvårsskiftet, medan anställningarna löper året ut.",
            C(
                "Arbetsmarknad och integration",
                "en halv miljon kronor",
                "-",
                "statsbidrag",
                value=500_000,
                note="An amount in words; the direction from the table and the lost grant.",
            ),
        ),
        LP(
            "Nämnd och ledning:",
            "Överskottet på 0,8 miljoner kronor förklaras av att en avdelningschefstjänst har varit vakant sedan mars "
            "och att en planerad utbildning för chefer har flyttats till 2026.",
            C("Nämnd och ledning", "0,8 miljoner kronor", "+", "vakanser", "periodisering"),
        ),
        PageBreak(),
        Columns(1),
        H("Åtgärder", 2),
        PS(
            (
                "Nämnden beslutade i juni om en handlingsplan för att minska kostnaderna för externa placeringar. "
                "Planen innehåller bland annat ett utökat öppenvårdsteam och väntas få full effekt 2026.",
                A("Individ- och familjeomsorg", None, "kopt_verksamhet"),
            ),
            (
                "Inom LSS har bemanningen nattetid på det nya boendet minskats från två till en vaken personal, vilket "
                "sparar omkring 0,6 miljoner kronor på helår.",
                A("LSS och socialpsykiatri", "omkring 0,6 miljoner kronor", "bemanning"),
            ),
        ),
        H("Personal", 2),
        P(
            "Sjukfrånvaron under perioden var 8,9 procent, jämfört med 9,6 procent under motsvarande period 2024.",
            O(None, "sjukfranvaro", note="Sick leave against the previous year."),
        ),
    ]
    return ReportSpec(
        file="nora-sn-delarsrapport-2025-08.pdf",
        report={
            "municipality": "Nora",
            "committee": ["Socialnämnden"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={"title": "Delårsrapport januari–augusti 2025 Socialnämnden", "author": "Nora kommun"},
        style=style,
        blocks=blocks,
    )
