"""Östhammars kommun, Vård- och omsorgsnämnden, verksamhetsberättelse 2025.

An elderly-care committee's year-end report in mnkr with hyphen-minus signs, footer with the adoption date in
February: the result "-9,8 mnkr jämfört med tilldelad budget" with a percentage and the net budget beside it
(not the amount), the outcome against the interim forecast with a cause (forecast change), net cost growth
against 2024 with "beror på" (other), a table with this year's and last year's deviation side by side, then
two columns of plain headings in varied shapes ("överskred budget med 6,6 mnkr", "Underskottet inom
särskilt boende, 7,2 mnkr, beror på" followed in the same paragraph by an occupancy against 2024 (other),
"en positiv budgetavvikelse om 1,7 mnkr", a reason-only surplus (the row's "0,7"), "Överskottet på 0,7 mnkr
är en följd av", "har bedrivits inom budget" (boilerplate), an unused reserve); investments "Av
investeringsbudgeten på 4,2 mnkr har 3,1 mnkr använts" (1,1 mnkr never written out), an action without an
amount and an outlook (other). Liberation Sans Narrow 10.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Columns, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="narrow",
        bold="narrow-bold",
        italic="arial-italic",
        size=10.5,
        leading=1.36,
        para_gap=6.0,
        heading_sizes=(16.0, 12.5, 11.0),
        heading_fonts=("narrow-bold", "narrow-bold", "narrow-bold"),
        margins=(64.0, 80.0, 64.0, 74.0),
        gutter=24.0,
        header=lambda n, m: ("Östhammars kommun", "Verksamhetsberättelse 2025 – Vård- och omsorgsnämnden"),
        footer=lambda n, m: ("Fastställd av vård- och omsorgsnämnden 2026-02-18", "", f"Sida {n}"),
        header_size=8.5,
    )
    table = Table(
        caption="Driftredovisning 2025 per verksamhet, mnkr",
        header=(("Verksamhet", "Budget 2025", "Utfall 2025", "Avvikelse 2025", "Avvikelse 2024"),),
        rows=(
            ("Nämnd och förvaltningsledning", "12,4", "11,7", "0,7", "0,3"),
            ("Hemtjänst", "118,3", "124,9", "-6,6", "-4,1"),
            ("Särskilt boende", "214,6", "221,8", "-7,2", "-3,0"),
            ("Hemsjukvård och rehabilitering", "64,2", "62,5", "1,7", "0,4"),
            ("Korttidsvård", "18,9", "18,2", "0,7", "-0,2"),
            ("Biståndshandläggning", "9,8", "9,8", "0,0", "0,1"),
            ("Ofördelad reserv", "0,9", "0,0", "0,9", "0,0"),
            ("Summa", "439,1", "448,9", "-9,8", "-6,5"),
        ),
        widths=(160.0, 68.0, 66.0, 78.0, 78.0),
        bold_rows=frozenset({7}),
        rules=True,
        size=9.5,
        grid=True,
    )
    blocks = [
        Title("Verksamhetsberättelse 2025", size=20, font="narrow-bold", after=2),
        Title("Vård- och omsorgsnämnden", size=13, font="narrow", after=14),
        H("Viktiga händelser under året", 2),
        P(
            "Under året har nämnden öppnat ett nytt särskilt boende i Gimo och infört digital nattillsyn i "
            "hemtjänsten. Rekryteringen av sjuksköterskor har varit fortsatt svår, men personalomsättningen har "
            "minskat jämfört med föregående år."
        ),
        H("Ekonomiskt resultat", 2),
        P(
            "Vård- och omsorgsnämnden redovisar ett resultat på -9,8 mnkr jämfört med tilldelad budget, vilket "
            "motsvarar 2,2 procent av nämndens nettobudget på 439,1 mnkr.",
            C(None, "-9,8 mnkr", "-", note="The percentage and the net budget are not the amount."),
        ),
        P(
            "Resultatet är 1,6 mnkr bättre än prognosen i delårsrapporten per augusti, främst därför att antalet "
            "hemtjänsttimmar minskade under hösten.",
            F(None, "1,6 mnkr", "+", "volymer", note="The outcome against the interim forecast."),
        ),
        P(
            "Nettokostnaderna ökade med 4,3 procent jämfört med 2024, vilket främst beror på löneökningar och fler "
            "brukare i hemtjänsten.",
            O(None, note="Cost growth against the previous year: other."),
        ),
        table,
        H("Kommentarer per verksamhet", 2),
        Columns(2),
        H("Hemtjänst", 3),
        P(
            "Hemtjänsten överskred budget med 6,6 mnkr. Antalet beviljade hemtjänsttimmar var i genomsnitt 11 procent "
            "högre än budgeterat, och sjukfrånvaron i hemtjänstgrupperna i Östhammar och Alunda har krävt många "
            "timvikarier.",
            C("Hemtjänst", "6,6 mnkr", "-", "volymer", "sjukfranvaro", "vikarier"),
        ),
        H("Särskilt boende", 3),
        PS(
            (
                "Underskottet inom särskilt boende, 7,2 mnkr, beror på att det nya boendet med 24 platser öppnades i "
                "maj medan budgeten för det gällde från oktober, och på höjda hyror efter ombyggnaden i Öregrund.",
                C("Särskilt boende", "7,2 mnkr", "-", "periodisering", "lokaler"),
            ),
            (
                "Beläggningen var 97 procent, jämfört med 94 procent 2024.",
                O(
                    "Särskilt boende",
                    note="Occupancy against the previous year in the same paragraph: other.",
                ),
            ),
        ),
        H("Hemsjukvård och rehabilitering", 3),
        P(
            "Verksamheten visar en positiv budgetavvikelse om 1,7 mnkr. Det förklaras av vakanta "
            "sjukskötersketjänster under våren och lägre kostnader för hjälpmedel än beräknat.",
            C("Hemsjukvård och rehabilitering", "1,7 mnkr", "+", "vakanser", "material_hjalpmedel"),
        ),
        H("Korttidsvård", 3),
        P(
            "Färre utskrivningsklara patienter från regionens sjukhus än väntat har gett en lägre beläggning.",
            C(
                "Korttidsvård",
                "0,7",
                "+",
                "volymer",
                unit="mnkr",
                table=True,
                note="A reason only: the table row's cell.",
            ),
        ),
        H("Nämnd och förvaltningsledning", 3),
        P(
            "Överskottet på 0,7 mnkr är en följd av att en tjänst som utvecklingsledare inte tillsattes.",
            C("Nämnd och förvaltningsledning", "0,7 mnkr", "+", "vakanser"),
        ),
        H("Biståndshandläggning", 3),
        P("Verksamheten har bedrivits inom budget.", BP("Biståndshandläggning")),
        H("Ofördelad reserv", 3),
        P(
            "Nämndens ofördelade reserv på 0,9 mnkr har inte tagits i anspråk och bidrar till resultatet.",
            C("Ofördelad reserv", "0,9 mnkr", "+", "reserver"),
        ),
        Columns(1),
        H("Investeringar", 2),
        P(
            "Av investeringsbudgeten på 4,2 mnkr har 3,1 mnkr använts. Inköpet av ett nytt digitalt larmsystem för "
            "särskilt boende har skjutits till 2026.",
            C(
                "Investeringar",
                "Av investeringsbudgeten på 4,2 mnkr har 3,1 mnkr använts",
                "+",
                "periodisering",
                "it_digitalisering",
                value=1_100_000,
                note="Under-spending of 1,1 mnkr, never written out: the computed value.",
            ),
        ),
        H("Åtgärder under året", 2),
        P(
            "Under hösten infördes ett nytt planeringsverktyg i hemtjänsten som har minskat restiden och ökat "
            "andelen brukartid.",
            A("Hemtjänst", None, "bemanning"),
        ),
        H("Framtid", 2),
        P(
            "Inför 2026 är bedömningen att volymerna inom hemtjänsten fortsätter att öka och att nämndens ram inte "
            "räcker utan ytterligare åtgärder.",
            O("Hemtjänst", "volymer", note="An outlook: other."),
        ),
    ]
    return ReportSpec(
        file="osthammar-von-verksamhetsberattelse-2025.pdf",
        report={
            "municipality": "Östhammar",
            "committee": ["Vård- och omsorgsnämnden"],
            "period": ["2025", "2025-12"],
            "report_type": "verksamhetsberättelse",
        },
        metadata={
            "title": "Verksamhetsberättelse 2025 Vård- och omsorgsnämnden",
            "author": "Östhammars kommun",
        },
        style=style,
        blocks=blocks,
    )
