"""Västra Götalandsregionen, Styrelsen för Närhälsan, månadsrapport april 2026.

A region's primary-care month report in DejaVu Sans 9.5 pt in "miljoner kronor", footer with the styrelse's
meeting date in May: the period "21,9 miljoner kronor sämre än budget för perioden" and the full year "en
negativ budgetavvikelse på 45 miljoner kronor" in two sentences (two items), the change since March with a
"varav" part; a result table with period and full-year deviations and U+2212 minus signs; level-three
headings per verksamhet: a three-sentence paragraph whose first sentence carries the full year ("den största
delen av underskottet, 31 miljoner kronor på helåret") with a period cost of hired staff that is a part, a
reason-only deficit (the full-year cell "−4,5"), "prognostiserar tillsammans −6,0 miljoner kronor, varav …",
"ett överskott på 1,5 miljoner kronor", "belastar Närhälsan med 5 miljoner kronor utöver budget"; personnel
cost growth and the share of hired staff (others); action bullets under a heading; investments "6 miljoner
kronor lägre än investeringsramen".

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Bullets, H, P, ReportSpec, Style, Table, Title

from reports.common import A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.4,
        para_gap=6.5,
        heading_sizes=(14.0, 11.5, 10.0),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(64.0, 80.0, 64.0, 74.0),
        header=lambda n, m: ("Västra Götalandsregionen", "Närhälsan"),
        footer=lambda n, m: ("Styrelsen för Närhälsan, sammanträde 2026-05-21", "", f"Sida {n} av {m}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Ekonomiskt resultat per verksamhetsområde, miljoner kronor",
        header=(
            ("Verksamhetsområde", "Utfall", "Avvikelse", "Prognos", "Budgetavvikelse"),
            ("", "jan–apr", "jan–apr", "helår", "helår"),
        ),
        rows=(
            ("Vårdcentraler", "−29,8", "−14,6", "−49,0", "−31,0"),
            ("Rehabilitering", "−3,9", "−2,1", "−6,5", "−4,5"),
            ("Barnmorske- och ungdomsmottagningar", "1,6", "0,8", "3,0", "1,5"),
            ("Specialistmottagningar", "−3,1", "−3,4", "−6,0", "−6,0"),
            ("Gemensamt och ledning", "−3,2", "−2,6", "−3,5", "−5,0"),
            ("Närhälsan totalt", "−38,4", "−21,9", "−62,0", "−45,0"),
        ),
        widths=(180.0, 56.0, 62.0, 56.0, 86.0),
        bold_rows=frozenset({5}),
        rules=True,
        size=8.5,
        shade=(0.88, 0.92, 0.88),
    )
    blocks = [
        Title("Månadsrapport april 2026", size=18, font="sans-bold", after=2),
        Title("Styrelsen för Närhälsan", size=12, font="sans", after=12),
        H("Ekonomiskt resultat", 2),
        PS(
            (
                "Närhälsans resultat för januari–april är −38,4 miljoner kronor, vilket är 21,9 miljoner kronor "
                "sämre än budget för perioden.",
                C(None, "21,9 miljoner kronor", "-", note="The period's deviation in a sentence of its own."),
            ),
            (
                "Helårsprognosen är −62 miljoner kronor, en negativ budgetavvikelse på 45 miljoner kronor.",
                C(
                    None,
                    "45 miljoner kronor",
                    "-",
                    note="The full year: the deviation, not the level, is the amount.",
                ),
            ),
        ),
        P(
            "Prognosen har försämrats med 8 miljoner kronor sedan mars, varav 5 miljoner kronor avser lägre "
            "ersättning i vårdvalet.",
            F(
                None,
                "8 miljoner kronor",
                "-",
                "avgifter_intakter",
                note="A 'varav' part: the total is the amount.",
            ),
        ),
        table,
        H("Vårdcentraler", 3),
        P(
            "Vårdcentralerna står för den största delen av underskottet, 31 miljoner kronor på helåret. Bristen på "
            "specialister i allmänmedicin gör att många enheter är beroende av hyrläkare, och kostnaden för inhyrd "
            "personal var 42 miljoner kronor under perioden. Antalet listade invånare har dessutom minskat med "
            "3 200 sedan december, vilket sänker ersättningen.",
            C(
                "Vårdcentraler",
                "31 miljoner kronor",
                "-",
                "vakanser",
                "inhyrd_personal",
                "volymer",
                note="The hired-staff cost for the period is a level, not the amount.",
            ),
        ),
        H("Rehabilitering", 3),
        P(
            "Högre kostnader för hjälpmedel och förbrukningsmaterial samt för lokaler i de nya rehabenheterna i "
            "Borås och Uddevalla.",
            C(
                "Rehabilitering",
                "−4,5",
                "-",
                "material_hjalpmedel",
                "lokaler",
                unit="mnkr",
                table=True,
                note="Reason only: the full-year cell of the row.",
            ),
        ),
        H("Specialistmottagningar", 3),
        P(
            "Mottagningarna för hud och ögon prognostiserar tillsammans −6,0 miljoner kronor, varav "
            "ögonmottagningarna −4,2 miljoner kronor, till följd av lägre ersättning för remisser än budgeterat och "
            "höga lönekostnader efter lönerevisionen.",
            C(
                "Specialistmottagningar",
                "−6,0 miljoner kronor",
                "-",
                "avgifter_intakter",
                "lonekostnader",
                note="A 'varav' part: one item with the total.",
            ),
        ),
        H("Barnmorske- och ungdomsmottagningar", 3),
        P(
            "Verksamheten redovisar ett överskott på 1,5 miljoner kronor för helåret beroende på vakanta "
            "barnmorsketjänster.",
            C("Barnmorske- och ungdomsmottagningar", "1,5 miljoner kronor", "+", "vakanser"),
        ),
        H("Gemensamt och ledning", 3),
        P(
            "Kostnaderna för införandet av det nya journalsystemet belastar Närhälsan med 5 miljoner kronor utöver "
            "budget.",
            C("Gemensamt och ledning", "5 miljoner kronor", "-", "it_digitalisering"),
        ),
        H("Personal", 2),
        P(
            "Personalkostnaderna exklusive inhyrd personal är 2,4 procent högre än samma period föregående år.",
            O(None, note="Cost growth against the previous year: other."),
        ),
        P(
            "Kostnaden för inhyrd personal motsvarar 6,8 procent av de totala personalkostnaderna, jämfört med "
            "regionens mål på högst 2 procent.",
            O(None, "inhyrd_personal", note="A share against a goal: other."),
        ),
        H("Åtgärder", 2),
        Bullets(
            (
                "Avveckling av hyrläkare på fem vårdcentraler under maj och juni, med en beräknad effekt på "
                "6 miljoner kronor för helåret.",
                "Samordning av rehabenheternas lokaler i Sjuhärad.",
            ),
            labels=(
                A("Vårdcentraler", "6 miljoner kronor", "inhyrd_personal"),
                A("Rehabilitering", None, "lokaler"),
            ),
        ),
        H("Investeringar", 2),
        P(
            "Investeringarna i medicinteknisk utrustning beräknas uppgå till 24 miljoner kronor, vilket är "
            "6 miljoner kronor lägre än investeringsramen.",
            C("Investeringar", "6 miljoner kronor", "+", note="Investment under-spending, no reason."),
        ),
    ]
    return ReportSpec(
        file="region-vastra-gotaland-narhalsan-manadsrapport-2026-04.pdf",
        report={
            "municipality": ["Region Västra Götaland", "Västra Götalandsregionen"],
            "committee": ["Styrelsen för Närhälsan", "Närhälsan"],
            "period": ["2026-04"],
            "report_type": "månadsrapport",
        },
        metadata={"title": "Månadsrapport april 2026 Närhälsan", "author": "Västra Götalandsregionen"},
        style=style,
        blocks=blocks,
    )
