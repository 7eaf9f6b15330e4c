"""Gemensamma hjälpmedelsnämnden, Hjälpmedelscentrum Västmanland, delårsrapport 1 2026 (januari–april).

A joint committee's interim report (Region Västmanland and the county's kommuner share the assistive-devices
centre), set in DejaVu Sans Condensed 9.5 pt, footer with the nämnd's meeting date in May: the period's result
"+2,3 mnkr, att jämföra med ett periodiserat budgeterat resultat på 0 mnkr", the full year's "underskott på 1,5
mnkr mot budget" and the period surplus's timing reason in three paragraphs; a result table in tkr with a
trailing minus ("3 700-"); bold run-in kostnadsslag ending in a full stop: rental revenue "2,8 mnkr högre
intäkter", a reason-only row ("900-"), vacancies "en positiv avvikelse på 750 tkr", price rises "8–12 procent"
(a rate) before "överstiger budget med 3,7 mnkr", transport "650 tkr högre kostnader än budgeterat" and premises
that "följer budget" (boilerplate beside "200"); investments above their frame "Av investeringsramen på 28,0
mnkr … beräknas 31,5 mnkr" (3,5 never written out, an overrun), an action, the sharing of a deficit between the
principals and orders against last year (others).

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import BP, LP, A, C, O


def spec() -> ReportSpec:
    style = Style(
        body="cond",
        bold="cond-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.4,
        para_gap=6.0,
        heading_sizes=(15.0, 11.5, 10.0),
        heading_fonts=("cond-bold", "cond-bold", "cond-bold"),
        margins=(64.0, 78.0, 64.0, 72.0),
        header=lambda n, m: ("Hjälpmedelscentrum Västmanland", "Delårsrapport 1 2026"),
        footer=lambda n, m: ("Gemensamma hjälpmedelsnämnden 2026-05-22", "", f"{n} ({m})"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Resultaträkning 2026, tkr (avvikelse: minus = sämre än budget)",
        header=(("", "Budget 2026", "Prognos 2026", "Avvikelse"),),
        rows=(
            ("Hyresintäkter", "118 500", "121 300", "2 800"),
            ("Försäljning och service", "24 600", "23 700", "900-"),
            ("Personalkostnader", "52 400", "51 650", "750"),
            ("Hjälpmedel och avskrivningar", "61 200", "64 900", "3 700-"),
            ("Transporter", "9 800", "10 450", "650-"),
            ("Lokalkostnader", "19 700", "19 500", "200"),
            ("Resultat", "0", "1 500-", "1 500-"),
        ),
        widths=(180.0, 80.0, 80.0, 80.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Delårsrapport 1 2026", size=19, font="cond-bold", after=3),
        Title(
            "Hjälpmedelscentrum Västmanland – Gemensamma hjälpmedelsnämnden", size=12, font="cond", after=12
        ),
        H("Ekonomi", 2),
        P(
            "Hjälpmedelscentrum redovisar för januari–april ett resultat på +2,3 mnkr, att jämföra med ett "
            "periodiserat budgeterat resultat på 0 mnkr.",
            C(None, "+2,3 mnkr", "+", note="The period's result against a budgeted result of zero."),
        ),
        P(
            "För helåret prognostiseras ett underskott på 1,5 mnkr mot budget.",
            C(None, "1,5 mnkr", "-"),
        ),
        P(
            "Överskottet för perioden beror på att de stora inköpen av elrullstolar och sängar görs under hösten, "
            "när de nya ramavtalen börjar gälla.",
            C(
                None,
                None,
                "+",
                "periodisering",
                "material_hjalpmedel",
                note="The period surplus's reason in a paragraph of its own: amount null.",
            ),
        ),
        table,
        H("Kommentarer till prognosen", 3),
        LP(
            "Hyresintäkter.",
            "Antalet uthyrda hjälpmedel har ökat med 6 procent jämfört med budgeten, framför allt till kommunernas "
            "hemtjänst, vilket ger 2,8 mnkr högre intäkter än budgeterat.",
            C("Hyresintäkter", "2,8 mnkr", "+", "volymer", "avgifter_intakter"),
        ),
        LP(
            "Försäljning och service.",
            "Regionens beställningar av specialanpassningar har minskat.",
            C(
                "Försäljning och service",
                "900-",
                "-",
                "volymer",
                unit="tkr",
                table=True,
                note="Reasons only: the row's cell with a trailing minus.",
            ),
        ),
        LP(
            "Personalkostnader.",
            "Två teknikertjänster och en konsulenttjänst har varit vakanta under våren, vilket ger en positiv "
            "avvikelse på 750 tkr.",
            C("Personalkostnader", "750 tkr", "+", "vakanser"),
        ),
        LP(
            "Hjälpmedel och avskrivningar.",
            "Prisökningar på 8–12 procent i de nya ramavtalen för elrullstolar och lyftar gör att kostnaderna "
            "överstiger budget med 3,7 mnkr.",
            C(
                "Hjälpmedel och avskrivningar",
                "3,7 mnkr",
                "-",
                "prisokningar",
                "material_hjalpmedel",
                note="The percentages are rates, not the amount.",
            ),
        ),
        LP(
            "Transporter.",
            "Högre bränslekostnader och ett nytt avtal för leveranser till Sala och Fagersta ger 650 tkr högre "
            "kostnader än budgeterat.",
            C("Transporter", "650 tkr", "-", "prisokningar", "material_hjalpmedel"),
        ),
        LP(
            "Lokalkostnader.",
            "Lokalkostnaderna följer budget.",
            BP("Lokalkostnader", note="200 in the table."),
        ),
        H("Investeringar", 2),
        P(
            "Av investeringsramen på 28,0 mnkr för hjälpmedel som hyrs ut beräknas 31,5 mnkr användas, eftersom "
            "efterfrågan på hyreshjälpmedel är högre än väntat.",
            C(
                "Investeringar",
                "Av investeringsramen på 28,0 mnkr för hjälpmedel som hyrs ut beräknas 31,5 mnkr",
                "-",
                "volymer",
                value=3_500_000,
                note="An overrun of 3,5 mnkr never written out: the computed value, negative.",
            ),
        ),
        H("Åtgärder och finansiering", 2),
        P(
            "Nämnden har gett förvaltningen i uppdrag att se över prislistan för uthyrning inför 2027, så att "
            "prisökningarna i ramavtalen täcks.",
            A(None, None, "prisokningar"),
        ),
        P(
            "Ett eventuellt underskott fördelas mellan regionen och kommunerna enligt samverkansavtalet, efter "
            "respektive huvudmans andel av uthyrningen.",
            O(None, note="The financing of a deficit: other."),
        ),
        P(
            "Antalet beställningar har ökat med 4,9 procent jämfört med samma period 2025.",
            O(None, note="Volumes against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="hjalpmedelscentrum-vastmanland-delarsrapport-2026-04.pdf",
        report={
            "municipality": [
                "Gemensamma hjälpmedelsnämnden",
                "Hjälpmedelscentrum Västmanland",
                "Hjälpmedelsnämnden i Västmanland",
                "Region Västmanland",
            ],
            "committee": ["Gemensamma hjälpmedelsnämnden", "Hjälpmedelsnämnden", "Gemensam hjälpmedelsnämnd"],
            "period": ["2026-04"],
            "report_type": "delårsrapport",
        },
        metadata={
            "title": "Delårsrapport 1 2026 Hjälpmedelscentrum Västmanland",
            "author": "Region Västmanland",
        },
        style=style,
        blocks=blocks,
    )
