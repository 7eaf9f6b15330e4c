"""Region Uppsala, Sjukhusstyrelsen, månadsrapport oktober 2025.

A region's hospital board month report whose result table is pasted as an image (every amount in the prose),
footer with the board's meeting in November: the period "268 miljoner kronor sämre än budget för perioden"
after an accumulated level and the full year "en negativ budgetavvikelse på 320 miljoner kronor" after the
forecast level (two items), the change since last month with a "varav" part (a forecast change); kostnadsslag
in separate paragraphs: personnel "överstiger budget med 176 miljoner kronor", hired staff "94 miljoner kronor
högre än budgeterat", drugs whose forecast level (1,86 miljarder) and "4,5 procent över budget" are not the
amount (null), and one sentence with revenue from other regions "62 miljoner kronor högre" and targeted grants
"38 miljoner kronor lägre" (two items) and other costs "i nivå med budget" (boilerplate); en-dash bullets per
hospital under a generic heading ("Akademiska sjukhuset: −281 mnkr mot budget.", "redovisar ett underskott på
27 mnkr", "Sjukhusgemensamt och service: −12 mnkr."); investments "46 miljoner kronor lägre än budget"; two
actions (one with a target), staff numbers against last year and a risk (others). Liberation Sans 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Bullets, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=10.0,
        leading=1.38,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(64.0, 78.0, 64.0, 72.0),
        header=lambda n, m: ("Region Uppsala", "Sjukhusstyrelsen"),
        footer=lambda n, m: ("Månadsrapport oktober 2025", "Sjukhusstyrelsen 2025-11-27", f"Sida {n} av {m}"),
        header_size=8.0,
        rule_under_header=True,
    )
    result = Table(
        caption="Resultaträkning Sjukhusstyrelsen, mnkr",
        header=(("", "Utfall jan–okt", "Budget jan–okt", "Avvikelse", "Prognos helår", "Avvikelse helår"),),
        rows=(
            ("Verksamhetens intäkter", "11 942", "11 918", "24", "14 351", "24"),
            ("Personalkostnader", "-6 284", "-6 137", "-147", "-7 540", "-176"),
            ("Inhyrd personal", "-298", "-219", "-79", "-357", "-94"),
            ("Läkemedel", "-1 561", "-1 494", "-67", "-1 860", "-80"),
            ("Övriga kostnader", "-4 211", "-4 212", "1", "-5 084", "6"),
            ("Resultat", "-412", "-144", "-268", "-490", "-320"),
        ),
        widths=(140.0, 70.0, 74.0, 58.0, 70.0, 74.0),
        bold_rows=frozenset({5}),
        rules=True,
        shade=(0.9, 0.92, 0.96),
        size=8.5,
        as_image=True,
    )
    blocks = [
        Title("Månadsrapport oktober 2025", size=19, font="arial-bold", after=2),
        Title("Sjukhusstyrelsen – Akademiska sjukhuset och Lasarettet i Enköping", size=11.5, font="arial"),
        H("Ekonomiskt resultat", 2),
        P(
            "Sjukhusstyrelsens ackumulerade resultat till och med oktober är −412 miljoner kronor, vilket är 268 "
            "miljoner kronor sämre än budget för perioden.",
            C(None, "268 miljoner kronor", "-", note="The period; the accumulated level is not the amount."),
        ),
        P(
            "Helårsprognosen uppgår till −490 miljoner kronor, en negativ budgetavvikelse på 320 miljoner kronor.",
            C(None, "320 miljoner kronor", "-", note="The full year; the forecast level is not the amount."),
        ),
        P(
            "Jämfört med föregående månads prognos är det en försämring med 25 miljoner kronor, varav 15 miljoner "
            "kronor avser högre kostnader för hyrsjuksköterskor.",
            F(
                None,
                "25 miljoner kronor",
                "-",
                "inhyrd_personal",
                note="One item with the total; the 'varav' is a part.",
            ),
        ),
        result,
        H("Avvikelser per kostnadsslag", 2),
        P(
            "Personalkostnaderna överstiger budget med 176 miljoner kronor. Det förklaras av fler anställda än i "
            "budgeten, av övertid och av att ersättningen för obekväm arbetstid höjdes i det nya avtalet.",
            C("Personalkostnader", "176 miljoner kronor", "-", "bemanning", "overtid", "lonekostnader"),
        ),
        P(
            "Kostnaderna för inhyrd personal är 94 miljoner kronor högre än budgeterat, främst inom anestesi- och "
            "operationssjukvården och på akutmottagningen.",
            C("Inhyrd personal", "94 miljoner kronor", "-", "inhyrd_personal"),
        ),
        P(
            "Läkemedelskostnaderna blir högre än budget. Prognosen för läkemedel är 1,86 miljarder kronor, vilket är "
            "4,5 procent över budget, och ökningen finns främst inom cancerbehandling och nya särläkemedel.",
            C(
                "Läkemedel",
                None,
                "-",
                "material_hjalpmedel",
                note="The forecast level and a percentage are not the deviation; the table is an image: null.",
            ),
        ),
        P(
            "Intäkterna för vård av patienter från andra regioner är 62 miljoner kronor högre än budget, vilket "
            "delvis vägs upp av att de riktade statsbidragen för kortare vårdköer blir 38 miljoner kronor lägre.",
            C(
                "Intäkter för vård av patienter från andra regioner",
                "62 miljoner kronor",
                "+",
                "avgifter_intakter",
                note="Two areas with their own amounts in one sentence: two items.",
                also=(C("Riktade statsbidrag", "38 miljoner kronor", "-", "statsbidrag"),),
            ),
        ),
        P("Övriga kostnader ligger i nivå med budget.", BP("Övriga kostnader")),
        H("Avvikelser per verksamhetsområde", 2),
        Bullets(
            (
                "Akademiska sjukhuset: −281 mnkr mot budget. Högre personalkostnader och inhyrd personal inom akut- "
                "och operationsverksamheten.",
                "Lasarettet i Enköping redovisar ett underskott på 27 mnkr, i huvudsak till följd av att den "
                "planerade ortopediska volymen inte har flyttats över från Akademiska sjukhuset i den takt som "
                "budgeten förutsatt.",
                "Sjukhusgemensamt och service: −12 mnkr. Kostnaderna för el och fjärrvärme har ökat mer än "
                "budgeterat.",
            ),
            labels=(
                C("Akademiska sjukhuset", "−281 mnkr", "-", "bemanning", "inhyrd_personal"),
                C(
                    "Lasarettet i Enköping",
                    "27 mnkr",
                    "-",
                    "volymer",
                    note="Planned volumes not moved over: fewer patients, lower revenue.",
                ),
                C("Sjukhusgemensamt och service", "−12 mnkr", "-", "prisokningar"),
            ),
            glyph="–",
        ),
        H("Investeringar", 2),
        P(
            "Investeringarna i medicinteknisk utrustning beräknas till 182 miljoner kronor, 46 miljoner kronor lägre "
            "än budget, då upphandlingen av två nya magnetkameror har överprövats.",
            C("Investeringar", "46 miljoner kronor", "+", "periodisering", note="Investment under-spending."),
        ),
        H("Åtgärder", 2),
        PS(
            (
                "Sjukhusstyrelsen beslutade i september om en handlingsplan med målet att minska kostnaderna med "
                "120 miljoner kronor under 2026.",
                A(None, "120 miljoner kronor"),
            ),
            (
                "Under hösten har beroendet av hyrsjuksköterskor minskat med 20 procent genom en gemensam "
                "resursenhet.",
                A(None, None, "inhyrd_personal"),
            ),
        ),
        H("Personal och risker", 2),
        P(
            "Antalet anställda har ökat med 214 årsarbetare jämfört med oktober 2024.",
            O(None, note="Staff numbers against the previous year."),
        ),
        P(
            "Det finns en risk att bristen på vårdplatser under vintern leder till ytterligare kostnader för "
            "övertid och överbeläggningar.",
            O(None, note="A risk."),
        ),
    ]
    return ReportSpec(
        file="region-uppsala-shs-manadsrapport-2025-10.pdf",
        report={
            "municipality": "Region Uppsala",
            "committee": ["Sjukhusstyrelsen"],
            "period": ["2025-10"],
            "report_type": "månadsrapport",
        },
        metadata={"title": "Månadsrapport oktober 2025 Sjukhusstyrelsen", "author": "Region Uppsala"},
        style=style,
        blocks=blocks,
    )
