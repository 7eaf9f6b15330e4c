"""Sävsjö kommun, Kultur- och fritidsnämnden, verksamhetsberättelse 2025.

A culture and leisure committee's year-end report (period = the year) in DejaVu Sans Condensed 9.5 pt, whose
footer carries the adoption date in February: the result "ett överskott mot budget om 412 tkr", the
outcome against the interim report's balanced forecast with its cause and no amount (a forecast change); a
table whose last column is each row's comment, with U+2212 minus signs: reason-only comments taking their
cells ("130", "−240", "160", "−220"), a comment that names its own amount ("ett överskott på 420 tkr"), "följer
budget" (boilerplate) and a row with no comment (unlabelled); investments "förbrukades med 1,1 mnkr" and the
rest "1,3 mnkr" moved to next year; an action for next year with its yearly effect; library loans against last
year with "beror på" (other). 7 scored causes.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import CommentTable, H, P, ReportSpec, Style, Title

from reports.common import BP, A, C, F, O

ROW = "A comment-column reason with no amount: the row's deviation cell (tkr)."


def spec() -> ReportSpec:
    style = Style(
        body="cond",
        bold="cond-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.4,
        para_gap=6.5,
        heading_sizes=(15.0, 11.5, 10.0),
        heading_fonts=("cond-bold", "cond-bold", "cond-bold"),
        margins=(62.0, 76.0, 62.0, 72.0),
        header=lambda n, m: ("Sävsjö kommun", "Verksamhetsberättelse 2025"),
        footer=lambda n, m: ("Kultur- och fritidsnämnden", "Antagen 2026-02-12, § 9", f"{n}/{m}"),
        header_size=8.0,
        rule_under_header=True,
    )
    comments = CommentTable(
        header=("Verksamhet, tkr", "Budget", "Utfall", "Avvikelse", "Kommentar"),
        rows=(
            (
                ("Nämnd och förvaltning", "2 140", "2 010", "130"),
                "Färre sammanträden och lägre kostnader för nämndens studieresa.",
                C("Nämnd och förvaltning", "130", "+", "ovrigt", unit="tkr", table=True, note=ROW),
            ),
            (
                ("Bibliotek", "6 880", "7 120", "−240"),
                "Ökade licenskostnader för e-böcker och det nya bibliotekssystemet.",
                C("Bibliotek", "−240", "-", "it_digitalisering", unit="tkr", table=True, note=ROW),
            ),
            (
                ("Kulturverksamhet", "3 310", "3 150", "160"),
                "Tjänsten som kultursekreterare var vakant under fyra månader.",
                C("Kulturverksamhet", "160", "+", "vakanser", unit="tkr", table=True, note=ROW),
            ),
            (
                ("Fritidsanläggningar", "9 760", "9 980", "−220"),
                "Högre elkostnader i ishallen i Vrigstad och en vattenskada i sporthallen.",
                C(
                    "Fritidsanläggningar",
                    "−220",
                    "-",
                    "prisokningar",
                    "ovrigt",
                    unit="tkr",
                    table=True,
                    note=ROW + " Water damage is ovrigt; electricity costs prisokningar.",
                ),
            ),
            (
                ("Föreningsbidrag", "1 950", "1 530", "420"),
                "Två större föreningar sökte inte investeringsbidrag under året, vilket gav ett överskott på 420 tkr.",
                C(
                    "Föreningsbidrag",
                    "420 tkr",
                    "+",
                    "ovrigt",
                    note="The comment names its own amount: from the prose.",
                ),
            ),
            (("Fritidsgård", "1 420", "1 420", "0"), "Verksamheten följer budget.", BP("Fritidsgård")),
            (("Kulturskola", "3 900", "3 738", "162"), "", None),
            (("Summa", "29 360", "28 948", "412"), "", None),
        ),
        widths=(112.0, 46.0, 46.0, 54.0),
        size=8.5,
    )
    blocks = [
        Title("Verksamhetsberättelse 2025", size=20, font="cond-bold", after=2),
        Title("Kultur- och fritidsnämnden", size=12, font="cond", after=12),
        H("Viktiga händelser", 2),
        P(
            "Under året öppnade meröppet bibliotek i Stockaryd och ishallen fick ny belysning. Sommarlovsaktiviteterna "
            "samlade fler deltagare än någonsin."
        ),
        H("Ekonomi", 2),
        P(
            "Kultur- och fritidsnämnden redovisar ett överskott mot budget om 412 tkr för 2025.",
            C(None, "412 tkr", "+"),
        ),
        P(
            "I delårsrapporten prognostiserades ett resultat i balans. Förbättringen förklaras främst av att "
            "föreningsbidragen inte betalades ut fullt ut.",
            F(None, None, "+", "ovrigt", note="The outcome against the interim forecast, no amount."),
        ),
        comments,
        H("Investeringar", 2),
        P(
            "Nämndens investeringsbudget om 2,4 mnkr förbrukades med 1,1 mnkr. Resterande medel, 1,3 mnkr, avser byte "
            "av konstgräs på Vallsnäs idrottsplats, som har flyttats till 2026.",
            C("Investeringar", "1,3 mnkr", "+", "periodisering", note="Investment under-spending."),
        ),
        H("Framåtblick", 2),
        P(
            "Nämnden har beslutat om energieffektivisering av ishallens kylaggregat, som beräknas sänka "
            "driftkostnaderna med 150 tkr per år från 2026.",
            A("Fritidsanläggningar", "150 tkr", "prisokningar"),
        ),
        H("Verksamhetsmått", 2),
        P(
            "Antalet utlån ökade med 8 procent jämfört med 2024, vilket till stor del beror på meröppet i Stockaryd.",
            O("Bibliotek", "volymer", note="Loans against the previous year."),
        ),
    ]
    return ReportSpec(
        file="savsjo-kfn-verksamhetsberattelse-2025.pdf",
        report={
            "municipality": "Sävsjö",
            "committee": ["Kultur- och fritidsnämnden"],
            "period": ["2025", "2025-12"],
            "report_type": "verksamhetsberättelse",
        },
        metadata={
            "title": "Verksamhetsberättelse 2025 Kultur- och fritidsnämnden",
            "author": "Sävsjö kommun",
        },
        style=style,
        blocks=blocks,
    )
