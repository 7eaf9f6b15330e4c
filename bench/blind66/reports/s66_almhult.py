"""Älmhults kommun, Kultur- och fritidsnämnden, verksamhetsberättelse 2025 (culture and leisure).

A culture and leisure committee's year-end report (period = the year), footer with the date the nämnd adopted
it in February: the result "ett överskott mot budget på drygt 900 tusen kronor" (words and digits), the outcome
against the interim forecast without a cause (a forecast change), net cost growth against 2024 (other);
personnel costs "520 tkr lägre än budgeterat"; a table whose last column is each row's comment, in tkr with
deficits in brackets ("(220)", "(250)"): reason-only comments that take their row's cell, "Bidragen har
fördelats enligt budget" (boilerplate) and a row with no comment (unlabelled); investments "1,6 mnkr, att
jämföra med en budget på 2,8 mnkr" (the 1,2 mnkr under-spend never written out); an action for next year with
its effect and swimming-hall visits against 2024 with "beror på" (other). 7 scored causes. DejaVu Sans 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import CommentTable, H, P, ReportSpec, Style, Title

from reports.common import BP, A, C, F, O

ROW = "A comment-column reason with no amount: the row's deviation cell (tkr), deficits in brackets."


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.4,
        para_gap=6.5,
        heading_sizes=(15.0, 11.5, 10.0),
        heading_fonts=("serif-bold", "serif-bold", "serif-bold"),
        margins=(60.0, 76.0, 60.0, 72.0),
        header=lambda n, m: ("Älmhults kommun", "Verksamhetsberättelse 2025"),
        footer=lambda n, m: ("Kultur- och fritidsnämnden", "Antagen 2026-02-12", f"{n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    comments = CommentTable(
        header=("Verksamhet (tkr)", "Budget", "Utfall", "Avvikelse", "Kommentar"),
        rows=(
            (
                ("Bibliotek", "9 850", "9 420", "430"),
                "Vakans som bibliotekarie under våren och lägre kostnader för licenser till e-medier än beräknat.",
                C("Bibliotek", "430", "+", "vakanser", "it_digitalisering", unit="tkr", table=True, note=ROW),
            ),
            (
                ("Kulturverksamhet", "4 300", "4 520", "(220)"),
                "Kulturveckan i augusti fick högre kostnader för scen och teknik än planerat.",
                C("Kulturverksamhet", "(220)", "-", "ovrigt", unit="tkr", table=True, note=ROW),
            ),
            (("Fritidsgårdar", "3 900", "3 650", "250"), "", None),
            (
                ("Idrottsanläggningar", "12 600", "12 850", "(250)"),
                "Högre energikostnader i ishallen och reparation av konstgräsplanen efter skadegörelse.",
                C(
                    "Idrottsanläggningar",
                    "(250)",
                    "-",
                    "prisokningar",
                    "ovrigt",
                    unit="tkr",
                    table=True,
                    note=ROW + " Vandalism is ovrigt.",
                ),
            ),
            (
                ("Simhall", "7 200", "6 510", "690"),
                "Simhallen var stängd i sju veckor för byte av reningsanläggning, vilket gav lägre personal- och "
                "driftkostnader men också lägre entréintäkter.",
                C("Simhall", "690", "+", "ovrigt", unit="tkr", table=True, note=ROW + " A closure: ovrigt."),
            ),
            (
                ("Föreningsbidrag", "2 450", "2 450", "0"),
                "Bidragen har fördelats enligt budget.",
                BP("Föreningsbidrag"),
            ),
            (("Summa", "40 300", "39 400", "900"), "", None),
        ),
        widths=(116.0, 46.0, 46.0, 54.0),
        size=8.5,
    )
    blocks = [
        Title("Verksamhetsberättelse 2025", size=20, font="serif-bold", after=2),
        Title("Kultur- och fritidsnämnden", size=12, font="sans", after=12),
        H("Året som gått", 2),
        P(
            "Under året firade biblioteket i Älmhult 50 år i nuvarande lokaler och fritidsgården fick nya "
            "öppettider på fredagskvällar."
        ),
        H("Ekonomiskt utfall", 2),
        P(
            "Nämnden redovisar för 2025 ett överskott mot budget på drygt 900 tusen kronor.",
            C(
                None,
                "drygt 900 tusen kronor",
                "+",
                value=900_000,
                note="'Drygt 900 tusen': the stated figure.",
            ),
        ),
        P(
            "Utfallet är 350 tkr bättre än prognosen i delårsrapporten.",
            F(None, "350 tkr", "+", note="The outcome against the interim forecast, no cause given."),
        ),
        P(
            "Nettokostnaden ökade med 4,2 procent jämfört med 2024.",
            O(None, note="Net cost growth against the previous year: other."),
        ),
        P(
            "Personalkostnaderna blev 520 tkr lägre än budgeterat, främst till följd av vakanser och "
            "föräldraledigheter som inte har ersatts fullt ut.",
            C("Personalkostnader", "520 tkr", "+", "vakanser"),
        ),
        comments,
        H("Investeringar", 2),
        P(
            "Nämndens investeringar blev 1,6 mnkr, att jämföra med en budget på 2,8 mnkr. Utbytet av belysningen i "
            "motionsspåret i Diö har flyttats till 2026.",
            C(
                "Investeringar",
                "1,6 mnkr, att jämföra med en budget på 2,8 mnkr",
                "+",
                "periodisering",
                value=1_200_000,
                note="An under-spend never written out: the computed value with the amount text as written.",
            ),
        ),
        H("Åtgärder inför 2026", 2),
        P(
            "Öppettiderna i simhallen anpassas efter besöksstatistiken, vilket beräknas ge 200 tkr lägre "
            "personalkostnader.",
            A("Simhall", "200 tkr", "bemanning"),
        ),
        H("Volymer", 2),
        P(
            "Antalet besök i simhallen minskade med 18 procent jämfört med 2024, vilket beror på stängningen under "
            "våren.",
            O("Simhall", "volymer", note="Visits against the previous year with 'beror på': other."),
        ),
    ]
    return ReportSpec(
        file="almhult-kfn-verksamhetsberattelse-2025.pdf",
        report={
            "municipality": "Älmhult",
            "committee": ["Kultur- och fritidsnämnden"],
            "period": ["2025", "2025-12"],
            "report_type": "verksamhetsberättelse",
        },
        metadata={
            "title": "Verksamhetsberättelse 2025 Kultur- och fritidsnämnden",
            "author": "Älmhults kommun",
        },
        style=style,
        blocks=blocks,
    )
