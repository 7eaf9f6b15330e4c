"""Kommunalförbundet Sjukvård och omsorg i Norrtälje, Förbundsdirektionen, delårsrapport augusti 2025.

A joint body of a region and a kommun that buys health care and elderly care (the region-style health-care
report of this set), DejaVu Serif 9.5 pt with DejaVu Sans Condensed headings, footer with the direktion's
meeting date in October: the period's result "−12,6 mnkr, att jämföra med ett periodiserat budgeterat resultat
på 0 mnkr" (the result is the amount), the period's reason in the next sentence (amount null), the full year
"ett underskott på 21,0 mnkr mot budget" in a paragraph of its own; a table with a trailing minus for deficits
("14,8-") and "+"; then bullets under a generic heading: health care "beräknas överskrida budgeten med 14,8
mnkr" with a "varav" part and drugs, hired doctors and care in other regions, a possessive "Äldreomsorgens
underskott på 9,2 mnkr" with a price-rise percentage, "1,6 mnkr bättre än budget" after a colon, a bullet
opened by "Hjälpmedel – 1,1 mnkr." with a spaced en dash, the area after "För" ("För förbundets kansli
beräknas ett överskott om 2,5 mnkr"); the members' contributions "följer budget" (boilerplate); the change
since April with a "varav"; an action with its effect, an uncertainty, the equity and the members' duty to cover a deficit
(others). 8 scored causes.

The body is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Bullets, H, P, ReportSpec, Space, Style, Table, Title

from reports.common import BP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="serif",
        bold="serif-bold",
        italic="serif-italic",
        size=9.5,
        leading=1.4,
        para_gap=6.5,
        heading_sizes=(14.5, 11.5, 10.0),
        heading_fonts=("cond-bold", "cond-bold", "cond-bold"),
        margins=(68.0, 78.0, 68.0, 74.0),
        header=lambda n, m: ("Kommunalförbundet Sjukvård och omsorg i Norrtälje", "Delårsrapport 2025"),
        footer=lambda n, m: ("Förbundsdirektionen 2025-10-08", "", f"Sida {n} av {m}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Prognos 2025 per område, mnkr (minus efter beloppet = underskott)",
        header=(("Område", "Budget", "Prognos", "Avvikelse"),),
        rows=(
            ("Hälso- och sjukvård", "1 214,0", "1 228,8", "14,8-"),
            ("Äldreomsorg", "706,5", "715,7", "9,2-"),
            ("Stöd till personer med funktionsnedsättning", "88,2", "86,6", "+1,6"),
            ("Hjälpmedel", "19,4", "20,5", "1,1-"),
            ("Förbundets kansli", "31,7", "29,2", "+2,5"),
            ("Medlemsbidrag", "-2 059,8", "-2 059,8", "0,0"),
            ("Summa", "0,0", "21,0", "21,0-"),
        ),
        widths=(210.0, 70.0, 70.0, 70.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Delårsrapport januari–augusti 2025", size=19, font="cond-bold", after=2),
        Title("Kommunalförbundet Sjukvård och omsorg i Norrtälje", size=12, font="serif-italic", after=12),
        H("Ekonomiskt resultat", 2),
        PS(
            (
                "Förbundets resultat för perioden januari–augusti uppgår till −12,6 mnkr, att jämföra med ett "
                "periodiserat budgeterat resultat på 0 mnkr.",
                C(
                    None,
                    "−12,6 mnkr",
                    "-",
                    note="A period result against a periodised budgeted result of zero.",
                ),
            ),
            (
                "Periodens underskott beror till stor del på sommarens höga kostnader för hyrläkare och "
                "sjuksköterskor från bemanningsföretag.",
                C(
                    None,
                    None,
                    "-",
                    "inhyrd_personal",
                    note="The period deficit's reason apart from its amount: a cause with amount null.",
                ),
            ),
        ),
        P(
            "Helårsprognosen är ett underskott på 21,0 mnkr mot budget.",
            C(None, "21,0 mnkr", "-", note="The full year in a paragraph of its own."),
        ),
        table,
        Space(8),
        H("Kommentarer per område", 2),
        Bullets(
            (
                "Hälso- och sjukvården beräknas överskrida budgeten med 14,8 mnkr, varav utomlänsvården står för 6,1 "
                "mnkr. Därutöver ökar kostnaderna för läkemedel, och akutmottagningen har behövt hyrläkare under "
                "sommaren.",
                "Äldreomsorgens underskott på 9,2 mnkr beror på att antalet beviljade hemtjänsttimmar har ökat mer än "
                "beräknat och på att ersättningen till de privata utförarna räknades upp med 3,5 procent.",
                "Stöd till personer med funktionsnedsättning: 1,6 mnkr bättre än budget, eftersom två planerade "
                "platser i gruppbostad ännu inte har tagits i bruk.",
                "Hjälpmedel – 1,1 mnkr. Fler förskrivningar av elrullstolar och dyrare vårdsängar efter den nya "
                "upphandlingen.",
                "För förbundets kansli beräknas ett överskott om 2,5 mnkr till följd av en vakant tjänst som utredare "
                "och lägre kostnader för konsultstöd.",
            ),
            labels=(
                C(
                    "Hälso- och sjukvård",
                    "14,8 mnkr",
                    "-",
                    "kopt_verksamhet",
                    "material_hjalpmedel",
                    "inhyrd_personal",
                    note="One item with the total for a 'varav' part; care in other regions is kopt_verksamhet, "
                    "drugs material_hjalpmedel.",
                ),
                C(
                    "Äldreomsorg",
                    "9,2 mnkr",
                    "-",
                    "volymer",
                    "kopt_verksamhet",
                    "prisokningar",
                    note="A possessive names the area; the percentage is not the amount.",
                ),
                C("Stöd till personer med funktionsnedsättning", "1,6 mnkr", "+", "periodisering"),
                C(
                    "Hjälpmedel",
                    "– 1,1 mnkr",
                    "-",
                    "material_hjalpmedel",
                    "volymer",
                    "prisokningar",
                    note="A spaced en dash as minus sign after the area.",
                ),
                C(
                    "Förbundets kansli",
                    "2,5 mnkr",
                    "+",
                    "vakanser",
                    "inhyrd_personal",
                    note="The area after 'För'.",
                ),
            ),
        ),
        P(
            "Medlemsbidragen från Region Stockholm och Norrtälje kommun följer budget.",
            BP("Medlemsbidrag"),
        ),
        H("Förändring sedan april", 2),
        P(
            "Jämfört med prognosen i april har underskottet ökat med 7,4 mnkr, varav 4,0 mnkr avser läkemedel.",
            F(None, "7,4 mnkr", "-", "material_hjalpmedel", note="The total of a 'varav' part."),
        ),
        H("Åtgärder", 2),
        P(
            "Direktionen har gett förbundsdirektören i uppdrag att i dialog med vårdgivarna ta fram en åtgärdsplan, "
            "med målet att minska kostnaderna med 8 mnkr på helårsbasis.",
            A(None, "8 mnkr"),
        ),
        P(
            "Kostnaderna för utomlänsvård under hösten är osäkra, eftersom flera patienter väntar på planerade "
            "operationer i andra regioner.",
            O("Hälso- och sjukvård", note="An uncertainty: other."),
        ),
        H("Eget kapital och finansiering", 2),
        P(
            "Förbundets egna kapital uppgick vid årsskiftet till 34,5 mnkr.",
            O(None, note="Equity: other."),
        ),
        P(
            "Enligt förbundsordningen ska medlemmarna täcka ett underskott som inte kan hanteras inom det egna "
            "kapitalet, i proportion till sina andelar.",
            O(None, note="A financing statement: other."),
        ),
    ]
    return ReportSpec(
        file="sjukvard-och-omsorg-i-norrtalje-delarsrapport-2025-08.pdf",
        report={
            "municipality": [
                "Sjukvård och omsorg i Norrtälje",
                "Kommunalförbundet Sjukvård och omsorg i Norrtälje",
                "KSON",
            ],
            "committee": ["Förbundsdirektionen", "Direktionen"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={
            "title": "Delårsrapport januari–augusti 2025",
            "author": "Kommunalförbundet Sjukvård och omsorg i Norrtälje",
        },
        style=style,
        blocks=blocks,
    )
