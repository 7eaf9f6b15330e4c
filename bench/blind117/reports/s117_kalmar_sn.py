"""Kalmar kommun, Socialnämnden, månadsrapport oktober 2025.

A social committee's month report, set in DejaVu Sans 10 pt, footer with the nämnd's meeting date in
November: the full year "−14,2 mnkr (−12,9)" with last month's figure in brackets, the change since September
with its cause; a kostnadsslag table in tkr; bullets under a generic heading ("Kommentarer till
prognosen") each opened by its area and a colon in varied shapes ("blir 6,1 mnkr dyrare än budgeterat",
"prognostiseras avvika negativt med 2,2 mnkr", "beräknas överstiga budget med 2,8 mnkr", "överskrider budget
med 2,3 mnkr", revenue "1,1 mnkr lägre än budgeterat", "ett överskott om 0,3 mnkr", "bedöms hålla budget"); the
period against the periodised budget in a section of its own; two actions as bullets, a risk and a year-on-year
comparison (others).

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import Bullets, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=10.0,
        leading=1.36,
        para_gap=6.0,
        heading_sizes=(15.0, 12.0, 10.5),
        margins=(62.0, 76.0, 62.0, 72.0),
        header=lambda n, m: ("Kalmar kommun", "Socialnämnden"),
        footer=lambda n, m: ("Socialnämnden 2025-11-19", "Månadsrapport oktober 2025", f"{n} av {m}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Prognos per kostnadsslag 2025, tkr",
        header=(("Kostnadsslag", "Budget", "Prognos", "Avvikelse"),),
        rows=(
            ("Intäkter", "38 400", "37 300", "−1 100"),
            ("Personalkostnader", "182 600", "184 900", "−2 300"),
            ("Köp av verksamhet", "96 200", "104 500", "−8 300"),
            ("Försörjningsstöd", "61 500", "64 300", "−2 800"),
            ("Övriga kostnader", "44 900", "44 600", "300"),
            ("Nettokostnad", "346 800", "361 000", "−14 200"),
        ),
        widths=(170.0, 80.0, 80.0, 80.0),
        bold_rows=frozenset({5}),
        grid=True,
        shade=(0.9, 0.9, 0.9),
        size=8.5,
    )
    blocks = [
        Title("Månadsrapport oktober 2025", size=18, after=3),
        Title("Socialnämnden", size=12, font="body", after=12),
        H("Resultat och prognos", 2),
        P(
            "Socialnämnden prognostiserar ett underskott på −14,2 mnkr (−12,9) för helåret.",
            C(None, "−14,2 mnkr", "-", note="The bracketed figure is September's, not the amount."),
        ),
        P(
            "Underskottet har ökat med 1,3 mnkr sedan september, främst inom barn och familj där ytterligare två "
            "placeringar har tillkommit.",
            F(None, "1,3 mnkr", "-", "kopt_verksamhet", "volymer"),
        ),
        table,
        H("Kommentarer till prognosen", 2),
        Bullets(
            items=(
                "Barn och familj: köpta placeringar i familjehem och HVB blir 6,1 mnkr dyrare än budgeterat. Sedan "
                "årsskiftet har elva barn placerats, mot sex budgeterade.",
                "Vuxen: köpt vård för vuxna med missbruk prognostiseras avvika negativt med 2,2 mnkr, till följd av "
                "två långa LVM-placeringar.",
                "Försörjningsstöd: kostnaden beräknas överstiga budget med 2,8 mnkr. Fler hushåll har varit "
                "långvarigt beroende av bistånd, och hyresnivåerna har stigit.",
                "Personal: personalkostnaderna överskrider budget med 2,3 mnkr, främst på grund av inhyrda "
                "socionomer inom barn- och ungdomsutredningen, där fyra tjänster är vakanta.",
                "Intäkter: ersättningen från Migrationsverket för ensamkommande blir 1,1 mnkr lägre än budgeterat "
                "eftersom färre ungdomar är inskrivna.",
                "Övriga kostnader: ett överskott om 0,3 mnkr, bland annat lägre kostnader för tolkar.",
                "Administration och ledning bedöms hålla budget.",
            ),
            labels=(
                C("Barn och familj", "6,1 mnkr", "-", "kopt_verksamhet", "volymer"),
                C("Vuxen", "2,2 mnkr", "-", "kopt_verksamhet"),
                C("Försörjningsstöd", "2,8 mnkr", "-", "ekonomiskt_bistand", "volymer", "prisokningar"),
                C("Personalkostnader", "2,3 mnkr", "-", "inhyrd_personal", "vakanser"),
                C("Intäkter", "1,1 mnkr", "-", "statsbidrag", "volymer"),
                C("Övriga kostnader", "0,3 mnkr", "+", "ovrigt"),
                BP("Administration och ledning"),
            ),
        ),
        H("Periodens utfall", 2),
        P(
            "Utfallet för januari–oktober visar ett underskott mot periodiserad budget med 10,8 mnkr.",
            C(None, "10,8 mnkr", "-", note="The period, a section of its own."),
        ),
        H("Åtgärder", 2),
        Bullets(
            items=(
                "Hemmaplanslösningar: öppenvårdsteamet förstärks med två behandlare för att minska behovet av HVB, "
                "med en beräknad effekt på 1,5 mnkr på helår.",
                "Rekrytering: en rekryteringskampanj för socionomer pågår, med målet att avveckla all inhyrd "
                "personal till februari 2026.",
            ),
            labels=(
                A("Barn och familj", "1,5 mnkr", "kopt_verksamhet"),
                A("Personalkostnader", None, "inhyrd_personal", "vakanser"),
            ),
        ),
        H("Risker och omvärld", 2),
        P(
            "Två pågående utredningar kan leda till nya placeringar under november och december, vilket i så fall "
            "ökar underskottet.",
            O(None, note="A risk: other."),
        ),
        P(
            "Antalet hushåll med försörjningsstöd var i oktober 612, vilket är 48 fler än i oktober 2024.",
            O("Försörjningsstöd", note="Volumes against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="kalmar-sn-manadsrapport-2025-10.pdf",
        report={
            "municipality": "Kalmar",
            "committee": ["Socialnämnden"],
            "period": ["2025-10"],
            "report_type": "månadsrapport",
        },
        metadata={"title": "Månadsrapport oktober 2025 Socialnämnden", "author": "Kalmar kommun"},
        style=style,
        blocks=blocks,
    )
