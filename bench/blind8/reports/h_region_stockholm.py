"""Region Stockholm, Hälso- och sjukvårdsnämnden, tertialrapport 2 2025 (januari–augusti).

A region's health-care commissioning committee's tertial report in "miljoner kronor" and "mnkr", with a
footer carrying the nämnd's meeting date in October: the period's deviation and the full year's in one
sentence next to a budget in "miljarder kronor" (the full year's is the amount), the change since tertial
1 with two causes; a reading note whose sign convention is inverted (a positive "Budgetavvikelse helår"
means costs over budget) and a table in mnkr with two header lines and tertial 1's deviation; then two
columns of bold run-in områden: akutsjukhus "beräknas överstiga budget" with a "varav" part, läkemedel
"blir 210 mnkr högre än budgeterat" (drugs: material_hjalpmedel), psychiatry with reasons and no amount
(the table row's "90", positive in the table but negative in direction), primary care and dental care
"lägre kostnader än budget med 70 respektive 90 miljoner kronor" with paired causes in the next sentence
(two items), aids "Verksamheten bedöms hålla budget" (boilerplate, −30 in the table), and the
administration "överskrida budget med 55 mnkr, eftersom" an IT programme costs 67 mnkr more, followed by
an interpreting sub-account 12 mnkr under budget (its own item, opposite direction); the changes since
tertial 1 for three områden in one sentence (three items) and "Övriga områden har endast mindre
förändringar" (a boilerplate change); two actions as bullets after an unlabelled lead-in (one with an
effect, one without), a risk with a range, and KPIs against last year (other). Liberation Sans (Arial) 9.5
pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Bullets, Columns, H, P, ReportSpec, Style, Table, Title

from reports.common import BF, BP, LP, A, C, F, O

ROW = (
    "No amount in the prose: the table row's, whose sign convention is inverted (positive = costs over budget), "
    "so the direction comes from the prose."
)


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=9.5,
        leading=1.4,
        para_gap=6.0,
        heading_sizes=(14.0, 11.5, 10.0),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(60.0, 78.0, 60.0, 72.0),
        gutter=22.0,
        header=lambda n, m: ("Region Stockholm", "Hälso- och sjukvårdsnämnden"),
        footer=lambda n, m: (
            "Tertialrapport 2 2025",
            "HSN 2025-0387, sammanträde 2025-10-21",
            f"Sida {n} av {m}",
        ),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Tabell 1. Helårsprognos per område 2025, mnkr",
        header=(
            ("Område", "Budget", "Utfall", "Prognos", "Budgetavvikelse", "Avvikelse"),
            ("", "2025", "jan–aug", "2025", "helår", "T1"),
        ),
        rows=(
            ("Akutsjukhus", "31 420", "21 310", "31 795", "375", "240"),
            ("Vårdval husläkarverksamhet", "9 860", "6 480", "9 790", "−70", "−40"),
            ("Specialiserad psykiatri", "7 215", "4 870", "7 305", "90", "60"),
            ("Läkemedel", "9 150", "6 240", "9 360", "210", "110"),
            ("Hjälpmedel", "1 640", "1 050", "1 610", "−30", "−10"),
            ("Tandvård", "2 380", "1 480", "2 290", "−90", "−70"),
            ("Förvaltning och gemensamt", "6 935", "4 410", "6 990", "55", "60"),
            ("Summa", "68 600", "45 840", "69 140", "540", "350"),
        ),
        widths=(138.0, 60.0, 66.0, 62.0, 78.0, 62.0),
        bold_rows=frozenset({7}),
        rules=True,
        size=8.5,
        shade=(0.85, 0.89, 0.95),
    )
    blocks = [
        Title("Tertialrapport 2 2025", size=20, font="arial-bold", after=4),
        Title("Hälso- och sjukvårdsnämnden", size=12.5, font="arial", after=12),
        H("Sammanfattning", 1),
        P(
            "Hälso- och sjukvårdsnämndens resultat för januari–augusti är 312 miljoner kronor sämre än periodens "
            "budget, och helårsprognosen är ett underskott på 540 miljoner kronor, motsvarande 0,8 procent av "
            "nämndens budget på 68,6 miljarder kronor.",
            C(
                None,
                "540 miljoner kronor",
                "-",
                note="The period's deviation and the full year's in one sentence: the full year's is the amount.",
            ),
        ),
        P(
            "Prognosen har försämrats med 190 miljoner kronor sedan tertialrapport 1, främst till följd av högre "
            "läkemedelskostnader och fler vårdtillfällen inom akutsjukhusens avtal.",
            F(None, "190 miljoner kronor", "-", "material_hjalpmedel", "volymer"),
        ),
        H("Ekonomiskt utfall per område", 1),
        P(
            "Tabellen visar helårsprognosen i mnkr. Ett positivt tal i kolumnen Budgetavvikelse helår innebär att "
            "kostnaderna beräknas överstiga budget, och ett negativt tal att de blir lägre än budget.",
            size=8.5,
        ),
        table,
        Columns(2),
        H("Kommentarer per område", 2),
        LP(
            "Akutsjukhus.",
            "Kostnaderna för akutsjukhusens avtal beräknas överstiga budget med 375 miljoner kronor, varav 130 "
            "miljoner kronor avser vård som länets invånare har sökt i andra regioner. Antalet vårdtillfällen är 4 "
            "procent fler än de avtalade volymerna, och ersättningen för överbeläggningar har ökat.",
            C(
                "Akutsjukhus",
                "375 miljoner kronor",
                "-",
                "volymer",
                "kopt_verksamhet",
                note="Care bought from the hospitals under contract: kopt_verksamhet; the 'varav' is a part.",
            ),
        ),
        LP(
            "Läkemedel.",
            "Läkemedelskostnaderna blir 210 mnkr högre än budgeterat. Förskrivningen av nya cancerläkemedel och av "
            "läkemedel mot diabetes och fetma har ökat snabbare än vad budgeten förutsatte, samtidigt som "
            "återbäringen från läkemedelsföretagen har blivit lägre.",
            C(
                "Läkemedel",
                "210 mnkr",
                "-",
                "material_hjalpmedel",
                "volymer",
                note="'Blir … högre än budgeterat'; drug costs are material_hjalpmedel.",
            ),
        ),
        LP(
            "Specialiserad psykiatri.",
            "Fler barn och unga har remitterats till vårdvalet för barn- och ungdomspsykiatri, och neuropsykiatriska "
            "utredningar köps i större omfattning från privata vårdgivare.",
            C(
                "Specialiserad psykiatri",
                "90",
                "-",
                "volymer",
                "kopt_verksamhet",
                unit="mnkr",
                table=True,
                note=ROW,
            ),
        ),
        P(
            "Husläkarverksamheten och tandvården visar lägre kostnader än budget med 70 respektive 90 miljoner "
            "kronor. Inom husläkarverksamheten har färre personer än beräknat listat sig, och inom tandvården har "
            "det allmänna tandvårdsbidraget använts i lägre grad.",
            C(
                "Vårdval husläkarverksamhet",
                "70",
                "+",
                "volymer",
                unit="mnkr",
                note="'70 respektive 90 miljoner kronor' with paired causes in the next sentence: two items.",
                also=(C("Tandvård", "90 miljoner kronor", "+", "volymer"),),
            ),
        ),
        LP("Hjälpmedel.", "Verksamheten bedöms hålla budget.", BP("Hjälpmedel", note="The table shows −30.")),
        LP(
            "Förvaltning och gemensamt.",
            "Området beräknas överskrida budget med 55 mnkr, eftersom kostnaderna för det nya "
            "vårdinformationsstödet och för konsulter i införandeprojektet blir 67 mnkr högre än budgeterat.",
            C(
                "Förvaltning och gemensamt",
                "55 mnkr",
                "-",
                "it_digitalisering",
                note="Consultants in an IT programme: it_digitalisering only. 67 mnkr is the IT part before the "
                "offsetting sub-account in the next sentence.",
            ),
            (
                "Tolktjänsterna kostar däremot 12 mnkr mindre än budgeterat, eftersom färre tolkningar har beställts.",
                C(
                    "Tolktjänster",
                    "12 mnkr",
                    "+",
                    "volymer",
                    note="A sub-account with its own amount and the opposite direction inside the område's "
                    "paragraph: its own item.",
                ),
            ),
        ),
        H("Förändringar sedan tertial 1", 2),
        PS(
            (
                "Jämfört med tertial 1 har prognosen för akutsjukhusen försämrats med 135 mnkr och för läkemedel med "
                "100 mnkr, medan tandvården har förbättrats med 20 mnkr.",
                F(
                    "Akutsjukhus",
                    "135 mnkr",
                    "-",
                    note="Three områden with their own changes in one sentence: three items.",
                    also=(F("Läkemedel", "100 mnkr", "-"), F("Tandvård", "20 mnkr", "+")),
                ),
            ),
            ("Övriga områden har endast mindre förändringar.", BF(None)),
        ),
        H("Åtgärder", 2),
        P("Förvaltningen har under hösten påbörjat följande åtgärder:"),
        Bullets(
            (
                "Skärpt uppföljning av vård i andra regioner och nya riktlinjer för remisser, med en beräknad effekt "
                "på 40 mnkr under september–december.",
                "En översyn av förskrivningen av de dyraste läkemedlen tillsammans med läkemedelskommittén. Effekten "
                "är svår att beräkna och ingår inte i prognosen.",
            ),
            labels=(
                A("Akutsjukhus", "40 mnkr", "kopt_verksamhet"),
                A("Läkemedel", None, "material_hjalpmedel", note="An action with no amount."),
            ),
        ),
        H("Risker", 2),
        P(
            "Om sommarens höga beläggning på akutsjukhusen fortsätter under hösten kan underskottet öka med "
            "ytterligare 100–150 mnkr.",
            O("Akutsjukhus", "volymer", note="Risk with a range."),
        ),
        H("Tillgänglighet och volymer", 2),
        P(
            "Antalet läkarbesök i primärvården var 2,9 procent fler än under samma period 2024, och andelen patienter "
            "som fick ett första besök i specialiserad vård inom 90 dagar var 74 procent (71).",
            O(None, "volymer", note="KPIs against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="region-stockholm-hsn-tertialrapport-2025-08.pdf",
        report={
            "municipality": "Region Stockholm",
            "committee": ["Hälso- och sjukvårdsnämnden"],
            "period": ["2025-08"],
            "report_type": "tertialrapport",
        },
        metadata={"title": "Tertialrapport 2 2025 Hälso- och sjukvårdsnämnden", "author": "Region Stockholm"},
        style=style,
        blocks=blocks,
    )
