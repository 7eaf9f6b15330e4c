"""Västerviks kommun, Socialnämnden, bokslut 2025.

A social committee's year-end report in "miljoner kronor", "tusen kronor" and tkr, footer with the nämnd's
meeting date in February: the result "minus 6,3 miljoner kronor jämfört med budget", the interim report's
forecast in the next sentence (a forecast change with no amount), net cost growth against 2024 (other); a
table with hyphen-minus deviations ("-4 700"); plain headings per verksamhet whose paragraphs say the
deviation in varied shapes ("gör ett underskott på 4,7 miljoner kronor", a reason-only deficit taking the
row's "-1 240", "drygt en miljon kronor dyrare än budgeterat" in words, "690 tusen kronor bättre än budget",
"landar nära budget, med en mindre negativ avvikelse" (the row's "-250"), "Överskottet på 450 tusen
kronor"); personnel costs below budget and hired consultants above it in one sentence (two items); an
action without amount and a risk (other). DejaVu Serif 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="serif",
        bold="serif-bold",
        italic="serif-italic",
        size=10.0,
        leading=1.42,
        para_gap=7.0,
        heading_sizes=(16.0, 12.5, 10.5),
        heading_fonts=("serif-bold", "serif-bold", "serif-bold"),
        margins=(70.0, 80.0, 70.0, 76.0),
        header=lambda n, m: ("Västerviks kommun", "Socialnämnden – Bokslut 2025"),
        footer=lambda n, m: ("Socialnämnden 2026-02-19, § 14", "", f"{n}"),
        header_size=8.0,
        rule_under_header=False,
    )
    table = Table(
        caption="Driftredovisning 2025, tkr",
        header=(("Verksamhet", "Budget", "Utfall", "Avvikelse"),),
        rows=(
            ("Nämnd och ledning", "4 800", "4 350", "450"),
            ("Barn och familj", "58 200", "62 900", "-4 700"),
            ("Vuxen och beroende", "31 400", "32 640", "-1 240"),
            ("Ekonomiskt bistånd", "27 900", "29 150", "-1 250"),
            ("Arbetsmarknad och integration", "19 600", "18 910", "690"),
            ("Socialpsykiatri", "12 300", "12 550", "-250"),
            ("Totalt", "154 200", "160 500", "-6 300"),
        ),
        widths=(170.0, 76.0, 76.0, 76.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Bokslut 2025", size=20, font="serif-bold", after=2),
        Title("Socialnämnden", size=13, font="serif", after=14),
        H("Årets resultat", 2),
        PS(
            (
                "Socialnämnden redovisar för 2025 ett resultat på minus 6,3 miljoner kronor jämfört med budget.",
                C(None, "6,3 miljoner kronor", "-"),
            ),
            (
                "I delårsrapporten i augusti var prognosen minus 7,5 miljoner kronor.",
                F(
                    None,
                    None,
                    "+",
                    note="The outcome against the interim forecast, the change never written out: amount null.",
                ),
            ),
        ),
        P(
            "Jämfört med 2024 ökade nämndens nettokostnader med 4,1 procent.",
            O(None, note="Net cost growth against the previous year: other."),
        ),
        table,
        H("Verksamheternas resultat", 2),
        H("Barn och familj", 3),
        P(
            "Verksamheten gör ett underskott på 4,7 miljoner kronor. Under året har tre ungdomar placerats på "
            "särskilda ungdomshem och flera syskongrupper i konsulentstödda familjehem, och kostnaderna för externa "
            "placeringar blev därmed betydligt högre än budgeterat.",
            C("Barn och familj", "4,7 miljoner kronor", "-", "kopt_verksamhet", "volymer"),
        ),
        H("Vuxen och beroende", 3),
        P(
            "Kostnaderna för köpta platser på behandlingshem har varit högre än beräknat.",
            C(
                "Vuxen och beroende",
                "-1 240",
                "-",
                "kopt_verksamhet",
                unit="tkr",
                table=True,
                note="Reasons only: the row's cell.",
            ),
        ),
        H("Ekonomiskt bistånd", 3),
        P(
            "Försörjningsstödet blev drygt en miljon kronor dyrare än budgeterat. Antalet hushåll med bistånd ökade "
            "under hösten, främst bland personer som lämnat etableringsprogrammet.",
            C(
                "Ekonomiskt bistånd",
                "drygt en miljon kronor",
                "-",
                "ekonomiskt_bistand",
                "volymer",
                value=1_000_000,
                note="An amount in words: the stated figure.",
            ),
        ),
        H("Arbetsmarknad och integration", 3),
        P(
            "Här blev utfallet 690 tusen kronor bättre än budget, tack vare ökade statsbidrag för extratjänster och "
            "lönebidrag från Arbetsförmedlingen.",
            C("Arbetsmarknad och integration", "690 tusen kronor", "+", "statsbidrag"),
        ),
        H("Socialpsykiatri", 3),
        P(
            "Socialpsykiatrin landar nära budget, med en mindre negativ avvikelse.",
            C(
                "Socialpsykiatri",
                "-250",
                "-",
                unit="tkr",
                table=True,
                note="A deviation without a reason or amount: the row's cell, no tag.",
            ),
        ),
        H("Nämnd och ledning", 3),
        P(
            "Överskottet på 450 tusen kronor beror på lägre kostnader för utbildning och konferenser än budgeterat.",
            C("Nämnd och ledning", "450 tusen kronor", "+", "ovrigt"),
        ),
        H("Personal", 2),
        P(
            "Sammantaget blev nämndens personalkostnader 2,2 miljoner kronor lägre än budgeterat på grund av "
            "svårigheter att rekrytera socialsekreterare, men kostnaderna för inhyrda konsulter inom barn och "
            "familj blev 3,4 miljoner kronor högre än budget.",
            C(
                "Personalkostnader",
                "2,2 miljoner kronor",
                "+",
                "vakanser",
                note="Two items in one sentence.",
                also=(C("Inhyrda konsulter", "3,4 miljoner kronor", "-", "inhyrd_personal"),),
            ),
        ),
        H("Åtgärder under året", 2),
        P(
            "Under hösten startade nämnden ett eget familjehemsteam för att minska behovet av konsulentstödda "
            "familjehem.",
            A("Barn och familj", None, "kopt_verksamhet"),
        ),
        H("Framtiden", 2),
        P(
            "Inför 2026 är den största risken att antalet placeringar fortsätter att öka, vilket kan ge ett "
            "underskott även nästa år.",
            O("Barn och familj", "volymer", "kopt_verksamhet", note="A risk: other."),
        ),
    ]
    return ReportSpec(
        file="vastervik-sn-bokslut-2025.pdf",
        report={
            "municipality": "Västervik",
            "committee": ["Socialnämnden"],
            "period": ["2025", "2025-12"],
            "report_type": "bokslut",
        },
        metadata={"title": "Bokslut 2025 Socialnämnden", "author": "Västerviks kommun"},
        style=style,
        blocks=blocks,
    )
