"""Piteå kommun, Socialnämnden, bokslut 2025.

A social committee's year-end report, footer with the nämnd's adoption date in February: the result
"−9,7 miljoner kronor jämfört med tilldelad budget" and, in the next sentence, the outcome against the
interim forecast (a forecast change), net cost growth against 2024 (other); a result table in mnkr whose
last column is each row's comment: reason-only comments taking their rows' cells ("-8,7", "-2,4", "3,7"),
one comment that names its own amount ("överskrids med 3,1 mnkr"), "I nivå med budget" (boilerplate) and rows
with no comment; then the deficit explained again by kostnadsslag: personnel costs "6,2 miljoner kronor
lägre än budget", bought services "överskred budget med elva miljoner kronor" (words) and revenue "2,3
miljoner kronor högre än budgeterat"; investments "1,6 miljoner kronor mot en budget på 2,8 miljoner
kronor" (the 1,2 never written out); an action with its yearly effect and sick leave against 2024 (other).
DejaVu Serif 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, CommentTable, H, P, ReportSpec, Style, Title

from reports.common import BP, A, C, F, O

CELL = "Reasons only in the comment: the row's deviation cell (mnkr)."


def spec() -> ReportSpec:
    style = Style(
        body="serif",
        bold="serif-bold",
        italic="serif-italic",
        size=9.5,
        leading=1.42,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.0),
        heading_fonts=("serif-bold", "serif-bold", "serif-bold"),
        margins=(64.0, 78.0, 64.0, 72.0),
        header=lambda n, m: ("Piteå kommun", "Socialnämnden – Bokslut 2025"),
        footer=lambda n, m: ("Antagen av socialnämnden 2026-02-18", "", str(n)),
        header_size=8.0,
        rule_under_header=True,
    )
    table = CommentTable(
        header=("Verksamhet, mnkr", "Budget", "Utfall", "Avvikelse", "Kommentar"),
        rows=(
            (
                ("Individ- och familjeomsorg", "148,2", "156,9", "-8,7"),
                "Placeringar av barn och unga på HVB och i konsulentstödda familjehem har ökat kraftigt under "
                "andra halvåret.",
                C(
                    "Individ- och familjeomsorg",
                    "-8,7",
                    "-",
                    "kopt_verksamhet",
                    "volymer",
                    unit="mnkr",
                    table=True,
                    note=CELL,
                ),
            ),
            (
                ("Ekonomiskt bistånd", "52,4", "55,5", "-3,1"),
                "Fler hushåll med långvarigt behov av försörjningsstöd, särskilt unga vuxna, gör att budgeten "
                "överskrids med 3,1 mnkr.",
                C("Ekonomiskt bistånd", "3,1 mnkr", "-", "ekonomiskt_bistand", "volymer"),
            ),
            (
                ("Äldreomsorg", "512,6", "515,0", "-2,4"),
                "Underskottet förklaras av höga kostnader för sjuksköterskor från bemanningsföretag under sommaren "
                "och av ökade sjuklönekostnader.",
                C(
                    "Äldreomsorg",
                    "-2,4",
                    "-",
                    "inhyrd_personal",
                    "sjukfranvaro",
                    unit="mnkr",
                    table=True,
                    note=CELL,
                ),
            ),
            (
                ("Funktionsstöd", "301,8", "298,1", "3,7"),
                "Ett nytt boende enligt LSS öppnade i november i stället för i mars, och ersättningen från "
                "Försäkringskassan blev högre än beräknat.",
                C(
                    "Funktionsstöd",
                    "3,7",
                    "+",
                    "periodisering",
                    "ersattning_fk",
                    unit="mnkr",
                    table=True,
                    note=CELL,
                ),
            ),
            (
                ("Hälso- och sjukvård", "64,5", "64,4", "0,1"),
                "I nivå med budget.",
                BP("Hälso- och sjukvård"),
            ),
            (("Nämnd och ledning", "22,3", "21,6", "0,7"), "", None),
            (("Summa", "1 101,8", "1 111,5", "-9,7"), "", None),
        ),
        widths=(128.0, 50.0, 50.0, 54.0),
        size=8.5,
    )
    blocks = [
        Title("Bokslut 2025", size=20, font="serif-bold", after=2),
        Title("Socialnämnden", size=12.5, font="serif", after=12),
        H("Ekonomisk sammanfattning", 2),
        PS(
            (
                "Socialnämnden redovisar för 2025 ett resultat på −9,7 miljoner kronor jämfört med tilldelad budget.",
                C(None, "−9,7 miljoner kronor", "-"),
            ),
            (
                "Det är 1,9 miljoner kronor bättre än prognosen i delårsrapporten per augusti.",
                F(None, "1,9 miljoner kronor", "+", note="The outcome against the interim forecast."),
            ),
        ),
        P(
            "Nämndens nettokostnader ökade med 4,1 procent jämfört med 2024.",
            O(None, note="Cost growth against the previous year."),
        ),
        H("Resultat per verksamhet", 2),
        table,
        H("Kostnader och intäkter", 2),
        P(
            "Personalkostnaderna blev totalt 6,2 miljoner kronor lägre än budget. Det beror främst på vakanta "
            "tjänster som socialsekreterare och på att rekryteringen till det nya LSS-boendet påbörjades senare än "
            "planerat.",
            C("Personalkostnader", "6,2 miljoner kronor", "+", "vakanser", "periodisering"),
        ),
        P(
            "Köp av verksamhet överskred budget med elva miljoner kronor, nästan uteslutande till följd av externa "
            "placeringar inom individ- och familjeomsorgen.",
            C("Köp av verksamhet", "elva miljoner kronor", "-", "kopt_verksamhet", value=11e6),
        ),
        P(
            "Intäkterna blev 2,3 miljoner kronor högre än budgeterat, bland annat genom ett riktat statsbidrag för "
            "förebyggande arbete som betalades ut i december.",
            C("Intäkter", "2,3 miljoner kronor", "+", "statsbidrag"),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsutfallet blev 1,6 miljoner kronor mot en budget på 2,8 miljoner kronor. Inköpet av ett nytt "
            "system för trygghetslarm har flyttats till 2026.",
            C(
                "Investeringar",
                "1,6 miljoner kronor mot en budget på 2,8 miljoner kronor",
                "+",
                "periodisering",
                "it_digitalisering",
                value=1.2e6,
                note="The under-spend (1,2) is never written out: the computed value, the amount text as written.",
            ),
        ),
        H("Åtgärder och framåtblick", 2),
        P(
            "Inför 2026 har nämnden beslutat att bygga ut den egna öppenvården för barn och unga för att minska "
            "behovet av externa placeringar. Effekten beräknas till 3 miljoner kronor per år.",
            A("Individ- och familjeomsorg", "3 miljoner kronor", "kopt_verksamhet"),
        ),
        P(
            "Sjukfrånvaron minskade till 8,1 procent från 8,9 procent 2024.",
            O(None, "sjukfranvaro", note="Sick leave against the previous year."),
        ),
    ]
    return ReportSpec(
        file="pitea-sn-bokslut-2025.pdf",
        report={
            "municipality": "Piteå",
            "committee": ["Socialnämnden"],
            "period": ["2025", "2025-12"],
            "report_type": "bokslut",
        },
        metadata={"title": "Bokslut 2025 Socialnämnden", "author": "Piteå kommun"},
        style=style,
        blocks=blocks,
    )
