"""Örebro kommun, Kulturnämnden, verksamhetsberättelse 2025.

A culture committee's year-end report (period = the year), footer with the date the nämnd adopted it in
February: the result "ett överskott jämfört med budget på 1,1 miljoner kronor" and the outcome against the
interim report's forecast with its cause (a forecast change); a table whose last column is each row's comment
(CommentTable) in tkr with en-dash minus signs ("–640"), where the comments give reasons without amounts (each
takes its row's cell), one says "Utfallet motsvarar budget" (boilerplate) and one row has no comment
(unlabelled); the music school's deficit explained again in prose with the amount in words ("drygt sexhundra
tusen kronor"); investments "Av nämndens investeringsram på 4,5 mnkr har 2,9 mnkr använts" (1,6 never
written out); an action for next year with its effect; library visits against last year and the nämnd's
equity (others). DejaVu Sans 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import CommentTable, H, P, ReportSpec, Style, Title

from reports.common import BP, A, C, F, O

ROW = "A comment-column reason with no amount: the row's deviation cell (tkr)."


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
        margins=(62.0, 76.0, 62.0, 72.0),
        header=lambda n, m: ("Örebro kommun", "Verksamhetsberättelse 2025"),
        footer=lambda n, m: ("Kulturnämnden", "Beslutad 2026-02-12", f"{n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    comments = CommentTable(
        header=("Verksamhet, tkr", "Budget", "Utfall", "Avvikelse", "Kommentar"),
        rows=(
            (
                ("Bibliotek", "68 400", "67 150", "1 250"),
                "Vakanser under våren och senarelagd öppning av det meröppna biblioteket i Brickebacken.",
                C("Bibliotek", "1 250", "+", "vakanser", "periodisering", unit="tkr", table=True, note=ROW),
            ),
            (
                ("Kulturskola", "41 200", "41 840", "–640"),
                "Fler elever i de avgiftsfria kurserna än planerat och lägre avgiftsintäkter.",
                C(
                    "Kulturskola",
                    "–640",
                    "-",
                    "volymer",
                    "avgifter_intakter",
                    unit="tkr",
                    table=True,
                    note=ROW + " En dash as minus.",
                ),
            ),
            (
                ("Scenkonst och evenemang", "23 900", "23 100", "800"),
                "Sommarfestivalen Ljus över Svartån ställdes in efter stormvarning.",
                C(
                    "Scenkonst och evenemang",
                    "800",
                    "+",
                    "ovrigt",
                    unit="tkr",
                    table=True,
                    note=ROW + " A cancellation for weather is ovrigt.",
                ),
            ),
            (
                ("Konst och kulturarv", "15 600", "16 290", "–690"),
                "Kostnader för konservering av föremål efter en vattenläcka i magasinet.",
                C("Konst och kulturarv", "–690", "-", "ovrigt", unit="tkr", table=True, note=ROW),
            ),
            (
                ("Kulturstöd", "19 800", "19 800", "0"),
                "Utfallet motsvarar budget.",
                BP("Kulturstöd"),
            ),
            (("Nämnd och ledning", "6 100", "5 720", "380"), "", None),
            (("Summa", "175 000", "173 900", "1 100"), "", None),
        ),
        widths=(122.0, 50.0, 50.0, 56.0),
        size=8.5,
    )
    blocks = [
        Title("Verksamhetsberättelse 2025", size=20, font="sans-bold", after=2),
        Title("Kulturnämnden", size=12, font="sans", after=12),
        H("Året som gått", 2),
        P(
            "Under 2025 öppnade det första meröppna biblioteket i en stadsdel, och Kulturskolan startade "
            "undervisning i Vivalla och Varberga. Konsthallen visade fyra utställningar med sammanlagt drygt 40 000 "
            "besökare."
        ),
        H("Ekonomiskt resultat", 2),
        P(
            "Kulturnämnden redovisar för 2025 ett överskott jämfört med budget på 1,1 miljoner kronor.",
            C(None, "1,1 miljoner kronor", "+"),
        ),
        P(
            "Resultatet är 0,6 mnkr bättre än prognosen i delårsrapporten, främst för att sommarfestivalen ställdes "
            "in.",
            F(None, "0,6 mnkr", "+", "ovrigt", note="The outcome against the interim forecast."),
        ),
        comments,
        P(
            "Kulturskolans underskott på drygt sexhundra tusen kronor förklaras främst av att fler barn än väntat "
            "har sökt de avgiftsfria kurserna i dans och musik, vilket har krävt fler lärartimmar.",
            C(
                "Kulturskola",
                "drygt sexhundra tusen kronor",
                "-",
                "volymer",
                value=600_000,
                note="The deficit explained again in prose, the amount in words: the stated figure.",
            ),
        ),
        H("Investeringar", 2),
        P(
            "Av nämndens investeringsram på 4,5 mnkr har 2,9 mnkr använts. Resterande medel avser ny scenteknik "
            "till Kulturhuset Slussen, där leveransen har skjutits till våren 2026.",
            C(
                "Investeringar",
                "4,5 mnkr har 2,9 mnkr",
                "+",
                "periodisering",
                value=1_600_000,
                note="Under-spending of 1,6 mnkr, never written out: the computed value.",
            ),
        ),
        H("Åtgärder inför 2026", 2),
        P(
            "Nämnden har beslutat att höja terminsavgiften i Kulturskolans avgiftsbelagda kurser med 100 kronor, "
            "vilket beräknas ge 450 tkr i ökade intäkter under 2026.",
            A("Kulturskola", "450 tkr", "avgifter_intakter"),
        ),
        H("Verksamhetens volymer och eget kapital", 2),
        P(
            "Antalet besök på biblioteken ökade med 6 procent jämfört med 2024, vilket till stor del beror på de "
            "utökade öppettiderna.",
            O("Bibliotek", "volymer", note="Visits against the previous year."),
        ),
        P(
            "Efter årets resultat uppgår nämndens eget kapital till 3,4 mnkr.",
            O(None, amount="3,4 mnkr", note="Equity: other."),
        ),
    ]
    return ReportSpec(
        file="orebro-kun-verksamhetsberattelse-2025.pdf",
        report={
            "municipality": "Örebro",
            "committee": ["Kulturnämnden"],
            "period": ["2025", "2025-12"],
            "report_type": "verksamhetsberättelse",
        },
        metadata={"title": "Verksamhetsberättelse 2025 Kulturnämnden", "author": "Örebro kommun"},
        style=style,
        blocks=blocks,
    )
