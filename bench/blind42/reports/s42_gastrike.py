"""Gästrike Räddningstjänst (kommunalförbund), Direktionen, budgetuppföljning januari–oktober 2025.

A fire and rescue kommunalförbund's month follow-up in Liberation Sans with a diarienummer and "Sida n (m)" in
the footer and the direktion's meeting date in November: the full-year result "–2,3 mnkr" against a budgeted
zero result (the result is the deviation), the members' contributions "utbetalas enligt budget"
(boilerplate), the change since the August forecast with its cause in the next sentence; a kostnadsslag table
in tkr with hyphen-minus; run-ins whose bold lead is the subject of the sentence
("Personalkostnaderna överskrids med 1,4 mnkr"): revenue that "når inte upp till budget och väntas bli 1,2
mnkr lägre", drought and vacancies, "kostar 1,2 mnkr mer än budgeterat", a reason-only surplus (the row's
"500"), "ger ett överskott på 700 tkr", depreciation "0,3 mnkr lägre än budgeterat"; investments with the
budget, the period's outcome and the forecast as levels and "en positiv avvikelse på 10,5 mnkr"; an action
with its effect, equity covering the deficit and part-time firefighters against last year with "beror på"
(others). Liberation Sans 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import BP, LP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=9.5,
        leading=1.38,
        para_gap=6.0,
        heading_sizes=(15.0, 12.0, 10.0),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(60.0, 78.0, 60.0, 72.0),
        gutter=22.0,
        header=lambda n, m: ("Gästrike Räddningstjänst", "Budgetuppföljning oktober 2025"),
        footer=lambda n, m: ("Direktionen 2025-11-27", "Dnr 2025/118-04", f"Sida {n} ({m})"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Prognos 2025 per kostnadsslag, tkr",
        header=(("Kostnadsslag", "Budget 2025", "Prognos 2025", "Avvikelse"),),
        rows=(
            ("Medlemsbidrag", "196 800", "196 800", "0"),
            ("Externa intäkter", "18 400", "17 200", "-1 200"),
            ("Personalkostnader", "-162 300", "-163 700", "-1 400"),
            ("Fordon och materiel", "-15 900", "-17 100", "-1 200"),
            ("Lokalkostnader", "-21 600", "-21 100", "500"),
            ("Utbildning och övning", "-4 200", "-3 500", "700"),
            ("Övriga kostnader", "-7 100", "-7 100", "0"),
            ("Avskrivningar och finansnetto", "-4 100", "-3 800", "300"),
            ("Resultat", "0", "-2 300", "-2 300"),
        ),
        widths=(180.0, 80.0, 80.0, 76.0),
        bold_rows=frozenset({8}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Budgetuppföljning januari–oktober 2025", size=18, font="arial-bold", after=2),
        Title("Gästrike Räddningstjänstförbund", size=12.5, font="arial", after=12),
        H("Sammanfattning", 2),
        P(
            "Förbundet prognostiserar ett helårsresultat på –2,3 mnkr. Med ett budgeterat nollresultat innebär det en "
            "lika stor negativ avvikelse mot budget.",
            C(None, "–2,3 mnkr", "-", note="A budgeted zero result: the forecast result is the deviation."),
        ),
        P(
            "Medlemskommunernas bidrag – från Gävle, Sandviken, Hofors, Ockelbo och Älvkarleby – utbetalas enligt "
            "budget.",
            BP("Medlemsbidrag"),
        ),
        P(
            "Jämfört med augustiprognosen har resultatet försämrats med 0,8 mnkr. Det beror på att reparationerna av "
            "fordonsparken har blivit dyrare än beräknat.",
            F(None, "0,8 mnkr", "-", "material_hjalpmedel"),
        ),
        table,
        H("Kommentarer per kostnadsslag", 2),
        LP(
            "Externa intäkter",
            "når inte upp till budget och väntas bli 1,2 mnkr lägre. Antalet debiterbara onödiga automatlarm har "
            "minskat sedan flera larmkunder har bytt till ny detektorteknik.",
            C(
                "Externa intäkter",
                "1,2 mnkr",
                "-",
                "avgifter_intakter",
                "volymer",
                note="The bold lead is the subject of the sentence.",
            ),
        ),
        LP(
            "Personalkostnaderna",
            "överskrids med 1,4 mnkr. Under sommarens torka hade förbundet ovanligt många deltidsbrandmän i "
            "förstärkt beredskap, och övertiden i heltidsstyrkan i Gävle har ökat när två befälstjänster har stått "
            "vakanta.",
            C(
                "Personalkostnader",
                "1,4 mnkr",
                "-",
                "ovrigt",
                "overtid",
                "vakanser",
                note="The drought is ovrigt.",
            ),
        ),
        LP(
            "Fordon och materiel",
            "kostar 1,2 mnkr mer än budgeterat. Två höjdfordon har haft omfattande motorhaverier, och priserna på "
            "reservdelar har stigit.",
            C("Fordon och materiel", "1,2 mnkr", "-", "material_hjalpmedel", "prisokningar"),
        ),
        LP(
            "Lokalkostnaderna",
            "blir lägre än budget sedan hyresavtalet för stationen i Hofors har omförhandlats.",
            C(
                "Lokalkostnader",
                "500",
                "+",
                "lokaler",
                unit="tkr",
                table=True,
                note="Reasons only: the table row's cell.",
            ),
        ),
        LP(
            "Utbildning och övning",
            "ger ett överskott på 700 tkr. Flera kurser vid MSB:s skolor har ställts in, och övningsverksamheten "
            "begränsades under brandriskperioden.",
            C(
                "Utbildning och övning",
                "700 tkr",
                "+",
                "ovrigt",
                note="Cancelled courses and a fire-risk period.",
            ),
        ),
        LP(
            "Avskrivningar och finansnetto",
            "blir 0,3 mnkr lägre än budgeterat eftersom leveransen av en ny släckbil har försenats.",
            C("Avskrivningar och finansnetto", "0,3 mnkr", "+", "periodisering"),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsbudgeten för 2025 är 24,0 mnkr. Utfallet till och med oktober är 9,6 mnkr och "
            "helårsprognosen 13,5 mnkr, vilket ger en positiv avvikelse på 10,5 mnkr. Den nya släckbilen till "
            "stationen i Ockelbo levereras först i mars 2026.",
            C(
                "Investeringar",
                "10,5 mnkr",
                "+",
                "periodisering",
                "material_hjalpmedel",
                note="Budget, outcome and forecast as levels, then the deviation.",
            ),
        ),
        H("Åtgärder", 2),
        P(
            "Direktionen har beslutat att övningar utanför ordinarie arbetstid ska begränsas under resten av året, "
            "vilket beräknas minska övertidskostnaderna med 250 tkr.",
            A("Personalkostnader", "250 tkr", "overtid"),
        ),
        H("Eget kapital och personal", 2),
        P(
            "Underskottet täcks av förbundets egna kapital, som vid årets början uppgick till 18,7 mnkr.",
            O(None, "reserver", note="Equity covering the deficit."),
        ),
        P(
            "Förbundet hade 164 anställda deltidsbrandmän den 31 oktober, tolv färre än vid samma tid 2024, vilket "
            "beror på svårigheter att rekrytera i Ockelbo och Hofors.",
            O(None, "vakanser", note="Staff numbers against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="gastrike-raddningstjanst-budgetuppfoljning-2025-10.pdf",
        report={
            "municipality": [
                "Gästrike Räddningstjänst",
                "Gästrike Räddningstjänstförbund",
                "Kommunalförbundet Gästrike Räddningstjänst",
            ],
            "committee": ["Direktionen", "Förbundsdirektionen"],
            "period": ["2025-10"],
            "report_type": "budgetuppföljning",
        },
        metadata={
            "title": "Budgetuppföljning oktober 2025 Gästrike Räddningstjänst",
            "author": "Gästrike Räddningstjänst",
        },
        style=style,
        blocks=blocks,
    )
