"""Landskrona stad, Kultur- och fritidsnämnden, verksamhetsberättelse 2025.

A culture and leisure committee's year-end report with a footer that gives the adoption date in February: the
year "ett negativt resultat på 1 640 tkr jämfört med tilldelad budgetram" with a percentage beside it, the
outcome against the interim forecast with its cause (a forecast change), net cost growth against 2024 with
"beror på" (other); a result table whose last column is each row's comment with U+2212 minus signs: reasons
without amounts (the row's cell), one "i stort sett i balans" beside a row of 160 and one "motsvarar budget"
beside a zero row (boilerplate), the sum row with no comment (nothing); investments "Av investeringsramen på 6,2 mnkr har 4,9 mnkr förbrukats"
(1,3 mnkr never written out) with a project's 0,8 mnkr as a part; a fee increase with its effect (action) and
a risk (other). Liberation Sans 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import CommentTable, H, P, ReportSpec, Style, Title

from reports.common import BP, A, C, F, O

ROW = "A comment in the result table: the row's deviation cell is the amount."


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=10.0,
        leading=1.36,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(66.0, 80.0, 66.0, 74.0),
        header=lambda n, m: ("Landskrona stad", "Kultur- och fritidsnämnden"),
        footer=lambda n, m: ("Verksamhetsberättelse 2025", "Fastställd av nämnden 2026-02-17", f"{n}"),
        header_size=8.0,
    )
    table = CommentTable(
        header=("Verksamhet, tkr", "Budget", "Utfall", "Avvikelse", "Kommentar"),
        rows=(
            (
                ("Nämnd och ledning", "4 150", "3 890", "260"),
                "Lägre kostnader för arvoden då färre sammanträden hölls än planerat.",
                C(
                    "Nämnd och ledning",
                    "260",
                    "+",
                    "ovrigt",
                    unit="tkr",
                    table=True,
                    note=ROW + " Fees are ovrigt.",
                ),
            ),
            (
                ("Bibliotek", "28 400", "28 950", "−550"),
                "Meröppet infördes på två filialbibliotek under våren. Larm och passersystem blev dyrare än beräknat.",
                C("Bibliotek", "−550", "-", "it_digitalisering", unit="tkr", table=True, note=ROW),
            ),
            (
                ("Kulturskola", "19 700", "19 540", "160"),
                "Budgeten i stort sett i balans.",
                BP("Kulturskola", note="'i stort sett i balans' beside a row of 160: boilerplate."),
            ),
            (
                ("Museum och konsthall", "15 200", "16 180", "−980"),
                "Utställningen om stadens fästningshistoria drog högre kostnader för transporter och försäkringar "
                "än budgeterat. Entréintäkterna blev samtidigt lägre än beräknat då besökarna var 18 procent färre "
                "än planerat.",
                C(
                    "Museum och konsthall",
                    "−980",
                    "-",
                    "avgifter_intakter",
                    "volymer",
                    unit="tkr",
                    table=True,
                    note=ROW + " The percentage is not the amount.",
                ),
            ),
            (
                ("Idrottsanläggningar", "48 600", "49 710", "−1 110"),
                "Energikostnaderna för ishallen och simhallen blev högre än budgeterat. Simhallen var dessutom "
                "stängd i sex veckor för reparation av bassängduken, vilket gav lägre intäkter.",
                C(
                    "Idrottsanläggningar",
                    "−1 110",
                    "-",
                    "prisokningar",
                    "ovrigt",
                    "avgifter_intakter",
                    unit="tkr",
                    table=True,
                    note=ROW + " A closure for repair is ovrigt.",
                ),
            ),
            (
                ("Fritidsgårdar", "18 900", "18 320", "580"),
                "Två tjänster som fritidsledare har varit vakanta under hösten.",
                C("Fritidsgårdar", "580", "+", "vakanser", unit="tkr", table=True, note=ROW),
            ),
            (
                ("Föreningsbidrag", "7 350", "7 350", "0"),
                "Utfallet motsvarar budget.",
                BP("Föreningsbidrag", note="A zero row's 'motsvarar budget': boilerplate."),
            ),
            (("Summa", "142 300", "143 940", "−1 640"), "", None),
        ),
        widths=(118.0, 48.0, 48.0, 52.0),
        size=8.5,
    )
    blocks = [
        Title("Verksamhetsberättelse 2025", size=20, font="arial-bold", after=3),
        Title("Kultur- och fritidsnämnden", size=13, font="arial", after=14),
        H("Ekonomisk sammanfattning", 2),
        P(
            "Nämnden redovisar för 2025 ett negativt resultat på 1 640 tkr jämfört med tilldelad budgetram om "
            "142 300 tkr. Det motsvarar en avvikelse på 1,2 procent.",
            C(None, "1 640 tkr", "-", note="The year's result against the frame, no reasons: no tags."),
        ),
        P(
            "I delårsrapporten per augusti prognostiserades ett underskott på 2 100 tkr. Utfallet blev alltså 460 "
            "tkr bättre än prognosen, främst tack vare att uthyrningen av ishallen ökade under hösten.",
            F(None, "460 tkr", "+", "avgifter_intakter", note="The outcome against the interim forecast."),
        ),
        P(
            "Nettokostnaderna har ökat med 4,8 procent jämfört med 2024, vilket framför allt beror på hyreshöjningen "
            "för Kulturhuset.",
            O(None, note="Net cost growth against the previous year: other."),
        ),
        H("Driftredovisning per verksamhet", 2),
        table,
        H("Investeringar", 2),
        P(
            "Av investeringsramen på 6,2 mnkr har 4,9 mnkr förbrukats. Konstgräsplanen på Kvarnbackens IP blev klar "
            "i oktober till en kostnad som understeg kalkylen med 0,8 mnkr, och inköpet av en ny ismaskin har skjutits "
            "till 2026.",
            C(
                "Investeringar",
                "6,2 mnkr har 4,9 mnkr",
                "+",
                "periodisering",
                value=1_300_000,
                note="Under-spending of 1,3 mnkr never written out: the computed value. The 0,8 mnkr is a part.",
            ),
        ),
        H("Åtgärder inför 2026", 2),
        P(
            "Nämnden har beslutat att höja taxan för vuxna föreningars uthyrning av idrottshallar med 10 procent från "
            "den 1 april 2026, vilket beräknas ge 350 tkr i ökade intäkter.",
            A("Idrottsanläggningar", "350 tkr", "avgifter_intakter"),
        ),
        H("Framtid", 2),
        P(
            "Kostnaderna för el och fjärrvärme är fortsatt osäkra, och nämnden bedömer att underskottet inom "
            "idrottsanläggningarna riskerar att bestå även 2026.",
            O("Idrottsanläggningar", note="A risk for next year: other."),
        ),
    ]
    return ReportSpec(
        file="landskrona-kfn-verksamhetsberattelse-2025.pdf",
        report={
            "municipality": ["Landskrona", "Landskrona stad"],
            "committee": ["Kultur- och fritidsnämnden"],
            "period": ["2025", "2025-12"],
            "report_type": "verksamhetsberättelse",
        },
        metadata={
            "title": "Verksamhetsberättelse 2025 Kultur- och fritidsnämnden",
            "author": "Landskrona stad",
        },
        style=style,
        blocks=blocks,
    )
