"""Sävsjö kommun, Vård- och omsorgsnämnden, bokslut 2025.

An elderly-care year-end report in DejaVu Sans Condensed 9.5 pt with a footer carrying the adoption date in
February: the year's result "ett underskott på 7 480 tkr jämfört med budget" followed by the net cost and
the budget as levels, the outcome against the October forecast (a forecast change); a result table whose
last column is each row's comment, with deficits as a trailing minus ("2 940-"): reasons without amounts
take their cells (a part in tkr inside one comment is not the amount, a consultant during a vacancy), a
surplus from a late opening, and the sum row with no comment; then kostnadsslag in plain sentences
("överskred budget med 5,2 mnkr", "blev 1,8 mnkr högre än budget" of revenue, "kostade 0,6 mnkr mindre än
budgeterat"), an investment overrun "150 tkr över budget", an action plan for the next year with its effect
and sick leave against last year (other).

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import CommentTable, H, P, ReportSpec, Style, Title

from reports.common import A, C, F, O

CELL = "The comment's amount is its row's deviation cell (tkr, trailing minus for a deficit)."


def spec() -> ReportSpec:
    style = Style(
        body="cond",
        bold="cond-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.42,
        para_gap=6.0,
        heading_sizes=(15.0, 12.0, 10.0),
        heading_fonts=("cond-bold", "cond-bold", "cond-bold"),
        margins=(60.0, 74.0, 60.0, 70.0),
        header=lambda n, m: ("Sävsjö kommun", "Bokslut 2025 – Vård- och omsorgsnämnden"),
        footer=lambda n, m: ("Antagen av vård- och omsorgsnämnden 2026-02-18", "", f"{n}/{m}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = CommentTable(
        header=("Verksamhet (tkr)", "Budget", "Utfall", "Avvikelse", "Kommentar"),
        rows=(
            (
                ("Hemtjänst", "98 200", "101 140", "2 940-"),
                "Antalet beviljade timmar ökade under hösten, med fler brukare som skrivits ut från sjukhus. Även "
                "kostnaden för leasingbilar blev högre.",
                C(
                    "Hemtjänst",
                    "2 940-",
                    "-",
                    "volymer",
                    "material_hjalpmedel",
                    unit="tkr",
                    table=True,
                    note=CELL,
                ),
            ),
            (
                ("Särskilt boende", "142 600", "146 310", "3 710-"),
                "Sjukfrånvaron har varit hög på två av kommunens fem boenden, vilket krävt timvikarier och övertid. "
                "Kostnaden för inhyrda sjuksköterskor uppgick till 1 900 tkr.",
                C(
                    "Särskilt boende",
                    "3 710-",
                    "-",
                    "sjukfranvaro",
                    "vikarier",
                    "overtid",
                    "inhyrd_personal",
                    unit="tkr",
                    table=True,
                    note=CELL + " The 1 900 tkr for hired nurses is a part.",
                ),
            ),
            (
                ("Hälso- och sjukvård", "31 400", "32 650", "1 250-"),
                "Kostnaden för hjälpmedel, framför allt sängar och lyftar, ökade med fler vårdtagare i ordinärt "
                "boende.",
                C(
                    "Hälso- och sjukvård",
                    "1 250-",
                    "-",
                    "material_hjalpmedel",
                    "volymer",
                    unit="tkr",
                    table=True,
                    note=CELL,
                ),
            ),
            (
                ("Funktionsstöd", "52 300", "51 180", "1 120"),
                "Överskottet beror på att en ny gruppbostad öppnade först i november i stället för i maj.",
                C("Funktionsstöd", "1 120", "+", "periodisering", unit="tkr", table=True, note=CELL),
            ),
            (
                ("Nämnd och ledning", "20 930", "21 630", "700-"),
                "Kostnader för rekrytering av ny förvaltningschef och för konsultstöd under vakansen.",
                C(
                    "Nämnd och ledning",
                    "700-",
                    "-",
                    "inhyrd_personal",
                    "vakanser",
                    unit="tkr",
                    table=True,
                    note=CELL + " A consultant covering a vacancy.",
                ),
            ),
            (("Summa", "345 430", "352 910", "7 480-"), "", None),
        ),
        widths=(96.0, 50.0, 50.0, 52.0),
        size=8.5,
    )
    blocks = [
        Title("Bokslut 2025", size=20, font="cond-bold", after=2),
        Title("Vård- och omsorgsnämnden", size=12, font="cond", after=12),
        H("Årets resultat", 2),
        P(
            "Vård- och omsorgsnämnden redovisar för 2025 ett underskott på 7 480 tkr jämfört med budget. Nämndens "
            "nettokostnad uppgick till 352 910 tkr mot en budget på 345 430 tkr.",
            C(None, "7 480 tkr", "-", note="The two levels after the deviation are parts of the same item."),
        ),
        P(
            "Underskottet är 1 060 tkr större än i prognosen efter oktober.",
            F(None, "1 060 tkr", "-", note="The outcome against the last forecast."),
        ),
        H("Resultat per verksamhet", 2),
        table,
        H("Kostnadsslag", 2),
        P(
            "Personalkostnaderna överskred budget med 5,2 mnkr. Merparten avser särskilt boende och hemtjänst, där "
            "sjukfrånvaron och ökade volymer krävt mer personal än budgeterat.",
            C("Personalkostnader", "5,2 mnkr", "-", "sjukfranvaro", "volymer", "bemanning"),
        ),
        P(
            "Intäkterna blev 1,8 mnkr högre än budget, vilket i huvudsak förklaras av riktade statsbidrag för "
            "äldreomsorgen som inte var kända vid budgeteringen.",
            C("Intäkter", "1,8 mnkr", "+", "statsbidrag"),
        ),
        P(
            "Köp av verksamhet för placeringar inom LSS i andra kommuner kostade 0,6 mnkr mindre än budgeterat.",
            C("Köp av verksamhet", "0,6 mnkr", "+", "kopt_verksamhet"),
        ),
        H("Investeringar", 2),
        P(
            "Nämnden hade en investeringsbudget på 2 800 tkr. Utfallet blev 2 950 tkr, 150 tkr över budget, då fler "
            "taklyftar än planerat köptes in till Ljunggårdens äldreboende.",
            C("Investeringar", "150 tkr", "-", "material_hjalpmedel"),
        ),
        H("Inför 2026", 2),
        P(
            "Inför 2026 har nämnden antagit en åtgärdsplan med minskad användning av inhyrda sjuksköterskor och en "
            "ny modell för schemaläggning i hemtjänsten, med en beräknad effekt på 2,0 mnkr.",
            A(None, "2,0 mnkr", "inhyrd_personal", "bemanning"),
        ),
        H("Personal", 2),
        P(
            "Sjukfrånvaron var 9,1 procent under 2025, jämfört med 8,4 procent under 2024.",
            O(None, "sjukfranvaro", note="Sick leave against the previous year."),
        ),
    ]
    return ReportSpec(
        file="savsjo-von-bokslut-2025.pdf",
        report={
            "municipality": "Sävsjö",
            "committee": ["Vård- och omsorgsnämnden"],
            "period": ["2025", "2025-12"],
            "report_type": "bokslut",
        },
        metadata={"title": "Bokslut 2025 Vård- och omsorgsnämnden", "author": "Sävsjö kommun"},
        style=style,
        blocks=blocks,
    )
