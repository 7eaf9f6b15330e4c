"""Staffanstorps kommun, Socialnämnden, månadsuppföljning maj 2026.

A social committee's month report in tkr and mnkr, DejaVu Sans Condensed 10 pt, footer with the
arbetsutskott's meeting date in June: the period "ett överskott mot periodiserad budget på 1,4 mnkr", one
sentence with the full year "negativ, −3,9 mnkr" and the change since April "0,7 mnkr sämre" (a cause and a
forecast change with the same text), the period surplus's timing reason (amount null); kostnadsslag in one
sentence ("avviker mest, −4,6 mnkr, medan personalkostnaderna blir 1,3 mnkr lägre"); a verksamhet table whose
deficits carry a trailing minus ("3 250-") with April's deviation; bold run-in verksamheter ending in a full
stop: placements that make the area "överskrida budget med 3,25 mnkr" with a part ("1,1 mnkr") inside, a
reason-only deficit (the row's "1 200-"), a monthly rate before "en negativ avvikelse om 1 250 tkr", two
verksamheter under one lead as a "respektive" pair of surpluses, and "håller budget" (boilerplate); two
bulleted actions (one with its effect) and households against last year (other). 10 scored causes.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Bullets, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, LP, A, C, F, O

ROW = "A reason only: the table row's cell with its trailing minus."


def spec() -> ReportSpec:
    style = Style(
        body="cond",
        bold="cond-bold",
        italic="sans-italic",
        size=10.0,
        leading=1.4,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("cond-bold", "cond-bold", "cond-bold"),
        margins=(68.0, 78.0, 68.0, 74.0),
        header=lambda n, m: ("Staffanstorps kommun", "Socialnämnden"),
        footer=lambda n, m: (
            "Månadsuppföljning maj 2026",
            "Socialnämndens arbetsutskott 2026-06-09",
            f"{n} ({m})",
        ),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Prognos per verksamhetsområde 2026, tkr. Underskott markeras med minustecken efter beloppet.",
        header=(("Verksamhetsområde", "Budget", "Prognos", "Avvikelse", "Avvikelse april"),),
        rows=(
            ("Nämnd och ledning", "4 300", "4 050", "250", "200"),
            ("Barn och familj", "38 600", "41 850", "3 250-", "2 800-"),
            ("Vuxen", "21 900", "23 100", "1 200-", "1 100-"),
            ("Ekonomiskt bistånd", "17 400", "18 650", "1 250-", "1 150-"),
            ("Funktionsstöd", "64 200", "63 650", "550", "450"),
            ("Arbetsmarknad", "6 100", "5 100", "1 000", "1 200"),
            ("Summa", "152 500", "156 400", "3 900-", "3 200-"),
        ),
        widths=(150.0, 66.0, 66.0, 66.0, 84.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Månadsuppföljning maj 2026", size=19, font="cond-bold", after=2),
        Title("Socialnämnden", size=12.5, font="cond", after=14),
        H("Ekonomisk sammanfattning", 2),
        PS(
            (
                "Socialnämnden visar efter maj ett överskott mot periodiserad budget på 1,4 mnkr.",
                C(None, "1,4 mnkr", "+", note="The period against the periodised budget."),
            ),
            (
                "Helårsprognosen är däremot negativ, −3,9 mnkr, och är 0,7 mnkr sämre än i april.",
                C(
                    None,
                    "−3,9 mnkr",
                    "-",
                    note="The full year and the change since April in one sentence: a cause and a forecast "
                    "change with the same text.",
                    also=(F(None, "0,7 mnkr", "-"),),
                ),
            ),
            (
                "Överskottet för perioden beror på att fakturorna från ett av de HVB-hem som nämnden anlitar har "
                "dröjt.",
                C(
                    None,
                    None,
                    "+",
                    "kopt_verksamhet",
                    "periodisering",
                    note="The period surplus's timing reason apart from its amount: a cause with amount null.",
                ),
            ),
        ),
        P(
            "Sett till kostnadsslag är det köp av verksamhet som avviker mest, −4,6 mnkr, medan personalkostnaderna "
            "blir 1,3 mnkr lägre än budget på grund av vakanser bland socialsekreterarna.",
            C(
                "Köp av verksamhet",
                "−4,6 mnkr",
                "-",
                note="Two kostnadsslag in one sentence: two items, the reason belongs to the second only.",
                also=(C("Personalkostnader", "1,3 mnkr", "+", "vakanser"),),
            ),
        ),
        table,
        H("Kommentarer per verksamhetsområde", 2),
        LP(
            "Barn och familj.",
            "Tre nya placeringar av ungdomar på HVB under våren, varav en med skyddat boende, gör att verksamheten "
            "beräknas överskrida budget med 3,25 mnkr. Enbart den skyddade placeringen kostar 1,1 mnkr för resten "
            "av året. Kostnaden för konsulentstödda familjehem har också ökat.",
            C(
                "Barn och familj",
                "3,25 mnkr",
                "-",
                "kopt_verksamhet",
                "volymer",
                note="The 1,1 mnkr of one placement is a part, not the amount.",
            ),
        ),
        LP(
            "Vuxen.",
            "Fler personer än tidigare har behövt vård enligt LVM, och dygnskostnaden för behandlingshem har höjts "
            "efter den nya upphandlingen.",
            C(
                "Vuxen",
                "1 200-",
                "-",
                "kopt_verksamhet",
                "volymer",
                "prisokningar",
                unit="tkr",
                table=True,
                note=ROW,
            ),
        ),
        LP(
            "Ekonomiskt bistånd.",
            "Utbetalningarna ligger i snitt 104 tkr per månad över budget, vilket ger en negativ avvikelse om "
            "1 250 tkr för året. Fler hushåll har varit beroende av bistånd under längre tid, främst för att det "
            "är svårt att få arbete.",
            C(
                "Ekonomiskt bistånd",
                "1 250 tkr",
                "-",
                "ekonomiskt_bistand",
                "volymer",
                note="The monthly rate is not the amount.",
            ),
        ),
        LP(
            "Funktionsstöd och arbetsmarknad.",
            "Verksamheterna redovisar överskott på 550 respektive 1 000 tkr. Inom funktionsstödet har två "
            "gruppbostäder haft lediga platser, och arbetsmarknadsenheten har fått högre statsbidrag för "
            "extratjänster än väntat.",
            C(
                "Funktionsstöd",
                "550",
                "+",
                "volymer",
                unit="tkr",
                note="Two verksamheter under one lead as a 'respektive' pair: two items, a reason each.",
                also=(C("Arbetsmarknad", "1 000 tkr", "+", "statsbidrag"),),
            ),
        ),
        LP(
            "Nämnd och ledning.",
            "Ledningens kostnader håller budget.",
            BP("Nämnd och ledning", note="'Håller budget' beside a row of 250."),
        ),
        H("Åtgärder", 2),
        Bullets(
            (
                "Veckovis genomgång av alla pågående placeringar inom barn och familj med fokus på hemflytt.",
                "Förstärkt samarbete med arbetsmarknadsenheten för hushåll med långvarigt bistånd; effekten "
                "beräknas till 300 tkr under 2026.",
            ),
            labels=(
                A("Barn och familj", None, "kopt_verksamhet"),
                A("Ekonomiskt bistånd", "300 tkr", "ekonomiskt_bistand"),
            ),
        ),
        H("Volymer", 2),
        P(
            "Antalet hushåll med ekonomiskt bistånd var 212 i maj, jämfört med 188 i maj 2025.",
            O(
                "Ekonomiskt bistånd",
                "volymer",
                "ekonomiskt_bistand",
                note="Households against the previous year.",
            ),
        ),
    ]
    return ReportSpec(
        file="staffanstorp-sn-manadsuppfoljning-2026-05.pdf",
        report={
            "municipality": "Staffanstorp",
            "committee": ["Socialnämnden"],
            "period": ["2026-05"],
            "report_type": "månadsuppföljning",
        },
        metadata={"title": "Månadsuppföljning maj 2026 Socialnämnden", "author": "Staffanstorps kommun"},
        style=style,
        blocks=blocks,
    )
