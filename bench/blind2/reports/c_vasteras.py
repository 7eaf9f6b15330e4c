"""Västerås stad, Individ- och familjenämnden, månadsrapport september 2025.

A committee's monthly report whose result table per verksamhet (tkr, avvikelse = budget − prognos,
with August's deviation as a column) is explained row by row under bold headings that name only the
area, in short paragraphs that never repeat it ("Fler placeringar än budgeterat."), so each amount
lives only in the table row; a forecast change and an unchanged forecast as their own sentences after
the explanation, a balanced row ("Prognosen följer budget."), an unallocated buffer, the whole-unit
forecast with where the deficit lies, a deviation against the periodised budget, actions with and
without an effect, a year-on-year "beror på" (other), equity (other) and a goal (not labelled).
DejaVu Sans 9.5 pt, unnumbered headings.

The place is real; every figure and event is invented.
"""

from __future__ import annotations

from spec import PS, Bullets, H, P, ReportSpec, Style, Table, Title

from reports.common import BF, BP, A, C, F, O

ROW = "Amount from the result-table row (the paragraph names neither the area nor an amount)."


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.42,
        para_gap=5.0,
        heading_sizes=(14.0, 11.0, 9.5),
        margins=(64.0, 72.0, 64.0, 70.0),
        header=lambda n, m: ("Västerås stad", "Individ- och familjenämnden"),
        footer=lambda n, m: ("Månadsrapport september 2025", "", f"Sida {n} av {m}"),
        rule_under_header=True,
    )
    result = Table(
        caption="Resultat per verksamhet, tkr. Avvikelse = budget − prognos; negativt värde innebär underskott.",
        header=(
            ("", "Budget", "Utfall", "Prognos", "Avvikelse", "Avvikelse"),
            ("Verksamhet", "helår", "jan–sep", "helår", "helår", "augusti"),
        ),
        rows=(
            ("Nämnd och förvaltningsledning", "40 200", "28 900", "39 050", "1 150", "1 100"),
            ("Barn och unga", "185 000", "148 000", "196 300", "−11 300", "−10 700"),
            ("Vuxen", "62 500", "49 300", "66 100", "−3 600", "−3 900"),
            ("Socialpsykiatri", "54 100", "40 200", "54 100", "0", "0"),
            ("Ekonomiskt bistånd", "231 000", "178 400", "237 800", "−6 800", "−6 800"),
            ("Arbetsmarknad", "44 600", "30 100", "41 700", "2 900", "2 500"),
            ("Buffert", "5 000", "0", "0", "5 000", "5 000"),
            ("Summa", "622 400", "474 900", "635 050", "−12 650", "−12 800"),
        ),
        widths=(150.0, 58.0, 58.0, 58.0, 60.0, 60.0),
        bold_rows=frozenset({7}),
        shade=(0.88, 0.92, 0.88),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Månadsrapport september 2025", size=19, font="sans-bold"),
        Title("Individ- och familjenämnden", size=12, font="sans", after=14),
        H("Sammanfattning", 1),
        PS(
            (
                "Individ- och familjenämnden beräknar ett underskott mot budget på 12,7 miljoner kronor för 2025. "
                "Underskottet finns inom placeringar av barn och unga, missbruksvården för vuxna och ekonomiskt "
                "bistånd, medan arbetsmarknadsinsatserna och nämndens buffert ger överskott.",
                C(
                    None,
                    "12,7 miljoner kronor",
                    "-",
                    "kopt_verksamhet",
                    "ekonomiskt_bistand",
                    "reserver",
                    note="Whole-committee forecast (table Summa −12 650 tkr) and where the deficit lies.",
                ),
            ),
            (
                "Det är 0,2 miljoner kronor bättre än i augusti.",
                F(None, "0,2 miljoner kronor", "+", note="−12 800 in August to −12 650 tkr."),
            ),
        ),
        P(
            "Utfallet till och med september uppgår till 474,9 miljoner kronor, vilket är 8,1 miljoner kronor mer "
            "än periodiserad budget.",
            C(None, "8,1 miljoner kronor", "-", note="Period deviation against the periodised budget."),
        ),
        P(
            "Rapporten bygger på bokfört utfall till och med den 30 september. Prognosen har tagits fram av "
            "enhetscheferna tillsammans med förvaltningens controllers."
        ),
        H("Resultat per verksamhet", 1),
        result,
        H("Kommentarer per verksamhet", 2),
        H("Nämnd och förvaltningsledning", 3),
        P(
            "Två chefstjänster har varit vakanta under delar av året, och kostnaderna för konsultstöd har blivit "
            "lägre än planerat.",
            C(
                "Nämnd och förvaltningsledning",
                "1 150",
                "+",
                "vakanser",
                "inhyrd_personal",
                unit="tkr",
                table=True,
                note=ROW,
            ),
        ),
        H("Barn och unga", 3),
        PS(
            (
                "Fler placeringar än budgeterat. I genomsnitt har 64 barn och unga varit placerade under året mot "
                "55 i budgeten, och en större andel av placeringarna än beräknat har gått till HVB. Dygnspriserna "
                "hos de privata HVB-hemmen har dessutom höjts med i genomsnitt 7 procent.",
                C(
                    "Barn och unga",
                    "−11 300",
                    "-",
                    "volymer",
                    "kopt_verksamhet",
                    "prisokningar",
                    unit="tkr",
                    table=True,
                    note=ROW,
                ),
            ),
            (
                "Avvikelsen har ökat med 600 tkr sedan augusti, då två ungdomar har placerats på särskilda "
                "ungdomshem.",
                F("Barn och unga", "600 tkr", "-", "kopt_verksamhet", "volymer"),
            ),
        ),
        H("Vuxen", 3),
        P(
            "Köpt institutionsvård enligt LVM har legat på en hög nivå sedan i våras. Tre personer har vårdats på "
            "LVM-hem under längre tid än vad som bedömdes när budgeten lades.",
            C("Vuxen", "−3 600", "-", "kopt_verksamhet", "volymer", unit="tkr", table=True, note=ROW),
        ),
        H("Socialpsykiatri", 3),
        P("Prognosen följer budget.", BP("Socialpsykiatri")),
        H("Ekonomiskt bistånd", 3),
        PS(
            (
                "Antalet hushåll med försörjningsstöd har inte minskat i den takt som budgeten förutsatte. I "
                "september fick 2 310 hushåll utbetalning, att jämföra med budgetens 2 150.",
                C(
                    "Ekonomiskt bistånd",
                    "−6 800",
                    "-",
                    "ekonomiskt_bistand",
                    "volymer",
                    unit="tkr",
                    table=True,
                    note=ROW,
                ),
            ),
            ("Prognosen är oförändrad sedan augusti.", BF("Ekonomiskt bistånd")),
        ),
        P(
            "Utbetalt bistånd per hushåll är 4 procent högre än under samma period 2024, vilket beror på att "
            "riksnormen höjdes vid årsskiftet.",
            O("Ekonomiskt bistånd", "ekonomiskt_bistand", note="Year-on-year comparison with 'beror på'."),
        ),
        H("Arbetsmarknad", 3),
        P(
            "Riktade statsbidrag för arbetsmarknadsinsatser blev högre än budgeterat. Färre deltagare än planerat "
            "har dessutom gått in i kommunala arbetsmarknadsanställningar.",
            C("Arbetsmarknad", "2 900", "+", "statsbidrag", "volymer", unit="tkr", table=True, note=ROW),
        ),
        H("Buffert", 3),
        P(
            "Nämndens buffert på 5,0 miljoner kronor har inte fördelats och redovisas som överskott.",
            C("Buffert", "5,0 miljoner kronor", "+", "reserver"),
        ),
        H("Åtgärder", 1),
        Bullets(
            (
                "Hemmaplanslösningar: två ungdomar har flyttats från HVB till förstärkta familjehem, med en "
                "beräknad helårseffekt på 1,1 mnkr.",
                "Samtliga pågående LVM- och SoL-placeringar inom vuxenenheten gås igenom under oktober.",
            ),
            labels=(
                A("Barn och unga", "1,1 mnkr", "kopt_verksamhet"),
                A("Vuxen", None, "kopt_verksamhet"),
            ),
        ),
        H("Eget kapital", 1),
        P(
            "Nämnden har ett eget kapital på 3,2 miljoner kronor. Förvaltningen föreslår inte att det tas i "
            "anspråk för att täcka årets underskott.",
            O(None, "reserver", note="Equity statement."),
        ),
        H("Mål", 1),
        P(
            "Andelen placerade barn och unga som bor i familjehem i stället för på HVB ska öka. Utfallet för "
            "perioden är 68 procent, och målvärdet för 2025 är 75 procent."
        ),
    ]
    return ReportSpec(
        file="vasteras-ifn-manadsrapport-2025-09.pdf",
        report={
            "municipality": "Västerås",
            "committee": ["Individ- och familjenämnden"],
            "period": ["2025-09"],
            "report_type": "månadsrapport",
        },
        metadata={
            "title": "Månadsrapport september 2025 Individ- och familjenämnden",
            "author": "Västerås stad",
        },
        style=style,
        blocks=blocks,
    )
