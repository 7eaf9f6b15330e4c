"""Malmö stad, Kulturnämnden, årsanalys 2025 (year end).

A culture committee's year-end analysis in "miljoner kronor" and tkr, footer with the nämnd's meeting date in
February: the result "−4,7 miljoner kronor jämfört med budget", the outcome "1,7 miljoner kronor sämre än
prognosen i delårsrapporten" (a forecast change); two kostnadsslag in one sentence (personnel costs "1,9
miljoner kronor lägre än budgeterat" and purchased services "översteg budget med 4,1 miljoner kronor");
a result table whose last column is each row's comment, with deficits as "−2 140": reason-only comments
taking their row's cell, a comment that states its own rounded amount ("ett underskott på 3,5 miljoner
kronor" beside "−3 460"), "ligger i nivå med budget" (boilerplate, +210), a row with no comment; investments
"Av investeringsbudgeten på 18,0 miljoner kronor har 11,6 miljoner kronor använts" (6,4 never written out);
an action with its effect for next year, a request about carrying the deficit with "beror på" and visitors
against last year (others). Liberation Sans 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import CommentTable, H, P, ReportSpec, Style, Title

from reports.common import BP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=10.0,
        leading=1.4,
        para_gap=7.0,
        heading_sizes=(16.0, 12.5, 10.5),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(64.0, 80.0, 64.0, 76.0),
        header=lambda n, m: ("Malmö stad", "Kulturnämnden – Årsanalys 2025"),
        footer=lambda n, m: ("Kulturnämnden 2026-02-18", "KN-2026-00311", f"{n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = CommentTable(
        header=("Verksamhet", "Budget", "Utfall", "Avvikelse", "Kommentar"),
        rows=(
            (
                ("Biblioteksverksamhet", "142 600", "144 740", "−2 140"),
                "Säkerhetsvakter har behövts vid två filialbibliotek under hela hösten, och det nya avtalet för "
                "e-medier blev dyrare än beräknat.",
                C(
                    "Biblioteksverksamhet",
                    "−2 140",
                    "-",
                    "ovrigt",
                    "prisokningar",
                    unit="tkr",
                    table=True,
                    note="A reason-only comment: its row's cell.",
                ),
            ),
            (
                ("Museer", "88 300", "91 760", "−3 460"),
                "Museerna visar ett underskott på 3,5 miljoner kronor, då entré- och butiksintäkterna blev lägre "
                "när utställningshallen var stängd för ombyggnad från maj till oktober.",
                C(
                    "Museer",
                    "3,5 miljoner kronor",
                    "-",
                    "avgifter_intakter",
                    "ovrigt",
                    note="The comment states its own rounded amount: from the prose.",
                ),
            ),
            (
                ("Kulturstöd", "61 900", "60 650", "1 250"),
                "Två större arrangörer har återbetalat delar av sina verksamhetsbidrag och några beviljade projekt "
                "kunde inte genomföras.",
                C("Kulturstöd", "1 250", "+", "ovrigt", unit="tkr", table=True),
            ),
            (
                ("Kulturskola", "47 200", "46 380", "820"),
                "Lärartjänster i stråk och slagverk var vakanta under vårterminen.",
                C("Kulturskola", "820", "+", "vakanser", unit="tkr", table=True),
            ),
            (
                ("Scenkonst och evenemang", "35 400", "36 780", "−1 380"),
                "Höjda krav på säkerhet vid sommarens stadsfestival och dyrare scenteknik.",
                C(
                    "Scenkonst och evenemang",
                    "−1 380",
                    "-",
                    "ovrigt",
                    "prisokningar",
                    unit="tkr",
                    table=True,
                ),
            ),
            (
                ("Förvaltningsgemensamt", "22 800", "22 590", "210"),
                "Utfallet ligger i nivå med budget.",
                BP("Förvaltningsgemensamt", note="+210 in the table."),
            ),
            (("Lokaler", "54 100", "54 100", "0"), "", None),
            (("Summa", "452 300", "457 000", "−4 700"), "", None),
        ),
        widths=(118.0, 52.0, 52.0, 56.0),
        size=8.0,
    )
    blocks = [
        Title("Årsanalys 2025", size=20, font="arial-bold", after=2),
        Title("Kulturnämnden, Malmö stad", size=12.5, font="arial", after=14),
        H("Ekonomiskt utfall", 1),
        P(
            "Kulturnämnden redovisar för 2025 ett resultat på −4,7 miljoner kronor jämfört med budget.",
            C(None, "−4,7 miljoner kronor", "-"),
        ),
        P(
            "Utfallet är därmed 1,7 miljoner kronor sämre än prognosen i delårsrapporten per augusti.",
            F(None, "1,7 miljoner kronor", "-", note="The outcome against the interim forecast, no cause."),
        ),
        P(
            "Personalkostnaderna blev 1,9 miljoner kronor lägre än budgeterat, främst på grund av vakanser och "
            "föräldraledigheter, medan kostnaderna för köp av tjänster översteg budget med 4,1 miljoner kronor.",
            C(
                "Personalkostnader",
                "1,9 miljoner kronor",
                "+",
                "vakanser",
                note="Two kostnadsslag in one sentence: two items.",
                also=(C("Köp av tjänster", "4,1 miljoner kronor", "-"),),
            ),
        ),
        H("Resultat per verksamhet", 2),
        P("Belopp i tusen kronor. Negativ avvikelse innebär ett underskott mot budget.", size=8.5),
        table,
        H("Investeringar", 2),
        P(
            "Av investeringsbudgeten på 18,0 miljoner kronor har 11,6 miljoner kronor använts. Inköpet av en ny "
            "bokbuss har skjutits till 2026, eftersom leverantören inte kunde leverera i tid.",
            C(
                "Investeringar",
                "Av investeringsbudgeten på 18,0 miljoner kronor har 11,6 miljoner kronor använts",
                "+",
                "periodisering",
                "material_hjalpmedel",
                value=6_400_000,
                note="An under-spend never written out: the computed value.",
            ),
        ),
        H("Åtgärder inför 2026", 2),
        P(
            "Nämnden har beslutat om minskade öppettider vid två filialbibliotek från mars 2026, vilket beräknas "
            "sänka kostnaderna med 1,5 miljoner kronor per år.",
            A("Biblioteksverksamhet", "1,5 miljoner kronor", "bemanning"),
        ),
        H("Resultatöverföring och verksamhetsmått", 2),
        P(
            "Nämnden begär att underskottet inte ska föras över till 2026, eftersom det till stor del beror på "
            "den tillfälliga stängningen av utställningshallen.",
            O(None, note="A request about carrying the deficit, with 'beror på': other."),
        ),
        P(
            "Biblioteken hade 1,9 miljoner besök under året, vilket är 4 procent fler än 2024.",
            O("Biblioteksverksamhet", "volymer", note="Visitors against last year: other."),
        ),
    ]
    return ReportSpec(
        file="malmo-kn-arsanalys-2025.pdf",
        report={
            "municipality": ["Malmö", "Malmö stad"],
            "committee": ["Kulturnämnden"],
            "period": ["2025", "2025-12"],
            "report_type": "årsanalys",
        },
        metadata={"title": "Årsanalys 2025 Kulturnämnden", "author": "Malmö stad"},
        style=style,
        blocks=blocks,
    )
