"""Region Uppsala, Primärvårdsstyrelsen, månadsrapport oktober 2025.

A region's primary-care month report in Liberation Sans whose result table is pasted as an image (every
amount lives in the prose or the headings), footer with the styrelse's meeting date in November and a
diarienummer: the accumulated period "27,6 miljoner kronor sämre än periodens budget" and the full year
"underskott mot budget på 35 miljoner kronor" as two sentences (two items), the change since September with
its cause; headings that carry the area and amount ("Hälsocentraler i egen regi −22 mnkr", "Vårdval,
ersättning till privata vårdgivare +6 mnkr", "… ±0 mnkr" over "Verksamheten följer budget", a boilerplate
cause), two health centres "−8,1 respektive −6,4 miljoner kronor" inside the first heading's paragraph (their
own items), drugs whose level after October (486 miljoner kronor) is not the amount, a reason-only surplus
for the joint functions whose amount exists only in the image (null); actions as bullets under a lead-in
sentence, one with an effect, and a risk (other).

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Bullets, H, P, Para, ReportSpec, Style, Table, Title

from reports.common import BP, HP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=10.0,
        leading=1.4,
        para_gap=6.5,
        heading_sizes=(15.0, 12.5, 10.5),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(64.0, 80.0, 64.0, 74.0),
        header=lambda n, m: ("Region Uppsala", "Månadsrapport oktober 2025"),
        footer=lambda n, m: ("Primärvårdsstyrelsen 2025-11-20", "Diarienummer PVS2025-0412", f"{n} ({m})"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Resultat per verksamhetsområde, miljoner kronor",
        header=(("Verksamhetsområde", "Budget helår", "Utfall jan–okt", "Prognos helår", "Avvikelse"),),
        rows=(
            ("Hälsocentraler i egen regi", "1 148", "982", "1 170", "−22"),
            ("Vårdval, privata vårdgivare", "612", "498", "606", "6"),
            ("Barnmorskemottagningar och BHV", "96", "80", "96", "0"),
            ("Rehabilitering och psykoterapi", "184", "162", "193", "−9"),
            ("Läkemedel", "568", "486", "580", "−12"),
            ("Gemensamma funktioner", "74", "58", "72", "2"),
            ("Summa", "2 682", "2 266", "2 717", "−35"),
        ),
        widths=(160.0, 72.0, 76.0, 72.0, 62.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=9.0,
        as_image=True,
    )
    blocks = [
        Title("Månadsrapport oktober 2025", size=19, font="arial-bold", after=2),
        Title("Primärvårdsstyrelsen", size=12.5, font="arial", after=12),
        H("Sammanfattning", 2),
        PS(
            (
                "Primärvården redovisar ett ackumulerat resultat på −41,3 miljoner kronor efter oktober, vilket är "
                "27,6 miljoner kronor sämre än periodens budget.",
                C(None, "27,6 miljoner kronor", "-", note="The period: its own sentence and item."),
            ),
            (
                "Helårsprognosen är ett underskott mot budget på 35 miljoner kronor.",
                C(None, "35 miljoner kronor", "-", note="The full year: its own sentence and item."),
            ),
            (
                "Det är en försämring med 5 miljoner kronor sedan septemberprognosen, som beror på ökade kostnader "
                "för hyrsjuksköterskor under hösten.",
                F(None, "5 miljoner kronor", "-", "inhyrd_personal"),
            ),
        ),
        table,
        H("Avvikelser per verksamhetsområde", 2),
        Para(
            (
                (
                    "Underskottet förklaras av hyrläkare och hyrsjuksköterskor på hälsocentralerna i Tierp, "
                    "Östhammar och Heby, där flera tjänster har varit vakanta sedan våren. Därtill har vårdpengen "
                    "minskat när fler invånare har listat sig på privata hälsocentraler.",
                    C(
                        "Hälsocentraler i egen regi",
                        "−22 mnkr",
                        "-",
                        "inhyrd_personal",
                        "vakanser",
                        "volymer",
                        note="The heading carries the area and amount; the image table has no text layer.",
                    ),
                ),
                (
                    "Hälsocentralerna i Tierp och Östhammar står för −8,1 respektive −6,4 miljoner kronor av "
                    "underskottet.",
                    C(
                        "Hälsocentralen Tierp",
                        "−8,1",
                        "-",
                        unit="mnkr",
                        note="Sub-areas inside another area's paragraph: their own items ('respektive').",
                        also=(C("Hälsocentralen Östhammar", "−6,4 miljoner kronor", "-"),),
                    ),
                ),
            ),
            head="Hälsocentraler i egen regi −22 mnkr",
            head_level=3,
        ),
        HP(
            "Vårdval, ersättning till privata vårdgivare +6 mnkr",
            "Ersättningen till privata hälsocentraler blir lägre än budgeterat eftersom antalet besök har legat "
            "under prognosen sedan sommaren.",
            C("Vårdval, ersättning till privata vårdgivare", "+6 mnkr", "+", "kopt_verksamhet", "volymer"),
        ),
        HP(
            "Barnmorskemottagningar och barnhälsovård ±0 mnkr",
            "Verksamheten följer budget.",
            BP("Barnmorskemottagningar och barnhälsovård"),
        ),
        HP(
            "Rehabilitering och psykoterapi −9 mnkr",
            "Kostnaderna för fysioterapi och psykoterapi inom vårdvalet har ökat kraftigt sedan "
            "ersättningsnivåerna räknades upp i mars, och verksamheten har dessutom högre personalkostnader än "
            "budgeterat efter lönerevisionen.",
            C(
                "Rehabilitering och psykoterapi",
                "−9 mnkr",
                "-",
                "kopt_verksamhet",
                "prisokningar",
                "lonekostnader",
            ),
        ),
        Para(
            (
                (
                    "Läkemedelskostnaderna överstiger budget med 12 miljoner kronor, i första hand på grund av ökad "
                    "förskrivning av diabetes- och viktminskningsläkemedel.",
                    C(
                        "Läkemedel",
                        "12 miljoner kronor",
                        "-",
                        "material_hjalpmedel",
                        "volymer",
                        note="The level after October in the next sentence is not the amount.",
                    ),
                ),
                ("Kostnaden för läkemedel uppgick till 486 miljoner kronor efter oktober.", None),
            ),
            head="Läkemedel −12 mnkr",
            head_level=3,
        ),
        H("Gemensamma funktioner", 3),
        P(
            "Överskottet kommer från lägre IT-kostnader än planerat, eftersom införandet av det nya "
            "journalsystemet i primärvården har senarelagts till 2026.",
            C(
                "Gemensamma funktioner",
                None,
                "+",
                "it_digitalisering",
                "periodisering",
                note="Reason only, and the table is an image: amount null.",
            ),
        ),
        H("Åtgärder", 2),
        P("Förvaltningen arbetar med följande åtgärder för att minska underskottet:"),
        Bullets(
            items=(
                "gemensam rekrytering av specialister i allmänmedicin till de tre hälsocentralerna i norra "
                "länsdelen",
                "avveckling av hyrsjuksköterskor vid årsskiftet, med en beräknad besparing om 4 miljoner kronor "
                "under 2026.",
            ),
            labels=(
                A("Hälsocentraler i egen regi", None, "vakanser"),
                A("Hälsocentraler i egen regi", "4 miljoner kronor", "inhyrd_personal"),
            ),
            glyph="–",
        ),
        H("Risker", 2),
        P(
            "Det finns en risk att läkemedelskostnaderna ökar ytterligare under november och december om "
            "förskrivningen fortsätter att öka i samma takt.",
            O("Läkemedel", "material_hjalpmedel", note="A risk: other."),
        ),
    ]
    return ReportSpec(
        file="region-uppsala-pvs-manadsrapport-2025-10.pdf",
        report={
            "municipality": "Region Uppsala",
            "committee": ["Primärvårdsstyrelsen"],
            "period": ["2025-10"],
            "report_type": "månadsrapport",
        },
        metadata={"title": "Månadsrapport oktober 2025 Primärvårdsstyrelsen", "author": "Region Uppsala"},
        style=style,
        blocks=blocks,
    )
