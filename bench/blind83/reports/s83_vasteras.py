"""Västerås stad, Utbildnings- och arbetsmarknadsnämnden, tertialrapport 1 2026.

An upper-secondary, adult-education and labour-market committee's tertial report, footer with the decision
date in May: the full year "−14,0 mnkr" with a reason in the next sentence (one item), then the period "3,1
mnkr bättre" with its timing reason (one item); the result table pasted as an image (its figures only in
the picture); two columns of plain headings whose prose carries the amount in varied shapes ("visar ett
underskott om 9,8 mnkr", "beräknas kosta 5,6 mnkr mer än budgeterat", "ett positivt resultat mot budget,
2,9 mnkr", the amount in a second sentence "Underskottet uppgår till 2,4 mnkr") and a reason-only surplus
whose amount lives only in the image (amount null); two action bullets, one with "cirka 2 mnkr", and a
possible grant that could lower the deficit (other). DejaVu Sans 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import Bullets, Columns, H, P, PageBreak, ReportSpec, Style, Table, Title

from reports.common import A, C, O


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.4,
        para_gap=6.0,
        heading_sizes=(15.0, 11.5, 10.0),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(60.0, 78.0, 60.0, 72.0),
        gutter=20.0,
        header=lambda n, m: ("Västerås stad", "Utbildnings- och arbetsmarknadsnämnden"),
        footer=lambda n, m: ("Tertialrapport 1 2026", "Beslutad 2026-05-26", f"Sida {n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Prognos 2026 per verksamhet, mnkr",
        header=(("Verksamhet", "Budget", "Prognos", "Avvikelse"),),
        rows=(
            ("Gymnasieskola", "1 182,0", "1 191,8", "-9,8"),
            ("Vuxenutbildning", "214,6", "220,2", "-5,6"),
            ("Arbetsmarknad", "146,3", "143,4", "2,9"),
            ("SFI", "88,7", "91,1", "-2,4"),
            ("Gemensamt", "61,4", "60,5", "0,9"),
            ("Summa", "1 693,0", "1 707,0", "-14,0"),
        ),
        widths=(160.0, 80.0, 80.0, 80.0),
        bold_rows=frozenset({5}),
        rules=True,
        size=9.0,
        as_image=True,
    )
    blocks = [
        Title("Tertialrapport 1 2026", size=18, font="sans-bold", after=2),
        Title("Utbildnings- och arbetsmarknadsnämnden", size=12, font="sans", after=12),
        H("Ekonomi", 1),
        P(
            "Nämnden prognostiserar ett resultat på −14,0 mnkr för helåret 2026. Underskottet finns framför allt inom "
            "gymnasieskolan, där elevantalet är högre än budgeterat, och inom vuxenutbildningen.",
            C(None, "−14,0 mnkr", "-", "volymer", note="The full year with its reason in the next sentence."),
        ),
        P(
            "Jämfört med budgeten för januari–april är utfallet 3,1 mnkr bättre. Det positiva periodresultatet beror "
            "på att statsbidraget för regional yrkesvux har betalats ut i förskott.",
            C(
                None,
                "3,1 mnkr",
                "+",
                "statsbidrag",
                "periodisering",
                note="The period with its timing reason.",
            ),
        ),
        table,
        H("Verksamheternas avvikelser", 2),
        Columns(2),
        H("Gymnasieskola", 3),
        P(
            "Gymnasieskolans prognos visar ett underskott om 9,8 mnkr. Elevantalet i de kommunala gymnasieskolorna "
            "är 140 fler än i budgeten, samtidigt som ersättningarna till andra huvudmän för elever som väljer "
            "skolor i Eskilstuna och Uppsala har ökat.",
            C("Gymnasieskola", "9,8 mnkr", "-", "volymer", "kopt_verksamhet"),
        ),
        H("Vuxenutbildning", 3),
        P(
            "Vuxenutbildningen beräknas kosta 5,6 mnkr mer än budgeterat. Det beror främst på att yrkesvux har fått "
            "fler deltagare än statsbidraget täcker.",
            C("Vuxenutbildning", "5,6 mnkr", "-", "volymer", "statsbidrag"),
        ),
        H("Arbetsmarknad", 3),
        P(
            "Arbetsmarknadsenheten redovisar ett positivt resultat mot budget, 2,9 mnkr, eftersom färre personer än "
            "planerat har anvisats till kommunala extratjänster och lönebidragen från Arbetsförmedlingen har blivit "
            "högre.",
            C("Arbetsmarknad", "2,9 mnkr", "+", "volymer", "statsbidrag"),
        ),
        H("SFI", 3),
        P(
            "Inom SFI har antalet elever minskat kraftigt, men lärarresurserna har inte kunnat anpassas i samma "
            "takt. Underskottet uppgår till 2,4 mnkr.",
            C("SFI", "2,4 mnkr", "-", "volymer", "bemanning", note="The amount in the second sentence."),
        ),
        H("Gemensamt", 3),
        P(
            "De gemensamma kostnaderna blir lägre än budgeterat eftersom införandet av det nya elevadministrativa "
            "systemet har försenats till hösten.",
            C(
                "Gemensamt",
                None,
                "+",
                "it_digitalisering",
                "periodisering",
                note="Reason only, the table is an image: amount null.",
            ),
        ),
        PageBreak(),
        Columns(1),
        H("Åtgärder", 2),
        Bullets(
            (
                "Antagningen till gymnasieskolans introduktionsprogram ses över inför hösten.",
                "Vuxenutbildningen begränsar antalet nya kursstarter inom yrkesvux under juni och augusti, vilket "
                "minskar kostnaderna med cirka 2 mnkr.",
            ),
            labels=(A("Gymnasieskola", None, "volymer"), A("Vuxenutbildning", "cirka 2 mnkr", "volymer")),
        ),
        H("Risker och möjligheter", 2),
        P(
            "Om regeringen beslutar om utökade medel för yrkesvux i vårändringsbudgeten kan underskottet inom "
            "vuxenutbildningen minska med upp till 3 mnkr.",
            O("Vuxenutbildning", "statsbidrag", note="A possibility, not a deviation."),
        ),
    ]
    return ReportSpec(
        file="vasteras-uan-tertialrapport-2026-04.pdf",
        report={
            "municipality": "Västerås",
            "committee": ["Utbildnings- och arbetsmarknadsnämnden"],
            "period": ["2026-04"],
            "report_type": "tertialrapport",
        },
        metadata={
            "title": "Tertialrapport 1 2026 Utbildnings- och arbetsmarknadsnämnden",
            "author": "Västerås stad",
        },
        style=style,
        blocks=blocks,
    )
