"""Skaraborgsvatten (kommunalförbund), Direktionen, årsredovisning 2025.

A drinking-water kommunalförbund's annual report in "Mkr", footer with the direktion's meeting date in March:
a context paragraph with volumes (unlabelled); the result "1,6 Mkr bättre än det budgeterade resultatet";
a summary income statement whose note says "+" is better than budget; bold run-in kostnadsslag ending in a
full stop, one whose lead carries the amount ("Intäkter +1,9 Mkr."), "blev 1,2 Mkr högre än budget, dels …
dels", a reason-only deficit (the row's "-0,6"), "gav ett överskott på 0,6 Mkr", a "respektive" pair of
depreciation and finance net with a shared reason, "i nivå med budget" (boilerplate); investments "34,7 Mkr,
att jämföra med en budget på 52,0 Mkr" (17,3 never written out); the outcome against the interim forecast
with its cause; equity and volumes against 2024 with "beror på" (others) and an action. DejaVu Serif
Condensed 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import BP, LP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="serif-cond",
        bold="serif-cond-bold",
        italic="serif-italic",
        size=10.0,
        leading=1.4,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("serif-cond-bold", "serif-cond-bold", "serif-cond-bold"),
        margins=(68.0, 80.0, 68.0, 74.0),
        header=lambda n, m: ("Skaraborgsvatten", "Årsredovisning 2025"),
        footer=lambda n, m: ("Direktionen 2026-03-13", "", f"{n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Resultaträkning i sammandrag, Mkr (avvikelse: + bättre än budget, - sämre än budget)",
        header=(("", "Budget 2025", "Utfall 2025", "Avvikelse"),),
        rows=(
            ("Verksamhetens intäkter", "96,4", "98,3", "+1,9"),
            ("Personalkostnader", "-24,1", "-23,5", "+0,6"),
            ("Energi", "-11,8", "-13,0", "-1,2"),
            ("Kemikalier och material", "-6,3", "-6,9", "-0,6"),
            ("Övriga kostnader", "-18,2", "-18,2", "0,0"),
            ("Avskrivningar", "-28,6", "-28,0", "+0,6"),
            ("Finansnetto", "-6,2", "-5,9", "+0,3"),
            ("Årets resultat", "1,2", "2,8", "+1,6"),
        ),
        widths=(170.0, 76.0, 76.0, 70.0),
        bold_rows=frozenset({7}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Årsredovisning 2025", size=20, font="serif-cond-bold", after=2),
        Title("Skaraborgsvatten – kommunalförbund", size=12.5, font="serif-cond", after=14),
        H("Förvaltningsberättelse", 2),
        P(
            "Förbundet producerar och levererar dricksvatten från Vättern till medlemskommunerna. Under 2025 "
            "levererades 9,4 miljoner kubikmeter vatten, och förbundet hade i genomsnitt 31 anställda."
        ),
        H("Ekonomiskt resultat", 2),
        P(
            "Årets resultat blev 2,8 Mkr, vilket är 1,6 Mkr bättre än det budgeterade resultatet på 1,2 Mkr.",
            C(None, "1,6 Mkr", "+"),
        ),
        table,
        LP(
            "Intäkter +1,9 Mkr.",
            "Avgifterna från medlemskommunerna bygger på levererad volym, och den torra sommaren gav en högre "
            "förbrukning än normalt.",
            C(
                "Verksamhetens intäkter",
                "+1,9 Mkr",
                "+",
                "avgifter_intakter",
                "volymer",
                note="The run-in lead carries the amount.",
            ),
        ),
        LP(
            "Energi.",
            "Elkostnaden för pumpning och UV-behandling blev 1,2 Mkr högre än budget, dels på grund av högre "
            "elpriser under vintermånaderna, dels på grund av de större volymerna.",
            C("Energi", "1,2 Mkr", "-", "prisokningar", "volymer"),
        ),
        LP(
            "Kemikalier och material.",
            "Förbrukningen av fällningskemikalier ökade när råvattnets kvalitet försämrades under hösten.",
            C(
                "Kemikalier och material",
                "-0,6",
                "-",
                "material_hjalpmedel",
                unit="mkr",
                table=True,
                note="A reason only: the table row's cell.",
            ),
        ),
        LP(
            "Personalkostnader.",
            "En vakant tjänst som driftingenjör under halva året gav ett överskott på 0,6 Mkr.",
            C("Personalkostnader", "0,6 Mkr", "+", "vakanser"),
        ),
        LP(
            "Avskrivningar och finansnetto.",
            "Avskrivningarna och finansnettot blev 0,6 respektive 0,3 Mkr lägre än budgeterat, eftersom "
            "färdigställandet av den nya reservvattenledningen försenades.",
            C(
                "Avskrivningar",
                "0,6",
                "+",
                "periodisering",
                unit="mkr",
                note="A 'respektive' pair with a shared reason (the delay): two items with the same tags.",
                also=(C("Finansnetto", "0,3 Mkr", "+", "periodisering"),),
            ),
        ),
        LP("Övriga kostnader.", "Övriga kostnader blev i nivå med budget.", BP("Övriga kostnader")),
        H("Investeringar", 2),
        P(
            "Investeringarna uppgick till 34,7 Mkr, att jämföra med en budget på 52,0 Mkr. Avvikelsen beror på att "
            "upphandlingen av reservvattenledningen fick göras om.",
            C(
                "Investeringar",
                "34,7 Mkr, att jämföra med en budget på 52,0 Mkr",
                "+",
                "periodisering",
                value=17_300_000,
                note="An under-spend of 17,3 Mkr, never written out: the computed value.",
            ),
        ),
        H("Jämförelse med delårsrapporten", 2),
        P(
            "I delårsrapporten per augusti prognostiserades ett resultat på 1,5 Mkr. Utfallet blev 1,3 Mkr bättre, "
            "framför allt på grund av de höga levererade volymerna under september.",
            F(None, "1,3 Mkr", "+", "volymer"),
        ),
        H("Eget kapital och verksamhetsmått", 2),
        P(
            "Förbundets egna kapital uppgår efter årets resultat till 41,6 Mkr. Balanskravet är uppfyllt.",
            O(None, "reserver", note="Equity and balanskrav: other."),
        ),
        P(
            "Levererad volym ökade med 4 procent jämfört med 2024, vilket beror på den varma och torra sommaren.",
            O(None, "volymer", note="Volumes against the previous year: other."),
        ),
        H("Åtgärder", 2),
        P(
            "Direktionen har beslutat att teckna ett fastprisavtal för el för 2026–2027 för att minska känsligheten "
            "för prisvariationer.",
            A("Energi", None, "prisokningar"),
        ),
    ]
    return ReportSpec(
        file="skaraborgsvatten-arsredovisning-2025.pdf",
        report={
            "municipality": ["Skaraborgsvatten", "Kommunalförbundet Skaraborgsvatten"],
            "committee": ["Direktionen", "Förbundsdirektionen"],
            "period": ["2025", "2025-12"],
            "report_type": "årsredovisning",
        },
        metadata={"title": "Årsredovisning 2025 Skaraborgsvatten", "author": "Skaraborgsvatten"},
        style=style,
        blocks=blocks,
    )
