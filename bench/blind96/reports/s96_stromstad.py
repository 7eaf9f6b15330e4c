"""Strömstads kommun, Miljö- och byggnadsnämnden, månadsrapport oktober 2025.

An environment and building committee's month report in Liberation Sans Narrow 10 pt, footer with the
nämnd's meeting in November: the full year "ett överskott på 0,4 mnkr" and the change since September with
its cause in one paragraph (two items), the period "0,9 mnkr bättre än periodiserad budget" with a timing
reason in its own paragraph; a table whose last column is each row's comment, deficits with a hyphen-minus
("-350"): reason-only comments take their row's cell, "I nivå med budget." beside a row of 50 (boilerplate)
and a row with no comment (nothing); an action with no amount, handling times against last year and a risk
with "beror på" (others).

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, CommentTable, H, P, ReportSpec, Style, Title

from reports.common import BP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="narrow",
        bold="narrow-bold",
        italic="arial-italic",
        size=10.0,
        leading=1.38,
        para_gap=6.0,
        heading_sizes=(15.0, 12.5, 11.0),
        heading_fonts=("narrow-bold", "narrow-bold", "narrow-bold"),
        margins=(66.0, 78.0, 66.0, 72.0),
        header=lambda n, m: ("Strömstads kommun", "Samhällsbyggnadsförvaltningen"),
        footer=lambda n, m: (
            "Miljö- och byggnadsnämnden 2025-11-20",
            "Månadsrapport oktober 2025",
            f"{n}/{m}",
        ),
        header_size=8.0,
        rule_under_header=True,
    )
    comments = CommentTable(
        header=("Tkr", "Budget", "Prognos", "Avvikelse", "Kommentar"),
        rows=(
            (
                ("Bygglovsavgifter", "4 800", "5 650", "850"),
                "Fler ansökningar om bygglov för fritidshus och attefallshus än beräknat.",
                C(
                    "Bygglovsavgifter",
                    "850",
                    "+",
                    "avgifter_intakter",
                    "volymer",
                    unit="tkr",
                    table=True,
                    note="A comment column: the row's deviation cell.",
                ),
            ),
            (
                ("Tillsynsavgifter miljö", "2 300", "1 950", "-350"),
                "Tillsynen av enskilda avlopp har kommit igång senare än planerat, vilket ger lägre "
                "avgiftsintäkter än budgeterat.",
                C(
                    "Tillsynsavgifter miljö",
                    "-350",
                    "-",
                    "avgifter_intakter",
                    "periodisering",
                    unit="tkr",
                    table=True,
                ),
            ),
            (
                ("Kart och mät", "1 200", "1 100", "-100"),
                "Färre beställningar av nybyggnadskartor under hösten.",
                C("Kart och mät", "-100", "-", "volymer", unit="tkr", table=True),
            ),
            (
                ("Personalkostnader", "-9 600", "-9 100", "500"),
                "Två tjänster som miljöinspektör var vakanta under våren. Rekryteringarna är nu klara.",
                C("Personalkostnader", "500", "+", "vakanser", unit="tkr", table=True),
            ),
            (
                ("Konsulttjänster", "-600", "-1 050", "-450"),
                "Inhyrd bygglovshandläggare för att korta handläggningstiderna under vakansperioden.",
                C(
                    "Konsulttjänster",
                    "-450",
                    "-",
                    "inhyrd_personal",
                    "vakanser",
                    unit="tkr",
                    table=True,
                ),
            ),
            (("IT och licenser", "-700", "-800", "-100"), "", None),
            (
                ("Övriga kostnader", "-1 100", "-1 050", "50"),
                "I nivå med budget.",
                BP("Övriga kostnader", note="50 in the table."),
            ),
            (("Summa", "", "", "400"), "", None),
        ),
        widths=(108.0, 50.0, 50.0, 56.0),
        size=9.0,
    )
    blocks = [
        Title("Månadsrapport oktober 2025", size=19, font="narrow-bold", after=2),
        Title("Miljö- och byggnadsnämnden", size=13, font="narrow", after=14),
        H("Ekonomisk prognos", 2),
        PS(
            ("Nämnden prognostiserar ett överskott på 0,4 mnkr för 2025.", C(None, "0,4 mnkr", "+")),
            (
                "Det är en förbättring med 0,6 mnkr jämfört med prognosen i september, eftersom flera större "
                "bygglov för fritidshusområdet vid Skee har beslutats under oktober.",
                F(None, "0,6 mnkr", "+", "avgifter_intakter"),
            ),
        ),
        P(
            "Efter oktober är utfallet 0,9 mnkr bättre än periodiserad budget, en skillnad som till stor del beror "
            "på att bygglovsavgifterna faktureras när beslutet fattas medan kostnaderna fördelas jämnt över året.",
            C(None, "0,9 mnkr", "+", "avgifter_intakter", "periodisering"),
        ),
        H("Avvikelser per post", 2),
        comments,
        H("Åtgärder", 2),
        P(
            "Nämnden har beslutat att uppdraget för den inhyrda bygglovshandläggaren avslutas vid årsskiftet.",
            A("Konsulttjänster", None, "inhyrd_personal"),
        ),
        H("Verksamhet och risker", 2),
        P(
            "Handläggningstiden för kompletta bygglovsärenden var i genomsnitt 4,1 veckor, jämfört med 6,3 veckor "
            "i oktober 2024.",
            O(None, note="Handling times against the previous year: other."),
        ),
        P(
            "Det finns en osäkerhet kring intäkterna från tillsyn av enskilda avlopp, som beror på hur många "
            "fastighetsägare som överklagar nämndens förelägganden.",
            O("Tillsynsavgifter miljö", note="A risk: other."),
        ),
    ]
    return ReportSpec(
        file="stromstad-mbn-manadsrapport-2025-10.pdf",
        report={
            "municipality": "Strömstad",
            "committee": ["Miljö- och byggnadsnämnden"],
            "period": ["2025-10"],
            "report_type": "månadsrapport",
        },
        metadata={
            "title": "Månadsrapport oktober 2025 Miljö- och byggnadsnämnden",
            "author": "Strömstads kommun",
        },
        style=style,
        blocks=blocks,
    )
