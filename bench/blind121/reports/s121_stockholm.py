"""Stockholms stad, Arbetsmarknadsnämnden, tertialrapport 1 2026.

A labour-market committee's first tertial report in DejaVu Sans, header with the förvaltning and footer with
the nämnd's meeting date in May: the full year "ett överskott om 12,4 mnkr jämfört med budget" and the period
"9,1 mnkr lägre än periodiserad budget" (net cost lower: positive) in two sentences, the change since the
February forecast with its cause, then a result table whose last column is each row's comment: a comment
that names its own amount, reason-only comments that take their cells, a comment whose "2,5 mnkr" buffer
is only a part (the row's 3,7), "Prognos enligt budget" (boilerplate) and a row with no comment; after it
kostnadsslag in prose ("Intäkterna beräknas bli 4,2 mnkr högre", personnel costs that "understiger budget
med 11,3 mnkr" and purchases that "överstiger budget med 9,6 mnkr" in one sentence), an action without an
amount, an unemployment figure against last year and a risk (others).

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, CommentTable, H, P, ReportSpec, Style, Title

from reports.common import BP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.45,
        para_gap=7.0,
        heading_sizes=(14.0, 11.5, 10.0),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(64.0, 80.0, 64.0, 74.0),
        header=lambda n, m: ("Arbetsmarknadsförvaltningen", "Tertialrapport 1 2026"),
        footer=lambda n, m: ("Arbetsmarknadsnämnden 2026-05-19", "Stockholms stad", f"{n} ({m})"),
        header_size=7.5,
        rule_under_header=True,
    )
    comments = CommentTable(
        header=("Verksamhetsområde", "Budget", "Prognos", "Avvikelse", "Kommentar"),
        rows=(
            (
                ("Jobbtorg Stockholm", "412,0", "401,5", "10,5"),
                "Lägre personalkostnader till följd av vakanta handläggartjänster och en senare start av två nya "
                "jobbtorg.",
                C(
                    "Jobbtorg Stockholm",
                    "10,5",
                    "+",
                    "vakanser",
                    "periodisering",
                    unit="mnkr",
                    table=True,
                    note="Reason-only comment: the row's cell.",
                ),
            ),
            (
                ("Vuxenutbildning", "986,3", "994,1", "−7,8"),
                "Fler studerande inom yrkesvux än budgeterat och högre ersättning per kursdeltagare till "
                "anordnarna ger ett underskott om 7,8 mnkr.",
                C("Vuxenutbildning", "7,8 mnkr", "-", "volymer", "kopt_verksamhet"),
            ),
            (
                ("Sfi", "298,4", "291,9", "6,5"),
                "Färre elever än budgeterat, främst bland nyanlända.",
                C("Sfi", "6,5", "+", "volymer", unit="mnkr", table=True),
            ),
            (
                ("Feriejobb", "96,0", "96,0", "0,0"),
                "Prognos enligt budget.",
                BP("Feriejobb"),
            ),
            (("Stöd till ideella föreningar", "41,2", "41,7", "−0,5"), "", None),
            (
                ("Nämnd och administration", "118,6", "114,9", "3,7"),
                "Ej fördelad buffert om 2,5 mnkr samt lägre kostnader för IT-licenser.",
                C(
                    "Nämnd och administration",
                    "3,7",
                    "+",
                    "reserver",
                    "it_digitalisering",
                    unit="mnkr",
                    table=True,
                    note="The buffer's 2,5 mnkr is only a part: the row's cell.",
                ),
            ),
            (("Summa", "1 952,5", "1 940,1", "12,4"), "", None),
        ),
        widths=(128.0, 48.0, 48.0, 52.0),
        size=8.5,
    )
    blocks = [
        Title("Tertialrapport 1 2026", size=18, font="sans-bold", after=2),
        Title("Arbetsmarknadsnämnden", size=12, font="sans", after=14),
        H("1 Ekonomiskt utfall och prognos", 2),
        PS(
            (
                "Arbetsmarknadsnämnden prognostiserar för 2026 ett överskott om 12,4 mnkr jämfört med budget.",
                C(None, "12,4 mnkr", "+"),
            ),
            (
                "Utfallet per april är 9,1 mnkr lägre än periodiserad budget.",
                C(None, "9,1 mnkr", "+", note="A net cost lower than the periodised budget: positive."),
            ),
        ),
        P(
            "Jämfört med prognosen i februari har överskottet ökat med 3,0 mnkr, främst till följd av att "
            "statsbidraget för etableringsinsatser blev högre än väntat.",
            F(None, "3,0 mnkr", "+", "statsbidrag"),
        ),
        H("1.1 Analys per verksamhetsområde (mnkr)", 3),
        comments,
        H("1.2 Intäkter och kostnader", 3),
        P(
            "Intäkterna beräknas bli 4,2 mnkr högre än budget, framför allt genom statsbidraget för regionalt "
            "yrkesvux.",
            C("Intäkter", "4,2 mnkr", "+", "statsbidrag"),
        ),
        P(
            "Personalkostnaderna understiger budget med 11,3 mnkr, medan köp av huvudverksamhet överstiger budget "
            "med 9,6 mnkr.",
            C(
                "Personalkostnader",
                "11,3 mnkr",
                "+",
                note="Two account groups in one sentence, no reasons: two items, no tags (naming an account "
                "group gives none).",
                also=(C("Köp av huvudverksamhet", "9,6 mnkr", "-"),),
            ),
        ),
        H("1.3 Åtgärder", 3),
        P(
            "Förvaltningen ser över lokalbehovet för jobbtorgen inför 2027 och återkommer till nämnden med förslag.",
            A("Jobbtorg Stockholm", None, "lokaler"),
        ),
        H("2 Omvärld och risker", 2),
        P(
            "Arbetslösheten i Stockholm var 7,2 procent i mars, 0,4 procentenheter högre än ett år tidigare.",
            O(None, note="Context against the previous year."),
        ),
        P(
            "Det finns en osäkerhet kring volymerna inom yrkesvux under hösten, som beror på hur många platser "
            "Skolverket beviljar statsbidrag för.",
            O("Vuxenutbildning", "volymer", "statsbidrag", note="A risk."),
        ),
    ]
    return ReportSpec(
        file="stockholm-amn-tertialrapport-2026-04.pdf",
        report={
            "municipality": ["Stockholm", "Stockholms stad"],
            "committee": ["Arbetsmarknadsnämnden"],
            "period": ["2026-04"],
            "report_type": "tertialrapport",
        },
        metadata={"title": "Tertialrapport 1 2026 Arbetsmarknadsnämnden", "author": "Stockholms stad"},
        style=style,
        blocks=blocks,
    )
