"""Härryda kommun, Kommunens revisorer, granskning av budgetuppföljning och prognossäkerhet 2025.

Not a budget follow-up: the auditors' report on how the kommunstyrelse and the nämnder follow up their
budgets, dated in December 2025, full of amounts, "beror på", "underskott mot budget", "bättre än budget" and
"avvek": the kommun's result for 2024 against budget (a statement about the audited, not the auditors' own
result), the socialnämnd's deficit for 2024 "vilket enligt nämnden främst beror på" placements, a nämnd's
forecast that "avvek med mer än 9 mnkr" from the outcome, an action plan of which only a part could be
verified, the auditors' own audit cost that "ryms inom revisionens budget" (a financing statement, no deviation
reported) and the number of nämnder with deficits against last year. Seven `other` items and no cause; the
summary assessment, the method, the forecast table and the recommendations are unlabelled. DejaVu Serif 10 pt
with DejaVu Sans headings.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import Bullets, H, P, ReportSpec, Style, Table, Title

from reports.common import O

ABOUT = "An audit finding about another body: other."


def spec() -> ReportSpec:
    style = Style(
        body="serif",
        bold="serif-bold",
        italic="serif-italic",
        size=10.0,
        leading=1.4,
        para_gap=7.0,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(72.0, 80.0, 72.0, 76.0),
        header=lambda n, m: ("Härryda kommun", "Revisorerna"),
        footer=lambda n, m: ("Granskningsrapport 2025-12-04", "", f"Sida {n} av {m}"),
        header_size=8.0,
        rule_under_header=True,
    )
    forecast = Table(
        caption="Prognos i tertialrapport 2 och utfall 2024 per nämnd, mnkr",
        header=(("Nämnd", "Prognos T2", "Utfall", "Skillnad"),),
        rows=(
            ("Kommunstyrelsen", "3,5", "5,1", "1,6"),
            ("Förskole- och grundskolenämnden", "-2,0", "7,4", "9,4"),
            ("Socialnämnden", "-15,9", "-18,6", "-2,7"),
            ("Kultur- och fritidsnämnden", "0,4", "1,2", "0,8"),
            ("Miljö- och bygglovsnämnden", "-0,6", "-0,2", "0,4"),
        ),
        widths=(190.0, 76.0, 70.0, 70.0),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Granskning av budgetuppföljning och prognossäkerhet", size=17, font="sans-bold", after=4),
        Title("Revisorerna i Härryda kommun", size=12, font="serif-italic", after=12),
        H("Sammanfattande bedömning", 2),
        P(
            "Vår samlade bedömning är att kommunstyrelsen och nämnderna i huvudsak har en ändamålsenlig "
            "budgetuppföljning, men att prognossäkerheten behöver förbättras i två nämnder."
        ),
        H("Syfte och metod", 2),
        P(
            "Granskningen har genomförts genom intervjuer med ekonomichefer och förvaltningschefer samt genom "
            "genomgång av nämndernas månadsrapporter, tertialrapporter och protokoll under 2024 och 2025."
        ),
        H("Iakttagelser", 2),
        H("Kommunens resultat", 3),
        P(
            "Kommunens resultat för 2024 blev 42 mnkr bättre än budget, vilket till stor del beror på högre "
            "skatteintäkter och lägre pensionskostnader än beräknat.",
            O(None, direction="+", note=ABOUT + " The audited kommun's result, not the auditors' own."),
        ),
        H("Socialnämnden", 3),
        P(
            "Socialnämnden redovisade i bokslutet för 2024 ett underskott mot budget på 18,6 mnkr, vilket enligt "
            "nämnden främst beror på ökade kostnader för externa placeringar av barn och unga.",
            O("Socialnämnden", direction="-", note=ABOUT),
        ),
        H("Prognossäkerhet", 3),
        P(
            "Förskole- och grundskolenämndens prognos i tertialrapport 2 avvek med mer än 9 mnkr från det slutliga "
            "utfallet. Avvikelsen beror enligt förvaltningen på att effekterna av en anställningsstoppsperiod inte "
            "hade räknats in i prognosen.",
            O("Förskole- och grundskolenämnden", note=ABOUT + " A forecast error, not a budget deviation."),
        ),
        forecast,
        P(
            "Tre av fem nämnder redovisade underskott i någon av årets prognoser, jämfört med två nämnder under "
            "2023.",
            O(None, note="A comparison with the previous year: other."),
        ),
        H("Åtgärdsplaner", 3),
        P(
            "Socialnämnden beslutade i juni 2024 om en åtgärdsplan om 6,0 mnkr, men vi noterar att endast 2,1 mnkr av "
            "effekterna har kunnat verifieras i nämndens uppföljning.",
            O("Socialnämnden", note=ABOUT + " Another body's action plan, verified in part."),
        ),
        H("Granskningens kostnad", 2),
        P(
            "Granskningen har genomförts med stöd av sakkunniga och har kostat 185 000 kronor, vilket ryms inom "
            "revisionens budget för 2025.",
            O(None, note="The audit's cost and its financing: other."),
        ),
        P(
            "Revisionens budget för 2025 är 2,4 mnkr och beslutas av kommunfullmäktige.",
            O(None, note="A budget level, no deviation: other."),
        ),
        H("Rekommendationer", 2),
        Bullets(
            (
                "Kommunstyrelsen bör ta fram gemensamma anvisningar för hur prognoser ska upprättas.",
                "Socialnämnden bör följa upp effekterna av beslutade åtgärdsplaner i varje månadsrapport.",
                "Förskole- och grundskolenämnden bör säkerställa att fattade beslut räknas in i prognoserna.",
            ),
        ),
    ]
    return ReportSpec(
        file="harryda-rev-granskning-budgetuppfoljning-2025.pdf",
        report={
            "municipality": "Härryda",
            "committee": ["Revisorerna", "Kommunens revisorer", "Revisionen"],
            "period": ["2025"],
            "report_type": "granskningsrapport",
        },
        metadata={
            "title": "Granskning av budgetuppföljning och prognossäkerhet",
            "author": "Revisorerna i Härryda kommun",
        },
        style=style,
        blocks=blocks,
    )
