"""Nacka kommun, Miljö- och stadsbyggnadsnämnden, bokslut 2025.

A planning and environment committee's year-end report in tkr with hyphen-minus signs in the table, footer
with the nämnd's meeting date in February: the result "ett överskott mot budget på 2 850 tkr" and net costs
against 2024 (other); a verksamhet table; under a generic heading, en-dash bullets in varied shapes
("Bygglovsintäkterna blev 1 420 tkr lägre än budgeterat", a reason-only surplus taking the row's "1 380",
"Planverksamheten: +2 640 tkr", a possessive "Lantmäteriets överskott", "har kostat 400 tkr mer än
budgeterat"); a cost-recovery rate against its goal (other), investments "resterande 1 850 tkr" after the
budget and the outcome, an action and a proposed transfer of the surplus (other). Liberation Sans 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import Bullets, H, P, ReportSpec, Style, Table, Title

from reports.common import A, C, O


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=10.0,
        leading=1.36,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(66.0, 80.0, 66.0, 74.0),
        header=lambda n, m: ("NACKA KOMMUN", "Bokslut 2025"),
        footer=lambda n, m: ("Miljö- och stadsbyggnadsnämnden 2026-02-11", "MSN 2026/24", f"{n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Driftredovisning per verksamhet 2025, tkr",
        header=(("Verksamhet", "Budget", "Utfall", "Avvikelse"),),
        rows=(
            ("Bygglov", "-4 200", "-5 620", "-1 420"),
            ("Miljö och hälsoskydd", "-18 900", "-17 520", "1 380"),
            ("Planverksamhet", "-12 400", "-9 760", "2 640"),
            ("Lantmäteri", "-1 800", "-1 150", "650"),
            ("Nämnd och ledning", "-6 700", "-7 100", "-400"),
            ("Summa", "-44 000", "-41 150", "2 850"),
        ),
        widths=(170.0, 80.0, 80.0, 80.0),
        bold_rows=frozenset({5}),
        rules=True,
        size=9.0,
        shade=(0.86, 0.9, 0.95),
    )
    blocks = [
        Title("Bokslut 2025", size=20, font="arial-bold", after=2),
        Title("Miljö- och stadsbyggnadsnämnden", size=12, font="arial", after=12),
        H("Nämndens resultat", 2),
        P(
            "Miljö- och stadsbyggnadsnämnden redovisar för 2025 ett överskott mot budget på 2 850 tkr.",
            C(None, "2 850 tkr", "+"),
        ),
        P(
            "Nettokostnaderna var 4 procent lägre än under 2024.",
            O(None, note="Net costs against the previous year: other."),
        ),
        table,
        H("Kommentarer till avvikelserna", 2),
        Bullets(
            (
                "Bygglovsintäkterna blev 1 420 tkr lägre än budgeterat när antalet ansökningar om nybyggnad "
                "minskade kraftigt under året.",
                "Inom miljö och hälsoskydd gav vakanta inspektörstjänster ett överskott, trots att "
                "tillsynsavgifterna blev något lägre än beräknat.",
                "Planverksamheten: +2 640 tkr, främst till följd av att plankostnadsavtal för två stora detaljplaner "
                "i Fisksätra har fakturerats tidigare än planerat.",
                "Lantmäteriets överskott på 650 tkr kommer från fler förrättningar än budgeterat.",
                "Nämnd och ledning har kostat 400 tkr mer än budgeterat på grund av konsultstöd vid införandet av "
                "ett nytt ärendehanteringssystem.",
            ),
            labels=(
                C(
                    "Bygglov",
                    "1 420 tkr",
                    "-",
                    "avgifter_intakter",
                    "volymer",
                    note="Revenue under budget: negative. The area is named in a compound.",
                ),
                C(
                    "Miljö och hälsoskydd",
                    "1 380",
                    "+",
                    "vakanser",
                    "avgifter_intakter",
                    unit="tkr",
                    table=True,
                    note="Reasons only: the row's cell.",
                ),
                C("Planverksamhet", "+2 640 tkr", "+", "avgifter_intakter", "periodisering"),
                C("Lantmäteri", "650 tkr", "+", "volymer", "avgifter_intakter"),
                C(
                    "Nämnd och ledning",
                    "400 tkr",
                    "-",
                    "inhyrd_personal",
                    "it_digitalisering",
                    note="Consultants: inhyrd_personal.",
                ),
            ),
            glyph="–",
        ),
        H("Avgiftsfinansiering", 2),
        P(
            "Kostnadstäckningsgraden för bygglov blev 78 procent, att jämföra med målet på 90 procent.",
            O("Bygglov", note="A goal: other."),
        ),
        H("Investeringar", 2),
        P(
            "Nämnden hade en investeringsbudget på 3 000 tkr för ett nytt system för e-tjänster. Utfallet blev 1 "
            "150 tkr eftersom leverantören inte kunde leverera som planerat, och resterande 1 850 tkr föreslås "
            "överföras till 2026.",
            C(
                "Investeringar",
                "1 850 tkr",
                "+",
                "periodisering",
                "it_digitalisering",
                note="Investment under-spending written out after the budget and the outcome.",
            ),
        ),
        H("Åtgärder och resultatöverföring", 2),
        P(
            "Inför 2026 har bygglovstaxan justerats så att avgifterna bättre motsvarar handläggningstiden.",
            A("Bygglov", None, "avgifter_intakter"),
        ),
        P(
            "Nämnden föreslår att 1 000 tkr av överskottet förs över till 2026 för digitaliseringen av "
            "planarkivet.",
            O(None, note="A proposed transfer of the surplus: financing, other."),
        ),
    ]
    return ReportSpec(
        file="nacka-msn-bokslut-2025.pdf",
        report={
            "municipality": "Nacka",
            "committee": ["Miljö- och stadsbyggnadsnämnden"],
            "period": ["2025", "2025-12"],
            "report_type": "bokslut",
        },
        metadata={"title": "Bokslut 2025 Miljö- och stadsbyggnadsnämnden", "author": "Nacka kommun"},
        style=style,
        blocks=blocks,
    )
