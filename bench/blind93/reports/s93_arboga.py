"""Arboga kommun, Socialnämnden, tertialrapport 1 2026 (January–April).

A social committee's tertial report in DejaVu Serif with sans headings, whose footer carries the nämnd's
meeting date in May: the full year "ett underskott på 6,9 mnkr … vilket motsvarar 3,1 procent av nämndens ram"
(the percentage is not the amount), the period "en negativ avvikelse mot periodiserad budget om 2,2 mnkr" in
a sentence of its own, kostnadsslag as a "medan" pair ("6,1 mnkr över budget", "0,9 mnkr under budget"), a
verksamhet table in tkr with deficits in brackets ("(4 150)"), then bold run-in verksamheter with a colon:
an amount after the lead with three causes and an action in the same paragraph (its own item), a reason-only
deficit (the row's "(2 150)"), "blir 1,3 mnkr högre än budgeterat", "Ett överskott om 0,5 mnkr", "ett litet
överskott, 210 tkr", "bedöms hålla budget" (boilerplate); the change since February with its cause, a risk, an
action and sick leave against 2025 (others). 9 scored causes.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import BP, LP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="serif",
        bold="serif-bold",
        italic="serif-italic",
        size=10.0,
        leading=1.4,
        para_gap=7.0,
        heading_sizes=(14.0, 11.5, 10.5),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(70.0, 78.0, 70.0, 74.0),
        header=lambda n, m: ("Arboga kommun", "Socialnämnden"),
        footer=lambda n, m: ("Tertialrapport 1 2026", f"{n}", "Socialnämnden 2026-05-20, § 47"),
        header_size=8.0,
    )
    table = Table(
        caption="Prognos per verksamhet 2026, tkr (negativt belopp inom parentes)",
        header=(("Verksamhet", "Budget", "Prognos", "Avvikelse"),),
        rows=(
            ("Nämnd och ledning", "5 820", "5 610", "210"),
            ("Barn och familj", "38 400", "42 550", "(4 150)"),
            ("Vuxen och missbruk", "14 200", "16 350", "(2 150)"),
            ("Ekonomiskt bistånd", "19 600", "20 900", "(1 300)"),
            ("Funktionsstöd", "72 900", "72 400", "500"),
            ("Arbetsmarknad och integration", "11 300", "11 300", "0"),
            ("Summa", "162 220", "169 110", "(6 890)"),
        ),
        widths=(180.0, 70.0, 70.0, 74.0),
        bold_rows=frozenset({6}),
        rules=True,
        shade=(0.88, 0.91, 0.95),
        size=9.0,
    )
    blocks = [
        Title("Tertialrapport 1 2026", size=19, font="sans-bold", after=2),
        Title("Socialnämnden, Arboga kommun", size=12, font="serif-italic", after=14),
        H("Sammanfattning", 2),
        P(
            "Socialnämnden prognostiserar ett underskott på 6,9 mnkr för 2026, vilket motsvarar 3,1 procent av "
            "nämndens ram.",
            C(None, "6,9 mnkr", "-", note="The percentage of the frame is not the amount."),
        ),
        P(
            "Utfallet för januari–april visar en negativ avvikelse mot periodiserad budget om 2,2 mnkr.",
            C(None, "2,2 mnkr", "-", note="The period in a sentence of its own: a cause."),
        ),
        P(
            "Sett per kostnadsslag är det köp av verksamhet som avviker mest, 6,1 mnkr över budget, medan "
            "personalkostnaderna ligger 0,9 mnkr under budget på grund av vakanser inom funktionsstöd.",
            C(
                "Köp av verksamhet",
                "6,1 mnkr",
                "-",
                note="Two kostnadsslag after 'medan': two items. The first has no reason of its own.",
                also=(C("Personalkostnader", "0,9 mnkr", "+", "vakanser"),),
            ),
        ),
        table,
        H("Kommentarer per verksamhet", 2),
        LP(
            "Barn och familj:",
            "Verksamheten prognostiserar ett underskott på 4,2 mnkr. Underskottet beror på tre nya placeringar på "
            "HVB under våren och på att två familjehemsplaceringar har övergått till konsulentstödda familjehem, "
            "som är betydligt dyrare. Enheten har också haft svårt att rekrytera socialsekreterare och har hyrt in "
            "två konsulter.",
            C("Barn och familj", "4,2 mnkr", "-", "kopt_verksamhet", "vakanser", "inhyrd_personal"),
            (
                "En handlingsplan för att ersätta konsulterna med egen personal tas fram under maj.",
                A("Barn och familj", None, "inhyrd_personal"),
            ),
        ),
        LP(
            "Vuxen och missbruk:",
            "Två placeringar enligt LVM under perioden och fler vårddygn på behandlingshem än budgeterat.",
            C(
                "Vuxen och missbruk",
                "(2 150)",
                "-",
                "kopt_verksamhet",
                "volymer",
                unit="tkr",
                table=True,
                note="A reason-only run-in paragraph: the row's cell in brackets (a deficit).",
            ),
        ),
        LP(
            "Ekonomiskt bistånd:",
            "Kostnaderna för försörjningsstöd blir 1,3 mnkr högre än budgeterat. Fler hushåll har behov av bistånd "
            "efter varsel inom tillverkningsindustrin, och hushållen uppbär bistånd under längre tid.",
            C("Ekonomiskt bistånd", "1,3 mnkr", "-", "ekonomiskt_bistand", "volymer"),
        ),
        LP(
            "Funktionsstöd:",
            "Ett överskott om 0,5 mnkr beräknas, eftersom det nya gruppboendet enligt LSS på Ekbacken öppnar först "
            "i oktober i stället för i augusti.",
            C("Funktionsstöd", "0,5 mnkr", "+", "periodisering"),
        ),
        LP(
            "Nämnd och ledning:",
            "Lägre kostnader för nämndens arvoden och för utbildning ger ett litet överskott, 210 tkr.",
            C("Nämnd och ledning", "210 tkr", "+", "ovrigt", note="Nämnd members' fees are ovrigt."),
        ),
        LP(
            "Arbetsmarknad och integration:",
            "Verksamheten bedöms hålla budget.",
            BP("Arbetsmarknad och integration"),
        ),
        H("Förändring sedan föregående prognos", 2),
        P(
            "Jämfört med prognosen i februari har underskottet ökat med 1,8 mnkr, vilket helt förklaras av de nya "
            "HVB-placeringarna inom barn och familj.",
            F(None, "1,8 mnkr", "-", "kopt_verksamhet"),
        ),
        H("Åtgärder och risker", 2),
        P(
            "Nämnden har infört ett utökat beslutsstöd där alla nya externa placeringar prövas av en "
            "placeringsgrupp innan beslut fattas.",
            A(None, None, "kopt_verksamhet"),
        ),
        P(
            "Det finns en risk att kostnaderna för ekonomiskt bistånd ökar ytterligare under hösten om "
            "arbetslösheten i regionen fortsätter att stiga.",
            O("Ekonomiskt bistånd", note="A risk."),
        ),
        P(
            "Sjukfrånvaron i nämndens verksamheter var 7,4 procent under perioden, jämfört med 8,1 procent samma "
            "period 2025.",
            O(None, note="Sick leave against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="arboga-sn-tertialrapport-2026-04.pdf",
        report={
            "municipality": "Arboga",
            "committee": ["Socialnämnden"],
            "period": ["2026-04"],
            "report_type": "tertialrapport",
        },
        metadata={"title": "Tertialrapport 1 2026 Socialnämnden", "author": "Arboga kommun"},
        style=style,
        blocks=blocks,
    )
