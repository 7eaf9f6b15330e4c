"""Täby kommun, Kultur- och fritidsnämnden, bokslut 2025.

A culture and leisure committee's year-end report, footer with the meeting paragraph in February: the result
"ett överskott på 2,3 mnkr mot budget" beside a percentage of the frame, and the outcome against the interim
forecast in a sentence of its own (forecast change, no cause); a result table whose last column is each row's
comment (tkr, U+2212 minus): reason-only comments take their row's cell ("1 150", "−1 200", "2 100", "−250"),
one comment names its own amount ("Överskott på 800 tkr"), one holds a part in tkr that is not the amount (a
rent increase "380 tkr"), "I nivå med budget." (boilerplate), a row with no comment and the sum row (nothing);
investments "7,6 mnkr, att jämföra med en budget på 12,0 mnkr" (4,4 mnkr never written out) with the delay's
reason; visits against 2024 with "beror på" and the surplus not carried over (other) and an action with no
amount. Liberation Sans Narrow 10.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import CommentTable, H, P, ReportSpec, Style, Title

from reports.common import BP, A, C, F, O

ROW = "A comment with no amount: the row's deviation cell."


def spec() -> ReportSpec:
    style = Style(
        body="narrow",
        bold="narrow-bold",
        italic="arial-italic",
        size=10.5,
        leading=1.38,
        para_gap=7.0,
        heading_sizes=(16.0, 12.5, 11.0),
        heading_fonts=("narrow-bold", "narrow-bold", "narrow-bold"),
        margins=(64.0, 80.0, 64.0, 74.0),
        header=lambda n, m: ("Täby kommun", "Bokslut 2025 Kultur- och fritidsnämnden"),
        footer=lambda n, m: ("KFN 2026-02-12 § 9", "", f"{n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = CommentTable(
        header=("Verksamhet, tkr", "Budget", "Utfall", "Avvikelse", "Kommentar"),
        rows=(
            (
                ("Bibliotek", "38 600", "37 450", "1 150"),
                "Vakanser under våren och lägre kostnader för medieinköp än planerat.",
                C(
                    "Bibliotek",
                    "1 150",
                    "+",
                    "vakanser",
                    "material_hjalpmedel",
                    unit="tkr",
                    table=True,
                    note=ROW,
                ),
            ),
            (
                ("Kulturscen", "24 900", "26 100", "−1 200"),
                "Publikintäkterna blev lägre än budgeterat när två större föreställningar ställdes in under hösten, "
                "samtidigt som hyran för scenen höjdes med 380 tkr.",
                C(
                    "Kulturscen",
                    "−1 200",
                    "-",
                    "avgifter_intakter",
                    "lokaler",
                    unit="tkr",
                    table=True,
                    note="The rent increase (380 tkr) is a part: the row's cell.",
                ),
            ),
            (
                ("Fritidsgårdar", "21 300", "20 500", "800"),
                "Överskott på 800 tkr till följd av att fritidsgården i Näsby park hade stängt för renovering i tre "
                "månader.",
                C("Fritidsgårdar", "800 tkr", "+", "ovrigt", note="The comment names its own amount."),
            ),
            (
                ("Idrottsanläggningar", "64 200", "62 100", "2 100"),
                "Lägre energikostnader i ishallen och simhallen än beräknat, men även senarelagt underhåll av "
                "konstgräsplanen i Viggbyholm.",
                C(
                    "Idrottsanläggningar",
                    "2 100",
                    "+",
                    "prisokningar",
                    "periodisering",
                    unit="tkr",
                    table=True,
                    note=ROW,
                ),
            ),
            (
                ("Föreningsbidrag", "18 700", "18 950", "−250"),
                "Fler föreningar än väntat sökte aktivitetsstöd.",
                C("Föreningsbidrag", "−250", "-", "volymer", unit="tkr", table=True, note=ROW),
            ),
            (
                ("Kulturskola", "19 400", "19 400", "0"),
                "I nivå med budget.",
                BP("Kulturskola"),
            ),
            (("Nämnd och administration", "6 800", "7 100", "−300"), "", None),
            (("Summa", "193 900", "191 600", "2 300"), "", None),
        ),
        widths=(118.0, 50.0, 50.0, 54.0),
        size=8.5,
    )
    blocks = [
        Title("Bokslut 2025", size=20, font="narrow-bold", after=2),
        Title("Kultur- och fritidsnämnden", size=13, font="narrow", after=12),
        H("Ekonomiskt resultat", 2),
        P(
            "Kultur- och fritidsnämnden redovisar för 2025 ett överskott på 2,3 mnkr mot budget, vilket motsvarar "
            "1,2 procent av nettoramen.",
            C(None, "2,3 mnkr", "+", note="The percentage is not the amount."),
        ),
        P(
            "Resultatet är 0,9 mnkr bättre än prognosen i delårsrapporten per augusti.",
            F(None, "0,9 mnkr", "+", note="The outcome against the interim forecast, no cause."),
        ),
        H("Avvikelser per verksamhet", 2),
        table,
        H("Investeringar", 2),
        P(
            "Nämndens investeringar uppgick till 7,6 mnkr, att jämföra med en budget på 12,0 mnkr. Den nya "
            "belysningen på Tibble IP har skjutits till 2026 eftersom upphandlingen överklagades.",
            C(
                "Investeringar",
                "7,6 mnkr, att jämföra med en budget på 12,0 mnkr",
                "+",
                "periodisering",
                value=4_400_000,
                note="An under-spend never written out (12,0 − 7,6): the computed value, the text as written.",
            ),
        ),
        H("Verksamhet och framåtblick", 2),
        P(
            "Antalet besök på biblioteken ökade med 6 procent jämfört med 2024, vilket beror på de utökade "
            "öppettiderna i centrumbiblioteket.",
            O("Bibliotek", "volymer", note="Visits against the previous year: other."),
        ),
        P(
            "Överskottet förs enligt kommunens regler för resultatöverföring inte över till 2026.",
            O(None, "reserver", note="A financing statement."),
        ),
        P(
            "Inför 2026 har nämnden beslutat att se över prissättningen för scenen och att samordna "
            "programverksamheten med biblioteken.",
            A("Kulturscen", None, "avgifter_intakter"),
        ),
    ]
    return ReportSpec(
        file="taby-kfn-bokslut-2025.pdf",
        report={
            "municipality": "Täby",
            "committee": ["Kultur- och fritidsnämnden"],
            "period": ["2025", "2025-12"],
            "report_type": "bokslut",
        },
        metadata={"title": "Bokslut 2025 Kultur- och fritidsnämnden", "author": "Täby kommun"},
        style=style,
        blocks=blocks,
    )
