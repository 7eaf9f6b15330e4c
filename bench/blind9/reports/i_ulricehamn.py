"""Ulricehamns kommun, Kultur- och fritidsnämnden, bokslut 2025.

A culture and leisure committee's year-end report (period = the year), footer with the date the nämnd
adopted it in February: the result "ett negativt resultat jämfört med budget på knappt 1,3 miljoner kronor"
(amount in words and digits), the outcome against the interim report's forecast with its cause (a forecast
change); a table whose last column is each row's comment (CommentTable) in tkr, where the comments give
reasons without amounts (each takes its row's cell: "260", "-590", "320", "-1 550"), one says "i nivå med
budget" (boilerplate) and one row has no comment (unlabelled); investments "3,8 mnkr lägre än budget";
an action for next year with its effect; library visits against last year and a goal not met, both with
"beror på" (others). DejaVu Sans 9.5 pt.

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
        leading=1.4,
        para_gap=6.5,
        heading_sizes=(15.0, 11.5, 10.0),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(60.0, 76.0, 60.0, 72.0),
        header=lambda n, m: ("Ulricehamns kommun", "Bokslut 2025"),
        footer=lambda n, m: ("Kultur- och fritidsnämnden", "Fastställd 2026-02-18", f"{n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    comments = CommentTable(
        header=("Verksamhet, tkr", "Budget", "Utfall", "Avvikelse", "Kommentar"),
        rows=(
            (
                ("Nämnd och ledning", "4 310", "4 050", "260"),
                "Lägre kostnader för arvoden och utbildning av nämndens ledamöter.",
                C("Nämnd och ledning", "260", "+", "ovrigt", unit="tkr", table=True, note=ROW),
            ),
            (
                ("Bibliotek", "11 820", "12 410", "-590"),
                "Meröppet i Timmele och Gällstad infördes tidigare än planerat, med kostnader för lås- och "
                "kamerasystem.",
                C(
                    "Bibliotek",
                    "-590",
                    "-",
                    "material_hjalpmedel",
                    "periodisering",
                    unit="tkr",
                    table=True,
                    note=ROW,
                ),
            ),
            (
                ("Kulturskola", "8 940", "8 620", "320"),
                "Två lärartjänster var vakanta under hösten.",
                C("Kulturskola", "320", "+", "vakanser", unit="tkr", table=True, note=ROW),
            ),
            (
                ("Fritid och anläggningar", "22 600", "24 150", "-1 550"),
                "Högre kostnader för el och fjärrvärme i sim- och sporthallen samt akut reparation av ishallens "
                "kylanläggning.",
                C(
                    "Fritid och anläggningar",
                    "-1 550",
                    "-",
                    "prisokningar",
                    "ovrigt",
                    unit="tkr",
                    table=True,
                    note=ROW + " An emergency repair is ovrigt.",
                ),
            ),
            (
                ("Föreningsstöd", "5 200", "5 200", "0"),
                "Utfallet är i nivå med budget.",
                BP("Föreningsstöd"),
            ),
            (("Fritidsgårdar", "3 450", "3 180", "270"), "", None),
            (("Summa", "56 320", "57 610", "-1 290"), "", None),
        ),
        widths=(118.0, 48.0, 48.0, 56.0),
        size=8.5,
    )
    blocks = [
        Title("Bokslut 2025", size=20, font="sans-bold", after=2),
        Title("Kultur- och fritidsnämnden", size=12, font="sans", after=12),
        H("Året i korthet", 2),
        P(
            "Under 2025 invigdes den nya skateparken i Ulricehamn och biblioteken i Timmele och Gällstad fick "
            "meröppet. Kulturskolan firade 60 år med en konsert i Stora Hallen."
        ),
        H("Ekonomiskt resultat", 2),
        P(
            "Kultur- och fritidsnämnden redovisar för 2025 ett negativt resultat jämfört med budget på knappt "
            "1,3 miljoner kronor.",
            C(
                None,
                "knappt 1,3 miljoner kronor",
                "-",
                note="'Knappt 1,3': the stated figure (the table says -1 290).",
            ),
        ),
        P(
            "Resultatet är cirka 0,5 mnkr sämre än prognosen i delårsrapporten, främst på grund av reparationen av "
            "ishallens kylanläggning i november.",
            F(None, "cirka 0,5 mnkr", "-", "ovrigt", note="The outcome against the interim forecast."),
        ),
        comments,
        H("Investeringar", 2),
        P(
            "Nämndens investeringar uppgick till 6,2 mnkr, vilket är 3,8 mnkr lägre än budget. Konstgräsplanen i "
            "Vegby har flyttats till 2026 efter att upphandlingen överprövats.",
            C("Investeringar", "3,8 mnkr", "+", "periodisering", note="Investment under-spending."),
        ),
        H("Åtgärder inför 2026", 2),
        P(
            "Nämnden har beslutat att minska öppettiderna i sim- och sporthallen under sommarmånaderna, vilket "
            "beräknas ge en besparing på 350 tkr.",
            A("Fritid och anläggningar", "350 tkr"),
        ),
        H("Verksamhetens mål och volymer", 2),
        P(
            "Antalet besök på biblioteken ökade med 11 procent jämfört med 2024, vilket främst beror på meröppet.",
            O("Bibliotek", "volymer", note="Visits against the previous year."),
        ),
        P(
            "Nämnden uppfyllde tre av fem verksamhetsmål. Målet om fler unga i föreningslivet nåddes inte, vilket "
            "beror på att två större föreningar har tappat ledare.",
            O(None, note="Goal fulfilment with 'beror på': other."),
        ),
    ]
    return ReportSpec(
        file="ulricehamn-kfn-bokslut-2025.pdf",
        report={
            "municipality": "Ulricehamn",
            "committee": ["Kultur- och fritidsnämnden"],
            "period": ["2025", "2025-12"],
            "report_type": "bokslut",
        },
        metadata={"title": "Bokslut 2025 Kultur- och fritidsnämnden", "author": "Ulricehamns kommun"},
        style=style,
        blocks=blocks,
    )
