"""Region Uppsala, Hälso- och sjukvårdsstyrelsen, tertialrapport april 2026 (habilitering, hörsel och tolk).

A region's health-care tertial report for one of the styrelse's verksamhetsområden, in mnkr and "miljoner
kronor" with U+2212 minus signs (DejaVu Sans Condensed), footer with the styrelse's meeting date in May: the
result after April "−6,4 mnkr, att jämföra med ett periodiserat budgeterat resultat på 0 mnkr" (the result is
the amount), the full year "Helårsprognosen är −14 mnkr" with its reasons in the next sentence, the change
since March without a cause; bullets under a generic heading ("Resultat per verksamhetsområde") in varied
shapes: a colon lead "Tolkverksamheten: −7,2 mnkr.", "beräknas gå 5,1 miljoner kronor back", "ett överskott
om 2,3 mnkr", "För vuxenhabiliteringen är prognosen −1,9 mnkr", two areas that "bedöms hålla budget" (two
boilerplate items), "ett underskott på 2,1 mnkr (−1,6 i mars)" with last month's figure in brackets;
personnel costs and bought services as percentages in one sentence (two items, amount null: there is no
table); interpreting assignments against 2025 (other), an action with a full-year effect and investments
"4,5 mnkr lägre än budgeten på 11 mnkr". 10 scored causes. DejaVu Sans Condensed 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import Bullets, H, P, ReportSpec, Style, Title

from reports.common import BP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="cond",
        bold="cond-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.42,
        para_gap=6.5,
        heading_sizes=(15.0, 11.5, 10.0),
        heading_fonts=("cond-bold", "cond-bold", "cond-bold"),
        margins=(62.0, 76.0, 62.0, 72.0),
        header=lambda n, m: ("Region Uppsala", "Tertialrapport 1 2026"),
        footer=lambda n, m: ("Hälso- och sjukvårdsstyrelsen 2026-05-21", "HSS2026-0318", f"{n} ({m})"),
        header_size=8.0,
        rule_under_header=True,
    )
    blocks = [
        Title("Tertialrapport 1 2026", size=19, font="cond-bold", after=2),
        Title(
            "Hälso- och sjukvårdsstyrelsen – habilitering, hörsel och tolk", size=12, font="cond", after=12
        ),
        H("Ekonomiskt resultat", 2),
        P(
            "Verksamhetsområdet Habilitering, hörsel och tolk redovisar ett resultat efter april på −6,4 mnkr, att jämföra med ett "
            "periodiserat budgeterat resultat på 0 mnkr.",
            C(None, "−6,4 mnkr", "-", note="The period's result against a zero budgeted result: the result."),
        ),
        P(
            "Helårsprognosen är −14 mnkr. Det är främst kostnaderna för tolktjänster och för hörapparater inom "
            "hörselverksamheten som ökar snabbare än intäkterna.",
            C(
                None,
                "−14 mnkr",
                "-",
                "kopt_verksamhet",
                "material_hjalpmedel",
                note="A budgeted result of zero: the forecast is the deviation. Hearing aids are material_hjalpmedel.",
            ),
        ),
        P(
            "Prognosen har försämrats med 3 mnkr sedan marsuppföljningen.",
            F(None, "3 mnkr", "-"),
        ),
        H("Resultat per verksamhetsområde", 2),
        Bullets(
            (
                "Tolkverksamheten: −7,2 mnkr. Efterfrågan på språktolk har ökat kraftigt och en större andel av "
                "uppdragen går till upphandlade tolkförmedlingar, som är dyrare än de egna tolkarna.",
                "Hörselverksamheten beräknas gå 5,1 miljoner kronor back. Antalet utprovade hörapparater är 12 "
                "procent högre än budgeterat och priset på implantat har stigit.",
                "Barn- och ungdomshabiliteringen prognostiserar ett överskott om 2,3 mnkr till följd av vakanta "
                "psykolog- och logopedtjänster.",
                "För vuxenhabiliteringen är prognosen −1,9 mnkr. Hyran för de nya lokalerna i Enköping blev högre än "
                "budgeterat och flytten har gett dubbla hyror under två månader.",
                "Syncentralen och Hjälpmedelsrådgivningen bedöms hålla budget.",
                "Förvaltningsgemensamt visar ett underskott på 2,1 mnkr (−1,6 i mars), eftersom införandet av det "
                "nya journalsystemet kräver extra utbildningstid och licenser.",
            ),
            labels=(
                C("Tolkverksamheten", "−7,2 mnkr", "-", "volymer", "kopt_verksamhet"),
                C(
                    "Hörselverksamheten",
                    "5,1 miljoner kronor",
                    "-",
                    "volymer",
                    "material_hjalpmedel",
                    "prisokningar",
                ),
                C("Barn- och ungdomshabiliteringen", "2,3 mnkr", "+", "vakanser"),
                C("Vuxenhabiliteringen", "−1,9 mnkr", "-", "lokaler"),
                BP(
                    "Syncentralen",
                    note="Two areas that keep the budget: two boilerplate items.",
                    also=(BP("Hjälpmedelsrådgivningen"),),
                ),
                C(
                    "Förvaltningsgemensamt",
                    "2,1 mnkr",
                    "-",
                    "it_digitalisering",
                    note="March's figure in brackets is not the amount.",
                ),
            ),
            glyph="•",
        ),
        H("Kostnadsutveckling", 2),
        P(
            "Personalkostnaderna ligger 2,2 procent under budget för perioden, medan kostnaderna för köpta tjänster "
            "ligger 18 procent över.",
            C(
                "Personalkostnader",
                None,
                "+",
                note="Percentages only and no table: two items, amount null.",
                also=(C("Köpta tjänster", None, "-", "kopt_verksamhet"),),
            ),
        ),
        P(
            "Antalet tolkuppdrag ökade med 16 procent jämfört med samma period 2025.",
            O("Tolkverksamheten", "volymer", note="Volumes against the previous year."),
        ),
        H("Åtgärder", 2),
        P(
            "Förvaltningen har startat ett arbete för att öka andelen distanstolkning, vilket beräknas sänka "
            "kostnaderna med 2 mnkr på helårsbasis.",
            A("Tolkverksamheten", "2 mnkr", "kopt_verksamhet"),
        ),
        H("Investeringar", 2),
        P(
            "Investeringarna i medicinteknisk utrustning beräknas bli 4,5 mnkr lägre än budgeten på 11 mnkr, "
            "eftersom upphandlingen av ny audiometriutrustning har överprövats.",
            C("Investeringar", "4,5 mnkr", "+", "periodisering", note="Investment under-spending."),
        ),
    ]
    return ReportSpec(
        file="region-uppsala-hss-tertialrapport-2026-04.pdf",
        report={
            "municipality": "Region Uppsala",
            "committee": ["Hälso- och sjukvårdsstyrelsen"],
            "period": ["2026-04"],
            "report_type": "tertialrapport",
        },
        metadata={
            "title": "Tertialrapport 1 2026 Hälso- och sjukvårdsstyrelsen",
            "author": "Region Uppsala",
        },
        style=style,
        blocks=blocks,
    )
