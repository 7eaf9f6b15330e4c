"""Södra Roslagens miljö- och hälsoskyddsförbund (kommunalförbund), Förbundsdirektionen, årsredovisning 2025.

An environmental-health kommunalförbund's annual report in tkr, footer with the direktion's adoption date in
March: the year's result "ett underskott på 640 tkr mot ett budgeterat nollresultat", the outcome "260 tkr
bättre än prognosen" in the interim report (a forecast change with the interim level); a table with every
negative in brackets ("(1 050)", "(22 300)") and last year's outcome; bold run-in posts whose lead carries the
amount ("Tillsynsavgifter (1 050 tkr).") or not: fees "gav 320 tkr mer i intäkter än budgeterat", a possessive
"Överskottet på 600 tkr beror på", a reason-only IT post (the row's "(640)") with consultants, a post
"Marginellt över budget." with no reason (the row's "(80)"), a grant "210 tkr högre än budget", members' fees
that "följde budget" (boilerplate); equity, balanskrav and a goal not met "vilket beror på vakanserna"
(others). DejaVu Sans Condensed 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import BP, LP, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="cond",
        bold="cond-bold",
        italic="sans-italic",
        size=10.0,
        leading=1.4,
        para_gap=7.0,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("cond-bold", "cond-bold", "cond-bold"),
        margins=(68.0, 78.0, 68.0, 74.0),
        header=lambda n, m: ("Södra Roslagens miljö- och hälsoskyddsförbund", "Årsredovisning 2025"),
        footer=lambda n, m: ("Fastställd av förbundsdirektionen 2026-03-12", "", f"{n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Driftredovisning 2025, tkr (negativa tal inom parentes)",
        header=(("", "Budget 2025", "Utfall 2025", "Avvikelse", "Utfall 2024"),),
        rows=(
            ("Medlemsavgifter", "14 800", "14 800", "0", "14 200"),
            ("Tillsynsavgifter", "11 600", "10 550", "(1 050)", "10 900"),
            ("Timavgifter och prövning", "3 200", "3 520", "320", "3 050"),
            ("Statsbidrag och övriga intäkter", "400", "610", "210", "380"),
            ("Personalkostnader", "(22 900)", "(22 300)", "600", "(21 700)"),
            ("Lokalkostnader", "(2 600)", "(2 680)", "(80)", "(2 550)"),
            ("IT och övriga kostnader", "(4 500)", "(5 140)", "(640)", "(4 200)"),
            ("Årets resultat", "0", "(640)", "(640)", "80"),
        ),
        widths=(150.0, 68.0, 68.0, 62.0, 68.0),
        bold_rows=frozenset({7}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Årsredovisning 2025", size=20, font="cond-bold", after=2),
        Title("Södra Roslagens miljö- och hälsoskyddsförbund", size=12.5, font="cond", after=14),
        H("Förvaltningsberättelse", 1),
        P(
            "Förbundet utövar tillsyn och prövning enligt miljöbalken, livsmedelslagstiftningen och "
            "tobakslagstiftningen åt sina medlemskommuner. Under året genomfördes 2 310 tillsynsbesök och "
            "förbundet hanterade 1 480 ansökningar och anmälningar."
        ),
        H("Ekonomiskt resultat", 2),
        P(
            "Årets resultat blev ett underskott på 640 tkr mot ett budgeterat nollresultat.",
            C(None, "640 tkr", "-"),
        ),
        P(
            "Utfallet blev 260 tkr bättre än prognosen i delårsrapporten, då underskottet bedömdes till 900 tkr.",
            F(None, "260 tkr", "+", note="The interim forecast's level is not the amount."),
        ),
        table,
        H("Kommentarer till driftredovisningen", 3),
        LP(
            "Tillsynsavgifter (1 050 tkr).",
            "Den årliga tillsynsavgiften för livsmedelsanläggningar fakturerades för färre objekt än planerat, "
            "eftersom registret rensades från nedlagda verksamheter under våren. Den nya modellen med "
            "efterhandsdebitering infördes dessutom först i oktober.",
            C(
                "Tillsynsavgifter",
                "(1 050 tkr)",
                "-",
                "avgifter_intakter",
                "volymer",
                note="A run-in lead that carries the amount in brackets: part of the item.",
            ),
        ),
        LP(
            "Timavgifter och prövning.",
            "Fler ansökningar om värmepumpar och enskilda avlopp än beräknat gav 320 tkr mer i intäkter än "
            "budgeterat.",
            C("Timavgifter och prövning", "320 tkr", "+", "avgifter_intakter", "volymer"),
        ),
        LP(
            "Statsbidrag och övriga intäkter.",
            "Intäkterna blev 210 tkr högre än budget tack vare ett bidrag från Länsstyrelsen för inventering av "
            "förorenade områden.",
            C("Statsbidrag och övriga intäkter", "210 tkr", "+", "statsbidrag"),
        ),
        LP(
            "Personalkostnader.",
            "Överskottet på 600 tkr beror på att två inspektörstjänster var vakanta under delar av året och på "
            "föräldraledigheter som inte ersattes fullt ut.",
            C("Personalkostnader", "600 tkr", "+", "vakanser"),
        ),
        LP(
            "Lokalkostnader.",
            "Marginellt över budget.",
            C(
                "Lokalkostnader",
                "(80)",
                "-",
                unit="tkr",
                table=True,
                note="A deviation without a reason, not 'i balans': a scored cause with the row's cell.",
            ),
        ),
        LP(
            "IT och övriga kostnader.",
            "Bytet av ärendehanteringssystem blev dyrare än beräknat, med dubbla licenskostnader under hösten och "
            "konsultstöd vid flytten av gamla ärenden.",
            C(
                "IT och övriga kostnader",
                "(640)",
                "-",
                "it_digitalisering",
                "inhyrd_personal",
                unit="tkr",
                table=True,
                note="A reason only: the row's cell. Consultants are inhyrd_personal.",
            ),
        ),
        LP("Medlemsavgifter.", "Medlemskommunernas avgifter följde budget.", BP("Medlemsavgifter")),
        H("Eget kapital och balanskrav", 2),
        P(
            "Det egna kapitalet uppgår efter årets underskott till 2 310 tkr.",
            O(None, "reserver", note="Equity."),
        ),
        P(
            "Balanskravsresultatet är negativt och ska enligt kommunallagen återställas inom tre år. Direktionen "
            "föreslår att underskottet återställs under 2026 och 2027.",
            O(None, note="Balanskrav."),
        ),
        H("Måluppfyllelse", 2),
        P(
            "Målet att besöka samtliga livsmedelsanläggningar i riskklass 1–3 nåddes inte; 84 procent besöktes, "
            "vilket beror på vakanserna under våren.",
            O(None, "vakanser", note="A goal not met, with 'beror på': other."),
        ),
    ]
    return ReportSpec(
        file="sodra-roslagens-miljo-och-halsoskyddsforbund-arsredovisning-2025.pdf",
        report={
            "municipality": [
                "Södra Roslagens miljö- och hälsoskyddsförbund",
                "SRMH",
                "Kommunalförbundet Södra Roslagens miljö- och hälsoskyddsförbund",
            ],
            "committee": ["Förbundsdirektionen", "Direktionen"],
            "period": ["2025", "2025-12"],
            "report_type": "årsredovisning",
        },
        metadata={
            "title": "Årsredovisning 2025 Södra Roslagens miljö- och hälsoskyddsförbund",
            "author": "Södra Roslagens miljö- och hälsoskyddsförbund",
        },
        style=style,
        blocks=blocks,
    )
